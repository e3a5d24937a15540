"""Questions keep "Question" (the flag) plus the questioner and the outlet where the label or
the question states them, whatever the house style puts where, as `nrc segment --format
json` shows it. Made-up documents, no publisher's text."""

from __future__ import annotations

import pytest

from tests.test_segment_properties import segment

HEAD = "Press conference of the Minister of Trade Ivan Petrov\nLindholm, 3 March 2022\n\n"


@pytest.mark.parametrize(
    ("line", "asker", "outlet"),
    [
        ("Question from Carl Marsh of Harbour Radio: When?", "Carl Marsh", "Harbour Radio"),
        ("JOURNALIST (Dana Frost, Northern Post): When?", "Dana Frost", "Northern Post"),
        ("Q. Kay Wells, Lindholm Daily: When?", "Kay Wells", "Lindholm Daily"),
        ("QUESTION (Jane Doe, Harbour Radio): When?", "Jane Doe", "Harbour Radio"),
        ("QUESTION: Ann Lee, Northern Post. Minister, when?", "Ann Lee", "Northern Post"),
        ("REPORTER: Fred Hale with Harbour Radio. When?", "Fred Hale", "Harbour Radio"),
        ("Q (Northern Post): When?", None, "Northern Post"),
    ],
)
def test_a_question_keeps_its_asker_and_outlet(
    tmp_path, line: str, asker: str | None, outlet: str
) -> None:
    text = f"{HEAD}MINISTER PETROV: Good morning.\n\n{line}\n\nMINISTER PETROV: In June.\n"
    turns = segment(tmp_path, text)["turns"]
    got = [(t["speaker"], t["role"], "question" in t["flags"]) for t in turns]
    assert got[1] == (asker, outlet, True)
    assert got[0][0] == got[2][0] == "Ivan Petrov" and not got[2][2]


def test_an_office_in_a_question_labels_note_is_no_asker(tmp_path) -> None:
    text = (
        f"{HEAD}MINISTER PETROV: Good morning.\n\n"
        "QUESTION (Foreign Ministry, Northern Post): When?\n\nMINISTER PETROV: In June.\n"
    )
    asked = segment(tmp_path, text)["turns"][1]
    assert asked["speaker"] is None and "question" in asked["flags"]


@pytest.mark.parametrize("label", ["WARTAWAN", "Pertanyaan", "Tanong", "Soalan"])
def test_a_question_label_in_indonesian_malay_or_tagalog_asks(tmp_path, label: str) -> None:
    text = (
        f"{HEAD}MINISTER PETROV: Selamat pagi.\n\n{label}: Kapan perjanjian ditandatangani?\n\n"
        "MINISTER PETROV: Akhir tahun.\n"
    )
    turns = segment(tmp_path, text)["turns"]
    assert [("question" in t["flags"], t["speaker"]) for t in turns] == [
        (False, "Ivan Petrov"),
        (True, None),
        (False, "Ivan Petrov"),
    ]


@pytest.mark.parametrize(
    ("opening", "asker", "outlet"),
    [
        ("Buenos días, soy Ana Ruiz de El Heraldo. ¿Cuándo?", "Ana Ruiz", "El Heraldo"),
        ("Bonjour, je suis Jean Dupont du Courrier. Quand ?", "Jean Dupont", "Courrier"),
        ("Добрый день! Иван Петров, «Вечерний вестник». Когда?", "Иван Петров", "Вечерний вестник"),
        ("Selamat pagi, saya Budi Santoso dari Harian Pagi. Kapan?", "Budi Santoso", "Harian Pagi"),
        ("Guten Tag, mein Name ist Hans Weber von der Abendpost. Wann?", "Hans Weber", "Abendpost"),
        ("Hello, Priit Simson, Northern Post. When?", "Priit Simson", "Northern Post"),
    ],
)
def test_a_questioner_who_introduces_themself_in_another_language_is_kept(
    tmp_path, opening: str, asker: str, outlet: str
) -> None:
    text = (
        f"{HEAD}MINISTER PETROV: Good morning.\n\nQUESTION: {opening}\n\nMINISTER PETROV: Soon.\n"
    )
    asked = segment(tmp_path, text)["turns"][1]
    assert (asked["speaker"], asked["role"], "question" in asked["flags"]) == (asker, outlet, True)
