"""Quoted subheadings of a live page, as `nrc segment FILE --format json` shows them: a line
all in quotation marks with no sentence stop, over a paragraph that quotes the same words
at length, is the editor's summary and is dropped (never a turn); a short quotation that
ends its sentence stays a turn. Made up in the shape of a failure class real pages showed."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment, turn_texts

LIVE = """From eleven o'clock, in the great hall of the harbour chamber, the minister of trade Ana Novak held her usual press conference at the start of the year, answering the questions of the journalists.

LIVE

«The harbour will present its own freight strategy»

«By the end of this month the ministry will present a freight strategy for the harbour, we are doing our part, and the dockers will have their say on it before the summer,» Novak said.

Tariffs: «No new tariff on the ferries, it would help nobody»

«I still do not believe that the ferry company wants a new tariff on the island crossings, an option that would help nobody on the islands,» Novak said.

«We will see.»

«The second line will open in May, as we promised the dockers last year,» Novak said.
"""


def test_a_quoted_subheading_over_the_quotation_it_sums_up_is_dropped(tmp_path: Path) -> None:
    doc = segment(tmp_path, LIVE)
    texts = turn_texts(doc)
    assert "«The harbour will present its own freight strategy»" not in texts
    assert not any(t.startswith("Tariffs: «No new tariff") for t in texts)
    assert any(t.startswith("«By the end of this month the ministry") for t in texts)
    dropped = [line.strip() for line in doc["dropped"]]
    assert "«The harbour will present its own freight strategy»" in dropped


def test_a_short_quotation_that_ends_its_sentence_stays_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, LIVE)
    assert "«We will see.»" in turn_texts(doc)
