"""Shared fixtures: every test gets its own index folder through NRC_INDEX, never ./index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests._golden import pytest_addoption  # noqa: F401  (registers --update-golden)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    index = tmp_path / "index"
    monkeypatch.setenv("NRC_INDEX", str(index))
    monkeypatch.delenv("NRC_SPEAKERS", raising=False)
    return index


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the five seeds, built once per session (read-only for tests)."""
    from nrc_search.indexer import ingest

    index = tmp_path_factory.mktemp("seed") / "index"
    summary = ingest(index, [SEEDS], jobs=1)
    assert summary.failed == 0, summary.warnings
    return index


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed files."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


VIEWS = FIXTURES / "views"


@pytest.fixture(scope="session")
def views_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds plus tests/fixtures/views (one wire quote published twice, and once reworded)."""
    from nrc_search.indexer import ingest

    index = tmp_path_factory.mktemp("views") / "index"
    summary = ingest(index, [SEEDS, VIEWS], jobs=1)
    assert summary.failed == 0, summary.warnings
    return index
