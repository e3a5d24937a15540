"""Speakers, roles and attribution that carry to a house style the rules were not written
for, as `nrc segment FILE --format json` shows them. Each text is made up, in a style of its
own (an invented ministry bulletin, wire desk or agency), for one general property."""

from __future__ import annotations

from pathlib import Path

from tests.test_segment_properties import segment as _segment


def _who(doc: dict) -> list[tuple[str | None, str | None, str]]:
    return [(t["speaker"], t["role"], t["attribution"]) for t in doc["turns"]]


def test_the_speaker_is_the_person_the_headline_names_not_the_banner(tmp_path: Path) -> None:
    """A page's banner or navigation above the headline names no one who speaks."""
    page = (
        "Harbour Lights Festival\n"
        "Address by Minister Ilse Varga at the Conference on Inland Waterways\n"
        "2023-04-11 10:30\n\n"
        "Distinguished colleagues,\n\n"
        "I am grateful for the invitation. We have worked for many years on these rivers.\n\n"
        "Our ministry will continue to support the joint commission.\n"
    )
    doc = _segment(tmp_path, page)
    assert doc["title"] == "Address by Minister Ilse Varga at the Conference on Inland Waterways"
    assert {t["speaker"] for t in doc["turns"]} == {"Ilse Varga"}


def test_a_slogan_opening_with_an_article_is_no_speaker(tmp_path: Path) -> None:
    """A site's slogan ("An Open, Safe and United Europe.") names no one: the statement is
    the office holder's the first paragraph names."""
    page = (
        "An Open, Safe and United Europe.\n\n"
        "Statement of the Chairperson regarding the floods in the valley\n\n"
        "June 3, 2021\n\n"
        "3 June 2021, Lakeside: The Chairperson of the River Commission Talia Okonjo wishes "
        "to express her deepest sympathy to the families of the victims of the floods.\n\n"
        "The Chairperson also wishes to thank the rescue teams.\n"
    )
    got = _who(_segment(tmp_path, page))
    assert got == [("Talia Okonjo", "Chairperson of the River Commission", "verbatim")]


def test_statements_introduced_as_following_are_the_persons_words(tmp_path: Path) -> None:
    """ "X's statements are as follows;" opens a block of X's unquoted words, which goes on
    while X names other people, until the story speaks of X again."""
    story = (
        "Talks in Valdor\n\n"
        "VALDOR - Foreign Minister Arvid Lemberg met his Baltic counterparts on Monday. "
        "Minister Lemberg said that the talks had been useful.\n\n"
        "Minister Lemberg’s statements are as follows;\n\n"
        "We discussed the pipeline and the border crossings. We thank Commissioner Oda Frey "
        "for her support.\n\n"
        "The ferries will resume in May. We expect the bridge to open next year.\n\n"
        "Commissioner Oda Frey will visit the crossings in June.\n\n"
        "Lemberg left for Riga in the evening.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert got[1] == (None, None, "narration")  # the introduction: the outlet's words
    assert got[2] == got[3] == ("Arvid Lemberg", "Foreign Minister", "quoted")  # Oda Frey named
    assert got[4] == (None, None, "narration")  # Oda Frey named, no one speaking: the story
    assert got[5] == (None, None, "narration")  # "Lemberg left ...": the story again


def test_first_person_points_under_a_credit_heading_are_quoted(tmp_path: Path) -> None:
    story = (
        "Deputy Minister Jorun Halvsen's remarks on the treaty:\n\n"
        "• We have proposed a second round of consultations in the autumn.\n\n"
        "• The treaty itself allows one extension, which was used in 2021.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert [g[0] for g in got[-2:]] == ["Jorun Halvsen"] * 2
    assert got[-2][2] == "quoted"  # "We have proposed": his own words, quote marks or not
    assert got[-1][2] == "reported"


def test_plural_sources_opening_a_sentence_are_no_named_person(tmp_path: Path) -> None:
    story = (
        "Envoy recalled\n\n"
        "PORT ELLEN, May 2 - The government recalled its envoy to Tarsova on Tuesday, "
        "the foreign office said.\n\n"
        "Officials said Marten Oyelaran, the deputy envoy, had been asked to stay on.\n\n"
        "Interior Ministry officials insisted the decision was routine.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert got[1] == (None, "Officials", "reported")  # not Marten Oyelaran
    assert got[2] == (None, "Interior Ministry Officials", "reported")  # the label


def test_an_outlet_cited_is_named_and_no_person(tmp_path: Path) -> None:
    story = (
        "Sanctions weighed\n\n"
        "GENEVA, Oct. 4 - The finance ministers of the union met on Friday.\n\n"
        "According to Bloomberg, new sanctions may target the shipping sector.\n\n"
        "The ministers met for four hours, according to Bloomberg, and left without a "
        "statement.\n\n"
        "Earlier, the Valdor Herald cited two ministers as saying no deal was near.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert got[1] == (None, "Bloomberg", "reported")  # an outlet's report: named, no person
    assert got[2] == (None, "Bloomberg", "reported")  # (the gold's convention: n107 "CNN")
    assert got[3] == (None, "Valdor Herald", "reported")  # "cited"; an outlet is no person


def test_offices_joined_by_a_slash_are_one_role(tmp_path: Path) -> None:
    """The heading's compound office is the role of the answers under "Q." labels."""
    page = (
        "Doorstep by High Representative/Vice-President Kaarel Mets before the Council\n\n"
        "Q. What do you expect from the meeting today?\n\n"
        "We expect a decision on the mission. The ministers have prepared it for weeks.\n\n"
        "Q. Will there be sanctions?\n\n"
        "That is for the ministers to decide.\n"
    )
    got = _who(_segment(tmp_path, page))
    answers = [g for g in got if g[0] == "Kaarel Mets"]
    assert len(answers) == 2
    assert {g[1] for g in answers} == {"High Representative/Vice-President"}


def test_a_role_described_before_a_name_in_lower_case(tmp_path: Path) -> None:
    story = (
        "Summit prepared\n\n"
        "MOSCOW, Nov. 3 - The summit will take place in December, the Kremlin said.\n\n"
        '"The agenda is agreed," presidential aide Yuri Ushakov said.\n'
    )
    got = _who(_segment(tmp_path, story))
    assert got[-1] == ("Yuri Ushakov", "presidential aide", "quoted")


def test_office_words_of_other_languages_are_roles_not_names(tmp_path: Path) -> None:
    story = (
        "Dışişleri Bakanı Hakan Fidan, Ankara'da gazetecilerin sorularını yanıtladı.\n\n"
        '"Görüşmeler devam ediyor," dedi Fidan.\n'
    )
    got = _who(_segment(tmp_path, story))
    assert {g[0] for g in got} == {"Hakan Fidan"}


def test_a_holder_in_another_transliteration_is_spelled_as_the_table_spells_him(
    tmp_path: Path,
) -> None:
    """One name for one office holder: "Dmitry Kuleba" (a Russian transliteration) is the
    table's "Dmytro Kuleba"; spellings that differ only by an accent or a last y/i keep the
    text's form, and a courtesy title is no first name."""
    story = (
        "Minister in Vienna\n\n"
        "VIENNA, March 2, 2022 - Ukrainian Foreign Minister Dmitry Kuleba met Russian Foreign "
        "Minister Sergei Lavrov's deputy on Wednesday, Kuleba said.\n\n"
        '"We spoke for an hour," Dmitry Kuleba told reporters.\n\n'
        '"Nothing was agreed," Mr Dmitry Kuleba said later.\n\n'
        '"We will meet again," Sergei Lavrov said.\n'
    )
    got = _who(_segment(tmp_path, story))
    assert [g[0] for g in got] == ["Dmytro Kuleba"] * 3 + ["Sergei Lavrov"]


def test_a_title_field_in_an_archive_record_is_the_title(tmp_path: Path) -> None:
    """A database record's header names its fields ("[Title]", "[Date]"): the title is the
    field's value, not the database's name above it, and its speaker is the speaker."""
    record = (
        "Northern Archive of Cabinet Papers (Editor: HALVORSEN Beate)\n"
        "A database of the cabinet's press conferences\n\n"
        "[Title] Press Conference by Prime Minister Tove Lindqvist\n\n"
        "[Date] March 3, 2011\n"
        "[Full text]\n\n"
        "Opening Remarks by Prime Minister Tove Lindqvist\n\n"
        "As you know, the budget has passed. I believe we have kept our promises.\n\n"
        "We will now turn to the reform of the pension system.\n"
    )
    doc = _segment(tmp_path, record)
    assert doc["title"] == "Press Conference by Prime Minister Tove Lindqvist"
    assert {t["speaker"] for t in doc["turns"] if t["attribution"] == "verbatim"} == {
        "Tove Lindqvist"
    }


def test_a_bilingual_heading_gives_way_to_the_latin_script_headline(tmp_path: Path) -> None:
    page = (
        "【双语】外交部例行记者会 / MFA Regular Press Conference (2024年3月5日)\n\n"
        "政务   2024-03-06 10:00   北京\n\n"
        "Foreign Ministry Spokesperson Lin Jian’s\n"
        "Regular Press Conference on March 5, 2024\n\n\n"
        "Reuters: Will the minister travel to Brussels next week?\n\n"
        "Lin Jian: We will release information in due course.\n"
    )
    doc = _segment(tmp_path, page)
    assert (
        doc["title"]
        == "Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on March 5, 2024"
    )


def test_a_lead_naming_only_an_office_in_title_case_goes_to_the_holder_named_next(
    tmp_path: Path,
) -> None:
    story = (
        "Truce talks stall\n\n"
        "2024-02-17\n\n"
        'Norwegian Prime Minister announced on Saturday in Oslo that the talks "have not '
        'moved" in recent days.\n\n'
        'Ingrid Aasland Berg said at the forum, "We remain hopeful but the pace is slow."\n\n'
        "The forum ends on Sunday.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert got[0] == ("Ingrid Aasland Berg", "Norwegian Prime Minister", "quoted")
    assert got[1][0] == "Ingrid Aasland Berg"


def test_speech_acts_other_than_said_report_the_speaker(tmp_path: Path) -> None:
    story = (
        "Crew detained\n\n"
        "LISBON, Jan. 13 - Deputy Minister Anja Wessel requested assurances for the safety of "
        "the crew on Monday.\n\n"
        "Foreign Minister Pavel Orlik challenged the port authority to release the ship.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert got == [
        ("Anja Wessel", "Deputy Minister", "reported"),
        ("Pavel Orlik", "Foreign Minister", "reported"),
    ]


def test_a_press_release_introducing_remarks_gives_the_quotes_to_the_speaker(
    tmp_path: Path,
) -> None:
    release = (
        "Chair Okafor Statement at Hearing on Arctic Shipping\n\n"
        "WASHINGTON – Senator Amara Okafor, chair of the Maritime Committee, today gave "
        "opening remarks at a hearing on Arctic shipping.\n\n"
        "Chair Okafor gave the following remarks:\n\n"
        "“Thank you all for coming.\n\n"
        "“We have a lot to cover today, and I will be brief.”\n"
    )
    got = _who(_segment(tmp_path, release))
    assert [g[0] for g in got[-2:]] == ["Amara Okafor"] * 2
    assert [g[2] for g in got[-2:]] == ["quoted"] * 2


def test_courtesy_titles_of_other_countries_are_no_part_of_the_name(tmp_path: Path) -> None:
    """ "Datuk Seri" is a courtesy title; the story then calls the minister by his given name
    ("Zamani said"), as Malaysian copy does."""
    story = (
        "Minister sets priorities\n\n"
        "KUALA LUMPUR, Dec 5 — The new Foreign Minister, Datuk Seri Zamani Abdul Rahim said "
        "the country would stay neutral.\n\n"
        "Zamani added that the cabinet would meet on Friday.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert [g[0] for g in got] == ["Zamani Abdul Rahim"] * 2


def test_speech_verbs_of_another_language_report_the_speaker(tmp_path: Path) -> None:
    story = (
        "Bisedimet do të vazhdojnë\n\n"
        "TIRANË, 5 mars - Ministri i Jashtëm, Arben Kola, ka deklaruar se bisedimet "
        "vazhdojnë, raporton agjencia.\n\n"
        "“Ne do të vazhdojmë bisedimet”, tha Kola.\n\n"
        "Takimi i ardhshëm do të mbahet në prill.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert [(g[0], g[2]) for g in got] == [
        ("Arben Kola", "reported"),
        ("Arben Kola", "quoted"),
        (None, "narration"),
    ]


def test_an_inverted_attribution_past_a_long_office_names_the_speaker(tmp_path: Path) -> None:
    story = (
        "No visits announced\n\n"
        "The ministry does not announce visits in advance, the talks continue as planned, "
        "said Ministry of Foreign Affairs spokesperson Irena Koval during a briefing.\n\n"
        "Koval clarified that the delegation would travel next week.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert got[0] == ("Irena Koval", "spokesperson", "reported")
    assert got[1][0] == "Irena Koval"


def test_a_capital_in_capitals_before_a_colon_is_a_dateline_not_a_speaker(
    tmp_path: Path,
) -> None:
    story = (
        "Ministry files complaint over leaked cable\n\n"
        "KUALA LUMPUR: The Foreign Ministry has filed a complaint over a leaked cable.\n\n"
        "The ministry said an internal inquiry had found no fault among its staff.\n\n"
        "“We take the matter seriously,” the ministry said.\n"
    )
    doc = _segment(tmp_path, story)
    assert doc["kind"] != "transcript"
    assert len(doc["turns"]) == 3
    assert all(t["speaker"] != "Kuala Lumpur" for t in doc["turns"])


def test_the_addressee_of_a_passive_report_verb_is_no_speaker(tmp_path: Path) -> None:
    story = (
        "Caution urged\n\n"
        "VALDOR, June 27 — The country must be cautious in its alliances, the Dewan "
        "Negara was told today.\n\n"
        "Foreign Minister Leni Aru said every invitation would be considered carefully.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert "Dewan" not in f"{got[0][0]} {got[0][1]}"  # the senate heard the words: no speaker
    assert got[0][0] in (None, "Leni Aru")  # the lead's words: the minister's (README-news)
    assert got[1][0] == "Leni Aru"


def test_a_sentence_opening_with_a_participle_of_speech_reports_its_subject(
    tmp_path: Path,
) -> None:
    story = (
        "Talks with Athens\n\n"
        "ANKARA, March 3 - Foreign Minister Selim Aydın spoke to a television channel on "
        "Wednesday.\n\n"
        "Explaining that a delegation of deputy ministers will travel to Athens, Aydın made "
        "statements on the maritime dispute.\n\n"
        "The talks were suspended in 2016.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert got[1] == ("Selim Aydın", "Foreign Minister", "reported")


def test_an_editors_note_above_the_heading_is_not_the_title(tmp_path: Path) -> None:
    page = (
        "Note: Where available, the PDF icon below opens the fully formatted document\n\n"
        "Interview with Jonas Berg, Evening Report, Oslo\n\n"
        "BERG: Minister, thank you for joining us.\n\n"
        "HALVORSEN: Thank you, Jonas.\n"
    )
    doc = _segment(tmp_path, page)
    assert doc["title"] == "Interview with Jonas Berg, Evening Report, Oslo"


def test_a_french_introduction_to_a_statement_gives_it_to_the_spokesperson(
    tmp_path: Path,
) -> None:
    page = (
        "Déclaration de la porte-parole sur les réactions du pays voisin\n\n"
        "En réponse à une question de la presse concernant les déclarations faites hier par "
        "le ministère des Affaires étrangères du pays voisin, la porte-parole du ministère, "
        "Claire Duvernay, a fait la déclaration suivante :\n\n"
        "« Les réactions du pays voisin à la visite du ministre ne font que mettre en "
        "évidence l’impasse dans laquelle il se trouve en raison de ses propres choix.\n\n"
        "Pour ce qui est de son affirmation selon laquelle il serait un partenaire "
        "indispensable, il ferait bien de la confirmer avec les pays de la région. »\n\n"
        "Le ministre se rendra à Bruxelles la semaine prochaine.\n"
    )
    got = _who(_segment(tmp_path, page))
    assert got[0] == (None, None, "narration")
    assert [g[0] for g in got[1:3]] == ["Claire Duvernay"] * 2


def test_a_quote_said_by_the_body_named_before_is_its_quote(tmp_path: Path) -> None:
    story = (
        "Ministry files complaint\n\n"
        "VALDOR, Feb. 2 - The Interior Ministry said an inquiry had been opened.\n\n"
        "The inquiry will report in March.\n\n"
        "“We consider the leak an irresponsible act,” said the ministry.\n"
    )
    got = _who(_segment(tmp_path, story))
    assert got[2] == (None, "Interior Ministry", "quoted")
