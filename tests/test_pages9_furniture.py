"""Page furniture that real pages of several publishers still turned into turns, as `nrc
segment FILE --format json --dropped` shows it, each on a made-up page in the shape of the
failure class: an image's caption whose credit is written in another language than English
("Foto: ...", "Ảnh: ...", "Picture: ...") is a caption, never a turn, and its story stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_structure3_titles import segment, turn_texts

STORY = """Ministra inaugura nueva línea de ferry entre Vigo y Oporto

La ministra de Transportes, Ana Novais, inauguró este martes la nueva línea de ferry entre las dos ciudades.

{caption}

"Esperamos los primeros barcos en mayo", dijo Novais a los periodistas en el puerto.

La línea tendrá dos salidas diarias desde el verano, según el ministerio.
"""

CAPTIONS = [
    "La ministra Ana Novais en el puerto de Vigo Foto: @minTransportes",
    "Bộ trưởng Ana Novais phát biểu tại cảng Vigo Ảnh: Quang Minh",
    "Transport Minister Ana Novais at the port of Vigo. Picture: @Transport_Min/Twitter",
    "Ministerin Ana Novais im Hafen von Vigo Bild: Hafenamt Vigo",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_with_a_credit_in_any_language_is_no_turn(tmp_path: Path, caption: str) -> None:
    doc = segment(tmp_path, STORY.format(caption=caption))
    texts = turn_texts(doc)
    assert not any(t.startswith(caption[:20]) for t in texts), texts
    assert any(caption[:20] in line for line in doc["dropped"])
    assert any(t.startswith('"Esperamos los primeros barcos') for t in texts)
    assert any(t.startswith("La línea tendrá dos salidas") for t in texts)


def test_a_long_paragraph_that_names_a_photo_field_stays_content(tmp_path: Path) -> None:
    par = (
        "La ministra explicó que la nueva terminal tendrá una sala de espera, una cafetería y "
        "un mirador; según el proyecto, la galería de la entrada mostrará una exposición "
        "permanente con el título Foto: cien años del puerto de Vigo, y el ministerio "
        "financiará también la restauración del antiguo edificio de la aduana junto al muelle "
        "de pasajeros, que abrirá sus puertas al público el próximo verano."
    )
    doc = segment(tmp_path, STORY.format(caption=par))
    assert any(t.startswith("La ministra explicó que la nueva terminal") for t in turn_texts(doc))
