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
from functools import lru_cache

from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    SubstitutionFilter,
)
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


def analyzer():
    """The analyzer of the `text` field (and of the title context) at index and query time."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(_CHARMAP)
        | FoldMarksFilter()  # Greek, Cyrillic... marks (nrc_search/scripts.py)
        | CjkSplitFilter()
        | SubstitutionFilter(ELISION, "")
        | SubstitutionFilter(POSSESSIVE, "")
    )


def terms(text: str) -> list[str]:
    """The index terms of a piece of text, in order."""
    return [t.text for t in analyzer()(text)]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The common content words whose side-by-side pairs are indexed (data/common_words.txt)."""
    from importlib.resources import files

    text = files("nrc_search").joinpath("data/common_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def pair_term(first: str, second: str) -> str:
    """The `pairs` term of two index terms side by side ("international community")."""
    return f"{first} {second}"


@lru_cache(maxsize=1)
def _shared_analyzer():
    return analyzer()


def pair_terms(text: str) -> list[str]:
    """The word-pair terms of a text: every two side-by-side index terms that are both common
    words, so that a phrase of common words is one posting list (Lucene's CommonGrams).

    The same terms and positions as `analyzer()` gives the whole text (its filters work on one
    token at a time, so a token's terms are worked out once and cached): an ingest tokenises
    each turn for its words already, and this second pass costs little."""
    common = common_words()
    found: set[str] = set()
    before = ""
    for match in _TOKEN.finditer(text):
        for word in _token_terms(match.group()):
            if word in common and before in common:
                found.add(pair_term(before, word))
            before = word
    return sorted(found)


_TOKEN = re.compile(TOKEN_PATTERN)


@lru_cache(maxsize=1 << 17)
def _token_terms(token: str) -> tuple[str, ...]:
    """The index terms of one token (two or more for CJK, one otherwise)."""
    return tuple(t.text for t in _shared_analyzer()(token))
