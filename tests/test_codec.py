"""The compact posting blocks give back exactly what Whoosh's own W3 blocks give back."""
import random
from io import BytesIO

import pytest
from whoosh import fields, formats
from whoosh.codec.whoosh3 import W3Codec, W3TermInfo
from whoosh.filedb.structfile import StructFile

from whosaid.store.analysis import CompactPositions
from whosaid.store.codec import CompactCodec


def postings(codec, format_, items):
    """Write (id, weight, value, length) items as one term's list; read them back."""
    dbfile = StructFile(BytesIO())
    writer = codec.postings_writer(dbfile)
    writer.start_postings(format_, W3TermInfo())
    for docnum, weight, value, length in items:
        writer.add_posting(docnum, weight, value, length)
    terminfo = writer.finish_postings()
    matcher = codec.postings_reader(dbfile, terminfo, format_)
    read = []
    while matcher.is_active():
        read.append((matcher.id(), matcher.weight(), matcher.value(), matcher.block_max_id(),
                     matcher.block_max_weight(), matcher.block_min_length(), matcher.block_max_length()))
        matcher.next()
    stats = (terminfo.doc_frequency(), terminfo.weight(), terminfo.max_weight(), terminfo.min_id(),
             terminfo.max_id(), terminfo.min_length(), terminfo.max_length())
    return read, stats, dbfile.file.getbuffer().nbytes


POSITIONS = CompactPositions(field_boost=1.5)
CASES = {
    # three blocks; term frequencies as whole multiples of the field boost
    "positions": (POSITIONS, [(d * 3, 1.5 * (d % 4 + 1), POSITIONS.encode(list(range(0, d % 4 + 1))), d % 50 + 1)
                              for d in range(300)]),
    # document gaps that need two and four bytes
    "wide gaps": (POSITIONS, [(0, 1.5, b"\x00", 3), (70_000, 3.0, b"\x01\x05", 9),
                              (5_000_000_000 % 2**32, 1.5, b"\x7f", 300)]),
    # no values, every weight 1.0 (ID fields)
    "existence": (formats.Existence(), [(d, 1.0, b"", None) for d in range(0, 1000, 7)]),
    # one weight for all, then weights that are no multiple of anything
    "same weight": (formats.Existence(), [(d, 2.5, b"", None) for d in range(10)]),
    "float weights": (formats.Existence(), [(d, 0.3 * (d + 1), b"", 2) for d in range(5)]),
    # a value longer than 255 bytes
    "long value": (POSITIONS, [(1, 1.5, b"\x01", 1), (2, 450.0, POSITIONS.encode(list(range(0, 600, 2))), 600)]),
}


@pytest.mark.parametrize("name", CASES)
def test_compact_blocks_read_back_as_w3_blocks(name):
    format_, items = CASES[name]
    ours, our_stats, _ = postings(CompactCodec(), format_, items)
    theirs, their_stats, _ = postings(W3Codec(), format_, items)
    assert (ours, our_stats) == (theirs, their_stats)
    assert [row[0] for row in ours] == [docnum for docnum, *_ in items]


def test_positions_take_under_half_of_w3s_bytes():
    draw = random.Random(7)
    docs = sorted(draw.sample(range(20_000), 500))
    positions = [sorted(draw.sample(range(80), draw.choice((1, 1, 1, 2, 3)))) for _ in docs]
    format_ = POSITIONS
    items = [(d, 1.5 * len(p), format_.encode(p), 80) for d, p in zip(docs, positions)]
    *_, ours = postings(CompactCodec(), format_, items)
    *_, theirs = postings(W3Codec(), format_, items)
    assert ours < theirs / 2


def test_the_remaining_ids_and_weights_come_out_in_one_call():
    format_, items = CASES["positions"]
    dbfile = StructFile(BytesIO())
    codec = CompactCodec()
    writer = codec.postings_writer(dbfile)
    writer.start_postings(format_, W3TermInfo())
    for item in items:
        writer.add_posting(*item)
    matcher = codec.postings_reader(dbfile, writer.finish_postings(), format_)
    matcher.skip_to(3 * 5)
    ids, weights = matcher.ids_and_weights()
    assert (ids, weights, matcher.is_active()) == (
        [docnum for docnum, *_ in items[5:]], [weight for _, weight, *_ in items[5:]], False)


def test_an_index_written_with_the_codec_answers_phrases(tmp_path):
    from whoosh import index
    from whoosh.qparser import QueryParser

    field = fields.TEXT()
    field.format = CompactPositions()
    ix = index.create_in(str(tmp_path), fields.Schema(id=fields.ID(stored=True), body=field))
    writer = ix.writer(codec=CompactCodec())
    for i, body in enumerate(["the prime minister spoke", "minister prime", "a prime minister again"]):
        writer.add_document(id=str(i), body=body)
    writer.commit()
    with ix.searcher() as searcher:
        hits = searcher.search(QueryParser("body", ix.schema).parse('"prime minister"'))
        assert sorted(hit["id"] for hit in hits) == ["0", "2"]

