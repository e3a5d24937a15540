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


TOP_MENU = """Most Read
Most Commented
Read more like this
site-logo
News
Envoy says the ministry never summoned him
Published: Sep 28, 2015 7:50 PM

The ambassador said on Monday that the acting minister had told him the ministry never summoned him over his remarks.

"We are good friends. We discussed other matters today," the ambassador told reporters after the meeting.

The ministry had said in a statement on Saturday that it would call the ambassador in.
"""


def test_a_most_read_menu_over_the_headline_does_not_take_the_story(tmp_path: Path) -> None:
    doc = segment(tmp_path, TOP_MENU)
    texts = turn_texts(doc)
    assert any(t.startswith("The ambassador said on Monday") for t in texts), texts
    assert any(t.startswith('"We are good friends.') for t in texts)
    assert any(t.startswith("The ministry had said in a statement") for t in texts)


RELATED = """Pelabuhan Kuantan buka dua laluan baharu

KUANTAN - Menteri Pengangkutan, Ana Novais berkata dua laluan kapal baharu akan dibuka pada bulan Mei.

"Kami menjangka kapal pertama tiba pada bulan Mei," katanya kepada pemberita di pelabuhan.

{heading}
Harga minyak naik lagi minggu ini
Pasukan bola sepak negeri menang besar
Cuaca panas dijangka berterusan
"""


@pytest.mark.parametrize("heading", ["Artikel Berkaitan:", "注目の記事", "Noticias relacionadas"])
def test_a_related_links_heading_in_any_language_ends_the_story(
    tmp_path: Path, heading: str
) -> None:
    doc = segment(tmp_path, RELATED.format(heading=heading))
    texts = turn_texts(doc)
    assert any("Kami menjangka kapal pertama" in t for t in texts), texts
    assert not any(heading in t or "Harga minyak" in t or "Cuaca panas" in t for t in texts)
    assert heading in doc["dropped"] and "Cuaca panas dijangka berterusan" in doc["dropped"]


def test_a_related_heading_alone_amid_the_story_keeps_the_text_under_it(tmp_path: Path) -> None:
    body = (
        "Beliau turut berharap supaya pihak media dapat terus bekerjasama dengan kementerian "
        "agar berita yang disalurkan kepada rakyat tepat dan adil, katanya lagi."
    )
    page = RELATED.split("{heading}")[0] + "Artikel Berkaitan:\n" + body + "\n"
    texts = turn_texts(segment(tmp_path, page))
    assert not any("Artikel Berkaitan" in t for t in texts), texts
    assert any(body in t for t in texts)


SITE_ICON = """Ícone do site Diário do Porto

Ministra inaugura nova linha de balsas no Douro

A ministra dos Transportes, Ana Novais, inaugurou nesta segunda-feira a nova linha de balsas entre as duas margens do rio.

"Esperamos os primeiros barcos em maio", disse Novais aos jornalistas no cais.

Sair da versão mobile
Pular para a barra de ferramentas
"""


def test_a_site_icon_and_a_mobile_switch_in_portuguese_are_furniture(tmp_path: Path) -> None:
    doc = segment(tmp_path, SITE_ICON)
    assert doc["title"] == "Ministra inaugura nova linha de balsas no Douro"
    texts = turn_texts(doc)
    assert not any("Sair da versão" in t or "Pular para" in t for t in texts), texts
    assert any(t.startswith('"Esperamos os primeiros barcos') for t in texts)


def test_view_all_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    page = (
        "View all in Latest\nPort of Varna opens two new freight lines to the Black Sea\n\n"
        "VARNA – Trade Minister Petra Ilieva on Friday opened two new freight lines.\n\n"
        '"We expect the first ships in May," Ilieva told reporters at the harbour.\n'
    )
    doc = segment(tmp_path, page)
    assert doc["title"] == "Port of Varna opens two new freight lines to the Black Sea"


@pytest.mark.parametrize(
    "caption",
    [
        "Transport Minister Ana Novais (left) and Port Director Jan Berg open the new terminal",
        "La ministra Ana Novais (à gauche) et le directeur du port Jan Berg au terminal",
        "Министр транспорта Ана Новаис (слева) и директор порта Ян Берг на новом терминале",
    ],
)
def test_a_caption_that_places_the_pictured_person_is_no_title_and_no_turn(
    tmp_path: Path, caption: str
) -> None:
    page = (
        f"{caption}\n\nPort of Varna opens two new freight lines to the Black Sea\n\n"
        "VARNA – Trade Minister Petra Ilieva on Friday opened two new freight lines.\n\n"
        '"We expect the first ships in May," Ilieva told reporters at the harbour.\n'
    )
    doc = segment(tmp_path, page)
    assert doc["title"] == "Port of Varna opens two new freight lines to the Black Sea"
    assert not any(t.startswith(caption[:25]) for t in turn_texts(doc))
