"""Titles and site furniture on page texts, as `nrc segment FILE --format json` shows them: a
reader's appeal or a section's name over the headline is never the title, a "Name: claim"
headline under a date line is the title and no speaker turn, an editor's sentence handing over
to the transcript, a wire credit and a "read ... here" link are dropped, never turns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main


def segment(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json", "--dropped"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def turn_texts(doc: dict) -> list[str]:
    return [" ".join(t["text"].split()) for t in doc["turns"]]


APPEAL = """Readers like you keep this site free for everyone.

Ministers agree new framework on maritime security

BRUSSELS, 3 May 2024 — Foreign ministers of the alliance agreed on Monday on a new framework for maritime security in the region, officials said.

"This is a good day for our common security," the Secretary General told reporters after the meeting.

Read the minister's full statement here for more details.

(NAN)
"""


def test_a_readers_appeal_is_not_the_title_and_link_and_credit_lines_are_no_turns(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, APPEAL)
    assert doc["title"] == "Ministers agree new framework on maritime security"
    texts = turn_texts(doc)
    assert len(texts) == 2 and texts[0].startswith("BRUSSELS, 3 May 2024")
    assert not any("full statement here" in t or t == "(NAN)" for t in texts)
    gone = set(doc["dropped"])
    assert {"(NAN)", "Read the minister's full statement here for more details."} <= gone


SECTION = """Headlines
Lower Freedonia Outlines Five Priorities to Guide Its Foreign Policy

Lower Freedonia has identified five priority areas that would guide its foreign policy in the next four years, the foreign minister said on Tuesday.
The minister said the priorities include trade, security and climate.
"""


def test_a_section_name_printed_right_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, SECTION)
    assert doc["title"] == "Lower Freedonia Outlines Five Priorities to Guide Its Foreign Policy"
    assert not any(t.startswith("Headlines") for t in turn_texts(doc))


def test_a_one_word_heading_over_a_dated_field_line_stays_the_title(tmp_path: Path) -> None:
    text = (
        "Engagements\nVolume 707: debated on Wednesday 2 February 2022\n\n"
        "Jane Roe (Harbourside) (Lab): If he will list his official engagements.\n\n"
        "The Prime Minister (John Doe): This morning I had meetings with colleagues.\n"
    )
    assert segment(tmp_path, text)["title"] == "Engagements"


LABELLED = """12 Mar 2023

Jane Roe: talks with neighbours were 'robust'

Foreign Minister Jane Roe Photo: Harbour Radio / John Smith

Foreign Minister Jane Roe says a meeting she had in March was "robust", rejecting other descriptions of the talks.

"We made very clear the issues that were of most concern to us," Roe said.
"""


def test_a_name_colon_headline_under_the_date_line_is_the_title_not_a_turn(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, LABELLED)
    assert doc["title"] == "Jane Roe: talks with neighbours were 'robust'"
    assert doc["date"] == "2023-03-12"
    assert not any("were 'robust'" in t for t in turn_texts(doc))


HANDOVER = """Minister Jane Roe on the regional talks

On March 3, Foreign Minister Jane Roe gave an interview to Harbour Radio on the regional talks. Here is the full transcript of the interview:

QUESTION: Minister, what did the talks achieve?

JANE ROE: We agreed to meet again next month and to keep talking about the border.
"""


def test_a_summary_handing_over_to_the_transcript_is_dropped_not_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, HANDOVER)
    assert doc["title"] == "Minister Jane Roe on the regional talks"
    texts = turn_texts(doc)
    assert texts == [
        "Minister, what did the talks achieve?",
        "We agreed to meet again next month and to keep talking about the border.",
    ]
    assert any("Here is the full transcript" in line for line in doc["dropped"])


EVENT_LINE = """Conferencia de prensa matutina del presidente Juan Pérez. Miércoles 10 de mayo 2023. Versión estenográfica.

PRESIDENTE JUAN PÉREZ: Buenos días. Hoy vamos a hablar del puerto y del nuevo puente.

PREGUNTA: Presidente, ¿cuándo se abrirá el puente?

PRESIDENTE JUAN PÉREZ: El año que viene, si el tiempo lo permite.
"""


def test_a_first_line_naming_the_event_and_its_date_over_a_label_is_the_title(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, EVENT_LINE)
    assert doc["title"].startswith("Conferencia de prensa matutina del presidente Juan Pérez.")
    texts = turn_texts(doc)
    assert len(texts) == 3 and texts[0].startswith("Buenos días.")


SHOTLIST = """HARBOUR / FREEDONIA MINISTER INTERVIEW
Download
Share

STORY: HARBOUR / FREEDONIA MINISTER INTERVIEW
TRT: 02:27
SOURCE: HARBOUR TV
DATELINE: 20 SEPTEMBER 2023, NEW YORK CITY

1. Med shot, exterior, conference building

2. SOUNDBITE (English) Jane Roe, Minister for Foreign Affairs of Freedonia:
"We came here to talk about the harbour, and we will keep talking until it reopens."
"""


def test_a_shotlist_story_field_names_the_title_even_where_the_heading_is_dropped(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, SHOTLIST)
    assert doc["title"] == "HARBOUR / FREEDONIA MINISTER INTERVIEW"
    assert "STORY: HARBOUR / FREEDONIA MINISTER INTERVIEW" in doc["dropped"]


def test_a_long_title_case_heading_naming_one_interface_thing_is_no_interface_line() -> None:
    from nrc_search.ingest.titles import interface

    heading = (
        "English Subtitles for First Minister's Questions - Harbour Parliament - 5th June 2014"
    )
    assert not interface(heading)
    assert interface("Subtitles / Closed Captions - English")
    assert interface("Sign up for our newsletter to get the latest from the Ministry")
    assert interface(
        "Speeches and Statements by Prime Minister Prime Minister of Freedonia top page"
    )


def test_a_site_heading_ending_in_a_link_to_the_top_page_is_not_the_title(tmp_path: Path) -> None:
    text = (
        "Speeches and Statements by Prime Minister Prime Minister of Freedonia top page\n\n"
        "Press Conference by Prime Minister John Doe\n\nDecember 6, 2010\n\n"
        "MODERATOR: We shall now begin the press conference by Prime Minister John Doe.\n\n"
        "PRIME MINISTER DOE: Good evening, everyone. The session drew to a close today.\n"
    )
    assert segment(tmp_path, text)["title"] == "Press Conference by Prime Minister John Doe"


READ_TIME = """Envoy heads to talks on the harbour as aides press for more

The envoy heads to Rome for a second round of talks over the harbour. But some aides are calling for more.

8 min Prime Minister Jane Roe listens as President John Doe speaks during a meeting at the palace this month. (Anna Smith/The Harbour Post)

The envoy will travel to Rome on Friday for a second round of talks over the harbour, officials said on Wednesday.

"We are ready to talk for as long as it takes," the envoy told reporters before leaving.
"""


def test_a_caption_behind_a_reading_time_widget_is_dropped_not_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, READ_TIME)
    texts = turn_texts(doc)
    assert not any("listens as" in t for t in texts)
    assert any(t.startswith("The envoy will travel to Rome") for t in texts)


SITTING = """DISCUSSION UNDER RULE 193

15.37 hrs.

SHRI JOHN DOE (Harbourside): Sir, I rise to speak on the statement made by the Prime Minister on the talks.

THE PRIME MINISTER (SHRI RAM ROE): Sir, I thank the honourable Member for raising the matter.
"""


def test_a_records_clock_line_alone_is_dropped_not_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, SITTING)
    texts = turn_texts(doc)
    assert texts and texts[0].startswith("Sir, I rise to speak")
    assert "15.37 hrs." in doc["dropped"]


REPOST = """Minister Jane Roe's interview with Harbour Radio

Although it was conducted in English and published in many outlets, I have taken the ministry's translation and reproduced it below.

Question: Good afternoon, Minister. What happened at the border last night?

Jane Roe: We acted only against military targets, and we said so at once.
"""


def test_a_reposters_note_that_reproduces_the_text_below_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, REPOST)
    texts = turn_texts(doc)
    assert texts and texts[0].startswith("Good afternoon, Minister.")
    assert not any("reproduced it below" in t for t in texts)


BRIEFING_PAGE = """Skip to main content
Menu
Search

Home / Briefings / 2024

Daily Press Briefing by the Spokesperson

Download transcript (PDF, 120 KB)

12 March 2024

SPOKESPERSON: Good afternoon. I have two announcements today before I take your questions.

Story continues below advertisement

The first concerns the summit next week in the capital, which the minister will attend.

QUESTION: Will the minister meet her counterpart there?

Next article

SPOKESPERSON: Yes, she will meet him on Tuesday morning.

Page 1 of 2

Previous Next

Accept all cookies Manage preferences
"""


def test_page_furniture_between_and_under_the_turns_is_never_in_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, BRIEFING_PAGE)
    assert doc["title"] == "Daily Press Briefing by the Spokesperson"
    assert doc["date"] == "2024-03-12"
    texts = turn_texts(doc)
    assert [t.split(".")[0] for t in texts] == [
        "Good afternoon",
        "Will the minister meet her counterpart there?",
        "Yes, she will meet him on Tuesday morning",
    ]
    furniture = ("advertisement", "Next article", "Page 1 of 2", "cookies", "Download")
    assert not any(f in t for t in texts for f in furniture)


def test_a_weather_widget_over_the_headline_is_neither_the_title_nor_the_date(
    tmp_path: Path,
) -> None:
    text = (
        "Sunday 10 December 2023 Dublin: 9°C\n\n"
        "Ministers agree new framework on maritime security\n\n"
        "BRUSSELS, 3 May 2024 — Foreign ministers of the alliance agreed on Monday on a new "
        "framework for maritime security in the region, officials said.\n\n"
        '"This is a good day for our common security," the Secretary General told reporters.\n'
    )
    doc = segment(tmp_path, text)
    assert doc["title"] == "Ministers agree new framework on maritime security"
    assert doc["date"] == "2024-05-03"
    assert len(doc["turns"]) == 2


STORY_WITH_NOTES = """Ministers agree new framework on maritime security

BRUSSELS, 3 May 2024 — Foreign ministers of the alliance agreed on Monday on a new framework for maritime security in the region, officials said.

Related: Ministers meet in Brussels for the spring session

"This is a good day for our common security," the Secretary General told reporters after the meeting.

The framework will be reviewed next year, the Secretary General added.

This article was originally published in Harbour Post.

The views expressed in this article are those of the author.
"""


def test_a_related_link_and_republishing_notes_in_a_story_are_no_turns(tmp_path: Path) -> None:
    doc = segment(tmp_path, STORY_WITH_NOTES)
    texts = turn_texts(doc)
    assert len(texts) == 3 and texts[-1].startswith("The framework will be reviewed")
    gone = set(doc["dropped"])
    assert "Related: Ministers meet in Brussels for the spring session" in gone
    assert "This article was originally published in Harbour Post." in gone


END_MARK = """Daily Press Briefing by the Spokesperson

12 March 2024

SPOKESPERSON: Good afternoon. I have two announcements today before I take your questions.

QUESTION: Will the minister meet her counterpart there?

SPOKESPERSON: Yes, she will meet him on Tuesday morning. Thank you all.

(The briefing was concluded at 2:14 p.m.)

###

Tags

Office of the Spokesperson

Related Articles

March 11, 2024
Daily Press Briefing - March 11, 2024

March 8, 2024
Secretary's Remarks to the Press

Back to top

Ministry of Foreign Affairs of Freedonia

External Link Policy
Privacy Policy
Accessibility Statement
"""


def test_the_sites_links_under_the_end_mark_are_not_in_the_last_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, END_MARK)
    last = doc["turns"][-1]["text"]
    assert last.startswith("Yes, she will meet him on Tuesday morning.")
    assert "Tags" not in last and "Office of the Spokesperson" not in last
    assert {"Tags", "Office of the Spokesperson"} <= set(doc["dropped"])


ACCESSIBLE_PAGE = """Text size A A A
Printer-friendly version
Translate this page

Remarks to the Press by the Minister

Audio (MP3, 12 MB)

PDF version

Video: Minister's remarks to the press

12 March 2024

MINISTER ROE: Good afternoon. I have two announcements today before I take your questions.

QUESTION: Will you meet your counterpart there?

MINISTER ROE: Yes, I will meet him on Tuesday morning.

Rate this page
Was this page helpful? Yes No
Report a problem on this page
Last modified: 12 March 2024
"""


def test_accessibility_and_feedback_widgets_are_neither_title_nor_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, ACCESSIBLE_PAGE)
    assert doc["title"] == "Remarks to the Press by the Minister"
    last = doc["turns"][-1]["text"]
    assert last == "Yes, I will meet him on Tuesday morning."
    assert not any("Text size" in t["text"] for t in doc["turns"])


STORY_FOOT = """Ministers agree new framework on maritime security

By Jane Doe and John Roe, Harbour Post

Updated 3:45 PM EDT, Mon May 3, 2024

BRUSSELS, 3 May 2024 — Foreign ministers of the alliance agreed on Monday on a new framework for maritime security in the region, officials said.

"This is a good day for our common security," the Secretary General told reporters after the meeting.

Support independent journalism. Make a contribution today.

The framework will be reviewed next year, the Secretary General added.

Jane Doe is a diplomatic correspondent for the Harbour Post, covering the alliance.

Write to Jane Doe at jane@harbour.example

Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.

We want to hear from you. Send us your tips.
"""


def test_appeals_contacts_and_the_reporters_note_are_no_turns(tmp_path: Path) -> None:
    doc = segment(tmp_path, STORY_FOOT)
    texts = turn_texts(doc)
    assert len(texts) == 3 and texts[-1].startswith("The framework will be reviewed")
    gone = set(doc["dropped"])
    assert "Write to Jane Doe at jane@harbour.example" in gone
    assert "Support independent journalism. Make a contribution today." in gone


def test_a_story_about_a_reporter_keeps_its_paragraph(tmp_path: Path) -> None:
    text = (
        "Reporter freed after talks\n\n"
        "HARBOUR CITY, 3 May 2024 — The two governments agreed on Monday to free the reporter, "
        "officials said.\n\n"
        '"This is a good day," the foreign minister told reporters after the meeting.\n\n'
        "Jane Doe is a reporter for the Harbour Post who was detained in March on charges "
        "her newspaper denies.\n"
    )
    texts = turn_texts(segment(tmp_path, text))
    assert texts[-1].startswith("Jane Doe is a reporter for the Harbour Post who was detained")


def test_a_sponsor_line_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    text = (
        "Advertisement\nSupported by\n\n"
        "Ministers agree new framework on maritime security\n\n"
        "BRUSSELS, 3 May 2024 — Foreign ministers of the alliance agreed on Monday on a new "
        "framework for maritime security in the region, officials said.\n"
    )
    assert segment(tmp_path, text)["title"] == "Ministers agree new framework on maritime security"


GERMAN_PAGE = """Außenminister vereinbaren neuen Rahmen für maritime Sicherheit

BRÜSSEL, 3. Mai 2024 — Die Außenminister des Bündnisses haben sich am Montag auf einen neuen Rahmen für die maritime Sicherheit in der Region geeinigt, teilten Beamte mit.

Lesen Sie auch: Minister treffen sich in Brüssel zur Frühjahrstagung

„Das ist ein guter Tag für unsere gemeinsame Sicherheit“, sagte der Generalsekretär nach dem Treffen.

Newsletter abonnieren

Impressum Datenschutz
"""


def test_a_german_pages_related_link_and_footer_are_no_turns(tmp_path: Path) -> None:
    texts = turn_texts(segment(tmp_path, GERMAN_PAGE))
    assert len(texts) == 2 and texts[0].startswith("BRÜSSEL, 3. Mai 2024")
    assert not any("Lesen Sie auch" in t or "Impressum" in t for t in texts)


DONATION_BANNER = """Readers like you keep this site free for everyone.

More than 3,000 readers have already pitched in to keep free access to the Harbour Post.

For the price of one coffee a week you can help keep paywalls away.

Support us today
Not now
Sunday 10 December 2023 Harbour City: 9°C

Ministers agree new framework on maritime security

BRUSSELS, 3 May 2024 — Foreign ministers of the alliance agreed on Monday on a new framework for maritime security in the region, officials said.

"This is a good day for our common security," the Secretary General told reporters after the meeting.
"""


def test_a_donation_banner_over_the_story_is_neither_title_nor_turns(tmp_path: Path) -> None:
    doc = segment(tmp_path, DONATION_BANNER)
    assert doc["title"] == "Ministers agree new framework on maritime security"
    texts = turn_texts(doc)
    assert len(texts) == 2 and texts[0].startswith("BRUSSELS, 3 May 2024")
    assert doc["date"] == "2024-05-03"


def test_a_speaker_thanking_the_audience_for_support_keeps_the_words(tmp_path: Path) -> None:
    text = (
        "Remarks by the Minister at the harbour\n\n12 March 2024\n\n"
        "MINISTER ROE: Thank you all for your support of our journalists and readers here.\n\n"
        "QUESTION: Will the harbour reopen?\n\nMINISTER ROE: Yes, next year.\n"
    )
    texts = turn_texts(segment(tmp_path, text))
    assert texts[0] == "Thank you all for your support of our journalists and readers here."


def test_a_story_reporting_readers_donations_keeps_the_paragraph(tmp_path: Path) -> None:
    text = (
        "Flood appeal passes its target\n\n"
        "HARBOUR CITY, 3 May 2024 — The city council said on Monday the flood appeal had "
        "passed its target a week early.\n\n"
        "The newspaper's readers have donated more than $1m to the victims, the editor said.\n"
    )
    texts = turn_texts(segment(tmp_path, text))
    assert texts[-1].startswith("The newspaper's readers have donated")


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe, Diplomatic Correspondent",
        "Posted by admin on May 3, 2024",
        "Analysis by Jane Doe",
    ],
)
def test_a_byline_over_the_headline_is_not_the_title(tmp_path: Path, byline: str) -> None:
    text = (
        f"{byline}\n\nMinisters agree new framework on maritime security\n\n"
        "BRUSSELS, 3 May 2024 — Foreign ministers of the alliance agreed on Monday on a new "
        "framework for maritime security in the region, officials said.\n"
    )
    assert segment(tmp_path, text)["title"] == "Ministers agree new framework on maritime security"


def test_a_heading_that_names_who_spoke_with_by_stays_the_title(tmp_path: Path) -> None:
    text = (
        "Remarks by the Minister at the harbour\n\n12 March 2024\n\n"
        "MINISTER ROE: Thank you all for coming today.\n"
    )
    assert segment(tmp_path, text)["title"] == "Remarks by the Minister at the harbour"


def test_the_last_crumb_names_the_page_when_it_prints_no_heading(tmp_path: Path) -> None:
    text = (
        "Home > Press room > Remarks by the Minister at the harbour\n\n12 March 2024\n\n"
        "MINISTER ROE: Thank you all for coming today. We have agreed to reopen the harbour.\n\n"
        "QUESTION: When exactly?\n\nMINISTER ROE: In the spring.\n"
    )
    doc = segment(tmp_path, text)
    assert doc["title"] == "Remarks by the Minister at the harbour"
    assert len(doc["turns"]) == 3
    assert "Home > Press room > Remarks by the Minister at the harbour" in doc["dropped"]


def test_a_title_bar_line_gives_the_headline_without_the_site(tmp_path: Path) -> None:
    text = (
        "Ministers agree new framework on maritime security | Harbour Post\n\n"
        "BRUSSELS, 3 May 2024 — Foreign ministers agreed on Monday on a new framework, "
        "officials said.\n"
    )
    assert segment(tmp_path, text)["title"] == "Ministers agree new framework on maritime security"
