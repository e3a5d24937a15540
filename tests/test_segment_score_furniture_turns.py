"""segment_score's speaker column, as a maintainer reads it: a predicted turn that opens with the
gold's furniture ("Photo: ...") is not a matched turn, so its speaker is not counted either, and the
speaker share of a document can never pass 1.00 (it read 1.14 for one publisher)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import segment_score  # noqa: E402
from segment_score import HEAD, score_real  # noqa: E402

from nrc_search.model import Document, Turn  # noqa: E402

TEXT = """Minister meets counterpart

Photo: Jane Roe The Foreign Minister met her counterpart in the capital today.

The two ministers will meet again in the autumn, the ministry said.
"""

TURNS = (
    Turn(
        1, "Agency", None, "narration", "Photo: Jane Roe The Foreign Minister met her counterpart"
    ),
    Turn(2, "Agency", None, "narration", "The two ministers will meet again in the autumn"),
)


def test_a_turn_opening_with_furniture_counts_for_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = Document(source=str(path), title=None, date=None, kind="news", turns=TURNS)
    monkeypatch.setattr(segment_score, "parse_file", lambda _path: doc)
    gold = {
        "file": "page.txt",
        "date": None,
        "title": None,
        "turns": [
            {
                "speaker": "Agency",
                "kind": "narrative",
                "starts_with": "The Foreign Minister met her counterpart",
                "char_start": TEXT.index("The Foreign"),
            },
            {"speaker": "Agency", "kind": "narrative", "starts_with": "The two ministers will"},
        ],
        "boilerplate_excluded": ["Photo: Jane Roe"],
    }
    tally = score_real(path, gold)
    assert (tally.boilerplate, tally.matched, tally.speakers_ok) == (1, 1, 1)
    assert tally.cells()[HEAD.index("spk")] == "1.00"
