"""Outlets from wire datelines and web sources, countries from roles (buckets.py)."""

from __future__ import annotations

import pytest

from nrc_search.buckets import country, outlet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BRUSSELS, July 6 (Itar-Tass) — Russia and NATO can reach agreement", "Itar-Tass"),
        ("MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov has not agreed", "Reuters"),
        ("MOSCOW, May 3, 2012 (AFP) - The treaty was discussed.", "AFP"),
        ("A foreign ministry official rejects AFP report   Tehran, Dec 2, IRNA -- A Foreign", "IRNA"),
        ("REYKJAVIK — Russian Foreign Minister Sergei Lavrov told U.S. Secretary", None),
        ("The President (Mr. Smith): I give the floor to the representative of Chile.", None),
        ("Thank you (applause) - and now to questions.", None),
    ],
)  # fmt: skip
def test_outlet_from_the_dateline(text: str, expected: str | None) -> None:
    assert outlet({"source": "/archive/story.txt"}, text) == expected


def test_outlet_field_and_web_host_come_first() -> None:
    assert (
        outlet({"publisher": "Kyodo News", "source": "x.txt"}, "MOSCOW (Reuters) -") == "Kyodo News"
    )
    assert outlet({"source": "https://www.tass.com/politics/1"}, "") == "tass.com"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Russian Federation", "Russia"),  # the delegation and the nationality: one bucket
        ("United States of America", "United States"),
        ("Iran (Islamic Republic of)", "Iran"),
        ("Syrian Arab Republic", "Syria"),
        ("Russian Foreign Minister", "Russia"),
        ("U.S. Secretary of State", "United States"),
        ("NATO Secretary General", None),
        (None, None),
    ],
)
def test_country_from_the_role(role: str | None, expected: str | None) -> None:
    assert country(role) == expected
