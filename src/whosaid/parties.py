"""A party's nicknames and the full name it speaks by, shared by the extractor (which names a party
speaking by its nickname in full: `Tories` as `Conservatives`) and a search by speaker (where
`--speaker tories` finds what the Conservatives said)."""
from __future__ import annotations

IN_FULL = {"Tories": "Conservatives", "Tory Party": "Conservative Party", "Tory party": "Conservative Party",
           "Lib Dems": "Liberal Democrats", "GOP": "Republicans"}
_BY_NICKNAME = {nickname.lower(): full for nickname, full in IN_FULL.items()}


def in_full(name: str) -> str:
    """The party's full name for a nickname, in any case (`tories` -> `Conservatives`); any other name as it is."""
    return _BY_NICKNAME.get(" ".join(name.lower().split()), name)
