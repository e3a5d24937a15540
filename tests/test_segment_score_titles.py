"""segment_score's title columns, as a maintainer reads them: a gold title printed on the page
counts in "title", and a gold title the page does not print (rebuilt from a URL slug, known from
elsewhere) counts apart in "title*", so that "title" measures reading the headline."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from segment_score import HEAD, score_real  # noqa: E402

HEADED = """Foreign Minister meets counterpart
12 April 2019

The Foreign Minister met her counterpart in the capital today.
"""

HEADLESS = """The Foreign Minister met her counterpart in the capital today.

Both sides agreed to meet again in the autumn.
"""


def _gold(title: str) -> dict:
    return {
        "file": "page.txt",
        "date": None,
        "title": title,
        "turns": [],
        "boilerplate_excluded": [],
    }


def test_a_printed_headline_counts_in_title(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(HEADED, encoding="utf-8")
    tally = score_real(path, _gold("Foreign Minister meets counterpart"))
    assert (tally.titles, tally.titles_ok, tally.titles_x) == (1, 1, 0)


def test_a_title_the_page_does_not_print_counts_apart(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(HEADLESS, encoding="utf-8")
    tally = score_real(path, _gold("Minister hails ties with neighbour at summit"))
    assert (tally.titles, tally.titles_x, tally.titles_x_ok) == (0, 1, 0)
    assert "title*" in HEAD and tally.cells()[HEAD.index("title")] == "-"
