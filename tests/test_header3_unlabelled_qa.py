"""Unlabelled interviews, as `nrc segment FILE --format json` shows them: passages that take
turns between one who asks and one who answers are questions and the guest's answers, with
no label (`label` null), whether the passages are set apart by time marks or printed as
paragraphs under a heading or intro that says it is an interview. Made-up documents, no
publisher's text."""

from __future__ import annotations

from tests.test_segment_properties import segment


def _turns(doc: dict) -> list[tuple[str | None, str | None, bool, str]]:
    """(speaker, label, asks, first 20 characters) of every turn."""
    return [
        (t["speaker"], t["label"], "question" in t["flags"], " ".join(t["text"].split())[:20])
        for t in doc["turns"]
    ]


TIMED = """\
Good evening, Minister. The ferries were due to sail a year ago. Why are they still in port?

[00:00:09]

The yards had to replace the engines. We agreed to wait rather than take ships that were not safe.

[00:00:21]

And when will they sail? Can you give the viewers a date tonight?

[00:00:28]

In June. That is the date the yards gave us, and we will hold them to it.

[00:00:40]

Thank you, Minister. We will hold you to it too.
"""


def test_time_marked_passages_that_ask_in_turn_are_questions_and_answers(tmp_path) -> None:
    doc = segment(tmp_path, TIMED)
    got = _turns(doc)
    assert [t["role"] for t in doc["turns"]] == [None, "Minister", None, "Minister", None]
    assert got == [
        (None, None, True, "Good evening, Minist"),
        (None, None, False, "The yards had to rep"),
        (None, None, True, "And when will they s"),
        (None, None, False, "In June. That is the"),
        (None, None, True, "Thank you, Minister."),
    ]


def test_time_marked_passages_with_questions_anywhere_are_not_an_interview(tmp_path) -> None:
    text = (
        "Good evening. The ferries were due to sail a year ago.\n\n[00:00:09]\n\n"
        "The yards had to replace the engines. Who pays for the wait?\n\n[00:00:21]\n\n"
        "The contract says the yards do.\n\n[00:00:28]\n\n"
        "In June they sail, the ministry says.\n\n[00:00:40]\n\n"
        "We will find out then. Will they?\n"
    )
    assert not any(asks for _, _, asks, _ in _turns(segment(tmp_path, text)))


PARAGRAPHS = """\
"The ferries will sail in June": an interview with Trade Minister Ilse Dorn

Trade Minister Ilse Dorn spoke to the Harbour Post about the delayed ferry contract.

The ferries were due to sail a year ago. Why are they still in port?

The yards had to replace the engines. We agreed to wait rather than take ships that were
not safe, and I would make the same decision again.

The contract was signed in your first month in office. Do you regret it?

No. The contract puts the cost of any delay on the yards, not on the taxpayer.

We checked that clause twice before we signed.

So who pays for the wait?

The yards do. That is the point of the clause.
"""


def test_an_interview_in_plain_paragraphs_is_questions_and_the_guests_answers(tmp_path) -> None:
    doc = segment(tmp_path, PARAGRAPHS)
    assert _turns(doc) == [
        (None, None, True, "The ferries were due"),
        ("Ilse Dorn", None, False, "The yards had to rep"),
        (None, None, True, "The contract was sig"),
        ("Ilse Dorn", None, False, "No. The contract put"),
        (None, None, True, "So who pays for the "),
        ("Ilse Dorn", None, False, "The yards do. That i"),
    ]
    assert "We checked that clause twice" in doc["turns"][3]["text"]
    assert doc["turns"][1]["role"] == "Trade Minister"


def test_a_news_story_with_questions_in_it_is_no_interview(tmp_path) -> None:
    text = (
        "Ferries still in port: the minister was asked why\n\n"
        "The ferries were due to sail a year ago. Why are they still in port?\n\n"
        "The Trade Minister said the yards had to replace the engines.\n\n"
        "Who pays for the wait?\n\n"
        "The contract puts the cost on the yards, the ministry said on Tuesday.\n\n"
        "And when will they sail?\n\n"
        "In June, a spokesman for the yards told reporters.\n"
    )
    doc = segment(tmp_path, text)
    assert not any("question" in t["flags"] for t in doc["turns"])
