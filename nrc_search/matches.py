"""Where a query matches inside a turn, and the matching turns of an index, duplicates collapsed.

Shared by the analyst views (kwic, trend, facets, similar, watch). `units` reads the parsed query
once: its phrases (matched as one span) and its loose terms; `spans` finds them in a turn's text
with the same tokens the index made. Whoosh objects stay inside the views' modules.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from whoosh import query as Q

from nrc_search.analysis import _CHARMAP, ELISION, POSSESSIVE, TOKEN_PATTERN
from nrc_search.scripts import cjk_pieces, fold_marks, has_cjk

_TOKEN = re.compile(TOKEN_PATTERN)
_ELISION = re.compile(ELISION)
_POSSESSIVE = re.compile(POSSESSIVE)
# Anything that is not a word character, e.g. the ", " and "“" in "“Russia, NATO".
_NORM = re.compile(r"\W+")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(term, start, end) of every token, exactly as `analysis.analyzer()` makes them, but fast.

    The same steps in the same order: lowercase, fold accents and apostrophes, fold marks beyond
    Latin, one term per CJK character, then cut a French/Italian elision and an English
    possessive. Exact word forms, no stemming (related forms are found at query time).
    """
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group().lower()
        start = m.start()
        if word.isascii():
            if "'" in word:
                word = _POSSESSIVE.sub("", _ELISION.sub("", word))
            out.append((word, start, m.end()))
            continue
        word = fold_marks(word.translate(_CHARMAP))
        if not has_cjk(word):
            out.append((_POSSESSIVE.sub("", _ELISION.sub("", word)), start, m.end()))
            continue
        offset = 0  # a lowercased, folded CJK word keeps its length: pieces map onto the text
        for piece in cjk_pieces(word):
            term = _POSSESSIVE.sub("", _ELISION.sub("", piece))
            out.append((term, start + offset, start + offset + len(piece)))
            offset += len(piece)
    return out


def word_count(text: str) -> int:
    """The number of index tokens in `text` (the `text` field length Whoosh records)."""
    if text.isascii():
        return sum(1 for _ in _TOKEN.finditer(text))
    return len(tokens(text))


def dedup_key(text: str) -> str:
    """Two turns with the same words (punctuation and case aside) are one statement (as search)."""
    return _NORM.sub(" ", text.lower()).strip()[:2000]


def text_hash(text: str) -> str:
    """A short stable digest of a turn's words, punctuation and case aside."""
    return hashlib.sha1(dedup_key(text).encode("utf-8")).hexdigest()[:16]


# Fields a word of `nrc search` also matches besides the turn's words: the document title
# ("context") and the speaker's name. They help ranking; a view counts what a turn says.
_NOT_SAID = ("context", "speaker")


def said(q: Q.Query) -> Q.Query:
    """`q` matching on the turns' own words only: the title and speaker-name alternatives search
    adds to a word left out (a turn of a document titled "Missile defence" that never says it is
    no concordance line). A field the user wrote (`speaker:lavrov defence`) stays."""
    if q.is_leaf():
        return q
    if isinstance(q, Q.Or):
        alts = [said(c) for c in q.subqueries]
        kept = [c for c in alts if getattr(c, "fieldname", None) not in _NOT_SAID]
        if not any(getattr(c, "fieldname", None) == "text" for c in kept):
            kept = alts  # not a word's expansion: leave it as written
        return kept[0] if len(kept) == 1 else Q.Or(kept, boost=q.boost)
    return q.apply(said)


@dataclass(frozen=True)
class Units:
    """What to look for in a turn: phrases (term alternatives per position, slop) and loose terms."""

    phrases: tuple[tuple[tuple[frozenset[str], ...], int], ...] = ()
    terms: frozenset[str] = field(default_factory=frozenset)


def units(q: Q.Query, reader) -> Units:
    """The phrases and loose `text` terms of a parsed (expanded) query; NOT parts left out."""
    phrases: list[tuple[tuple[frozenset[str], ...], int]] = []
    terms: set[str] = set()

    def visit(node: Q.Query) -> None:
        if isinstance(node, (Q.Not, Q.AndNot)):
            if isinstance(node, Q.AndNot):
                visit(node.a)
            return
        if isinstance(node, Q.Phrase):
            if node.fieldname == "text":
                words = tuple(frozenset([w]) for w in node.words)
                phrases.append((words, max(1, node.slop)))
            return
        if node.is_leaf():
            if getattr(node, "fieldname", None) == "text":
                for fname, value in node.existing_terms(reader, expand=True):
                    if fname == "text":
                        terms.add(value.decode("utf-8") if isinstance(value, bytes) else value)
            return
        for child in node.children():
            visit(child)

    visit(q)
    return Units(tuple(dict.fromkeys(phrases)), frozenset(terms))


def spans(text: str, found: Units) -> list[tuple[int, int]]:
    """[start, end) of every match in `text`, in order: a phrase is one span, then loose terms."""
    toks = tokens(text)
    out: list[tuple[int, int]] = []
    covered: set[int] = set()
    for words, slop in found.phrases:
        for i, (term, _, _) in enumerate(toks):
            if term not in words[0] or i in covered:
                continue
            end = _phrase_end(toks, i, words, slop)
            if end is not None:
                out.append((toks[i][1], toks[end][2]))
                covered.update(range(i, end + 1))
    for i, (term, start, end) in enumerate(toks):
        if term in found.terms and i not in covered:
            out.append((start, end))
    return sorted(out)


def _phrase_end(toks, i: int, words, slop: int) -> int | None:
    """Index of the token that ends the phrase starting at `i`, or None."""
    pos = i
    for alternatives in words[1:]:
        nxt = next(
            (
                j
                for j in range(pos + 1, min(len(toks), pos + slop + 1))
                if toks[j][0] in alternatives
            ),
            None,
        )
        if nxt is None:
            return None
        pos = nxt
    return pos


@dataclass
class Collapsed:
    """Matching turns with the same words collapsed into the first one met (as search does)."""

    first: dict[str, int] = field(default_factory=dict)  # dedup key -> index in `kept`
    kept: list[dict] = field(default_factory=list)  # turn fields (with "duplicates": [turn ids])
    collapsed: int = 0  # copies folded into an earlier turn

    def add(self, fields: dict) -> bool:
        """Keep `fields` unless an earlier turn said the same; True when it was kept."""
        key = dedup_key(fields["text"])
        if key in self.first:
            self.kept[self.first[key]].setdefault("duplicates", []).append(fields["turn_id"])
            self.collapsed += 1
            return False
        self.first[key] = len(self.kept)
        self.kept.append(fields)
        return True


KEEP_DOCS = 64  # documents whose texts one `store.Turns` may hold before it is replaced


def matching_turns(searcher, q: Q.Query, *, outlets: bool = False) -> Iterator[dict]:
    """The fields (with text) of every turn `q` matches, in index order, each with "_doc": its
    document's title, date, kind, source and hash (and "_outlet" when `outlets`).

    The turns of a document are neighbours in the index, so each record is read once; the reader
    is replaced every KEEP_DOCS documents, so a query that matches in every document never holds
    the whole corpus's texts in memory.
    """
    from nrc_search import buckets, store

    turns = store.Turns(searcher)
    held: set[str] = set()  # documents the current reader has loaded
    docs: dict[str, dict] = {}
    for docnum in q.matcher(searcher).all_ids():
        fields = turns.turn(docnum)
        if fields is None:
            continue  # a document or meta record
        doc_id = fields["doc_id"]
        if doc_id not in held:
            if len(held) >= KEEP_DOCS:  # let the texts read so far go
                turns, held = store.Turns(searcher), set()
                fields = turns.turn(docnum) or fields
            held.add(doc_id)
        if doc_id not in docs:
            data = turns.doc(doc_id)
            doc = {k: data.get(k) for k in ("title", "date", "kind", "source", "hash")}
            if outlets:  # the dateline is at the top of the document's text
                doc["_outlet"] = buckets.outlet(data, turns._text(doc_id)[:400])
            docs[doc_id] = doc
        fields["_doc"] = docs[doc_id]
        yield fields


def collapse(searcher, q: Q.Query, *, outlets: bool = False) -> Collapsed:
    """Every matching turn, duplicates collapsed; earlier-dated copies are the ones kept."""
    found = list(matching_turns(searcher, q, outlets=outlets))
    found.sort(key=lambda f: (f.get("day") or "9999", f["doc_id"], f["n"]))
    out = Collapsed()
    for fields in found:
        out.add(fields)
    return out
