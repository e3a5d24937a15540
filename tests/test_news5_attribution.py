"""News attribution, fifth round: the conventions the maintainers' real gold measures (an
institution's indirect report is `reported` and the institution's; an unnamed source keeps
its label without its article, in title case, and is found by it), and report verbs and
leads in more languages. Each story is made up; the CLI reads it as a user's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from tests.test_news_attribution import _turns

_SUMMONED = (
    "Ambassador summoned over expulsions\n\n"
    "VILNIUS, May 4, 2021 - Lithuania on Tuesday expelled two diplomats of a neighbouring "
    "country.\n\n"
    "The Foreign Ministry said it had summoned the ambassador to protest the decision.\n\n"
    '"Such steps will not go unanswered," Deputy Foreign Minister Arvydas Kulnys told '
    "reporters.\n\n"
    "The embassy declined to comment.\n"
)


def test_an_institutions_indirect_report_is_reported_and_the_institutions(
    tmp_path: Path,
) -> None:
    got = _turns(tmp_path, _SUMMONED)
    assert got[1] == (None, "Foreign Ministry", "reported")  # not the outlet's narration
    assert got[2] == ("Arvydas Kulnys", "Deputy Foreign Minister", "quoted")
    assert got[3] == (None, None, "narration")  # no speech verb: the outlet's sentence


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        (
            "A senior U.S. official, speaking on condition of anonymity, said Washington was "
            "not surprised.",
            "Senior U.S. Official",
        ),
        ('"It is not over," said one council diplomat.', "Council Diplomat"),
        ("Two Western diplomats said the vote could slip to next week.", "Western Diplomats"),
        ("Officials said the talks would resume on Monday.", "Officials"),
    ],
    ids=["article", "number", "plural-number", "bare-plural"],
)
def test_an_unnamed_source_keeps_its_label_without_article_in_title_case(
    tmp_path: Path, paragraph: str, label: str
) -> None:
    story = (
        "Talks stall in Geneva\n\n"
        "GENEVA, March 3, 2015 - Russian Foreign Minister Sergei Lavrov said on Tuesday that "
        "Moscow would respond to any expansion of the alliance.\n\n"
        f"{paragraph}\n"
    )
    speaker, role, how = _turns(tmp_path, story)[1]
    assert speaker is None and role == label  # never the last named person (Lavrov)
    assert how in ("quoted", "reported")


def _search(args: list[str]) -> dict:
    result = CliRunner().invoke(main, ["search", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_search_by_an_unnamed_sources_label_finds_its_paragraphs_only(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Lavrov warns NATO\n\n"
        "MOSCOW, March 3, 2015 (Reuters) - Russian Foreign Minister Sergei Lavrov said on "
        "Tuesday that Moscow would respond to any expansion of the alliance.\n\n"
        "A senior U.S. official, speaking on condition of anonymity, said Washington was not "
        "surprised by the expansion remarks.\n\n"
        '"We will study the expansion plans," the official said.\n',
        encoding="utf-8",
    )
    ingest = CliRunner().invoke(main, ["ingest", str(story)])
    assert ingest.exit_code == 0, ingest.output
    # typed with or without the abbreviation's full stops, as the page printed it or not
    for typed in (
        "senior u.s. official",
        "Senior U.S. Official",
        "senior US official",
        "US official",
    ):
        hits = _search(["expansion", "--speaker", typed])["hits"]
        assert sorted((h["n"], h["speaker"]) for h in hits) == [
            (2, "Senior U.S. Official"),
            (3, "Senior U.S. Official"),  # "the official said": the same unnamed source
        ]
    lavrov = _search(["expansion", "--speaker", "lavrov"])["hits"]
    assert [h["n"] for h in lavrov] == [1]  # the unnamed source is never Lavrov's


def test_a_russian_story_credits_its_named_minister_his_pronoun_and_according_to_him(
    tmp_path: Path,
) -> None:
    story = (
        "Переговоры в Кишиневе продолжатся\n\n"
        "Министр иностранных дел Молдовы Виктор Горан считает переговоры полезными.\n\n"
        "Как сообщают местные СМИ, об этом он заявил журналистам.\n\n"
        "«Мы готовы продолжать диалог», - заявил Горан.\n\n"
        "По его словам, следующая встреча пройдет в июне.\n\n"
        "Погода в Кишиневе была теплой.\n"
    )
    got = _turns(tmp_path, story)
    assert got == [
        # the last two capitalised words, past the country; the office printed before them
        # stays his role in every paragraph (h/speakers6)
        ("Виктор Горан", "Министр иностранных дел Молдовы", "reported"),
        ("Виктор Горан", "Министр иностранных дел Молдовы", "reported"),  # "он заявил"
        ("Виктор Горан", "Министр иностранных дел Молдовы", "quoted"),  # "- заявил Горан"
        ("Виктор Горан", "Министр иностранных дел Молдовы", "reported"),  # "По его словам"
        (None, None, "narration"),
    ]


def test_an_armenian_surname_with_its_suffixed_article_is_the_person_named(
    tmp_path: Path,
) -> None:
    story = (
        "Նախարարը խոսել է բանակցությունների մասին\n\n"
        "Արտգործնախարար Դավիթ Հակոբյանը պատասխանել է լրագրողների հարցերին։\n\n"
        "Նա նշել է, թե բանակցությունները շարունակվում են։\n\n"
        "Երևանում եղանակը տաք էր։\n"
    )
    got = _turns(tmp_path, story)
    assert got == [
        ("Դավիթ Հակոբյան", None, "reported"),  # "Հակոբյանը": the surname and its article
        ("Դավիթ Հակոբյան", None, "reported"),  # "Նա" (he)
        (None, None, "narration"),
    ]


@pytest.mark.parametrize(
    ("lead", "follow", "how"),
    [
        (
            "Außenminister Peter Brandner sagte am Sonntag in Wien, die Lage sei ernst.",
            "Generell plädierte Brandner, die Gespräche mit Budapest fortzusetzen.",
            "reported",
        ),
        (
            "Außenminister Peter Brandner sagte am Sonntag in Wien, die Lage sei ernst.",
            '"Wir sind bereit", merkte der Minister an.',
            "quoted",
        ),
        (
            "O chanceler Paulo Andrade falou com jornalistas em Lisboa.",
            "Andrade acrescentou que as negociações vão continuar.",
            "reported",
        ),
        (
            "El canciller Jorge Ramírez habló con la prensa en Lima.",
            "Ramírez reiteró que el diálogo seguirá abierto.",
            "reported",
        ),
        (
            "Il ministro degli Esteri Paolo Conti ha parlato a Roma.",
            "«Siamo pronti», ha detto il ministro Conti.",  # "il": an article, not "he"
            "quoted",
        ),
    ],
    ids=["de-plaedierte", "de-merkte-der-minister", "pt-acrescentou", "es-reitero", "it-article"],
)
def test_report_verbs_of_more_languages_credit_the_named_person(
    tmp_path: Path, lead: str, follow: str, how: str
) -> None:
    story = f"Headline of the story here\n\n{lead}\n\n{follow}\n"
    speaker, _, got_how = _turns(tmp_path, story)[1]
    assert speaker is not None and speaker.split()[-1] in lead  # the person the lead named
    assert got_how == how


def test_an_office_that_reports_before_anyone_is_named_is_credited_as_printed(
    tmp_path: Path,
) -> None:
    story = (
        "Minister answers on stability\n\n"
        "Journalists asked about the remarks. In response, the foreign minister said, "
        "\u201cI talked about stability in the region.\u201d\n\n"
        "The minister also said the visit had gone well.\n\n"
        "The alliance on Friday rejected the proposals.\n\n"
        "The weather in Dhaka was mild.\n"
    )
    got = _turns(tmp_path, story)
    assert got[0] == (None, "foreign minister", "quoted")  # a mid-story start: the office
    assert got[1] == (None, "foreign minister", "reported")  # "The minister": the same office
    assert got[2:] == [(None, None, "narration")] * 2  # no office: the outlet's words


def test_an_institution_named_with_of_is_not_the_minister_whose_role_it_holds(
    tmp_path: Path,
) -> None:
    story = (
        "Ministry denies border claim\n\n"
        "ABUJA, June 5, 2021 - Foreign affairs minister Adamu Bello says the country has no "
        "territorial ambition.\n\n"
        "The Ministry of Foreign Affairs made this disclaimer in a statement on Saturday.\n\n"
        "The ministry explained that the reports were quoted out of context.\n\n"
        "\u201cThe public should kindly disregard the misleading reports.\u201d\n"
    )
    got = _turns(tmp_path, story)
    assert got[0] == ("Adamu Bello", "Foreign affairs minister", "reported")
    assert got[1:] == [
        (None, "Ministry of Foreign Affairs", "reported"),  # not "Foreign Affairs": Bello's
        (None, "Ministry of Foreign Affairs", "reported"),  # "The ministry": the one named
        (None, "Ministry of Foreign Affairs", "quoted"),  # a quote alone: the last source's
    ]


@pytest.mark.parametrize("opener", ["But", "Meanwhile", "Yet"])
def test_a_sentence_connective_before_a_name_is_no_part_of_its_role(
    tmp_path: Path, opener: str
) -> None:
    story = (
        "Minister plays down talks\n\n"
        "WELLINGTON, Nov. 17, 2005 - Winston Peters said on Thursday the talks had been "
        "useful.\n\n"
        f"{opener} Mr Peters did reveal that he had held a long discussion with his "
        "counterpart.\n"
    )
    assert _turns(tmp_path, story)[1] == ("Winston Peters", None, "reported")


def test_a_bengali_minister_named_before_the_verb_and_the_minister_after(
    tmp_path: Path,
) -> None:
    story = (
        "আলোচনা চলবে\n\n"
        "পররাষ্ট্রমন্ত্রী ড. রফিক আহমেদ বলেছেন, আলোচনা চলবে।\n\n"
        "পরে মন্ত্রী বলেন, আমরা প্রস্তুত।\n\n"
        "ঢাকায় আবহাওয়া ভালো ছিল।\n"
    )
    got = _turns(tmp_path, story)
    assert got == [
        ("ড. রফিক আহমেদ", "পররাষ্ট্রমন্ত্রী", "reported"),  # the words after the office
        ("ড. রফিক আহমেদ", "পররাষ্ট্রমন্ত্রী", "quoted"),  # "মন্ত্রী" (the minister): him;
        # "বলেন, আমরা ..." (said, we ...): his own words without marks
        (None, None, "narration"),
    ]


def test_an_arabic_office_after_its_verb_and_a_verb_with_no_subject_before_a_quote(
    tmp_path: Path,
) -> None:
    story = (
        "الوزير يزور القاهرة\n\n"
        "وأكد الوزير الأردني خلال المؤتمر الصحفي أن المحادثات كانت مثمرة.\n\n"
        'واضاف: "سنواصل الحوار مع جميع الأطراف".\n\n'
        "وكان الطقس معتدلا في القاهرة.\n"
    )
    got = _turns(tmp_path, story)
    assert got == [
        (None, "الوزير الأردني", "reported"),  # verb first, then the office (up to "خلال")
        (None, "الوزير الأردني", "quoted"),  # "واضاف:" (he added:): the last source
        (None, None, "narration"),
    ]


def test_an_institution_described_in_lower_case_and_never_named_is_credited_as_printed(
    tmp_path: Path,
) -> None:
    story = (
        "President meets visiting minister\n\n"
        "KIEV, Sept. 27, 2022 (Xinhua) -- The president on Tuesday met the visiting French "
        "foreign minister to discuss support for Ukraine, the presidential press service "
        "reported.\n\n"
        "The meeting lasted two hours.\n"
    )
    got = _turns(tmp_path, story)
    assert got == [
        (None, "presidential press service", "reported"),  # not the outlet's narration
        (None, None, "narration"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "JAKARTA - Foreign Minister Sari Wulandari describes the region's diplomacy as patient.",
        "JAKARTA - Foreign Minister Sari Wulandari insists the talks will go on.",
        "JAKARTA - Foreign Minister Sari Wulandari talked about the talks. Indonesia insists "
        "it will not back down. According to her, the talks will go on.",
    ],
    ids=["describes", "insists", "according-to-her-after-a-country-verb"],
)
def test_a_lead_in_the_present_tense_or_with_according_to_later_is_the_ministers(
    tmp_path: Path, lead: str
) -> None:
    story = f"Minister on the talks\n\n{lead}\n\nThe weather in Jakarta was hot.\n"
    got = _turns(tmp_path, story)
    assert got[0] == ("Sari Wulandari", "Foreign Minister", "reported")
    assert got[1] == (None, None, "narration")


def test_a_relative_clause_that_reports_words_is_the_person_it_follows(tmp_path: Path) -> None:
    story = (
        "Fin de las conferencias\n\n"
        "El canciller Jorge Ramírez dijo el lunes que las conferencias terminan.\n\n"
        "El canciller no aclaró de inmediato si se suspenden. Dio la palabra a Ana María "
        "Torres Vega, su portavoz, quien lamentó que el ejercicio desapareciera.\n\n"
        "The ambassadors also met with Deputy Prime Minister Pavel Orlov, who briefed them "
        "on the preparations.\n"
    )
    got = _turns(tmp_path, story)
    assert got[0][0] == "Jorge Ramírez"
    assert got[1][0] == "Ana María Torres Vega"  # "quien lamentó que": hers; "no aclaró": none
    assert got[1][2] == "reported"
    assert got[2] == (None, None, "narration")  # "who briefed them on ...": no words reported


def test_an_unnamed_official_of_an_institution_the_story_named_is_labelled_by_it(
    tmp_path: Path,
) -> None:
    story = (
        "Ministry urges dialogue\n\n"
        "Norway's Fisheries Ministry says that the quota dispute should be settled by "
        "talks.\n\n"
        "A ministry official stressed while meeting reporters that talks would resume.\n\n"
        "The official said the next round was planned for May.\n"
    )
    got = _turns(tmp_path, story)
    assert got[0] == (None, "Norway's Fisheries Ministry", "reported")
    assert got[1:] == [(None, "Fisheries Ministry Official", "reported")] * 2
