"""A Danish, Norwegian or Swedish page labels its speaker by office in the definite form
("Statsministeren:", "Statsministern:"), the article a suffix of the word: the label is an
office, and the speaker is the prime minister of the page's country on its date, from the
office-holder table (rows written from memory, so flagged "office-unverified"), as
`nrc segment --format json` shows it. Made-up documents, no publisher's text."""

from __future__ import annotations

import pytest

from tests.test_segment_properties import segment


def _page(heading: str, label: str) -> str:
    text = f"{heading}\n\n{label}: Godt at se jer alle. Jeg vil sige et par ord om aftalen.\n\n"
    text += "Journalist: Hvornår træder aftalen i kraft?\n\n"
    return text + f"{label}: Fra nytår, og vi følger den tæt.\n"


NORDIC = [
    ("Pressemøde i København den 3. marts 2020", "Statsministeren", "Mette Frederiksen"),
    ("Pressekonferanse i Oslo, 3. mars 2015", "Statsministeren", "Erna Solberg"),
    ("Presskonferens i Stockholm den 3 mars 2010", "Statsministern", "Fredrik Reinfeldt"),
]


@pytest.mark.parametrize(("heading", "label", "name"), NORDIC)
def test_a_definite_office_label_is_the_prime_minister_of_the_pages_country(
    tmp_path, heading: str, label: str, name: str
) -> None:
    turns = segment(tmp_path, _page(heading, label))["turns"]
    said = [t for t in turns if t["label"] == label]
    assert [t["speaker"] for t in said] == [name, name]
    assert said[0]["role"] == label
    assert {"office-table", "office-unverified"} <= set(said[0]["flags"])


def test_the_same_label_on_a_page_of_no_nordic_country_names_no_one(tmp_path) -> None:
    turns = segment(tmp_path, _page("Pressemøde den 3. marts 2020", "Statsministeren"))["turns"]
    said = [t for t in turns if t["label"] == "Statsministeren"]
    assert said and all(t["speaker"] is None for t in said)
    assert said[0]["role"] == "Statsministeren"
