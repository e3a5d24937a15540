"""How text becomes index terms: tokenize, lowercase, fold accents, strip plural/possessive endings.

Deliberately not Porter: Porter conflates "transition" with "transit" and "organization" with
"organ", which an analyst would call noise. Spelling variants (defence/defense) and near-variants
(sectoral/sectorial) are handled at query time by `variants.py`, where they can be shown.
Imports Whoosh's analysis module only (cheap); nothing else from nrc.
"""

from __future__ import annotations

from functools import lru_cache

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.support.charset import accent_map

from nrc_search.scripts import CjkSplitFilter, FoldMarksFilter

# One token: a run of word characters, allowing inner apostrophes and dots ("NATO's", "U.S.").
TOKEN_PATTERN = r"\w+(?:['’.]\w+)*"

_KEEP_S = ("ss", "us", "is", "ous", "ics")


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


def analyzer():
    """The analyzer used for the `text` field at index and query time."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | FoldMarksFilter()  # Greek, Cyrillic... marks (nrc_search/scripts.py)
        | CjkSplitFilter()
        | StemFilter(stemfn=stem, cachesize=-1)
    )


def terms(text: str) -> list[str]:
    """The index terms of a piece of text, in order."""
    return [t.text for t in analyzer()(text)]
