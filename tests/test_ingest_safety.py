"""Ingest without surprises: what no PATH means, ids that stay, a full disk, big and odd folders.

The seeds are the default of a new, empty index only; `--rebuild` and `--prune` without PATH work
on the documents the index holds. Document ids are whole words of the file name and do not move
when other files come and go or the seeds are installed elsewhere; an edited file keeps the ids
of its unchanged turns. A full disk is one line and leaves the index as it was.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search import indexer, store
from nrc_search.cli import main
from nrc_search.ingest import parse_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

TRANSCRIPT = "Press conference, Brussels, 8 June 2011\n\n{turns}"


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def write(path: Path, *turns: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TRANSCRIPT.format(turns="\n\n".join(turns) + "\n"), encoding="utf-8")
    return path


def docs(index: Path) -> dict[str, str]:
    """doc_id -> source, as `nrc docs --format json` lists them."""
    result = run("docs", "--format", "json", "--index", str(index))
    assert result.exit_code == 0, result.output
    return {d["doc_id"]: d["source"] for d in json.loads(result.stdout)}


def total(index: Path, query: str) -> int:
    result = run("search", query, "--json", "--index", str(index))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["total"] if result.stdout.strip() else 0


def own_files(index: Path) -> set[str]:
    return {n for n in os.listdir(index) if n not in (store.MARKER, store.LOCKFILE, store.SOURCES)}


@pytest.fixture
def eight(tmp_path: Path) -> tuple[Path, Path]:
    """An index of the five seeds plus three documents of the user's; returns (index, folder)."""
    index, folder = tmp_path / "index", tmp_path / "mine"
    for i, word in enumerate(["wombat", "quokka", "numbat"]):
        write(folder / f"brief-{i}.txt", f"Mr. Smith (France): We spoke about the {word} treaty.")
    assert run("ingest", str(SEEDS), "--index", str(index)).exit_code == 0
    assert run("ingest", str(folder), "--index", str(index)).exit_code == 0
    assert len(docs(index)) == 8
    return index, folder


# --- no PATH --------------------------------------------------------------------------------


def test_rebuild_without_path_rereads_the_documents_the_index_holds(eight) -> None:
    index, folder = eight
    before = docs(index)
    (folder / "brief-2.txt").unlink()
    result = run("ingest", "--rebuild", "--index", str(index))
    assert result.exit_code == 1, result.output  # one file could not be used: it is gone
    assert "re-reading the 8 documents the index holds" in result.stderr
    gone = [line for line in result.stderr.splitlines() if "brief-2.txt" in line]
    assert gone == [
        f"nrc: warning: {folder.resolve() / 'brief-2.txt'}: indexed before, now missing; "
        "left out of the rebuilt index"
    ]
    after = docs(index)
    assert after == {k: v for k, v in before.items() if not v.endswith("brief-2.txt")}
    assert total(index, "wombat") == 1 and total(index, "numbat") == 0


def test_rebuild_without_path_works_on_a_damaged_index(eight) -> None:
    index, _ = eight
    before = docs(index)
    for path in index.glob("*.trm"):
        path.write_bytes(path.read_bytes()[:100])
    result = run("search", "treaty", "--index", str(index))
    assert result.exit_code == 2 and "nrc ingest --rebuild" in result.stderr
    result = run("ingest", "--rebuild", "--index", str(index))
    assert result.exit_code == 0, result.output
    assert docs(index) == before


def test_prune_without_path_adds_no_seeds(eight) -> None:
    index, folder = eight
    (folder / "brief-0.txt").unlink()
    for seed in docs(index):
        assert seed  # the seeds are in, once
    result = run("ingest", "--prune", "--index", str(index))
    assert result.exit_code == 0, result.output
    assert "1 pruned" in result.stderr and "0 added" in result.stderr
    assert len(docs(index)) == 7
    assert total(index, "wombat") == 0


def test_prune_drops_a_document_whose_path_became_a_folder(eight) -> None:
    index, folder = eight
    target = folder / "brief-1.txt"
    target.unlink()
    target.mkdir()
    result = run("ingest", "--prune", "--index", str(index))
    assert result.exit_code == 0, result.output
    assert "1 pruned" in result.stderr
    assert total(index, "quokka") == 0


@pytest.mark.parametrize("how", ["--index", "NRC_INDEX"])
@pytest.mark.parametrize("command", [["search", "treaty"], ["docs"], ["speakers"], ["show", "x:1"]])
def test_a_missing_index_folder_is_one_line_naming_it(
    tmp_path: Path, how: str, command: list[str]
) -> None:
    (tmp_path / "notes.txt").write_text("the user's own files live here", encoding="utf-8")
    missing = tmp_path / "typo"
    if how == "--index":
        result = run(*command, "--index", str(missing))
    else:
        result = run(*command, env={"NRC_INDEX": str(missing)})
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(missing) in lines[0] and "NRC_INDEX" in lines[0] and how in lines[0]
    assert not missing.exists()  # nothing was built there


@pytest.mark.parametrize("how", ["--index", "NRC_INDEX"])
def test_a_new_folder_in_an_empty_place_is_a_first_run(tmp_path: Path, how: str) -> None:
    """`NRC_INDEX=$(mktemp -d)/index nrc search ...` on a fresh machine answers from the seeds."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    fresh = scratch / "index"
    if how == "--index":
        result = run("search", "sectoral approach", "--json", "--index", str(fresh))
    else:
        result = run("search", "sectoral approach", "--json", env={"NRC_INDEX": str(fresh)})
    assert result.exit_code == 0, result.stderr
    assert "indexing the bundled seed documents first" in result.stderr
    assert json.loads(result.stdout)["total"] == 3


def test_ingest_without_path_on_a_new_index_takes_the_seeds(tmp_path: Path) -> None:
    result = run("ingest", "--index", str(tmp_path / "new"))
    assert result.exit_code == 0, result.output
    assert "indexing the 5 bundled seed documents" in result.stderr
    assert sorted(docs(tmp_path / "new")) == sorted(p.stem for p in SEEDS.iterdir())


# --- document ids ------------------------------------------------------------------------------


def test_doc_ids_are_whole_words_and_unique_by_a_short_suffix(tmp_path: Path) -> None:
    long = "2013-06-04_nato_defence_ministers_meeting_press_conference_2013"
    a = write(tmp_path / "a" / f"{long}.txt", "Mr. Smith (France): About the wombat.")
    b = write(tmp_path / "b" / f"{long}.txt", "Mr. Smith (France): About the quokka.")
    index = tmp_path / "index"
    assert run("ingest", str(a), "--index", str(index)).exit_code == 0
    assert run("ingest", str(b), "--index", str(index)).exit_code == 0
    ids = sorted(docs(index))
    base = "2013-06-04_nato_defence_ministers_meeting_press"
    assert ids[0] == base and len(base) <= 48
    assert re.fullmatch(re.escape(base) + r"-[0-9a-f]{4}", ids[1]), ids
    assert long.startswith(base + "_")  # cut between words, never inside one


def test_doc_ids_stay_when_other_files_are_added_removed_or_rebuilt(tmp_path: Path) -> None:
    folder, index = tmp_path / "f", tmp_path / "index"
    write(folder / "x" / "statement.txt", "Mr. Smith (France): On the wombat.")
    assert run("ingest", str(folder), "--index", str(index)).exit_code == 0
    write(folder / "a" / "statement.txt", "Mr. Smith (France): On the quokka.")  # sorts first
    assert run("ingest", str(folder), "--index", str(index)).exit_code == 0
    first = docs(index)
    assert first["statement"].endswith("x/statement.txt")
    assert run("ingest", str(folder), "--rebuild", "--index", str(index)).exit_code == 0
    assert docs(index) == first
    shutil.rmtree(folder / "x")
    assert run("ingest", str(folder), "--prune", "--index", str(index)).exit_code == 0
    assert docs(index) == {k: v for k, v in first.items() if "/a/" in v}


def test_a_moved_file_keeps_its_document_id(tmp_path: Path) -> None:
    folder, index = tmp_path / "f", tmp_path / "index"
    old = write(folder / "old-name.txt", "Mr. Smith (France): On the wombat.")
    assert run("ingest", str(folder), "--index", str(index)).exit_code == 0
    old.rename(folder / "new-name.txt")
    result = run("ingest", str(folder), "--prune", "--index", str(index))
    assert result.exit_code == 0, result.output
    assert "0 added, 1 updated" in result.stderr and "pruned" not in result.stderr
    assert docs(index) == {"old-name": str((folder / "new-name.txt").resolve())}


def test_seed_ids_do_not_depend_on_where_nrc_was_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pip install .` then `pip install -e .` in one .venv: the first copy of the seeds is gone."""
    site = tmp_path / "site-packages" / "nrc_search" / "_seeds"
    shutil.copytree(SEEDS, site)
    index = tmp_path / "index"
    monkeypatch.setattr(indexer, "seeds_dir", lambda: site)
    assert run("ingest", "--index", str(index)).exit_code == 0
    shutil.rmtree(site)  # the second install removes it; nrc now finds the checkout's seeds
    monkeypatch.setattr(indexer, "seeds_dir", lambda: SEEDS)
    held = docs(index)  # before any ingest: shown where the seeds are now
    assert all(Path(source).is_file() for source in held.values()), held
    for args in (["ingest"], ["ingest", str(SEEDS)], ["ingest", "--rebuild"]):
        result = run(*args, "--index", str(index))
        assert result.exit_code == 0, result.output
        held = docs(index)
        assert sorted(held) == sorted(p.stem for p in SEEDS.iterdir()), held
        assert all(Path(source).is_file() for source in held.values()), held


# --- turn ids -----------------------------------------------------------------------------------


def test_turn_ids_of_unchanged_turns_survive_an_edit(tmp_path: Path) -> None:
    index = tmp_path / "index"
    turns = [f"Mr. Smith (France): Point {w} on the treaty." for w in ("alpha", "bravo", "charlie")]
    path = write(tmp_path / "brief.txt", *turns)
    assert run("ingest", str(path), "--index", str(index)).exit_code == 0

    def show(turn_id: str) -> dict:
        result = run("show", turn_id, "--context", "1", "--format", "json", "--index", str(index))
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    ids = {show(f"brief:{n}")["text"].split()[1]: f"brief:{n}" for n in (1, 2, 3)}
    write(path, "Mr. Jones (Germany): A new opening on the zulu.", turns[0], turns[2])
    assert run("ingest", str(path), "--index", str(index)).exit_code == 0
    for word in ("alpha", "charlie"):
        assert show(ids[word])["text"].split()[1] == word
    with pytest.raises(AssertionError):
        show(ids["bravo"])  # that statement is gone; its id names nothing else
    alpha = show(ids["alpha"])["context"]  # neighbours in document order, whatever the numbers
    assert [c["text"].split()[-1] for c in alpha["before"]] == ["zulu."]
    assert [c["text"].split()[1] for c in alpha["after"]] == ["charlie"]


# --- a full disk --------------------------------------------------------------------------------


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch):
    """After `allow` bytes, every write of the index's Whoosh files fails with ENOSPC."""
    from whoosh.filedb import structfile

    real = structfile.StructFile.write
    budget = {"left": None}

    def write(self, data):
        if budget["left"] is not None:
            budget["left"] -= len(data)
            if budget["left"] < 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(self, data)

    monkeypatch.setattr(structfile.StructFile, "write", write)
    return budget


@pytest.mark.parametrize("allow", [0, 20_000])
@pytest.mark.parametrize("rebuild", [False, True], ids=["update", "rebuild"])
def test_a_full_disk_is_one_line_and_leaves_the_index_whole(
    eight, tmp_path: Path, full_disk, rebuild: bool, allow: int
) -> None:
    index, _ = eight
    files_before, wombats = own_files(index), total(index, "wombat")
    more = tmp_path / "more"
    for i in range(40):
        write(more / f"extra-{i}.txt", f"Mr. Smith (France): Item {i} on the kangaroo budget.")
    full_disk["left"] = allow
    args = ["ingest", str(more), "--index", str(index), "-j", "1"]
    result = run(*args, *(["--rebuild"] if rebuild else []))
    full_disk["left"] = None
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"nrc: error: cannot write the index at {index}: no space left on device; "
        "the index is unchanged"
    ]
    assert own_files(index) == files_before  # the partial segments are gone
    assert total(index, "wombat") == wombats and total(index, "kangaroo") == 0
    small = write(tmp_path / "small" / "one.txt", "Mr. Smith (France): The emu question.")
    result = run("ingest", str(small), "--index", str(index))
    assert result.exit_code == 0, result.output
    assert total(index, "emu") == 1


# --- big and odd files and folders -------------------------------------------------------------


def test_a_4_gib_file_is_refused_from_its_size_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, index = tmp_path / "f", tmp_path / "index"
    grows = write(folder / "grows.txt", "Mr. Smith (France): On the wombat.")
    assert run("ingest", str(folder), "--index", str(index)).exit_code == 0
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(4 << 30)  # sparse: 4 GiB to read, nothing on disk
    with grows.open("r+b") as fh:
        fh.truncate(4 << 30)  # the indexed file grew past the limit
    read: list[str] = []
    real_digest = indexer.file_digest
    monkeypatch.setattr(indexer, "file_digest", lambda p: read.append(p.name) or real_digest(p))
    monkeypatch.setattr("nrc_search.ingest.read_file", lambda p: read.append(p.name) or "")
    result = run("ingest", str(folder), "--index", str(index), "-j", "1")
    assert result.exit_code == 1
    warned = sorted(line for line in result.stderr.splitlines() if "warning" in line)
    assert len(warned) == 2 and all("larger than 20 MB" in line for line in warned), warned
    assert read == []


def test_a_thousand_nested_folders_are_walked(tmp_path: Path) -> None:
    deep = tmp_path / "top"
    folders = [deep]
    for i in range(1000):
        folders.append(folders[-1] / f"d{i % 10}")
    for folder in folders:
        folder.mkdir()  # one by one: os.makedirs (and shutil.rmtree) recurse per level
    bottom = folders[-1] / "bottom.txt"
    bottom.write_text(TRANSCRIPT.format(turns="Mr. Smith (France): At the bottom, the wombat.\n"))
    try:
        result = run("ingest", str(deep), "--index", str(tmp_path / "index"))
        assert result.exit_code == 0, result.output
        assert total(tmp_path / "index", "wombat") == 1
    finally:
        bottom.unlink()
        for folder in reversed(folders):
            folder.rmdir()


def test_a_symlinked_folder_is_followed_and_a_loop_is_named(tmp_path: Path) -> None:
    top, elsewhere = tmp_path / "top", tmp_path / "elsewhere"
    write(elsewhere / "linked.txt", "Mr. Smith (France): Through the link, the wombat.")
    top.mkdir()
    os.symlink(elsewhere, top / "link")
    os.symlink(top, top / "loop")
    result = run("ingest", str(top), "--index", str(tmp_path / "index"))
    assert total(tmp_path / "index", "wombat") == 1
    assert result.exit_code == 1  # the loop is named, not silently skipped
    assert [w for w in result.stderr.splitlines() if "warning" in w] == [
        f"nrc: warning: {top / 'loop'}: symlinked folder leads to a folder already read "
        "(a loop?), skipped"
    ]


# --- invisible characters ----------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_characters_in_a_label_do_not_make_a_second_person(
    tmp_path: Path, mark: str
) -> None:
    path = tmp_path / "talk.txt"
    path.write_text(
        "Press conference, Moscow, 8 June 2011\n\n"
        f"LAV{mark}ROV: We discussed missile defence at length.\n\n"
        "MR. SMITH: Thank you, minister.\n\n"
        "LAVROV: And the treaty, of course.\n",
        encoding="utf-8",
    )
    speakers = [t.speaker for t in parse_file(path).turns]
    # one person, whom the office-holder table names in full on a Russian page of 2011
    assert speakers == ["Sergey Lavrov", "Mr. Smith", "Sergey Lavrov"]
