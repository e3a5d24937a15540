"""A fix for one Whoosh bug that changes search results, applied when nrc opens an index.

`AndNotMatcher._find_first` (whoosh3 3.54.0, as in Whoosh 2.7.4) only skips the first candidate
when the excluded matcher happens to sit on the same document; when the excluded matcher starts
earlier, the first candidate is never checked. `nato NOT russia` then returns one document that
contains "russia". We replace the method with one that moves the excluded matcher first, and
guard `_find_next` against a wanted matcher that `skip_to` has exhausted, and a multi-segment
matcher's `max_quality` against segments that are all used up.
"""

from __future__ import annotations

from whoosh.matching.binary import AndNotMatcher
from whoosh.matching.wrappers import MultiMatcher


def _find_first(self: AndNotMatcher) -> None:
    a, b = self.a, self.b
    if a.is_active() and b.is_active():
        if b.id() < a.id():
            b.skip_to(a.id())
        if b.is_active() and a.id() == b.id():
            self._find_next()


_original_find_next = AndNotMatcher._find_next


def _find_next(self: AndNotMatcher):
    """`skip_to` calls this after moving the wanted matcher, which may have run out (then
    Whoosh asks it for an id it no longer has: IndexError in `nato -russia --doc X`)."""
    if not self.a.is_active():
        return False
    return _original_find_next(self)


def _max_quality(self: MultiMatcher) -> float:
    """A multi-segment matcher that has used up its segments has no quality left (Whoosh takes
    the max of an empty list: ValueError in `theatre missile defence` over two segments)."""
    return max((m.max_quality() for m in self.matchers[self.current :]), default=0.0)


def apply() -> None:
    AndNotMatcher._find_first = _find_first  # type: ignore[method-assign]
    AndNotMatcher._find_next = _find_next  # type: ignore[method-assign]
    MultiMatcher.max_quality = _max_quality  # type: ignore[method-assign]
