"""How text becomes index terms: tokenize, lowercase, fold accents and apostrophes; related forms.

The index keeps each word's own form (no stemming), so an exact match can rank above a related
one. `stem` (plurals and possessives) and `related_stem` (plus -ly adverbs) decide at query time
which other forms in the index are the same word ("guarantees" for "guarantee", "legally" for
"legal"). Deliberately not Porter: Porter conflates "transition" with "transit" and
"organization" with "organ", which an analyst would call noise. Spelling variants
(defence/defense) and near-variants (sectoral/sectorial) are handled by `variants.py`.
Imports Whoosh's analysis module only (cheap); nothing else from nrc.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from whoosh.analysis import (
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    SubstitutionFilter,
)
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.support.charset import accent_map

from nrc_search.scripts import CjkSplitFilter, FoldMarksFilter

# One token: a run of word characters, allowing inner apostrophes and dots ("NATO's", "U.S.",
# "c’est"); ’ ‘ ʼ are apostrophes too (ʼ is a letter to \w already).
TOKEN_PATTERN = r"\w+(?:['’‘.]\w+)*"

#: ’ ‘ ʼ and ′ are one apostrophe for matching: "c'est" finds "c’est".
APOSTROPHES: dict[int, str] = {0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x2032: "'"}
_CHARMAP: dict = {**dict(accent_map), **APOSTROPHES}  # accent_map is keyed by code point

# A French or Italian elision before the word it belongs to: "l'approche" -> "approche",
# "d'afghanistan" -> "afghanistan", "qu'il" -> "il" (after lowercasing and apostrophe folding).
ELISION = r"^(?:[cdjlmnst]|qu)'(?=\w{2,})"
# An English possessive: "nato's" -> "nato", "ministers'" is cut by the tokenizer already.
POSSESSIVE = r"'s$"

_KEEP_S = ("ss", "us", "is", "ous", "ics")

# -ly adverbs whose adjective is the same concept: "legally" -> "legal", "actively" -> "active".
_ADVERBS = (
    ("ally", "al"),
    ("ively", "ive"),
    ("ously", "ous"),
    ("fully", "ful"),
    ("ently", "ent"),
    ("antly", "ant"),
    ("ately", "ate"),
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Minimal English stemmer: possessives and plurals only.

    >>> [stem(w) for w in ["defences", "policies", "nato's", "crisis", "us", "boxes"]]
    ['defence', 'policy', 'nato', 'crisis', 'us', 'box']
    """
    w = word
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if len(w) <= 3 or not w.endswith("s") or w.endswith(_KEEP_S):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return w[:-2]
    if w.endswith("es") and w[-3] in "o" and len(w) > 5:
        return w[:-2]
    return w[:-1]


@lru_cache(maxsize=200_000)
def related_stem(word: str) -> str:
    """The key shared by forms of one word: plurals, possessives and -ly adverbs.

    >>> [related_stem(w) for w in ["legally", "legal", "guarantees", "transition", "transit"]]
    ['legal', 'legal', 'guarantee', 'transition', 'transit']
    """
    w = stem(word)
    for ending, base in _ADVERBS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)] + base
    return w


def related_prefix(word: str) -> str:
    """The prefix every related form of `word` starts with ("policy" -> "polic", for "policies")."""
    key = related_stem(word)
    common = key[:-1] if key.endswith(("y", "e")) else key
    return common if len(word) >= len(common) and word.startswith(common) else word[: len(common)]


class TextAnalyzer(CompositeAnalyzer):
    """The tokenizer and FoldFilter, which can also list a whole text's terms and positions
    without making a Token for each (`term_positions`: what indexing a turn asks)."""

    def term_positions(self, text: str) -> dict[str, list[int]]:
        return term_positions(text)


def analyzer():
    """The analyzer of the `text` field (and of the title context) at index and query time:
    the tokenizer, then `reference_chain`'s filters fused into one cached step (FoldFilter)."""
    return TextAnalyzer(RegexTokenizer(TOKEN_PATTERN), FoldFilter())


def reference_chain():
    """The analyzer as a chain of Whoosh filters, the definition FoldFilter follows (tests
    compare the two on every fixture)."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(_CHARMAP)
        | FoldMarksFilter()  # Greek, Cyrillic... marks (nrc_search/scripts.py)
        | CjkSplitFilter()
        | SubstitutionFilter(ELISION, "")
        | SubstitutionFilter(POSSESSIVE, "")
    )


class FoldFilter(Filter):
    """`reference_chain`'s six filters as one step: each token's terms are worked out once
    (cached by its text) instead of passing every token through six generators, which took a
    fifth of an ingest's CPU. A token that splits into CJK characters takes the chain itself,
    so its positions and character offsets are the chain's."""

    def __call__(self, tokens):  # type: ignore[override]
        shift = 0
        for t in tokens:
            if t.positions:
                t.pos += shift
            folded = _token_terms(t.text)
            if len(folded) == 1:
                t.text = folded[0]
                yield t
                continue
            pos, start = t.pos if t.positions else 0, t.startchar if t.chars else 0
            chain = _reference_filters()
            for k, piece in enumerate(_split_token(chain, t.text, t.positions, t.chars)):
                t.text = piece[0]
                if t.positions:
                    t.pos = pos + k
                if t.chars:
                    t.startchar, t.endchar = start + piece[1], start + piece[2]
                yield t
            shift += len(folded) - 1


def _split_token(chain, text: str, positions: bool, chars: bool) -> list[tuple[str, int, int]]:
    return [
        (tok.text, tok.startchar if chars else 0, tok.endchar if chars else 0)
        for tok in chain(text, positions=positions, chars=chars, tokenize=False)
    ]


@lru_cache(maxsize=1)
def _reference_filters():
    return reference_chain()


def terms(text: str) -> list[str]:
    """The index terms of a piece of text, in order."""
    return [t.text for t in analyzer()(text)]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The common content words whose side-by-side pairs are indexed (data/common_words.txt)."""
    from pathlib import Path  # not importlib.resources: 4 ms of a fresh search's start-up

    text = (Path(__file__).parent / "data" / "common_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def pair_term(first: str, second: str) -> str:
    """The `pairs` term of two index terms side by side ("international community")."""
    return f"{first} {second}"


def pair_terms(text: str) -> list[str]:
    """The word-pair terms of a text: every two side-by-side index terms that are both common
    words, so that a phrase of common words is one posting list (Lucene's CommonGrams).

    The same terms and positions as `analyzer()` gives the whole text (its filters work on one
    token at a time, so a token's terms are worked out once and cached): an ingest tokenises
    each turn for its words already, and this second pass costs little."""
    common = common_words()
    found: set[str] = set()
    before = ""
    for word in _terms(text):
        if word in common and before in common:
            found.add(pair_term(before, word))
        before = word
    return sorted(found)


def pair_counts(text: str) -> list[tuple[str, int, int]]:
    """Each word-pair term of `text` (pair_terms) with how often each of its two words stands
    in the whole text: what BM25 needs of a two-word phrase, kept with the pair's posting so
    that a phrase of common words reads one posting list (bulk.py, lite.py)."""
    pairs = pair_terms(text)
    if not pairs:
        return []
    counts = Counter(_terms(text))
    out = []
    for pair in pairs:
        first, second = pair.split(" ", 1)
        out.append((pair, counts[first], counts[second]))
    return out


def term_positions(text: str) -> dict[str, list[int]]:
    """Each index term of `text` and its positions, as `analyzer()` gives them (a term's
    position is its place among the text's terms; tests compare the two)."""
    found: dict[str, list[int]] = {}
    for pos, word in enumerate(_terms(text)):
        at = found.get(word)
        if at is None:
            found[word] = [pos]
        else:
            at.append(pos)
    return found


@lru_cache(maxsize=4)
def _terms(text: str) -> tuple[str, ...]:
    """The index terms of `text` in order (kept for the last few texts: indexing a turn asks
    for its pairs and for its terms' positions). Most tokens are one term, looked up in
    `_ONE_TERM`; a text with a token that is not there takes the token-by-token way."""
    tokens = _TOKEN.findall(text)
    try:
        return tuple(map(_ONE_TERM.__getitem__, tokens))
    except KeyError:
        pass
    out: list[str] = []
    for token in tokens:
        found = _token_terms(token)
        if len(found) == 1 and len(_ONE_TERM) < _ONE_TERM_MAX:
            _ONE_TERM[token] = found[0]
        out.extend(found)
    return tuple(out)


_TOKEN = re.compile(TOKEN_PATTERN)
#: token -> its one index term, for the tokens that are one term (not CJK runs); bounded
_ONE_TERM: dict[str, str] = {}
_ONE_TERM_MAX = 1 << 19


@lru_cache(maxsize=1 << 18)
def _token_terms(token: str) -> tuple[str, ...]:
    """The index terms of one token (two or more for CJK, one otherwise), by the chain's
    filters. The token is taken whole (`tokenize=False`), as Whoosh's query parser hands a
    wildcard like `*` or `defen?e` to the analyzer."""
    return tuple(t.text for t in _reference_filters()(token, tokenize=False))
