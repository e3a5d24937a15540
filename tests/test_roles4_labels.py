"""The role a speaker label prints before the name, in the languages a record is kept in, as
`nrc segment --format json` shows it, on house styles made up for the purpose (no publisher's
text): "Vizepräsidentin Erika Lang:" is Erika Lang, Vizepräsidentin, not a person named
"Vizepräsidentin Erika Lang"; a presenter's "Apresentadora ..." likewise; a degree after the
name ("Jonas Weber, MSc:") is no role, and the office before the name is."""

from __future__ import annotations

from tests.test_segment_properties import segment


def _who(tmp_path, text: str) -> list[tuple[str | None, str | None]]:
    return [(t["speaker"], t["role"]) for t in segment(tmp_path, text)["turns"]]


SITTING = """\
Landtag von Nordmark, Stenographisches Protokoll, 14. März 2023

Vizepräsidentin Erika Lang: Ich eröffne die Sitzung. Das Wort hat der Herr Bundeskanzler.

Bundeskanzler Jonas Weber, MSc: Sehr geehrte Frau Präsidentin! Danke für die Gelegenheit.

Vizepräsidentin Erika Lang: Vielen Dank. Die Sitzung ist geschlossen.
"""


def test_a_role_before_the_name_in_german_and_a_degree_after_it(tmp_path) -> None:
    assert _who(tmp_path, SITTING) == [
        ("Erika Lang", "Vizepräsidentin"),
        ("Jonas Weber", "Bundeskanzler"),
        ("Erika Lang", "Vizepräsidentin"),
    ]


MORNING = """\
Bom Dia Cidade - entrevista com o ministro da Pesca, 3 de maio de 2021

Apresentadora Lúcia Ramos: Bom dia, ministro. Obrigada por vir ao programa.

Ministro Paulo Tavares: Bom dia, Lúcia. É um prazer estar aqui.
"""


def test_a_presenter_label_in_portuguese_is_a_role(tmp_path) -> None:
    assert _who(tmp_path, MORNING) == [
        ("Lúcia Ramos", "Apresentadora"),
        ("Paulo Tavares", "Ministro"),
    ]
