"""Who each paragraph of a news story belongs to, as `nrc segment FILE --format json` shows
it: a surname misspelt once, the paragraph giving the circumstances of a person's remarks, a
lead that a later paragraph credits ("made this known"), report verbs of other languages.
Small made-up stories, one per property."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main


def _turns(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(t["speaker"], t["attribution"]) for t in json.loads(result.output)["turns"]]


def test_a_surname_misspelt_by_one_letter_is_the_person_named_before(tmp_path: Path) -> None:
    story = (
        "Minister says alerts are routine\n\n"
        "Foreign minister Adebayo Nwachukwu says the alerts issued by foreign embassies are "
        "routine.\n\n"
        "However, President Samuel Eze had said the alerts did not mean an attack was near.\n\n"
        "Speaking on Monday, Nwachkwu said countries should be careful about such alerts.\n\n"
        "\u201cThere is a foreign dimension to this issue, and we are in touch with them.\u201d\n"
    )
    got = _turns(tmp_path, story)
    assert [who for who, _ in got] == [
        "Adebayo Nwachukwu",
        "Samuel Eze",
        "Adebayo Nwachukwu",
        "Adebayo Nwachukwu",
    ]


def test_a_surname_one_letter_longer_at_its_end_is_someone_else(tmp_path: Path) -> None:
    story = (
        "Talks in Geneva\n\n"
        "Deputy minister Pavel Ivanov said the talks in Geneva would go on next week.\n\n"
        "Officials say no date has been set for the next round of the talks.\n\n"
        "Ivanova said the delegation had not yet been told of any date for the talks.\n"
    )
    assert _turns(tmp_path, story)[-1][0] != "Pavel Ivanov"


@pytest.mark.parametrize(
    "circumstance",
    [
        "He was responding to a question from an opposition member in parliament.",
        "He was reacting to an editorial in a state-run newspaper on Sunday.",
    ],
)
def test_the_circumstances_of_a_persons_remarks_are_theirs(
    tmp_path: Path, circumstance: str
) -> None:
    story = (
        "Minister urges caution\n\n"
        "Foreign Minister Tomas Halvorsen said every invitation would be studied with care.\n\n"
        f"{circumstance}\n\n"
        "The session was adjourned at noon.\n"
    )
    got = _turns(tmp_path, story)
    assert got[1] == ("Tomas Halvorsen", "reported")
    assert got[2] == (None, "narration")


@pytest.mark.parametrize("back", ["made this known in Abuja", "disclosed this at a briefing"])
def test_a_lead_the_next_paragraph_credits_back_is_that_persons(tmp_path: Path, back: str) -> None:
    story = (
        "Nine priorities for foreign policy\n\n"
        "Nigeria has identified nine priority areas that will guide its foreign policy in the "
        "next four years.\n\n"
        f"The Minister of Foreign Affairs, Adebayo Nwachukwu, {back} on Tuesday.\n\n"
        "The areas include trade, security and the diaspora.\n"
    )
    got = _turns(tmp_path, story)
    assert got[:2] == [("Adebayo Nwachukwu", "reported")] * 2
    assert got[2] == (None, "narration")


def test_a_verb_last_sentence_is_the_name_that_opens_it(tmp_path: Path) -> None:
    story = (
        "Ankara'da açıklama\n\n"
        "Dışişleri Bakanı Kemal Aydınoğlu, Antalya'da gazetecilere yaptığı açıklamada "
        "görüşmelerin sürdüğünü belirtti.\n\n"
        'Bakan Aydınoğlu açıklamasında, "Şu anda kesinleşen bir husus yok" dedi.\n\n'
        "Toplantı yarın yapılacak.\n"
    )
    got = _turns(tmp_path, story)
    assert got == [
        ("Kemal Aydınoğlu", "reported"),
        ("Kemal Aydınoğlu", "quoted"),
        (None, "narration"),
    ]


@pytest.mark.parametrize(
    ("lead", "quote", "who"),
    [
        (
            "El canciller Jorge Ramírez Soto informó hoy que las negociaciones seguirán.",
            "“Vamos a seguir hablando con todos”, aclaró.",
            "Jorge Ramírez Soto",
        ),
        (
            "Il ministro Paolo Bianchetti ha ribadito che i colloqui continueranno.",
            "«Continueremo a parlare con tutti», ha precisato Bianchetti.",
            "Paolo Bianchetti",
        ),
        (
            "Minister Jozef Hrubský poznamenal, že rokovania budú pokračovať.",
            "„Budeme hovoriť so všetkými,“ potvrdil Hrubský.",
            "Jozef Hrubský",
        ),
        (
            "Le ministre Jean-Luc Marchetti a annoncé que les discussions continueront.",
            "« Nous parlerons avec tout le monde », a insisté Marchetti.",
            "Jean-Luc Marchetti",
        ),
    ],
)
def test_report_verbs_and_quote_marks_of_other_languages(
    tmp_path: Path, lead: str, quote: str, who: str
) -> None:
    got = _turns(tmp_path, f"Headline of the story here\n\n{lead}\n\n{quote}\n")
    assert got == [(who, "reported"), (who, "quoted")]


def test_an_institutions_words_that_a_named_minister_told_are_the_ministers(
    tmp_path: Path,
) -> None:
    story = (
        "Government in talks with the platform\n\n"
        "The Federal Government said it is in talks with the platform after suspending it, "
        "foreign minister Adebayo Nwachukwu told reporters on Monday.\n\n"
        "\u201cThe talks are going on, we will see how that progresses.\u201d\n\n"
        "More than a million users have an account.\n"
    )
    assert _turns(tmp_path, story) == [
        ("Adebayo Nwachukwu", "reported"),
        ("Adebayo Nwachukwu", "quoted"),
        (None, "narration"),
    ]


def _roles(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(t["speaker"], t["role"]) for t in json.loads(result.output)["turns"]]


def test_an_anonymous_source_described_after_the_verb_keeps_its_description(
    tmp_path: Path,
) -> None:
    story = (
        "Broadcasters fear a wider clampdown\n\n"
        "Information minister Adebayo Nwachukwu said the ban would stay in force.\n\n"
        "\u201cWe need to push back and fast,\u201d said a news editor at a major radio "
        "station in Lagos, who asked to remain anonymous.\n\n"
        "\u201cThe platform is very important for us.\u201d\n"
    )
    got = _roles(tmp_path, story)
    assert got[0][0] == "Adebayo Nwachukwu"
    assert got[1:] == [(None, "News Editor at a Major Radio Station")] * 2  # its label


def test_a_block_of_speech_naming_an_office_in_the_first_person_goes_on(tmp_path: Path) -> None:
    story = (
        "Minister on the alliance\n\n"
        "Foreign Minister Kemal Aydin made a statement in Ankara on Tuesday.\n\n"
        "Minister Aydin's statements are as follows;\n\n"
        "We expect more support from our allies in the fight against terrorism.\n\n"
        "We have written to the secretary general about this issue many times.\n\n"
        "This need has to be met, and it has to be understood.\n"
    )
    got = _turns(tmp_path, story)
    assert got[2:] == [("Kemal Aydin", "quoted")] * 3


def test_a_quote_cut_off_by_the_end_of_the_page_is_the_last_speakers(tmp_path: Path) -> None:
    story = (
        "Minister urges caution\n\n"
        "Foreign Minister Tomas Halvorsen said every invitation would be studied with care.\n\n"
        "\u201cThe bloc is a platform for us to see the world as it is, not as others want,\u201d he sai"
    )
    assert _turns(tmp_path, story)[-1] == ("Tomas Halvorsen", "quoted")


def test_a_group_named_by_plural_initials_is_no_speaker(tmp_path: Path) -> None:
    story = (
        "Minister under scrutiny\n\n"
        "Cabinet minister Paul Harrow phoned the foreign minister in Seoul yesterday.\n\n"
        "The call came after scrutiny in Parliament, where Opposition MPs asked the acting "
        "minister to explain his comments.\n\n"
        "The minister returns on Friday.\n"
    )
    got = _turns(tmp_path, story)
    assert got[1] == (None, "narration")


@pytest.mark.parametrize(
    "sentence",
    [
        "She would not comment on whether the visit included the summit.",
        "But Ms Ferreira did reveal that she had met the envoy in private.",
        "She went on to say that the border question was settled.",
    ],
)
def test_a_report_with_an_auxiliary_is_the_persons(tmp_path: Path, sentence: str) -> None:
    story = (
        "Minister on the visit\n\n"
        "Foreign Minister Ana Ferreira said a planned trip to Madrid was postponed.\n\n"
        f"{sentence}\n"
    )
    assert _turns(tmp_path, story)[-1] == ("Ana Ferreira", "reported")


def test_a_lead_crediting_an_institution_goes_to_its_official_named_next(
    tmp_path: Path,
) -> None:
    story = (
        "Coast guard welcomes partners\n\n"
        "MANILA - The Philippine Coast Guard (PCG) on Thursday said the country will keep "
        "welcoming partners that support it.\n\n"
        "PCG spokesperson Commodore Ramon Villanueva stressed that the country will stay "
        "vigilant.\n\n"
        "The patrols will go on through the year.\n"
    )
    got = _turns(tmp_path, story)
    assert got[:2] == [("Ramon Villanueva", "reported")] * 2
    assert got[2] == (None, "narration")


def test_a_lead_crediting_an_institution_stays_its_own_when_no_official_of_it_follows(
    tmp_path: Path,
) -> None:
    story = (
        "Ministry rejects claims\n\n"
        "The Foreign Ministry said on Thursday that the claims were false.\n\n"
        "Opposition leader Ramon Villanueva said the ministry had misled the public.\n"
    )
    assert _turns(tmp_path, story)[0][0] != "Ramon Villanueva"


def test_every_phrase_of_anonymity_passes_the_cheap_test_before_its_regex() -> None:
    from nrc_search.ingest import news
    from nrc_search.ingest.lexicon import lexicon

    for phrase in lexicon()["anonymity_phrases"]:
        assert any(key in phrase for key in news._ANONYMITY_KEYS), phrase


def test_words_a_speech_verb_and_a_colon_introduce_are_the_speakers(tmp_path: Path) -> None:
    story = (
        "President quotes a song\n\n"
        "Council President Anton Verhoeven told reporters the union was built on dreams.\n\n"
        "He went on to quote from an old song:\n\n"
        "So, who knows? You may say I am a dreamer, but I am not the only one.\n\n"
        "The summit ends on Friday.\n"
    )
    got = _turns(tmp_path, story)
    assert got[1:] == [
        ("Anton Verhoeven", "reported"),
        ("Anton Verhoeven", "quoted"),
        (None, "narration"),
    ]


def test_a_lead_of_words_told_to_parliament_is_the_speakers_named_next(tmp_path: Path) -> None:
    story = (
        "Minister urges caution\n\n"
        "OSLO, June 27 - Norway has to be careful in choosing its partners abroad, parliament "
        "was told today.\n\n"
        "Foreign Minister Tomas Halvorsen said every invitation would be studied with care.\n\n"
        "The session was adjourned at noon.\n"
    )
    got = _turns(tmp_path, story)
    assert got[:2] == [("Tomas Halvorsen", "reported")] * 2
    assert got[2] == (None, "narration")


def test_a_quote_credited_by_a_name_alone_is_that_persons(tmp_path: Path) -> None:
    story = (
        "No contacts planned\n\n"
        "The government has not ruled out contacts with the new administration.\n\n"
        "\u201cI do not know whether there will be any contact before the inauguration,\u201d "
        "the spokesman for the president, Viktor Lindqvist, \u2026\n\n"
        "The inauguration is in January.\n"
    )
    got = _turns(tmp_path, story)
    assert got[1] == ("Viktor Lindqvist", "quoted")
    assert got[2] == (None, "narration")


def test_a_quote_opening_the_story_is_the_person_the_next_paragraph_names(
    tmp_path: Path,
) -> None:
    story = (
        "No contacts planned\n\n"
        "\u201cI do not know whether there will be any contact before the inauguration.\u201d\n\n"
        "Presidential spokesman Viktor Lindqvist said contacts could not be ruled out.\n\n"
        "The inauguration is in January.\n"
    )
    got = _turns(tmp_path, story)
    assert got[:2] == [("Viktor Lindqvist", "quoted"), ("Viktor Lindqvist", "reported")]


def test_a_verb_that_holds_its_pronoun_is_the_last_speakers(tmp_path: Path) -> None:
    story = (
        "DFA on the dispute\n\n"
        "Ayon kay DFA Secretary Ramon Villanueva, diplomatikong pag-uusap ang kailangan sa "
        "usapin.\n\n"
        "Ganito rin aniya ang pinaiiral ng bansa sa kabilang bahagi ng karagatan.\n"
    )
    assert _turns(tmp_path, story) == [("Ramon Villanueva", "reported")] * 2


@pytest.mark.parametrize(
    ("story", "who", "role"),
    [
        (
            "BERLIN - Außenminister Klaus Berger sagte am Montag, die Gespräche gingen weiter."
            "\n\n„Wir sind bereit“, sagte er.\n",
            "Klaus Berger",
            "Außenminister",
        ),
        (
            "ROMA - Il ministro degli Esteri Paolo Bianchi ha detto che i colloqui continuano."
            '\n\n"Siamo pronti", ha aggiunto Bianchi.\n',
            "Paolo Bianchi",
            "ministro degli Esteri",
        ),
        (
            "PARIS - Le ministre Jean Dupont a déclaré lundi que les discussions continueraient."
            "\n\n« Nous sommes prêts », a-t-il ajouté.\n",
            "Jean Dupont",
            None,
        ),
        (
            "ANKARA - Dışişleri Bakanı Mehmet Kaya, görüşmelerin süreceğini söyledi."
            '\n\nKaya, "Hazırız" dedi.\n',
            "Mehmet Kaya",
            "Dışişleri Bakanı",
        ),
    ],
)
def test_a_minister_in_other_languages_and_the_pronoun_after_the_quote(
    tmp_path: Path, story: str, who: str, role: str | None
) -> None:
    got = _roles(tmp_path, "Headline of the story here\n\n" + story)
    assert [speaker for speaker, _ in got] == [who, who]
    if role:
        assert got[0][1] == role


def test_a_lead_crediting_a_ministry_goes_to_the_ministry_spokesman_named_next(
    tmp_path: Path,
) -> None:
    story = (
        "Ministry rejects claims\n\n"
        "The Foreign Ministry on Monday rejected the claims about the talks as baseless.\n\n"
        "Ministry spokesman Ivan Petrov said the reports were false.\n\n"
        '"These are lies," Petrov said.\n'
    )
    assert [who for who, _ in _turns(tmp_path, story)] == ["Ivan Petrov"] * 3


def test_a_first_surname_of_two_is_the_person_named_in_full(tmp_path: Path) -> None:
    story = (
        "Canciller habla\n\n"
        "El canciller Marcelo Ebrard Casaubón dijo el lunes que las pláticas seguirán.\n\n"
        "«Estamos listos», afirmó Ebrard.\n"
    )
    assert [who for who, _ in _turns(tmp_path, story)] == ["Marcelo Ebrard Casaubón"] * 2


@pytest.mark.parametrize(
    ("source", "label"),
    [
        ("«No hay prisa», dijo un diplomático que pidió el anonimato.", "Diplomático"),
        ("Un diplomático, que pidió el anonimato, dijo que no hay prisa.", "Diplomático"),
        ("« Rien ne presse », a déclaré un diplomate sous couvert d'anonymat.", "Diplomate"),
        ("„Es eilt nicht“, sagte ein Diplomat, der nicht genannt werden wollte.", "Diplomat"),
    ],
)
def test_an_anonymous_source_in_other_languages_is_never_the_last_named_person(
    tmp_path: Path, source: str, label: str
) -> None:
    story = (
        "Headline of the story here\n\n"
        "El canciller Jorge Ramírez dijo el lunes que las pláticas seguirán.\n\n"
        f"{source}\n"
    )
    assert _roles(tmp_path, story)[1] == (None, label)


def test_every_phrase_of_anonymity_passes_the_cheap_test_of_unnamed_sources() -> None:
    from nrc_search.ingest import news
    from nrc_search.ingest.lexicon import lexicon

    for phrase in lexicon()["anonymity_phrases"]:
        assert any(key in phrase for key in news._ANON_KEYS), phrase


def test_what_a_person_expects_is_reported_but_not_what_is_expected(tmp_path: Path) -> None:
    story = (
        "Minister on the summit\n\n"
        "Foreign Minister Ana Ferreira said a planned trip to Madrid was postponed.\n\n"
        "She expected the summit in June to be similarly frank.\n\n"
        "The summit is expected to last two days.\n"
    )
    got = _turns(tmp_path, story)
    assert got[1:] == [("Ana Ferreira", "reported"), (None, "narration")]


def test_words_after_a_speech_verb_and_a_colon_are_quoted_marks_or_none(tmp_path: Path) -> None:
    story = (
        "Minister on the islands\n\n"
        "Foreign Minister Kemal Aydin spoke in Ankara on Tuesday.\n\n"
        "Minister Aydin said: We will protect the rights of the islanders in the sea.\n"
    )
    assert _turns(tmp_path, story)[-1] == ("Kemal Aydin", "quoted")


def test_an_unnamed_sources_label_drops_its_quantifier(tmp_path: Path) -> None:
    story = (
        "Secretary leaves\n\n"
        "Secretary of State Paul Harrow returned to Washington on Tuesday.\n\n"
        "Some senior administration officials said Mr. Harrow had been warned on Friday.\n"
    )
    assert _roles(tmp_path, story)[-1] == (None, "Senior Administration Officials")
