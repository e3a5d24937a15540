"""The command-line contract, driven through click's CliRunner on the bundled seeds."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main

LAVROV_DOC = "004_fbef40a881d0f922"
PRESS_DOC = "000_d1db97aa885e651d"


def run(*args: str, index: Path | None = None):
    argv = list(args) + (["--index", str(index)] if index else [])
    return CliRunner().invoke(main, argv, catch_exceptions=False)


def hits(result) -> list[dict]:
    return json.loads(result.stdout)["hits"]


def test_first_search_builds_the_seed_index(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the default first run: no --index, no NRC_INDEX, no ./index
    monkeypatch.delenv("NRC_INDEX")
    index = tmp_path / "index"
    result = run("search", "missile defence", "--json")
    assert result.exit_code == 0
    assert "indexing the bundled seed documents" in result.stderr
    assert (index / "nrc-index.json").exists()
    assert json.loads(result.stdout)["total"] > 5


def test_sectoral_approach_finds_lavrov_and_rasmussen(seed_index: Path) -> None:
    result = run("search", "sectoral approach", "--json", index=seed_index)
    assert result.exit_code == 0
    found = {(h["doc_id"], h["speaker"], h["date"]) for h in hits(result)}
    assert (LAVROV_DOC, "Sergei Lavrov", "2011-07-06") in found
    assert (PRESS_DOC, "Anders Fogh Rasmussen", "2011-06-08") in found
    press = next(h for h in hits(result) if h["doc_id"] == PRESS_DOC)
    marked = [press["excerpt"][s:e].lower() for s, e in press["highlights"]]
    assert "sectorial" in marked


def test_speaker_filter_keeps_only_that_speaker(seed_index: Path) -> None:
    result = run("search", "missile defence", "--speaker", "Lavrov", "--json", index=seed_index)
    assert result.exit_code == 0
    assert hits(result)
    assert {h["speaker"] for h in hits(result)} == {"Sergei Lavrov"}


@pytest.mark.parametrize("name", ["lavrov", "sergei lavrov", "LAVROV"])
def test_speaker_names_are_matched_loosely(seed_index: Path, name: str) -> None:
    result = run("search", "missile", "--speaker", name, "--json", index=seed_index)
    assert {h["speaker"] for h in hits(result)} == {"Sergei Lavrov"}


def test_repeated_speaker_means_either(seed_index: Path) -> None:
    result = run(
        "search",
        "missile defence",
        "-s",
        "Lavrov",
        "-s",
        "Rasmussen",
        "--json",
        "--all",
        index=seed_index,
    )
    assert {h["speaker"] for h in hits(result)} == {"Sergei Lavrov", "Anders Fogh Rasmussen"}


def test_unknown_speaker_is_an_error(seed_index: Path) -> None:
    result = run("search", "missile", "--speaker", "Putin", index=seed_index)
    assert result.exit_code == 2
    assert "No speaker matches" in result.stderr
    assert result.stderr.count("\n") == 1


def test_since_drops_earlier_documents(seed_index: Path) -> None:
    result = run(
        "search", "missile defence", "--since", "2011-07-01", "--all", "--json", index=seed_index
    )
    assert result.exit_code == 0
    docs = {h["doc_id"] for h in hits(result)}
    assert docs and not docs & {PRESS_DOC, "002_b4809b6312dd73e9"}
    assert all(h["date"] >= "2011-07-01" for h in hits(result))


@pytest.mark.parametrize(
    ("since", "until", "expect"),
    [("2001", "2001", {"2001-12-18"}), ("2011-06", "2011-06", {"2011-06-08"})],
)
def test_date_range_is_inclusive(
    seed_index: Path, since: str, until: str, expect: set[str]
) -> None:
    result = run(
        "search", "defence", "--since", since, "--until", until, "--all", "--json", index=seed_index
    )
    assert {h["date"] for h in hits(result)} == expect


def test_bad_date_is_an_error(seed_index: Path) -> None:
    result = run("search", "nato", "--since", "June 2011", index=seed_index)
    assert result.exit_code == 2
    assert "YYYY" in result.stderr


def test_nothing_matched_exits_1_with_a_suggestion(seed_index: Path) -> None:
    result = run("search", "missle defence", "--json", index=seed_index)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["total"] == 0
    assert data["suggestion"] == "missile defence"


def test_malformed_query_exits_2_in_one_line(seed_index: Path) -> None:
    result = run("search", '"missile defence', index=seed_index)
    assert result.exit_code == 2
    assert "Unbalanced quote" in result.stderr
    assert "Traceback" not in result.stderr


def test_table_output_shows_total_speaker_date_and_title(seed_index: Path) -> None:
    result = run("search", "sectoral approach", index=seed_index)
    assert result.exit_code == 0
    out = result.stdout
    assert "matching turns for sectoral approach" in out
    assert "Sergei Lavrov" in out and "2011-07-06" in out
    assert "Anders Fogh Rasmussen (NATO Secretary General)" in out


def test_jsonl_and_csv_carry_the_same_hits(seed_index: Path) -> None:
    as_json = hits(run("search", "libya", "--json", index=seed_index))
    lines = run("search", "libya", "--format", "jsonl", index=seed_index).stdout.splitlines()
    rows = list(
        csv.DictReader(
            io.StringIO(run("search", "libya", "--format", "csv", index=seed_index).stdout)
        )
    )
    assert [json.loads(x)["turn_id"] for x in lines] == [h["turn_id"] for h in as_json]
    assert [r["turn_id"] for r in rows] == [h["turn_id"] for h in as_json]
    assert [r["excerpt"] for r in rows] == [h["excerpt"] for h in as_json]  # no markup in CSV


def test_output_file_takes_its_format_from_the_extension(seed_index: Path, tmp_path: Path) -> None:
    out = tmp_path / "hits.csv"
    result = run("search", "libya", "-o", str(out), index=seed_index)
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("rank,score,turn_id")


def test_limit_page_and_all(seed_index: Path) -> None:
    first = hits(run("search", "nato", "--limit", "2", "--json", index=seed_index))
    second = hits(run("search", "nato", "--limit", "2", "--page", "2", "--json", index=seed_index))
    everything = json.loads(run("search", "nato", "--all", "--json", index=seed_index).stdout)
    assert len(first) == 2 and len(second) == 2
    assert [h["rank"] for h in second] == [3, 4]
    assert (
        len(everything["hits"]) + sum(len(h.get("duplicates", [])) for h in everything["hits"])
        == everything["total"]
    )


def test_facet_by_speaker_counts_turns(seed_index: Path) -> None:
    data = json.loads(
        run("search", "missile", "--facet", "speaker", "--json", index=seed_index).stdout
    )
    counts = {row["value"]: row["count"] for row in data["facets"]["speaker"]}
    assert counts["Anders Fogh Rasmussen"] >= 3
    assert sum(counts.values()) == data["total"]


def test_sort_by_date(seed_index: Path) -> None:
    dates = [
        h["date"]
        for h in hits(
            run("search", "defence", "--sort", "date", "--all", "--json", index=seed_index)
        )
    ]
    assert dates == sorted(dates)


def test_context_brings_the_question_with_the_answer(seed_index: Path) -> None:
    result = run(
        "search", "sectorial", "-s", "Rasmussen", "--context", "1", "--json", index=seed_index
    )
    hit = hits(result)[0]
    before = hit["context"]["before"]
    assert before and "sectorial approach" in before[0]["text"]


def test_show_prints_the_whole_turn_with_context(seed_index: Path) -> None:
    turn_id = hits(
        run("search", "sectoral approach", "--speaker", "Lavrov", "--json", index=seed_index)
    )[0]["turn_id"]
    result = run("show", turn_id, "--context", "1", "--format", "json", index=seed_index)
    data = json.loads(result.stdout)
    assert data["turn_id"] == turn_id
    assert data["speaker"] == "Sergei Lavrov"
    assert [c["n"] for c in data["context"]["before"]] == [data["n"] - 1]
    assert [c["n"] for c in data["context"]["after"]] == [data["n"] + 1]


def test_show_unknown_turn_is_an_error(seed_index: Path) -> None:
    result = run("show", "nope:1", index=seed_index)
    assert result.exit_code == 2
    assert "nrc docs" in result.stderr


def test_speakers_lists_rasmussen_once_with_roles(seed_index: Path) -> None:
    people = json.loads(run("speakers", "--format", "json", index=seed_index).stdout)
    rasmussen = [p for p in people if "Rasmussen" in p["name"]]
    assert len(rasmussen) == 1
    assert rasmussen[0]["docs"] == 4  # 000, 001, 003, 004 (002 is Robertson and Ivanov)
    assert rasmussen[0]["roles"]


def test_docs_lists_the_five_seeds(seed_index: Path) -> None:
    docs = json.loads(run("docs", "--format", "json", index=seed_index).stdout)
    assert len(docs) == 5
    assert {d["date"] for d in docs} >= {"2011-06-08", "2011-07-04", "2001-12-18", "2011-07-06"}


def test_segment_prints_the_contract_json() -> None:
    seed = Path(__file__).resolve().parent.parent / "seeds" / f"{PRESS_DOC}.txt"
    data = json.loads(run("segment", str(seed), "--format", "json").stdout)
    assert {"source", "title", "date", "kind", "turns"} <= data.keys()
    assert {"n", "speaker", "role", "attribution", "text"} <= data["turns"][0].keys()
    assert data["date"] == "2011-06-08"


def test_segment_missing_file_is_one_line_error(tmp_path: Path) -> None:
    result = run("segment", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr


def test_ingest_is_incremental(seed_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "ix"
    first = run("ingest", str(seed_copy), index=index)
    assert first.exit_code == 0 and "5 added" in first.stderr
    again = run("ingest", str(seed_copy), index=index)
    assert "0 added, 0 updated, 5 unchanged" in again.stderr
    target = seed_copy / f"{LAVROV_DOC}.txt"
    target.write_text(
        target.read_text(encoding="utf-8").replace("sectoral approach", "zonal plan"),
        encoding="utf-8",
    )
    changed = run("ingest", str(seed_copy), index=index)
    assert "0 added, 1 updated, 4 unchanged" in changed.stderr
    assert run("search", "zonal plan", "--json", index=index).exit_code == 0
    assert all(
        h["doc_id"] != LAVROV_DOC
        for h in hits(run("search", "sectoral approach", "--json", index=index))
    )


def test_prune_drops_deleted_files(seed_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "ix"
    run("ingest", str(seed_copy), index=index)
    (seed_copy / f"{LAVROV_DOC}.txt").unlink()
    result = run("ingest", str(seed_copy), "--prune", index=index)
    assert "1 pruned" in result.stderr
    assert len(json.loads(run("docs", "--format", "json", index=index).stdout)) == 4


def test_rebuild_starts_over(seed_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "ix"
    run("ingest", str(seed_copy), index=index)
    result = run("ingest", str(seed_copy / f"{PRESS_DOC}.txt"), "--rebuild", index=index)
    assert result.exit_code == 0
    assert len(json.loads(run("docs", "--format", "json", index=index).stdout)) == 1


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, name
        assert f"nrc {name}" in readme, name
        assert run(name, "--help").exit_code == 0


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and "nrc" in result.stdout


def test_index_segments_are_not_compound(seed_index: Path) -> None:
    names = [p.name for p in seed_index.iterdir()]
    assert any(n.endswith(".pst") for n in names), names  # separate posting files
    assert not any(n.endswith(".seg") for n in names), names  # no compound segment file
