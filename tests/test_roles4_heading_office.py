"""The office a transcript's heading names with no name is the role of the labelled person who
speaks most of it, as `nrc segment --format json` shows it, on house styles made up for the
purpose (no publisher's text): "CONFÉRENCE DE PRESSE DU PRÉSIDENT DE LA RÉPUBLIQUE" over a
"Paul GIRARD" label gives Paul Girard "Président de la République"; an office the heading
addresses ("Questions to the Prime Minister") is nobody's role."""

from __future__ import annotations

from tests.test_segment_properties import segment


def _who(tmp_path, text: str) -> list[tuple[str | None, str | None]]:
    return [(t["speaker"], t["role"]) for t in segment(tmp_path, text)["turns"]]


FRENCH = """\
Le Président s'est rendu le jeudi 5 octobre 2023 à Port Ellen pour le sommet de Vastmark.

Le sommet a été l'occasion d'échanges informels entre chefs d'État et de gouvernement.

5 octobre 2023 - Seul le prononcé fait foi

CONFÉRENCE DE PRESSE DU PRÉSIDENT DE LA RÉPUBLIQUE À L'ISSUE DU 3ème SOMMET DE VASTMARK.

Paul GIRARD
Mesdames et Messieurs, bonsoir. Merci beaucoup d'être là ce soir.

Je voulais rendre compte des échanges que nous avons eus aujourd'hui dans le cadre de ce \
troisième sommet.
"""


def test_the_headings_office_is_the_main_speakers_role(tmp_path) -> None:
    got = _who(tmp_path, FRENCH)
    assert ("Paul Girard", "Président de la République") in got
    assert all(role is None for speaker, role in got if speaker != "Paul Girard")


ADDRESSED = """\
Questions to the Prime Minister, 3 March 2021

Tomas Virta: Does the Prime Minister have confidence in the harbour plan, and in all of the \
ministers who are now responsible for carrying it out?

Anna Berg: Yes, I have confidence in the plan and in every one of them.

Tomas Virta: Then why was the plan delayed for a second time in as many months?
"""


def test_an_office_the_heading_addresses_is_no_role(tmp_path) -> None:
    assert [role for _, role in _who(tmp_path, ADDRESSED)] == [None, None, None]
