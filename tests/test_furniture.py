"""Page furniture in text dumps: what a user sees in `nrc segment` is the story and the speech,
never a menu, an advert or a comment form, and the title is the headline. Each page below is
made up in the shape of a failure class real pages showed."""

from __future__ import annotations

from nrc_search.ingest import parse_text

STORY = (
    "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov and his Turkish counterpart "
    "spoke by telephone on Friday about the talks in Vienna, the ministry said.",
    '"The ministers agreed to stay in close contact," the ministry said in a statement.',
)


def _texts(text: str) -> list[str]:
    return [t.text for t in parse_text(text, "page.txt").turns]


def _no_turn_holds(turns: list[str], *furniture: str) -> None:
    for line in furniture:
        assert not any(line in t for t in turns), line


def test_a_menu_block_above_the_headline_is_no_turn_and_the_headline_is_the_title() -> None:
    menu = [
        "MarketsBusinessWorldPoliticsTechnologyBreakingviews",
        "Directory of sites",
        "Login",
        "Contact",
        "Reuters logo",
        "Lavrov and Turkish minister discuss the Vienna talks",
        "Sections",
        "Featured",
        "Drought in the south: farmers count the cost",
        "Climate",
        "Drought in the south: farmers count the cost",
        "Pictures",
    ]
    text = "\n".join(menu) + "\n\nLavrov and Turkish minister discuss the Vienna talks\n\n"
    text += "\n\n".join(STORY) + "\n"
    doc = parse_text(text, "page.txt")
    assert doc.title == "Lavrov and Turkish minister discuss the Vienna talks"
    turns = [t.text for t in doc.turns]
    _no_turn_holds(turns, "Directory of sites", "Sections", "Drought in the south", "Pictures")
    assert [t[:20] for t in turns] == [STORY[0][:20], STORY[1][:20]]


def test_short_interface_sentences_inside_a_story_are_no_turns() -> None:
    ads = ["Subscribe now and receive a FREE plan for 1 month.", "T&C applies."]
    text = "Lavrov talks to his Turkish counterpart\n\n" + STORY[0] + "\n\n"
    text += "\n\n".join(ads) + "\n\n" + STORY[1] + "\n"
    turns = _texts(text)
    _no_turn_holds(turns, *ads)
    assert [t[:20] for t in turns] == [STORY[0][:20], STORY[1][:20]]


def test_a_comment_form_under_the_story_is_no_turn() -> None:
    form = [
        "Leave a Reply",
        "Your email address will not be published.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    ]
    text = "Lavrov talks to his Turkish counterpart\n\n" + "\n\n".join([*STORY, *form]) + "\n"
    turns = _texts(text)
    _no_turn_holds(turns, *form)
    assert len(turns) == 2


def test_a_transcription_advert_above_the_labels_is_no_turn() -> None:
    text = (
        "Department Press Briefing, July 25\n\n"
        "Try Acme and save time transcribing, captioning, and subtitling.\n\n"
        "MR. PATEL: Good afternoon, everybody. I have one brief thing.\n\n"
        "QUESTION: Thank you. On Niger, what can you tell us?\n"
    )
    turns = _texts(text)
    _no_turn_holds(turns, "Try Acme")
    assert [t[:12] for t in turns] == ["Good afterno", "Thank you. O"]


def test_media_download_links_above_a_transcript_are_no_turns() -> None:
    links = [
        "AudioAudio part 1 mp3Audio part 1 mp3 (58678 kb)",
        "VideoVideo part 1 wmv (217913 kb)",
    ]
    text = "Transcript of the Press Conference for the Media\n\n" + "\n\n".join(links)
    text += "\n\nPRESIDENT PUTIN: Good afternoon, dear ladies and gentlemen!\n"
    doc = parse_text(text, "page.txt")
    assert doc.title == "Transcript of the Press Conference for the Media"
    _no_turn_holds([t.text for t in doc.turns], "AudioAudio", "VideoVideo")
    assert [t.text for t in doc.turns] == ["Good afternoon, dear ladies and gentlemen!"]


def test_speech_with_interface_words_stays_speech() -> None:
    """A speaker who 'subscribes' to a view or has an 'account' is not a form."""
    lines = [
        "MR. SMITH: We subscribe to that view.",
        "MR. JONES: I will give you an account of the talks.",
        "MR. SMITH: Our account is closed.",
    ]
    turns = _texts("Press conference\n\n" + "\n\n".join(lines) + "\n")
    assert turns == [s.split(": ", 1)[1] for s in lines]


def test_interface_lines_above_the_headline_are_never_the_title() -> None:
    heads = [
        "Jump to content",
        "Home → Press → Briefings",
        "{{dayPoint.date | date : 'd MMMM yyyy'}}",
        "Speeches and Statements by the Minister top page",
    ]
    for head in heads:
        text = f"{head}\n\nKremlin sees no new evidence of more sanctions\n\n" + "\n\n".join(STORY)
        assert parse_text(text + "\n", "page.txt").title == (
            "Kremlin sees no new evidence of more sanctions"
        ), head


def test_a_numbered_topic_heading_above_the_first_label_opens_no_turn() -> None:
    text = (
        "Press Conference by Foreign Minister Tanaka\n\n"
        "Friday, March 15, 2024, 3:00 p.m.\n\n"
        "The Minister met the press after the Cabinet meeting and took questions.\n\n"
        "(1) Foreign Minister Tanaka's Visit to the U.S.\n\n"
        "MINISTER TANAKA: I have three announcements. First, I will visit New York.\n\n"
        "QUESTION: Thank you. What will you raise there?\n"
    )
    doc = parse_text(text, "page.txt")
    assert [t.text[:20] for t in doc.turns] == [
        "The Minister met the",
        "I have three announc",
        "Thank you. What will",
    ]
    assert "(1) Foreign Minister Tanaka's Visit to the U.S." in doc.dropped


def test_a_numbered_point_of_speech_is_not_a_heading() -> None:
    from nrc_search.ingest.paragraphs import topic_heading

    assert topic_heading("**Saudi Arabia")
    assert topic_heading("1. Opening Statements")
    assert not topic_heading("1. We agreed on the text. Then we signed it.")
    assert not topic_heading("2. The ministers will meet again in May.")


def test_related_links_player_ids_and_credits_are_no_turns() -> None:
    junk = [
        "Read alsoNeed to talk? Will the leaders agree to the proposal?",
        "6113754956001 0784b58e-dc5b-492c-8000-cd11de12c026",
        "via Iran: Turkey is best place for talks – EXAMPLE.com.",
    ]
    text = "Lavrov talks to his Turkish counterpart\n\n" + STORY[0] + "\n\n"
    text += "\n\n".join(junk) + "\n\n" + STORY[1] + "\n\n"
    text += "Some information for this report was provided by AP.\n"
    doc = parse_text(text, "page.txt")
    turns = [t.text for t in doc.turns]
    _no_turn_holds(turns, *junk, "Some information for this report")
    assert [t[:20] for t in turns] == [STORY[0][:20], STORY[1][:20]]


def test_an_editors_note_above_a_transcript_is_no_turn_but_an_introduction_names() -> None:
    note = "Full transcript from the November 14 event on transatlantic ties."
    text = f"Toward a Transatlantic Renaissance\n\n{note}\n\n"
    text += "MR. WILSON: Good afternoon and welcome.\n\nMS. NULAND: Thank you, Damon.\n"
    doc = parse_text(text, "page.txt")
    assert [t.text for t in doc.turns] == ["Good afternoon and welcome.", "Thank you, Damon."]
    assert note in doc.dropped


def _title(head: str) -> str | None:
    text = head + "\n\nMR. KIRBY: Afternoon, everybody.\n\nQUESTION: Thank you, John.\n"
    return parse_text(text, "page.txt").title


def test_a_slogan_above_the_event_heading_is_not_the_title() -> None:
    head = "U.S. Department of State\n\nDiplomacy in Action\n\nJohn Kirby\nDaily Press Briefing"
    assert _title(head + "\nWashington, DC\nFebruary 4, 2016") == "Daily Press Briefing"


def test_a_programme_name_in_capitals_stays_the_title() -> None:
    head = "CNN AMANPOUR\n\nInterview With NATO Secretary General Jens Stoltenberg"
    assert _title(head) == "CNN AMANPOUR"


def test_a_heading_broken_after_a_possessive_is_one_title() -> None:
    head = (
        "Foreign Ministry Spokesperson Wang Wenbin’s\nRegular Press Conference on August 19, 2022"
    )
    assert _title(head) == (
        "Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on August 19, 2022"
    )


def test_an_editors_introduction_above_a_transcript_is_no_turn() -> None:
    blurb = "Richard Haass, president of the Council, discusses the state of the world."
    text = f"The World: How Worried Should You Be?\n\n{blurb}\n\n"
    text += "CHANG: Good evening, everyone.\n\nHAASS: Thank you, Juju.\n"
    doc = parse_text(text, "page.txt")
    assert doc.title == "The World: How Worried Should You Be?"
    assert [t.text for t in doc.turns] == ["Good evening, everyone.", "Thank you, Juju."]
    assert blurb in doc.dropped


def test_a_sites_narration_above_a_transcript_stays_a_turn() -> None:
    lead = "Vladimir Putin held talks with the President of Finland in the Kremlin."
    text = f"Russian-Finnish talks\n\n{lead}\n\nVLADIMIR PUTIN: Good afternoon.\n\n"
    text += "SAULI NIINISTO: Thank you.\n"
    turns = [t.text for t in parse_text(text, "page.txt").turns]
    assert turns == [lead, "Good afternoon.", "Thank you."]


def test_a_heading_in_capitals_over_two_lines_is_the_title_not_a_menu() -> None:
    text = (
        "OPENING STATEMENT OF THE SECRETARY-GENERAL\n"
        "AT THE MEDIA BRIEFING ON THE MINISTERIAL MEETING\n\n\n"
        "The Ministerial Meeting, which starts tomorrow, is significant in several ways.\n\n"
        "First, this is the first time that all ten members attend.\n"
    )
    doc = parse_text(text, "page.txt")
    assert doc.title == (
        "OPENING STATEMENT OF THE SECRETARY-GENERAL AT THE MEDIA BRIEFING ON THE MINISTERIAL "
        "MEETING"
    )
    assert doc.turns[0].text.startswith("The Ministerial Meeting, which starts tomorrow")


def test_a_motto_above_the_headline_is_not_the_title() -> None:
    text = "Truth Over Noise\n\nAs the talks resume, the envoy fends off the hawks\n\n"
    text += "\n\n".join(STORY) + "\n"
    assert (
        parse_text(text, "page.txt").title == "As the talks resume, the envoy fends off the hawks"
    )


def test_a_short_headline_above_the_story_stays_the_title() -> None:
    text = "Vienna Talks Resume\n\n" + "\n\n".join(STORY) + "\n"
    assert parse_text(text, "page.txt").title == "Vienna Talks Resume"


def test_marked_headings_in_a_text_with_no_blank_lines_are_no_turn_openers() -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson\n"
        "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
        "Dujarric, Spokesman for the Secretary-General.\n"
        "**Saudi Arabia\n"
        "Just wanted to give you the readout of the meeting with the Foreign Minister.\n"
        "**South Sudan\n"
        "An update on the situation in South Sudan: the Mission reports calm.\n"
    )
    doc = parse_text(text, "page.txt")
    assert [t.speaker for t in doc.turns] == ["Stéphane Dujarric"]
    assert doc.turns[0].text.startswith("Just wanted to give you the readout")
    assert "**Saudi Arabia" in doc.dropped


def test_a_short_heading_right_above_the_first_label_opens_no_turn() -> None:
    text = (
        "Press Conference by the Press Secretary\n\n"
        "This is a provisional translation for reference purposes only.\n\n"
        "Hostage incident in the capital\n\n"
        "MR. ABE: The bodies were returned yesterday. What will the government do?\n\n"
        "MR. KAWAMURA: We will reinforce the consular system.\n"
    )
    turns = [t.text for t in parse_text(text, "page.txt").turns]
    assert [t[:12] for t in turns] == ["The bodies w", "We will rein"]


def test_a_tag_pages_listed_headlines_are_no_turns_but_a_list_of_points_stays() -> None:
    heads = ["• Peskov rules nothing out on a meeting", "• Night riders turn against the spokesman"]
    bodies = [
        "The Kremlin has not ruled out a meeting between the two presidents before January.",
        "The leader of the bikers advised the spokesman to mind his words, the paper said.",
    ]
    text = "Contents tagged with Peskov\n\n"
    text += "\n\n".join(f"{h}\n\n{b}" for h, b in zip(heads, bodies, strict=True)) + "\n"
    turns = [t.text for t in parse_text(text, "page.txt").turns]
    _no_turn_holds(turns, *heads)
    assert [t[:30] for t in turns] == [b[:30] for b in bodies]
    points = "\n\n".join(
        ["The ministers agreed to:", "• strengthen the energy dialogue", "• meet again in May"]
    )
    kept = parse_text(f"Joint statement\n\n{points}\n\n{bodies[0]}\n", "page.txt")
    assert "• meet again in May" in "\n".join(t.text for t in kept.turns)


def test_page_widget_lines_are_no_turns() -> None:
    """(A page of one paragraph per line, as a podcast page's text dump prints it.)"""
    widgets = ["4.7 • 2.2K Ratings", "🗓️ 2 March 2023", "⏱️ 28 minutes"]
    lead = STORY[0] + " They will meet again next month in Geneva, officials said."
    text = "\n".join(widgets) + "\n" + lead + "\n" + STORY[1] + "\n"
    turns = [t.text for t in parse_text(text, "page.txt").turns]
    _no_turn_holds(turns, *widgets)
    assert turns[0].startswith(STORY[0][:40])


def test_the_date_in_a_menus_run_still_dates_the_page() -> None:
    menu = [
        "Directory of sites",
        "Login",
        "Contact",
        "Sections",
        "Featured",
        "Drought in the south: farmers count the cost",
        "Climate",
        "Drought in the south: farmers count the cost",
        "#World News",
        "November 6, 2015 / 2:59 PM / 2 years ago",
    ]
    text = "\n".join(menu) + "\n\nLavrov and Turkish minister discuss the Vienna talks\n\n"
    text += "\n\n".join(STORY) + "\n"
    doc = parse_text(text, "page.txt")
    assert doc.date == "2015-11-06"
    _no_turn_holds([t.text for t in doc.turns], "Directory of sites", "Drought in the south")


def test_a_heading_glued_to_the_speech_under_lines_of_another_post_is_the_title() -> None:
    text = (
        "2月26日广州越秀公园\n\nYuexiu Park Lantern Festival\n\n"
        "Remarks by Ambassador Zhang Jun at the Security Council Briefing on Ukraine\n"
        "2024-02-23 22:00\n"
        "Madam President,\n"
        "I thank the Secretary-General for his earlier briefing.\n"
        "The crisis is threatening to become a protracted one, and we must act together now.\n"
    )
    doc = parse_text(text, "page.txt")
    assert doc.title == (
        "Remarks by Ambassador Zhang Jun at the Security Council Briefing on Ukraine"
    )
    _no_turn_holds([t.text for t in doc.turns], "Remarks by Ambassador", "2024-02-23")
    assert doc.date == "2024-02-23"


def test_a_video_link_and_a_learn_more_prompt_are_no_turns() -> None:
    junk = ["(Video) Press Conference by the Foreign Minister", "Learn more about our programme."]
    text = "Press Conference by the Foreign Minister\n\n" + "\n\n".join(junk)
    text += "\n\nMINISTER: I have three announcements.\n\nQUESTION: Thank you.\n"
    turns = [t.text for t in parse_text(text, "page.txt").turns]
    _no_turn_holds(turns, *junk)
    assert turns == ["I have three announcements.", "Thank you."]
    said = "MR. SMITH: We want to learn more about what happened in the village."
    assert [t.text for t in parse_text(f"Briefing\n\n{said}\n", "p.txt").turns] == [
        said.split(": ", 1)[1]
    ]


def test_an_email_alerts_subscription_header_is_no_turn() -> None:
    head = (
        "(WIRE) – mer 12 ottobre 2022 You are subscribed to Department Press Briefings for the "
        "Department of State. This information has recently been updated, and is now available."
    )
    text = f"{head}\n10/11/2022 07:54 PM EDT\nNed Price, Department Spokesperson\n"
    text += "MR PRICE: Hello.\nQUESTION: Hello.\nMR PRICE: Good afternoon. Happy Tuesday.\n"
    doc = parse_text(text, "page.txt")
    _no_turn_holds([t.text for t in doc.turns], "You are subscribed")
    assert [t.text for t in doc.turns][:2] == ["Hello.", "Hello."]


def test_a_long_heading_printed_twice_over_a_glued_text_is_the_title_not_a_turn() -> None:
    head = (
        "Interview of the Deputy Minister of Foreign Affairs of the Russian Federation "
        'Sergey Ryabkov to the magazine "International Life" (December 9, 2025)'
    )
    text = (
        f"{head}\n{head}\nThe Treaty itself provides for a one-time extension, and it was used.\n"
    )
    text += "We can repeat the position that has been stated many times before.\n"
    doc = parse_text(text, "page.txt")
    assert doc.title == head
    _no_turn_holds([t.text for t in doc.turns], "Interview of the Deputy Minister")


def test_a_bracketed_photo_credit_between_paragraphs_is_no_turn() -> None:
    text = "Lavrov talks to his Turkish counterpart\n\n" + STORY[0] + "\n\n"
    text += "[Photo : YONHAP News]\n\n" + STORY[1] + "\n"
    turns = [t.text for t in parse_text(text, "page.txt").turns]
    _no_turn_holds(turns, "[Photo : YONHAP News]")
    assert [t[:20] for t in turns] == [STORY[0][:20], STORY[1][:20]]
