"""The analyzer and the positions format: what text becomes in the index."""
from whosaid.store.analysis import CompactPositions, WordAnalyzer

POSITIONS = CompactPositions(field_boost=1.5)


def test_positions_values_hold_the_deltas_only():
    assert (POSITIONS.encode([3, 4, 200]), POSITIONS.decode_positions(b"\x03\x01\xc4\x01"),
            POSITIONS.decode_frequency(b"\x03\x01\xc4\x01"), POSITIONS.decode_weight(b"\x03")) == (
        b"\x03\x01\xc4\x01", [3, 4, 200], 3, 1.5)


def test_word_spans_are_the_analyzers_tokens_in_the_wanted_forms():
    analyzer = WordAnalyzer()
    text = "Retaliation, he said: the retaliating U.S. firms and the café's retaliations."
    wanted = {"retali", "cafe", "u."}  # "retaliating" stems to "retaliat", "U.S." to "u."
    tokens = [(t.startchar, t.endchar) for t in analyzer(text, chars=True, mode="index") if t.text in wanted]
    assert analyzer.word_spans(text, wanted) == tokens == [(0, 11), (38, 41), (57, 61), (64, 76)]


def test_word_positions_are_the_analyzers_tokens_gathered_by_form():
    analyzer = WordAnalyzer()
    text = "The strikes: a strike, then the café strike at 3.5 o'clock."
    tokens = {}
    for token in analyzer(text, positions=True, mode="index"):
        tokens.setdefault(token.text, []).append(token.pos)
    assert analyzer.word_positions(text) == tokens == {
        "strike": [0, 1, 4], "then": [2], "cafe": [3], "3.5": [5], "clock": [6]}  # "o" is shorter than 2
