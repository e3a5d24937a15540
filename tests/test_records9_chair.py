"""A record names its chair in a presiding line of its own language ("Веде засідання Голова
Ради ВАРГА Т.О.", "Sēdi vada Saeimas priekšsēdētājs" / "Tomass Vargs."), the office before the
name, the line run onto the next; the chair's office-only label is that person, and the
presiding line is the record's procedure, not a turn, as `nrc segment --format json` shows it.
Made-up house styles."""

from __future__ import annotations

from tests.test_labels_grammar import _turns

CAPITALS_AFTER_OFFICE = """\
Засідання N7

Сесійний зал Ради міста Вастмарк

3 березня 2021 року, 10.00 година

Веде засідання Голова Ради міста Вастмарк  ВАРГА Т.О.

ГОЛОВУЮЧИЙ.  Доброго ранку, шановні колеги. Прошу реєструватися.

Петренко Іван:  Шановний Голово, прошу слова з процедурного питання.

ГОЛОВУЮЧИЙ.  Будь ласка, одна хвилина.

Петренко Іван:  Дякую. Порядок денний треба змінити.
"""


def test_the_chair_named_in_capitals_after_the_office_speaks_the_chairs_turns(tmp_path) -> None:
    turns = _turns(tmp_path, CAPITALS_AFTER_OFFICE)
    chair = [t["speaker"] for t in turns if t["label"] == "ГОЛОВУЮЧИЙ"]
    assert chair == ["Варга Т.О.", "Варга Т.О."]


TWO_LINES = """\
Vastmarkas Saeimas sēdes stenogramma

2021.gada 3.martā

Sēdi vada Vastmarkas Saeimas priekšsēdētājs
Tomass Vargs.

Sēdes vadītājs. Labdien, godātie kolēģi! Sākam sēdi.

A.Bērziņa (OSTU PARTIJA).

Godātais sēdes vadītāj! Likumprojekts ir sagatavots trešajam lasījumam.

Sēdes vadītājs. Paldies. Vārds deputātei Bērziņai vēlreiz.

A.Bērziņa. Komisija šo priekšlikumu neatbalstīja.
"""


def test_a_presiding_line_run_onto_the_next_names_the_chair_and_is_no_turn(tmp_path) -> None:
    turns = _turns(tmp_path, TWO_LINES)
    chair = [t["speaker"] for t in turns if t["label"] == "Sēdes vadītājs."]
    assert chair == ["Tomass Vargs", "Tomass Vargs"]
    assert not any("Sēdi vada" in t["text"] for t in turns)
    assert turns[0]["label"] == "Sēdes vadītājs."
