"""Bytes to text: BOMs first, then UTF-8, then cp1252 with Latin-1 for the bytes cp1252 lacks; and
text that was UTF-8 once read as cp1252 (`â€œWe will winâ€\x9d`) mended (`“We will win”`). Also JSON
to values whose strings can be written out (`json_value`)."""
from __future__ import annotations

import codecs
import re

from ..errors import UnreadableFile

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def decode(data: bytes, path: str = "", declared: str | None = None) -> str:
    """Decode a file's bytes, or raise UnreadableFile when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, path)
    if b"\x00" in data[:8192]:
        raise UnreadableFile(path, "binary file (NUL bytes), not text")
    text = _first_that_fits(data, declared)
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise UnreadableFile(path, "binary file (control characters), not text")
    return unmangled(text)


def unmangled(text: str) -> str:
    """Text whose UTF-8 a program once read as cp1252 (or Latin-1) and saved again, mended: `â€œ` is
    `“`, `â€™` `’`, `Ã©` `é`, `Â£` `£`; `â€` with its last byte lost (`â€�`, `â€`) is `”`, the mark
    whose byte cp1252 lacks. Only runs that are whole UTF-8 characters of the kinds such text holds
    (letters with accents, punctuation, currency) are mended: `là »` with no-break spaces stays."""
    if not _TELLTALE.search(text):
        return text  # most text: no sign of it
    for _ in range(2):  # mangled twice over, at most
        mended = _MANGLED.sub(_mend, text)
        mended = _LOST_CLOSE.sub("\u201d", mended)
        if mended == text:
            break
        text = mended
    return text


def _mend(match: re.Match) -> str:
    run = match.group()
    try:
        char = bytes(_BYTE[c] for c in run).decode("utf-8")
    except UnicodeDecodeError:
        return run
    code = ord(char)
    return char if 0xA0 <= code < 0x250 or 0x2000 <= code < 0x2200 else run


def _high_bytes() -> dict[str, int]:
    """Each character to the byte cp1252 (else Latin-1) writes it as, for bytes 0x80 and up."""
    return {bytes([b]).decode("latin-1" if b in _CP1252_LACKS else "cp1252"): b for b in range(0x80, 0x100)}


_CP1252_LACKS = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
_UNDEFINED_IN_CP1252 = re.compile(b"([" + bytes(sorted(_CP1252_LACKS)) + b"])")


_BYTE = _high_bytes()
_CONT = "".join(re.escape(c) for c, b in _BYTE.items() if b < 0xC0)
_LEAD2 = "".join(re.escape(c) for c, b in _BYTE.items() if 0xC2 <= b <= 0xDF)
_LEAD3 = "".join(re.escape(c) for c, b in _BYTE.items() if 0xE0 <= b <= 0xEF)
_MANGLED = re.compile(f"[{_LEAD2}][{_CONT}]|[{_LEAD3}][{_CONT}]{{2}}")
_LOST_CLOSE = re.compile("â€(?:\ufffd|(?![" + r"\w" + _CONT + "]))")  # `”`: E2 80 9D, its 9D byte lost
_TELLTALE = re.compile("[ÂÃâ][\x80-\xbf" + _CONT + "]")


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few kilobytes, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace").lower() if match else None


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(path, f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None


def _first_that_fits(data: bytes, declared: str | None) -> str:
    for encoding in ("utf-8", _known(declared)):
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass
    mostly = _mostly_utf8(data)
    return mostly if mostly is not None else "".join(_cp1252_or_latin1(data))


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut or a bad copy) decodes as UTF-8, the bytes replaced."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for char in text if ord(char) > 0x7F) - broken
    return text if multibyte > 0 and broken <= max(1, len(data) // 1000) else None


def _known(encoding: str | None) -> str | None:
    """A declared encoding's codec; Latin-1 and ASCII read as cp1252, as browsers read them (a page that
    says `iso-8859-1` and holds Word's `don\x92t` means `don’t`)."""
    if not encoding:
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


_AS_CP1252 = {"iso8859-1", "ascii"}  # the codecs' names for every label of either


def c1_as_cp1252(text: str) -> str:
    """Text an XML parser read as Latin-1, its C1 controls (which no text means) as the cp1252 characters
    their bytes are: `don\x92t` -> `don’t`."""
    return text.translate(_C1) if _C1_CONTROL.search(text) else text


_C1 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in _CP1252_LACKS}
_C1_CONTROL = re.compile("[\x80-\x9f]")


def _cp1252_or_latin1(data: bytes):
    # cp1252 leaves five bytes undefined (`_CP1252_LACKS`); Latin-1 maps every byte.
    for chunk in _UNDEFINED_IN_CP1252.split(data):
        yield chunk.decode("latin-1") if len(chunk) == 1 and chunk[0] >= 0x80 else chunk.decode("cp1252")


def json_value(text: str, strict: bool = True):
    """`json.loads`, with each lone surrogate a replacement character (`�`): JSON may escape one
    (`"\\ud800"`), but no text that holds one can be written out. A pair (`\\ud83d\\ude00`, an emoji)
    reads as its one character, as it does in `json.loads`. ValueError when the text is no JSON."""
    import json  # (not at every start: most files are no JSON)

    try:
        value = json.loads(text, strict=strict)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    if not _SURROGATE_ESCAPE.search(text):
        return value
    try:
        return _mended(value)
    except RecursionError:  # nested as deep as json.loads itself allows
        raise ValueError("JSON nested too deeply") from None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _mended(value):
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_mended(v) for v in value]
    if isinstance(value, dict):
        return {_mended(k): _mended(v) for k, v in value.items()}
    return value
