"""Who each turn belongs to, as `nrc segment --format json` shows it: news attribution to
institutions and unnamed sources, and office-only speaker labels. Small made-up documents,
one per failure class."""

from __future__ import annotations

import json

from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.ingest import parse_text

MINISTRY_STORY = """\
Ministers discuss the talks by phone

MOSCOW, May 17, 2025 - The two foreign ministers discussed the results of the talks in a phone \
conversation, the Russian Foreign Ministry said on Saturday.

"The conversation was held at the initiative of the American side," the ministry noted.

"The sides agreed to stay in touch."

The talks in Istanbul were the first in three years.
"""


def _turns(tmp_path, name: str, text: str) -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["turns"]


def test_a_quote_credited_to_an_institution_is_its_quote(tmp_path) -> None:
    turns = _turns(tmp_path, "ministry.txt", MINISTRY_STORY)
    got = [(t["speaker"], t["role"], t["attribution"]) for t in turns]
    assert got == [
        (None, "Russian Foreign Ministry", "reported"),  # its report (README "News stories")
        (None, "Russian Foreign Ministry", "quoted"),  # "the ministry noted": the same one
        (None, "Russian Foreign Ministry", "quoted"),  # a quote alone: the last source's
        (None, None, "narration"),
    ]


UNNAMED_STORY = """\
Officials stress dialogue

SEOUL, Aug. 22, 2019 - Unification Minister Kim Yeon-chul said on Thursday that talks were \
the only way forward.

A ministry official stressed while meeting reporters that cooperation would continue.

The official said the speculation about new talks was premature.

Kim Yeon-chul will travel to Washington next week.
"""


def test_an_unnamed_source_is_never_the_last_named_person() -> None:
    doc = parse_text(UNNAMED_STORY, "unnamed.txt")
    got = [(t.speaker, t.role, t.attribution) for t in doc.turns]
    assert got[0][0] == "Kim Yeon-chul"
    assert got[1] == (None, "Ministry Official", "reported")  # the label, without its article
    assert got[2] == (None, "Ministry Official", "reported")  # "the official": the same source
    assert got[3] == (None, None, "narration")


DOORSTOP = """\
Doorstop interview, Canberra, 20 March 2023

JANE ROWE, MINSTER FOR VETERANS: Good morning, it is good to be here.

JOURNALIST: How many people will the campaign reach?

MINSTER FOR VETERANS: Many thousands, we hope.

JOURNALIST: And when does it start?

MINSTER FOR VETERANS: Next week.
"""


def test_an_office_only_label_is_the_person_an_earlier_label_gave_it(tmp_path) -> None:
    turns = _turns(tmp_path, "doorstop.txt", DOORSTOP)
    answers = [t for t in turns if "question" not in t["flags"]]
    assert [t["speaker"] for t in answers] == ["Jane Rowe"] * 3  # the label's typo and all
    assert {t["role"] for t in answers} == {"Minster for Veterans"}


ENCOUNTER = (
    "SG: Good afternoon. "
    + "I know you are all keen to hear what I feel about the game last night. " * 8
    + "\nQ: Will you meet the Iranian Foreign Minister today?\n"
    "SG: I will. We will discuss the nuclear issue and what the United Nations can do.\n"
)  # the organisation named only far into the body, below the page's opening


def test_a_secretary_general_label_resolves_through_the_office_table() -> None:
    doc = parse_text(ENCOUNTER, "press-encounter-2006-06-27.txt")
    sg = [t for t in doc.turns if "question" not in t.flags]
    assert [t.speaker for t in sg] == ["Kofi Annan", "Kofi Annan"]
    assert "office-table" in sg[0].flags


def test_a_clerical_title_is_no_part_of_the_name() -> None:
    story = (
        "Minister denies talks\n\nTEHRAN, May 20, 2002 - Intelligence Minister Hojatoleslam "
        'Ali Yunesi said on Monday that "these reports are rumours".\n\n'
        "Parliament will debate the reports next week.\n"
    )
    doc = parse_text(story, "yunesi.txt")
    assert doc.turns[0].speaker == "Ali Yunesi"


def test_a_surname_spelled_with_accents_is_the_person_named_without() -> None:
    story = (
        "Minister calls for withdrawal\n\nANKARA, Oct. 5, 2020 - Turkish Foreign Minister Mevlut "
        "Cavusoglu said on Monday that the talks had failed.\n\n"
        "Minister Çavuşoğlu added that the allies should act.\n\n"
        "The meeting lasted two hours.\n"
    )
    doc = parse_text(story, "cavusoglu.txt")
    assert [t.speaker for t in doc.turns] == ["Mevlut Cavusoglu", "Mevlut Cavusoglu", None]


ON_THE_PLANE = """\
No name, and not much to say

JERUSALEM, Oct. 14, 2007 - Reporters travelling with Secretary of State Condoleezza Rice \
were briefed in the hotel basement tonight.

"We mostly just listened," said the senior State Department official.

He said it was "premature" to assess the progress of the talks.

Rice flies to Cairo on Monday.
"""


def test_a_definite_unnamed_official_and_his_pronoun_are_never_the_named_person() -> None:
    doc = parse_text(ON_THE_PLANE, "plane.txt")
    got = [(t.speaker, t.role, t.attribution) for t in doc.turns]
    assert got[1] == (None, "Senior State Department Official", "quoted")
    assert got[2] == (None, "Senior State Department Official", "quoted")  # "He said"


def test_a_speech_verb_of_another_language_credits_the_paragraph() -> None:
    story = (
        "Lavrov o dijalogu\n\nMOSKVA, 20. maja 2025 - Šef ruske diplomatije Sergej Lavrov "
        "govorio je novinarima.\n\n"
        '"Dijalog teče normalno", rekao je Lavrov.\n\n'
        "Sastanak je trajao dva sata.\n"
    )
    doc = parse_text(story, "lavrov.txt")
    assert (doc.turns[1].speaker, doc.turns[1].attribution) == ("Sergej Lavrov", "quoted")


def test_a_pronoun_never_means_someone_named_after_it() -> None:
    story = (
        "Students come home\n\nNEW DELHI, May 17, 2024 - The evacuation of students ended on "
        "Friday.\n\n"
        "He said Prime Minister Narendra Modi had called both presidents.\n\n"
        "Flights resume next week.\n"
    )
    doc = parse_text(story, "evacuation.txt")
    assert doc.turns[1].speaker != "Narendra Modi"


def test_a_time_mark_in_a_label_is_part_of_the_label(tmp_path) -> None:
    text = (
        "Department Press Briefing, July 25, 2023\n\n"
        "Speaker 2 (00:02):\n\nGood afternoon everybody. I have one brief announcement.\n\n"
        "Speaker 1 (01:40):\n\nThank you. What about the talks?\n\n"
        "MATTHEW MILLER [01:52]: They continue next week.\n"
    )
    turns = _turns(tmp_path, "briefing.txt", text)
    assert [(t["role"], t["text"][:8]) for t in turns] == [
        ("Speaker 2", "Good aft"),
        ("Speaker 1", "Thank yo"),
        (None, "They con"),
    ]
    assert turns[2]["speaker"] == "Matthew Miller"
    assert turns[0]["label"] == "Speaker 2 (00:02)"


def test_numbered_voices_are_the_named_briefer_and_the_questioners() -> None:
    text = (
        "Department Press Briefing with Spokesperson Matthew Miller, July 25, 2023\n\n"
        "Speaker 2 (00:02):\n\nGood afternoon everybody. I have one brief announcement and then "
        "I am happy to take your questions on the trip, the talks and the sanctions.\n\n"
        "Speaker 1 (01:40):\n\nWhat about the talks?\n\n"
        "Speaker 2 (01:44):\n\nThey continue next week in Geneva, as planned.\n"
    )
    doc = parse_text(text, "briefing.txt")
    got = [(t.speaker, "question" in t.flags) for t in doc.turns]
    assert got == [("Matthew Miller", False), (None, True), ("Matthew Miller", False)]
    assert doc.turns[1].label == "Speaker 1 (01:40)"  # the label stays what the page printed


def test_a_list_under_a_heading_that_credits_it_is_that_persons() -> None:
    text = (
        "Briefing highlights\n\nThe main points of Maria Zakharova's remarks at the briefing:\n\n"
        "Russia does not expect any change in relations with London;\n\n"
        'The Europeans are trying to "dictate their terms" on Ukraine;\n\n'
        "Moscow will answer any new sanctions.\n"
    )
    doc = parse_text(text, "points.txt")
    assert [(t.speaker, t.attribution) for t in doc.turns] == [
        (None, "narration"),  # the heading: the outlet's words
        ("Maria Zakharova", "reported"),
        ("Maria Zakharova", "quoted"),
        ("Maria Zakharova", "reported"),
    ]


def test_a_role_described_before_the_name_is_the_speakers_role() -> None:
    story = (
        "Kremlin to consider the offer\n\nMOSCOW, July 9, 2019 - A spokesman for the Russian "
        "president, Dmitry Peskov, said on Tuesday that the initiative would be considered.\n\n"
        "The talks are expected next month.\n"
    )
    doc = parse_text(story, "peskov.txt")
    first = doc.turns[0]
    assert (first.speaker, first.role) == ("Dmitry Peskov", "spokesman for the Russian president")


def test_french_question_and_answer_labels() -> None:
    text = (
        "Point de presse du porte-parole Jean Dupont, 11 janvier 2022\n\n"
        "Q : La diplomatie russe a-t-elle répondu ?\n\n"
        "R : Je vous renvoie à la déclaration du ministre.\n"
    )
    doc = parse_text(text, "point.txt")
    assert ["question" in t.flags for t in doc.turns] == [True, False]
    assert doc.turns[1].speaker != "R"  # "R" is the answer, never a person named R


def test_a_long_office_before_the_name_stays_the_role() -> None:
    text = (
        "Spokesperson's Press Briefing (February 20, 2018)\n\n"
        "Spokesperson and Deputy Minister for Public Relations Noh Kyu-duk\n\n"
        "Good afternoon. Let me start today's briefing.\n\n"
        "The Munich Security Conference was held last weekend, and our minister attended it.\n"
    )
    doc = parse_text(text, "briefing.txt")
    assert doc.turns[0].speaker == "Noh Kyu-duk"
    assert "Public Relations" in (doc.turns[0].role or "")


def test_a_newspaper_label_is_a_question_that_keeps_the_outlet() -> None:
    text = (
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on October 18, 2024\n\n"
        "Mao Ning: Good afternoon. I have one announcement.\n\n"
        "Asahi Shimbun: It has been a month since the incident. Is there any progress?\n\n"
        "Mao Ning: The case is being handled according to law.\n"
    )
    doc = parse_text(text, "presser.txt")
    asked = doc.turns[1]
    assert (asked.speaker, asked.role, "question" in asked.flags) == (None, "Asahi Shimbun", True)


def test_a_people_named_before_a_pronoun_is_not_the_speaker() -> None:
    story = (
        "Kuleba on grain\n\nKYIV, July 13, 2022 - Ukrainian Foreign Minister Dmytro Kuleba said "
        "on Wednesday that grain exports would resume.\n\n"
        "Moscow is offering Ukrainians Russian passports in the occupied cities, he said.\n\n"
        "The talks resume next week.\n"
    )
    doc = parse_text(story, "grain.txt")
    assert doc.turns[1].speaker == "Dmytro Kuleba"


def test_a_description_with_the_is_never_a_persons_name() -> None:
    story = (
        "Kyiv names a condition\n\nKYIV, June 1, 2021 - Vladimir Putin received the proposal "
        "on Monday.\n\n"
        "In April, Zelenskiy invited Putin to Donbass. The Russian President replied that Kyiv "
        "should talk to the separatists.\n\n"
        "The talks resume next week.\n"
    )
    doc = parse_text(story, "condition.txt")
    assert doc.turns[1].speaker in (None, "Vladimir Putin")  # not "Donbass The Russian President"


def test_q_dot_labels_with_a_colon_or_spanish_marks_inside_the_question() -> None:
    text = (
        "Doorstep by High Representative Josep Borrell, 9 December 2019\n\n"
        "Q. Do you have a proposal on Turkey?\n\n"
        "We already delivered a communication on that.\n\n"
        "Q. Learning the language of power: what does that imply?\n\n"
        "It means being able to react with all the tools we have.\n\n"
        "Q. ¿Confía usted en que haya un acuerdo?\n\n"
        "Esperamos que haya avances.\n"
    )
    doc = parse_text(text, "doorstep.txt")
    got = [("question" in t.flags, t.speaker) for t in doc.turns]
    assert got == [(True, None), (False, "Josep Borrell")] * 3


def test_a_quote_a_named_person_is_credited_with_is_not_the_institutions() -> None:
    story = (
        "Medvedev to attend the council\n\nMOSCOW, November 20, 2010 - The president will "
        'arrive in Lisbon in the afternoon, the Kremlin said. "It is assumed that the '
        'discussion will confirm the relevance of the council," presidential aide Sergei '
        "Prikhodko said.\n\n"
        "The council was created in 2002.\n"
    )
    doc = parse_text(story, "rnc.txt")
    assert doc.turns[0].attribution != "quoted" or doc.turns[0].speaker == "Sergei Prikhodko"


def test_a_statement_keeps_the_fullest_role_its_page_gives() -> None:
    text = (
        "Remarks by Ambassador Linda Thomas-Greenfield at the UN Security Council\n\n"
        "Ambassador Linda Thomas-Greenfield\nU.S. Representative to the United Nations\n"
        "New York, New York\nAugust 31, 2023\n\n"
        "Before adjourning the meeting, I would like to thank the members of the Council.\n\n"
        "It has been a busy month, and we rallied to consensus on several issues.\n"
    )
    doc = parse_text(text, "remarks.txt")
    assert (doc.turns[0].speaker, doc.turns[0].role) == (
        "Linda Thomas-Greenfield",
        "U.S. Representative to the United Nations",
    )


def test_an_office_only_speech_heading_resolves_through_the_office_table() -> None:
    text = (
        "Defence Secretary Keynote Speech at DSEI 2017 – 13 September\n\n"
        "Ministry of Defence\n13 September 2017\n\n"
        "It is a huge pleasure to be back at this exhibition in London.\n\n"
        "Since we were last here the UK has had two elections, and I have said that we will "
        "keep investing.\n\n"
        "As the Prime Minister said last week, we will meet our commitment to NATO.\n\n"
        "We will also build new frigates, and I am proud of the yards that build them.\n"
    )
    doc = parse_text(text, "dsei.txt")
    assert (doc.turns[0].speaker, doc.turns[0].role) == ("Michael Fallon", "Defence Secretary")
