"""The schema's fields (store/schema.py FastID, FastKeywords, FastText) index exactly what
Whoosh's ID, KEYWORD and TEXT would: the same terms, frequencies, weights and values."""

from __future__ import annotations

import pytest
from whoosh.fields import ID, KEYWORD, TEXT

from nrc_search import store
from nrc_search.store import schema as S

VALUES = [
    "Sergey Lavrov",
    "sergey lavrov",
    "Dmytro Kuleba (Minister for Foreign Affairs of Ukraine)",
    "Zelenskyy, Volodymyr",
    "",
    " ",
    "2011-03-10",
    "doc:briefing-2011",
    "Ambassador",
    "Café « Élysée » — Erdoğan's statement",
    "安全问题 and Лавров",
    "united nations,human rights, united nations ,,  ,nuclear weapons",
    "We discussed the sectoral approach. The sectoral approach is the approach we discussed.",
    "a" * 400,
]

WHOOSH = {S.FastID: ID, S.FastKeywords: KEYWORD, S.FastText: TEXT}


def _whoosh(field, value: str) -> list:
    base = WHOOSH[type(field)]
    return sorted(base.index(field, value))  # Whoosh's own method on the same field


@pytest.mark.parametrize("name", [n for n, f in store.make_schema().items() if f.indexed])
def test_every_field_indexes_what_whoosh_indexes(name: str) -> None:
    field = store.make_schema()[name]
    assert type(field) in WHOOSH
    for value in VALUES:
        ours = sorted(field.index(value))
        assert ours == _whoosh(field, value), (name, value)
        assert sorted(field.index(value)) == ours  # asked again (remembered): the same


def test_remembered_terms_belong_to_their_field() -> None:
    schema = store.make_schema()
    speaker, role = schema["speaker"], schema["role"]
    assert sorted(speaker.index("Moderator")) == _whoosh(speaker, "Moderator")
    assert sorted(role.index("Moderator")) == _whoosh(role, "Moderator")
    other = store.make_schema()["speaker"]  # another index's schema
    assert sorted(other.index("Moderator")) == _whoosh(other, "Moderator")
