"""`nrc trend`: counts and per-10,000-words rates per bucket, empty years, duplicates once."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from nrc_search.analysis import TOKEN_PATTERN
from nrc_search.cli import main
from nrc_search.ingest import parse_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run(index: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--index", str(index)], catch_exceptions=False)


def trend_json(index: Path, *args: str) -> dict:
    result = run(index, "trend", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _words_by_year(*, speech_only: bool) -> dict[str, int]:
    """Words of every turn of the seeds (narration left out with `speech_only`), counted from
    their parse, not the index."""
    out: dict[str, int] = {}
    for path in SEEDS.glob("*.txt"):
        doc = parse_file(path)
        for turn in doc.turns:
            if not speech_only or turn.attribution != "narration":
                year = (doc.date or "undated")[:4]
                out[year] = out.get(year, 0) + len(re.findall(TOKEN_PATTERN, turn.text))
    return out


def test_two_queries_by_year_with_empty_years(seed_index: Path) -> None:
    data = trend_json(seed_index, '"missile defence"', "libya", "--by", "year")
    assert data["queries"] == ['"missile defence"', "libya"]
    assert [b["bucket"] for b in data["buckets"]] == [str(y) for y in range(2001, 2012)]
    first, *empty, last = data["buckets"]
    assert first == {
        "bucket": "2001",
        "words": 1613,
        "turns_all": 6,
        "counts": [
            {"query": '"missile defence"', "turns": 2, "matches": 3, "per_10k": 18.6},
            {"query": "libya", "turns": 0, "matches": 0, "per_10k": 0.0},
        ],
    }
    assert last == {  # narration (the outlet's own words) counted, as search finds it
        "bucket": "2011",
        "words": 3455,
        "turns_all": 51,
        "counts": [
            {"query": '"missile defence"', "turns": 23, "matches": 30, "per_10k": 86.83},
            {"query": "libya", "turns": 7, "matches": 9, "per_10k": 26.05},
        ],
    }
    assert all(b["words"] == 0 and b["counts"][0]["per_10k"] is None for b in empty)
    assert data["totals"] == [
        {"query": '"missile defence"', "turns": 25, "matches": 33, "per_10k": 65.11},
        {"query": "libya", "turns": 7, "matches": 9, "per_10k": 17.76},
    ]
    words = _words_by_year(speech_only=False)
    assert {b["bucket"]: b["words"] for b in data["buckets"] if b["words"]} == words


def test_speech_only_leaves_narration_out_of_counts_and_words(seed_index: Path) -> None:
    data = trend_json(seed_index, '"missile defence"', "libya", "--by", "year", "--speech-only")
    assert data["buckets"][-1] == {
        "bucket": "2011",
        "words": 3209,
        "turns_all": 43,
        "counts": [
            {"query": '"missile defence"', "turns": 20, "matches": 27, "per_10k": 84.14},
            {"query": "libya", "turns": 6, "matches": 8, "per_10k": 24.93},
        ],
    }
    assert data["totals"] == [
        {"query": '"missile defence"', "turns": 22, "matches": 30, "per_10k": 62.21},
        {"query": "libya", "turns": 6, "matches": 8, "per_10k": 16.59},
    ]
    words = _words_by_year(speech_only=True)
    assert {b["bucket"]: b["words"] for b in data["buckets"] if b["words"]} == words


def test_duplicates_are_counted_once(views_index: Path) -> None:
    data = trend_json(views_index, '"legal guarantees"', "--by", "year", "--since", "2012")
    assert data["collapsed"] == [1]  # the AFP copy of the Reuters quote
    assert [(b["bucket"], b["counts"][0]["turns"], b["words"]) for b in data["buckets"]] == [
        ("2012", 1, 105),  # every word of the wire stories, their narration included
        ("2013", 1, 50),
    ]


def test_by_outlet_reads_the_wire_dateline(views_index: Path) -> None:
    data = trend_json(views_index, '"legal guarantees"', "--by", "outlet")
    rows = [(b["bucket"], b["counts"][0]["matches"]) for b in data["buckets"]]
    assert rows == [
        ("Reuters", 1),  # ties: the outlet with more words first
        ("Interfax", 1),
        ("(unknown outlet)", 0),
        ("Itar-Tass", 0),
        ("AFP", 0),
    ]


def test_by_month_is_chronological_with_the_gaps(seed_index: Path) -> None:
    data = trend_json(seed_index, "libya", "--by", "month", "--since", "2011-05")
    assert [(b["bucket"], b["counts"][0]["turns"]) for b in data["buckets"]] == [
        ("2011-06", 3),
        ("2011-07", 4),  # 3 quotes and the wire story's own mention
    ]
    data = trend_json(seed_index, "russia", "--by", "month")
    months = [b["bucket"] for b in data["buckets"]]
    assert months[0] == "2001-12" and months[-1] == "2011-07" and len(months) == 116


def test_by_speaker_and_country(seed_index: Path) -> None:
    data = trend_json(seed_index, "libya", "--by", "speaker", "--top", "2")
    assert [(b["bucket"], b["counts"][0]["turns"]) for b in data["buckets"]] == [
        ("Anders Fogh Rasmussen", 5),
        ("(unattributed)", 1),  # the wire story's narration: ties, the more words first
    ]
    assert data["hidden_buckets"] == 7  # Giovanna Pancheri and 6 more speakers
    data = trend_json(seed_index, "libya", "--by", "speaker", "--top", "2", "--speech-only")
    assert [(b["bucket"], b["counts"][0]["turns"]) for b in data["buckets"]] == [
        ("Anders Fogh Rasmussen", 5),
        ("Giovanna Pancheri", 1),
    ]
    assert data["hidden_buckets"] == 7  # 6 more speakers and "(unattributed)"
    data = trend_json(seed_index, '"missile defence"', "--by", "country", "--top", "2")
    assert [(b["bucket"], b["counts"][0]["turns"]) for b in data["buckets"]] == [
        ("(no country)", 21),
        ("Russia", 4),  # "Russian Foreign Minister"
    ]


def test_table_draws_bars(views_index: Path) -> None:
    result = run(views_index, "trend", '"legal guarantees"', "--since", "2012")
    assert result.stdout == (
        '"legal guarantees" by year: matches per 10,000 words; duplicates counted once '
        "(1 collapsed)\n"
        'year ┃ words ┃ "legal guarantees"               ┃             \n'
        "━━━━━╇━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━\n"
        "2012 │   105 │ ███████████████▎                 │  1/1 · 95.24\n"
        "2013 │    50 │ ████████████████████████████████ │ 1/1 · 200.00\n"
        "─────┼───────┼──────────────────────────────────┼─────────────\n"
        "all  │   155 │                                  │ 2/2 · 129.03\n"
        "numbers: matches/matching turns · matches per 10,000 words\n"
    )


def test_csv_side_by_side(seed_index: Path) -> None:
    result = run(seed_index, "trend", "libya", "nato", "--format", "csv", "--since", "2011")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows == [
        ["bucket", "words", "turns_all", "libya turns", "libya matches", "libya per_10k",
         "nato turns", "nato matches", "nato per_10k"],
        ["2011", "3455", "51", "7", "9", "26.05", "32", "67", "193.92"],
    ]  # fmt: skip


def test_no_match_exits_1(seed_index: Path) -> None:
    result = run(seed_index, "trend", "zeppelin")
    assert result.exit_code == 1


def test_plot_writes_png_and_svg(seed_index: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert run(seed_index, "trend", "libya", "nato", "--plot", str(png)).exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert run(seed_index, "trend", "libya", "--by", "speaker", "--plot", str(svg)).exit_code == 0
    text = svg.read_text(encoding="utf-8")
    for label in (
        "libya by speaker",
        "matches per 10,000 words",
        "speaker",
        "Anders Fogh Rasmussen",
    ):
        assert label in text
    bad = run(seed_index, "trend", "libya", "--plot", str(tmp_path / "t.pdf"))
    assert bad.exit_code == 2 and "give a file ending in .png or .svg" in bad.stderr


def test_trend_without_plot_never_imports_matplotlib(seed_index: Path) -> None:
    code = (
        "import sys\nfrom nrc_search.cli import main\n"
        f"try:\n    main(['trend', 'libya', '--index', {str(seed_index)!r}])\n"
        "except SystemExit:\n    pass\n"
        "print('matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False")


def test_speaker_filter_narrows_the_denominator_too(seed_index: Path) -> None:
    data = trend_json(seed_index, "libya", "--speaker", "rasmussen")
    assert [(b["bucket"], b["words"], b["turns_all"], b["counts"][0]["turns"]) for b in data["buckets"]] == [
        ("2011", 2532, 27, 5)  # all 27 of his turns (as `nrc speakers` counts them), 5 on Libya
    ]  # fmt: skip
    people = json.loads(run(seed_index, "speakers", "--format", "json").stdout)
    assert next(p["turns"] for p in people if p["name"] == "Anders Fogh Rasmussen") == 27
