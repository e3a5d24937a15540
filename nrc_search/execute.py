"""How a built query is run: Whoosh's matchers, or whole posting lists (bulk.py, lite.py).

All three answer the same four questions search.py asks (how many turns match; the best N by
score; the first N document numbers; which of some turns each part of the query holds), with
the same answers. Bulk needs numpy: a process that searches again (`nrc serve`, a library
user: the searcher was kept, see store/warm.py) or has numpy loaded uses bulk. A one-shot
`nrc search` keeps the plain path for a short query, takes lite.py (the standard library)
for one whose lists are not long enough to repay the ~50 ms numpy import, and bulk above.
"""

from __future__ import annotations

import itertools
import os
import sys
from typing import Any

from whoosh import query as Q

#: Matcher steps (`_postings`) above which a fresh process imports numpy for the bulk path:
#: Whoosh's matchers take ~1.5 us a step, numpy and whole posting lists ~60 ms once.
BULK_POSTINGS = 40_000
#: Matcher steps below which a fresh process keeps Whoosh's matchers, and postings (read over
#: whole lists, see `_read`) up to which it takes lite.py rather than importing numpy: lite
#: reads a posting in ~0.3 us, numpy costs ~50 ms to import and ~0.05 us a posting.
LITE_FROM = 5_000
LITE_POSTINGS = 300_000
#: "plain", "lite" or "bulk" makes every search use that path (tests compare them); None decides.
FORCE: str | None = None


class Plain:
    """Whoosh's matchers: one step per posting."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher

    def count(self, q: Q.Query) -> int:
        searcher = self.searcher
        if isinstance(q, Q.Term) and not searcher.reader().has_deletions():
            return searcher.doc_frequency(q.fieldname, q.text)  # one word, no filter: free
        count = 0
        for _ in self._ids(q):
            count += 1
        return count

    def best(self, q: Q.Query, limit: int) -> list[tuple[int, float]]:
        results = self.searcher.search(q, limit=limit, terms=False)
        return [(r.docnum, r.score or 0.0) for r in results]

    def ids(self, q: Q.Query, limit: int) -> list[int]:
        return list(itertools.islice(self._ids(q), limit))

    def _ids(self, q: Q.Query):
        """The query's document numbers in order. Whoosh lists an And's by listing both sides
        in full (IntersectionMatcher.all_ids); an And with a short side (a word within a
        speaker's turns) leapfrogs instead, each step a skip in the longer lists."""
        m = q.matcher(self.searcher)
        if not (isinstance(q, Q.And) and _short_side(self.searcher, q)):
            yield from m.all_ids()
            return
        while m.is_active():
            yield m.id()
            m.next()

    def held(self, units: list[Q.Query], docnums: list[int]) -> dict[int, set[int]]:
        """For each docnum, the indexes of the units that match it (one pass per unit)."""
        held: dict[int, set[int]] = {d: set() for d in docnums}
        order = sorted(docnums)
        for i, unit in enumerate(units):
            m = unit.matcher(self.searcher)
            for d in order:
                if not m.is_active():
                    break
                if m.id() < d:
                    m.skip_to(d)
                if m.is_active() and m.id() == d:
                    held[d].add(i)
        return held


class _Whole:
    """The answers from a query's whole posting lists (bulk.py with numpy, lite.py without);
    a query the module cannot evaluate goes to Whoosh's matchers."""

    def __init__(self, searcher, postings) -> None:
        self.plain = Plain(searcher)
        self.postings = postings
        self._done: dict[Q.Query, Any] = {}

    def _evaluate(self, q: Q.Query) -> Any:
        """The module's matches of `q`, or None where it lacks a part."""
        raise NotImplementedError

    def _matches(self, q: Q.Query):
        if q not in self._done:
            self._done[q] = self._evaluate(q)
        return self._done[q]

    def supports(self, q: Q.Query) -> bool:
        return self._matches(q) is not None

    def count(self, q: Q.Query) -> int:
        m = self._matches(q)
        return self.plain.count(q) if m is None else len(m)


class Bulk(_Whole):
    """bulk.py: numpy arrays."""

    def _evaluate(self, q: Q.Query) -> Any:
        from nrc_search import bulk

        try:
            return bulk.evaluate(self.postings, q)
        except bulk.Unsupported:
            return None

    def best(self, q: Q.Query, limit: int) -> list[tuple[int, float]]:
        from nrc_search import bulk

        m = self._matches(q)
        return self.plain.best(q, limit) if m is None else bulk.top(m, limit)

    def ids(self, q: Q.Query, limit: int) -> list[int]:
        m = self._matches(q)
        return self.plain.ids(q, limit) if m is None else m.ids[:limit].tolist()

    def held(self, units: list[Q.Query], docnums: list[int]) -> dict[int, set[int]]:
        import numpy as np

        from nrc_search import bulk

        found = [self._matches(u) for u in units]
        if any(m is None for m in found):
            return self.plain.held(units, docnums)
        held: dict[int, set[int]] = {d: set() for d in docnums}
        wanted = np.array(docnums, dtype=np.int64)
        for i, m in enumerate(found):
            for d in wanted[bulk.member(m, wanted)].tolist():
                held[d].add(i)
        return held


class Lite(_Whole):
    """lite.py: the same answers in plain Python, for a process that has no numpy loaded."""

    def _evaluate(self, q: Q.Query) -> Any:
        from nrc_search import lite

        try:
            return lite.evaluate(self.postings, q)
        except lite.Unsupported:
            return None

    def best(self, q: Q.Query, limit: int) -> list[tuple[int, float]]:
        from nrc_search import lite

        m = self._matches(q)
        return self.plain.best(q, limit) if m is None else lite.top(m, limit)

    def ids(self, q: Q.Query, limit: int) -> list[int]:
        from nrc_search import lite

        m = self._matches(q)
        return self.plain.ids(q, limit) if m is None else lite.first_ids(m, limit)

    def held(self, units: list[Q.Query], docnums: list[int]) -> dict[int, set[int]]:
        found = [self._matches(u) for u in units]
        if any(m is None for m in found):
            return self.plain.held(units, docnums)
        return {d: {i for i, m in enumerate(found) if d in m.scores} for d in docnums}


def engine(searcher, extras: dict, q: Q.Query) -> Plain | Bulk | Lite:
    """Bulk in a process that searches again or has numpy loaded. A one-shot process takes
    the plain path for a short query, lite.py for one whose posting lists are not long enough
    to repay importing numpy, and bulk above that."""
    extras["searches"] = extras.get("searches", 0) + 1
    warm = extras["searches"] > 1 or "numpy" in sys.modules
    if FORCE == "plain":
        return Plain(searcher)
    if FORCE == "lite":
        return _lite(searcher, q) or Plain(searcher)
    if FORCE is None and not warm:
        steps = _postings(searcher, q)
        if steps < LITE_FROM:
            return Plain(searcher)
        if _read(searcher, q) <= min(LITE_POSTINGS, 5 * steps):
            run = _lite(searcher, q)
            if run is not None:
                return run
        if steps < BULK_POSTINGS:
            return Plain(searcher)
    if "numpy" not in sys.modules:
        # bulk.py's numpy does element-wise work only; OpenBLAS would start a thread per core
        # at import (a fresh `nrc search` spent ~20% more CPU and wall time importing it).
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        from nrc_search import bulk
    except ImportError:  # numpy missing: the plain path answers everything
        return Plain(searcher)
    postings = extras.get("postings")
    if postings is None:
        postings = extras["postings"] = bulk.Postings(searcher)
    whole = Bulk(searcher, postings)
    return whole if whole.supports(q) else Plain(searcher)


def _lite(searcher, q: Q.Query) -> Lite | None:
    from nrc_search import lite

    run = Lite(searcher, lite.Postings(searcher))
    return run if run.supports(q) else None


def _read(searcher, q: Q.Query) -> int:
    """How many postings evaluating `q` over whole lists reads: every list it names."""
    try:
        return _listed(searcher, q)
    except Exception:  # as _postings: a part that cannot be listed without expanding it
        return 1 << 62


def _listed(searcher, q: Q.Query) -> int:
    if type(q) is Q.And:  # lite reads a date filter beside words from the day column
        from nrc_search.lite import dated_filters

        dated = dated_filters(searcher.schema, q.subqueries)
        return sum(_listed(searcher, c) for i, c in enumerate(q.subqueries) if i not in dated)
    if isinstance(q, Q.Term):
        return searcher.doc_frequency(q.fieldname, q.text)
    if isinstance(q, Q.Phrase):
        from nrc_search.tree import counted_pair

        pair = counted_pair(searcher.schema, q)
        if pair is not None:  # its pair's list is read, not its words'
            return searcher.doc_frequency("pairs", pair)
        return 2 * sum(searcher.doc_frequency(q.fieldname, w) for w in q.words)
    if isinstance(q, Q.MultiTerm):
        reader = searcher.reader()
        return sum(searcher.doc_frequency(q.field(), t) for t in q._btexts(reader))
    return sum(_listed(searcher, c) for c in q.children())


def _postings(searcher, q: Q.Query) -> int:
    """About how many matcher steps Whoosh would take for `q`: a word's postings; an Or steps
    through all of its lists; an And the fewer of its lists in full or its leapfrog (see
    `_leapfrog`); a phrase reads positions (dearer) for its rarest word's."""
    try:
        return _steps(searcher, q)
    except Exception:  # a query whose terms cannot be listed without expanding it
        return 0


def _steps(searcher, q: Q.Query) -> int:
    if isinstance(q, Q.Term):
        return searcher.doc_frequency(q.fieldname, q.text)
    if isinstance(q, Q.Phrase):
        return 4 * min((searcher.doc_frequency(q.fieldname, w) for w in q.words), default=0)
    if isinstance(q, Q.TermRange):
        reader = searcher.reader()
        return sum(searcher.doc_frequency(q.fieldname, t) for t in q._btexts(reader))
    kids = [_steps(searcher, c) for c in q.children()]
    if not kids:
        return 0
    if isinstance(q, Q.And):
        return min(sum(kids), _leapfrog(searcher, q, kids))
    return sum(kids)


def _leapfrog(searcher, q: Q.Query, kids: list[int] | None = None) -> int:
    """The steps of And `q` leapfrogging (Plain._ids, Whoosh's collector): its shortest list
    drives it, and each of its steps moves every other list once (a skip is a binary search in
    a block, store/postings.py)."""
    children = list(q.children())
    if kids is None:
        kids = [_steps(searcher, c) for c in children]
    if not kids:
        return 0
    driver = min(range(len(kids)), key=kids.__getitem__)
    others = sum(_lists(searcher, c) for i, c in enumerate(children) if i != driver)
    return kids[driver] * (1 + others)


def _short_side(searcher, q: Q.Query) -> bool:
    """Whether And `q` leapfrogs in well under the steps of listing its sides in full."""
    try:
        kids = [_steps(searcher, c) for c in q.children()]
        return _leapfrog(searcher, q, kids) * 4 < sum(kids)
    except Exception:  # as _postings: a part that cannot be listed without expanding it
        return False


def _lists(searcher, q: Q.Query) -> int:
    """How many posting lists a skip in `q` moves (its words; a range's terms)."""
    if isinstance(q, Q.TermRange):
        return max(1, len(list(q._btexts(searcher.reader()))))
    kids = list(q.children())
    return sum(_lists(searcher, c) for c in kids) if kids else 1
