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


BRIEFING = (
    "8 June 2023\n\n"
    "Good day and thanks for joining us for this week's briefing.\n\n"
    "Let me begin with the Minister's visit to the Coral Islands from 4 to 6 June, where "
    "she led our delegation to the Ocean Council.\n\n"
    "At the Council the Minister underlined our commitment to open sea lanes and urged "
    "members to fund the new survey ships.\n\n"
    "You would recall that the Council's Secretary visited the capital last month.\n\n"
    "The Deputy Minister also chaired the meeting of the fisheries board on Thursday.\n\n"
    "With this, I am happy to take your questions.\n"
)


def test_an_unlabelled_briefing_is_one_speakers_turn(tmp_path: Path) -> None:
    """A briefing printed as prose with no labels, its briefer speaking to the audience
    ("thanks for joining us", "you would recall", "I am happy to take your questions"), is
    one turn of speech, though it reports what the minister said."""
    doc = _segment(tmp_path, BRIEFING)
    assert [(t["attribution"], t["text"][:8]) for t in doc["turns"]] == [("verbatim", "Good day")]


def test_a_story_quoting_we_and_you_is_a_story(tmp_path: Path) -> None:
    """A story says "you" and "we" only inside quotation marks: one turn per paragraph."""
    story = (
        "Ocean Council meets\n\n"
        "PORT ALBA, June 5 - The Ocean Council opened its session on Thursday.\n\n"
        '"Thank you for joining us, we have much to do," the Council Secretary Ruth Amsel '
        "told delegates.\n\n"
        '"You will see new ships this year," Amsel said.\n\n'
        "The session closes on Saturday.\n"
    )
    doc = _segment(tmp_path, story)
    assert len(doc["turns"]) == 4
    assert doc["turns"][1]["speaker"] == "Ruth Amsel"


def test_a_standfirst_with_no_stop_is_not_a_turn(tmp_path: Path) -> None:
    """The summary under a headline, a sentence with no full stop, over paragraphs that end
    theirs, is the page's standfirst: dropped (and listed as dropped), not the story's lead."""
    story = (
        "Ferry talks stall again\n\n"
        "Negotiators from both islands left the harbour office without a deal on the winter "
        "timetable, reports Nils Ekdahl\n\n"
        "The talks on the ferry timetable broke up on Tuesday evening.\n\n"
        '"We will meet again next week," said the harbour master Ola Brekke.\n\n'
        "The ferries will keep the summer timetable until then.\n"
    )
    doc = _segment(tmp_path, story)
    assert [t["text"][:9] for t in doc["turns"]] == ["The talks", '"We will ', "The ferri"]


def test_a_lead_printed_twice_is_one_turn(tmp_path: Path) -> None:
    """A page with no headline prints the lead once as a teaser and again under its dateline:
    one turn, the one with the dateline."""
    lead = (
        "The harbour authority today rejected a report that it had asked the navy to clear "
        "the ice from the northern channel before the spring ferries, saying that the "
        "channel had been cleared by its own icebreakers as in every other winter."
    )
    story = (
        f"{lead}\n\n"
        f"PORT ALBA, March 2 — {lead}\n\n"
        "It said the report was wrong and that the channel would open as planned.\n\n"
        '"No one asked the navy," said spokesman Ivo Rask.\n'
    )
    doc = _segment(tmp_path, story)
    assert [t["text"][:12] for t in doc["turns"]] == [
        "PORT ALBA, M",
        "It said the ",
        '"No one aske',
    ]


def test_the_headline_over_the_dateline_wins_over_a_site_name(tmp_path: Path) -> None:
    """A two-word site name and a byline above the headline, the headline right above the
    dateline lead: the headline is the title."""
    story = (
        "Valdor Journal\n\n"
        "By Lene Aasgaard\n\n"
        "Valdor must be careful of how it deals with other islands — Harbour Office\n\n"
        "VALDOR, March 3 — The winter ferry timetable will not change, the harbour minister "
        "told the island council today.\n\n"
        "Ola Brekke said the ferries would keep their summer times until April.\n"
    )
    doc = _segment(tmp_path, story)
    assert (
        doc["title"] == "Valdor must be careful of how it deals with other islands — Harbour Office"
    )
    assert doc["turns"][0]["text"].startswith("VALDOR, March 3")


def test_a_headline_glued_to_its_photo_caption_stays_the_title(tmp_path: Path) -> None:
    """The page prints its headline, then the headline again with the photo caption glued
    to it: the first is the title, not a caption's copy."""
    story = (
        "Harbour Ministry hints at new ferry routes\n\n"
        "Harbour Ministry hints at new ferry routes Photo: Harbour Ministry spokesman Ivo Rask "
        "(Valdor Courier)\n\n"
        "The ministry will not yet name the new routes, spokesman Ivo Rask said on Friday.\n\n"
        '"We will say more next week," Rask said.\n'
    )
    doc = _segment(tmp_path, story)
    assert doc["title"] == "Harbour Ministry hints at new ferry routes"


def test_an_editors_note_atop_prose_is_no_turn(tmp_path: Path) -> None:
    """An editor's note over a page of reported speech ("[This transcript has been edited
    ...]") is no turn."""
    page = (
        "Harbour Office briefing, 4 May\n\n"
        "[This transcript has been edited for length; the words are those of the spokesman, "
        "not of the Minister.]\n\n"
        "Asked about the ferries, the spokesman said that the timetable would not change.\n\n"
        "Asked about the ice, he said the channel was open.\n"
    )
    doc = _segment(tmp_path, page)
    assert [t["text"][:9] for t in doc["turns"]] == ["Asked abo", "Asked abo"]


def test_a_speaker_keeps_a_clause_between_name_and_verb(tmp_path: Path) -> None:
    """ "X who is also ... said", "X as the ... (ABC) said": the clause between the name and
    the verb names no speaker."""
    story = (
        "Ferry aid for the islands\n\n"
        "PORT ALBA, May 2 — Harbour Minister Lene Aasgaard said the ferries would run all "
        "winter.\n\n"
        "Meanwhile, Aasgaard who is also Northpoint Bay MP said the island council welcomed "
        "the aid.\n\n"
        "On another matter, Aasgaard as the Chair of the Island League (IL) said, the league "
        "would meet in June.\n"
    )
    doc = _segment(tmp_path, story)
    assert [t["speaker"] for t in doc["turns"]] == ["Lene Aasgaard"] * 3
    assert [t["attribution"] for t in doc["turns"]] == ["reported"] * 3


def test_he_is_the_sentences_subject_not_the_object_of_with(tmp_path: Path) -> None:
    """ "X held a call with Minister Y, in which he urged ...": "he" is X, the subject, not Y
    whom "with" names."""
    story = (
        "Ferry call\n\n"
        "Harbour Minister Lars Aasgaard held a call with Minister Tomas Berg on Monday, in "
        "which he urged the islands to keep the ferries running.\n\n"
        "The two ministers will meet in June.\n"
    )
    doc = _segment(tmp_path, story)
    assert doc["turns"][0]["speaker"] == "Lars Aasgaard"


def test_a_quote_it_said_is_the_institutions(tmp_path: Path) -> None:
    """'"...," it said.' after a story credits an institution: the institution's quote."""
    story = (
        "Harbour Office on the leaked memo\n\n"
        "PORT ALBA, May 2 — The Harbour Office said the leaked memo did not come from its "
        "staff.\n\n"
        "“The office urges everyone to stop sharing the memo at once,” it said.\n"
    )
    doc = _segment(tmp_path, story)
    assert (doc["turns"][1]["role"], doc["turns"][1]["attribution"]) == ("Harbour Office", "quoted")


def test_an_agency_page_printing_its_header_twice(tmp_path: Path) -> None:
    """An agency page prints headline, summary and date, then the headline again where the
    story starts, its place alone in capitals, and a contact address under the story: only
    the story's paragraphs are turns."""
    page = (
        "Harbour Office denies ferry cuts\n\n"
        "- Harbour Office spokesman Ivo Rask says the winter timetable will not change and "
        "that reports of cuts are wrong.\n\n"
        "02.05.2024 - Update : 02.05.2024\n"
        "Harbour Office denies ferry cuts\n\n"
        "PORT ALBA\n\n"
        "Harbour Office spokesman Ivo Rask denied reports on Thursday that the winter ferries "
        "would be cut.\n\n"
        'Speaking to the agency, Rask said, "The ferries will run as they did last winter."\n\n'
        "desk@valdor-news.example\n"
    )
    doc = _segment(tmp_path, page)
    assert doc["title"] == "Harbour Office denies ferry cuts"
    assert [t["text"][:12] for t in doc["turns"]] == ["Harbour Offi", "Speaking to "]


def test_a_speech_opening_with_its_audience_line_by_line(tmp_path: Path) -> None:
    """A speech that opens by addressing its audience a line each ("Chair" / "Excellencies" /
    "Distinguished Guests" / "Ladies and Gentlemen") starts there: those lines are speech,
    not a heading and a header."""
    page = (
        "Madam Chair\n"
        "Excellencies\n"
        "Distinguished Guests\n"
        "Ladies and Gentlemen\n"
        "I am glad to welcome you all to the tenth meeting of the Island League. We meet in a "
        "difficult year for our ferries.\n"
        "I thank my colleagues for their support throughout the year.\n"
    )
    doc = _segment(tmp_path, page)
    assert doc["title"] != "Madam Chair"
    assert [" ".join(t["text"].split())[:24] for t in doc["turns"]] == ["Madam Chair Excellencies"]


def test_a_link_printed_twice_in_one_line_is_furniture(tmp_path: Path) -> None:
    """A related link whose text and title run together ("Ferry strike ends today Ferry
    strike ends today") between a story's paragraphs is in no turn."""
    story = (
        "Harbour Office on the timetable\n\n"
        "PORT ALBA, May 2 — The Harbour Office said on Thursday that the timetable stays.\n\n"
        "Island council votes on bridge plan Island council votes on bridge plan\n\n"
        '"The ferries run as before," spokesman Ivo Rask said.\n'
    )
    doc = _segment(tmp_path, story)
    assert not any("bridge plan" in t["text"] for t in doc["turns"])
    assert len(doc["turns"]) == 2


def test_an_unnamed_office_in_title_case_is_who_speaks(tmp_path: Path) -> None:
    """ "Asked ..., the Harbour Minister's Official Spokesman said that ...": nobody is
    named, the office as printed speaks (reported), not the outlet."""
    page = (
        "Harbour Office briefing, 4 May\n\n"
        "Asked about the ferries, the Harbour Minister's Official Spokesman said that the "
        "timetable would not change.\n\n"
        "The briefing ended at noon.\n"
    )
    doc = _segment(tmp_path, page)
    first = doc["turns"][0]
    assert (first["role"], first["attribution"]) == (
        "Harbour Minister's Official Spokesman",
        "reported",
    )


def test_a_lone_time_mark_in_prose_is_no_turn(tmp_path: Path) -> None:
    """A time mark alone on its line between paragraphs ("00:01:00") is a player's, in no
    turn, even when the page has only one."""
    page = (
        "Island League press conference, 4 May\n\n"
        "Good morning and welcome to today's press conference on the winter ferries.\n\n"
        "00:01:00\n\n"
        "Thank you. The ferries will run as they did last winter, and the bridge opens in May.\n"
    )
    doc = _segment(tmp_path, page)
    assert not any("00:01:00" in t["text"] for t in doc["turns"])


def test_a_contact_field_read_as_a_label_is_no_turn(tmp_path: Path) -> None:
    """A release's "Island Media: desk@..." field, deep in a long header, over "Content" and
    a date reads like a speaker's label, but says nothing: no turn."""
    page = (
        "Doorstop, Port Alba\n\n"
        "Page details\n\n"
        "Page type\n\n"
        "Contacts\n\n"
        "The Hon Lars Aasgaard\n\n"
        "Minister for Harbours\n\n"
        "Media\n\n"
        "Island Media: desk@harbour.example\n\n"
        "Content\n\n"
        "18 July 2021\n\n"
        "Weather\n\n"
        "Notes\n\n"
        "LARS AASGAARD: Good morning. The ferries will run all winter.\n\n"
        "JOURNALIST: Will the bridge open in May?\n\n"
        "LARS AASGAARD: It will.\n"
    )
    doc = _segment(tmp_path, page)
    assert [t["text"][:9] for t in doc["turns"]] == ["Good morn", "Will the ", "It will."]


def test_a_headline_with_a_note_over_a_transcripts_introduction(tmp_path: Path) -> None:
    """A skip link, then a headline closed by a note in brackets ("(with video)") glued to
    the line that introduces the transcript ("Following is the transcript of ...:"): the
    headline is the title, and neither it nor the introduction is a turn."""
    page = (
        "Go to content\n"
        "Transcript of remarks by HM at press session before Harbour Board (with video)\n"
        "     Following is the transcript of remarks by the Harbour Master, Mr Ivo Rask, at a "
        "press session before the Harbour Board meeting today (May 4):\n\n"
        "Reporter: Good morning, Mr Rask. Will the ferries run all winter?\n\n"
        "Harbour Master: They will. We have ordered two new icebreakers.\n"
    )
    doc = _segment(tmp_path, page)
    assert doc["title"].startswith("Transcript of remarks by HM at press session")
    assert [t["text"][:9] for t in doc["turns"]] == ["Good morn", "They will"]


def test_a_sites_motto_above_the_headline_names_no_speaker(tmp_path: Path) -> None:
    """A motto over the headline ("Light Lives in Harbours") is no one's name: the story
    under it is the outlet's paragraphs, not a statement by "Light Lives"."""
    story = (
        "Light Lives in Harbours\n\n"
        "As ferry talks resume, the island council fends off the bridge lobby\n\n"
        "A quarrel inside the council over the ferries has been settled for now by the "
        "mayor's decision to keep talking to the harbour board.\n\n"
        "But as the two sides meet again on Saturday, it is unclear what the mayor wants.\n"
    )
    doc = _segment(tmp_path, story)
    assert [t["speaker"] for t in doc["turns"]] == [None, None]


def test_a_widget_heading_in_small_letters_closing_a_story_is_no_turn(tmp_path: Path) -> None:
    """A story that ends with a widget's heading in small letters ("more island stories"),
    the teasers under it lost: the heading is no turn."""
    story = (
        "Ferry talks\n\n"
        "PORT ALBA, May 2 — The ferries will run all winter, the harbour minister said.\n\n"
        '"We have two new icebreakers," Lars Aasgaard said.\n\n'
        "The island council meets again in June.\n\n"
        "more island stories\n"
    )
    doc = _segment(tmp_path, story)
    assert [t["text"][:9] for t in doc["turns"]] == ["PORT ALBA", '"We have ', "The islan"]


def test_an_editors_note_on_editing_under_a_release_is_no_turn(tmp_path: Path) -> None:
    """ "These remarks have been lightly edited for clarity." under a release is a note on
    the text, not the outlet's narration."""
    page = (
        "Harbour Chair opening statement at the ferry hearing\n\n"
        "PORT ALBA – Harbour Chair Lars Aasgaard opened today's hearing on the winter ferries.\n\n"
        "“Thank you all for coming. We have two new icebreakers,” Aasgaard said.\n\n"
        "These remarks have been lightly edited for clarity. The full hearing is on the "
        "committee's page.\n"
    )
    doc = _segment(tmp_path, page)
    assert not any(t["text"].startswith("These remarks") for t in doc["turns"])
    assert len(doc["turns"]) == 2
