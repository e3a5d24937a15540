"""Page furniture that real pages of several publishers still turned into turns, as `nrc
segment FILE --format json --dropped` shows it, each on a made-up page in the shape of the
failure class: the short unpunctuated lines a page prints under its story down to its end
(a related headline, "Share this article:", an advertiser's line) are links, never turns;
a story cut off mid-sentence keeps its last paragraph."""

from __future__ import annotations

from pathlib import Path

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
