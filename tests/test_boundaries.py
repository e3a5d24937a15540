"""Turn boundaries on page texts, as a user sees them in `nrc segment FILE --format json`:
where a turn starts and ends, what is no turn at all. Each text below is made up in the shape
of a general property real pages showed (not copied from any of them)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from nrc_search.cli import main


def segment(tmp_path: Path, text: str, *options: str) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def heads(doc: dict, n: int = 24) -> list[str]:
    """The first `n` characters of every turn, whitespace collapsed."""
    return [" ".join(t["text"].split())[:n] for t in doc["turns"]]


def opens(doc: dict, *starts: str) -> None:
    """The turns are exactly as many as `starts`, each opening with its start."""
    got = [" ".join(t["text"].split()) for t in doc["turns"]]
    assert len(got) == len(starts), got
    for text, start in zip(got, starts, strict=True):
        assert text.startswith(start), (text[:60], start)


# A story saved with one paragraph per line and no blank line between them (lines of any
# length, quotes opening some of them).
ONE_PER_LINE = """\
"We are not interested in their position, frankly," the minister said on Tuesday.
He added that talks with Washington were going "absolutely normally".
"We talk to the Secretary of State and to the national security adviser.
When there is direct contact, it runs as usual," the minister said.
He stressed that the goal was a lasting peace.
"""


def test_a_story_with_one_paragraph_per_line_is_one_turn_per_line(tmp_path: Path) -> None:
    doc = segment(tmp_path, ONE_PER_LINE)
    opens(
        doc,
        '"We are not interested in the',
        "He added that talks with Wash",
        '"We talk to the Secretary of',
        "When there is direct contact,",
        "He stressed that the goal was",
    )


HARD_WRAPPED = """\
TALLINN, Sept 3 (Reuters) - The alliance would defend its Baltic members against
any attack, the Secretary General said on Wednesday. He spoke to reporters.
"An attack on one ally will be considered an attack on the whole alliance," he
said, adding that more exercises would follow in the region before the end of
the year.
The President was due to arrive in Tallinn later in the day.
"""


def test_hard_wrapped_copy_is_still_read_as_wrapped_paragraphs(tmp_path: Path) -> None:
    doc = segment(tmp_path, HARD_WRAPPED)
    opens(
        doc,
        "TALLINN, Sept 3 (Reuters) - ",
        '"An attack on one ally will b',
        "The President was due to arri",
    )


HEADLINE_TWICE = """\
News
Foreign Minister: the truce talks of the last days were not promising
2024-02-17
Foreign Minister: the truce talks of the last days were not promising
The foreign minister said on Saturday in Munich that the talks "have not been very promising".
He added, "We will always remain optimistic and continue to exert pressure."
The talks resume next week in Cairo.
"""


def test_a_headline_printed_again_is_the_title_not_a_speakers_label(tmp_path: Path) -> None:
    doc = segment(tmp_path, HEADLINE_TWICE)
    assert doc["title"] == "Foreign Minister: the truce talks of the last days were not promising"
    assert [t["label"] for t in doc["turns"]] == [None, None, None]
    opens(
        doc,
        "The foreign minister said on",
        'He added, "We will',
        "The talks resume",
    )
    assert doc["date"] == "2024-02-17"


RELEASE = """\
Press statement on the opening of the Chairmanship in Vienna

14.01.2016 - Press release

The Foreign Minister Anna Berger has travelled to Vienna today to present the programme of
the Chairmanship. She will also meet the heads of the field missions.

Foreign Minister Berger issued the following statement on 13 January:

The crises in our neighbourhood show that we take on this Chairmanship in turbulent times.

We intend to strengthen the capabilities of the organisation throughout the conflict cycle.

Statement by Ambassador John Carter at the Permanent Council on the programme.

We will work with every participating State to rebuild trust.
"""


def test_a_release_that_hands_over_to_a_statement_is_one_turn_per_paragraph(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, RELEASE)
    opens(
        doc,
        "The Foreign Minister Anna Ber",
        "Foreign Minister Berger issue",
        "The crises in our neighbourho",
        "We intend to strengthen the c",
        "We will work with every parti",
    )
    heading = "Statement by Ambassador John Carter at the Permanent Council on the programme."
    assert heading in segment(tmp_path, RELEASE, "--dropped")["dropped"]


SPEECH_PAGE = """\
Speeches

MARIA LOPEZ, SECRETARY GENERAL OF THE ORGANIZATION
AT HER INAUGURATION

May 26, 2015 - Washington, DC

A great writer once said that efforts to build bridges are never in vain. He has pointed
out that all struggles come from a lack of dialogue.

You have had the opportunity to hear about the plan we propose for the next five years.

We have five years ahead of us to face up to reality and to make it better.
"""


def test_a_speech_under_a_heading_in_capitals_is_one_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, SPEECH_PAGE)
    opens(
        doc,
        "A great writer once said that",
    )
    assert doc["turns"][0]["speaker"] == "Maria Lopez"


TIMED_TURNS = """\
Transcribe your podcast
[00:00:00]

Good morning, Minister. By the way, it is a big anniversary for you this weekend. It is fourteen years since you first became Prime Minister. I suppose you remember the day, don't you?

[00:00:08]

The date I remember is the day I became leader of the party, actually.

[00:00:20]

Let's deal with today's politics. What should happen next?
"""


def test_time_marks_between_whole_sentences_separate_the_speakers_turns(tmp_path: Path) -> None:
    doc = segment(tmp_path, TIMED_TURNS)
    opens(
        doc,
        "Good morning, Minister. By the way",
        "The date I remember is the da",
        "Let's deal with today's polit",
    )
    assert not any("[00:00" in t["text"] for t in doc["turns"])


TIMED_RUN_ON = """\
Transcript

Click on a timestamp to play from that location

0:00.0

World Service. I'm the presenter and welcome to this special edition of the

0:05.6

interview with the Foreign Minister. He is one of the great survivors of

0:11.8

politics, and he speaks for his country abroad.
"""


def test_time_marks_inside_sentences_cut_one_text_and_are_no_part_of_it(tmp_path: Path) -> None:
    doc = segment(tmp_path, TIMED_RUN_ON)
    assert [" ".join(t["text"].split()) for t in doc["turns"]] == [
        "World Service. I'm the presenter and welcome to this special edition of the "
        "interview with the Foreign Minister. He is one of the great survivors of "
        "politics, and he speaks for his country abroad."
    ]


GLUED_RECORD = """\
The meeting was called to order at 10.10 a.m.

The situation in the Middle East The President: In accordance with rule 37 of the rules of
procedure, I invite the representative of Lebanon to participate in this meeting.

I now give the floor to Ms. Amos.

Ms. Amos: The situation is a humanitarian catastrophe, with ordinary people paying the price.
"""


def test_a_record_label_glued_to_the_heading_before_it_starts_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, GLUED_RECORD)
    labelled = [(t["label"], " ".join(t["text"].split())[:24]) for t in doc["turns"] if t["label"]]
    assert labelled == [
        ("The President", "In accordance with rule "),
        ("Ms. Amos", "The situation is a human"),
    ]
    assert not any(
        t["text"].startswith("The situation in the Middle East The") for t in doc["turns"]
    )


POINTS = """\
Interview of Deputy Foreign Minister Pavel Orlov to the magazine "World Affairs"
Interview of Deputy Foreign Minister Pavel Orlov to the magazine "World Affairs"
Key theses:
• The treaty itself provides for one extension only. And this was done five years ago, so the period has been used.
• To be consistent, we can repeat the position that has been stated many times, including publicly.
• The issue of the next contact between the leaders is on the agenda. It must have a meaningful content.
"""


def test_key_points_under_a_list_heading_are_one_turn_each_of_the_titled_person(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, POINTS)
    opens(doc, "• The treaty itself", "• To be consistent", "• The issue of the next")
    assert {t["speaker"] for t in doc["turns"]} == {"Pavel Orlov"}
    assert "Key theses:" in segment(tmp_path, POINTS, "--dropped")["dropped"]


LONG_ROLES = """\
Direct line with the President

The programme was broadcast live on three TV channels and two radio stations.

During the broadcast, which lasted four hours, the President answered 74 questions.

Direct line programme host Anna Petrova: Good afternoon. You are watching Direct Line.

Evening news presenter Ivan Sokolov: Good afternoon. A year has passed since we last met here.

Abe, Asahi Shimbun: Mr President, what do you expect from the talks?

President Vladimir Ivanov: We expect a lot from them, and we are prepared.
"""


def test_long_role_labels_and_outlet_labels_start_turns_under_one_lead(tmp_path: Path) -> None:
    doc = segment(tmp_path, LONG_ROLES)
    got = [(t["speaker"], t["role"], " ".join(t["text"].split())[:24]) for t in doc["turns"]]
    assert got[0][:2] == (None, None)  # the site's narration, both paragraphs in one turn
    assert doc["turns"][0]["text"].startswith("The programme was broadcast")
    assert "the President answered 74 questions" in doc["turns"][0]["text"]
    assert got[1:] == [
        ("Anna Petrova", "Direct line programme host", "Good afternoon. You are "),
        ("Ivan Sokolov", "Evening news presenter", "Good afternoon. A year h"),
        ("Abe", "Asahi Shimbun", "Mr President, what do yo"),
        ("Vladimir Ivanov", "President", "We expect a lot from the"),
    ]
    assert doc["turns"][3]["label"] == "Abe, Asahi Shimbun"


CREDITED = """\
Foreign minister: the truce talks of recent days were not very promising

The foreign minister said on Saturday in Munich that the talks "have not been very promising" in recent days.

He added in English, "We will always remain optimistic and continue to exert pressure always."

Qatar has mediated between the sides since October, with Egypt and the United States.   © Reuters

AFP
"""


def test_a_closing_agency_credit_and_a_credited_caption_are_no_turns(tmp_path: Path) -> None:
    doc = segment(tmp_path, CREDITED)
    opens(doc, "The foreign minister said", "He added in English")
    dropped = segment(tmp_path, CREDITED, "--dropped")["dropped"]
    assert "AFP" in dropped
    assert any(d.endswith("© Reuters") for d in dropped)


SECTION = """\
International relations

Japan and China agree to hold talks at all levels to improve ties

TOKYO (Kyodo) -- The foreign ministers of Japan and China agreed Thursday that the two nations will maintain close communication, the government said.
"""


def test_a_section_name_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    assert segment(tmp_path, SECTION)["title"] == (
        "Japan and China agree to hold talks at all levels to improve ties"
    )


INLINE = """\
Full Transcript: an interview with the former Secretary

GEORGE SMITH: Madame Secretary, thanks for doing this.

JANE ROE: Pleasure to be with you.

GEORGE SMITH: What was the single hardest challenge you faced?    JANE ROE: Well, the hardest challenge was the war.
"""


def test_a_label_in_capitals_run_into_the_line_above_starts_its_own_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, INLINE)
    got = [(t["label"], " ".join(t["text"].split())) for t in doc["turns"]]
    assert got[-2:] == [
        ("GEORGE SMITH", "What was the single hardest challenge you faced?"),
        ("JANE ROE", "Well, the hardest challenge was the war."),
    ]


CREDITS = """\
Transcript: Jane Roe talks with John Doe on "World Matters"

WORLD MATTERS - JANE ROE

CORRESPONDENT: JOHN DOE

PRODUCER: ANNA BELL

JOHN DOE: Welcome to the show, Jane. It is great to have you.

JANE ROE: It is great to be back, John.

Komentari (0)
"""


def test_credit_fields_and_widget_counts_are_no_turns(tmp_path: Path) -> None:
    doc = segment(tmp_path, CREDITS)
    assert [t["label"] for t in doc["turns"]] == ["JOHN DOE", "JANE ROE"]
    assert not any("Komentari" in t["text"] for t in doc["turns"])


BRACKETS = """\
Transcript of the Minister's interview with the morning programme, 26 August 2021

Presenter (Martin Stone): Minister, great to see you. How did the visit go?

Minister: It went very well. It was a substantive visit.
"""


def test_a_role_with_the_name_in_brackets_is_that_persons_label(tmp_path: Path) -> None:
    doc = segment(tmp_path, BRACKETS)
    first = doc["turns"][0]
    assert (first["speaker"], first["role"]) == ("Martin Stone", "Presenter")
    assert first["text"].startswith("Minister, great to see you.")


OFFICE_LABELS = """\
Statements of the spokesperson at the government press conference of 29 October 2014

UN missions in Darfur and South Sudan

Wirtz (Federal Government): Today the conditions were created to extend two UN missions.

In Darfur the situation remains tense and fragile.

Question: Ms Wirtz, how many soldiers will serve in the missions?

Henjes: Thank you for your question. The ceiling stays at fifty.
"""


def test_office_in_brackets_and_an_answer_under_a_question_are_labels(tmp_path: Path) -> None:
    doc = segment(tmp_path, OFFICE_LABELS)
    got = [(t["label"], " ".join(t["text"].split())[:20]) for t in doc["turns"] if t["label"]]
    assert got == [
        ("Wirtz (Federal Government)", "Today the conditions"),
        ("Question", "Ms Wirtz, how many s"),
        ("Henjes", "Thank you for your q"),
    ]


PUBLISHED = """\
Remarks by the President at the press conference on the first 100 days of her mandate

Met dank overgenomen van de Commissie, gepubliceerd op maandag 9 maart 2020.

Good morning to all of you,

The College of Commissioners has taken office now since 100 days. I thought about how it was then.
"""


def test_a_published_on_credit_line_is_not_part_of_the_speech(tmp_path: Path) -> None:
    doc = segment(tmp_path, PUBLISHED)
    opens(doc, "Good morning to all of you,")


NAME_OVER_SPEECH = """\
The President of the Republic travelled on Thursday to Granada for the summit of the European Political Community, which he had proposed on 9 May 2022.

New forms of cooperation were discussed, on mobility and on access to culture across the continent, and on energy.

The summit was also the occasion for informal exchanges between heads of state and government in several formats.

Download the .pdf

PRESS CONFERENCE OF THE PRESIDENT OF THE REPUBLIC AT THE END OF THE SUMMIT

Emmanuel MARCHAND
Ladies and gentlemen, good evening. Thank you very much for being here.

I wanted to report on the exchanges we had today at this third summit.
"""


def test_a_name_with_the_surname_in_capitals_over_the_speech_starts_its_turn(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, NAME_OVER_SPEECH)
    speech = [t for t in doc["turns"] if t["label"]]
    assert [(t["label"], t["text"][:20]) for t in speech] == [
        ("Emmanuel MARCHAND", "Ladies and gentlemen")
    ]
    assert "I wanted to report" in speech[0]["text"]


SURNAME_LABEL = """\
Lessons From History Series: A Conversation With a Former Secretary of State

The former Secretary of State discusses leadership in the twentieth century and lessons for foreign policy.

HAASS: Well, good morning to everyone. Welcome to today's meeting of the Council.

Our guest is the former national security adviser and secretary of state.

He has written a new book on leadership, which we will discuss today.
"""


def test_one_surname_label_in_capitals_under_an_introduction_starts_a_transcript(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, SURNAME_LABEL)
    assert doc["kind"] == "transcript"
    assert [t["label"] for t in doc["turns"]] == ["HAASS"]
    assert doc["turns"][0]["text"].startswith("Well, good morning to everyone.")
    assert "Our guest is" in doc["turns"][0]["text"]


AUTHOR_BOX = """\
Inaugural visits: the minister in Paris and Brussels

After arriving in Paris on Wednesday evening, the minister said that "our partners" could "rely on the new government".

The minister is expected in Warsaw on Friday.

Johann Leitner

Political correspondent in Berlin.

The minister said she wanted to "listen above all" on her first visits.
"""


def test_an_author_box_inside_the_story_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, AUTHOR_BOX)
    opens(doc, "After arriving in Paris", "The minister is expected", "The minister said she")


STANDFIRST = """\
Taking diplomacy to the wire

Leaked telegrams from the ambassador offer a behind-the-scenes insight into what happened at one of the most crucial points in the council's recent history, writes John Miller
So what has been happening behind the closed doors of the security council in New York during what some consider to be its final outing as a place for meaningful decisions about what happens in the world?

With efforts to build a consensus dead in the water, officials have leaked documents that show what happened last week.
"""


def test_lines_too_long_to_be_wrapped_are_paragraphs_whatever_they_end_with(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, STANDFIRST)
    texts = [" ".join(t["text"].split()) for t in doc["turns"]]
    assert any(t.startswith("So what has been happening") for t in texts)
    assert not any("writes John Miller So what" in t for t in texts)


HEARING = """\
Oral Evidence taken before the Foreign Affairs Committee on Wednesday 18 April 2012

Q169 Chair: I welcome members of the public to this session of the Committee.

Alistair Burton: How appropriate to what we are discussing.

Q170 Chair: Exactly. Could I start the ball rolling with Egypt?
"""


def test_a_question_number_before_a_label_stays_with_the_label(tmp_path: Path) -> None:
    doc = segment(tmp_path, HEARING)
    assert [(t["label"], t["text"][:12]) for t in doc["turns"]] == [
        ("Q169 Chair", "I welcome me"),
        ("Alistair Burton", "How appropri"),
        ("Q170 Chair", "Exactly. Cou"),
    ]


OWN_HANDOVER = """\
Statement by the Foreign Minister on the situation in the region

We are deeply concerned by the events of recent days in the region.

Let me say the following:

First, we call on all sides to exercise restraint and return to the negotiating table.

Second, we stand ready to support every effort towards a lasting settlement.
"""


def test_a_speakers_own_handover_keeps_the_statement_one_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, OWN_HANDOVER)
    assert len(doc["turns"]) == 1
    assert "Let me say the following:" in doc["turns"][0]["text"]


DATELINE_COLON = """\
Lavrov says talks will go on

Moscow (Reuters): Russian Foreign Minister Sergei Lavrov said on Tuesday that talks with Washington would continue next month in Geneva.

"We are ready to work," he told reporters.

The talks were suspended in March.
"""


def test_a_dateline_with_its_agency_in_brackets_is_no_speaker_label(tmp_path: Path) -> None:
    doc = segment(tmp_path, DATELINE_COLON)
    assert doc["kind"] == "news"
    assert [t["label"] for t in doc["turns"]] == [None, None, None]
    assert doc["turns"][0]["text"].startswith("Moscow (Reuters): Russian Foreign Minister")


BYLINE_CAPS = """\
Le ministre à Berlin

Jean DUPONT
Le ministre des Affaires étrangères s'est rendu mardi à Berlin pour des entretiens avec son homologue.

Les deux ministres ont évoqué la situation en Ukraine.

Ils se retrouveront en mars.
"""


def test_a_byline_with_the_surname_in_capitals_under_the_headline_is_no_speaker(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, BYLINE_CAPS)
    assert doc["kind"] != "transcript"
    assert [t["label"] for t in doc["turns"]] == [None, None, None]


PUBLISHED_IN_STORY = """\
Report on the crisis

The ministers met on Tuesday in Brussels to discuss the crisis in the region and its costs.

The report, published on 9 March 2020, found that the costs had doubled.

They will meet again in June.
"""


def test_a_story_sentence_that_mentions_a_publication_date_stays_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, PUBLISHED_IN_STORY)
    assert any(t["text"].startswith("The report, published on") for t in doc["turns"])
