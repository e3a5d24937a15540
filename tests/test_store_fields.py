"""The schema's fields (store/schema.py FastID, FastText, PairsField) index exactly what
Whoosh's ID, TEXT and KEYWORD would: the same terms, frequencies, weights and values."""

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
    "We discussed the sectoral approach. The sectoral approach is the approach we discussed.",
    "a" * 400,
]

PAIRS = [
    "united nations:4:2",
    "united nations:1:1,human rights:2:3, united nations:1:1 ,,nuclear weapons:70000:1",
    "",
]

WHOOSH = {S.FastID: ID, S.PairsField: KEYWORD, S.FastText: TEXT}


def _whoosh(field, value: str) -> list:
    base = WHOOSH[type(field)]
    return sorted(base.index(field, value))  # Whoosh's own method on the same field


@pytest.mark.parametrize("name", [n for n, f in store.make_schema().items() if f.indexed])
def test_every_field_indexes_what_whoosh_indexes(name: str) -> None:
    field = store.make_schema()[name]
    assert type(field) in WHOOSH
    for value in PAIRS if name == "pairs" else VALUES:
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


def test_a_pair_posting_holds_its_words_counts() -> None:
    from nrc_search.analysis import pair_counts

    text = "The international community and the community of nations: international law."
    assert ("international community", 2, 2) in pair_counts(text)
    field = store.make_schema()["pairs"]
    (term, _, _, value), *_ = field.index("international community:2:2")
    assert term == b"international community" and field.format.decode_counts(value) == (2, 2)
