"""Golden-file support for the segmentation tests: `pytest --update-golden` rewrites
tests/golden/*.json from the current parser, to be reviewed as a diff.

The option must be registered from the rootdir conftest: tests/conftest.py does
`from tests._golden import pytest_addoption`. Until then NRC_UPDATE_GOLDEN=1 does the same.
"""

from __future__ import annotations

import json
import os
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
    try:
        flag = bool(config.getoption("--update-golden"))
    except ValueError:  # option not registered (tests/conftest.py does not import it yet)
        flag = False
    return flag or os.environ.get("NRC_UPDATE_GOLDEN") == "1"


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
