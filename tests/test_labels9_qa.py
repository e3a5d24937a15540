"""Question and answer labels a user sees in `nrc segment --format json`: a numbered question
alone on its line over the question ("Q1"), an answer mark and a slash before who answers
("A/ President Varga"), a numbered answer ("A1:") that names nobody. Made-up house styles."""

from __future__ import annotations

from tests.test_labels_grammar import _turns

NUMBERED_ALONE = """\
Q1

Good morning, Mr President. My name is Ana Ruiz from Harbour Radio. What will the summit \
decide on the harbour treaty, and when will it be signed?

A/ President Varga

Thank you for the question. The summit will decide on the treaty this week. We expect it to \
be signed before the end of the month, and the ministers are ready for it.

Q2

Tomas Lind, Norvik Daily. Will the ports reopen before the treaty is signed?

A/ President Varga

The ports will reopen on Monday, whatever the treaty's timetable.
"""


def test_numbered_question_alone_and_slashed_answer_open_turns(tmp_path) -> None:
    turns = _turns(tmp_path, NUMBERED_ALONE)
    got = [(t["label"], t["speaker"], "question" in t["flags"]) for t in turns]
    assert got == [
        ("Q1", "Ana Ruiz", True),  # the questioner who introduces herself
        ("A/ President Varga", "Varga", False),
        ("Q2", "Tomas Lind", True),
        ("A/ President Varga", "Varga", False),
    ]
    assert turns[0]["text"].startswith("Good morning, Mr President.")
    assert turns[1]["role"] == "President"


ONE_NUMBERED_PAIR = """\
Q1

What will the summit decide on the harbour treaty, and when will it be signed by the ministers?

A/ Jane Doe

The summit will decide on the treaty this week, and the ministers will sign it in March.
"""


def test_one_numbered_pair_is_labelled_too(tmp_path) -> None:
    turns = _turns(tmp_path, ONE_NUMBERED_PAIR)
    assert [(t["label"], t["speaker"]) for t in turns] == [
        ("Q1", None),
        ("A/ Jane Doe", "Jane Doe"),
    ]
    assert "question" in turns[0]["flags"]


NUMBERED_ANSWERS = """\
Interview with the Minister for Harbours, Jane Doe

Q1: What will the summit decide on the harbour treaty?
A1: The summit will decide on the treaty this week.
Q2: Will the ports reopen?
A2: The ports will reopen on Monday.
"""


def test_numbered_answer_label_names_no_person(tmp_path) -> None:
    turns = _turns(tmp_path, NUMBERED_ANSWERS)
    assert [t["label"] for t in turns] == ["Q1", "A1", "Q2", "A2"]
    assert not any(t["speaker"] in ("A1", "A2") for t in turns)


OUTLET_ASKERS = """\
Press conference of President Tomas Varga

Ana Ruiz – HRB: Excellency, my question is related to the harbour treaty. I would like to \
know what the government will do to open the ports before the summit. Thank you.

President Varga: The ports will open on Monday, and the treaty will be signed in March.

Tomas Lind – Norvik Daily: When will the ministers meet on the treaty?

President Varga: They meet on Friday.
"""


def test_named_asker_with_outlet_asks_without_a_question_mark(tmp_path) -> None:
    turns = _turns(tmp_path, OUTLET_ASKERS)
    first = turns[0]
    assert (first["speaker"], first["role"]) == ("Ana Ruiz", "HRB")  # the outlet as printed
    assert "question" in first["flags"]  # "my question is ...", no question mark
    assert "question" in turns[2]["flags"]
    assert "question" not in turns[1]["flags"]


SENADO = """\
Comisión de Hacienda - sesión del 3 de marzo

SEÑOR PRESIDENTE.- Habiendo número, está abierta la sesión.

SEÑOR GARCÍA.- Quisiera solicitar la reconsideración del artículo 20 del proyecto.

SEÑORA RUIZ.- Apoyo la moción del señor senador.

SEÑOR PRESIDENTE.- Se va a votar la reconsideración.
"""


def test_spelled_out_courtesy_title_is_no_part_of_the_name(tmp_path) -> None:
    turns = _turns(tmp_path, SENADO)
    got = [(t["label"], t["speaker"], t["role"]) for t in turns]
    assert got[1:3] == [("SEÑOR GARCÍA.-", "García", None), ("SEÑORA RUIZ.-", "Ruiz", None)]
    assert all(t["speaker"] != "Señor Presidente" for t in turns)
    assert got[0][2] == "Presidente"


DASHED_INTERVIEW = """\
Interview of Prime Minister Jane Doe to Harbour TV

Tomas Lind – Good evening, dear viewers. Our guest tonight is the Prime Minister.

Prime Minister Jane Doe – Thank you for the invitation.

Tomas Lind – Will there be early elections this year?

Prime Minister Jane Doe – No, we have no such plans. The elections will be held on time.
"""


def test_title_case_names_before_a_dash_are_labels_where_printed_again(tmp_path) -> None:
    turns = _turns(tmp_path, DASHED_INTERVIEW)
    got = [(t["speaker"], t["text"].split()[0]) for t in turns if t["label"]]
    assert got == [
        ("Tomas Lind", "Good"),
        ("Jane Doe", "Thank"),
        ("Tomas Lind", "Will"),
        ("Jane Doe", "No,"),
    ]
    assert turns[-1]["role"] == "Prime Minister"


DASHED_STORY = """\
Harbour talks resume

Jane Doe – the minister for ports – said on Monday that the harbour would reopen soon.

The union said it agreed and that the strike would end on Tuesday, officials said.
"""


def test_a_name_before_a_dash_once_in_a_story_is_no_label(tmp_path) -> None:
    turns = _turns(tmp_path, DASHED_STORY)
    assert not any(t["label"] for t in turns)


CAPS_OPENERS = """\
Harbour Week: Jane Doe on the harbour treaty

Foreign Minister Jane Doe is interviewed by Harbour TV's Tomas Lind about the treaty.

TOMAS All right. A couple of quick things. I have got your agreement here.

JANE It is a good agreement, and we will sign it in March.

TOMAS Will the ports reopen before that?

JANE They reopen on Monday.
"""


def test_first_names_in_capitals_opening_the_speech_are_labels(tmp_path) -> None:
    turns = _turns(tmp_path, CAPS_OPENERS)
    got = [(t["label"], t["speaker"], t["text"].split()[0]) for t in turns if t["label"]]
    assert got == [
        ("TOMAS", "Tomas Lind", "All"),
        ("JANE", "Jane Doe", "It"),
        ("TOMAS", "Tomas Lind", "Will"),
        ("JANE", "Jane Doe", "They"),
    ]


CAPS_STORY = """\
Harbour talks resume

NORVIK The harbour reopened on Monday, officials said, after a week of talks.

NORVIK Workers returned on Tuesday and said they were glad the strike was over.

NATO Officials said the alliance would not comment on the harbour.
"""


def test_a_place_in_capitals_opening_lines_is_no_label(tmp_path) -> None:
    turns = _turns(tmp_path, CAPS_STORY)
    assert not any(t["label"] for t in turns)


COURTESY_LABELS = """\
Joint press briefing of the ministries

Ông Tran Van Nam: Xin chào các bạn phóng viên. Chúng tôi bắt đầu.

Sayın Ayşe Yılmaz: Teşekkür ederim. Başlayalım.

Pani Anna Nowak: Dziękuję bardzo. Zaczynamy.

Господин Иван Петров: Спасибо. Начнём.
"""


def test_courtesy_titles_of_other_languages_are_no_part_of_the_name(tmp_path) -> None:
    turns = _turns(tmp_path, COURTESY_LABELS)
    assert [t["speaker"] for t in turns if t["label"]] == [
        "Tran Van Nam",
        "Ayşe Yılmaz",
        "Anna Nowak",
        "Иван Петров",
    ]


RECORD_OFFICES = """\
Diário da Assembleia - reunião plenária

O Sr. Presidente: — Está aberta a sessão.

O Sr. Primeiro-Ministro: — Sr. Presidente, Srs. Deputados, começo pelo orçamento.

A Sr.ª Ministra da Justiça: — Obrigada, Sr. Presidente.

O Sr. Ministro das Finanças: — O orçamento será apresentado amanhã.
"""


def test_a_courtesy_title_before_an_office_makes_a_role_label(tmp_path) -> None:
    turns = _turns(tmp_path, RECORD_OFFICES)
    got = [(t["speaker"], t["role"]) for t in turns if t["label"]]
    assert got == [
        (None, "Presidente"),
        (None, "Primeiro-Ministro"),
        (None, "Ministra da Justiça"),
        (None, "Ministro das Finanças"),
    ]


SURNAME_FIRST = """\
Reunión de la Cámara - versión taquigráfica

SR. PRESIDENTE.- Tiene la palabra el señor diputado por Norvik.

SR. GARCÍA LÓPEZ, JUAN CARLOS (NORVIK): Gracias, señor presidente. Voy a ser breve.

SRA. RUIZ, ANA (SÖDERBY): Pido la palabra para una aclaración.
"""


def test_a_record_name_printed_surname_first_reads_in_order(tmp_path) -> None:
    turns = _turns(tmp_path, SURNAME_FIRST)
    got = [(t["speaker"], t["role"]) for t in turns if t["label"]][1:]
    assert got == [("Juan Carlos García López", "NORVIK"), ("Ana Ruiz", "SÖDERBY")]


OTHER_SCRIPT_ROLES = """\
Брифінг міністерства

Ведучий: Доброго дня, починаємо брифінг міністерства.

Журналіст: Коли відкриються порти?

Іван Петренко: Порти відкриються в понеділок.

ΕΡΩΤΗΣΗ: Πότε θα ανοίξουν τα λιμάνια;
"""


def test_journalists_and_offices_of_other_scripts_are_no_person(tmp_path) -> None:
    turns = _turns(tmp_path, OTHER_SCRIPT_ROLES)
    got = [(t["label"], t["speaker"], "question" in t["flags"]) for t in turns if t["label"]]
    assert got[0][:2] == ("Ведучий", None) and turns[0]["role"] == "Ведучий"
    assert got[1][0] == "Журналіст" and got[1][2] and got[1][1] != "Журналіст"
    assert got[2] == ("Іван Петренко", "Іван Петренко", False)
    assert got[3][0] == "ΕΡΩΤΗΣΗ" and got[3][2]  # the question word in capitals, no accent
