"""Who each paragraph of a news story belongs to, as `nrc segment FILE --format json` shows it:
how a paragraph names its source (a speech verb and a name near it, a participle, a passive
"was quoted as saying"), whom "he", "Mr X" and a bare surname point back at, and when a
description is somebody else. Small made-up stories, one per property of news prose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main


def _turns(tmp_path: Path, text: str) -> list[tuple[str | None, str | None, str]]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(t["speaker"], t["role"], t["attribution"]) for t in json.loads(result.output)["turns"]]


def _speakers(tmp_path: Path, text: str) -> list[str | None]:
    return [who for who, _, _ in _turns(tmp_path, text)]


def test_a_surname_the_story_never_gives_in_full_is_the_office_holder(tmp_path: Path) -> None:
    story = (
        "Lavrov on the talks\n\n"
        "MOSCOW, May 20, 2025 - The talks with Washington are going normally, Lavrov said on "
        "Tuesday.\n\n"
        '"We are not interested in speculation," Mr Lavrov told reporters.\n\n'
        'When asked about sanctions, he responded: "We have lived with them for years."\n\n'
        "The next round is due in June.\n"
    )
    got = _turns(tmp_path, story)
    assert [who for who, _, _ in got] == ["Sergey Lavrov"] * 3 + [None]
    assert [how for _, _, how in got] == ["reported", "quoted", "quoted", "narration"]


def test_a_given_name_after_a_title_points_back_at_the_full_name(tmp_path: Path) -> None:
    story = (
        "Qatar ready to mediate\n\n"
        "DOHA, May 20, 2021 - HE the Deputy Prime Minister and Minister of Foreign Affairs "
        "Sheikh Mohamed bin Abdulrahman al-Thani said that Qatar was ready to help.\n\n"
        "HE Sheikh Mohamed stressed that dialogue was the only way forward.\n\n"
        "He added that talks would resume next week.\n"
    )
    assert _speakers(tmp_path, story) == ["Mohamed bin Abdulrahman al-Thani"] * 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Kremlin spokesman Dmitry Peskov, who arrived in New York for the opening of the "
        "session, stated that the experts kept in touch.",
        'At the summit on Monday, Peskov smiled and said, "We keep in touch."',
        'Dmitry Peskov has defended the contacts, saying: "Experts talk to experts."',
        "Dmitry Peskov, speaking on a visit to New York on Monday, reminded reporters that the "
        "experts kept in touch.",
    ],
    ids=["relative-clause", "coordinated-verb", "participle", "apposition"],
)
def test_the_subject_of_a_speech_verb_is_found_past_what_stands_between(
    tmp_path: Path, sentence: str
) -> None:
    story = (
        "Kremlin on contacts\n\n"
        "MOSCOW, Nov. 10, 2016 - Kremlin spokesman Dmitry Peskov said on Thursday that Moscow "
        "was open to contacts.\n\n"
        f"{sentence}\n\n"
        "The session ends on Friday.\n"
    )
    assert _speakers(tmp_path, story) == ["Dmitry Peskov", "Dmitry Peskov", None]


def test_a_lead_describing_the_office_goes_to_the_holder_a_source_quotes(tmp_path: Path) -> None:
    story = (
        "Minister denies talks\n\n"
        "TEHRAN, May 20, 2002 - Iran's intelligence minister strongly denied any secret talks "
        "with the United States, state radio reported on Sunday.\n\n"
        '"We reject any official or unofficial talks," Hojatoleslam Ali Yunesi was quoted as '
        "saying, according to AFP.\n\n"
        '"These reports are rumours."\n\n'
        "The government ordered an inquiry, a government spokesman announced last week.\n"
    )
    got = _turns(tmp_path, story)
    assert [who for who, _, _ in got] == ["Ali Yunesi", "Ali Yunesi", "Ali Yunesi", None]
    assert got[2][2] == "quoted"  # a quote alone continues the last source's words
    assert got[3] == (None, "Government Spokesman", "reported")  # never the last named person


def test_a_description_of_another_country_is_not_the_last_speaker(tmp_path: Path) -> None:
    story = (
        "Lavrov on Britain\n\n"
        "MOSCOW, May 20, 2022 - Foreign Minister Sergey Lavrov said relations with London "
        "were at their lowest point.\n\n"
        'Last month the UK foreign secretary said that "Russia must be defeated".\n\n'
        '"Go on, then, do it," the Russian minister said.\n'
    )
    got = _turns(tmp_path, story)
    assert got[1] == (None, "UK foreign secretary", "quoted")
    assert got[2][0] == "Sergey Lavrov"  # a description of his own country: him


def test_a_name_made_of_places_is_nobody_the_leader_points_back_at(tmp_path: Path) -> None:
    story = (
        "Yoon on the ministry\n\n"
        "SEOUL, July 2, 2023 - South Korean President Yoon Suk-yeol on Sunday called on the "
        "ministry to change.\n\n"
        '"It is time to change," South Korean news agency Yonhap quoted Yoon as saying.\n\n'
        "The South Korean leader also said the ministry should follow the constitution.\n"
    )
    assert _speakers(tmp_path, story) == ["Yoon Suk-yeol"] * 3


def test_an_outlet_after_a_preposition_is_not_the_subject(tmp_path: Path) -> None:
    story = (
        "Jaishankar on China\n\n"
        "NEW DELHI, May 17, 2024 - External affairs minister S Jaishankar in an interview "
        "with Hindustan Times spoke on the standoff with China.\n\n"
        "He also mentioned Prime Minister Narendra Modi's calls to both presidents.\n\n"
        '• On the border, Jaishankar said, "We want peace, but not at any price."\n'
    )
    got = _turns(tmp_path, story)
    assert [who for who, _, _ in got] == ["S Jaishankar"] * 3
    assert [how for _, _, how in got] == ["reported", "reported", "quoted"]


def test_single_and_guillemet_quotes_are_quotes_of_the_person_named(tmp_path: Path) -> None:
    story = (
        "Zakharova on the visit\n\n"
        "MOSCOW, Aug. 12, 2021 - Foreign Ministry spokeswoman Maria Zakharova said the visit "
        "was a provocation.\n\n"
        "‘We will respond,’ she said.\n\n"
        "«The answer will be quick», Zakharova added.\n"
    )
    got = _turns(tmp_path, story)
    assert [who for who, _, _ in got] == ["Maria Zakharova"] * 3
    assert [how for _, _, how in got] == ["reported", "quoted", "quoted"]


def test_a_source_that_declined_to_be_named_keeps_its_noun_as_label(tmp_path: Path) -> None:
    story = (
        "Council split on Syria\n\n"
        "UNITED NATIONS, Sept. 10, 2013 - Ambassador Samantha Power said the council must "
        "act.\n\n"
        "The five permanent members met on Tuesday. The diplomats, who declined to be "
        "identified, said Russia was resisting a binding text.\n"
    )
    got = _turns(tmp_path, story)
    assert got[1] == (None, "Diplomats", "reported")  # not Power, not "declined to be ..."


def test_a_paragraph_that_continues_an_open_quote_is_the_quoted_persons(tmp_path: Path) -> None:
    story = (
        "Lavrov o dijalogu\n\n"
        "MOSKVA, 20. maja 2025 - Ruski ministar spoljnih poslova Sergej Lavrov govorio je "
        "novinarima u Moskvi.\n\n"
        '"Dijalog teče normalno", rekao je Lavrov.\n\n'
        'Dodao je da kontakti traju. "Razgovaramo sa državnim sekretarom i sa savetnikom za '
        "bezbednost.\n\n"
        'Kada se uspostavi direktna komunikacija, ona teče uobičajeno", istakao je Lavrov.\n\n'
        "Sastanak je trajao dva sata.\n"
    )
    got = _turns(tmp_path, story)
    assert [who for who, _, _ in got[1:4]] == ["Sergej Lavrov"] * 3  # "Dodao je": he added
    assert got[3][2] == "quoted"  # the quote the paragraph before left open closes here
    assert got[4] == (None, None, "narration")


def test_a_verb_with_no_subject_before_an_institution_is_the_institutions(tmp_path: Path) -> None:
    story = (
        "Ministry on the talks\n\n"
        "MOSCOW, May 17, 2025 - Foreign Minister Sergey Lavrov said the talks went well.\n\n"
        '"The sides agreed to stay in touch," said the Russian Foreign Ministry.\n'
    )
    got = _turns(tmp_path, story)
    assert got[1][0] is None and got[1][1] == "Russian Foreign Ministry"


def test_a_quote_credited_to_a_service_of_a_country_is_the_services(tmp_path: Path) -> None:
    story = (
        "Zelensky meets ministers\n\n"
        "KYIV, June 20, 2019 - President of Ukraine Volodymyr Zelensky met the foreign "
        "ministers of France and Germany on Thursday.\n\n"
        '"The president is ready to visit both countries," the presidential press service of '
        "Ukraine said after the meeting.\n"
    )
    got = _turns(tmp_path, story)
    assert got[1] == (None, "presidential press service of Ukraine", "quoted")  # not Zelensky


def test_a_role_the_story_describes_in_lower_case_is_the_role_shown(tmp_path: Path) -> None:
    story = (
        "Iran ready for talks\n\n"
        "TEHRAN, Jan. 7, 2012 - Iran's foreign minister said on Saturday that Turkey was the "
        "best place for talks.\n\n"
        "Foreign Minister Ali Akbar Salehi told the agency the talks could resume soon.\n\n"
        "On Saturday, Saeed Jalili, Iran's top nuclear negotiator said he had written to the "
        "six powers.\n"
    )
    got = _turns(tmp_path, story)
    assert got[0][:2] == ("Ali Akbar Salehi", "Foreign Minister")  # the lead: the holder named next
    assert got[2][:2] == ("Saeed Jalili", "Iran's top nuclear negotiator")


def test_told_reporters_and_a_colon_opens_the_speakers_unquoted_words(tmp_path: Path) -> None:
    story = (
        "No meeting planned\n\n"
        "WASHINGTON, March 10, 2017 - The foreign minister's visit surprised the department. "
        "Spokesman Mark Toner told reporters who asked about the visit:\n\n"
        "Good question. We will take that and get back to you.\n\n"
        "The minister left Washington on Friday.\n"
    )
    got = _turns(tmp_path, story)
    assert got[1] == ("Mark Toner", "Spokesman", "quoted")
    assert got[2] == (None, None, "narration")  # "The minister ...": the story again


@pytest.mark.parametrize(
    "quote",
    ["„We are ready“, Baerbock said.", "„We are ready”, Baerbock said. „And we are united.”"],
    ids=["german-marks", "estonian-marks"],
)
def test_low_high_quotes_are_quotes(tmp_path: Path, quote: str) -> None:
    story = (
        "Baerbock in Washington\n\n"
        "WASHINGTON, Jan. 5, 2022 - Foreign Minister Annalena Baerbock said on Wednesday "
        "that Europe stood united.\n\n"
        f"{quote}\n"
    )
    got = _turns(tmp_path, story)
    assert got[1] == ("Annalena Baerbock", "Foreign Minister", "quoted")


def test_a_name_then_a_described_office_is_that_person_not_an_unnamed_source(
    tmp_path: Path,
) -> None:
    story = (
        "Kremlin on talks\n\n"
        "MOSCOW, May 5, 2021 - Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n"
        "Peskov, a spokesman for the Russian president, said the talks would go on.\n\n"
        "In Moscow, a Kremlin official said the date was not set.\n"
    )
    got = _turns(tmp_path, story)
    assert got[1][0] == "Dmitry Peskov"
    assert got[2] == (None, "Kremlin Official", "reported")  # "In Moscow, ...": nobody's name


def test_a_description_by_country_points_back_at_that_countrys_person(tmp_path: Path) -> None:
    story = (
        "Talks in Antalya\n\n"
        "ANTALYA, March 10, 2022 - Russian Foreign Minister Sergei Lavrov met his Ukrainian "
        "counterpart Dmytro Kuleba on Thursday.\n\n"
        "The Ukrainian minister said no progress had been made.\n\n"
        '"We did not come here to negotiate," the Russian minister said.\n\n'
        "Kerry called both men on Friday, saying the war must end.\n"
    )
    got = _speakers(tmp_path, story)
    assert got == [None, "Dmytro Kuleba", "Sergei Lavrov", "John Kerry"]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        (
            "She did not mention Yasuo Fukuda, who met Wang according to Japan's Asahi Shimbun "
            "newspaper.",
            "Asahi Shimbun",
        ),
        (
            "His letters, according to the Cadena Ser radio station that obtained them, all "
            "refer to Wednesday.",
            "Cadena Ser",
        ),
    ],
    ids=["outlet-name", "outlet-described"],
)
def test_an_outlet_after_according_to_is_no_person(
    tmp_path: Path, sentence: str, outlet: str
) -> None:
    story = (
        "Talks in Beijing\n\n"
        "BEIJING, Jan. 9, 2013 - Chinese Foreign Minister Wang Yi held talks with a delegation "
        "from Tokyo, the ministry said.\n\n"
        f"{sentence}\n"
    )
    speaker, role, how = _turns(tmp_path, story)[1]
    assert speaker is None and how == "reported"  # the outlet's report (gold: n107 CNN), no person
    assert role is not None and outlet in role
