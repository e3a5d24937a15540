"""Golden-file support for the segmentation tests: `pytest --update-golden` rewrites
tests/golden/*.json from the current parser, to be reviewed as a diff.

The option is registered from the rootdir conftest (tests/conftest.py imports
`pytest_addoption` from here). Without it a golden file is only read: a missing one fails.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from nrc_search.model import Document

GOLDEN = Path(__file__).parent / "golden"


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.json from the current parser",
    )


def update_requested(config) -> bool:
    return bool(config.getoption("--update-golden"))


def as_golden(doc: Document) -> dict:
    """The document as stored in a golden file (its source path left out: it moves)."""
    d = asdict(doc)
    d.pop("source")
    _drop_unset(d, ("part",))
    for turn in d["turns"]:
        _drop_unset(turn, ("start", "end", "language"))  # captions and records only
    return json.loads(json.dumps(d))


def _drop_unset(d: dict, keys: tuple[str, ...]) -> None:
    """Optional fields that are None stay out, so golden files need them only where set."""
    for key in keys:
        if d.get(key) is None:
            d.pop(key, None)  # tuples become lists, as in the file
