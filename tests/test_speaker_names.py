"""Names in speaker labels and in reported speech, as `nrc segment FILE --format json` shows
them: a plural office before two names in a news story. Made-up documents."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from nrc_search.cli import main

PLURAL_OFFICE = """\
Harbour pact signed in Port Vella

12 March 2024

The Defence Ministers Oskar Brennhold and Talia Quenneville met in Port Vella yesterday to sign \
a harbour pact between their two countries.

Brennhold said the pact would open the northern docks to both navies next spring.

Quenneville said the two governments would review the pact every year.
"""


def _segment(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["turns"]


def test_a_plural_office_before_two_names_is_not_part_of_the_first_name(tmp_path: Path) -> None:
    turns = _segment(tmp_path, PLURAL_OFFICE)
    said = {t["text"].split()[0]: t["speaker"] for t in turns if " said " in t["text"]}
    assert said == {"Brennhold": "Oskar Brennhold", "Quenneville": "Talia Quenneville"}


PROGRAMME_INTRO = """\
Envoy Halvard Osk on Nightline

Ambassador Halvard Osk gave an interview to Marta Lindqvist NIGHTLINE on 4 May about the \
harbour pact. Here is the full transcript:

LINDQVIST: Ambassador, welcome back to the programme.

OSK: Thank you, it is good to be here.

LINDQVIST: Will the pact hold through the winter?

OSK: It will, both navies have agreed to the schedule.
"""


def test_a_surname_label_is_the_full_name_the_introduction_gives(tmp_path: Path) -> None:
    turns = _segment(tmp_path, PROGRAMME_INTRO)
    assert [t["speaker"] for t in turns if t["text"].startswith(("Ambassador,", "Will"))] == [
        "Marta Lindqvist",
        "Marta Lindqvist",
    ]


OFFICE_ABBREVIATION = """\
A conversation with Prime Minister Tan Boon Kiat

The Harbour Council hosted Prime Minister Tan Boon Kiat of Nordmark on 3 June for a \
conversation on trade.

MODERATOR: Prime Minister, thank you for joining us.

PM Tan: Thank you for having me.

MODERATOR: Will the harbour pact hold?

PM Tan: It will hold, both sides want it to.
"""


def test_an_office_abbreviation_and_a_family_name_is_the_full_name(tmp_path: Path) -> None:
    turns = _segment(tmp_path, OFFICE_ABBREVIATION)
    answers = [(t["speaker"], t["role"]) for t in turns if t["text"].startswith(("Thank", "It"))]
    assert answers == [("Tan Boon Kiat", "Prime Minister")] * 2
