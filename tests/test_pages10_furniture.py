"""Page furniture that real pages of several publishers still turned into turns, as `nrc
segment FILE --format json --dropped` shows it, each on a made-up page in the shape of the
failure class: the short unpunctuated lines a page prints under its story down to its end
(a related headline, "Share this article:", an advertiser's line) are links, never turns;
a story cut off mid-sentence keeps its last paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_structure3_titles import segment, turn_texts

STORY = """Ministerin eröffnet neue Fährlinie nach Oslo

Die Verkehrsministerin Anna Berg hat am Dienstag die neue Fährlinie zwischen Kiel und Oslo eröffnet, die ab dem Sommer zweimal täglich fahren soll.

"Wir erwarten die ersten Schiffe im Mai", sagte Berg den Journalisten im Hafen.

Die Linie soll nach Angaben des Ministeriums auch den Güterverkehr entlasten.

{foot}
"""

FOOT = """Neue Hafenordnung soll Wartezeiten für Lastwagen verkürzen

Artikel teilen:

Anzeige über Werbepartner.de"""


def test_short_unpunctuated_lines_under_the_story_are_no_turns(tmp_path: Path) -> None:
    doc = segment(tmp_path, STORY.format(foot=FOOT))
    texts = turn_texts(doc)
    for line in FOOT.split("\n\n"):
        assert not any(t.startswith(line[:15]) for t in texts), texts
        assert any(line in dropped for dropped in doc["dropped"]), doc["dropped"]
    assert any(t.startswith('"Wir erwarten die ersten Schiffe') for t in texts)
    assert any(t.startswith("Die Linie soll nach Angaben") for t in texts)


def test_a_story_cut_off_mid_sentence_keeps_its_last_paragraph(tmp_path: Path) -> None:
    doc = segment(
        tmp_path,
        STORY.format(foot="Hintergrund\n\nSeit 1998 betreibt die Reederei, eine Tochter der"),
    )
    assert any(t.startswith("Seit 1998 betreibt die Reederei") for t in turn_texts(doc))


def test_one_short_line_under_the_story_stays(tmp_path: Path) -> None:
    doc = segment(tmp_path, STORY.format(foot="Mehr dazu im Laufe des Tages"))
    assert any(t.startswith("Mehr dazu im Laufe des Tages") for t in turn_texts(doc))


TEASERS = """Ministra inaugura nueva línea de ferry entre Vigo y Oporto

La ministra de Transportes, Ana Novais, inauguró este martes la nueva línea de ferry entre las dos ciudades.

"Esperamos los primeros barcos en mayo", dijo Novais a los periodistas en el puerto.

{teaser}

La línea tendrá dos salidas diarias desde el verano, según el ministerio, que quiere leer más.
"""


@pytest.mark.parametrize(
    "teaser",
    [
        "Lisboa, 3 de febrero de 2022. El embajador presentó al director general adjunto del Ceremonial y Protocolo del Ministerio de Rela Leer más...",
        "Oslo, 3. Februar. Die Reederei hat am Montag den neuen Fahrplan für die Linie vorgestellt Weiterlesen »",
        "The ministry said on Monday that the new terminal would open to passengers in the summer Read more",
    ],
)
def test_a_teaser_ending_in_a_read_more_link_is_no_turn(tmp_path: Path, teaser: str) -> None:
    doc = segment(tmp_path, TEASERS.format(teaser=teaser))
    texts = turn_texts(doc)
    assert not any(t.startswith(teaser[:20]) for t in texts), texts
    assert any(teaser[:20] in line for line in doc["dropped"])
    assert any(t.startswith("La línea tendrá dos salidas") for t in texts)


def test_speech_that_asks_to_read_more_stays(tmp_path: Path) -> None:
    said = '"Invito a todos a visitar el puerto y leer más", dijo Novais'
    doc = segment(tmp_path, TEASERS.format(teaser=said))
    assert any(t.startswith(said[:20]) for t in turn_texts(doc))


POINTS = """Ministras: derybos su kaimynais vyksta lėtai

„Mes tikimės geros taikos, kuri būtų ilgalaikė ir kuria tikėtų visos pusės“, – interviu sakė ministras Jonas Petraitis.

{points}

– Ministre, kaip jaučiatės po šimto dienų šiame poste, kai tenka tiek daug keliauti?

– Gerai, turiu stiprią komandą, ir tai labai padeda kasdieniame darbe.
"""

SUMMARY = """* Taikos susitarimas suartins šalis ilgesniu laikotarpiu;

* Ministerija siūlys naujas sankcijas;

* Su kaimynais – geras darbinis ryšys;"""


def test_an_editors_summary_in_points_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, POINTS.format(points=SUMMARY))
    texts = turn_texts(doc)
    for point in SUMMARY.split("\n\n"):
        assert not any(t.startswith(point[:20]) for t in texts), texts
        assert any(point in line for line in doc["dropped"]), doc["dropped"]
    assert any(t.startswith("– Gerai, turiu stiprią komandą") for t in texts)


def test_points_a_speech_introduces_with_a_colon_stay(tmp_path: Path) -> None:
    spoken = "Ministras pasakė, kad planą sudaro trys dalys:\n\n" + SUMMARY
    doc = segment(tmp_path, POINTS.format(points=spoken))
    joined = "\n".join(turn_texts(doc))
    assert all(point[2:30] in joined for point in SUMMARY.split("\n\n")), joined


def test_a_last_line_that_introduces_links_no_longer_there_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, STORY.format(foot="Pressematerial herunterladen:"))
    assert not any(t.startswith("Pressematerial") for t in turn_texts(doc))
    assert any("Pressematerial herunterladen:" in line for line in doc["dropped"])


CAPTIONED = """Minister invites counterpart to visit

Foreign Minister Ana Reyes said on Thursday she had invited her counterpart to visit the capital next month.

{caption}

"We hope the visit will open a new chapter," Reyes told reporters after the meeting in Manila.
"""


def test_a_caption_closed_by_a_credit_with_no_colon_is_no_turn(tmp_path: Path) -> None:
    caption = (
        "TOP DIPLOMAT. The minister invites her counterpart to visit the capital. Photo from AFP"
    )
    doc = segment(tmp_path, CAPTIONED.format(caption=caption))
    texts = turn_texts(doc)
    assert not any(t.startswith("TOP DIPLOMAT") for t in texts), texts
    assert any(t.startswith('"We hope the visit will open') for t in texts)


def test_speech_about_a_photo_from_the_scene_stays(tmp_path: Path) -> None:
    said = "Reyes said she had seen a photo from the scene and was shocked by what it showed."
    doc = segment(tmp_path, CAPTIONED.format(caption=said))
    assert any(t.startswith("Reyes said she had seen a photo") for t in turn_texts(doc))


def test_a_source_credit_at_the_foot_is_no_turn(tmp_path: Path) -> None:
    story = TEASERS.format(teaser="La terminal abrirá en junio, según el puerto.")
    doc = segment(tmp_path, story + "\nCon información de EFE\n")
    texts = turn_texts(doc)
    assert not any(t.startswith("Con información de") for t in texts), texts
    assert any("Con información de EFE" in line for line in doc["dropped"])
    assert any(t.startswith("La línea tendrá dos salidas") for t in texts)


def test_quoted_headlines_under_the_story_are_no_turns_but_a_quoted_sentence_stays(
    tmp_path: Path,
) -> None:
    foot = "”Die Fähre ist ein Gewinn”\n\nLesen Sie auch: Neue Hafenordnung für Kiel"
    doc = segment(tmp_path, STORY.format(foot=foot))
    assert not any(t.startswith("”Die Fähre ist") for t in turn_texts(doc))
    said = '"Die Fähre ist ein Gewinn für alle."\n\n- Anna Berg, Verkehrsministerin'
    doc = segment(tmp_path, STORY.format(foot=said))
    assert any('"Die Fähre ist ein Gewinn für alle."' in t for t in turn_texts(doc))


def test_a_page_of_short_sentences_in_another_script_keeps_them(tmp_path: Path) -> None:
    story = (
        "Նախարարը խոսել է բանակցությունների մասին\n\n"
        "Արտգործնախարար Դավիթ Հակոբյանը պատասխանել է լրագրողների հարցերին։\n\n"
        "Նա նշել է, թե բանակցությունները շարունակվում են։\n\n"
        "Երևանում եղանակը տաք էր\n\nԱյսօր նիստ չկա\n"
    )
    texts = turn_texts(segment(tmp_path, story))
    assert any(t.startswith("Նա նշել է") for t in texts), texts
    assert any(t.startswith("Այսօր նիստ չկա") for t in texts), texts
