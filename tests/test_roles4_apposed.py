"""The role a story in a Romance language prints before ", Name," after an article, as
`nrc segment --format json` shows it, on stories made up for the purpose (no publisher's
text): "Le porte-parole du ministère des Affaires étrangères, Marc Duval, a déclaré" is Marc
Duval, "porte-parole du ministère des Affaires étrangères"; "el canciller vastmarqués, Luis
Ortega, dijo" is Luis Ortega, "canciller vastmarqués"; a list after "le ministre" is no role."""

from __future__ import annotations

from tests.test_segment_properties import segment


def _who(tmp_path, text: str) -> list[tuple[str | None, str | None]]:
    return [(t["speaker"], t["role"]) for t in segment(tmp_path, text)["turns"]]


FRENCH = """\
Vastmark et Nordmark reprennent le dialogue

PORT ELLEN, 3 mars 2021 - Le porte-parole du ministère des Affaires étrangères, Marc Duval, \
a déclaré que le dialogue reprendrait lundi.
"""

SPANISH = """\
Vastmark y Nordmark retoman el diálogo

PUERTO ELLEN, 3 de marzo de 2021 - El canciller vastmarqués, Luis Ortega, dijo que el diálogo \
se retomará el lunes.
"""


def test_a_french_role_before_the_name_is_the_role(tmp_path) -> None:
    assert _who(tmp_path, FRENCH) == [
        ("Marc Duval", "porte-parole du ministère des Affaires étrangères")
    ]


def test_a_spanish_role_and_its_adjective_before_the_name_is_the_role(tmp_path) -> None:
    assert _who(tmp_path, SPANISH) == [("Luis Ortega", "canciller vastmarqués")]


def test_a_list_after_an_office_is_no_role(tmp_path) -> None:
    text = (
        FRENCH
        + "\nSelon le ministre, la France, Paul Girard et les autres pays ont été informés.\n"
    )
    assert _who(tmp_path, text)[1] == (None, None)
