"""Institutions and outlets a news paragraph credits ("The German government said", "..., the
Kremlin said.", "According to CNN"), and "the ministry" pointing back at one the story named.
Stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.news_scan import BRACKETED, without_time_tail
from nrc_search.ingest.news_verbs import ACCORDING

# An institution or outlet named right before a speech verb, e.g. "The German government",
# "the U.S. State Department", "CNN", "The Ministry of Foreign Affairs" (the last word is checked
# against the lexicon).
_BODY_BEFORE = re.compile(
    r"(?:^|[\s,(–—-])(?:[Tt]he\s+)?((?:[A-Z][\w.'’\-]*\s+(?:of\s+(?:the\s+)?)?){0,4}[\w.'’\-]+)\s*$"
)

_BODY_AFTER = re.compile(r"^\s*(?:the\s+)?((?:[A-Z][\w.'’\-]*\s+){0,4}[\w.'’\-]+?)[\s,.;]")


def institution(text: str, verb: re.Match[str], known: list[str] = []) -> str | None:  # noqa: B006
    """The institution or outlet a statement is credited to ("The German government said",
    "..., the Kremlin said.", "According to CNN, ..."), as printed; an institution the story
    named before where the text only points back at it ("the ministry noted", "the foreign
    policy agency said"); None for anything else."""
    before = without_time_tail(text[: verb.start()])
    if before.rstrip().endswith(")"):
        before = BRACKETED.sub("", before)  # "the Philippine Coast Guard (PCG) said"
    tail = before[-80:]
    last = tail.rsplit(None, 1)[-1] if known and tail.strip() else ""
    m = _THE_BODY.search(tail) if last in terms("institution_heads") else None
    if m and (head := m.group(1)) in terms("institution_heads"):
        same = [b for b in known if head in b.casefold().split()]
        if same or "The" not in m.group(0):  # (not "The embassy declined" after a ministry)
            return (same or known)[-1]
    of = _THE_BODY_OF.search(tail) if " of " in tail else None
    if of and of.group(2) in terms("institution_heads"):
        return of.group(1)  # "the presidential press service of Ukraine said"
    m = _BODY_AFTER.match(text[verb.end() :] + " ") if verb.re is ACCORDING else None
    m = m or (None if verb.re is ACCORDING else _BODY_BEFORE.search(before))
    if m is None and verb.re is not ACCORDING and not before.strip(' ,"”'):
        m = _BODY_AFTER.match(text[verb.end() :] + " ")  # '"...," said the Kremlin.'
    if m is None:
        return None
    words = m.group(1).split()
    head = (words[: words.index("of")] if "of" in words[1:] else words)[-1].casefold()
    if head in terms("outlets") and len(words) == 1:
        return words[0]
    bodies = terms("institution_heads") | terms("media_words")
    if head in bodies and any(w[:1].isupper() for w in words):
        return " ".join(words)
    if known and head in terms("institution_heads") and words == [words[-1]]:
        same = [b for b in known if b.split()[-1].casefold() == head]
        return same[-1] if same else None  # '"...," said the ministry.': the one named before
    return _described(tail)


def _described(tail: str) -> str | None:
    """An institution described in lower case that the story never named, as printed without
    its article ("..., the presidential press service reported." -> "presidential press
    service"); None for a bare head ("the ministry": which one the text does not say)."""
    m = _THE_BODY.search(tail)
    if not m or m.group(1) not in terms("institution_heads"):
        return None
    phrase = m.group(0).strip(" ,").split()[1:]
    return " ".join(phrase) if len(phrase) >= 2 else None


# An institution described in lower case and named by its country, e.g. "the presidential
# press service of Ukraine", "the foreign ministry of Iran".
_THE_BODY_OF = re.compile(
    r"(?:^|[\s,])[Tt]he\s+((?:[a-z][\w\-]*\s+){0,3}([a-z]+)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})\s*$"
)

# An institution pointed back at, e.g. "the ministry", "the Russian foreign policy agency".
_THE_BODY = re.compile(
    r"(?:^|[\s,])[Tt]he\s+(?:[A-Z][\w.'’\-]*\s+)?(?:[a-z][\w\-]*\s+){0,2}([a-z]+)\s*$"
)


# "the", a lower-case word or two, and the subject's head right before a speech verb, e.g.
# "the ministry", "The media release also", "the foreign ministry".
_THE_HEAD = re.compile(
    r"(?:^|[\s,;(])[Tt]he\s+((?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*))(?:\s+(?:also|further|"
    r"then|later|earlier|again))?\s*$"
)


# A speech verb that reports no words, e.g. "declined to comment", "would not say".
_NO_WORDS = re.compile(r"(?:declined|refused|would not|did not)\b")


def bare_body(text: str, verb: re.Match[str], known: list[str]) -> str | None:
    """What a paragraph credits where its speech verb's subject is an institution the story
    never named ("the ministry explained", nothing credited before) or a document ("The media
    release also said", "the report said"): a document's words are the body credited last,
    where there is one, else the subject as printed without its article ("media release");
    None for any other subject."""
    if _NO_WORDS.match(verb.group()):
        return None  # "The embassy declined to comment.": no words reported
    m = _THE_HEAD.search(text, max(0, verb.start() - 60), verb.start())
    if m is None or m.end() != verb.start():
        return None
    if text[: m.start(1)].rstrip()[:-3].rstrip()[-1:] not in ("", ",", ".", ";", ":", '"', "”"):
        return None  # "Close allies from Parliament and the presidency said": one part of
    # a subject that is more than the body
    phrase, head = m.group(1), m.group(2)
    if phrase.split()[-2:] and " ".join(phrase.split()[-2:]) in terms("document_nouns"):
        head = " ".join(phrase.split()[-2:])  # "media release"
    if head in terms("document_nouns"):
        return known[-1] if known else phrase
    return phrase if head in terms("institution_heads") else None
