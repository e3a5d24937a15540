"""The README's examples run on a clone: shown commands name real paths and valid options, and
the library example prints what the README says it prints."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from nrc_search.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def shown_commands() -> list[list[str]]:
    """Every `$ nrc ...` line in the README's code blocks, up to a `;` or `|`."""
    found = []
    for line in re.findall(r"^\$ nrc (.*)$", README, re.MULTILINE):
        lexer = shlex.shlex(line, posix=True, punctuation_chars=";|&")
        lexer.whitespace_split = True
        words = list(lexer)
        cut = next((i for i, w in enumerate(words) if set(w) <= set(";|&")), len(words))
        found.append(words[:cut])
    return found


def test_the_readme_shows_a_session() -> None:
    commands = {args[0] for args in shown_commands()}
    assert {"search", "ingest", "show", "docs"} <= commands


@pytest.mark.parametrize("args", shown_commands(), ids=" ".join)
def test_a_shown_command_parses_and_its_paths_exist(args: list[str]) -> None:
    command = main.commands[args[0]]
    ctx = command.make_context(args[0], list(args[1:]))  # raises on an unknown option
    for name, value in ctx.params.items():
        if name == "index_dir":  # where the index goes; it need not exist yet
            continue
        for path in value if isinstance(value, tuple) else (value,):
            if isinstance(path, Path):
                assert (ROOT / path).exists(), f"README: nrc {' '.join(args)}: no {path} in a clone"


def python_example() -> tuple[str, list[str]]:
    section = README[README.index("## As a library") :]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    printed = re.search(r"prints\n\n```\n(.*?)```", section, re.DOTALL)
    assert code and printed
    return code.group(1), printed.group(1).splitlines()


def test_the_library_example_prints_what_the_readme_says(tmp_path: Path) -> None:
    code, expect = python_example()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "tests" / "relevance" / "corpus", tmp_path / "tests/relevance/corpus")
    (tmp_path / "example.py").write_text(code, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "example.py"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    got = proc.stdout.splitlines()
    assert got[:2] == expect[:2]
    assert sorted(got[2:]) == sorted(expect[2:])  # the same hits, whatever the ranking


def test_a_mistyped_option_in_the_readme_would_be_caught() -> None:
    with pytest.raises(click.NoSuchOption):
        main.commands["search"].make_context("search", ["x", "--no-such-option"])


def test_the_json_example_is_what_nrc_prints(seed_index: Path) -> None:
    """All but the score (it moves with ranking work) and the source path (it is the reader's)."""
    section = README[README.index('`nrc search "sectoral approach" --speaker lavrov --json`:') :]
    shown = json.loads(re.search(r"```json\n(.*?)```", section, re.DOTALL).group(1))  # type: ignore[union-attr]
    result = CliRunner().invoke(
        main,
        [
            "search",
            "sectoral approach",
            "--speaker",
            "lavrov",
            "--json",
            "--index",
            str(seed_index),
        ],
    )
    got = json.loads(result.stdout)
    for hit in (*shown["hits"], *got["hits"]):
        hit.pop("score")
        hit["source"] = Path(hit["source"]).name
    assert got == shown
