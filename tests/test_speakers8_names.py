"""Speakers, round twelve: a name is a person's name only (made-up house styles).

An office or courtesy word of another language printed before the name ("Senadora", "Poslanec",
"Dk.") is no part of the name, and an organisation's name ("... of Riverine Cooperation") is no
person's.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_news_attribution import _turns

# An invented legislature's record: labels carry an office and a courtesy word in Spanish and
# Czech before the member's name.
_RECORD = """Sesión ordinaria del Senado de Ruritania

Presidenta Senadora Ana Ruiz Pardo: Se abre la sesión. Tiene la palabra el diputado.

Diputado Tomás Vidal: La comisión ha estudiado el texto durante tres semanas.

Poslanec J. Marek:
Děkuji za slovo, pane předsedající.
"""


def test_a_courtesy_word_of_another_language_is_no_part_of_the_name(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _RECORD)
    assert [who for who, _, _ in turns] == ["Ana Ruiz Pardo", "Tomás Vidal", "J. Marek"], turns
    assert turns[0][1] == "Presidenta", turns


# An invented wire story: the speaker is introduced by an office in an organisation whose name
# ends in capitalised words ("Riverine Cooperation") and later named only by the office.
_STORY = """Ruritania hosts regional talks on water

Addressing the opening session, the Secretary General of the Organisation of Riverine Cooperation, Marta Velk, said the region could not wait any longer.

"We need a shared plan before the summer," the Secretary General told delegates.
"""


def test_an_organisation_s_name_is_never_a_person(tmp_path: Path) -> None:
    said = [who for who, _, how in _turns(tmp_path, _STORY) if how != "narration"]
    assert said == ["Marta Velk", "Marta Velk"], said


# An invented Turkish broadcast transcript: labels in capitals, so the office's
# dotless ı and the name's dotted İ are printed as capitals.
_TURKISH = """Özel yayın: Cumhurbaşkanı ile söyleşi

AYŞE KILIÇ: Sayın Cumhurbaşkanım, hoş geldiniz.

CUMHURBAŞKANI İSMAİL TÜRKMEN: Hoş bulduk, teşekkür ederim.

AYŞE KILIÇ: İlk sorumuz ekonomi hakkında.
"""


def test_a_turkish_label_in_capitals_keys_as_in_lower_case(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _TURKISH)
    who = {(name, role) for name, role, _ in turns}
    assert ("Ismail Türkmen", "Cumhurbaşkanı") in who, turns  # not "Cumhurbaşkani İsmai̇l"
    assert not any("\u0307" in (name or "") for name, _, _ in turns), turns
