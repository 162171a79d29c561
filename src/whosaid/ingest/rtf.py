"""RTF to plain text: the words of the document's body, a blank line after each paragraph.

RTF is how news databases export articles by default (LexisNexis, Factiva) and how word processors
save them. The reader follows the specification's own parser: control words change the state of
the current group (`{…}`), a group whose destination holds no text (the font and colour tables, the
style sheet, the document's information, pictures, fields' instructions, headers and footers, and
every `{\\*\\…}` destination a reader may not know) is skipped, `\\par` ends a paragraph and `\\line`
a line, `\\'hh` is a byte of the document's code page (`\\ansicpg1252`) and `\\uN` a Unicode character
followed by its stand-in for readers that know no Unicode, which is skipped.
"""
from __future__ import annotations

import codecs
import re

from ..errors import UnreadableFile


def to_text(data: bytes, path: str = "") -> str:
    """The text of an RTF file's bytes; UnreadableFile when they are no RTF."""
    source = data.decode("latin-1")  # RTF is 7-bit: other characters are written as escapes
    if not source.lstrip().startswith("{\\rtf"):
        raise UnreadableFile(path, "not an RTF file (it does not open with {\\rtf)")
    return _Reader(_code_page(source)).read(source)


def _code_page(source: str) -> str:
    match = _ANSI_CODE_PAGE.search(source, 0, 2000)
    encoding = f"cp{match.group(1)}" if match else "cp1252"
    try:
        codecs.lookup(encoding)
    except LookupError:
        return "cp1252"
    return encoding


class _Reader:
    def __init__(self, encoding: str):
        self.encoding = encoding
        self.out: list[str] = []
        self.bytes = bytearray()  # `\'hh` bytes not yet decoded: a character of a multibyte code page spans two

    def read(self, source: str) -> str:
        stack: list[tuple[bool, int]] = []
        skipping, unicode_skip, stand_ins = False, 1, 0  # in a skipped group; `\ucN`; stand-ins left to skip
        for token in _TOKEN.finditer(source):
            word, argument, hexbyte, symbol, brace, text = token.groups()
            if brace is not None:
                skipping, unicode_skip = (stack.append((skipping, unicode_skip)) or (skipping, unicode_skip)) \
                    if brace == "{" else stack.pop() if stack else (skipping, unicode_skip)
                stand_ins = 0
                continue
            if stand_ins and (hexbyte or symbol or text):  # the characters after `\uN` that stand in for it
                if text is None or len(text) <= stand_ins:
                    stand_ins -= 1 if text is None else len(text)
                    continue
                text, stand_ins = text[stand_ins:], 0
            if skipping:
                continue
            if word in _SKIPPED_DESTINATIONS or symbol == "*":  # `{\*\destination …}`: one a reader that does
                skipping = True  # not know it skips
            elif word == "uc":
                unicode_skip = int(argument or 1)
            elif word == "u":
                self.emit(chr(int(argument) % 0x10000))
                stand_ins = unicode_skip
            elif word is not None:
                self.emit(_CHARACTERS.get(word, ""))
            elif symbol is not None:
                self.emit(_SYMBOLS.get(symbol, ""))
            elif hexbyte is not None:
                self.bytes.append(int(hexbyte, 16))
            elif text is not None:
                self.emit(text)
        self.flush()
        return "".join(self.out)

    def emit(self, text: str) -> None:
        self.flush()
        self.out.append(text)

    def flush(self) -> None:
        if self.bytes:
            self.out.append(bytes(self.bytes).decode(self.encoding, errors="replace"))
            self.bytes.clear()


_TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+"
                    r"|([^\\{}\r\n]+)")  # a control word and its argument, a byte, a symbol, a brace, text
_ANSI_CODE_PAGE = re.compile(r"\\ansicpg(\d{3,5})")
_SKIPPED_DESTINATIONS = frozenset("""
fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl info pict object header headerl headerr
headerf footer footerl footerr footerf fldinst themedata colorschememapping datastore latentstyles xmlnstbl
generator operator author title subject keywords comment doccomm company nonshppict blipuid filetbl
""".split())
_CHARACTERS = {"par": "\n\n", "sect": "\n\n", "page": "\n\n", "row": "\n\n", "line": "\n", "tab": "\t",
               "cell": " ", "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“",
               "rdblquote": "”", "bullet": "•", "emspace": " ", "enspace": " ", "qmspace": " "}
_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "-": "\u00ad", "_": "\u2011"}
