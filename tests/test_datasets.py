"""Turn-level datasets (.jsonl, .csv): rows indexed as turns, one document per meeting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.errors import UnreadableFile, UsageError
from nrc_search.ingest.datasets import parse_columns, read_dataset

FIXTURES = Path(__file__).parent / "fixtures"

CSV = (
    "meeting,date,name,speech\n"
    'A/77/PV.5,2022-09-20,Mr. Biden,"We stand with Ukraine, and we support the Charter."\n'
    "A/77/PV.5,2022-09-20,Mr. Lula,Brazil calls for dialogue\n"
    "A/77/PV.5,2022-09-20,three fields\n"
    'A/77/PV.6,2022-09-21,Mr. Lavrov,"Multi-line\nspeech about the sectoral approach."\n'
    "A/77/PV.6,2022-09-21,Mr. Wang Yi,\n"
)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def warnings(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.startswith("nrc: warning: ")]


def search(index: Path, *args: str) -> dict:
    out = run("search", *args, "--json", "--all", "--index", str(index))
    return json.loads(out.stdout) if out.stdout else {"total": 0, "hits": []}


def test_jsonl_rows_are_turns_grouped_by_meeting_and_bad_lines_named() -> None:
    data = read_dataset(FIXTURES / "unsc_debate_turns.jsonl", {})
    assert [(d.part, d.date, len(d.turns)) for d in data.docs] == [
        ("S/PV.8699", "2020-01-09", 3),
        ("S/PV.8700", "2020-01-10", 2),
    ]
    assert data.docs[0].turns[1].speaker == "Mr. Nebenzia"
    assert data.docs[0].turns[1].role == "Russian Federation"  # the "post" column
    assert [w.split(": ", 1)[0].rsplit(":", 1)[1] for w in data.warnings] == ["3", "6"]
    assert "not valid JSON" in data.warnings[0] and "no text" in data.warnings[1]


def test_csv_with_a_column_mapping(tmp_path: Path) -> None:
    path = tmp_path / "debate.csv"
    path.write_text(CSV.replace("meeting,date,name,speech", "mtg,day,who,words"), encoding="utf-8")
    cols = parse_columns("speaker=who,date=day,text=words,doc=mtg")
    data = read_dataset(path, cols)
    assert [(d.part, [t.speaker for t in d.turns]) for d in data.docs] == [
        ("A/77/PV.5", ["Mr. Biden", "Mr. Lula"]),
        ("A/77/PV.6", ["Mr. Lavrov"]),
    ]
    assert data.docs[1].turns[0].text == "Multi-line\nspeech about the sectoral approach."
    assert [w.split(": ", 1)[0].rsplit(":", 1)[1] for w in data.warnings] == ["4", "7"]


def test_ingest_indexes_the_rows_without_resegmenting_and_reports_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "debate.csv"
    path.write_text(CSV, encoding="utf-8")
    index = tmp_path / "ix"
    result = run(
        "ingest", str(path), "--index", str(index), "--columns", "text=speech,speaker=name"
    )
    assert result.exit_code == 1, result.output  # two rows could not be used
    assert len(warnings(result)) == 2 and all("row skipped" in w for w in warnings(result))
    assert "2 added" in result.stderr and "2 rows skipped" in result.stderr
    docs = json.loads(run("docs", "--format", "json", "--index", str(index)).stdout)
    assert sorted((d["doc_id"], d["date"], d["turns"]) for d in docs) == [
        ("A-77-PV.5", "2022-09-20", 2),
        ("A-77-PV.6", "2022-09-21", 1),
    ]
    hits = search(index, "sectoral approach", "--speaker", "Lavrov")["hits"]
    assert [(h["speaker"], h["doc_id"]) for h in hits] == [("Mr. Lavrov", "A-77-PV.6")]
    # A comma inside a quoted speech is not a new turn: the whole row is one turn.
    assert search(index, "Charter")["hits"][0]["text"] == (
        "We stand with Ukraine, and we support the Charter."
    )


def test_a_rerun_is_unchanged_and_a_changed_dataset_drops_meetings_it_lost(tmp_path: Path) -> None:
    path = tmp_path / "debate.csv"
    path.write_text(CSV, encoding="utf-8")
    index = tmp_path / "ix"
    run("ingest", str(path), "--index", str(index))
    again = run("ingest", str(path), "--index", str(index))
    assert "1 unchanged" in again.stderr
    path.write_text("\n".join(CSV.splitlines()[:3]) + "\n", encoding="utf-8")  # only PV.5 left
    changed = run("ingest", str(path), "--index", str(index))
    assert changed.exit_code == 0, changed.output
    docs = json.loads(run("docs", "--format", "json", "--index", str(index)).stdout)
    assert [d["doc_id"] for d in docs] == ["A-77-PV.5"]
    assert search(index, "sectoral")["total"] == 0


@pytest.mark.parametrize("spec", ["speaker", "speaker=", "voice=name", "text=speech,=x"])
def test_bad_column_specs_are_usage_errors(spec: str) -> None:
    with pytest.raises(UsageError):
        parse_columns(spec)


def test_a_bad_columns_option_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    result = run("ingest", str(path), "--index", str(tmp_path / "ix"), "--columns", "voice=name")
    assert result.exit_code == 2
    assert result.stderr.startswith("nrc: error: --columns")


def test_a_dataset_without_a_text_column_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"who": "A", "words": "hello"}\n', encoding="utf-8")
    with pytest.raises(UnreadableFile, match="--columns text="):
        read_dataset(path, {})
    with pytest.raises(UnreadableFile, match="no column 'speech'"):
        read_dataset(path, {"text": "speech"})


def test_a_year_column_gives_an_inferred_date(tmp_path: Path) -> None:
    path = tmp_path / "ungd.jsonl"
    rows = [
        {
            "Year": 1970,
            "Session": 25,
            "ISO Code": "FRA",
            "Name of Person Speaking": "Mr. Schumann",
            "text": "La paix.",
        },
        {
            "Year": 1970,
            "Session": 25,
            "ISO Code": "GBR",
            "Name of Person Speaking": "Sir Alec Douglas-Home",
            "text": "Peace.",
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    data = read_dataset(path, {"doc": "Session"})
    assert [(d.part, d.date, d.date_inferred) for d in data.docs] == [("25", "1970-01-01", True)]
    assert [t.speaker for t in data.docs[0].turns] == ["Mr. Schumann", "Sir Alec Douglas-Home"]
