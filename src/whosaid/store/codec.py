"""Posting lists in a third of the space, written and read with less Python: Whoosh's W3 codec
with another block layout.

Whoosh's W3 codec pickles each block of up to 128 postings as a tuple (document numbers, float
weights, one bytes object a posting) and zlib-compresses the pickle; protocol 2 spells each
bytes object as a call to `_codecs.encode`, and every term's list starts with a magic number
and a pickled block header. On the BBC corpus that is 12.5 MB of postings for 640,000 postings.

Here a block is a fixed 15-byte header (length, count, last document, top weight, shortest and
longest field length: what Whoosh's matchers use to skip blocks) and three arrays decoded by C
code: document-number deltas as bytes, shorts or ints, whichever fits; weights as one byte a
posting in units of the field's boost when they are whole multiples of it (term frequencies:
always, for text fields), else floats; and the values (positions) concatenated after their
lengths.

A term's entry in the dictionary keeps W3's first 15 bytes (flags, total weight, document
frequency, length bytes, top weight: what Whoosh reads at fixed offsets) and writes the first
and last document and the list's place in the postings file as varints: 20 bytes become 6 to
10, on 57,000 terms. Everything else — the hash file of terms, columns, stored fields, segments,
merging — is Whoosh's W3 codec unchanged.

A segment records the codec that wrote it, so an index holds segments of one or the other; the
schema version (schema.py) makes a new index when the layout changes.
"""
from __future__ import annotations

import pickle
import struct
from array import array
from collections import defaultdict
from itertools import accumulate, groupby
from operator import itemgetter

from whoosh.codec.whoosh3 import (W3Codec, W3FieldCursor, W3FieldWriter, W3LeafMatcher, W3PostingsWriter,
                                  W3TermInfo, W3TermsReader)
from whoosh.reading import TermNotFound
from whoosh.system import pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

from .analysis import varint

# length (negative on a term's last block), postings, last document, top weight, length bytes
_HEAD = struct.Struct("<iBIfBB")
_FLOAT = struct.Struct("<f")
_TYPECODES = "BHI"
# weights: all 1.0 | one value for all | bytes times a unit | floats
_W_ONE, _W_SAME, _W_UNITS, _W_FLOATS = range(4)
BLOCK_LIMIT = 128  # postings a block, Whoosh's default; the count field is one byte


class CompactCodec(W3Codec):
    """W3Codec whose posting lists use the compact block layout (term vectors keep W3's)."""

    def __init__(self):
        super().__init__(blocklimit=BLOCK_LIMIT, compression=0, inlinelimit=1)

    def postings_writer(self, dbfile, byteids=False):
        if byteids:
            return super().postings_writer(dbfile, byteids)
        return CompactPostingsWriter(dbfile, blocklimit=BLOCK_LIMIT, compression=0, inlinelimit=1)

    def field_writer(self, storage, segment):
        return CompactFieldWriter(self, storage, segment)

    def terms_reader(self, storage, segment):
        name = segment.make_filename(self.TERMS_EXT)
        postings = segment.open_file(storage, self.POSTS_EXT)
        return CompactTermsReader(self, storage.open_file(name), storage.file_length(name), postings)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term, scorer)
        offset, length = terminfo.extent()
        return CompactMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


def _typecode(largest: int) -> int:
    """The smallest of _TYPECODES that holds `largest`."""
    return 0 if largest <= 0xFF else 1 if largest <= 0xFFFF else 2


class CompactPostingsWriter(W3PostingsWriter):
    """W3PostingsWriter writing compact blocks, for Whoosh's posting-at-a-time `add_posting`
    (CompactFieldWriter writes whole terms without it)."""

    def _new_block(self):
        self._ids = []
        self._weights = array("f")  # as W3 keeps them: the term's total weight is summed in floats
        self._values = []
        self._minlength = None
        self._maxlength = 0
        self._maxweight = 0

    def _write_block(self, last=False):
        self._terminfo.add_block(self)
        self._postfile.write(_block(self._ids, self._weights, self._values, self._format, self._maxweight,
                                    self._minlength, self._maxlength, last))
        self._blockcount += 1
        self._new_block()


def _block(ids, weights: array, values: list, format_, top: float, minlength: int | None, maxlength: int,
           last: bool) -> bytes:
    """A block as written: its header, then its arrays. `values` holds the non-empty ones."""
    data = _encode(ids, weights, values, format_)
    return _HEAD.pack(-len(data) if last else len(data), len(ids), ids[-1], top, length_to_byte(minlength),
                      length_to_byte(maxlength)) + data


def _encode(ids, weights: array, values: list, format_) -> bytes:
    deltas = [b - a for a, b in zip(ids, ids[1:])]
    deltas.insert(0, ids[0])
    id_code = _typecode(max(deltas))
    weight_mode, weight_bytes = _encode_weights(weights, format_)
    flags = id_code | weight_mode << 2
    parts = [b"", array(_TYPECODES[id_code], deltas).tobytes(), weight_bytes]
    fixed = format_.fixed_value_size()
    if fixed is None or fixed < 0:
        lengths = [len(v) for v in values]
        length_code = _typecode(max(lengths))
        flags |= length_code << 4
        parts += [array(_TYPECODES[length_code], lengths).tobytes(), *values]
    elif fixed:
        parts += values
    parts[0] = bytes((flags,))
    return b"".join(parts)


def _encode_weights(weights: array, format_) -> tuple[int, bytes]:
    first = weights[0]
    if weights.count(first) == len(weights):
        return (_W_ONE, b"") if first == 1.0 else (_W_SAME, _FLOAT.pack(first))
    unit = getattr(format_, "field_boost", 1.0) or 1.0
    units = [w / unit for w in weights]
    whole = [int(u) for u in units]
    if whole == units and 0 < min(whole) and max(whole) <= 0xFF:
        return _W_UNITS, _FLOAT.pack(unit) + bytes(whole)
    return _W_FLOATS, weights.tobytes()


class CompactMatcher(W3LeafMatcher):
    """Reads the compact block layout; the matcher interface is W3LeafMatcher's."""

    def _read_header(self):
        self._baseoffset = self._startoffset

    def _goto(self, position):
        self._data = self._ids = self._weights = self._values = None
        self._i = 0
        head = self._postfile.get(position, _HEAD.size)
        length, count, self._maxid, self._maxweight, minlength, maxlength = _HEAD.unpack(head)
        self._lastblock = length < 0
        self._dataoffset = position + _HEAD.size
        self._nextoffset = self._dataoffset + abs(length)
        self._blocklength = count
        self._compression = 0
        self._minlength = byte_to_length(minlength)
        self._maxlength = byte_to_length(maxlength)

    def _read_data(self):
        data = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
        flags, count = data[0], self._blocklength
        id_type = _TYPECODES[flags & 3]
        end = 1 + count * array(id_type).itemsize
        self._ids = list(accumulate(array(id_type, data[1:end])))
        self._data = (data, flags, end)

    def _read_ids(self):
        self._read_data()

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        data, flags, start = self._data
        mode, count = flags >> 2 & 3, self._blocklength
        if mode == _W_ONE:
            self._weights, end = [1.0] * count, start
        elif mode == _W_SAME:
            self._weights, end = [_FLOAT.unpack_from(data, start)[0]] * count, start + 4
        elif mode == _W_UNITS:
            unit = _FLOAT.unpack_from(data, start)[0]
            end = start + 4 + count
            self._weights = [u * unit for u in data[start + 4:end]]
        else:
            end = start + 4 * count
            self._weights = array("f", data[start:end]).tolist()
        self._values_at = end

    def _read_values(self):
        if self._weights is None:
            self._read_weights()
        data, flags, _ = self._data
        start, count, fixed = self._values_at, self._blocklength, self._fixedsize
        if fixed == 0:
            self._values = (None,) * count
        elif fixed is not None and fixed > 0:
            self._values = tuple(data[i:i + fixed] for i in range(start, start + count * fixed, fixed))
        else:
            length_type = _TYPECODES[flags >> 4 & 3]
            lengths = array(length_type, data[start:start + count * array(length_type).itemsize])
            ends = list(accumulate(lengths, initial=start + len(lengths) * lengths.itemsize))
            self._values = tuple(data[a:b] for a, b in zip(ends, ends[1:]))

    def ids_and_weights(self) -> tuple[list[int], list[float]]:
        """Every (remaining) document number and weight of the list, block by block."""
        ids: list[int] = []
        weights: list[float] = []
        while self.is_active():
            if self._weights is None:
                self._read_weights()
            ids += self._ids[self._i:]
            weights += self._weights[self._i:]
            self._i = self._blocklength - 1
            self.next()
        return ids, weights


class CompactTermInfo(W3TermInfo):
    _head = struct.Struct("!BfIBBf")  # W3TermInfo's first fields, where its readers look for them
    _NONE = 0xFFFFFFFF

    def to_bytes(self):
        minid = self._NONE if self._minid is None else self._minid
        maxid = self._NONE if self._maxid is None else self._maxid
        head = self._head.pack(self.is_inlined(), self._weight, self._df, length_to_byte(self._minlength),
                               length_to_byte(self._maxlength), self._maxweight)
        if self.is_inlined():
            return self.packed(head, (minid, maxid)) + pickle.dumps(self._inlined, 2)
        return self.packed(head, (minid, maxid, self._offset, self._length))

    @staticmethod
    def packed(head: bytes, numbers) -> bytes:
        out = bytearray(head)
        for number in numbers:
            varint(out, number)
        return bytes(out)

    @classmethod
    def from_bytes(cls, data):
        info = cls()
        inlined, info._weight, info._df, minlength, maxlength, info._maxweight = cls._head.unpack_from(data)
        info._minlength = byte_to_length(minlength)
        info._maxlength = byte_to_length(maxlength)
        numbers, end = _read_varints(data, cls._head.size, 2 if inlined else 4)
        info._minid, info._maxid = (None if n == cls._NONE else n for n in numbers[:2])
        if inlined:
            info._inlined = pickle.loads(data[end:])
        else:
            info._offset, info._length = numbers[2:]
        return info


def _read_varints(data: bytes, pos: int, count: int) -> tuple[list[int], int]:
    numbers = []
    while len(numbers) < count:
        number = shift = 0
        while data[pos] & 0x80:
            number |= (data[pos] & 0x7F) << shift
            shift += 7
            pos += 1
        numbers.append(number | data[pos] << shift)
        pos += 1
    return numbers, pos


class CompactFieldWriter(W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        """Whoosh's FieldWriter.add_postings, a term at a time: (field, term, document, weight,
        value) items, sorted (as the pool gives them), gathered into lists and written as
        blocks. `lengths.field_lengths(name)`, where there is one, gives a field's length for
        every document at once."""
        last_field = None
        for (fieldname, btext), postings in groupby(items, key=_TERM):
            if fieldname != last_field:
                if last_field is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                last_field, length_of = fieldname, _length_of(lengths, fieldname)
            _, _, ids, weights, values = zip(*postings)
            self._write_term(btext, ids, weights, values, list(map(length_of.__getitem__, ids)))
        if last_field is not None:
            self.finish_field()

    def _write_term(self, btext: bytes, ids, weights, values, lengths) -> None:
        """start_term, add_posting for each posting, finish_term: the same bytes as
        CompactPostingsWriter and CompactTermInfo write that way, without their objects."""
        postfile, format_ = self._postfile, self._format
        start, count = postfile.tell(), len(ids)
        total, maxweight, minlength, maxlength, written = 0, 0, None, 0, 0
        for a in range(0, count, BLOCK_LIMIT):
            b = a + BLOCK_LIMIT
            block_weights = array("f", weights[a:b])
            present = [n for n in lengths[a:b] if n]
            low, high = (min(present), max(present)) if present else (None, 0)
            top = max(weights[a:b])
            block = _block(ids[a:b], block_weights, [v for v in values[a:b] if v], format_, top, low, high,
                           last=b >= count)
            postfile.write(block)
            written += len(block)
            total += sum(block_weights)
            maxweight = max(maxweight, top)
            minlength = low if minlength is None else min(minlength, low)
            maxlength = max(maxlength, high)
        head = CompactTermInfo._head.pack(False, total, count, length_to_byte(minlength), length_to_byte(maxlength),
                                          maxweight)
        info = CompactTermInfo.packed(head, (ids[0], ids[-1], start, written))
        self._tindex.add(pack_ushort(self._fieldid) + btext, info)

    def start_term(self, btext):
        """For Whoosh's posting-at-a-time path (start_term, add, finish_term)."""
        self._btext = btext
        self._postwriter.start_postings(self._fieldobj.format, CompactTermInfo())


_TERM = itemgetter(0, 1)


def _length_of(lengths, fieldname: str):
    """[docnum] -> the field's length in that document (0: none), for every document at once:
    flush._Lengths has them as a list; Whoosh's own per-document reader gives them one by one."""
    if lengths is None:
        return defaultdict(int)
    if hasattr(lengths, "field_lengths"):
        return lengths.field_lengths(fieldname)
    return [lengths.doc_field_length(docnum, fieldname) for docnum in range(lengths.doc_count_all())]


class CompactTermsReader(W3TermsReader):
    """W3TermsReader with CompactTermInfo entries."""

    def cursor(self, fieldname, fieldobj):
        return CompactFieldCursor(self._tindex, fieldname, self._keycoder, self._keydecoder, fieldobj)

    def items(self):
        return ((self._keydecoder(key), CompactTermInfo.from_bytes(value)) for key, value in self._tindex.items())

    def items_from(self, fieldname, prefix):
        found = self._tindex.items_from(self._keycoder(fieldname, prefix))
        return ((self._keydecoder(key), CompactTermInfo.from_bytes(value)) for key, value in found)

    def term_info(self, fieldname, tbytes):
        try:
            return CompactTermInfo.from_bytes(self._tindex[self._keycoder(fieldname, tbytes)])
        except KeyError:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}") from None


class CompactFieldCursor(W3FieldCursor):
    def term_info(self):
        if self._pos is None:
            return None
        return CompactTermInfo.from_bytes(self._tindex.dbfile.get(self._datapos, self._datalen))
