"""benchmarks/scale.py's pieces: the 3M corpus's shorter turns, the baselines' commands, and
the report's targets and scaling curve (what the integrator reads off a run)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import report
import ungdc_corpus
from baselines import Query, rg_count

SENTENCE = (
    "I should like to congratulate you, Sir, on your election to the presidency of the General "
    "Assembly; we are sure that under your guidance the session will be fruitful."
)


@pytest.mark.parametrize("pieces", [1, 2, 3, 4, 7, 40])
def test_split_turn_keeps_every_word_in_order(pieces: int) -> None:
    out = ungdc_corpus.split_turn(SENTENCE, pieces)
    assert " ".join(out) == SENTENCE
    assert len(out) == min(pieces, len(SENTENCE.split(" ")))
    assert all(p.strip() for p in out)


def test_split_turn_cuts_at_clause_breaks() -> None:
    assert ungdc_corpus.split_turn(SENTENCE, 3) == [
        "I should like to congratulate you, Sir,",
        "on your election to the presidency of the General Assembly;",
        "we are sure that under your guidance the session will be fruitful.",
    ]


def test_shorter_reaches_the_size_with_the_same_words() -> None:
    speech = ungdc_corpus.Speech(
        "ISR", 4, 1949, "Israel", "Moshe Sharett", "Minister", (SENTENCE,) * 30 + ("Thank you.",)
    )
    speeches = [speech, ungdc_corpus.Speech("FRA", 4, 1949, "France", "", "", (SENTENCE,) * 10)]
    whole = sum(len(s.turns) + 2 for s in speeches)  # the President's two turns per speech
    out = ungdc_corpus.shorter(speeches, whole * 3)
    assert sum(len(s.turns) + 2 for s in out) >= whole * 3
    for before, after in zip(speeches, out, strict=True):
        assert " ".join(after.turns) == " ".join(before.turns)
    assert "Thank you." in out[0].turns  # a short turn stays whole


def test_rg_and_is_the_issues_command() -> None:
    q = Query("two-term AND", ("nuclear", "disarmament"))
    assert q.rg(Path("/m")) == "rg -i -w nuclear /m | rg -c -w disarmament"
    assert rg_count("357\n") == 357
    assert rg_count("/m/a.txt:3:peace\n/m/b.txt:9:peace\n") == 2


def test_sqlite_utils_query_filters_speaker_and_decade() -> None:
    assert Query("s", ("peace",), speaker="EBAN").sqlite_utils() == (
        'text : (peace) AND speaker : "EBAN"'
    )
    q = Query("d", ("security",), since="2000", until="2002")
    assert q.sqlite_utils() == "text : (security) AND date : (2000 OR 2001 OR 2002)"
    assert Query("p", ("a", "b"), phrase=True).sqlite_utils() == 'text : ("a b")'


def _row(name: str, hits: int, warm: float, served: float, oneshot: float) -> dict:
    return {
        "query": name,
        "args": [name],
        "sqlite_hits": hits,
        "nrc_hits": hits,
        "nrc_warm": warm,
        "nrc_warm_cpu": warm / 2,
        "nrc_fresh": 0.3,
        "nrc_fresh_cpu": 0.2,
        "nrc_rss": 40 * report.MIB,
        "nrc_served": served,
        "nrc_served_cpu": served,
        "nrc_served_rss": 18 * report.MIB,
        "sqlite_warm": 0.001,
        "sqlite_oneshot": oneshot,
        "su": 0.25,
        "su_cpu": 0.2,
    }


def _size(turns: int, scale: float) -> dict:
    rows = [_row(n, int(100 * scale), 0.004 * scale, 0.05, 0.03) for n in report.WARM_TARGETS]
    rows[1] = _row("two-term AND", int(100 * scale), 0.004 * scale**2, 0.05, 0.03)
    return {
        "size": turns,
        "turns": turns,
        "files": 10,
        "bytes": turns * 200,
        "ingest": {"wall": 20.0 * scale, "cpu": 30.0 * scale, "rss": 2**29, "size": turns * 100},
        "index_size": turns * 100,
        "sqlite_size": turns * 90,
        "serve": {"start": 0.2, "rss": 2**28, "cpu": 1.0, "answered": True},
        "queries": rows,
    }


def test_report_judges_targets_and_flags_faster_growth() -> None:
    res = {
        "clock": "wall",
        "env": {
            "cpus": 2,
            "python": "3.11",
            "sqlite": "3.40",
            "rg": "rg",
            "nrc": "nrc",
            "date": "d",
        },
        "startup": {"help": 0.05, "version": 0.05, "click": 0.045, "heavy": {}},
        "sizes": [_size(10_000, 1.0), _size(100_000, 10.0)],
    }
    md = report.markdown(res)
    lines = {line.split(" | ")[0]: line for line in md.splitlines() if line.startswith("| ")}
    assert lines["| warm rare term ≤ 5 ms"].endswith("4.0 ms met | 40.0 ms **NOT met** |")
    assert "1.11× (50.0 ms / 45.0 ms) met" in md  # --help start-up
    assert "**NOT met**" in lines["| served fresh very common term (~10%) ≤ 1× SQLite one-shot"]
    assert (
        "| 1.67× (50.0 ms / 30.0 ms) met |"
        in lines["| served fresh rare term ≤ 2× SQLite one-shot"]
    )
    assert lines["| index ≤ 1.2× SQLite's size"].endswith("1.11× met | 1.11× met |")
    # AND's warm time grew 100× while its matching turns grew 10×: flagged; the others not.
    assert lines["| two-term AND: nrc warm"].count("⚠") == 1
    assert "⚠" not in lines["| rare term: nrc warm"]
    assert "1 step(s) of nrc's figures grew faster" in md
    cpu = report.markdown({**res, "clock": "cpu"})
    assert "2.0 ms met | 20.0 ms **NOT met**" in cpu  # warm CPU, not wall
