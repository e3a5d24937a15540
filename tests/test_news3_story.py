"""A story that a line or two seem to label ("Name: headline", "FILE: caption") is still a
story, one turn per paragraph, as `nrc segment FILE --format json` shows it; a transcript
with the same kind of label stays a transcript. Small made-up stories."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from nrc_search.cli import main


def _segment(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


_STORY = (
    "{label}\n\n"
    'Foreign Minister Maria Velasquez says talks with her neighbour were "frank", rejecting '
    "reports that they had failed.\n\n"
    "A local newspaper recently reported Velasquez had walked out of the meeting in Lima.\n\n"
    '"That is not what happened at all, and the newspaper knows it very well," she said.\n\n'
    '"We will meet again next month and we expect progress on the border question."\n\n'
    'Velasquez said a planned visit to Quito was postponed due to "scheduling issues".\n'
)


def test_a_headline_read_as_a_label_leaves_one_turn_per_paragraph(tmp_path: Path) -> None:
    heads = "Maria Velasquez: Border talks were 'frank'\n\nForeign Minister Maria Velasquez Photo: X / Y"
    got = _segment(tmp_path, _STORY.format(label=heads))
    turns = got["turns"]
    assert len(turns) == 5
    assert turns[0]["text"].startswith("Foreign Minister Maria Velasquez says")
    assert [t["speaker"] for t in turns[2:4]] == ["Maria Velasquez"] * 2
    assert all("Border talks were" not in t["text"] and "Photo" not in t["text"] for t in turns)


def test_a_photo_caption_label_over_a_story_is_not_a_speaker(tmp_path: Path) -> None:
    got = _segment(tmp_path, _STORY.format(label="FILE: The Foreign Minister, Maria Velasquez."))
    turns = got["turns"]
    assert len(turns) == 5
    assert "File" not in {t["speaker"] for t in turns}
    assert turns[-1]["text"].startswith("Velasquez said a planned visit")


def test_a_labelled_speech_in_the_first_person_stays_a_transcript(tmp_path: Path) -> None:
    speech = (
        "MARIA VELASQUEZ: Thank you all for coming this morning.\n\n"
        "We had frank talks with our neighbour, and I said so to the minister.\n\n"
        "We will meet again next month, as the minister said yesterday in Lima.\n\n"
        "I expect progress on the border question, and our teams said they agree.\n\n"
        "We said we would keep talking, and the press will be told the date soon.\n"
    )
    turns = _segment(tmp_path, speech)["turns"]
    assert len(turns) == 1
    assert turns[0]["speaker"] == "Maria Velasquez"


def test_a_story_about_a_statement_is_a_story_not_the_statement(tmp_path: Path) -> None:
    story = (
        "Lavrov's statement on the Black Sea talks\n\n"
        "MOSCOW, March 3, 2024 - Russian Foreign Minister Sergey Lavrov said on Monday that the "
        "talks on the Black Sea would resume next week.\n\n"
        '"We are ready to continue, but the other side must show goodwill," Lavrov told '
        "reporters.\n\n"
        "He added that the delegations would meet in Istanbul at the end of the month.\n\n"
        '"Nobody wants a new escalation of this old dispute," the minister said.\n\n'
        "The talks were suspended in January.\n"
    )
    got = _segment(tmp_path, story)
    assert got["kind"] == "news"
    assert [t["speaker"] for t in got["turns"]] == ["Sergey Lavrov"] * 4 + [None]
