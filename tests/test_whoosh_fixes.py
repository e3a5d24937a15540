"""The Whoosh matcher fixes nrc applies (nrc_search/whoosh_fixes.py), on small posting lists."""

from __future__ import annotations

from whoosh.matching import ListMatcher
from whoosh.matching.binary import AndMaybeMatcher

from nrc_search import store  # noqa: F401  (importing the store applies the fixes)


def _maybe(a: list[int], b: list[int]) -> AndMaybeMatcher:
    return AndMaybeMatcher(
        ListMatcher(a, weights=[1.0] * len(a)), ListMatcher(b, weights=[10.0] * len(b))
    )


def test_skip_past_the_target_keeps_the_optional_part() -> None:
    # The required list jumps from 1 to 9; the phrase bonus is on 5 and 9. Whoosh left the
    # bonus on 5, so document 9 scored without it.
    m = _maybe([1, 9], [5, 9])
    m.skip_to(4)
    assert (m.id(), m.weight()) == (9, 11.0)


def test_every_document_gets_its_bonus_whatever_the_skips() -> None:
    a, b = [2, 3, 7, 8, 15, 16, 30], [3, 8, 16, 29, 30]
    for target in range(0, 31):
        m = _maybe(a, b)
        m.skip_to(target)
        while m.is_active():
            assert m.weight() == (11.0 if m.id() in b else 1.0), (target, m.id())
            m.next()
