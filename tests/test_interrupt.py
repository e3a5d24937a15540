"""Ctrl-C or kill -9 at any moment of an ingest leaves the previous index whole and searchable.

Real `nrc ingest` subprocesses are stopped while parsing, while writing, inside the commit and (for
--rebuild) just before the new generation is switched in. A hooked run pauses at that point and
writes a signal file, so the kill lands exactly there; an unhooked `python -m nrc_search ingest`
is also killed at timed moments. Afterwards the old content answers with the old totals and the
next `nrc ingest` completes the work and clears what the killed run left behind.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main

pytestmark = pytest.mark.slow

N_NEW = 300  # files in the corpus whose ingest is interrupted
TURNS_PER_FILE = 4

# Runs `nrc` with one function wrapped: after NRC_TEST_AFTER calls it writes NRC_TEST_SIGNAL and
# sleeps NRC_TEST_SLEEP seconds (long enough to be killed there, or short to just slow down).
HOOKED_NRC = r"""
import os, sys, time
from pathlib import Path
import whoosh.index
from nrc_search import indexer, store
point, after = os.environ["NRC_TEST_POINT"], int(os.environ.get("NRC_TEST_AFTER", "0"))
owner, name = {
    "parse": (indexer, "_parse_one"),
    "write": (indexer, "_store_one"),
    "commit": (whoosh.index.TOC, "write"),
    "switch": (store, "switch_generation"),
}[point]
real, calls = getattr(owner, name), [0]
def hooked(*args, **kwargs):
    calls[0] += 1
    if calls[0] == after + 1:
        Path(os.environ["NRC_TEST_SIGNAL"]).write_text(point)
        time.sleep(float(os.environ.get("NRC_TEST_SLEEP", "60")))
    return real(*args, **kwargs)
setattr(owner, name, hooked)
from nrc_search.cli import main
main(sys.argv[1:], prog_name="nrc")
"""


def transcript(tag: str, i: int) -> str:
    turns = "".join(
        f"Mr. Smith (France): On {tag} item {i}.{k}, we discussed missile defence and the "
        f"summit with our partners.\n\nMr. Jones (Germany): Thank you. On sanctions, {tag} "
        f"and the treaty we agree, point {k}.\n\n"
        for k in range(TURNS_PER_FILE // 2)
    )
    return f"Press conference, Brussels, 8 June 2011\n\n{turns}"


def make_corpus(folder: Path, tag: str, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{tag}-{i:04}.txt").write_text(transcript(tag, i), encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def total(index: Path, word: str) -> int:
    """Matching turns for `word`, as `nrc search --json` reports them (0 when nothing matched)."""
    result = run("search", word, "--json", "--index", str(index))
    found = json.loads(result.stdout)["total"]
    assert result.exit_code == (0 if found else 1), result.output
    return found


def start(
    args: list[str],
    tmp: Path,
    *,
    point: str | None = None,
    after: int = 0,
    sleep: float = 60,
) -> tuple[subprocess.Popen, Path]:
    """`nrc ARGS` in its own process group, optionally pausing at `point`; returns (proc, signal)."""
    signal_file = tmp / f"signal-{time.monotonic_ns()}"
    env = {**os.environ, "NRC_TEST_SIGNAL": str(signal_file), "PYTHONUNBUFFERED": "1"}
    if point:
        env.update(NRC_TEST_POINT=point, NRC_TEST_AFTER=str(after), NRC_TEST_SLEEP=str(sleep))
        argv = [sys.executable, "-c", HOOKED_NRC, *args]
    else:
        argv = [sys.executable, "-m", "nrc_search", *args]
    # Output goes to files, not pipes: a stray child holding a pipe must not hang the test.
    with (tmp / "stdout").open("w") as out, (tmp / "stderr").open("w") as err:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=err, start_new_session=True)
    proc.stderr_path = tmp / "stderr"  # type: ignore[attr-defined]
    return proc, signal_file


def wait_for(predicate, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if proc.poll() is not None:
            err = proc.stderr_path.read_text()  # type: ignore[attr-defined]
            pytest.fail(f"nrc ended (rc {proc.returncode}) before the kill point:\n{err}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the kill point was never reached")
        time.sleep(0.005)


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc; empty elsewhere)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def stop(proc: subprocess.Popen, how: str) -> tuple[int, str]:
    """Kill -9 the nrc process alone (as `kill -9 PID` does), or Ctrl-C its process group."""
    workers = children(proc.pid)
    if how == "SIGKILL":
        proc.kill()
    else:
        os.killpg(proc.pid, signal.SIGINT)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 5
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if alive(w)], "parser processes outlived nrc"
    return proc.returncode, proc.stderr_path.read_text()  # type: ignore[attr-defined]


def index_names(index: Path) -> set[str]:
    return set(os.listdir(index))


def assert_clean(index: Path) -> None:
    """Only the marker, the lock and the current generation's files are left."""
    marker = json.loads((index / "nrc-index.json").read_text())
    gen = marker["generation"]
    stray = [
        n
        for n in index_names(index)
        if n not in ("nrc-index.json", "nrc.lock", "nrc-sources.json")
        and not re.match(rf"^_?{gen}_[0-9a-z]+\.[A-Za-z0-9_.]+$|^{gen}_WRITELOCK$", n)
    ]
    assert not stray, stray


@pytest.fixture
def old_index(tmp_path: Path) -> tuple[Path, int]:
    """An index of 20 'oldword' files; returns the folder and the oldword total."""
    index = tmp_path / "index"
    old = make_corpus(tmp_path / "old", "oldword", 20)
    result = run("ingest", str(old), "--index", str(index))
    assert result.exit_code == 0, result.output
    count = total(index, "oldword")
    assert count == 20 * TURNS_PER_FILE
    return index, count


POINTS = [
    pytest.param("parse", 150, id="parsing"),
    pytest.param("write", 150, id="writing"),
    pytest.param("commit", 0, id="commit"),
]


@pytest.mark.parametrize("how", ["SIGKILL", "SIGINT"])
@pytest.mark.parametrize(("point", "after"), POINTS)
def test_an_interrupted_ingest_leaves_the_old_index_and_the_rerun_completes(
    tmp_path: Path, old_index: tuple[Path, int], point: str, after: int, how: str
) -> None:
    index, old_total = old_index
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    argv = ["ingest", str(new), "--index", str(index), "--jobs", "1"]
    proc, signal_file = start(argv, tmp_path, point=point, after=after)
    wait_for(signal_file.exists, proc)
    rc, err = stop(proc, how)
    if how == "SIGINT":
        assert rc == 130, err
        assert "interrupted" in err and "Traceback" not in err, err
    else:
        assert rc == -signal.SIGKILL
    assert total(index, "oldword") == old_total
    assert total(index, "newword") == 0
    result = run("ingest", str(new), "--index", str(index))
    assert result.exit_code == 0, result.output
    assert f"{N_NEW} added" in result.stderr
    assert total(index, "newword") == N_NEW * TURNS_PER_FILE
    assert total(index, "oldword") == old_total
    assert_clean(index)


REBUILD_POINTS = [
    pytest.param("parse", 150, id="parsing"),
    pytest.param("commit", 1, id="commit"),  # call 1 writes the new generation's empty TOC
    pytest.param("switch", 0, id="before-switch"),
]


@pytest.mark.parametrize(("point", "after"), REBUILD_POINTS)
def test_a_killed_rebuild_leaves_the_old_generation(
    tmp_path: Path, old_index: tuple[Path, int], point: str, after: int
) -> None:
    index, old_total = old_index
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    argv = ["ingest", str(new), "--rebuild", "--index", str(index), "--jobs", "1"]
    proc, signal_file = start(argv, tmp_path, point=point, after=after)
    wait_for(signal_file.exists, proc)
    stop(proc, "SIGKILL")
    assert total(index, "oldword") == old_total
    assert total(index, "newword") == 0
    assert any(n.endswith(".toc") and "g2" in n for n in index_names(index)) or point == "parse"
    result = run("ingest", str(new), "--rebuild", "--index", str(index))
    assert result.exit_code == 0, result.output
    assert total(index, "newword") == N_NEW * TURNS_PER_FILE
    assert total(index, "oldword") == 0  # a rebuild holds only what it was given
    assert_clean(index)


def test_a_killed_first_ingest_is_redone_by_the_next(tmp_path: Path) -> None:
    index = tmp_path / "index"
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    proc, signal_file = start(
        ["ingest", str(new), "--index", str(index), "-j", "1"], tmp_path, point="write", after=100
    )
    wait_for(signal_file.exists, proc)
    stop(proc, "SIGKILL")
    searched = run("search", "newword", "--index", str(index))
    assert searched.exit_code == 2
    assert "nrc ingest" in searched.stderr and "Traceback" not in searched.output
    result = run("ingest", str(new), "--index", str(index))
    assert result.exit_code == 0, result.output
    assert total(index, "newword") == N_NEW * TURNS_PER_FILE
    assert_clean(index)


@pytest.mark.parametrize("rebuild", [False, True], ids=["update", "rebuild"])
def test_real_ingests_killed_at_timed_moments_are_all_or_nothing(
    tmp_path: Path, old_index: tuple[Path, int], rebuild: bool
) -> None:
    """Unhooked `python -m nrc_search ingest` (parallel parsing), killed after the writer starts."""
    index, old_total = old_index
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    full = N_NEW * TURNS_PER_FILE
    argv = ["ingest", str(new), "--index", str(index), *(["--rebuild"] if rebuild else [])]
    killed_midway = 0
    for delay in (0.0, 0.15, 0.4, 0.8):
        before = index_names(index)
        proc, _ = start(argv, tmp_path)
        # The writer's first files (a pool folder, a new segment) show that writing has begun.
        wait_for(lambda before=before: index_names(index) - before, proc)
        time.sleep(delay)
        killed_midway += proc.poll() is None
        stop(proc, "SIGKILL")
        new_total, old_now = total(index, "newword"), total(index, "oldword")
        if new_total == 0:  # killed in time: the previous state, whole
            assert old_now == old_total
        else:  # the run had committed: all of it
            assert new_total == full
            assert old_now == (0 if rebuild else old_total)
            break
    assert killed_midway >= 1, "every run finished before its kill; use a bigger corpus"
    result = run("ingest", str(new), "--index", str(index), *(["--rebuild"] if rebuild else []))
    assert result.exit_code == 0, result.output
    assert total(index, "newword") == full
    assert_clean(index)


def test_ctrl_c_during_a_parallel_ingest_is_quiet_and_complete(
    tmp_path: Path, old_index: tuple[Path, int]
) -> None:
    """Ctrl-C reaches nrc and its parser processes: one line, exit 130, no worker tracebacks."""
    index, old_total = old_index
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    before = index_names(index)
    proc, _ = start(["ingest", str(new), "--index", str(index), "-j", "2"], tmp_path)
    wait_for(lambda: index_names(index) - before, proc)
    time.sleep(0.2)
    rc, err = stop(proc, "SIGINT")
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert "Exception ignored" not in err and "leaked" not in err, err
    if rc == 130:
        assert err.strip().splitlines()[-1] == "nrc: interrupted; the index is unchanged."
        assert total(index, "newword") == 0
    else:  # it finished first
        assert rc == 0, err
    assert total(index, "oldword") == old_total


@pytest.mark.parametrize("group", [False, True], ids=["nrc", "group"])
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(("point", "after"), [("write", 150), ("commit", 0)])
def test_sigterm_is_like_ctrl_c(
    tmp_path: Path, old_index: tuple[Path, int], point: str, after: int, jobs: str, group: bool
) -> None:
    """`timeout` sends SIGTERM to nrc, systemd to its whole group: one line, exit 143, the
    index whole, no warning about leaked semaphores."""
    index, old_total = old_index
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    argv = ["ingest", str(new), "--index", str(index), "--jobs", jobs]
    proc, signal_file = start(argv, tmp_path, point=point, after=after)
    wait_for(signal_file.exists, proc)
    workers = children(proc.pid)
    if group:
        os.killpg(proc.pid, signal.SIGTERM)
    else:
        proc.send_signal(signal.SIGTERM)  # to nrc alone, as `timeout` does
    proc.wait(timeout=30)
    err = proc.stderr_path.read_text()  # type: ignore[attr-defined]
    assert proc.returncode == 143, err
    assert err.strip().splitlines() == ["nrc: interrupted; the index is unchanged."], err
    deadline = time.monotonic() + 5
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if alive(w)], "worker processes outlived nrc"
    assert total(index, "oldword") == old_total and total(index, "newword") == 0
    result = run("ingest", str(new), "--index", str(index))
    assert result.exit_code == 0, result.output
    assert_clean(index)


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(("point", "after"), [("write", 150), ("commit", 0)])
def test_ctrl_c_while_writing_prints_one_line(
    tmp_path: Path, old_index: tuple[Path, int], point: str, after: int, jobs: str
) -> None:
    index, old_total = old_index
    new = make_corpus(tmp_path / "new", "newword", N_NEW)
    argv = ["ingest", str(new), "--index", str(index), "--jobs", jobs]
    proc, signal_file = start(argv, tmp_path, point=point, after=after)
    wait_for(signal_file.exists, proc)
    rc, err = stop(proc, "SIGINT")
    assert rc == 130, err
    assert err.strip().splitlines() == ["nrc: interrupted; the index is unchanged."], err
    assert total(index, "oldword") == old_total and total(index, "newword") == 0
