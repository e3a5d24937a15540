"""`nrc serve`: a warm process answers the CLI's read-only commands byte for byte as the CLI
would; the CLI answers by itself when no server runs or the server died; commits are seen."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nrc_search.serve import index_from_argv, socket_path

ROOT = Path(__file__).resolve().parent.parent
NRC = Path(sys.executable).parent / "nrc"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not NRC.exists(), reason="needs the installed nrc console script"),
]


def nrc(*args: str, cwd: Path, served: bool = True) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NRC_INDEX", "NO_COLOR", "FORCE_COLOR")}
    if not served:
        env["NRC_NO_SERVE"] = "1"
    return subprocess.run([str(NRC), *args], cwd=cwd, env=env, capture_output=True, timeout=120)


@pytest.fixture
def server(tmp_path: Path):
    """A seed index in tmp_path/index with `nrc serve` running on it."""
    shutil.copytree(ROOT / "seeds", tmp_path / "docs")
    assert nrc("ingest", "docs", cwd=tmp_path, served=False).returncode == 0
    proc = subprocess.Popen(
        [str(NRC), "serve", "--idle-timeout", "120"],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if k != "NRC_INDEX"},
    )
    sock = socket_path(tmp_path / "index")
    deadline = time.monotonic() + 60
    while not sock.exists():
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "nrc serve did not start"
        time.sleep(0.05)
    yield tmp_path, proc, sock
    proc.terminate()
    proc.wait(timeout=30)


COMMANDS = [
    ("search", "sectoral approach", "--json"),
    ("search", "missile defence", "--speaker", "Lavrov", "--limit", "2"),
    ("search", "libya", "--facet", "speaker", "--color", "always"),
    ("search", "missle defence"),  # nothing matched, did-you-mean, exit 1
    ("search", '"unbalanced'),  # a query error, exit 2
    ("search", "treaty", "--format", "csv", "--all"),
    ("speakers",),
    ("docs", "--format", "json"),
    ("show", "004_fbef40a881d0f922:8", "--context", "1"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a) for a in COMMANDS])
def test_served_answer_is_byte_for_byte_the_cli_answer(server, args) -> None:
    cwd, _, _ = server
    served, local = nrc(*args, cwd=cwd), nrc(*args, cwd=cwd, served=False)
    assert (served.returncode, served.stdout, served.stderr) == (
        local.returncode,
        local.stdout,
        local.stderr,
    )


def test_the_socket_is_private_and_in_the_index_folder(server) -> None:
    cwd, _, sock = server
    assert sock.parent == (cwd / "index").resolve() or sock.parent == cwd / "index"
    assert sock.stat().st_mode & 0o777 == 0o600


def test_a_commit_is_seen_by_the_next_served_search(server) -> None:
    cwd, _, _ = server
    (cwd / "docs" / "new.txt").write_text("MR. SMITH: Quokkas are the subject today.\n", "utf-8")
    assert nrc("ingest", "docs", cwd=cwd, served=False).returncode == 0
    hits = json.loads(nrc("search", "quokkas", "--json", cwd=cwd).stdout)
    assert hits["total"] == 1 and "Quokkas" in hits["hits"][0]["text"]


def test_a_dead_server_leaves_the_cli_answering_by_itself(server) -> None:
    cwd, proc, sock = server
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert sock.exists()  # a killed server cannot remove its socket
    result = nrc("search", "sectoral approach", "--json", cwd=cwd)
    assert result.returncode == 0 and json.loads(result.stdout)["total"] == 3


def test_the_served_path_imports_neither_click_whoosh_nor_rich(server) -> None:
    cwd, _, _ = server
    probe = (
        "import sys\nsys.argv = ['nrc', 'search', 'sectoral', '--json']\n"
        "from nrc_search.serve import forward\ncode = forward(sys.argv[1:])\n"
        "heavy = sorted(m for m in ('click', 'whoosh', 'rich') if m in sys.modules)\n"
        "print(repr((code, heavy)), file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "NRC_INDEX"}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stderr.strip().splitlines()[-1] == "(0, [])"


def test_the_server_exits_when_idle_and_removes_its_socket(tmp_path: Path) -> None:
    assert nrc("docs", cwd=tmp_path, served=False).returncode == 0  # builds the seed index
    proc = subprocess.run(
        [str(NRC), "serve", "--idle-timeout", "1"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k != "NRC_INDEX"},
    )
    assert proc.returncode == 0
    assert not socket_path(tmp_path / "index").exists()


def test_a_second_server_on_the_same_index_is_refused(server) -> None:
    cwd, _, _ = server
    result = nrc("serve", cwd=cwd)
    assert result.returncode == 2
    assert b"nrc serve is already running" in result.stderr


@pytest.mark.parametrize(
    ("argv", "env", "folder"),
    [
        (["search", "x"], {}, "index"),
        (["search", "x", "--index", "/a"], {}, "/a"),
        (["search", "x", "--index=/b"], {"NRC_INDEX": "/c"}, "/b"),
        (["docs"], {"NRC_INDEX": "/c"}, "/c"),
        (["search", "x", "--backend", "opensearch"], {}, None),
        (["search", "x"], {"NRC_BACKEND": "opensearch"}, None),
    ],
)
def test_the_client_finds_the_index_as_the_cli_does(monkeypatch, argv, env, folder) -> None:
    monkeypatch.delenv("NRC_INDEX", raising=False)
    monkeypatch.delenv("NRC_BACKEND", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert index_from_argv(argv) == folder
