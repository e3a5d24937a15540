"""Fixes for Whoosh bugs that change search results, applied when nrc opens an index.

`AndNotMatcher._find_first` (whoosh3 3.54.0, as in Whoosh 2.7.4) only skips the first candidate
when the excluded matcher happens to sit on the same document; when the excluded matcher starts
earlier, the first candidate is never checked. `nato NOT russia` then returns one document that
contains "russia". We replace the method with one that moves the excluded matcher first, and
guard `_find_next` against a wanted matcher that `skip_to` has exhausted, and a multi-segment
matcher's `max_quality` against segments that are all used up.

`AndMaybeMatcher.skip_to(id)` moves the optional matcher to `id`, not to where the required one
landed; when that is past `id` the optional part (nrc's phrase bonus: `climate change` also
scores the phrase) stays behind and the document loses its bonus. `skip_to_quality` can leave it
behind the same way. Both now bring the optional matcher up to the required one. Which
documents were hit depended on the document numbers, so two ingests of the same files ranked
differently (a turn with the phrase scored 9.9 instead of 27.8 with `--since 1990`).

Not a fix but start-up time: `whoosh.query.terms` imports `whoosh.lang.morph_en` for the
`Variations` query, which nrc never builds (its variants are its own), and that module compiles
~5 ms of regular expressions at import: a fresh `nrc search` is given a stand-in that loads the
real module on its first call.
"""

from __future__ import annotations

import importlib
import sys
import types

from whoosh.matching.binary import AndMaybeMatcher, AndNotMatcher
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


def _catch_up(self: AndMaybeMatcher) -> None:
    a, b = self.a, self.b
    if a.is_active() and b.is_active() and b.id() < a.id():
        b.skip_to(a.id())


def _maybe_skip_to(self: AndMaybeMatcher, id: int) -> bool:
    ra = _original_maybe_skip_to(self, id)
    _catch_up(self)
    return ra


def _maybe_skip_to_quality(self: AndMaybeMatcher, minquality: float) -> int:
    skipped = _original_maybe_skip_to_quality(self, minquality)
    _catch_up(self)
    return skipped


_original_maybe_skip_to = AndMaybeMatcher.skip_to
_original_maybe_skip_to_quality = AndMaybeMatcher.skip_to_quality


_MORPH_EN = "whoosh.lang.morph_en"


def defer_morph_en() -> None:
    """Put a stand-in for whoosh.lang.morph_en in sys.modules unless it is loaded already."""
    if _MORPH_EN in sys.modules or "whoosh.query" in sys.modules:
        return
    stand_in = types.ModuleType(_MORPH_EN)

    def variations(word: str):
        if sys.modules.get(_MORPH_EN) is stand_in:
            del sys.modules[_MORPH_EN]
        real = importlib.import_module(_MORPH_EN).variations
        stand_in.variations = real  # type: ignore[attr-defined]
        return real(word)

    stand_in.variations = variations  # type: ignore[attr-defined]
    sys.modules[_MORPH_EN] = stand_in


defer_morph_en()


def apply() -> None:
    AndNotMatcher._find_first = _find_first  # type: ignore[method-assign]
    AndNotMatcher._find_next = _find_next  # type: ignore[method-assign]
    MultiMatcher.max_quality = _max_quality  # type: ignore[method-assign]
    AndMaybeMatcher.skip_to = _maybe_skip_to  # type: ignore[method-assign]
    AndMaybeMatcher.skip_to_quality = _maybe_skip_to_quality  # type: ignore[method-assign]
