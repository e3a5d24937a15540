"""General properties of documents that real pages showed the segmenter getting wrong, each
checked as a user sees it: the turns of `nrc segment FILE --format json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main


def segment(tmp_path: Path, text: str, name: str = "doc.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def starts(doc: dict) -> list[tuple[str | None, str, str]]:
    """(speaker, attribution, first 30 characters) of every turn."""
    return [
        (t["speaker"], t["attribution"], " ".join(t["text"].split())[:30]) for t in doc["turns"]
    ]


JOINT = """NATO-Russia set on path towards strategic partnership

The third summit of the Council took place in Lisbon on 20 November 2010. At the end of it,
President Dmitri Medvedev of Russia and his counterparts from the other member states issued
a joint statement.

In this statement, the leaders pledged to work towards a true strategic partnership.

Second, they agreed on a joint ballistic missile threat assessment and decided to resume
Theatre Missile Defence Cooperation.

Third, participants reconfirmed a shared determination to assist in the stabilisation of
Afghanistan and the whole region.
"""


def test_a_joint_statement_several_people_issued_is_reported_not_one_persons_speech(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, JOINT)
    assert [(s, a) for s, a, _ in starts(doc)] == [(None, "narration")] * 4
    assert [t[2] for t in starts(doc)][2:] == [
        "Second, they agreed on a joint",
        "Third, participants reconfirme",
    ]


SOLO = JOINT.replace(" and his counterparts from the other member states", "").replace(
    "In this statement, the leaders pledged", "We pledged"
)


def test_a_statement_one_named_person_gave_is_still_their_speech(tmp_path: Path) -> None:
    doc = segment(tmp_path, SOLO)
    assert [t["speaker"] for t in doc["turns"]] == [None, "Dmitri Medvedev"]


ONE_OFFICE_LABEL = """Closing press conference

by NATO Secretary General Anders Fogh Rasmussen at the Summit meeting - Lisbon, Portugal

Concluding press conference by NATO Secretary General Anders Fogh Rasmussen.

NATO SECRETARY GENERAL: Today, we launch a fundamentally new phase in relations with Russia.

The NATO nations and Russia have today agreed in writing that we pose no threat to each other.

First and foremost, we will do more together to help Afghanistan.
"""


def test_one_office_label_under_a_subheading_opens_the_only_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, ONE_OFFICE_LABEL)
    assert starts(doc) == [("Anders Fogh Rasmussen", "verbatim", "Today, we launch a fundamental")]
    assert doc["turns"][0]["label"] == "NATO SECRETARY GENERAL"
    assert "NATO SECRETARY GENERAL:" not in doc["turns"][0]["text"]


CREDITED = """Russian negotiator warns NATO over missile defense plans

MOSCOW, Feb 18 (dpa) - A top Kremlin defence official on Friday warned NATO that Russia will
retaliate if it goes ahead with a missile defence plan for Europe, officials said.

'There will be a response,' said Dmitry Rogozin, Russian ambassador to NATO.

Possible Russian counter-measures could include positioning nuclear-tipped missiles in Russia's
Kaliningrad province, as well as the redeployment of heavy conventional forces to Belarus and
west Russia of a scale not seen since the end of the Cold War, observers have said.   (photo: Reuters)

Dmitry Rogozin speaks in Brussels. (photo: Reuters)
"""


def test_a_story_paragraph_a_photo_credit_closes_is_content_not_a_caption(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, CREDITED)
    last = doc["turns"][-1]
    assert last["text"].startswith("Possible Russian counter-measures")
    assert last["attribution"] == "narration"
    assert "Kaliningrad" in last["text"]
    assert not any("speaks in Brussels" in t["text"] for t in doc["turns"])  # a caption


WRAPPED = """Opening Statement
by the Secretary General at the NATO-Russia Council at the level of Ministers
Ladies and Gentlemen.
We have come to a turning point in relations between the 29 countries in the NATO-Russia
Council. All the nations represented here today understand that our security is indivisible.
Here in Lisbon, we are laying the foundations for stronger ties between our 29 nations.
"""


def test_a_heading_wrapped_onto_a_lower_case_line_is_the_title_not_speech(tmp_path: Path) -> None:
    doc = segment(tmp_path, WRAPPED, "statement.txt")
    assert doc["title"] == (
        "Opening Statement by the Secretary General at the NATO-Russia Council at the level of"
        " Ministers"
    )
    assert [t[2] for t in starts(doc)] == ["Ladies and Gentlemen. We have "]


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        ("nato_lisbon_opening_statement_2010.txt", "Anders Fogh Rasmussen"),
        ("opening statement 2010.txt", "Anders Fogh Rasmussen"),
        ("nato_opening_statement_2009.txt", None),  # the office changed hands that year
        ("nato_opening_statement.txt", None),  # no date anywhere: not guessed
        ("statement_2010_vs_2011.txt", None),  # two years: which one is not known
    ],
)
def test_a_year_in_the_file_name_dates_an_office_the_undated_text_names(
    tmp_path: Path, name: str, speaker: str | None
) -> None:
    doc = segment(tmp_path, WRAPPED, name)
    assert [t["speaker"] for t in doc["turns"]] == [speaker]
    assert doc["date"] is None  # the document itself stays undated


AUTO_CAPTIONS = """WEBVTT

00:04.140 --> 00:06.430
Good morning . Sorry for the delay . So

00:06.430 --> 00:08.652
we'll have to keep it quite brief . But
"""


def test_caption_words_stay_as_the_cues_write_them(tmp_path: Path) -> None:
    doc = segment(tmp_path, AUTO_CAPTIONS, "captions.vtt")
    assert [t["text"] for t in doc["turns"]] == [
        "Good morning . Sorry for the delay . So we'll have to keep it quite brief . But"
    ]


NESTED = """Kremlin sees no sign of more sanctions

MOSCOW, December 7. /TASS/. The Kremlin sees no sign of more sanctions, Russian presidential
spokesman Dmitry Peskov told the media on Tuesday.

"As far as enthusiasm about sanctions is concerned, we are aware of the American side's
obsession with ‘sanction exercises.’ In this respect the predictability is regrettable," Peskov
added.

Earlier, the newspaper mentioned the possibility of more sanctions.
"""


def test_a_single_quote_inside_a_double_quote_is_part_of_the_quote(tmp_path: Path) -> None:
    doc = segment(tmp_path, NESTED)
    assert [(t["speaker"], t["attribution"]) for t in doc["turns"]] == [
        ("Dmitry Peskov", "reported"),
        ("Dmitry Peskov", "quoted"),
        (None, "narration"),
    ]


DESCRIBED = """Iran says nuclear talks on track

UNITED NATIONS (AP) - Foreign Minister Manouchehr Mottaki told The Associated Press that talks
with European negotiators are on track.

"But the last two or three days, they have been in contact," the Iranian minister said in an
exclusive interview.

"We are coordinating," the top Iranian diplomat said.

Six nations are hoping Tehran will agree quickly, according to British defence intelligence.
"""


def test_a_speaker_described_by_nationality_and_office_is_the_one_just_quoted(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, DESCRIBED)
    assert [t["speaker"] for t in doc["turns"]] == [
        "Manouchehr Mottaki",
        "Manouchehr Mottaki",
        "Manouchehr Mottaki",
        None,  # an institution described ("British defence intelligence") is nobody
    ]


LEAD = """Kuleba: grain exports need guarantees

{lead} says grain exports from his country's ports will not resume without
assurances of safety for ship owners.

Military officials from Russia and Ukraine held the first face-to-face talks in months.

Speaking to The Associated Press, {role} Dmytro Kuleba said any agreement must ensure that
Russia "will respect these corridors."
"""


@pytest.mark.parametrize(
    ("lead", "role", "speaker"),
    [
        ("Ukraine's foreign minister", "Ukrainian Foreign Minister", "Dmytro Kuleba"),
        ("The Ukrainian foreign minister", "Foreign Minister", "Dmytro Kuleba"),
        ("Russia's foreign minister", "Ukrainian Foreign Minister", None),  # someone else
        ("Ukraine's president", "Ukrainian Foreign Minister", None),  # another office
    ],
)
def test_a_lead_describing_an_office_holder_goes_to_the_one_the_story_then_names(
    tmp_path: Path, lead: str, role: str, speaker: str | None
) -> None:
    doc = segment(tmp_path, LEAD.format(lead=lead, role=role))
    assert [t["speaker"] for t in doc["turns"]] == [speaker, None, "Dmytro Kuleba"]


INSTITUTIONS = """Germany to keep supplying arms

BERLIN (Reuters) - Ukrainian Foreign Minister Dmytro Kuleba said on Thursday he was waiting for
an answer from Moscow.

The German government said this week that Germany would keep supplying arms.

"We see no change," said the Kremlin.

According to CNN, more sanctions might follow.

The weather in Berlin was mild on Thursday.
"""


def test_a_statement_credited_to_an_institution_is_reported_and_names_it(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, INSTITUTIONS)
    assert [(t["speaker"], t["role"], t["attribution"]) for t in doc["turns"]] == [
        ("Dmytro Kuleba", "Ukrainian Foreign Minister", "reported"),
        (None, "German government", "reported"),  # its report (README "News stories")
        (None, "Kremlin", "quoted"),  # a quote credited only to an institution is its quote
        (None, "CNN", "reported"),
        (None, None, "narration"),
    ]


HEADLINES = """Return to Transcripts main page


Trump Welcomes Three American Detainees from North Korea; Details for U.S.-North Korea Summit Will Soon be Announced; Three Ex- Detainees Return From North Korea; Administration Moving Forward On Summit; Israel Retaliates For Missile Attack; Clients Paid Cohen For Legal Advice; Global Stocks Rise On Higher Oil Prices. Aired 3-4a ET

Aired May 10, 2018 - 03:00   ET

ISHA SESAY, HOST, CNN: We are following breaking news this hour.

JOHN VAUSE, HOST, CNN: Three Americans are back on U.S. soil.
"""


def test_a_long_run_of_title_case_headlines_is_the_title_not_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, HEADLINES)
    assert doc["title"].startswith("Trump Welcomes Three American Detainees from North Korea;")
    assert [t["speaker"] for t in doc["turns"]] == ["Isha Sesay", "John Vause"]


HEADLINE_ON_STORY = """The Security Council's Back
The five permanent members of the United Nations Security Council met on Tuesday to negotiate a draft resolution that would hold Syria to its pledge, but diplomats said major differences remain over the use of force.

The talks will resume on Wednesday, the diplomats said.
"""


def test_a_headline_right_on_its_story_with_no_blank_line_is_the_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, HEADLINE_ON_STORY)
    assert doc["title"] == "The Security Council's Back"
    assert starts(doc)[0][2] == "The five permanent members of "


CROSSHEADS = """Reporters may travel with Tillerson after all

WASHINGTON (Reuters) - The U.S. State Department held out the possibility on Thursday that more journalists could travel with Secretary of State Rex Tillerson, officials said.

A bigger plane?

"We are looking at whether a bigger plane is available," spokesman Mark Toner told reporters.

Decision questioned

Former Secretary of State Madeleine Albright said the decision was a mistake.

Yes.
"""


def test_a_crosshead_between_story_paragraphs_is_dropped_never_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, CROSSHEADS)
    texts = [t["text"] for t in doc["turns"]]
    assert "A bigger plane?" not in texts and "Decision questioned" not in texts
    assert [t["speaker"] for t in doc["turns"]] == [None, "Mark Toner", "Madeleine Albright", None]
    assert texts[-1] == "Yes."  # the last paragraph is content, whatever its length


QUESTIONER = """Transcript of Weekly Media Briefing by the Official Spokesperson (April 06, 2023)

Arindam Bagchi: Very good afternoon to all of you. Thank you for joining us.

Rishabh: Hi sir, Rishabh from Times Now. Sir, what about the temple vandalism?

Arindam Bagchi: This is at Windsor?

Rishabh: Windsor, yes sir. The police is looking for two suspects.

Arindam Bagchi: We have taken it up with the authorities.

Interviewer (Ramesh Ramachandran): Hello and welcome, Minister.
"""


def test_a_questioner_asks_in_every_turn_and_keeps_the_name(tmp_path: Path) -> None:
    doc = segment(tmp_path, QUESTIONER)
    asked = [(t["speaker"], "question" in t["flags"]) for t in doc["turns"]]
    assert asked == [
        ("Arindam Bagchi", False),
        ("Rishabh", True),
        ("Arindam Bagchi", False),
        ("Rishabh", True),  # no introduction this time: still the journalist asking
        ("Arindam Bagchi", False),
        ("Ramesh Ramachandran", True),  # an interviewer by role
    ]


QUOTED_AS = """Lavrov did not agree to meet Turkish counterpart

MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov has not agreed to meet his Turkish counterpart, the Interfax news agency quoted a ministry spokeswoman as saying on Wednesday.

"During a telephone conversation, the Russian minister did not agree to any of the offers to meet," Interfax quoted spokeswoman Maria Zakharova as saying.

Iran's Mehr news agency quotes Lavrov as saying the talks may resume next week.
"""


def test_a_source_quoting_someone_as_saying_gives_the_words_to_that_person(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, QUOTED_AS)
    assert [(t["speaker"], t["attribution"]) for t in doc["turns"]] == [
        (None, "narration"),  # an unnamed spokeswoman is nobody's name
        ("Maria Zakharova", "quoted"),
        ("Sergei Lavrov", "reported"),
    ]


UN_PRESSER = """New York

16 September 2015

Secretary-General's press conference (full transcript)

Good afternoon, Ladies and Gentlemen. It is a great pleasure to see you.

This year's session of the General Assembly of the United Nations opens at a time of turmoil.

We must forge solutions together.
"""


def test_a_place_over_the_date_is_no_speaker(tmp_path: Path) -> None:
    doc = segment(tmp_path, UN_PRESSER.replace("Secretary-General's press conference", "Press"))
    assert "New York" not in [t["speaker"] for t in doc["turns"]]
    assert "New York" not in doc["participants"]


def test_a_title_owned_by_an_office_names_its_holder_on_the_date(tmp_path: Path) -> None:
    doc = segment(tmp_path, UN_PRESSER)
    assert [(t["speaker"], t["role"]) for t in doc["turns"]] == [
        ("Ban Ki-moon", "Secretary-General")
    ]


INSTITUTION_HEADLINE = """Main News

Unification Ministry Official Stresses Dialogue with N. Korea

Unification Ministry Official Stresses Dialogue with N. Korea

South Korea's Unification Ministry says that any differences can be mitigated through dialogue.

A ministry official stressed while meeting with reporters Thursday that dialogue is the only way.
"""


def test_a_headline_that_starts_with_an_institution_is_the_title_not_a_site_name(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, INSTITUTION_HEADLINE)
    assert doc["title"] == "Unification Ministry Official Stresses Dialogue with N. Korea"


@pytest.mark.parametrize(
    ("name", "date", "inferred"),
    [
        ("briefing_2023_09_12.txt", "2023-09-12", True),
        ("2023-09-12 briefing.txt", "2023-09-12", True),
        ("briefing_2023.txt", None, False),  # a year alone dates no document
        ("briefing_2023_09_12_vs_2023_09_13.txt", None, False),  # which one is not known
        ("d1db97aa885e651d.txt", None, False),
    ],
)
def test_an_undated_text_takes_the_date_its_file_name_spells(
    tmp_path: Path, name: str, date: str | None, inferred: bool
) -> None:
    doc = segment(tmp_path, "Daily press briefing\n\nMR. SMITH: Good afternoon.\n", name)
    assert (doc["date"], doc["date_inferred"]) == (date, inferred)


def test_the_file_name_year_corrects_a_date_the_text_gives_without_a_year(tmp_path: Path) -> None:
    text = "Arms control talks\n\nMOSCOW, September 12. /TASS/. Arms control is essential, Russian Deputy Foreign Minister Sergei Ryabkov said on Thursday.\n"
    doc = segment(tmp_path, text, "tass_ryabkov_2019.txt")
    assert (doc["date"], doc["date_inferred"]) == ("2019-09-12", True)
    dated = segment(tmp_path, text.replace("September 12.", "September 12, 2024."), "x_2019.txt")
    assert dated["date"] == "2024-09-12"  # a year the text states is kept


ADDRESS = """Respected President of the General Assembly,
On behalf of more than 1.3 billion people of India, I would like to congratulate every member state.
India is proud of the fact that it is one of the Founding Members of the United Nations.
Your Excellency, the world of 1945 was significantly different from today's world.
The global situation, sources-resources, problems-solutions; all were quite different.
"""


def test_a_text_that_addresses_the_chair_first_is_one_speech_not_narration(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, ADDRESS)
    assert [(t["attribution"], t["text"][:28]) for t in doc["turns"]] == [
        ("verbatim", "Respected President of the G")
    ]
    assert doc["kind"] == "statement"


THANKS_CHAIR = """Thank you, Mr. Chair. It is good to see all of you.

I'm pleased to see you all here.

Canada finds itself in a growing international security crisis. It is undeniable.

Just a few days ago I was in Kyiv, delivering a clear message from our government.

Even after the war, Ukraine will be next door to a very dangerous neighbour.

Whether in Khan Yunis, in Kherson or even in Khartoum, the rules-based system matters.
"""


def test_a_text_that_opens_by_thanking_the_chair_is_one_speech(tmp_path: Path) -> None:
    doc = segment(tmp_path, THANKS_CHAIR)
    assert [(t["attribution"], t["text"][:20]) for t in doc["turns"]] == [
        ("verbatim", "Thank you, Mr. Chair")
    ]


BYLINE_PAGE = """Career diplomat steered the talks quietly in rounds of negotiations

The Washington Times Daily - - Front Page - BY GUY TAYLOR

Away from the multiparty talks in Geneva, senior officials are now revealing that the U.S. and Iran have been engaged in high-level direct talks for more than a year.

The discussions were kept hidden even from the four other nations negotiating with Iran in Geneva.

The revelation was a surprise in Washington's foreign-policy circles.
"""


def test_a_page_or_place_name_in_the_byline_is_nobody_who_speaks(tmp_path: Path) -> None:
    doc = segment(tmp_path, BYLINE_PAGE)
    assert [t["speaker"] for t in doc["turns"]] == [None, None, None]
    assert len(doc["turns"]) == 3  # the story's paragraphs, not one "Front Page" statement


REPORTING = """Zelensky meets French foreign minister

KIEV, Sept. 27 (Xinhua) -- Ukrainian President Volodymyr Zelensky met with French Foreign Minister Catherine Colonna on Tuesday, the presidential press service said.

At the meeting, Zelensky thanked France for its military and humanitarian assistance.

Colonna indicated that France would keep supporting Ukraine.

The talks lasted two hours.
"""


def test_a_paragraph_that_reports_what_someone_conveyed_goes_to_them(tmp_path: Path) -> None:
    doc = segment(tmp_path, REPORTING)
    assert [(t["speaker"], t["attribution"]) for t in doc["turns"][1:]] == [
        ("Volodymyr Zelensky", "reported"),
        ("Catherine Colonna", "reported"),
        (None, "narration"),
    ]


MINUTES = """Foreign Affairs Committee - Minutes of Evidence

Oral Evidence

on Wednesday 18 April 2012

Members present:

Richard Ottaway (Chair)

Examination of Witnesses

Chair: I welcome members of the public to this session of the Foreign Affairs Committee.

Alistair Burt: How appropriate to what we are discussing.
"""


def test_field_lines_at_the_top_of_a_transcript_are_no_turns(tmp_path: Path) -> None:
    doc = segment(tmp_path, MINUTES)
    texts = [t["text"] for t in doc["turns"]]
    assert texts == [
        "I welcome members of the public to this session of the Foreign Affairs Committee.",
        "How appropriate to what we are discussing.",
    ]


def test_a_speaker_saying_the_same_words_twice_keeps_both_turns(tmp_path: Path) -> None:
    text = "Press conference\n\nMR. SMITH: we agreed on this\nfirst\nMR. SMITH: we agreed on this\nagain\n"
    doc = segment(tmp_path, text)
    assert [(t["label"], t["text"]) for t in doc["turns"]] == [
        ("MR. SMITH", "we agreed on this first"),
        ("MR. SMITH", "we agreed on this again"),
    ]
