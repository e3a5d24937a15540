"""An editor's introduction above a labelled transcript, as `nrc segment FILE --format json`
shows it: the paragraphs down to the one that hands over to the transcript ("Here's the full
transcript:", "You can find the transcript ... below:") are dropped, not turns; a lead with
no hand-over stays the site's narration. Made-up documents, no publisher's text."""

from __future__ import annotations

import json

from click.testing import CliRunner

from nrc_search.cli import main
from tests.test_segment_properties import segment

BODY = """\
MARA LIND: Minister, thank you for joining us. When will the ferries sail?

ILSE DORN: In June. The yards gave us that date and we will hold them to it.

MARA LIND: And who pays for the delay?

ILSE DORN: The yards do. That is what the contract says.
"""

INTRO = """\
Full transcript: Harbour Evening with Trade Minister Ilse Dorn

Harbour Evening host Mara Lind talks to Trade Minister Ilse Dorn about the ferry contract.

Amid questions over the delayed ferries, the minister sat down with us in the capital on
Tuesday evening.

Here's the full transcript:

"""


def test_paragraphs_that_hand_over_to_the_transcript_are_no_turns(tmp_path) -> None:
    doc = segment(tmp_path, INTRO + BODY)
    assert [t["label"] for t in doc["turns"]] == [
        "MARA LIND",
        "ILSE DORN",
        "MARA LIND",
        "ILSE DORN",
    ]
    result = CliRunner().invoke(
        main, ["segment", str(tmp_path / "doc.txt"), "--format", "json", "--dropped"]
    )
    dropped = " ".join(json.loads(result.stdout)["dropped"])
    assert "Here's the full transcript:" in dropped
    assert "sat down with us in the capital" in dropped


def test_a_transcript_pointed_at_below_drops_its_summary(tmp_path) -> None:
    intro = (
        "Ferry talks at the Harbour Institute\n\n"
        "Trade Minister Ilse Dorn received the Harbour Prize and spoke about the ferries.\n\n"
        "Last week she took questions from students. You can find a full transcript of the "
        "event and the discussion that followed below:\n\n"
    )
    doc = segment(tmp_path, intro + BODY)
    assert doc["turns"][0]["label"] == "MARA LIND"
    assert len(doc["turns"]) == 4


def test_a_lead_with_no_hand_over_stays_the_sites_narration(tmp_path) -> None:
    intro = (
        "Ferry talks\n\n"
        "Trade Minister Ilse Dorn answered questions on the ferry contract on Tuesday in the "
        "capital.\n\n"
    )
    doc = segment(tmp_path, intro + BODY)
    first = doc["turns"][0]
    assert (first["attribution"], first["label"]) == ("narration", None)
    assert first["text"].startswith("Trade Minister Ilse Dorn answered questions")
    assert [t["label"] for t in doc["turns"][1:]] == [
        "MARA LIND",
        "ILSE DORN",
        "MARA LIND",
        "ILSE DORN",
    ]


def _dropped_reasons(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json", "--dropped"])
    assert result.exit_code == 0, result.output
    return {r["line"]: r["reason"] for r in json.loads(result.stdout)["dropped_reasons"]}


def test_an_intro_that_speaks_of_the_interview_is_no_turn_and_says_why(tmp_path) -> None:
    for intro in (
        "In this interview, Trade Minister Ilse Dorn talks about the ferry contract and the yards.",
        "Mara Lind spoke with Trade Minister Ilse Dorn about the ferries. Their conversation "
        "has been edited for length and clarity.",
    ):
        text = f"Harbour Evening\n\n{intro}\n\n{BODY}"
        doc = segment(tmp_path, text)
        assert [t["label"] for t in doc["turns"]][:2] == ["MARA LIND", "ILSE DORN"]
        assert len(doc["turns"]) == 4
        assert _dropped_reasons(tmp_path, text)[intro].startswith("editor's introduction")
