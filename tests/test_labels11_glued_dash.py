"""A record's ".-" glued to the speech, no space after it, as Spanish-language senates print
an interjection or a speech taken up again ("El señor DOE.-¡Somos diez!", "El señor
DOE.-... y más"): each opens its member's turn, as `nrc segment --format json` shows it; a
".-" between words in prose ("U.S.-China") opens none. Made-up house style."""

from __future__ import annotations

from tests.test_labels_grammar import _turns

GLUED = """\
Sesión ordinaria del Senado

El señor PRESIDENTE.- Tiene la palabra el señor Ruiz.

El señor RUIZ.- Señor Presidente, quiero insistir en el artículo segundo del proyecto.

El señor MORALES.-¡Somos diez, señor Presidente!

El señor RUIZ.-... y los otros nueve senadores que firmaron la moción.

El señor PRESIDENTE.-Gracias, señor Senador.
"""


def test_a_dash_glued_to_the_speech_still_opens_the_members_turn(tmp_path) -> None:
    turns = _turns(tmp_path, GLUED)
    got = [(t["speaker"], t["text"][:12]) for t in turns if t["label"]]
    assert got == [
        (None, "Tiene la pal"),
        ("Ruiz", "Señor Presid"),
        ("Morales", "¡Somos diez,"),
        ("Ruiz", "... y los ot"),
        (None, "Gracias, señ"),
    ]


PROSE = """\
Trade talks

The U.S.-China talks resumed on Monday in Geneva after a pause of three months.

Officials said the EU.-Canada accord was not on the agenda this week.
"""


def test_a_dash_between_words_in_prose_opens_no_turn(tmp_path) -> None:
    assert not [t for t in _turns(tmp_path, PROSE) if t["label"]]
