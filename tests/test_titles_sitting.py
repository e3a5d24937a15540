"""A record's title is the sitting's heading, not the legislature's term or session printed
over it ("2014 ORDINARY SESSION" / "Second sitting"). Made-up house styles, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main

ENGLISH = """ASSEMBLY OF THE NORTHERN LEAGUE

2031 ORDINARY SESSION

Third sitting

Tuesday 4 March 2031 at 10 a.m.

THE PRESIDENT: The sitting is open. We begin with the report on water resources.

Mr HALVORSEN: Thank you, Mr President. The committee met four times and agreed the text.
"""

GERMAN = """12. Wahlperiode

45. Sitzung

Mittwoch, 9. April 2031

Präsidentin: Ich eröffne die Sitzung. Wir beginnen mit der Aussprache über den Haushalt.

Abgeordneter Krämer: Frau Präsidentin, meine Damen und Herren, der Entwurf liegt vor.
"""

PLAIN = """Annual Ordinary Session of the Regional Council: closing remarks

THE PRESIDENT: Colleagues, this brings our work to a close for the year.
"""


def segment_title(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["title"]


@pytest.mark.parametrize(("text", "title"), [(ENGLISH, "Third sitting"), (GERMAN, "45. Sitzung")])
def test_the_sitting_heading_below_the_term_is_the_title(
    tmp_path: Path, text: str, title: str
) -> None:
    assert segment_title(tmp_path, text) == title


def test_a_term_heading_with_no_sitting_below_stays_the_title(tmp_path: Path) -> None:
    assert segment_title(tmp_path, PLAIN) == (
        "Annual Ordinary Session of the Regional Council: closing remarks"
    )
