"""Titles, furniture and turn boundaries read from the shape of the whole page (position,
repetition, whose voice), as `nrc segment FILE --format json` shows them. Each text is made
up, in an invented house style, for one general property of documents."""

from __future__ import annotations

from pathlib import Path

from tests.test_segment_properties import segment as _segment


def test_a_first_heading_that_names_the_transcript_is_the_title(tmp_path: Path) -> None:
    """ "Full transcript of ..." as the page's first heading is its title; the same words
    in a sentence lower down are an editor's note."""
    page = (
        "Full transcript of 'Harbour Talk' with Port Commissioner Lene Aasgaard, March 3, 2024\n\n"
        "HOST: Welcome back. Commissioner, thank you for coming.\n\n"
        "AASGAARD: Thank you for having me. We reopened the north quay this week.\n"
    )
    doc = _segment(tmp_path, page)
    assert doc["title"].startswith("Full transcript of 'Harbour Talk' with Port Commissioner")
    assert [t["text"][:8] for t in doc["turns"]] == ["Welcome ", "Thank yo"]


def test_a_long_first_line_over_a_date_line_is_the_heading(tmp_path: Path) -> None:
    """A heading of over 300 characters, more than fifty words, abbreviations in it ("U.N. Office"), stands over the date
    line: it is the title, not the first turn."""
    page = (
        "Record of a Media Briefing on the 2019 U.N. Office Review of Inland Fisheries, By "
        "Deputy Director Oskar Lind with Mara Vidal, Head, Lakes Division, and Piet Smit, "
        "Senior Adviser and Chief of the Northern Rivers Unit, and Ana Rocha, Assistant "
        "Director of the Coastal Waters Department and Chief of the Estuaries Unit\n\n"
        "May 14, 2019\n\n"
        "MR. LIND: Good morning. We publish the review today.\n\n"
        "MS. VIDAL: Thank you, Oskar. The lakes are in better shape than we feared.\n"
    )
    doc = _segment(tmp_path, page)
    assert doc["title"].startswith("Record of a Media Briefing on the 2019 U.N. Office Review")
    assert doc["date"] == "2019-05-14"
    assert [t["text"][:7] for t in doc["turns"]] == ["Good mo", "Thank y"]
