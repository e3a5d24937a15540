"""segment_score's date columns, as a maintainer reads them: a gold date the annotator read
from the page counts in "date" however the annotator described the line ("date line under the
heading ('12 April 2019')"), and only a date taken from the URL, a file name or metadata, or
inferred, counts apart in "date*"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from segment_score import score_real  # noqa: E402

PAGE = """Foreign Minister meets counterpart
12 April 2019

The Foreign Minister met her counterpart in the capital today.
"""


def _gold(date_source: str) -> dict:
    return {
        "file": "page.txt",
        "date": "2019-04-12",
        "date_source": date_source,
        "title": "Foreign Minister meets counterpart",
        "turns": [],
        "boilerplate_excluded": [],
    }


@pytest.mark.parametrize(
    "source",
    [
        "text",
        "text (date line)",
        "date line under the heading ('12 April 2019')",
        "sitting line 'Friday, 12 April 2019'",
    ],
)
def test_a_date_read_from_the_page_counts_as_a_text_date(tmp_path: Path, source: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    tally = score_real(path, _gold(source))
    assert (tally.dates, tally.dates_ok, tally.dates_url) == (1, 1, 0)


@pytest.mark.parametrize(
    "source",
    [
        "source URL (2019/04/12); not in text",
        "URL path '20190412'",
        "inferred: 'today' is the day of the ministers' meeting",
        "dateline 'April 12'; year from the search tool's metadata",
    ],
)
def test_a_date_not_read_from_the_page_counts_apart(tmp_path: Path, source: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    tally = score_real(path, _gold(source))
    assert (tally.dates, tally.dates_url, tally.dates_url_ok) == (0, 1, 1)
