"""Finishing a Whoosh segment faster.

Whoosh's SegmentWriter._finalize_segment looks up a document's field length once for every
posting it writes (for the block statistics BM25F uses), through a column reader that decodes
the value each time. Here each field's lengths are decoded once into a list, and the rest is
Whoosh's own sequence of calls.
"""
from __future__ import annotations

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length

_LENGTHS = [byte_to_length(b) for b in range(256)]


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
        values = self.fields.get(fieldname)
        if values is None:
            values = self.fields[fieldname] = self._decode(fieldname)
        return _LENGTHS[values[docnum]] if docnum < len(values) and values[docnum] else default

    def _decode(self, fieldname: str) -> list[int]:
        reader = self.pdr._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        return list(reader) if reader is not None else []
