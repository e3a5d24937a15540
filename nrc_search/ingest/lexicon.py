"""The vocabularies the document model reads, from one data file (`data/lexicon.json`):
site-interface terms, interface verbs, event nouns, institution heads, question and answer
labels, courtesy titles, speech verbs, anonymous officials. Stdlib only.
"""

from __future__ import annotations

import json
import re
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
    if "İ" in text or "ı" in text or "ſ" in text:
        return True
    low = text.lower()
    return any(map(low.__contains__, keys))


@cache
def phrase_re(name: str) -> re.Pattern[str]:
    """One regex finding the list's phrases on word boundaries, longest first."""
    alts = sorted(lexicon()[name], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alts)) + r")(?!\w)", re.I)
