"""The compact posting blocks give back exactly what Whoosh's own W3 blocks give back."""
import random
from io import BytesIO

import pytest
from whoosh import fields, formats
from whoosh.codec.whoosh3 import W3Codec, W3TermInfo
from whoosh.filedb.structfile import StructFile

from whosaid.store.analysis import CompactPositions
from whosaid.store.codec import CompactCodec, CompactTermInfo


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


def term_info(cls, items, extent):
    info = cls()
    for docnum, weight, _, length in items:
        info.add_block(_Block([docnum], [weight], length))
    info.set_extent(*extent)
    return info


class _Block:
    def __init__(self, ids, weights, length):
        self._ids, self._weights, self._length = ids, weights, length

    def __len__(self):
        return len(self._ids)

    def min_id(self):
        return self._ids[0]

    def max_id(self):
        return self._ids[-1]

    def min_length(self):
        return self._length

    def max_length(self):
        return self._length or 0

    def max_weight(self):
        return max(self._weights)


@pytest.mark.parametrize("name, extent", [("positions", (1_500_000, 2_000)), ("existence", (0, 12)),
                                          ("wide gaps", (2**40, 70_000))])
def test_term_entries_read_back_as_w3s(name, extent):
    _, items = CASES[name]
    ours, theirs = term_info(CompactTermInfo, items, extent), term_info(W3TermInfo, items, extent)
    data, w3_data = ours.to_bytes(), theirs.to_bytes()
    back, w3_back = CompactTermInfo.from_bytes(data), W3TermInfo.from_bytes(w3_data)
    fields = ("_weight", "_df", "_minlength", "_maxlength", "_maxweight", "_minid", "_maxid", "_offset", "_length")
    w3_back._length = w3_back._length[0]  # W3 reads its length back as a 1-tuple, and never uses it
    dbfile = StructFile(BytesIO(data))
    assert [getattr(back, name) for name in fields] == [getattr(w3_back, name) for name in fields]
    assert (W3TermInfo.read_doc_freq(dbfile, 0), W3TermInfo.read_weight(dbfile, 0),
            W3TermInfo.read_max_weight(dbfile, 0)) == (theirs.doc_frequency(), theirs.weight(), theirs.max_weight())


def test_a_term_entry_takes_15_bytes_and_four_varints():
    _, items = CASES["positions"]  # documents 0 to 897; a list of 1,500 bytes 1.5 MB into the file
    data = term_info(CompactTermInfo, items, (1_500_000, 1_500)).to_bytes()
    assert (len(data), len(term_info(W3TermInfo, items, (1_500_000, 1_500)).to_bytes())) == (15 + 1 + 2 + 3 + 2, 35)


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



def test_an_index_written_with_the_codec_and_our_add_document_holds_what_whooshs_would(tmp_path):
    from whoosh import index

    from whosaid.store.flush import add_document, finalize_segment, lean

    def whooshs_add_document(writer, fields):
        writer.add_document(**fields)

    def build(folder, codec, add):
        field = fields.TEXT()
        field.format = CompactPositions()
        folder.mkdir()
        ix = index.create_in(str(folder), fields.Schema(id=fields.ID(stored=True), body=field))
        writer = ix.writer(codec=codec)
        writer = lean(writer) if add is add_document else writer  # Whoosh's own pool for Whoosh's way
        draw = random.Random(3)
        for i in range(400):
            add(writer, {"id": str(i), "body": " ".join(draw.choice("ab cd ef gh ij kl".split()) for _ in range(i % 9 + 1))})
        writer._commit_toc([finalize_segment(writer)])
        writer._finish()
        return index.open_dir(str(folder)).reader()

    def contents(reader):
        terms = {}
        for fieldname, text in reader.all_terms():
            m = reader.postings(fieldname, text)
            info = reader.term_info(fieldname, text)
            rows = []
            while m.is_active():
                rows.append((m.id(), m.weight(), m.value()))
                m.next()
            terms[fieldname, text] = (rows, info.doc_frequency(), info.weight(), info.min_length(), info.max_length())
        documents = [(reader.stored_fields(d), reader.doc_field_length(d, "body")) for d in range(reader.doc_count_all())]
        return terms, documents

    ours, theirs = build(tmp_path / "a", CompactCodec(), add_document), build(tmp_path / "b", W3Codec(), whooshs_add_document)
    assert contents(ours) == contents(theirs)
    terms, documents = contents(ours)
    assert (len(terms), documents[:2]) == (406, [({"id": "0"}, 1), ({"id": "1"}, 2)])  # 6 words and 400 ids


def test_the_lean_pool_gives_postings_in_whooshs_order_also_when_it_spills_runs_to_disk(tmp_path):
    from whoosh.codec.base import Segment
    from whoosh.filedb.filestore import FileStorage

    from whosaid.store.flush import LeanPool

    draw = random.Random(5)
    pool = LeanPool(FileStorage(str(tmp_path)), Segment.__new__(Segment), limitmb=1)  # 1 MB: about 7,000 postings a run
    added = []
    for docnum in range(3000):
        for field in draw.sample(["body", "id", "title"], 2):
            terms = sorted({draw.choice(["ab", "cd", "ef", "gh", "ij", "kl", "m", "n"]).encode() for _ in range(4)})
            postings = [(t, 1, 1.0, bytes([docnum % 256])) for t in terms]
            pool.add_many(field, docnum, postings)
            added += [(field, t, docnum, 1.0, v) for t, _, _, v in postings]
    pool.add(("body", b"zz", 3000, 2.0, None))  # Whoosh's own path, as a merge adds
    spilled = len(pool.runs)
    items = list(pool.iter_postings())
    assert (spilled, items) == (2, sorted(added + [("body", b"zz", 3000, 2.0, None)]))
