"""Turn boundaries where the labels run into the text, as `nrc segment FILE --format json` shows
them: a broadcast's ">>" change of voice inside a line of captions printed as text, a time mark
with a dash ("00:23 - ") as a change of voice, labels that run on after a sentence in a text
that lost its line breaks, "The First Minister (Name):", a photo credit or a "FILE:" caption
field that is no label, a blank line inside a sentence. Made-up documents, no publisher's text."""

from __future__ import annotations

from tests.test_segment_properties import segment


def _turns(tmp_path, text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, label, first 24 characters of the text) of every turn."""
    doc = segment(tmp_path, text)
    return [(t["speaker"], t["label"], " ".join(t["text"].split())[:24]) for t in doc["turns"]]


CHEVRONS = """\
the harbour budget and we are increasing our investments in the fleet. We will do more. \
[end of translation]. >> Question: I'm with Harbour Radio. Can you say when the ships come? \
I mean, the target was this year -- >> Minister Ilse Dorn: sorry, you mean the ferries. \
>> Question: yes, the ferries. Thank you. When? >> Minister Ilse Dorn: in June, once the \
yards have finished.
"""


def test_a_chevron_inside_a_line_opens_a_new_voice(tmp_path) -> None:
    got = _turns(tmp_path, CHEVRONS)
    assert got[1:] == [
        (None, ">> Question", "I'm with Harbour Radio. "),
        ("Ilse Dorn", ">> Minister Ilse Dorn", "sorry, you mean the ferr"),
        (None, ">> Question", "yes, the ferries. Thank "),
        ("Ilse Dorn", ">> Minister Ilse Dorn", "in June, once the yards "),
    ]
    assert got[0][2] == "the harbour budget and w"


def test_a_chevron_with_no_name_is_a_change_of_voice(tmp_path) -> None:
    text = (
        ">> Good evening and welcome to the Harbour Hour.\n"
        ">> Thank you for having me. It is good to be here.\n"
        ">> Let us begin with the ferries.\n"
    )
    got = _turns(tmp_path, text)
    assert [(label, start) for _, label, start in got] == [
        (">>", "Good evening and welcome"),
        (">>", "Thank you for having me."),
        (">>", "Let us begin with the fe"),
    ]


def test_a_breadcrumb_of_chevrons_is_no_change_of_voice(tmp_path) -> None:
    text = (
        "Home >> News >> Harbour\n\nThe Harbour Authority said on Monday that the ferries "
        "would run again in June, after the yards finish their work.\n"
    )
    got = _turns(tmp_path, text)
    assert all(label is None for _, label, _ in got)


TIMED = """\
Harbour Hour: 4 March 2022

00:00 - Hello, and welcome to the Harbour Hour
00:04 with our roundup of the week in the port.
00:08 I'm joined by our shipping editor,
00:11 Tomas Varga.
00:13 Tomas, a busy week?
00:15 - Yes, a very busy week,
00:18 with the ferries back in the water
00:21 and the yards working through the night.
00:25 - And what comes next?
"""


def test_a_time_mark_with_a_dash_is_a_change_of_voice_and_others_stay_in_the_turn(
    tmp_path,
) -> None:
    got = _turns(tmp_path, TIMED)
    assert [(label, start) for _, label, start in got] == [
        ("00:00 -", "Hello, and welcome to th"),
        ("00:15 -", "Yes, a very busy week, 0"),
        ("00:25 -", "And what comes next?"),
    ]


def test_unnamed_voices_take_the_names_they_give_and_then_alternate(tmp_path) -> None:
    text = TIMED.replace("I'm joined by", "My name's Anna Lind, and I'm joined by")
    got = _turns(tmp_path, text)
    assert [(who, label) for who, label, _ in got] == [
        ("Anna Lind", "00:00 -"),
        ("Tomas Varga", "00:15 -"),
        ("Anna Lind", "00:25 -"),
    ]
    text = TIMED.replace(
        "I'm joined by our shipping editor",
        "My name's Anna Lind, I'm Head "
        "of News at the Harbour Post, and I'm joined by our Shipping Editor",
    )
    doc = segment(tmp_path, text)
    assert [(t["speaker"], t["role"]) for t in doc["turns"]] == [
        ("Anna Lind", "Head of News at the Harbour Post"),
        ("Tomas Varga", "Shipping Editor"),
        ("Anna Lind", "Head of News at the Harbour Post"),
    ]


def test_where_every_time_mark_has_a_dash_the_dash_marks_no_voice(tmp_path) -> None:
    text = (
        "Harbour live\n\n"
        "09:00 - The ferries leave the yard for their first trial.\n"
        "09:30 - The harbour master opens the new quay.\n"
        "10:15 - The minister arrives at the port.\n"
    )
    got = _turns(tmp_path, text)
    assert all(label is None or not label.endswith("-") for _, label, _ in got)


RUN_IN = """\
Harbour Assembly subtitles, 4 March 2022

the harbour budget, which the yards will spend on the ferries. Anna Lind (Westford) (Lab): To \
ask the First Minister what engagements he has planned for the rest of the day. The First \
Minister (Tomas Varga): Later today, I will travel to the yards, where I will meet the crews who \
built the new ferries. Those ships remind us of the work of those who

built them over three winters. Anna Lind: I thank the First Minister for that answer. Can he \
now say when the ferries will sail? The First Minister: In June, once the yards have finished. \
Anna Lind: And the cost?
"""


def test_labels_running_on_after_a_sentence_open_turns_when_the_document_repeats_them(
    tmp_path,
) -> None:
    got = _turns(tmp_path, RUN_IN)
    assert got[1:] == [
        ("Anna Lind", "Anna Lind (Westford) (Lab)", "To ask the First Ministe"),
        ("Tomas Varga", "The First Minister (Tomas Varga)", "Later today, I will trav"),
        ("Anna Lind", "Anna Lind", "I thank the First Minist"),
        ("Tomas Varga", "The First Minister", "In June, once the yards "),
        ("Anna Lind", "Anna Lind", "And the cost?"),
    ]


def test_one_colon_after_a_sentence_in_a_story_opens_no_turn(tmp_path) -> None:
    text = (
        "Ferries return to the harbour\n\nThe ferries will sail again in June. The Harbour "
        "Authority said the yards had finished. Its message was short: the ships are ready.\n\n"
        "The first crossing is planned for 3 June, the authority said.\n"
    )
    got = _turns(tmp_path, text)
    assert all(label is None for _, label, _ in got)


def test_a_file_caption_and_a_photo_credit_are_no_speakers(tmp_path) -> None:
    text = (
        "Harbour reopens to ferries\n\n"
        "FILE: The Minister of Harbours, Ms Ilse Dorn.\n\n"
        "Harbour Minister Ilse Dorn Photo: Harbour Post / Tomas Varga\n\n"
        "The harbour will reopen to ferries in June, Harbour Minister Ilse Dorn told "
        "reporters on Monday.\n\n"
        '"We are ready, and the crews are ready," Dorn said after a meeting with the yards.\n\n'
        "The ferries were withdrawn last winter after a storm damaged the quay.\n"
    )
    doc = segment(tmp_path, text)
    assert doc["kind"] != "transcript"
    assert all(t["label"] is None for t in doc["turns"])
    assert not any(t["speaker"] in ("File", "FILE") for t in doc["turns"])


def test_a_blank_line_inside_a_sentence_does_not_cut_the_paragraph(tmp_path) -> None:
    text = (
        "Harbour to reopen to ferries in June\n\nVastmark, 4 March 2022\n\n"
        "The harbour master spoke to reporters on Monday at the quay.\n\n"
        "The harbour will reopen to ferries in June, after the yards\n\n"
        "finish their work on the quay, the authority said on Monday.\n\n"
        "The ferries were withdrawn last winter.\n"
    )
    doc = segment(tmp_path, text)
    texts = [" ".join(t["text"].split()) for t in doc["turns"]]
    assert (
        "The harbour will reopen to ferries in June, after the yards finish their work on the "
        "quay, the authority said on Monday."
    ) in texts


HEADLINE = """\
27 June 2023

Ilse Dorn: Harbour talks were 'robust'

Harbour Minister Ilse Dorn says a meeting she had in March was "robust", rejecting the \
descriptions of a newspaper.

"It was a robust discussion, and we put forward the issues that matter to the port," Dorn said.

She would not comment on the ferries.
"""


def test_a_name_and_a_headline_atop_a_story_are_no_transcript(tmp_path) -> None:
    doc = segment(tmp_path, HEADLINE)
    assert doc["kind"] == "news"
    assert all(t["label"] is None for t in doc["turns"])
    assert [" ".join(t["text"].split())[:24] for t in doc["turns"]] == [
        "Harbour Minister Ilse Do",
        '"It was a robust discuss',
        "She would not comment on",
    ]


INTERVIEW = """\
Interview with Foreign Minister Ilse Dorn

Harbour Post, 4 March 2022

Harbour Post sat down with Foreign Minister Ilse Dorn at the quay on Monday.

{asker}: Minister, when will the ferries sail?

In June. The yards have finished their work, and the crews are ready.

{asker}: And the cost of the new quay?

Less than we feared. We will publish the figures next week.

{asker}: Will you meet the Ruritanian minister?

Yes, in Lindholm next month.
"""


def test_an_interviewer_labelled_by_initials_asks_and_the_interviewee_answers(tmp_path) -> None:
    doc = segment(tmp_path, INTERVIEW.format(asker="HP"))
    got = [(t["speaker"], t["label"], "question" in t["flags"]) for t in doc["turns"][1:]]
    assert got == [
        (None, "HP", True),
        ("Ilse Dorn", None, False),
        (None, "HP", True),
        ("Ilse Dorn", None, False),
        (None, "HP", True),
        ("Ilse Dorn", None, False),
    ]
    assert [t["role"] for t in doc["turns"][1:3]] == ["HP", "Foreign Minister"]


def test_a_named_interviewer_keeps_the_name_and_the_answers_are_the_interviewees(
    tmp_path,
) -> None:
    doc = segment(tmp_path, INTERVIEW.format(asker="Tomas Varga"))
    got = [(t["speaker"], "question" in t["flags"]) for t in doc["turns"][1:]]
    assert got == [("Tomas Varga", True), ("Ilse Dorn", False)] * 3


SPACED = """\
Transcript of interview with Anna Lind: Harbour Hour, Vastmark: 4 March 2022

Harbour Hour, Vastmark - interview with Anna Lind

4 March 2022


Tomas Varga with that report, and Harbour Minister Ilse Dorn joins me now from the

quay. Thank you for joining us, Minister.


Good evening Anna.


The ferries were due last winter. If the yards have still not finished, is the June

date not slipping too?


That is not the case Anna. The yards finished the hulls in January and the engines

are going in now.

We expect the first crossing on 3 June, and the crews are ready for it.


You say June. Can you promise the fares will not rise?


No, I cannot promise that today.
"""


def test_an_unlabelled_double_spaced_interview_alternates_host_and_guest(tmp_path) -> None:
    doc = segment(tmp_path, SPACED)
    got = [(t["speaker"], "question" in t["flags"]) for t in doc["turns"]]
    assert got[-5:] == [
        ("Ilse Dorn", False),
        ("Anna Lind", True),
        ("Ilse Dorn", False),
        ("Anna Lind", True),
        ("Ilse Dorn", False),
    ]
    assert " ".join(doc["turns"][-3]["text"].split()).startswith("That is not the case Anna.")
    assert " ".join(doc["turns"][-4]["text"].split()).endswith("is the June date not slipping too?")


def test_a_double_spaced_statement_with_no_interview_stays_one_speech(tmp_path) -> None:
    text = SPACED.replace("interview with", "statement by").replace("Transcript of ", "")
    doc = segment(tmp_path, text)
    assert not any("question" in t["flags"] for t in doc["turns"])


def test_a_label_in_capitals_running_on_after_a_note_opens_the_speech(tmp_path) -> None:
    text = (
        'STORY: NOTE: THIS ITEM HAS NO VOICE-OVER. HARBOUR MINISTER ILSE DORN: "The ferries '
        "will sail in June. The yards have finished their work, and the crews are ready. We "
        'will publish the figures next week."\n'
    )
    doc = segment(tmp_path, text)
    said = [t for t in doc["turns"] if t["attribution"] == "verbatim"]
    assert [(t["label"], t["text"][:18]) for t in said] == [
        ("HARBOUR MINISTER ILSE DORN", '"The ferries will ')
    ]


SHOTLIST = """\
Harbour reopens to ferries

1. Wide shot, exterior, the quay
2. SOUNDBITE (English) Ilse Dorn, Minister of Harbours, Vastmark:
"The ferries will sail in June. The yards have finished their work."
3. Med shot, exterior, journalists
4. UPSOUND (English) Crowd cheering:
"Hooray!"
5. SOUNDBITE (French), Jean Dupont, Harbour Master:
"Nous sommes prêts. Les équipages sont prêts."
"""


def test_a_shot_lists_soundbite_cue_stands_before_the_speakers_label(tmp_path) -> None:
    doc = segment(tmp_path, SHOTLIST)
    said = [(t["speaker"], t["role"], t["text"][:12]) for t in doc["turns"] if t["speaker"]]
    assert said == [
        ("Ilse Dorn", "Minister of Harbours, Vastmark", '"The ferries'),
        ("Jean Dupont", "Harbour Master", '"Nous sommes'),
    ]
    labels = [t["label"] for t in doc["turns"] if t["label"]]
    assert labels == [
        "2. SOUNDBITE (English) Ilse Dorn, Minister of Harbours, Vastmark",
        "5. SOUNDBITE (French), Jean Dupont, Harbour Master",
    ]


BRACKETED = """\
Harbour Authority briefing, 4 March 2022

[Ilse Dorn, Spokesperson]: Good morning. The ferries will sail in June.

[Reporter] When exactly in June?

[Ilse Dorn / Spokesperson] On the third, if the weather holds.

[Applause]

[Tomas Varga, Harbour Master]
Thank you. The crews are ready.
"""


def test_a_speaker_in_square_brackets_with_a_comma_or_a_slash_opens_a_turn(tmp_path) -> None:
    got = _turns(tmp_path, BRACKETED)
    assert [(who, label) for who, label, _ in got] == [
        ("Ilse Dorn", "[Ilse Dorn, Spokesperson]"),
        (None, "[Reporter]"),
        ("Ilse Dorn", "[Ilse Dorn / Spokesperson]"),
        ("Tomas Varga", "[Tomas Varga, Harbour Master]"),
    ]
    assert [start for _, _, start in got][:3] == [
        "Good morning. The ferrie",
        "When exactly in June?",
        "On the third, if the wea",
    ]


def test_a_space_before_the_colon_still_ends_the_label(tmp_path) -> None:
    text = (
        "Point de presse, 4 mars 2022\n\nIlse Dorn : Bonjour. Les ferries partiront en juin.\n\n"
        "Question : Quand exactement ?\n\nIlse Dorn : Le 3 juin, si le temps le permet.\n"
    )
    got = _turns(tmp_path, text)
    assert [(who, label) for who, label, _ in got] == [
        ("Ilse Dorn", "Ilse Dorn"),
        (None, "Question"),
        ("Ilse Dorn", "Ilse Dorn"),
    ]


def test_voice_tags_copied_into_a_page_are_labels(tmp_path) -> None:
    text = (
        "Harbour Hour podcast transcript\n\n"
        "<v Speaker 1>Welcome to the Harbour Hour. Today, the ferries.\n\n"
        "<v Ilse Dorn>Thank you. The ferries will sail in June.\n\n"
        "<v Speaker 1>And the cost?\n\n"
        "<v Ilse Dorn>Less than we feared.\n"
    )
    got = _turns(tmp_path, text)
    assert [(who, label) for who, label, _ in got] == [
        (None, "<v Speaker 1>"),
        ("Ilse Dorn", "<v Ilse Dorn>"),
        (None, "<v Speaker 1>"),
        ("Ilse Dorn", "<v Ilse Dorn>"),
    ]


EXCERPTS = """\
Envoy says the ferry talks must go on

4 March 2022

In an interview with the Harbour Post, Vastmark's ambassador to Ruritania, Tomas Varga, spoke \
about the ferries, the tariffs and the summit. Here are excerpts.

{q}: How would you describe the talks so far?

They have been frank. We do not agree on everything, but we keep talking.

{q}: Will the tariffs fall?

That is for the ministers to decide. I hope so.
"""


def test_unlabelled_answers_in_a_news_pages_excerpts_are_the_interviewees(tmp_path) -> None:
    for q in ("Q", "HP"):
        got = _turns(tmp_path, EXCERPTS.format(q=q))
        assert [(who, label) for who, label, _ in got[1:]] == [
            (None, q),
            ("Tomas Varga", None),
            (None, q),
            ("Tomas Varga", None),
        ], q


def test_a_blank_line_after_a_word_no_sentence_ends_with_does_not_cut_it(tmp_path) -> None:
    text = (
        "Harbour to reopen to ferries in June\n\nVastmark, 4 March 2022\n\n"
        "The harbour master spoke to reporters on Monday at the quay.\n\n"
        "The ferries will sail from the\n\nNorth Quay in June, the authority said on Monday.\n\n"
        "Harbour Minister Ilse Dorn speaks to reporters\n\n"
        "The ferries were withdrawn last winter.\n"
    )
    doc = segment(tmp_path, text)
    texts = [" ".join(t["text"].split()) for t in doc["turns"]]
    assert "The ferries will sail from the North Quay in June, the authority said on Monday." in (
        texts
    )
    assert "The ferries were withdrawn last winter." in texts


DESCRIBED = """\
Point de presse de la ministre, 4 mars 2022

La ministre Ilse Dorn lors de son départ pour Lindholm :
« Nous allons à une réunion très importante sur les ferries du port. »
Question : Allez-vous rencontrer le ministre ruritanien ?
La ministre : « Oui, demain matin, avant la réunion. »
Question : Et les tarifs ?
La ministre a déclaré : « Ils baisseront de moitié la première année. »
"""


def test_a_speech_verb_or_the_occasion_after_the_speaker_stays_in_the_label(tmp_path) -> None:
    got = _turns(tmp_path, DESCRIBED)
    assert [label for _, label, _ in got] == [
        "La ministre Ilse Dorn lors de son départ pour Lindholm",
        "Question",
        "La ministre",
        "Question",
        "La ministre a déclaré",
    ]
    assert got[-1][2] == "« Ils baisseront de moit"


def test_a_story_sentence_with_said_and_a_colon_is_no_label(tmp_path) -> None:
    text = (
        "Ferries to return in June\n\nVastmark, 4 March 2022\n\n"
        "The harbour will reopen to ferries in June, the authority said on Monday.\n\n"
        "Ilse Dorn said: the crews are ready and the yards have finished their work.\n\n"
        "The ferries were withdrawn last winter.\n"
    )
    doc = segment(tmp_path, text)
    assert doc["kind"] != "transcript"
    assert all(t["label"] is None for t in doc["turns"])


REPRINTED_RECORD = """\
Harbour Ferries - Vastmark Parliament

Harbour Ferries
Volume 701: debated on Tuesday 4 March 2022

Anna Lind (Westford) (Lab)
What recent assessment she has made of the ferry services to the islands.

Ilse Dorn
The Minister for Harbours

The ferries will sail again in June, once the yards have finished their work on the quay.

Anna Lind (Westford) (Lab)
I thank the Minister for that answer. Can she say what the fares will be?

Ilse Dorn
The Minister for Harbours

The fares will be published next week.
"""


def test_a_name_alone_over_its_party_or_its_office_opens_a_turn_where_printed_again(
    tmp_path,
) -> None:
    doc = segment(tmp_path, REPRINTED_RECORD)
    got = [(t["speaker"], t["role"], t["text"][:20]) for t in doc["turns"]]
    assert got == [
        ("Anna Lind", "Westford", "What recent assessme"),
        ("Ilse Dorn", "Minister for Harbours", "The ferries will sai"),
        ("Anna Lind", "Westford", "I thank the Minister"),
        ("Ilse Dorn", "Minister for Harbours", "The fares will be pu"),
    ]


def test_a_bylines_name_alone_under_the_headline_opens_no_turn(tmp_path) -> None:
    text = (
        "Ferries to return in June\n\nTomas Varga\n\n"
        "The harbour will reopen to ferries in June, the authority said on Monday.\n\n"
        '"The crews are ready," Harbour Minister Ilse Dorn said.\n'
    )
    doc = segment(tmp_path, text)
    assert all(t["label"] is None for t in doc["turns"])


def test_a_pages_field_lines_are_no_speakers_labels(tmp_path) -> None:
    text = (
        "Harbour Committee - Oral Evidence, 4 March 2022\n\n"
        "Witnesses: Ilse Dorn, Minister for Harbours, and Tomas Varga, Harbour Master.\n\n"
        "Subjects: the ferries, the quay, the fares\n\n"
        "Chair: I welcome the Minister and the Harbour Master.\n\n"
        "Ilse Dorn: Thank you. The ferries will sail in June.\n\n"
        "Next Up:\n\nFerries to return in June\n"
    )
    got = _turns(tmp_path, text)
    labels = [label for _, label, _ in got if label]
    assert labels == ["Chair", "Ilse Dorn"]


HEADED = """\
Harbour Ferries - Vastmark Parliament

Tuesday 4 March 2022

Mr Speaker: Order. Questions to the Minister for Harbours.

Ilse Dorn
The Minister for Harbours
12:05 pm, 4 March 2022

The ferries will sail again in June, once the yards have finished their work on the quay.

Anna Lind
Labour, Westford
12:06 pm, 4 March 2022

I thank the Minister for that answer. Can she say what the fares will be?

Ilse Dorn
The Minister for Harbours
12:07 pm, 4 March 2022

The fares will be published next week.
"""


def test_a_speakers_header_of_name_office_and_time_lines_is_one_label(tmp_path) -> None:
    doc = segment(tmp_path, HEADED)
    got = [(t["speaker"], t["role"], t["label"], t["text"][:14]) for t in doc["turns"][-3:]]
    assert got == [
        (
            "Ilse Dorn",
            "Minister for Harbours",
            "Ilse Dorn / The Minister for Harbours / 12:05 pm, 4 March 2022",
            "The ferries wi",
        ),
        (
            "Anna Lind",
            "Labour, Westford",
            "Anna Lind / Labour, Westford / 12:06 pm, 4 March 2022",
            "I thank the Mi",
        ),
        (
            "Ilse Dorn",
            "Minister for Harbours",
            "Ilse Dorn / The Minister for Harbours / 12:07 pm, 4 March 2022",
            "The fares will",
        ),
    ]


def test_a_greeting_under_a_name_is_speech_not_its_header(tmp_path) -> None:
    text = (
        "Harbour Hour, 4 March 2022\n\nThe minister spoke at the quay on Monday.\n\n"
        "Ilse Dorn\nGood afternoon, colleagues\n\nThe ferries will sail in June.\n\n"
        "Tomas Varga\nThank you, Minister\n\nAnd the fares?\n\n"
        "Ilse Dorn\nGood question\n\nThey will be published next week.\n"
    )
    doc = segment(tmp_path, text)
    heads = " ".join(f"{t['label']} {t['role']}" for t in doc["turns"])
    for said in ("Good afternoon", "Thank you, Minister", "Good question"):
        assert said not in heads


def test_a_short_greeting_after_the_only_label_is_still_its_speech(tmp_path) -> None:
    text = (
        "Remarks by the Harbour Minister, 4 March 2022\n\n"
        "Ilse Dorn: Thank you very much\n\n"
        "The ferries will sail again in June. The yards have finished their work.\n\n"
        "We will publish the fares next week.\n"
    )
    doc = segment(tmp_path, text)
    assert doc["kind"] == "transcript"
    assert doc["turns"][-1]["label"] == "Ilse Dorn"


def test_a_briefer_labelled_alone_who_calls_for_questions_is_no_interviewer(tmp_path) -> None:
    long = "The ferries will sail again in June, once the yards have finished their work. " * 4
    text = (
        "Harbour Authority briefing, 4 March 2022\n\n"
        f"MS. DORN: {long}Any questions?\n\nWhen exactly?\n\nOn the third.\n\n"
        f"MS. DORN: {long}Next question?\n\nAnd the fares?\n\nNext week.\n\n"
        f"MS. DORN: {long}Anyone else?\n\nNo.\n"
    )
    doc = segment(tmp_path, text)
    assert not any("question" in t["flags"] and t["label"] == "MS. DORN" for t in doc["turns"])


def test_quoted_lines_of_a_message_are_no_changes_of_voice(tmp_path) -> None:
    text = (
        "Re: ferries\n\nThe harbour master wrote back on Monday.\n\n"
        ">> the ferries will sail again in June, once the yards\n"
        ">> have finished their work on the quay and the crews\n"
        ">> are ready for the first crossing.\n"
    )
    got = _turns(tmp_path, text)
    assert sum(1 for _, label, _ in got if label) <= 1


WRAPPED = """\
Harbour Authority briefing, 4 March 2022
MS. DORN: Good morning. The ferries will sail again in June, once the yards
have finished their work on the quay and the crews are ready for the first
crossing.
QUESTION: When exactly in June, and what will the fares
be?
MS. DORN: On the third, if the weather holds. The fares will be published
next week.
"""


def test_hard_wrapped_copy_with_no_blank_lines_keeps_each_label_a_turn(tmp_path) -> None:
    doc = segment(tmp_path, WRAPPED)
    got = [(t["label"], " ".join(t["text"].split())) for t in doc["turns"]]
    assert got == [
        (
            "MS. DORN",
            "Good morning. The ferries will sail again in June, once the yards have finished "
            "their work on the quay and the crews are ready for the first crossing.",
        ),
        ("QUESTION", "When exactly in June, and what will the fares be?"),
        ("MS. DORN", "On the third, if the weather holds. The fares will be published next week."),
    ]


def test_a_heading_with_its_date_after_a_colon_is_no_label(tmp_path) -> None:
    text = (
        "Harbour Questions - Vastmark Parliament: 5th June 2014\n\n"
        "Anna Lind: To ask the Minister when the ferries will sail.\n\n"
        "Ilse Dorn: In June, once the yards have finished.\n"
    )
    got = _turns(tmp_path, text)
    assert [label for _, label, _ in got] == ["Anna Lind", "Ilse Dorn"]
