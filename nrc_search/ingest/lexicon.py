"""The vocabularies the document model reads, from one data file (`data/lexicon.json`):
site-interface terms, interface verbs, event nouns, institution heads, question and answer
labels, courtesy titles, speech verbs, anonymous officials. Stdlib only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources


@cache
def lexicon() -> dict[str, tuple[str, ...]]:
    raw = resources.files("nrc_search.ingest").joinpath("data/lexicon.json").read_text("utf-8")
    return {k: tuple(v) for k, v in json.loads(raw).items() if not k.startswith("_")}


@cache
def terms(name: str) -> frozenset[str]:
    return frozenset(lexicon()[name])


def may_hold(text: str, keys: tuple[str, ...]) -> bool:
    """False only where a case-blind regex that needs one of `keys` (lower case ASCII) in its
    match cannot match `text`: a cheap test before a costly regex. The letters re.I matches
    to an ASCII letter that str.lower() does not map to it ("İ", "ı", "ſ") always pass."""
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):
        return True  # (isascii is one flag: most texts are never scanned for the three)
    low = text.lower()
    return any(map(low.__contains__, keys))


@cache
def phrase_re(name: str) -> re.Pattern[str]:
    """One regex finding the list's phrases on word boundaries, longest first."""
    return re.compile(r"(?<!\w)(?:" + longest_first(lexicon()[name]) + r")(?!\w)", re.I)


def longest_first(words: Iterable[str], fold: bool = True) -> str:
    """A case-blind regex alternation of `words` that at one place takes the longest word that
    fits (and, backtracking, the next longest): the flat "|".join of the words sorted longest
    first, written as a letter tree ("ma(?:r(?:ch|s)?|y)") so the regex engine reads the text
    letter by letter instead of trying every word at every place. Flat when two letters at one
    fork are one letter to re.I ("K" and the Kelvin sign): the tree could then take another path.
    `fold=False`: for a regex without re.I, where two letters are never one (no such check)."""
    words = list(dict.fromkeys(words))
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if fold and _clash(tree):
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return _branches(tree)


def _branches(node: dict) -> str:
    alts = [re.escape(ch) + _branches(child) for ch, child in node.items() if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def _clash(node: dict) -> bool:
    """Two letters at one fork of the tree that one letter of a text can both match (each
    fork's letters' case forms gathered in one set: a letter whose forms meet it clashes)."""
    stack = [node]
    while stack:
        fork = stack.pop()
        seen: set[str] = set()
        for ch, child in fork.items():
            if ch:
                forms = _case_forms(ch)
                if not seen.isdisjoint(forms):
                    return True
                seen |= forms
            stack.append(child)
    return False


@cache
def _case_forms(c: str) -> frozenset[str]:
    """The case forms of `c`: re.I may take `a` for `b` where theirs meet ("K" and "k", "ı"
    and "i", "ſ" and "s", "ϑ" and "ϴ"; checked over every cased letter of Unicode). Saying
    so of two letters re.I keeps apart only keeps an alternation flat."""
    low, up = c.lower()[:1], c.upper()
    return frozenset((low, up, low.upper(), up.lower()[:1]))  # (a letter tree asks each often)
