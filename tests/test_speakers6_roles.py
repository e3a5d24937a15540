"""Speakers, round eleven: the role a page states stays with the person (made-up house styles)."""

from __future__ import annotations

from pathlib import Path

from tests.test_news_attribution import _turns

# A wire story in Russian from an invented outlet: the office is printed once, before the name
# in Cyrillic, and the later paragraphs name him by surname or by pronoun.
_CYRILLIC_STORY = """Новости Заречья

Министр иностранных дел Заречья Остап Величко заявил, что переговоры продолжатся в марте.

«Мы готовы к диалогу без предварительных условий», — сказал Величко журналистам.

Он добавил, что делегация вылетит в Женеву на следующей неделе.
"""


def test_a_name_in_cyrillic_keeps_the_office_printed_before_it(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _CYRILLIC_STORY)
    said = [(who, role) for who, role, how in turns if how != "narration"]
    assert said, turns
    assert all(who == "Остап Величко" for who, _ in said), said
    # (an invented country is no genitive the lexicon knows: the office stops before it)
    assert all(role == "Министр иностранных дел" for _, role in said), said


# A wire story from an invented outlet: the minister's name has a lower-case particle ("del"),
# capitalised where a sentence starts with it ("Del Pilar told").
_PARTICLE_STORY = """Port Vale invites Vastland after talks

PORT VALE – Foreign Secretary Ramon del Pilar on Thursday, July 4, said he would invite his Vastland counterpart to visit the islands.

"We want a constructive dialogue," Del Pilar told reporters after the meeting.

Del Pilar added that the invitation had been sent through the embassy.
"""


def test_a_name_with_a_particle_is_one_person_with_the_office_printed(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _PARTICLE_STORY)
    assert [(who, role) for who, role, _ in turns] == [
        ("Ramon del Pilar", "Foreign Secretary")
    ] * 3, turns


# The same particles join an office to its complement in Spanish ("Procurador del
# Consumidor"): that is no person, and the speaker stays the one the office describes.
_OFFICE_STORY = """Vastland consumer office warns on prices

Ciudad Vasta – El gobierno dio la palabra a Ana María Quintero Salas, su Procuradora del Consumidor, quien lamentó que los precios subieran en marzo.

"No vamos a tolerar abusos", dijo Quintero Salas.
"""


def test_an_office_joined_to_its_complement_by_del_is_no_person(tmp_path: Path) -> None:
    named = {who for who, _, _ in _turns(tmp_path, _OFFICE_STORY) if who}
    assert "Procuradora del Consumidor" not in named
    assert named <= {"Ana María Quintero Salas"}, named


# Offices the lexicon did not know: an English "Councillor" (a member of a federal or city
# council), a Romanian office with its complement in title case, set off by commas.
_COUNCILLOR_STORY = """Vastland minister on the pandemic

In an interview with several regional newspapers, Federal Councillor Marta Brunner talks about the pandemic and the budget.

"We have to stand together," Brunner said.
"""

_ROMANIAN_STORY = """Vastlanda și parteneri

Ministrul Afacerilor Externe, Ioana Vasilescu, susține că țara este pregătită pentru dialog.

Vasilescu a menționat luni că întâlnirea va avea loc în martie.
"""


def test_a_councillor_is_an_office_before_the_name(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _COUNCILLOR_STORY)
    named = {(who, role) for who, role, _ in turns if who}
    assert named == {("Marta Brunner", "Federal Councillor")}, turns


def test_a_romanian_office_set_off_by_commas_is_the_role_of_the_name_after_it(
    tmp_path: Path,
) -> None:
    turns = _turns(tmp_path, _ROMANIAN_STORY)
    said = [(who, role) for who, role, how in turns if how != "narration"]
    assert said == [("Ioana Vasilescu", "Ministrul Afacerilor Externe")] * 2, turns


# A pronoun after a sentence part that names, by surname alone, one person the story named in
# full: that person, not the last one quoted.
_SURNAME_STORY = """Vastland minister reassures colleague

Deputy Minister Tomas Arvid phoned Foreign Minister Lena Holm in Port Vale yesterday to assure her he was not out to undermine her.

Acting Foreign Minister Karl Brenner said the government was united on the trade talks.

Among the Arvid comments: That he had explained to the ambassador that "policy will be made by the cabinet, not by any one minister".
"""


def test_a_pronoun_after_a_surname_the_story_gave_in_full_is_that_person(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _SURNAME_STORY)
    assert turns[-1] == ("Tomas Arvid", "Deputy Minister", "quoted"), turns
    assert ("Karl Brenner", "Acting Foreign Minister", "reported") in turns, turns


# Initials before a surname, as Russian wire copy in English prints them: the person the story
# named in full, or the office holder the shipped table names.
_INITIALS_STORY = """Talks in Moscow

Russian President Vladimir Putin met the visiting delegation on Monday.

"We are ready for talks," V. Putin said after the meeting.

S. Lavrov said the ministers would meet again.
"""


def test_initials_and_a_surname_are_the_full_name_of_the_story_or_the_table(
    tmp_path: Path,
) -> None:
    turns = _turns(tmp_path, _INITIALS_STORY)
    assert turns[1:] == [
        ("Vladimir Putin", "Russian President", "quoted"),
        ("Sergey Lavrov", None, "reported"),
    ], turns


# A Russian interview page from an invented ministry: the heading names the interviewee in
# the genitive after its event ("Интервью Министра ... Остапа Величко"); the answers are his,
# in the nominative that labels and text print.
_GENITIVE_HEADING = """Интервью Министра иностранных дел Заречья Остапа Величко газете «Вести», 12 марта 2019 года

Вопрос: Как Вы оцениваете итоги встречи?

Ответ: Мы удовлетворены итогами. Договорились продолжить контакты.
"""


def test_a_russian_heading_in_the_genitive_gives_the_speaker_in_the_nominative(
    tmp_path: Path,
) -> None:
    turns = _turns(tmp_path, _GENITIVE_HEADING)
    assert turns[-1] == ("Остап Величко", "Министр иностранных дел", "verbatim"), turns


def test_russian_names_in_the_genitive_read_in_the_nominative() -> None:
    from nrc_search.ingest.names import nominative

    assert [
        nominative(n)
        for n in (
            "Сергея Лаврова",
            "Марии Захаровой",
            "С.В.Лаврова",
            "Владимира Зеленского",
            "Сергея Шойгу",
            "Сергей Лавров",
            "Sergey Lavrov",
        )
    ] == [
        "Сергей Лавров",
        "Мария Захарова",
        "С.В.Лавров",
        "Владимир Зеленский",
        "Сергей Шойгу",
        "Сергей Лавров",
        "Sergey Lavrov",
    ]
