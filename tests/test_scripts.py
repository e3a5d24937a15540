"""Search and --speaker in Cyrillic, Greek and CJK; one person across scripts via the speakers file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.analysis import terms
from nrc_search.cli import main

ROWS = [
    {
        "doc": "mfa-2022-03-01",
        "date": "2022-03-01",
        "speaker": "华春莹",
        "text": "我们讨论了安全问题。",
    },
    {
        "doc": "gr-2022-03-02",
        "date": "2022-03-02",
        "speaker": "Νίκος Δένδιας",
        "text": "Η ασφάλεια είναι σημαντική.",
    },
    {
        "doc": "ru-2022-03-03",
        "date": "2022-03-03",
        "speaker": "Небензя",
        "text": "Санкции не работают.",
    },
    {
        "doc": "unsc-2022-03-04",
        "date": "2022-03-04",
        "speaker": "Vasily Nebenzia",
        "text": "Sanctions do not work.",
    },
]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def index(tmp_path: Path) -> Path:
    data = tmp_path / "statements.jsonl"
    data.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8"
    )
    aliases = tmp_path / "speakers.txt"
    aliases.write_text("Vasily Nebenzia = Небензя\n", encoding="utf-8")
    ix = tmp_path / "ix"
    result = run("ingest", str(data), "--index", str(ix), "--speakers-file", str(aliases))
    assert result.exit_code == 0, result.output
    return ix


def hits(index: Path, *args: str) -> list[tuple[str, str]]:
    out = run("search", *args, "--json", "--index", str(index))
    assert out.exit_code in (0, 1), out.output
    data = json.loads(out.stdout) if out.stdout else {"hits": []}
    return [(h["speaker"], h["doc_id"]) for h in data["hits"]]


@pytest.mark.parametrize(
    ("query", "doc"),
    [
        ("санкции", "ru-2022-03-03"),
        ("ασφάλεια", "gr-2022-03-02"),
        ("ασφαλεια", "gr-2022-03-02"),  # typed without the accent
        ("安全", "mfa-2022-03-01"),  # a word inside an unspaced Chinese sentence
        ('"安全问题"', "mfa-2022-03-01"),
    ],
)
def test_words_in_other_scripts_are_found(index: Path, query: str, doc: str) -> None:
    assert [d for _, d in hits(index, query)] == [doc]


def test_a_chinese_query_needs_its_characters(index: Path) -> None:
    assert hits(index, "安定") == []


def test_speaker_in_cyrillic_finds_the_person_in_both_scripts(index: Path) -> None:
    both = [("Vasily Nebenzia", "ru-2022-03-03"), ("Vasily Nebenzia", "unsc-2022-03-04")]
    assert sorted(hits(index, "санкции OR sanctions", "--speaker", "Небензя")) == both
    assert sorted(hits(index, "санкции OR sanctions", "--speaker", "nebenzia")) == both


@pytest.mark.parametrize(
    ("name", "doc"), [("Δένδιας", "gr-2022-03-02"), ("华春莹", "mfa-2022-03-01")]
)
def test_speaker_names_in_greek_and_chinese(index: Path, name: str, doc: str) -> None:
    query = "ασφάλεια" if doc.startswith("gr") else "安全"
    assert [d for _, d in hits(index, query, "--speaker", name)] == [doc]


def test_a_speaker_name_of_only_punctuation_still_has_no_letters(index: Path) -> None:
    result = run("search", "sanctions", "--speaker", "--", "--index", str(index))
    assert result.exit_code == 2
    assert "has no letters" in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ёлка и ель", ["елка", "и", "ель"]),
        ("NATO’s défense", ["nato", "defense"]),  # Latin terms as before
        ("東京の会議", ["東", "京", "の", "会", "議"]),
    ],
)
def test_terms_in_other_scripts(text: str, expected: list[str]) -> None:
    assert terms(text) == expected
