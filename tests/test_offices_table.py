"""The shipped office-holder table itself: every row is dated in order and names the page its
dates were read on (or says it is unverified); no two holders of one office overlap by more
than the hand-over day, and that day is flagged; and the lookups a user notices come out
right through `nrc segment`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.ingest import offices

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
URL = re.compile(r"https?://\S+")


def _rows() -> list[dict[str, str]]:
    raw = resources.files("nrc_search.ingest").joinpath("data/offices.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(raw)))


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _by_office() -> dict[tuple[str, str], list[dict[str, str]]]:
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in _rows():
        groups[r["organisation"], r["office"]].append(r)
    return {k: sorted(v, key=lambda r: r["start"]) for k, v in groups.items()}


def test_every_row_is_dated_in_order_with_a_real_source_or_an_unverified_marker() -> None:
    rows = _rows()
    assert len(rows) > 300
    for r in rows:
        assert ISO.fullmatch(r["start"]) and (not r["end"] or ISO.fullmatch(r["end"])), r
        assert not r["end"] or r["start"] <= r["end"], r
        _day(r["start"]) and (not r["end"] or _day(r["end"]))  # real calendar dates
        assert r["verified"] in ("yes", "partial", "no"), r
        if r["verified"] == "no":
            assert r["source"] == "", r  # never a source that was not read
        else:
            urls = r["source"].split()
            assert urls and all(URL.fullmatch(u) for u in urls), r
        assert r["name"].strip() == r["name"] and r["name"], r


def test_the_loader_keeps_the_verified_marker() -> None:
    shipped = [t for t in offices.terms() if t.source != "speakers file"]
    assert {t.verified for t in shipped} == {"yes", "partial", "no"}
    assert sum(t.verified != "no" for t in shipped) >= 100


def test_no_two_holders_overlap_by_more_than_the_hand_over_day() -> None:
    for key, rows in _by_office().items():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a["name"] == b["name"]:
                    continue
                a_end = _day(a["end"]) if a["end"] else dt.date.max
                b_end = _day(b["end"]) if b["end"] else dt.date.max
                shared = min(a_end, b_end) - max(_day(a["start"]), _day(b["start"]))
                assert shared <= dt.timedelta(0), (key, a["name"], b["name"])


def test_every_hand_over_day_in_the_table_is_flagged_not_guessed() -> None:
    days = 0
    for (org, office), rows in _by_office().items():
        for a, b in itertools.pairwise(rows):
            if a["end"] == b["start"] and a["name"] != b["name"]:
                held = offices.holder(org, office, b["start"])
                assert held is not None and held.name is None, (org, office, b["start"])
                assert "handover" in held.flags
                days += 1
    assert days > 50


# Heads of state and government have a holder on every day since 1990 (or since the office
# began): a date falls in a term or on a flagged hand-over day, never in a hole.
CONTINUOUS = [
    ("NATO", "Secretary General"),
    ("UN", "Secretary General"),
    ("Russia", "President"),
    ("USA", "President"),
    ("UK", "Prime Minister"),
    ("France", "President"),
    ("Germany", "Chancellor"),
    ("Germany", "President"),
    ("China", "President"),
    ("Ukraine", "President"),
    ("Italy", "Prime Minister"),
    ("Japan", "Prime Minister"),
    ("Canada", "Prime Minister"),
]


@pytest.mark.parametrize(("org", "office"), CONTINUOUS)
def test_head_offices_have_no_hole_since_1990(org: str, office: str) -> None:
    rows = _by_office()[org, office]
    assert rows[0]["start"] <= "1991-12-05" and rows[-1]["end"] == ""
    for a, b in itertools.pairwise(rows):
        assert _day(b["start"]) - _day(a["end"]) <= dt.timedelta(days=1), (a["name"], b["name"])


@pytest.mark.parametrize(
    ("org", "office", "date", "name"),
    [
        ("NATO", "Secretary General", "2015-03-01", "Jens Stoltenberg"),
        ("NATO", "Secretary General", "2004-01-02", "Jaap de Hoop Scheffer"),
        ("UN", "Secretary General", "2005-06-01", "Kofi Annan"),
        ("Russia", "President", "2009-06-15", "Dmitry Medvedev"),
        ("Russia", "Defence Minister", "2024-05-13", "Sergei Shoigu"),  # not 12 May
        ("Russia", "UN Ambassador", "2006-04-20", "Andrey Denisov"),  # Churkin from 1 May
        ("USA", "Foreign Minister", "1992-10-01", "Lawrence Eagleburger"),
        ("UK", "Foreign Minister", "2025-10-01", "Yvette Cooper"),
        ("China", "Foreign Minister", "2023-03-01", "Qin Gang"),
        ("Ukraine", "President", "2014-04-01", "Oleksandr Turchynov"),
    ],
)
def test_spot_checks(org: str, office: str, date: str, name: str) -> None:
    held = offices.holder(org, office, date)
    assert held is not None and held.name == name


def test_a_holder_from_an_unchecked_row_says_so() -> None:
    shipped = [t for t in offices.terms() if t.source != "speakers file"]
    unchecked = next(t for t in shipped if t.verified == "no" and t.end and t.start < t.end)
    checked = next(t for t in shipped if t.verified == "yes" and t.end and t.start < t.end)
    for term, flagged in ((unchecked, True), (checked, False)):
        inside = (_day(term.start) + dt.timedelta(days=1)).isoformat()
        held = offices.holder(term.organisation, term.office, inside)
        assert held is not None and held.name == term.name
        assert ("office-unverified" in held.flags) is flagged


def _segment(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_nrc_segment_resolves_president_on_a_kremlin_page_of_2009(tmp_path: Path) -> None:
    text = (
        "President of Russia\nkremlin.ru\n\nPress statements following Russian-German talks\n\n"
        "15 July 2009, Munich\n\nPRESIDENT: Good afternoon. We have had detailed talks.\n\n"
        "QUESTION: Will the agreement be signed this year?\n\n"
        "PRESIDENT: We expect so.\n"
    )
    data = _segment(tmp_path, "kremlin-2009.txt", text)
    assert data["date"] == "2009-07-15"
    said = [(t["speaker"], t["role"]) for t in data["turns"] if t["label"] == "PRESIDENT"]
    assert said == [("Dmitry Medvedev", "President")] * 2
    assert all("office-table" in t["flags"] for t in data["turns"] if t["label"] == "PRESIDENT")


def test_nrc_segment_flags_a_hand_over_day_instead_of_guessing(tmp_path: Path) -> None:
    text = (
        "NATO - North Atlantic Treaty Organization\n\nPress point\n\n1 October 2024\n\n"
        "SECRETARY GENERAL: Good morning. Today the Alliance has a new Secretary General.\n\n"
        "QUESTION: What are your priorities?\n\n"
        "SECRETARY GENERAL: Deterrence and defence.\n"
    )
    data = _segment(tmp_path, "nato-handover.txt", text)
    sg = [t for t in data["turns"] if t["label"] == "SECRETARY GENERAL"]
    assert sg and all(t["speaker"] is None and "handover" in t["flags"] for t in sg)
    day_after = _segment(tmp_path, "nato-after.txt", text.replace("1 October", "2 October"))
    assert {t["speaker"] for t in day_after["turns"] if t["label"] == "SECRETARY GENERAL"} == {
        "Mark Rutte"
    }
