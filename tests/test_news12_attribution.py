"""News paragraphs in languages that inflect names or put the verb second: a surname printed
in the nominative ("Kováčik poukázal") is the person the story named before in another case
("podľa ministra Mareka Kováčika"), under the nominative; a verb-second sentence's subject
stands after its speech verb ("Mandag kunngjorde Russlands president X at ..."); and an office
printed with no article between the verb and the name ("sier utenriksminister X") is no
subject of its own. Each story is made up."""

from __future__ import annotations

from pathlib import Path

from tests.test_news_attribution import _turns


def test_a_surname_in_the_nominative_is_the_person_named_before_in_another_case(
    tmp_path: Path,
) -> None:
    story = (
        "Veľvyslanci sa stretli v Bratislave\n\n"
        "Stretnutie s vedúcimi zastupiteľských úradov sa uskutočňuje podľa ministra "
        "zahraničných vecí Mareka Kováčika pravidelne.\n\n"
        'Kováčik poukázal na to, že diplomati sú v poriadku. "Misia funguje odvážne," '
        "povedal.\n\n"
        "Kováčik uviedol, že porada potrvá dva dni.\n"
    )
    turns = _turns(tmp_path, story)
    assert turns[1][0] == "Marek Kováčik"  # not "Mareka Kováčika", nor nobody
    assert turns[2][0] == "Marek Kováčik"  # the story's person, renamed, found again


def test_a_verb_second_sentence_credits_the_name_after_its_speech_verb(tmp_path: Path) -> None:
    story = (
        "Utenriksministeren fordømmer anerkjennelsen\n\n"
        "Mandag kunngjorde Russlands president Ivan Sorokin at han anerkjenner de to "
        "republikkene.\n\n"
        "Mandag kunngjorde regjeringen i samarbeid med utenriksminister Kari Nordby at "
        "budsjettet er klart.\n"
    )
    turns = _turns(tmp_path, story)
    assert turns[0][:3:2] == ("Ivan Sorokin", "reported")
    assert turns[1][0] != "Kari Nordby"  # the government and more before her: no subject


def test_an_office_with_no_article_after_the_verb_is_the_named_persons(tmp_path: Path) -> None:
    story = (
        "Utenriksministeren fordømmer anerkjennelsen\n\n"
        "Russlands president Ivan Sorokin kunngjorde mandag at han anerkjenner de to "
        "republikkene.\n\n"
        "– Dette er en situasjon som vi fordømmer, sier utenriksminister Kari Nordby til NRK.\n"
    )
    turns = _turns(tmp_path, story)
    assert turns[1][0] == "Kari Nordby"  # not the president credited just before


def test_speech_verbs_of_polish_slovak_romanian_and_norwegian_credit_their_subject(
    tmp_path: Path,
) -> None:
    story = (
        "Ministrowie rozmawiali w Warszawie\n\n"
        "Minister spraw zagranicznych Jan Kowalczyk przypomniał, że rozmowy trwają od roku.\n\n"
        "Ministrul de Externe, Ana Popescu, a scris că sprijinul continuă.\n"
    )
    turns = _turns(tmp_path, story)
    assert turns[0][:3:2] == ("Jan Kowalczyk", "reported")
    assert turns[1][0] == "Ana Popescu"


def test_a_ministrys_initials_are_no_family_name(tmp_path: Path) -> None:
    story = (
        "Spotkanie w Chobielinie\n\n"
        "Szefowie MSZ Polski i Ukrainy Radosław Kowalczyk i Andrij Bondar spotkali się w "
        "piątek w Chobielinie.\n\n"
        "Szef polskiego MSZ przypomniał, że Rosja została wykluczona z rady.\n"
    )
    turns = _turns(tmp_path, story)
    assert "Polski" not in (turns[1][0] or "")  # "MSZ": the ministry's initials, no name


def test_a_countrys_genitive_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    story = (
        "Utenriksministeren i Kirkenes\n\n"
        "Med den russiske ambassadøren i salen, fordømte utenriksminister Kari Nordby "
        "Russlands handlinger i Ukraina.\n\n"
        "– Samarbeidet i nord må fortsette, sier Nordby.\n"
    )
    turns = _turns(tmp_path, story)
    assert turns[0][0] == "Kari Nordby"  # not "Kari Nordby Russlands"
    assert turns[1][0] == "Kari Nordby"
