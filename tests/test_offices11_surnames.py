"""A label that names a speaker by surname only, an office before it or not, which the page
spells out nowhere: the office-holder table gives the full name, as `nrc segment --format
json` shows it, flagged "office-table": the holder of the office the label names on the
page's date, in any country ("PRIME MINISTER DOE"), or with no office named, the one holder
of any office of the page's country with that surname. A surname no holder bears, or a page
with no date, keeps the surname as printed. Made-up pages; the holders are the table's."""

from __future__ import annotations

from tests.test_segment_properties import segment


def _labelled(tmp_path, text: str) -> list[dict]:
    return [t for t in segment(tmp_path, text)["turns"] if t["label"]]


def _talk(heading: str, one: str, other: str) -> str:
    text = f"{heading}\n\n{one}: Thank you all for coming. We have a lot to discuss today.\n\n"
    text += f"{other}: Thank you. The port agreement is our first subject this morning.\n\n"
    return text + f"{one}: We agree, and the ministers will sign it in June.\n"


def test_an_office_and_a_surname_are_the_tables_holder_on_the_date(tmp_path) -> None:
    text = _talk("Joint press remarks, London, 12 March 2025", "PRIME MINISTER STARMER", "Q")
    said = [t for t in _labelled(tmp_path, text) if t["label"] == "PRIME MINISTER STARMER"]
    assert [t["speaker"] for t in said] == ["Keir Starmer", "Keir Starmer"]
    assert "office-table" in said[0]["flags"]


def test_a_titled_surname_is_the_holder_of_an_office_of_the_pages_country(tmp_path) -> None:
    heading = "Media briefing, Department of International Relations, South Africa, 5 April 2011"
    said = _labelled(tmp_path, _talk(heading, "Minister Nkoana-Mashabane", "Journalist"))
    answers = [t for t in said if t["label"] == "Minister Nkoana-Mashabane"]
    assert {t["speaker"] for t in answers} == {"Maite Nkoana-Mashabane"}
    assert answers[0]["role"] == "Minister"


def test_a_surname_no_holder_bears_or_a_page_with_no_date_keeps_it(tmp_path) -> None:
    said = _labelled(tmp_path, _talk("Joint press remarks, London, 12 March 2025", "DOE", "Q"))
    assert {t["speaker"] for t in said if t["label"] == "DOE"} == {"Doe"}
    said = _labelled(tmp_path, _talk("Joint press remarks, London", "PRIME MINISTER STARMER", "Q"))
    assert {t["speaker"] for t in said if t["label"] == "PRIME MINISTER STARMER"} == {"Starmer"}
