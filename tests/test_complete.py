"""`nrc completion bash|zsh|fish` and the values it completes from the index."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.shell_completion import ShellComplete
from click.testing import CliRunner

from nrc_search.cli import main

LAVROV_DOC = "004_fbef40a881d0f922"


def complete(args: list[str], incomplete: str) -> list[str]:
    """What click offers for the word being typed after `nrc ARGS...`."""
    return [
        c.value
        for c in ShellComplete(main, {}, "nrc", "_NRC_COMPLETE").get_completions(args, incomplete)
    ]


@pytest.mark.parametrize(
    ("shell", "expect"),
    [
        ("bash", "_NRC_COMPLETE=bash_complete"),
        ("zsh", "#compdef nrc"),
        ("fish", "_NRC_COMPLETE=fish_complete"),
    ],
)
def test_completion_prints_the_script(shell: str, expect: str) -> None:
    result = CliRunner().invoke(main, ["completion", shell], catch_exceptions=False)
    assert result.exit_code == 0
    assert expect in result.stdout
    assert "nrc" in result.stdout


def test_completion_of_an_unknown_shell_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["completion", "tcsh"])
    assert result.exit_code == 2
    assert "'tcsh' is not one of 'bash', 'zsh', 'fish'" in result.stderr


def test_speaker_completes_from_any_word_of_the_name(seed_index: Path) -> None:
    args = ["search", "nato", "--index", str(seed_index), "--speaker"]
    assert complete(args, "lav") == ["Sergei Lavrov"]
    assert complete(args, "Sergei") == ["Sergei Lavrov", "Sergei Ivanov"]
    assert complete(args, "Mr. Iv") == ["Sergei Ivanov"]  # an alias


def test_speaker_completion_follows_nrc_index(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NRC_INDEX", str(seed_index))
    assert complete(["search", "nato", "-s"], "rasm") == ["Anders Fogh Rasmussen"]


def test_doc_completes_document_ids(seed_index: Path) -> None:
    args = ["search", "nato", "--index", str(seed_index), "--doc"]
    assert complete(args, "004") == [LAVROV_DOC]
    assert len(complete(args, "")) == 5


def test_show_completes_doc_ids_then_turn_ids(seed_index: Path) -> None:
    args = ["show", "--index", str(seed_index)]
    assert complete(args, "004") == [f"{LAVROV_DOC}:"]
    turns = complete(args, f"{LAVROV_DOC}:")
    assert turns[:3] == [f"{LAVROV_DOC}:1", f"{LAVROV_DOC}:2", f"{LAVROV_DOC}:3"]
    assert len(turns) == 22
    assert complete(args, f"{LAVROV_DOC}:2") == [
        f"{LAVROV_DOC}:2",
        f"{LAVROV_DOC}:20",
        f"{LAVROV_DOC}:21",
        f"{LAVROV_DOC}:22",
    ]


def test_no_index_completes_nothing_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "none"
    for args in (["search", "x", "--speaker"], ["search", "x", "--doc"], ["show"]):
        assert complete([*args[:1], "--index", str(missing), *args[1:]], "") == []
    assert not missing.exists()


def test_a_foreign_folder_completes_nothing(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert complete(["search", "x", "--index", str(tmp_path), "--speaker"], "") == []


def test_the_shell_protocol_end_to_end(seed_index: Path) -> None:
    """What the zsh script runs: nrc itself, with _NRC_COMPLETE and the words typed so far."""
    env = {
        **os.environ,
        "_NRC_COMPLETE": "zsh_complete",
        "COMP_WORDS": "nrc search nato --speaker lav",
        "COMP_CWORD": "4",
        "NRC_INDEX": str(seed_index),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "nrc_search"], env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["plain", "Sergei Lavrov", "Russian Foreign Minister"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_bash_script_completes_a_speaker_as_one_word(seed_index: Path) -> None:
    nrc = Path(sys.executable).with_name("nrc")
    script = (
        'eval "$(nrc completion bash)"; COMP_WORDS=(nrc search x --speaker lav); COMP_CWORD=4; '
        'COMPREPLY=(); _nrc_completion nrc; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    env = {**os.environ, "PATH": f"{nrc.parent}:{os.environ['PATH']}", "NRC_INDEX": str(seed_index)}
    proc = subprocess.run(
        ["bash", "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert proc.stdout == "Sergei\\ Lavrov\n", proc.stderr
