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
    """The state the specification's parser keeps: the groups' stack, whether the current group is
    skipped, `\\ucN` (how many characters stand in after a `\\uN`), and how many are left to skip."""

    def __init__(self, encoding: str):
        self.encoding = encoding
        self.out: list[str] = []
        self.bytes = bytearray()  # `\'hh` bytes not yet decoded: a character of a multibyte code page spans two
        self.stack: list[tuple[bool, int]] = []
        self.skipping, self.unicode_skip, self.stand_ins = False, 1, 0

    def read(self, source: str) -> str:
        for token in _TOKEN.finditer(source):
            word, argument, hexbyte, symbol, brace, text = token.groups()
            if brace is not None:
                self.group(brace)
            elif self.stand_ins and (hexbyte or symbol or text):  # the characters after `\\uN` that stand in
                text = self.past_stand_ins(text)  # for it
                if text and not self.skipping:
                    self.emit(text)
            elif not self.skipping:
                self.take(word, argument, hexbyte, symbol, text)
        self.flush()
        return "".join(self.out)

    def group(self, brace: str) -> None:
        """`{` opens a group, `}` closes it: what its control words changed ends with it."""
        if brace == "{":
            self.stack.append((self.skipping, self.unicode_skip))
        elif self.stack:
            self.skipping, self.unicode_skip = self.stack.pop()
        self.stand_ins = 0

    def past_stand_ins(self, text: str | None) -> str | None:
        """What is left of a token once the stand-ins it holds are skipped: a byte or a symbol is one."""
        if text is None or len(text) <= self.stand_ins:
            self.stand_ins -= 1 if text is None else len(text)
            return None
        text, self.stand_ins = text[self.stand_ins:], 0
        return text

    def take(self, word, argument, hexbyte, symbol, text) -> None:
        if word in _SKIPPED_DESTINATIONS or symbol == "*":  # `{\\*\\destination …}`: one a reader that does not
            self.skipping = True  # know it skips
        elif word == "uc":
            self.unicode_skip = int(argument or 1)
        elif word == "u":
            self.emit(chr(int(argument) % 0x10000))
            self.stand_ins = self.unicode_skip
        elif word is not None:
            self.emit(_CHARACTERS.get(word, ""))
        elif symbol is not None:
            self.emit(_SYMBOLS.get(symbol, ""))
        elif hexbyte is not None:
            self.bytes.append(int(hexbyte, 16))
        elif text is not None:
            self.emit(text)

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
