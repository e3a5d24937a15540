"""clean.py: site boilerplate goes to Document.dropped, content stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from nrc_search.ingest import parse_file
from nrc_search.ingest.clean import clean, is_caption

SEEDS = Path(__file__).parent.parent / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    "line",
    [
        "Leave a comment",
        "  • |",
        "  • Last updated: 09 Jun. 2011 10:17",
        "Share this page",
        "Share on Twitter",
        "Skip to main content",
        "Home | About us | News | Speeches | Contact",
        "Print this page",
        "Tags: NATO, Russia",
        "* * *",
    ],
)
def test_chrome_lines_are_dropped(line: str) -> None:
    out = clean(["Title", "", line, "", "MR. X: Real speech here."])
    assert line.strip() in out.dropped
    assert "MR. X: Real speech here." in out.lines


@pytest.mark.parametrize(
    "line",
    [
        "MR. TONER: Share this with your colleagues, please.",
        "We will leave a comment in the record.",
        "Home is where the heart is, as the minister said.",
        "The talks were last updated on the agenda in 2011.",
    ],
)
def test_sentences_that_mention_chrome_words_stay(line: str) -> None:
    assert clean(["Title", "", line]).lines[-1] == line


def test_duplicated_title_and_menu_above_it_are_dropped() -> None:
    lines = [
        "News Opinion Sport Culture Travel Lifestyle Video",
        "",
        "Big talks in Sochi",
        "",
        "Big talks in Sochi",
        "",
        "LAVROV: We talked.",
    ]
    out = clean(lines)
    assert out.lines.count("Big talks in Sochi") == 1
    assert "News Opinion Sport Culture Travel Lifestyle Video" in out.dropped


def test_related_headlines_and_credits_at_the_bottom_are_dropped() -> None:
    doc = parse_file(next(SEEDS.glob("002_*.txt")))
    text = "\n".join(t.text for t in doc.turns)
    for gone in (
        "Derniers articles",
        "Truman Transits Strait of Gibraltar",
        "Directeur de la publication",
        "Comité militaire",
        "Éditoriaux",
        "Gendarmerie Renseignement",
    ):
        assert gone not in text
        assert any(gone in d for d in doc.dropped)
    assert "we are more interested in the pragmatics of the thing" in text


def test_wire_credit_line_is_dropped() -> None:
    doc = parse_file(FIXTURES / "reuters_wire.txt")
    assert not any("Editing by" in t.text for t in doc.turns)
    assert "(Reporting by Gleb Bryanski; Editing by Alison Williams)" in doc.dropped


@pytest.mark.parametrize(
    ("par", "caption"),
    [
        (
            "NATO-Russia Council meeting in Sochi, Russia. View of the room. Left to right: "
            "Russian Minister of Foreign Affairs, Sergei Lavrov and NATO Secretary General.",
            True,
        ),
        (
            "Joint press point with NATO Secretary General Anders Fogh Rasmussen and the Minister "
            "of Foreign Affairs of Russia, Sergei Lavrov.",
            True,
        ),
        ("The ministers at the start of the meeting (REUTERS/Yves Herman)", True),
        ("Press conference with the minister: we will answer all your questions.", False),
        (
            "Sochi is an important place. In just over three years' time, the eyes of the world "
            "will fall on this beautiful city.",
            False,
        ),
    ],
)
def test_captions_are_recognised(par: str, caption: bool) -> None:
    assert is_caption(par) is caption


def test_captions_never_come_back_as_speech() -> None:
    for path in (next(SEEDS.glob("001_*.txt")), next(SEEDS.glob("003_*.txt"))):
        doc = parse_file(path)
        assert not any(
            "Left to right" in t.text or "Joint press point with" in t.text for t in doc.turns
        )


def test_leave_a_comment_is_not_content() -> None:
    doc = parse_file(next(SEEDS.glob("004_*.txt")))
    assert not any("Leave a comment" in t.text for t in doc.turns)
    assert "Leave a comment" in doc.dropped


def test_clean_keeps_every_other_line_exactly() -> None:
    text = "Title\n\nQ: a question?\n\n   indented speech  \n\nA: answer"
    out = clean(text.split("\n"))
    assert out.lines == text.split("\n") and out.dropped == []


@pytest.mark.parametrize(
    "lines",
    [
        ["22-32456 (E)"],
        ["22-32456 3/25"],
        [
            "S/PV.9018 The situation in the Middle East, including the Palestinian question 25/04/2022"
        ],
        [
            "This record contains the text of speeches delivered in English and of the translation of",
            "speeches delivered in other languages.",
        ],
        ["From: Prime Minister's Office, 10 Downing Street"],
    ],
)
def test_un_page_furniture_and_inline_fields_dropped(lines: list[str]) -> None:
    assert clean(lines).lines == []


def test_inline_published_field_is_the_date() -> None:
    assert clean(["Published: 10 January 2022", "", "Text."]).published == "10 January 2022"


def test_a_headline_printed_twice_at_the_top_is_the_title_and_kept_once() -> None:
    from nrc_search.ingest import parse_text

    head = "The main points from the spokeswoman's statements at the briefing:"
    text = "\n".join(
        [
            head,
            head,
            "Russia does not expect positive changes in relations with Britain;",
            "The EU's praise sounds like a mockery of common sense;",
        ]
    )
    doc = parse_text(text, "page.txt")
    assert (doc.title or "").startswith(head)
    assert head in doc.dropped
    assert not any(t.text.startswith(head) for t in doc.turns)


def test_a_line_repeated_many_times_is_content_not_a_title() -> None:
    line = "Mr. Smith (United Kingdom): We welcome the report of the Council and the"
    got = clean([line, "efforts of all.", ""] * 6)
    assert got.title is None
    assert got.lines.count(line) == 6


def test_a_topics_field_above_a_transcript_is_page_metadata() -> None:
    from nrc_search.ingest import parse_text

    text = (
        "AFR Business Summit - Sydney - 12/03/2024\n\n"
        "Subjects: ASEAN Australia Summit; Relationship with China; AUKUS.\n\n"
        "JAMES CURRAN: Well, Minister, congratulations on the summit.\n\n"
        "PENNY WONG, FOREIGN MINISTER: Well, thank you.\n"
    )
    doc = parse_text(text, "page.txt")
    assert [t.speaker for t in doc.turns] == ["James Curran", "Penny Wong"]
    assert any(d.startswith("Subjects:") for d in doc.dropped)


def test_a_heading_glued_to_a_menu_block_survives_the_menu() -> None:
    from nrc_search.ingest import parse_text

    text = (
        "中文 العربي Contact Us Links\n"
        "Home > Foreign Ministry Spokesperson's Remarks\n"
        "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on July 17, 2020\n"
        "2020-07-18 00:48\n\n"
        "China Daily: What is China's expectation of the meetings?\n\n"
        "Hua Chunying: Vice Foreign Minister Luo Zhaohui will attend the meetings.\n"
    )
    doc = parse_text(text, "page.txt")
    assert (doc.title or "").startswith("Foreign Ministry Spokesperson Hua Chunying's Regular")
    assert "Home > Foreign Ministry Spokesperson's Remarks" in doc.dropped
