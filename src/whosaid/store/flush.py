"""Finishing a Whoosh segment faster.

Whoosh's SegmentWriter._finalize_segment looks up a document's field length once for every
posting it writes (for the block statistics BM25F uses), through a column reader that decodes
the value each time. Here each field's lengths are decoded once into a list, and the compact
codec's field writer (codec.py) takes them a field at a time; the pool that gathers postings
while documents are added skips Whoosh's per-posting type checks.
"""
from __future__ import annotations

from operator import itemgetter

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length
from whoosh.writing import PostingPool

from .analysis import CompactPositions, WordAnalyzer

_LENGTHS = [byte_to_length(b) for b in range(256)]


def add_document(writer, fields: dict) -> None:
    """writer.add_document(**fields) (Whoosh's SegmentWriter) for a schema without vectors or
    spelling fields: Whoosh's sequence of per-document calls, with text fields indexed in one
    call each (CompactPositions.postings) straight into the pool. A field whose value is the
    same as in the document before (a title, URL or date, on every passage of an article) is
    not analysed again."""
    schema, perdoc, docnum, pool = writer.schema, writer.perdocwriter, writer.docnum, writer.pool
    last = pool.last_postings
    perdoc.start_doc(docnum)
    try:
        for name in sorted(fields):
            value = fields[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                known = last.get(name)
                if known is not None and known[0] == value:
                    postings = known[1]
                else:
                    postings = _postings(field, value)
                    last[name] = (value, postings)
                length = pool.add_many(name, docnum, postings)
            perdoc.add_field(name, field, value if field.stored else None, length if field.scorable else 0)
            if field.column_type:
                perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
    except BaseException:
        perdoc.cancel_doc()
        raise
    perdoc.finish_doc()
    writer._added = True
    writer.docnum += 1


def _postings(field, value) -> list:
    if isinstance(field.format, CompactPositions) and isinstance(field.analyzer, WordAnalyzer):
        return field.format.postings(value, field.analyzer)
    return list(field.index(value))


class LeanPool(PostingPool):
    """Whoosh's PostingPool, kept a list a field and sorted a field at a time by term alone.

    Whoosh sorts all (field, term, document, weight, value) tuples of a segment by comparing
    whole tuples. Postings arrive in document order within each term (documents are added in
    order, and a merge adds a term's postings in order), so a stable sort by term, within a
    field, gives the same order at a third of the cost: a comparison of two bytes objects."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.last_postings: dict[str, tuple] = {}  # field -> (value, postings) of the last document that had it
        self.by_field: dict[str, list] = {}

    def add_many(self, fieldname: str, docnum: int, postings) -> int:
        """Add a field's (term bytes, frequency, weight, value) postings of one document;
        the field's length in it (the sum of the frequencies)."""
        items = [(fieldname, tbytes, docnum, weight, vbytes) for tbytes, _, weight, vbytes in postings]
        self.currentsize += 150 * len(items)
        if self.currentsize > self.limit:
            self.save()
        self._field(fieldname).extend(items)
        return sum(posting[1] for posting in postings)

    def add(self, item):
        # PostingPool.add less its type assertions, with a rougher size estimate: called once a posting
        self.currentsize += 130 + len(item[1]) * 2 + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self._field(item[0]).append(item)

    def _field(self, fieldname: str) -> list:
        found = self.by_field.get(fieldname)
        if found is None:
            found = self.by_field[fieldname] = []
        return found

    def items(self, maxfiles=128):
        if not self.runs:
            return self._sorted()
        return super().items(maxfiles)  # writes what is left as one more run (save), then merges the runs

    def save(self):
        self.current = self._sorted()
        super().save()

    def _sorted(self) -> list:
        out: list = []
        for fieldname in sorted(self.by_field):
            out += sorted(self.by_field[fieldname], key=_TERM_BYTES)
        self.by_field = {}
        return out


_TERM_BYTES = itemgetter(1)


def lean(writer):
    """`writer` with a LeanPool (Whoosh's SegmentWriter ignores its poolclass argument)."""
    writer.pool = LeanPool(writer._tempstorage, writer.newsegment, limitmb=writer.pool.limit // (1024 * 1024))
    return writer


def finalize_segment(writer):
    """The segment `writer` has built, flushed to disk (Whoosh's _finalize_segment)."""
    writer.perdocwriter.close()
    pdr = writer.per_document_reader() if writer.codec.length_stats else None
    lengths = _Lengths(pdr) if pdr is not None else None
    writer.fieldwriter.add_postings(writer.schema, lengths, writer.pool.iter_postings())
    writer.fieldwriter.close()
    if pdr is not None:
        pdr.close()
    writer._close_segment()
    writer._assemble_segment()
    return writer.get_segment()


class _Lengths:
    """doc_field_length(docnum, fieldname) from lists decoded once a field."""

    def __init__(self, pdr):
        self.pdr = pdr
        self.fields: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        values = self.field_lengths(fieldname)
        return values[docnum] if docnum < len(values) and values[docnum] else default

    def field_lengths(self, fieldname: str) -> list[int]:
        """The field's length in every document of the segment (0: none)."""
        if fieldname not in self.fields:
            known = [_LENGTHS[b] if b else 0 for b in self._decode(fieldname)]
            self.fields[fieldname] = known + [0] * (self.pdr.doc_count_all() - len(known))
        return self.fields[fieldname]

    def _decode(self, fieldname: str) -> list[int]:
        reader = self.pdr._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        return list(reader) if reader is not None else []
