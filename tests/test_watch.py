"""`nrc watch`: saved searches; `run` prints only new hits, exit 0 new / 1 none, stable keys."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from nrc_search.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
VIEWS = Path(__file__).resolve().parent / "fixtures" / "views"


def run(index: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--index", str(index)], catch_exceptions=False)


def new_ids(result) -> list[str]:
    return [h["turn_id"] for w in json.loads(result.stdout)["watches"] for h in w["hits"]]


def test_watch_reports_only_what_is_new(tmp_path: Path) -> None:
    docs, index = tmp_path / "docs", tmp_path / "index"
    shutil.copytree(SEEDS, docs)
    assert run(index, "ingest", str(docs), "-j", "1").exit_code == 0
    added = run(index, "watch", "add", "guarantees", '"legal guarantees"')
    assert added.exit_code == 0
    assert "0 current hits recorded" in added.stderr
    assert run(index, "watch", "add", "libya", "libya", "--speaker", "rasmussen").exit_code == 0

    nothing = run(index, "watch", "run", "--format", "json")
    assert nothing.exit_code == 1
    assert new_ids(nothing) == []

    shutil.copy(VIEWS / "wire_reuters_2012.txt", docs)
    shutil.copy(VIEWS / "wire_afp_2012.txt", docs)
    assert run(index, "ingest", str(docs), "-j", "1").exit_code == 0
    fresh = run(index, "watch", "run", "guarantees", "--format", "json")
    assert fresh.exit_code == 0
    data = json.loads(fresh.stdout)
    assert [(w["name"], w["new"]) for w in data["watches"]] == [("guarantees", 1)]
    hit = data["watches"][0]["hits"][0]
    assert (hit["turn_id"], hit["duplicates"]) == ("wire_reuters_2012:2", ["wire_afp_2012:2"])

    again = run(index, "watch", "run")
    assert again.exit_code == 1
    assert again.stdout == (
        'watch guarantees: "legal guarantees" — 0 new hits\nwatch libya: libya — 0 new hits\n'
    )

    # unchanged files re-ingested, then the whole index rebuilt: still nothing new
    assert run(index, "ingest", str(docs), "-j", "1").exit_code == 0
    assert run(index, "ingest", str(docs), "--rebuild", "-j", "1").exit_code == 0
    assert run(index, "watch", "run").exit_code == 1

    shutil.copy(VIEWS / "wire_interfax_2013.txt", docs)
    assert run(index, "ingest", str(docs), "-j", "1").exit_code == 0
    last = run(index, "watch", "run", "--format", "csv")
    assert last.exit_code == 0
    rows = last.stdout.splitlines()
    assert rows[0].startswith("watch,rank,score,turn_id,")
    assert [r.split(",")[0] + " " + r.split(",")[3] for r in rows[1:]] == [
        "guarantees wire_interfax_2013:2"
    ]


def test_list_rm_and_errors(tmp_path: Path) -> None:
    index = tmp_path / "index"
    assert run(index, "ingest", str(SEEDS), "-j", "1").exit_code == 0
    assert run(index, "watch", "add", "abm", "missile defence", "--since", "2011").exit_code == 0
    listed = json.loads(run(index, "watch", "list", "--format", "json").stdout)
    assert [{k: w[k] for k in ("name", "query", "since", "last_run", "seen")} for w in listed] == [
        {"name": "abm", "query": "missile defence", "since": "2011", "last_run": None, "seen": 23}
    ]  # as many as `nrc search "missile defence" --since 2011` finds, narration included
    stored = json.loads((index / "nrc-watches.json").read_text(encoding="utf-8"))
    assert stored["version"] == 1 and len(stored["watches"]["abm"]["seen"]) == 23
    speech = ("watch", "add", "abm-said", "missile defence", "--since", "2011", "--speech-only")
    assert run(index, *speech).exit_code == 0
    listed = json.loads(run(index, "watch", "list", "--format", "json").stdout)
    assert [(w["name"], w["speech_only"], w["seen"]) for w in listed] == [
        ("abm", False, 23),
        ("abm-said", True, 20),
    ]
    # A watch saved before narration was searched by default keeps meaning speech only.
    stored = json.loads((index / "nrc-watches.json").read_text(encoding="utf-8"))
    legacy = dict(stored["watches"]["abm"], narration=False)
    del legacy["speech_only"]
    stored["watches"]["old"] = legacy
    (index / "nrc-watches.json").write_text(json.dumps(stored), encoding="utf-8")
    listed = json.loads(run(index, "watch", "list", "--format", "json").stdout)
    assert {w["name"]: w["speech_only"] for w in listed}["old"] is True
    assert run(index, "watch", "rm", "abm-said").exit_code == 0
    assert run(index, "watch", "rm", "old").exit_code == 0

    twice = run(index, "watch", "add", "abm", "libya")
    assert twice.exit_code == 2 and "exists" in twice.stderr
    bad = run(index, "watch", "add", "a b", "libya")
    assert bad.exit_code == 2 and "Bad watch name" in bad.stderr
    badq = run(index, "watch", "add", "q", '"unbalanced')
    assert badq.exit_code == 2
    assert run(index, "watch", "rm", "abm").exit_code == 0
    gone = run(index, "watch", "rm", "abm")
    assert gone.exit_code == 2 and "No watch named 'abm'" in gone.stderr
    assert run(index, "watch", "list", "--format", "json").stdout == "[]\n"
