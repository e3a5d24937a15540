"""Speaker labels and the roles a transcript gives its people, as `nrc segment --format json`
shows them: a numbered question before the label, a participants list above the speech, one
person across spellings, and a journalist or interviewer labelled by name. Small made-up
documents in the house styles of hearings, think-tank events and broadcast interviews."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.ingest.cast import cast_list, described
from nrc_search.ingest.labels import bare_label, match_label


def _turns(tmp_path, text: str) -> list[dict]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["turns"]


COMMITTEE = """\
Defence Committee - Minutes of Evidence

Oral Evidence

Taken before the Defence Committee on Wednesday 9 May 2012

Members present:

Jane Marlow (Chair)

Mr Tom Pryce

Witnesses: Peter Hollis MP, Minister for the Armed Forces, gave evidence.

Q12 Chair: Good morning, Minister. Thank you for coming back to the Committee so soon.

Peter Hollis: It is a pleasure to be here again.

Q13 Chair: Could you tell us where the review stands today?

Peter Hollis: The review will report to Parliament before the summer recess.
"""


def test_a_numbered_committee_question_names_the_member_in_the_chair(tmp_path) -> None:
    turns = _turns(tmp_path, COMMITTEE)
    got = [(t["speaker"], t["role"], t["label"]) for t in turns if t["label"]]
    assert got == [
        ("Jane Marlow", "Chair", "Q12 Chair"),
        ("Peter Hollis", "Minister for the Armed Forces", "Peter Hollis"),
        ("Jane Marlow", "Chair", "Q13 Chair"),
        ("Peter Hollis", "Minister for the Armed Forces", "Peter Hollis"),
    ]


@pytest.mark.parametrize(
    ("line", "label", "role", "rest"),
    [
        ("Q169 Chair: I welcome you.", "Q169 Chair", "Chair", "I welcome you."),
        ("Q7. Mike Gapes: Minister, one more.", "Q7. Mike Gapes", None, "Minister, one more."),
        ("T2 Mr Bob Ainsworth: Thank you.", "T2 Mr Bob Ainsworth", None, "Thank you."),
    ],
)
def test_a_question_number_is_part_of_the_label(line, label, role, rest) -> None:
    lab = match_label(line)
    assert lab is not None
    assert (lab.label, lab.role, line[lab.rest :].strip()) == (label, role, rest)


EVENT = """\
Full transcript of the event "Europe After the Summit", hosted at the Council.

Daniel Weber,
Executive Vice President,
Transatlantic Council

Kolinda Grabar-Kitarovic, Assistant Secretary General for Public Diplomacy, NATO

Transcript by
Federal News Service

DANIEL WEBER: Good afternoon, everyone. It is a delight to welcome you today.

KOLINDA GRABAR-KITAROVIĆ: Thank you, Daniel. What a remarkable day this has been.

DANIEL WEBER: Thank you. We will now take questions from the floor.
"""


def test_a_participants_list_gives_the_roles_name_only_labels_leave_out(tmp_path) -> None:
    turns = _turns(tmp_path, EVENT)
    got = [(t["speaker"], t["role"]) for t in turns]
    assert got == [
        ("Daniel Weber", "Executive Vice President, Transatlantic Council"),
        # the label's accents aside, the person the heading names, under its spelling
        ("Kolinda Grabar-Kitarovic", "Assistant Secretary General for Public Diplomacy"),
        ("Daniel Weber", "Executive Vice President, Transatlantic Council"),
    ]


@pytest.mark.parametrize(
    ("lines", "pairs"),
    [
        (["Richard Ottaway (Chair)", "Mr Bob Ainsworth"], [("Chair", "Richard Ottaway")]),
        (
            ["Juju Chang", "", "Coanchor, Nightline, ABC News"],
            [("Coanchor, Nightline, ABC News", "Juju Chang")],
        ),
        (
            [
                "SPEAKERS Heather Conley Senior Vice President for Europe, CSIS",
                "Bob Schieffer Trustee, CSIS",
            ],
            [
                ("Senior Vice President for Europe, CSIS", "Heather Conley"),
                ("Trustee, CSIS", "Bob Schieffer"),
            ],
        ),  # a table of speakers flattened to one line a row
        (["Don Pollard", "Blessing"], []),  # one word that holds no office: no role
        (["Welcome to the Council of Europe"], []),
        (["Tuesday, May 8, 2018", "Washington, D.C."], []),
        (["Yuexiu Park Lantern Festival", "Remarks by Ambassador Zhang Jun at the UN"], []),
    ],
)
def test_cast_list(lines, pairs) -> None:
    assert cast_list(lines) == pairs


FORUM = """\
How Worried Should You Be?

Richard N. Haass, president of the Council, discusses the state of the world with Juju Chang.

CHANG: Good evening, everyone. I will have a short conversation with Richard Haass, and then \
we will open the floor.

HAASS: Thank you, Juju. Great to see so many of you back here again.

CHANG: Let us begin with the Korean peninsula.
"""


def test_one_person_spelled_with_and_without_a_middle_initial(tmp_path) -> None:
    turns = _turns(tmp_path, FORUM)
    assert [t["speaker"] for t in turns][1] == "Richard Haass"  # not a bare "Haass"


INTERVIEW = """\
Transcript of Foreign Minister Anna Lindqvist's Interview With Morning Report, 3 May 2021

Presenter (Tom Reed): Minister, welcome to the programme.

Minister: Thank you, it is good to be here.

Tom Reed: Indeed. Let us start with the visit. How did it go?

Minister: It went very well. We reviewed trade, defence and the pandemic together, and we \
agreed to meet again before the end of the year to take the work further.

Tom Reed: That is good to know.

Minister: It is. We have a great deal of work in front of us, and both governments know it.
"""


def test_an_interviewer_labelled_by_name_asks(tmp_path) -> None:
    turns = _turns(tmp_path, INTERVIEW)
    reed = [t for t in turns if t["speaker"] == "Tom Reed"]
    assert reed and all("question" in t["flags"] for t in reed)
    minister = [t for t in turns if t["speaker"] == "Anna Lindqvist"]
    assert minister and not any("question" in t["flags"] for t in minister)


PANEL = """\
Press conference on the budget, 12 March 2020

Jonas Berg: Good morning. I will set out the budget and then take your questions.

Jonas Berg: The budget raises spending on schools and hospitals by four per cent. It also \
lowers the tax on the smallest firms, and it keeps the deficit under one per cent.

Maria Holm: Thank you. Minister, will the deficit rule survive the next recession?

Jonas Berg: The rule has survived two recessions already, and I expect it to survive a third.

Maria Holm: And the schools?

Jonas Berg: The schools get the money from September, as the bill says.
"""


def test_a_journalist_labelled_by_name_asks_and_the_minister_answers(tmp_path) -> None:
    turns = _turns(tmp_path, PANEL)
    flags = {t["speaker"]: "question" in t["flags"] for t in turns}
    assert flags == {"Jonas Berg": False, "Maria Holm": True}


BRIEFING = """\
Press Conference by Prime Minister Kenji Mori

[Provisional Translation]

MODERATOR: We shall now begin the press conference. Prime Minister, please.

Opening Statement by Prime Minister Kenji Mori

Good evening, everyone. The Diet session closed the other day, and I would like to report.

The budget passed on time, and the reform bills passed with it.

MODERATOR: We will now take questions.
"""


def test_a_heading_naming_the_speaker_opens_their_turn(tmp_path) -> None:
    turns = _turns(tmp_path, BRIEFING)
    got = [(t["speaker"], t["role"], t["text"][:12]) for t in turns]
    assert got == [
        (None, "Moderator", "We shall now"),
        ("Kenji Mori", "Prime Minister", "Good evening"),
        (None, "Moderator", "We will now "),
    ]
    assert turns[1]["label"] == "Opening Statement by Prime Minister Kenji Mori"
    assert "The budget passed on time" in turns[1]["text"]


@pytest.mark.parametrize(
    ("line", "speaker", "role"),
    [
        ("Remarks by the Secretary General", None, "Secretary General"),
        ("Statement by Ambassador Zhang Jun at the UN Security Council", "Zhang Jun", "Ambassador"),
        ("Speech by the Minister for Foreign Affairs", None, "Minister for Foreign Affairs"),
        ("Statement by the Press Office", None, None),  # an office, no speaker: no label
        # a UN record's heading over the chair's welcome: the speaker's own label follows
        ("Address by Mr. Joseph R. Biden, President of the United States", None, None),
    ],
)
def test_speech_headings_as_labels(line, speaker, role) -> None:
    lab = bare_label(line)
    got = (lab.name, lab.role) if lab else (None, None)
    assert got == (speaker, role)


PRESSER = """\
Press Conference by Foreign Press Secretary Yasuhisa Kawamura

Shinzo Abe attended the summit.

Abe, Asahi Shimbun: The ministry has sent an official to Dhaka. What will the official do there?

Foreign Press Secretary Kawamura: The official will support the families of the victims.

Sato, NHK: Is there any change to the travel advice?

Foreign Press Secretary Kawamura: The travel advice stays as it is for now.
"""


def test_a_surname_and_an_outlet_label_a_journalist(tmp_path) -> None:
    turns = _turns(tmp_path, PRESSER)
    asked = [(t["speaker"], t["role"]) for t in turns if "question" in t["flags"]]
    # the journalist Abe is never the Prime Minister the page also names
    assert asked == [("Abe", "Asahi Shimbun"), ("Sato", "NHK")]
    answered = {t["speaker"] for t in turns if t["label"] and "question" not in t["flags"]}
    assert answered == {"Yasuhisa Kawamura"}


BACKGROUND = """\
Background Briefing on the Secretary's Travel to Asia

Special Briefing
Office of the Spokesperson
March 14, 2017

MODERATOR: Thanks, everyone, for joining us. We have two senior officials with us today.

SENIOR STATE DEPARTMENT OFFICIAL ONE: Thank you. The Secretary will visit Tokyo, Seoul and Beijing.

SENIOR STATE DEPARTMENT OFFICIAL #2: And in Beijing he will meet his counterpart.

QUESTION (Matt Lee, AP): Will he raise the missile tests?

SENIOR STATE DEPARTMENT OFFICIAL ONE: He will raise them at every stop.

Question from the floor: What about trade?

SENIOR STATE DEPARTMENT OFFICIAL #2: Trade will come up in Beijing.
"""


def test_anonymous_officials_keep_their_label_and_questions_their_asker(tmp_path) -> None:
    turns = _turns(tmp_path, BACKGROUND)
    got = [(t["speaker"], t["role"], "question" in t["flags"]) for t in turns]
    assert got == [
        (None, "Moderator", False),
        (None, "Senior State Department Official 1", False),  # "ONE" and "#2" told apart
        (None, "Senior State Department Official 2", False),
        ("Matt Lee", "AP", True),  # "QUESTION (Matt Lee, AP):"
        (None, "Senior State Department Official 1", False),
        (None, None, True),  # "Question from the floor:"
        (None, "Senior State Department Official 2", False),
    ]


TIMED = """\
Joe Biden Remarks on the Economy Transcript

Joe Biden: (00:02)
Good afternoon. Today I want to talk about the economy and the jobs report.

Reporter 1: (01:15)
Mr. President, what about inflation?

Joe Biden: (01:20)
Inflation is coming down, and wages are going up.
"""


def test_a_time_mark_after_the_label_stays_with_the_label(tmp_path) -> None:
    turns = _turns(tmp_path, TIMED)
    got = [(t["speaker"], t["label"], "question" in t["flags"], t["text"][:12]) for t in turns]
    assert got == [
        ("Joe Biden", "Joe Biden (00:02)", False, "Good afterno"),
        (None, "Reporter 1 (01:15)", True, "Mr. Presiden"),
        ("Joe Biden", "Joe Biden (01:20)", False, "Inflation is"),
    ]
    assert not any("(0" in t["text"] for t in turns)


@pytest.mark.parametrize(
    ("line", "label", "rest"),
    [
        ("00:02:11 Joe Biden: Thank you.", "00:02:11 Joe Biden", "Thank you."),
        (
            "[14:00:00] FAREED ZAKARIA, CNN HOST: Welcome.",
            "[14:00:00] FAREED ZAKARIA, CNN HOST",
            "Welcome.",
        ),
        ("Joe Biden: [00:02:11] Thank you.", "Joe Biden [00:02:11]", "Thank you."),
    ],
)
def test_timestamps_in_labels(line, label, rest) -> None:
    lab = match_label(line)
    assert lab is not None
    assert (lab.label, line[lab.rest :].strip()) == (label, rest)


WHITE_HOUSE = """\
Remarks by the President at a Press Conference

The White House
Office of the Press Secretary

March 3, 2014

THE PRESIDENT: Good afternoon, everybody.

Q: Mr. President, will you call the Russian President?

THE PRESIDENT: I spoke with him yesterday.
"""


def test_an_office_in_capitals_with_its_article_is_the_office_holder(tmp_path) -> None:
    turns = _turns(tmp_path, WHITE_HOUSE)
    got = [(t["speaker"], t["role"]) for t in turns]
    assert got == [("Barack Obama", "President"), (None, None), ("Barack Obama", "President")]


RADIO = """\
Minister for Defence Senator the Hon Peter Lane

Radio interview with Jane Moss, Morning Show

30 July 2014

MOSS:
Defence Minister Peter Lane is on the line. We spoke earlier in the week with the shadow minister \
about building submarines here, and since then quite a few other issues have come up in the \
portfolio, from the budget to the new patrol boats and the review of the bases in the north.

LANE:
Good morning Jane.

MOSS:
Thank you for joining us. Before we get to submarines, how concerned are you about the review?

LANE:
We are watching it closely.

MOSS:
The shadow minister said last night that this was the biggest test in years. Do you agree?

LANE:
I certainly agree with that.
"""


def test_the_host_of_an_interview_with_the_headings_minister_asks(tmp_path) -> None:
    turns = _turns(tmp_path, RADIO)
    got = {(t["speaker"], "question" in t["flags"]) for t in turns}
    assert got == {("Jane Moss", True), ("Peter Lane", False)}  # the host says more, yet asks


CONVERSATION = """\
Full Transcript: Tom Hale and Ruth Ames

HALE: Welcome to the programme. It has been a long year for you.

AMES: It has. But who would have thought we would be here? We worked very hard for it.

HALE: What comes next?

AMES: More work, and a great deal of it, with the same people.

HALE: We will be watching closely, and so will the voters in the autumn.

AMES: I know they will.
"""


def test_the_heading_names_the_interviewer_first_who_then_asks(tmp_path) -> None:
    turns = _turns(tmp_path, CONVERSATION)
    asked = {t["speaker"] for t in turns if "question" in t["flags"]}
    assert "Ruth Ames" not in asked  # one rhetorical question makes no questioner


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The following is a transcript of an interview with former Secretary of State "
            "Condoleezza Rice.",
            "Condoleezza Rice",
            "former Secretary of State",
        ),
        (
            "Apparently former US ambassador to Ukraine, Marie Yovanovitch drinks her coffee",
            "Marie Yovanovitch",
            "former US ambassador to Ukraine",
        ),
        (
            "I'm Richard Haass, president of the Council. And",
            "Richard Haass",
            "president of the Council",
        ),
        (
            "Richard N. Haass, president of the Council on Foreign Relations, discusses",
            "Richard Haass",
            "president of the Council on Foreign Relations",
        ),
        ("Dear friends, Jens Stoltenberg, welcome.", "Jens Stoltenberg", None),
        ("Jens Stoltenberg, Norway, and the US.", "Jens Stoltenberg", None),
        ("We met Richard Haass yesterday.", "Richard Haass", None),
    ],
)
def test_the_office_the_narration_gives_a_name(text, name, role) -> None:
    assert described(text, name) == role


CONVERSATION_WITH_ROLE = """\
Full Transcript: Tom Hale and Ruth Ames

The following is a transcript of Tom Hale's interview with former Secretary of State Ruth Ames.

TOM HALE: Welcome to the programme.

RUTH AMES: Pleasure to be with you.

TOM HALE: What comes next?

RUTH AMES: More work.
"""


def test_a_name_only_label_takes_the_office_the_introduction_gives(tmp_path) -> None:
    turns = _turns(tmp_path, CONVERSATION_WITH_ROLE)
    roles = {t["speaker"]: t["role"] for t in turns if t["label"]}
    assert roles == {"Tom Hale": None, "Ruth Ames": "former Secretary of State"}
