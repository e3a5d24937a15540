"""Page furniture that real pages of several publishers still turned into turns, as `nrc
segment FILE --format json --dropped` shows it, each on a made-up page in the shape of the
failure class: a record's note of the sitting's time on a line of its own ("(10:04)",
"Commenced at 03:00 p.m.") is no turn; the speech and narration around it stay."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment, turn_texts

JOURNAL = """Daily Journal of the Council of Vastmark

Commenced at 03:00 p.m.

Adjourned at 06:20 p.m.

The Council considered the report of its standing committee on roads and bridges for the year.

(10.04)

Councillor Anna Berg moved that the report be adopted, and the motion was carried by the Council.
"""


def test_a_record_note_of_the_sitting_time_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, JOURNAL)
    texts = turn_texts(doc)
    for note in ("Commenced at 03:00 p.m.", "Adjourned at 06:20 p.m.", "(10.04)"):
        assert not any(t.startswith(note) for t in texts), texts
        assert any(note in d for d in doc["dropped"]), doc["dropped"]
    assert any(t.startswith("The Council considered the report") for t in texts), texts
    assert any(t.startswith("Councillor Anna Berg moved") for t in texts), texts


def test_a_sentence_with_a_time_stays_a_turn(tmp_path: Path) -> None:
    page = JOURNAL.replace("(10.04)", "We will meet again at 10.04 tomorrow.")
    texts = turn_texts(segment(tmp_path, page))
    assert any("We will meet again at 10.04" in t for t in texts), texts


STORY = """Minister visits flood-hit villages in the north

CNN

The foreign minister visited three villages hit by the floods on Tuesday and met the families who lost their homes.

"We will rebuild every house before the winter," the minister told reporters at the site.

Aid convoys are expected to reach the area by the end of the week, officials said.

BSS
"""


def test_a_lone_word_between_paragraphs_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, STORY)
    texts = turn_texts(doc)
    assert "CNN" not in texts and "BSS" not in texts, texts
    assert "CNN" in doc["dropped"] and "BSS" in doc["dropped"], doc["dropped"]
    assert any(t.startswith("The foreign minister visited") for t in texts), texts
    assert any(t.startswith("Aid convoys are expected") for t in texts), texts


def test_a_copy_cut_off_keeps_its_last_word(tmp_path: Path) -> None:
    texts = turn_texts(segment(tmp_path, STORY.replace("BSS", "Further")))
    assert "Further" in texts, texts


WIDGET = """Ministra visita el puerto de Vastmark

Marea mín.: -3 cms.

Hora: 04:12

Marea máx.: 21 cms.

Hora: 10:40

Viento: Variable

La ministra de Transporte se reunió el lunes con los trabajadores del puerto para hablar de los nuevos turnos.

"Hemos escuchado a todos los sindicatos y publicaremos las reglas esta semana", dijo la ministra tras la reunión.
"""


def test_a_widget_of_name_and_number_fields_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, WIDGET)
    texts = turn_texts(doc)
    assert not any(t.startswith(("Marea", "Hora", "Viento")) for t in texts), texts
    assert all(t["speaker"] != "Hora" for t in doc["turns"]), doc["turns"]
    assert any("Hora: 04:12" in d for d in doc["dropped"]), doc["dropped"]
    assert any(t.startswith("La ministra de Transporte") for t in texts), texts
    assert any(t.startswith('"Hemos escuchado') for t in texts), texts


def test_labels_with_short_replies_stay_turns(tmp_path: Path) -> None:
    page = "Q: Yes.\n\nA: No.\n\nQ: Why not?\n\nA: Because.\n"
    assert len(turn_texts(segment(tmp_path, page))) == 4


MINUTES = """Minutes of the Defence Committee of Vastmark

The committee met to continue its reading of the budget bills of the year before the vote of the house.

1. 2025 budget bill (continued)

a. Defence Procurement Agency

The committee heard the agency's report on the new patrol ships and asked for the costs of each ship by the end of the month.

2. Fund management plan (continued)

The committee adopted the fund management plan without a vote and closed its sitting before noon.
"""


def test_a_numbered_agenda_item_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, MINUTES)
    texts = turn_texts(doc)
    for item in ("1. 2025 budget bill", "a. Defence Procurement", "2. Fund management plan"):
        assert not any(t.startswith(item) for t in texts), texts
        assert any(d.startswith(item) for d in doc["dropped"]), doc["dropped"]
    assert any(t.startswith("The committee heard the agency") for t in texts), texts
    assert any(t.startswith("The committee adopted the fund") for t in texts), texts


def test_a_numbered_point_of_a_statement_stays_a_turn(tmp_path: Path) -> None:
    page = MINUTES.replace(
        "a. Defence Procurement Agency",
        "1. We support the democratic institutions of the republic and the rule of law.",
    )
    texts = turn_texts(segment(tmp_path, page))
    assert any(t.startswith("1. We support the democratic") for t in texts), texts
