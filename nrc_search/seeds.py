"""The bundled seed documents: where this installation keeps them, and which paths were seeds.

A seed indexed from one installation (`pip install .` puts them in site-packages) is the same
document when that copy is gone and another installation's copy is found (`pip install -e .`
reads the checkout's `seeds/`). Stdlib only.
"""

from __future__ import annotations

from pathlib import Path

from nrc_search.errors import NrcError


def seeds_dir() -> Path:
    """The seed documents that ship with nrc (installed package, or the source checkout)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise NrcError(
        "The bundled seed documents are missing from this installation; reinstall nrc-search."
    )


def is_seed(path: Path) -> bool:
    """True for a file of nrc's bundled seeds: `nrc_search/_seeds/` installed, `seeds/` beside
    the `nrc_search` package of a source checkout; wherever it was installed from."""
    folder = path.parent
    if folder.name == "_seeds":
        return folder.parent.name == "nrc_search"
    return folder.name == "seeds" and (folder.parent / "nrc_search" / "indexer.py").is_file()


def seed_twin(path: Path, seeds: Path) -> Path | None:
    """This installation's copy (in `seeds`) of the seed `path`, when `path` was a seed."""
    twin = seeds / path.name
    try:
        return twin.resolve() if is_seed(path) and twin.is_file() else None
    except OSError:
        return None


def live_source(source: str) -> str:
    """`source` as shown: a seed whose installation went away is shown where it is now."""
    path = Path(source)
    if path.parent.name not in ("_seeds", "seeds") or path.exists():
        return source
    try:
        twin = seed_twin(path, seeds_dir())
    except NrcError:
        return source
    return str(twin) if twin else source
