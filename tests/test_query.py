"""The query language: what is refused (one line, QueryError) and what Whoosh receives."""

from __future__ import annotations

import pytest
from whoosh import query as Q

from nrc_search.errors import QueryError
from nrc_search.query import parse, validate
from nrc_search.store import make_schema


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ('"missile defence', "Unbalanced quote"),
        ("(libya OR syria", "Unbalanced '('"),
        ("libya)", "Unbalanced ')'"),
        ("date:[2011 to 2012", "Unbalanced '['"),
        ("AND", "AND"),
        ("OR libya", "OR needs a word"),
        ("libya AND", "at the end"),
        ("libya AND OR syria", "OR needs a word"),
        ("NOT", "NOT at the end"),
        ("foo:bar", "Unknown field 'foo'"),
        ("turn_id:x", "Unknown field"),
        ("x" * 10_000, "10,000 characters"),
        ("missile\x1b[31m defence", "control characters"),
        ("date:notadate", "bad date"),
    ],
)
def test_malformed_queries_are_refused_with_one_line(text: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse(text, make_schema())
    assert message.lower() in str(info.value).lower()
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "missile defence",
        '"sectoral approach"',
        '"missile defence"~3',
        "libya OR afghanistan",
        "nato NOT russia",
        "(libya OR syria) AND nato",
        "defen*",
        "missle~",
        "speaker:lavrov",
        "date:[2011-06 to 2011-07]",
        "It was 10:30 in Brussels",
        "see http://nato.int",
    ],
)
def test_valid_queries_pass(text: str) -> None:
    validate(text)
    assert parse(text, make_schema()).query is not None


def test_plain_words_mean_all_of_them() -> None:
    q = parse("missile defence", make_schema()).query
    assert isinstance(q, Q.And)
    assert [c.text for c in q.subqueries] == ["missile", "defence"]


def test_plural_in_query_is_stemmed_like_the_index() -> None:
    q = parse("defences", make_schema()).query
    assert q == Q.Term("text", "defence")


def test_doc_field_alias() -> None:
    q = parse("doc:004_abc", make_schema()).query
    assert q == Q.Term("doc_id", "004_abc")
