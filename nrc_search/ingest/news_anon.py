"""Unnamed sources in news copy: "a senior U.S. official, speaking on condition of anonymity",
"Officials said", "..., said a Western diplomat", and "the official said" pointing back at
one. An unnamed source is never given to the last named person. Stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest.lexicon import lexicon, longest_first, may_hold, terms
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.names import FULL_NAME, NAME_WORD, norm, surname, words
from nrc_search.ingest.news_scan import without_time_tail
from nrc_search.ingest.news_story import Story
from nrc_search.ingest.news_verbs import ACCORDING

# An unnamed source, never the last named person: "a senior U.S. official, speaking on
# condition of anonymity", "diplomats said", "sources told".
_ANON = re.compile(
    r"\b(?:" + longest_first(lexicon()["anonymity_phrases"]) + r"|"
    r"(?:an?|one|two|three|several|some|other) (?:(?:senior|top|western|u\.s\.|american|russian|"
    r"european|israeli|ukrainian|chinese|diplomatic|government|administration|military|"
    r"defen[cs]e|intelligence|state department|kremlin|unnamed|anonymous|white house|nato|"
    r"ministry|foreign|council|security|embassy|mission|(?-i:[A-Z][\w.'’\-]*))\s+){0,5}"
    r"(?:official|officials|diplomat|diplomats|source|sources|aide|aides|"
    r"spokes(?:man|woman|person|men|women|persons))\b)",
    re.I,
)

# A word each `_ANON` phrase holds (lower case): a text with none of them names no such source.
_ANON_KEYS = (
    "anonym",
    "spokes",
    "declined to be",
    "asked not to be",
    "authori",
    "official",
    "diplomat",
    "source",
    "aide",
    "anonim",
    "named",
    "identif",
    "by name",
    "genannt",
    "неизвестн",
    "анонимн",
    "istemeyen",
)

# A quantifier before an unnamed source, no part of its label: "Some", "Several", "Other".
QUANTIFIER = re.compile(r"^(?:[Ss]ome|[Ss]everal|[Oo]ther)\s+(?=\S)")
# An article or number before an unnamed source, no part of its label: "A senior U.S.
# official", "one council diplomat", "the senior State Department official", "two diplomats".
_DETERMINER = re.compile(r"^(?:an?|the|one|two|three|four|several|some|other)\s+(?=\S)", re.I)
# The little words a label keeps in lower case: "Senior Official from Yoon's Office".
_LABEL_SMALL = words("a an the of from at for in with to and on by")


def anon_label(phrase: str, bodies: list[str] = []) -> str:  # noqa: B006
    """An unnamed source's label as a transcript prints it and the user filters by it: no
    article or number, each word capitalised ("A senior U.S. official" -> "Senior U.S.
    Official", "one council diplomat" -> "Council Diplomat", "Officials" as it is); an
    institution's noun alone in it names the institution the story credited with that noun
    (`bodies`, last last): "a ministry official" after "South Korea's Unification Ministry
    says" -> "Unification Ministry Official"."""
    words = _DETERMINER.sub("", phrase.strip()).split()
    if words and words[0].islower() and words[0] in terms("institution_heads"):
        named = [b for b in bodies if words[0] in b.casefold().split()]
        if named:
            body = named[-1].split()
            owner = [k for k, w in enumerate(body[:-1]) if re.search(r"['’]s$", w)]
            words = [*body[owner[-1] + 1 if owner else 0 :], *words[1:]]  # (without the
            # country's possessive before it: "South Korea's")
    return " ".join(
        w if k and w in _LABEL_SMALL else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        for k, w in enumerate(words)
    )


_SOURCE_NOUN = re.compile(r"(?:official|diplomat|source|aide|spokes(?:man|woman|person))s?$", re.I)

# The source noun a phrase of anonymity follows, e.g. "The diplomats, who declined to be
# identified".
_SOURCE_BEFORE = re.compile(
    r"((?:[Tt]he\s+)?(?:(?:[\w\-]+|(?:[A-Z]\.)+)\s+){0,3}?(?:official|diplomat|source|aide)s?)"
    r"\s*,?\s*(?:who\s+)?$"
)

# A name and a comma, e.g. "Dmitry Peskov, " before "a Kremlin spokesman".
_NAME_COMMA = re.compile(r"(" + NAME_WORD + r")\s*,\s*$")


def _apposed(before: str, known: list[tuple[str | None, str]]) -> bool:
    """Whether `before` ends with a person's name and a comma, so that a description after
    it is that person's ("Dmitry Peskov, a Kremlin spokesman"): a full name, or the surname
    of someone the story named (not "In Moscow, a senior official said")."""
    m = _NAME_COMMA.search(before[-60:]) if before.rstrip().endswith(",") else None
    if not m:
        return False
    named = people_in(before[-60:])
    last = norm(m.group(1))
    return any(surname(n) == last for _, n in [*named[-1:], *known])


def unnamed_subject(
    text: str,
    verb: re.Match[str],
    known: list[tuple[str | None, str]] = [],  # noqa: B006
) -> str | None:
    """The unnamed source that is the subject of `verb`: before it with no name in between
    ("A senior U.S. official, speaking on condition of anonymity, said"), or right after it
    ("..., said a Western diplomat")."""
    if bare := _bare_sources(text[: verb.start()]):
        return bare  # "Officials said ...", "Western diplomats say ...": no one named
    before = text[max(0, verb.start() - 140) : verb.start()]
    found = list(_ANON.finditer(before)) if may_hold(before, _ANON_KEYS) else []
    if found and _apposed(before[: found[-1].start()], known):
        return None  # "Peskov, a spokesman for the Russian president, said": Peskov
    if found and not FULL_NAME.search(before[found[-1].end() :]):
        who = [f.group(0) for f in found if _SOURCE_NOUN.search(f.group(0))]
        if who:
            return who[-1]
        noun = _SOURCE_BEFORE.search(before[: found[-1].start()])
        if noun is None and _ANONYMITY.match(before, found[-1].start()):
            noun = _DESCRIBED_BEFORE.search(before[: found[-1].start()])  # "Un diplomático,"
        return noun.group(1) if noun else found[-1].group(0)  # "The diplomats, who declined"
    pos = verb.end()
    while pos < len(text) and text[pos] in " ,":
        pos += 1  # past the spaces and commas after the verb (no copy of the rest)
    after = _ANON.match(text, pos)
    if after is None and may_hold(text, _ANONYMITY_KEYS) and _ANONYMITY.search(text, pos):
        after = _DESCRIBED_AFTER.match(text, pos)  # "..., said a social media executive at
        return after.group(1) if after else None  # a major TV station, who asked to remain
    return after.group(0) if after else None  # anonymous"


# A word each phrase of anonymity holds (lower case): a cheap test before `_ANONYMITY`.
_ANONYMITY_KEYS = (
    "anonym",
    "anonim",
    "named",
    "identif",
    "authori",
    "by name",
    "genannt",
    "неизвестн",
    "анонимн",
    "istemeyen",
)

# The phrases of anonymity alone (`_ANON` holds them too).
_ANONYMITY = re.compile(r"\b(?:" + longest_first(lexicon()["anonymity_phrases"]) + r")\b", re.I)

# A source described after its verb, without the article: a few lower-case words and the
# place it works at, e.g. "a social media executive at a major TV station".
_DESCRIBED_AFTER = re.compile(
    r"(?:an?|one|un|una|une|uno|ein|eine|einer)\s+((?:[^\W\d_][\w\-]*\s+){0,4}?[^\W\d_][\w\-]*"
    r"(?:\s+(?:at|of|for|from|with)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?)"
    r"(?=\s*[,.]|\s+(?:who|que|qui|der|die|das|che|который|которая|familiar)\b|\s+in\s+[A-Z]|"
    r"\s+(?:with|sous|bajo|sotto|unter|on|speaking)\b)"
)

# The same before its verb, e.g. "Un diplomático, que pidió el anonimato, dijo".
_DESCRIBED_BEFORE = re.compile(
    r"(?:^|\s)(?:an?|one|un|una|une|uno|ein|eine|einer)\s+((?:[^\W\d_][\w\-]*\s+){0,3}?"
    r"[^\W\d_][\w\-]*)\s*,?\s*(?:who|que|qui|der|die|das|che|который|которая)?\s*$",
    re.I,
)

# Sources in the plural, with no article, as a sentence's whole subject, e.g. "Officials",
# "State Department officials" (capitalised qualifiers only).
_BARE_SOURCES = re.compile(
    r"(?:[A-Z][\w.'’\-]*\s+){0,3}(?:officials|diplomats|sources|aides)|Officials|Diplomats|Sources"
)

_LAST_STOP = re.compile(r".*[.!?][\"”’]?\s+", re.S)


def _bare_sources(before: str) -> str | None:
    """The plural sources a sentence opens with, right before its verb ("Officials said");
    None when the subject is anything else."""
    tail = before[-80:]
    if not tail.rstrip().endswith(
        ("officials", "diplomats", "sources", "aides", "Officials", "Diplomats", "Sources")
    ):
        return None
    stop = _LAST_STOP.match(tail)
    if stop is None and len(before) > 80:
        return None
    subject = tail[stop.end() :] if stop else tail
    m = _BARE_SOURCES.fullmatch(subject.strip())
    if not m or subject.strip().startswith(("The ", "A ", "An ")):
        return None
    if any(norm(w) in terms("places") for w in m.group(0).split()[:-1]):
        return None  # "European diplomats said": a people's view, the outlet's summary of it
    return m.group(0)


# A source pointed back at, e.g. "the official said", "..., the diplomat added", "the senior
# State Department official"; a pronoun subject, e.g. "He said", "She also noted".
_THE_SOURCE = re.compile(
    r"(?:^|[\s,])[Tt]he\s+((?:[\w.\-]+\s+){0,3}?(?:official|diplomat|source|aide)s?)\s*[,\s]*$"
)

_THE_SOURCE_AFTER = re.compile(
    r"[\s,]*the\s+((?:[\w.\-]+\s+){0,3}?(?:official|diplomat|source)s?)\b"
)

_PRONOUN_SUBJECT = re.compile(r"(?:^|[\s,;])(?:[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?$")

# The nouns of an unnamed source that a definite description introduces ("the senior State
# Department official said" with no one credited before): not "diplomat", an epithet of ministers.
_ANON_HEAD = re.compile(r"(?:official|source)s?$")


def same_unnamed(text: str, verb: re.Match[str], story: Story) -> str | None:
    """The unnamed source the story credited last where the text points back at a source ("the
    official said", "..., the diplomat added", "He said") and no one was credited since: never
    the last named person. A definite "the senior State Department official said" with no
    source before it is an unnamed source of its own."""
    if verb.re is ACCORDING or story.source[0] is not None:
        return None
    unnamed = story.source[1] in story.unnamed
    if story.source[1] is not None and not unnamed:
        return None  # the last source was an institution, not an unnamed person
    if not unnamed and not may_hold(text, ("official", "source")):
        return None
    before = without_time_tail(text[: verb.start()])[-80:]
    m = _THE_SOURCE.search(before)
    if m is None and not before.strip(' ,"”'):
        m = _THE_SOURCE_AFTER.match(text, verb.end())
    if story.source[1] is None:  # no source yet: the description itself, if it names none
        return "the " + m.group(1) if m and _ANON_HEAD.search(m.group(1)) else None
    return story.source[1] if m or _PRONOUN_SUBJECT.search(before) else None
