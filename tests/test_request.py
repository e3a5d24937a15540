"""SearchRequest as a library user builds it: dates as `date` objects or strings, typed."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from nrc_search.errors import UsageError
from nrc_search.model import SearchRequest
from nrc_search.search import search


@pytest.mark.parametrize(
    ("since", "expect"),
    [
        (datetime.date(2011, 7, 1), "2011-07-01"),
        (datetime.datetime(2011, 7, 1, 23, 59), "2011-07-01"),
        ("2011-07", "2011-07"),
        ("2011", "2011"),
        (None, None),
    ],
)
def test_since_takes_a_date_or_a_string(since, expect) -> None:
    assert SearchRequest("nato", since=since).since == expect


def test_a_date_finds_what_the_same_string_finds(seed_index: Path) -> None:
    by_date = search(
        seed_index,
        SearchRequest(
            "missile defence",
            since=datetime.date(2011, 7, 1),
            until=datetime.date(2011, 7, 5),
            all=True,
        ),
    )
    by_text = search(
        seed_index,
        SearchRequest("missile defence", since="2011-07-01", until="2011-07-05", all=True),
    )
    assert by_date.total == by_text.total > 0
    assert [h.turn_id for h in by_date.hits] == [h.turn_id for h in by_text.hits]
    assert {h.date for h in by_date.hits} == {"2011-07-04"}


def test_a_bad_date_string_is_a_usage_error(seed_index: Path) -> None:
    with pytest.raises(UsageError, match="YYYY"):
        search(seed_index, SearchRequest("nato", since="July 2011"))


def test_one_speaker_as_a_string_is_one_speaker(seed_index: Path) -> None:
    request = SearchRequest("missile", speakers="Lavrov", docs=["004_fbef40a881d0f922"])  # type: ignore[arg-type]
    assert request.speakers == ("Lavrov",)
    assert request.docs == ("004_fbef40a881d0f922",)
    assert {h.speaker for h in search(seed_index, request).hits} == {"Sergei Lavrov"}


def test_requests_stay_hashable_values() -> None:
    a = SearchRequest("nato", since=datetime.date(2011, 7, 1), docs=["x"])  # type: ignore[arg-type]
    assert a == SearchRequest("nato", since="2011-07-01", docs=("x",))
    assert hash(a) == hash(SearchRequest("nato", since="2011-07-01", docs=("x",)))
