"""A date printed with dashes between its parts ("14 - Juillet - 2017"), with no space after
the comma ("NAIROBI,15TH DEC,2020") or year first with a full stop and a space after each part
("2025. 10. 20.", Hungarian and Korean pages) dates the document. Made-up pages, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main

BODY = """
The foreign minister received his counterpart in the capital on Friday and said that both
governments would open a new consulate before the end of the year.

"We have agreed to meet again in the spring," the minister told reporters after the talks.
"""

PAGES = {
    "dashes": ("Ministre reçoit son homologue\n\n14 - Juillet - 2017\n" + BODY, "2017-07-14"),
    "glued comma": (
        "Minister meets counterpart\n\nBY JANE DOE,NAIROBI,15TH DEC,2020\n" + BODY,
        "2020-12-15",
    ),
    "year first": ("Minister meets counterpart\n\n2025. 10. 20. 20:35\n" + BODY, "2025-10-20"),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_date_line_dates_the_document(tmp_path: Path, name: str) -> None:
    text, want = PAGES[name]
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["date"] == want


def test_a_year_followed_by_a_sentence_is_not_a_date(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Minister meets counterpart\n\nIn 2025. 10 people were hurt.\n" + BODY)
    result = CliRunner().invoke(main, ["segment", str(page), "--format", "json"])
    assert json.loads(result.output)["date"] is None


WIDGET = (
    """Sunday, Aug 14, 2022
Focus on the big picture

Minister meets counterpart in the capital

Agency, 06 Jan 2022
"""
    + BODY
)

DATED_ABOVE = """Sunday, Aug 14, 2022

Minister meets counterpart in the capital

The minister recalled the talks held on 6 January 2022 in the capital, and said that both
governments would open a new consulate before the end of the year, as agreed at the time.
"""


def test_a_current_date_widget_over_the_story_is_not_its_date(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(WIDGET, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(page), "--format", "json"])
    assert json.loads(result.output)["date"] == "2022-01-06"  # the byline's, not the widget's


def test_a_date_line_over_the_story_keeps_its_date_over_dates_in_the_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(DATED_ABOVE, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(page), "--format", "json"])
    assert json.loads(result.output)["date"] == "2022-08-14"


WIDGET_ABBREVIATED = (
    """• Sat. Jan 18th, 2025

Minister meets counterpart in the capital

Byadmin

Sep 15, 2018
"""
    + BODY
)

# The posting stamp under the widget is dropped as furniture (a rubric, a time, a view count).
WIDGET_OVER_DROPPED_STAMP = (
    """06:28:27 20.05.2025
Stiri

Ministra de Externe a României, Luminița Odobescu: „Este important să ne coordonăm atât cu partenerii americani, cât şi cu partenerii europeni ca să sprijinim în continuare Republica Moldova”

Actualitate 25.07.2023 16:53 Vizualizări1001
Ministra de Externe a României, Luminița Odobescu: „Este important să ne coordonăm atât cu partenerii americani, cât şi cu partenerii europeni ca să sprijinim în continuare Republica Moldova”
"""
    + BODY
)


@pytest.mark.parametrize(
    ("text", "want"),
    [(WIDGET_ABBREVIATED, "2018-09-15"), (WIDGET_OVER_DROPPED_STAMP, "2023-07-25")],
    ids=["abbreviated weekday", "stamp dropped as furniture"],
)
def test_the_story_date_under_a_widget_wins(tmp_path: Path, text: str, want: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(page), "--format", "json"])
    assert json.loads(result.output)["date"] == want


YEARLESS_WEEKDAY = """Menlu bertemu mitranya

Menteri Luar Negeri menyambut kedatangan mitranya di Jakarta, Kamis (19/7). Pertemuan
tersebut berlangsung hangat dan menghasilkan beberapa komitmen kerjasama ke depan.

Kedua menteri juga membahas persiapan KTT yang akan diselenggarakan pada November 2018.
"""


def test_a_weekday_with_a_bracketed_day_and_month_dates_the_story(tmp_path: Path) -> None:
    """Indonesian and Brazilian papers print "Kamis (19/7)", "terça-feira (21/1)": day first,
    the year the one mentioned in which 19 July falls on a Thursday (Kamis)."""
    page = tmp_path / "page.txt"
    page.write_text(YEARLESS_WEEKDAY, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(page), "--format", "json"])
    assert json.loads(result.output)["date"] == "2018-07-19"


def test_a_bracketed_fraction_is_no_date(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(YEARLESS_WEEKDAY.replace("Kamis (19/7)", "bagian (1/3)"), encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(page), "--format", "json"])
    assert json.loads(result.output)["date"] is None
