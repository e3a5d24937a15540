"""Who a label means and what office it gives, as `nrc segment --format json` shows them, on
house styles made up for the purpose (no publisher's text): a key letter after a name
("Wang Lin (W):", then "W:") is the person, not a role; the role then comes from the page's
introduction, whatever case it prints the name in; an office label with an anonymous function
in brackets keeps that function as the speaker; an office abbreviated before a surname no
full name expands is the role; a Spanish record's "INTERVENCIÓN:" is a question."""

from __future__ import annotations

import pytest

from tests.test_segment_properties import segment


def _who(tmp_path, text: str) -> list[tuple[str | None, str | None, bool]]:
    turns = segment(tmp_path, text)["turns"]
    return [(t["speaker"], t["role"], "question" in t["flags"]) for t in turns]


KEYED = """\
Lunch with the Harbour Herald
On 30 January, the Herald publishes its interview with Ambassador WANG Lin. The transcript \
follows.

Peter Hall (P): The questions come in three parts: first Britain, then yourself, then the world.

Wang Lin (W): Thank you for choosing this restaurant. I like it very much.

P: What do you make of the humour of this country?

W: I think the stereotypes are wrong. We laugh a lot at home too.
"""


def test_a_key_letter_after_a_name_is_that_person_and_no_role(tmp_path) -> None:
    assert _who(tmp_path, KEYED) == [
        ("Peter Hall", None, False),
        ("Wang Lin", "Ambassador", False),
        ("Peter Hall", None, False),
        ("Wang Lin", "Ambassador", False),
    ]


MODERATED = """\
Press Conference by the Prime Minister of Vastmark
Lindholm, 6 December 2010

DEPUTY CABINET SECRETARY (MODERATOR): We shall now begin the press conference. Prime \
Minister, please.

PRIME MINISTER OSTBERG: Thank you. Today I would like to speak about the budget.

DEPUTY CABINET SECRETARY (MODERATOR): We will now take questions.
"""


def test_an_office_with_an_anonymous_function_in_brackets_is_that_function(tmp_path) -> None:
    assert _who(tmp_path, MODERATED) == [
        ("Moderator", "Deputy Cabinet Secretary", False),
        ("Ostberg", "Prime Minister", False),
        ("Moderator", "Deputy Cabinet Secretary", False),
    ]


ABBREVIATED = """\
Joint press conference of Prime Minister Ilse Dorn and the visiting Prime Minister
9 June 2023

PM Dorn: Good morning. I am happy to welcome my colleague to Lindholm for our annual meeting.

PM Karsk: Thank you, Prime Minister. It is always a pleasure to be here.

Question: Mrs Dorn, what about the digital economy agreement?

PM Dorn: We signed an upgrade today and it will help both our peoples.
"""


def test_an_abbreviated_office_before_a_surname_is_the_role(tmp_path) -> None:
    assert _who(tmp_path, ABBREVIATED) == [
        ("Ilse Dorn", "Prime Minister", False),
        ("Karsk", "Prime Minister", False),
        (None, None, True),
        ("Ilse Dorn", "Prime Minister", False),
    ]


SPANISH = """\
Versión estenográfica de la conferencia de prensa del Ministro de Comercio de Vastmark
Lindholm, 10 de mayo de 2023

MINISTRO IVAN PETROV: Buenos días. Hoy firmamos el acuerdo comercial con Ruritania.

INTERVENCIÓN: ¿Cuándo entra en vigor el acuerdo?

MINISTRO IVAN PETROV: En junio, cuando lo aprueben los dos parlamentos.
"""


def test_an_intervention_from_the_floor_is_a_question(tmp_path) -> None:
    who = _who(tmp_path, SPANISH)
    assert [w[2] for w in who] == [False, True, False]
    assert who[0][0] == who[2][0] == "Ivan Petrov"
    assert who[1][0] is None


_ANSWER = "We discussed trade, investment and the situation in the region at some length. " * 12


def test_a_label_surname_the_page_spells_out_only_at_its_end_is_the_full_name(tmp_path) -> None:
    rounds = "\n\n".join(
        f"QUESTION: Minister, question {i}?\n\nMINISTER KARSK: {_ANSWER}" for i in range(8)
    )
    text = (
        "Joint press conference\nLindholm, 3 March 2022\n\n"
        f"MINISTER KARSK: Thank you all for coming.\n\n{rounds}\n\n"
        "Foreign Minister Dame Olga Karsk answered questions from the media after the meeting.\n"
    )
    who = {w for w in _who(tmp_path, text) if not w[2]}
    assert who == {("Olga Karsk", "Foreign Minister", False)}


def test_two_people_of_one_surname_leave_the_label_as_printed(tmp_path) -> None:
    rounds = "\n\n".join(
        f"QUESTION: Minister, question {i}?\n\nMINISTER KARSK: {_ANSWER}" for i in range(8)
    )
    text = (
        "Joint press conference\nLindholm, 3 March 2022\n\n"
        f"MINISTER KARSK: Thank you all for coming.\n\n{rounds}\n\n"
        "Foreign Minister Olga Karsk and her brother, Trade Minister Ivan Karsk, left together.\n"
    )
    assert {w[0] for w in _who(tmp_path, text) if not w[2]} == {"Karsk"}


INTRODUCED = """\
Press conference
Lindholm, 3 March 2022

The Minister for Foreign Affairs, Ivan Petrov, and the Minister of Trade, Olga Berg, briefed the \
media after the talks.

MINISTER PETROV: Thank you. We agreed on the accord.

MINISTER BERG: Thank you too. Tariffs fall by half.

QUESTION: Minister Berg, when?

MINISTER BERG: In June.
"""


def test_a_labels_one_word_office_gives_way_to_the_office_the_page_introduces(tmp_path) -> None:
    who = [w for w in _who(tmp_path, INTRODUCED) if w[0]]
    assert who == [
        ("Ivan Petrov", "Minister for Foreign Affairs", False),
        ("Olga Berg", "Minister of Trade", False),
        ("Olga Berg", "Minister of Trade", False),
    ]


@pytest.mark.parametrize(
    ("heading", "label", "name"),
    [
        ("Пресс-конференция Петра Коваленко", "П.Коваленко", "П. Коваленко"),  # case unknown
        ("Встреча Петра Ковалёва с журналистами", "П.Ковалёв", "Петр Ковалёв"),
        ("Интервью Сергея Лаврова газете", "С.В.Лавров", "Сергей Лавров"),
        ("Брифинг официального представителя Марии Захаровой", "М.Захарова", "М. Захарова"),
        ("Брифинг: Мария Захарова отвечает на вопросы", "М.Захарова", "Мария Захарова"),
    ],
)
def test_russian_initials_are_the_name_the_heading_declines(
    tmp_path, heading: str, label: str, name: str
) -> None:
    text = (
        f"{heading}\n\n4 мая 2021 года\n\n{label}: Добрый день, уважаемые коллеги.\n\n"
        f"Вопрос: Что с зерновым коридором?\n\n{label}: Коридор остаётся открытым.\n"
    )
    speakers = [w[0] for w in _who(tmp_path, text) if not w[2]]
    assert set(speakers) == {name}


@pytest.mark.parametrize(
    ("label", "name", "role"),
    [
        ("IAEA-GENERALDIREKTOR PETER LINDQVIST", "Peter Lindqvist", "IAEA-Generaldirektor"),
        ("UN-Generalsekretärin Ilse Dorn", "Ilse Dorn", "UN-Generalsekretärin"),
    ],
)
def test_an_office_joined_to_an_acronym_is_the_role_not_the_name(
    tmp_path, label, name, role
) -> None:
    text = (
        "Pressekonferenz in Wien\n\n12. Mai 2023\n\n"
        f"{label}: Guten Tag. Wir haben heute über die Inspektionen gesprochen.\n\n"
        "FRAGE: Wann beginnen sie?\n\n"
        f"{label}: Im Juni.\n"
    )
    who = [w for w in _who(tmp_path, text) if not w[2]]
    assert who == [(name, role, False), (name, role, False)]
