"""One person across documents, as `nrc ingest` then `nrc search --speaker` and `nrc speakers`
show it: a name printed in Cyrillic in one transcript and in Latin letters in another, and a
name known first by its initials ("S. Doe") then in full. Made-up documents."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.ingest.speakers import SpeakerRegistry

LATIN = """\
Press conference of Foreign Minister Petr Kovalenko

3 May 2021

Petr Kovalenko: We discussed the harbour project with our partners today.

Question: What about the grain corridor?

Petr Kovalenko: The grain corridor stays open.
"""

CYRILLIC = """\
Пресс-конференция министра иностранных дел

4 мая 2021 года

П.Коваленко: Мы обсудили проект порта и зерновой коридор с партнёрами.

Вопрос: Что с зерновым коридором?

П.Коваленко: Зерновой коридор остаётся открытым.
"""


def _run(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_a_name_in_cyrillic_and_in_latin_letters_is_one_speaker(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ru.txt").write_text(CYRILLIC, encoding="utf-8")  # the Cyrillic one first
    (docs / "en.txt").write_text(LATIN, encoding="utf-8")
    index = str(tmp_path / "index")
    _run("ingest", str(docs), "--index", index)
    found = _run(
        "search", "corridor OR коридор", "--speaker", "kovalenko", "--json", "--index", index
    )
    hits = json.loads(found.stdout)["hits"]
    assert {h["speaker"] for h in hits} == {"Petr Kovalenko"}
    assert {h["doc_id"] for h in hits} == {"ru", "en"}
    listed = json.loads(_run("speakers", "--format", "json", "--index", index).stdout)
    assert [(p["name"], p["aliases"], p["turns"], p["docs"]) for p in listed] == [
        ("Petr Kovalenko", ["П. Коваленко"], 4, 2)
    ]


def test_initials_seen_first_join_the_full_name_later() -> None:
    reg = SpeakerRegistry()
    assert reg.add("S. Doe") == "S. Doe"
    assert reg.add("Sara Doe") == "Sara Doe"
    assert reg.resolve("S. Doe") == reg.resolve("Doe") == "Sara Doe"
    assert [p.name for p in reg.people()] == ["Sara Doe"]
    assert reg.add("Tom Doe") == "Tom Doe"  # another first name: another person
