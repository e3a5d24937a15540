"""News paragraphs whose speaker is described by office, not named: the description may follow
a sentence's opening adverbial and carry an adjective after its head ("Sin embargo, el canciller
entrante aclaró"), and it is never the last speaker when that speaker holds an office of another
rank (a president quoted just before "el futuro canciller aclaró"). Each story is made up."""

from __future__ import annotations

from pathlib import Path

from tests.test_news_attribution import _turns


def _story() -> str:
    return (
        "El nuevo gabinete se reúne\n\n"
        "La futura ministra de Relaciones Exteriores, Carmen Ruiz Olmedo, presentó el balance "
        "de la jornada en la capital.\n\n"
        'Ruiz Olmedo destacó los encuentros con otras delegaciones: "Hemos hablado de comercio '
        'y de cultura".\n\n'
        "Sin embargo, la canciller entrante aclaró que varias delegaciones no pudieron llegar "
        "por razones de agenda.\n\n"
        '"Todo está en orden", dijo el presidente electo Tomás Beltrán.\n\n'
        "Al respecto, la futura canciller aclaró que la decisión se tomará más adelante.\n"
    )


def test_a_described_office_after_an_opening_adverbial_is_the_last_speaker(
    tmp_path: Path,
) -> None:
    turns = _turns(tmp_path, _story())
    assert turns[1][0] == "Carmen Ruiz Olmedo"
    assert turns[2][0] == "Carmen Ruiz Olmedo"  # "Sin embargo, la canciller entrante aclaró"


def test_a_minister_described_is_not_the_president_quoted_just_before(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _story())
    assert turns[3][0] == "Tomás Beltrán"
    assert turns[4][0] != "Tomás Beltrán"  # "la futura canciller": not the president
