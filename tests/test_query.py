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


def test_a_word_is_its_exact_form_in_the_index() -> None:
    q = parse("defences", make_schema()).query
    assert q == Q.Term("text", "defences")


@pytest.mark.parametrize(
    ("text", "excluded"),
    [("nato -russia", "russia"), ("nato NOT russia", "russia"), ('nato -"missile defence"', None)],
)
def test_minus_and_not_exclude(text: str, excluded: str | None) -> None:
    parsed = parse(text, make_schema())
    assert isinstance(parsed.query, Q.AndNot)
    assert [u.label for u in parsed.units] == ["nato"]
    if excluded:
        assert parsed.excluded == [Q.Term("text", excluded)]
    else:
        assert isinstance(parsed.excluded[0], Q.Phrase)


def test_plus_requires_a_word_even_in_partial_matches() -> None:
    parsed = parse("+libya no-fly zone", make_schema())
    assert parsed.required == [Q.Term("text", "libya")]
    assert [u.label for u in parsed.units] == ["no-fly", "zone"]


def test_stop_words_score_but_are_not_required() -> None:
    parsed = parse("transit to Afghanistan", make_schema())
    assert [u.label for u in parsed.units] == ["transit", "Afghanistan"]
    assert parsed.optional == [Q.Term("text", "to")]
    assert [u.label for u in parse("to be", make_schema()).units] == ["to", "be"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nato - russia", "A lone '-'"),
        ("nato + russia", "A lone '+'"),
        ("nato --russia", "'--'"),
        ("nato +-russia", "'+-'"),
        ("libya OR +syria", "+word cannot apply next to OR"),
        ("(libya OR +syria) nato", "+word cannot apply next to OR"),
        ("NOT NOT treaty", "NOT NOT"),
    ],
)
def test_signs_that_cannot_apply_are_refused(text: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        parse(text, make_schema())
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_signs_inside_a_phrase_are_words() -> None:
    parsed = parse('"anti-missile -defence" nato', make_schema())
    assert not parsed.excluded


def test_doc_field_alias() -> None:
    q = parse("doc:004_abc", make_schema()).query
    assert q == Q.Term("doc_id", "004_abc")
