"""JSON, JSONL and CSV output: the contract's fields, valid for any text, safe in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

import pytest

from nrc_search.export import safe_cell, to_csv, to_json, to_jsonl
from nrc_search.model import Excerpt, Hit, SearchRequest, SearchResults

HOSTILE = '=HYPERLINK("http://x") [bold red]boom[/] \x1b]8;;file:///etc/passwd\x07 \x1b[31m "quoted" \u2028'


def results(text: str = "We want real cooperation on missile defence.") -> SearchResults:
    hit = Hit(
        rank=1,
        score=3.5,
        turn_id="d:2",
        doc_id="d",
        n=2,
        title="Press conference",
        date="2011-06-08",
        speaker="Anders Fogh Rasmussen",
        role="NATO Secretary General",
        attribution="verbatim",
        text=text,
        excerpts=(Excerpt(text, ((0, 2),)),),
        source="/x/d.txt",
    )
    return SearchResults(SearchRequest("missile defence"), 1, (hit,))


CONTRACT = {
    "rank",
    "score",
    "turn_id",
    "doc_id",
    "title",
    "date",
    "speaker",
    "role",
    "text",
    "excerpt",
    "highlights",
    "source",
}


def test_json_has_the_contract_fields() -> None:
    data = json.loads(to_json(results()))
    assert {"version", "query", "total", "hits"} <= data.keys()
    assert data["hits"][0].keys() >= CONTRACT
    assert data["hits"][0]["highlights"] == [[0, 2]]
    assert data["hits"][0]["date"] == "2011-06-08"


def test_jsonl_is_one_hit_per_line() -> None:
    lines = to_jsonl(results()).splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]).keys() >= CONTRACT


def test_json_is_valid_for_hostile_text() -> None:
    data = json.loads(to_json(results(HOSTILE)))
    assert data["hits"][0]["text"] == HOSTILE


@pytest.mark.parametrize("cell", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x"])
def test_formula_cells_are_neutralized(cell: str) -> None:
    assert safe_cell(cell).startswith("'")


def test_csv_is_one_row_per_hit_and_neutralized() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(results(HOSTILE)))))
    assert len(rows) == 2
    header, row = rows
    assert row[header.index("text")].startswith("'=HYPERLINK")
    assert row[header.index("speaker")] == "Anders Fogh Rasmussen"


def test_jsonl_lines_survive_splitlines() -> None:
    text = "first\u2028second\x85third\u2029fourth"
    lines = to_jsonl(results(text)).splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["text"] == text
