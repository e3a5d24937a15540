"""Where the page's header ends and the first turn begins, as `nrc segment FILE --format json`
shows it: a hard-wrapped opening sentence broken over a blank line under the header is the
first turn, not a header line. Made-up documents, no publisher's text."""

from __future__ import annotations

from tests.test_segment_properties import segment

WRAPPED_OPENING = """\
Transcript of interview with Mara Lind: Harbour Evening, Vastmark: 3 March 2021

Harbour Evening, Vastmark - interview with Mara Lind

3 March 2021


That was Oskar Brandt reporting and the Trade Minister Ilse Dorn joins me now from our

studio in the capital.

Thank you for joining us Minister.


Good evening Mara.


The ferry contract was signed a year ago. Why are the ships still not sailing?


They will sail in June. The yards had to replace the engines, and we agreed to wait

rather than take ships that were not safe.


Is June a promise?


It is the date the yards gave us, and we will hold them to it.
"""


def test_a_sentence_wrapped_under_the_header_opens_the_first_turn(tmp_path) -> None:
    doc = segment(tmp_path, WRAPPED_OPENING)
    first = " ".join(doc["turns"][0]["text"].split())
    assert first.startswith("That was Oskar Brandt reporting and the Trade Minister")
    assert "studio in the capital. Thank you for joining us Minister." in first
    assert doc["title"] == (
        "Transcript of interview with Mara Lind: Harbour Evening, Vastmark: 3 March 2021"
    )
    assert [t["speaker"] for t in doc["turns"]][:3] == ["Mara Lind", "Ilse Dorn", "Mara Lind"]


def test_a_heading_wrapped_over_a_line_of_its_own_stays_in_the_header(tmp_path) -> None:
    text = (
        "Opening statement by the Trade Minister at the\n\n"
        "Harbour Conference\n\n"
        "Thank you, Chair. The ferries will sail in June, and the yards know it.\n\n"
        "We will hold them to the date they gave us.\n"
    )
    doc = segment(tmp_path, text)
    first = " ".join(doc["turns"][0]["text"].split())
    assert first.startswith("Thank you, Chair.")


QUESTION_TIME = """\
Vastmark Parliament - Hansard

Ferry Contracts - Question Time

Ilse Dorn
Minister for Trade
10:42

The ferry contract was signed a year ago and the yards have now replaced the engines. The
ships will sail in June.

We agreed to wait rather than take ships that were not safe.

Oskar Brandt
Member for Harbour North
10:45

Will the Minister tell the House what the delay has cost the taxpayer?

Ilse Dorn
Minister for Trade
10:46

Nothing, because the contract puts the cost of the delay on the yards.
"""


def test_a_speakers_header_over_the_first_speech_is_no_page_header(tmp_path) -> None:
    doc = segment(tmp_path, QUESTION_TIME)
    got = [(t["speaker"], t["role"], t["label"]) for t in doc["turns"]]
    assert got == [
        ("Ilse Dorn", "Minister for Trade", "Ilse Dorn / Minister for Trade / 10:42"),
        (
            "Oskar Brandt",
            "Member for Harbour North",
            "Oskar Brandt / Member for Harbour North / 10:45",
        ),
        ("Ilse Dorn", "Minister for Trade", "Ilse Dorn / Minister for Trade / 10:46"),
    ]
    assert doc["title"] == "Ferry Contracts - Question Time"
    assert " ".join(doc["turns"][0]["text"].split()).startswith("The ferry contract was signed")


def test_a_name_over_an_office_printed_once_stays_in_the_header(tmp_path) -> None:
    text = (
        "Ferries to sail in June\n\n"
        "Mara Lind\nHarbour Correspondent\n\n"
        "The Trade Minister said on Tuesday that the ferries would sail in June, a year after "
        "the contract was signed.\n\n"
        "The yards replaced the engines over the winter, the ministry said.\n"
    )
    doc = segment(tmp_path, text)
    assert doc["title"] == "Ferries to sail in June"
    assert all("Mara Lind" not in (t["label"] or "") for t in doc["turns"])
    assert " ".join(doc["turns"][0]["text"].split()).startswith("The Trade Minister said")
