"""Where an index lives, and whether a folder is one: the marker file, its schema version, and the
paths the index was built from (so that `whosaid index` alone updates them all, and a rebuild after an
upgrade names them)."""
from __future__ import annotations

import json
import os
import shlex
import time
from pathlib import Path

from ..errors import IndexNotFound, NotAnIndex, SchemaMismatch
from .schema import MARKER, SCHEMA_VERSION

_IGNORABLE = {".gitignore", ".gitkeep", "README.md", ".DS_Store"}


def check_readable(index_dir: Path) -> None:
    """Raise unless `index_dir` holds a whosaid index this version can read."""
    marker = index_dir / MARKER
    if not marker.is_file():
        if index_dir.is_dir() and _has_foreign_files(index_dir):
            raise NotAnIndex(f"The folder {index_dir} is not a whosaid index (it has no {MARKER}). "
                             "Choose another --index-dir.")
        raise IndexNotFound(f"No index at {index_dir}. Run `whosaid index PATH` first "
                            f"(add --index-dir {index_dir} if you chose that folder).")
    data = _read_marker(marker)
    if data.get("schema_version") != SCHEMA_VERSION:
        raise _mismatch(index_dir, data)


def schema_upgrade(index_dir: Path) -> tuple[object, list[str]] | None:
    """For an index another version of whosaid's schema wrote: its version and the paths it was built
    from, to build it again from (`whosaid index` after an upgrade). None for an index of this version,
    or none at all. SchemaMismatch when what it was built from is not known, or some of it is gone:
    rebuilding would lose those articles, so the user is asked to (`--rebuild`)."""
    marker = index_dir / MARKER
    if not marker.is_file():
        return None
    data = _read_marker(marker)
    if data.get("schema_version") == SCHEMA_VERSION:
        return None
    paths = _paths(data)
    if not paths or not all(os.path.exists(p) for p in paths):
        raise _mismatch(index_dir, data)
    return data.get("schema_version"), paths


def _mismatch(index_dir: Path, data: dict) -> SchemaMismatch:
    """What to do about an index of another schema version: `whosaid index` builds it again from the
    paths it records; where those are not known or some are gone, `--rebuild` from the paths the user gives."""
    paths = _paths(data)
    gone = [p for p in paths if not os.path.exists(p)]
    where = "" if index_dir == Path("index") else f" --index-dir {shlex.quote(str(index_dir))}"
    wrote = (f"The index at {index_dir} was written by another version of whosaid "
             f"(schema {data.get('schema_version')}, this one reads {SCHEMA_VERSION}).")
    if paths and not gone:
        return SchemaMismatch(f"{wrote} Build it again from what it was built from with `whosaid index{where}`.")
    again = " ".join(shlex.quote(p) for p in paths if p not in gone) or "PATH"
    one = len(gone) == 1
    lost = f" {', '.join(gone)} {'is' if one else 'are'} gone; a rebuild drops {'its' if one else 'their'} articles." \
        if gone else ""
    return SchemaMismatch(f"{wrote}{lost} Rebuild it with `whosaid index --rebuild{where} {again}`.")


def prepare_writable(index_dir: Path, rebuild: bool = False) -> bool:
    """Make sure whosaid may write here; True when the index must be created first.

    With `rebuild`, an index of another schema version is replaced rather than refused.
    """
    if (index_dir / MARKER).is_file():
        if rebuild and _read_marker(index_dir / MARKER).get("schema_version") != SCHEMA_VERSION:
            return True
        check_readable(index_dir)
        return False
    if index_dir.exists() and not index_dir.is_dir():
        raise NotAnIndex(f"{index_dir} is a file, not an index folder. Choose another --index-dir.")
    if index_dir.is_dir() and _has_foreign_files(index_dir):
        raise NotAnIndex(f"The folder {index_dir} holds files that are not a whosaid index; whosaid will not "
                         "write into it. Choose an empty or new folder with --index-dir.")
    return True


def write_marker(index_dir: Path, created: float | None = None, paths: list[str] | tuple[str, ...] = ()) -> None:
    """Record the schema version, the time of this commit (written after the commit) and the paths
    the index holds articles from."""
    now = time.time()
    data = {"format": "whosaid-index", "schema_version": SCHEMA_VERSION,
            "created": created or now, "updated": now, **({"paths": _outermost(paths)} if paths else {})}
    tmp = index_dir / (MARKER + ".tmp")
    tmp.write_text(json.dumps(data, indent=1))
    tmp.replace(index_dir / MARKER)


def read_marker(index_dir: Path) -> dict:
    return _read_marker(index_dir / MARKER)


def indexed_paths(index_dir: Path) -> list[str]:
    """The folders and files the index at `index_dir` was built from (absolute), as its runs gave
    them; none where there is no index, or it is older than this record."""
    marker = Path(index_dir) / MARKER
    return _paths(_read_marker(marker)) if marker.is_file() else []


def _outermost(paths) -> list[str]:
    """The paths, absolute, sorted, without any that lies inside another."""
    absolute = sorted({os.path.abspath(p) for p in paths})
    return [p for p in absolute if not any(p.startswith(other.rstrip(os.sep) + os.sep) for other in absolute)]


def _paths(data: dict) -> list[str]:
    paths = data.get("paths")
    return [p for p in paths if isinstance(p, str)] if isinstance(paths, list) else []


def _read_marker(marker: Path) -> dict:
    try:
        data = json.loads(marker.read_text())
    except (OSError, ValueError):
        raise NotAnIndex(f"{marker} is unreadable; rebuild with `whosaid index --rebuild PATH`.") from None
    return data if isinstance(data, dict) else {}


def _has_foreign_files(folder: Path) -> bool:
    return any(p.name not in _IGNORABLE for p in folder.iterdir())
