"""Two nrc processes on one index: a second ingest waits or stops at once; searches read the last
committed state; a lock left by a killed process (nrc's or Whoosh's WRITELOCK) never blocks.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search import store
from nrc_search.cli import main
from tests.test_interrupt import (
    TURNS_PER_FILE,
    make_corpus,
    start,
    stop,
    total,
    wait_for,
)

pytestmark = pytest.mark.slow

N_NEW = 200


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def old_index(tmp_path: Path) -> tuple[Path, int]:
    index = tmp_path / "index"
    result = run("ingest", str(make_corpus(tmp_path / "old", "oldword", 12)), "--index", str(index))
    assert result.exit_code == 0, result.output
    return index, total(index, "oldword")


@pytest.fixture
def holder(tmp_path: Path, old_index: tuple[Path, int]):
    """An `nrc ingest` of new files, paused halfway through writing (it holds the lock)."""
    index, _ = old_index
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    proc, signal_file = start(
        ["ingest", str(new), "--index", str(index), "-j", "1"], tmp_path, point="write", after=50
    )
    wait_for(signal_file.exists, proc)
    yield proc
    if proc.poll() is None:
        stop(proc, "SIGKILL")


def busy_line(result, pid: int) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"is being updated by another nrc process (pid {pid})" in lines[0]
    assert "--wait" in lines[0]


def test_a_second_ingest_stops_at_once_naming_the_holder(
    tmp_path: Path, old_index: tuple[Path, int], holder: subprocess.Popen
) -> None:
    index, _ = old_index
    other = make_corpus(tmp_path / "other", "otherword", 3)
    started = time.monotonic()
    result = run("ingest", str(other), "--index", str(index))
    assert time.monotonic() - started < 5
    busy_line(result, holder.pid)
    rebuild = run("ingest", str(other), "--rebuild", "--index", str(index))
    busy_line(rebuild, holder.pid)


def test_wait_gives_up_after_the_given_seconds(
    tmp_path: Path, old_index: tuple[Path, int], holder: subprocess.Popen
) -> None:
    index, _ = old_index
    started = time.monotonic()
    result = run("ingest", str(tmp_path / "old"), "--wait", "0.6", "--index", str(index))
    elapsed = time.monotonic() - started
    busy_line(result, holder.pid)
    assert 0.5 <= elapsed < 5


def test_wait_succeeds_once_the_other_ingest_finishes(
    tmp_path: Path, old_index: tuple[Path, int]
) -> None:
    index, old_total = old_index
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    proc, signal_file = start(
        ["ingest", str(new), "--index", str(index), "-j", "1"],
        tmp_path,
        point="write",
        after=20,
        sleep=1.0,  # pause, then finish normally
    )
    wait_for(signal_file.exists, proc)
    other = make_corpus(tmp_path / "other", "otherword", 3)
    result = run("ingest", str(other), "--wait", "60", "--index", str(index))
    assert result.exit_code == 0, result.output
    assert proc.wait(timeout=60) == 0
    assert total(index, "newword") == N_NEW * TURNS_PER_FILE
    assert total(index, "otherword") == 3 * TURNS_PER_FILE
    assert total(index, "oldword") == old_total


@pytest.mark.parametrize(
    ("point", "after", "rebuild"),
    [("write", 50, False), ("commit", 0, False), ("switch", 0, True), ("commit", 1, True)],
    ids=["writing", "in-commit", "rebuild-before-switch", "rebuild-in-commit"],
)
def test_search_during_an_ingest_answers_from_the_last_commit(
    tmp_path: Path, old_index: tuple[Path, int], point: str, after: int, rebuild: bool
) -> None:
    index, old_total = old_index
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    argv = ["ingest", str(new), "--index", str(index), "-j", "1"]
    proc, signal_file = start(
        argv + (["--rebuild"] if rebuild else []), tmp_path, point=point, after=after
    )
    try:
        wait_for(signal_file.exists, proc)
        assert total(index, "oldword") == old_total
        assert total(index, "newword") == 0
        for command in (["docs"], ["speakers"], ["search", "oldword", "--facet", "speaker"]):
            result = run(*command, "--index", str(index))
            assert result.exit_code == 0, result.output
    finally:
        stop(proc, "SIGKILL")


def test_search_during_the_very_first_ingest_says_so(tmp_path: Path) -> None:
    index = tmp_path / "index"
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    proc, signal_file = start(
        ["ingest", str(new), "--index", str(index), "-j", "1"], tmp_path, point="write", after=20
    )
    try:
        wait_for(signal_file.exists, proc)
        result = run("search", "newword", "--index", str(index))
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        assert "first `nrc ingest`" in result.stderr and "--wait" in result.stderr
    finally:
        stop(proc, "SIGKILL")


def test_a_lock_left_by_a_killed_ingest_is_recovered(
    tmp_path: Path, old_index: tuple[Path, int], holder: subprocess.Popen
) -> None:
    index, old_total = old_index
    dead = holder.pid
    stop(holder, "SIGKILL")
    assert (index / store.LOCKFILE).read_text().strip() == str(dead)  # the stale pid stays
    assert any(n.endswith("_WRITELOCK") for n in os.listdir(index))
    started = time.monotonic()
    result = run("ingest", str(tmp_path / "new"), "--index", str(index))
    assert time.monotonic() - started < 30
    assert result.exit_code == 0, result.output
    assert total(index, "newword") == N_NEW * TURNS_PER_FILE
    assert total(index, "oldword") == old_total


HOLD_WHOOSH_WRITER = r"""
import sys, time
from pathlib import Path
from nrc_search import store
handle = store.open_index(Path(sys.argv[1]))
writer = handle.ix.writer()  # takes Whoosh's own WRITELOCK
Path(sys.argv[2]).write_text("locked")
time.sleep(60)
"""


def hold_whoosh_writer(index: Path, tmp_path: Path) -> subprocess.Popen:
    ready = tmp_path / "whoosh-locked"
    proc = subprocess.Popen([sys.executable, "-c", HOLD_WHOOSH_WRITER, str(index), str(ready)])
    deadline = time.monotonic() + 30
    while not ready.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "writer did not start"
        time.sleep(0.01)
    return proc


def test_whooshs_writelock_left_by_kill_9_does_not_block(
    tmp_path: Path, old_index: tuple[Path, int]
) -> None:
    index, old_total = old_index
    proc = hold_whoosh_writer(index, tmp_path)
    proc.kill()
    proc.wait()
    assert [n for n in os.listdir(index) if re.match(r"g\d+_WRITELOCK$", n)]
    other = make_corpus(tmp_path / "other", "otherword", 3)
    result = run("ingest", str(other), "--index", str(index))
    assert result.exit_code == 0, result.output
    assert total(index, "otherword") == 3 * TURNS_PER_FILE
    assert total(index, "oldword") == old_total


def test_a_live_foreign_whoosh_writer_is_a_one_line_error(
    tmp_path: Path, old_index: tuple[Path, int]
) -> None:
    index, old_total = old_index
    proc = hold_whoosh_writer(index, tmp_path)
    try:
        result = run("ingest", str(make_corpus(tmp_path / "x", "xword", 2)), "--index", str(index))
    finally:
        proc.kill()
        proc.wait()
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "locked" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert total(index, "oldword") == old_total


def test_two_ingests_started_together_one_waits(tmp_path: Path) -> None:
    index = tmp_path / "index"
    a = make_corpus(tmp_path / "a", "alphaword", 60)
    b = make_corpus(tmp_path / "b", "betaword", 60)
    procs = []
    for corpus, sub in ((a, "pa"), (b, "pb")):
        (tmp_path / sub).mkdir()
        procs.append(
            start(["ingest", str(corpus), "--index", str(index), "--wait", "60"], tmp_path / sub)[0]
        )
    for proc in procs:
        assert proc.wait(timeout=90) == 0, proc.stderr_path.read_text()
    assert total(index, "alphaword") == 60 * TURNS_PER_FILE
    assert total(index, "betaword") == 60 * TURNS_PER_FILE


RUN_INGESTS = r"""
import sys
from pathlib import Path
from nrc_search.indexer import ingest
index, folder = Path(sys.argv[1]), Path(sys.argv[2])
for round in range(6):
    for path in sorted(folder.glob("*.txt"))[round::6]:
        path.write_text(path.read_text() + f"\nMr. Brown (Italy): round {round}.\n")
    ingest(index, [folder], jobs=1, rebuild=round % 2 == 1)
Path(sys.argv[3]).write_text("done")
"""


def test_searches_never_fail_while_commits_and_rebuilds_land(
    tmp_path: Path, old_index: tuple[Path, int]
) -> None:
    """Whoosh deletes merged segments and --rebuild deletes the old generation under readers."""
    index, _ = old_index
    folder = tmp_path / "old"
    done = tmp_path / "done"
    proc = subprocess.Popen(
        [sys.executable, "-c", RUN_INGESTS, str(index), str(folder), str(done)],
        stderr=subprocess.PIPE,
        text=True,
    )
    answers = set()
    try:
        while not done.exists() and proc.poll() is None:
            result = run("search", "oldword", "--json", "--index", str(index))
            assert result.exit_code == 0, result.output
            answers.add(json.loads(result.stdout)["total"])
    finally:
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert answers == {12 * TURNS_PER_FILE}
