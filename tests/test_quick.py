"""A plain `nrc search` is answered without click (quick.py), byte for byte as the click command
answers it; anything outside the plain subset goes to the click command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nrc_search import quick

CLICK_CLI = "import sys; sys.argv[0] = 'nrc'; from nrc_search.cli import main; main()"


def run(code: list[str], args: list[str], index: Path) -> tuple[int, bytes, bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["NRC_NO_SERVE"] = "1"
    env["NRC_INDEX"] = str(index)
    out = subprocess.run(
        [sys.executable, *code, "search", *args], env=env, capture_output=True, timeout=120
    )
    return out.returncode, out.stdout, out.stderr


PLAIN = [
    ["sectoral approach", "--json"],
    ["missile defence", "--speaker", "Lavrov", "-n", "2", "--format", "csv"],
    ["security", "--since", "2011", "--until=2014", "-f", "jsonl", "--limit=3"],
    ["libya"],  # the table
    ["missle defence", "--json"],  # nothing matched: exit 1, did-you-mean on stderr
    ["nato", "--since", "2011-13", "--json"],  # a bad date: exit 2 in click's words
    ["treaty", "--json", "--format", "csv"],  # disagreeing formats: exit 2
]


@pytest.mark.parametrize("args", PLAIN, ids=[" ".join(a) for a in PLAIN])
def test_quick_answer_is_the_click_answer(seed_index: Path, args: list[str]) -> None:
    fast = run(["-m", "nrc_search.launch"], args, seed_index)
    slow = run(["-c", CLICK_CLI], args, seed_index)
    assert fast == slow
    assert fast[0] in (0, 1, 2) and (fast[1] or fast[2])


def test_the_plain_subset_is_answered_without_click_or_rich(seed_index: Path) -> None:
    code = (
        "import sys\nfrom nrc_search import quick\n"
        f"rc = quick.search(['sectoral approach', '--json', '--index', {str(seed_index)!r}])\n"
        "print(rc, sorted({m.split('.')[0] for m in sys.modules} & {'click', 'rich'}),"
        " file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stderr.strip() == "0 []", out.stderr
    assert '"total"' in out.stdout


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["a", "b"],  # two queries: click names the extra argument
        ["nato", "--doc", "x"],  # an option outside the subset
        ["nato", "--limit", "0"],  # out of range: click's message
        ["nato", "--limit", "ten"],
        ["nato", "--format", "xlsx"],
        ["nato", "--json=yes"],
        ["nato", "--speaker"],  # no value
        ["-", "--json"],
        ["nato", "--", "-x"],
    ],
)
def test_anything_else_goes_to_click(args: list[str]) -> None:
    assert quick.parse(args) is None


def test_no_index_yet_goes_to_click(tmp_path: Path) -> None:
    """click says where the index is missing, or indexes the seeds: quick never does."""
    assert quick.search(["nato", "--index", str(tmp_path / "nothing")]) is None
    assert not (tmp_path / "nothing").exists()


def test_another_backend_goes_to_click(seed_index: Path, monkeypatch) -> None:
    monkeypatch.setenv("NRC_BACKEND", "opensearch")
    assert quick.search(["nato", "--index", str(seed_index)]) is None


def test_the_options_are_clicks_defaults() -> None:
    from nrc_search.cli import search

    ctx = search.make_context("search", ["q"])
    assert {k: ctx.params[k] for k in quick.DEFAULTS} == quick.DEFAULTS
    assert set(ctx.params) - set(quick.DEFAULTS) == {
        "query",
        "index_dir",
        "backend",
        "url",
        "collection",
        "insecure",
    }


def test_the_index_comes_from_the_option_then_nrc_index(monkeypatch) -> None:
    monkeypatch.setenv("NRC_INDEX", "/tmp/from-env")
    assert quick.parse(["nato"])[1] == "/tmp/from-env"  # type: ignore[index]
    assert quick.parse(["nato", "--index", "here"])[1] == "here"  # type: ignore[index]
    monkeypatch.setenv("NRC_INDEX", "")
    assert quick.parse(["nato"])[1] == "index"  # type: ignore[index]
