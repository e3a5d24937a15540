"""News paragraphs the gold gives a speaker and the parser gave no one: a quote's tag that
names its speaker by one name the story never printed in full ('"...," lausus Tamm.'). Each
story is made up; the property recurs across publishers and languages."""

from __future__ import annotations

from pathlib import Path

from tests.test_news_attribution import _turns


def test_a_quote_tag_with_a_surname_alone_credits_that_name(tmp_path: Path) -> None:
    # An Estonian-style story: the speaker is named by surname alone, in the tag after the
    # quote, and then opens a reported sentence; nobody named her in full.
    story = (
        "Välisminister sanktsioonidest\n\n"
        "Kohtuotsus tekitas Euroopas pahameelt ja mitmed riigid kaaluvad vastusamme.\n\n"
        '"Kindlasti jätkame seda teemat partneritega ja tõstatame küsimuse uuesti," '
        "lausus Tammsaar.\n\n"
        "Tammsaar märkis, et ühised sanktsioonid oleksid mõjusamad.\n\n"
        "Kohtuistung jätkub järgmisel nädalal.\n"
    )
    turns = _turns(tmp_path, story)
    assert turns[1] == ("Tammsaar", None, "quoted")
    assert turns[2] == ("Tammsaar", None, "reported")
    assert turns[3] == (None, None, "narration")


def test_a_quote_tag_names_no_one_for_a_place_or_an_institution(tmp_path: Path) -> None:
    story = (
        "Talks on the border\n\n"
        "The two delegations met on Monday for a third round of talks.\n\n"
        '"We are ready to sign the agreement next month," said Moscow.\n\n'
        '"The process is moving in the right direction," Tamsin Vale said later.\n\n'
        '"Nobody expected it to be this fast," Vale said.\n'
    )
    turns = _turns(tmp_path, story)
    assert turns[1][0] is None  # a place credited, no person
    assert turns[2][0] == "Tamsin Vale"
    assert turns[3][0] == "Tamsin Vale"  # the surname is the person named in full before


def test_a_nationality_after_the_office_does_not_hide_the_name_after_the_verb(
    tmp_path: Path,
) -> None:
    # Romance languages put the nationality after the office: "le président malien X",
    # "el canciller chileno X"; the name after it is the subject of the verb before.
    story = (
        "Les discussions reprendront en mars\n\n"
        "Les discussions doivent se poursuivre dans le calme. C'est ce qu'a déclaré le "
        "président malien Amadou Keïta Sangaré.\n\n"
        "« Nous n'avons pas besoin de ruptures brutales », a-t-il ajouté devant la presse.\n\n"
        "La prochaine réunion est prévue à Bamako.\n"
    )
    turns = _turns(tmp_path, story)
    assert [who for who, _, _ in turns[:2]] == ["Amadou Keïta Sangaré"] * 2
    assert [how for _, _, how in turns] == ["reported", "quoted", "narration"]
