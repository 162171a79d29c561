from pathlib import Path

import pytest

import whosaid

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_eeb03fb59dce04d5.txt"


@pytest.fixture
def seed_dir(tmp_path) -> Path:
    """A folder holding a copy of the seed article (with its front matter)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    return folder


@pytest.fixture
def seed_index(tmp_path, seed_dir) -> Path:
    """An index of the seed article, built through the library."""
    index_dir = tmp_path / "index"
    whosaid.index_paths([seed_dir], index_dir)
    return index_dir


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
