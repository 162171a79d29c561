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


CORPUS = {
    "a/2017-10-02-budget.txt": (
        "---\ntitle: Budget row deepens\ndate: 2017-10-02\nurl: https://news.example/2017/10/02/budget\n---\n"
        'The chancellor defended the budget on Monday. "This budget is fair to every family," Philip Hammond said.\n\n'
        'Labour attacked the plan. "It is a budget for the few," said John McDonnell, the shadow chancellor.\n\n'
        "Economists were divided over the figures released yesterday.\n"),
    "b/2017-11-15-climate.md": (
        "# Climate talks open\n\nDelegates met in Bonn on Wednesday.\n\n"
        '"We cannot wait any longer," said José Núñez, a delegate from Chile.\n\n'
        'Núñez added that the budget for adaptation was "far too small."\n'),
    "c/2018-01-06-hotel.txt": (
        "Hotel strike ends\n\nWorkers at the Grand Hotel returned on Friday after a two-week strike.\n\n"
        '"We won a fair deal," union leader Maria Lopez said. "The budget for wages is finally fair."\n\n'
        "Managers said nothing.\n"),
}


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Three small articles of our own: a budget row, climate talks, a hotel strike."""
    folder = tmp_path / "corpus"
    for name, text in CORPUS.items():
        write(folder, name, text)
    return folder


@pytest.fixture
def corpus_index(tmp_path, corpus) -> Path:
    index_dir = tmp_path / "corpus-index"
    whosaid.index_paths([corpus], index_dir)
    return index_dir


def where(result) -> list[tuple[str, int]]:
    """(file name, paragraph) of each hit, in order."""
    return [(h.passage.path.rsplit("/", 1)[-1], h.passage.para) for h in result.hits]


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
