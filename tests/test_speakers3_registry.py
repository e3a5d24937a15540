"""One person across documents whatever spelling comes first, as `nrc ingest` then `nrc
speakers` shows it: a name printed without its middle initial in one transcript and with it
in another is one speaker in either order; two names whose middle initials differ ("Carl W.
Moss", "Carl H. W. Moss") stay two people. Made-up documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main


def _doc(name: str, day: int) -> str:
    return (
        f"Press briefing by Press Secretary {name}\n\n{day} May 2021\n\n"
        f"{name.upper()}: Good afternoon. We have one announcement on the harbour project.\n\n"
        "QUESTION: When does the work start?\n\n"
        f"{name.upper()}: In June, and it ends next spring.\n"
    )


def _people(tmp_path: Path, names: list[str]) -> list[tuple[str, int]]:
    docs = tmp_path / "docs"
    docs.mkdir()
    for k, name in enumerate(names):
        (docs / f"d{k}.txt").write_text(_doc(name, k + 3), encoding="utf-8")
    index = str(tmp_path / "index")
    runner = CliRunner()
    done = runner.invoke(main, ["ingest", str(docs), "--index", index], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    out = runner.invoke(main, ["speakers", "--format", "json", "--index", index])
    assert out.exit_code == 0, out.output
    return sorted((p["name"], p["docs"]) for p in json.loads(out.stdout))


@pytest.mark.parametrize(
    "order", [["Petra Lind", "Petra K. Lind"], ["Petra K. Lind", "Petra Lind"]]
)
def test_a_name_with_and_without_its_middle_initial_is_one_speaker(tmp_path, order) -> None:
    assert _people(tmp_path, order) == [("Petra K. Lind", 2)]


def test_different_middle_initials_are_two_people(tmp_path) -> None:
    got = _people(tmp_path, ["Carl H. W. Moss", "Carl W. Moss"])
    assert got == [("Carl H. W. Moss", 1), ("Carl W. Moss", 1)]


def test_a_surname_in_two_transliterations_is_one_speaker(tmp_path) -> None:
    got = _people(tmp_path, ["Petro Kovalenskyy", "Petro Kovalensky", "Petro Kovalenskiy"])
    assert got == [("Petro Kovalenskyy", 3)]


def test_two_first_names_under_one_surname_stay_two_people(tmp_path) -> None:
    got = _people(tmp_path, ["Petro Kovalensky", "Olena Kovalenskyy"])
    assert got == [("Olena Kovalenskyy", 1), ("Petro Kovalensky", 1)]
