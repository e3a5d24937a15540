"""Whose voice a page of prose is in, read from the whole page: whether its paragraphs say
"I", "we" or "you" in their own words (outside quotation marks), as a speaker talking to an
audience does and a story quoting one does not. The segmenter (`segment.py`) asks it before
it reads an unlabelled page as one speaker's statement rather than a story; `meta.py` before it
takes a first sentence for a heading. Stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest import news

# First-person words, e.g. "We will discuss", "I look forward", "our borders" (also "I'm").
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|we|We|we're|We're|my|My|our|Our|us)\b")


def own_words(par: str) -> str:
    """The paragraph with what it quotes blanked out: the words of whoever wrote it."""
    return news.strip_quotes(par)[0] if _QUOTE_MARK.search(par) else par


_QUOTE_MARK = re.compile(r"[\"“”«»„‘]")


# Second-person words, e.g. "Thank you for joining us", "as you would recall", "your questions",
# and thanks said to the audience, "Thanks for joining us".
_SECOND_PERSON = re.compile(r"\b(?:you|You|your|Your|[Tt]hanks for)\b")
# A news lead's dateline, e.g. "ISLAMABAD, July 29 (APP) -", "KIEV, Sept. 27 (Xinhua) --".
_DATELINE = re.compile(r"^[A-Z][A-Z .'\-]{2,30}(?:,|\s+\()")


def addresses(par: str) -> bool:
    """The paragraph speaks to its audience in its own words: "you" and "I"/"we" outside
    quotation marks ("Thank you for joining us for the briefing.")."""
    if "ou" not in par and "hanks" not in par:
        return False  # (a cheap test first: no "you", "your" or "thanks")
    own = own_words(par)
    return bool(_SECOND_PERSON.search(own)) and bool(_FIRST_PERSON.search(own))


def spoken_address(pars: list[str]) -> bool:
    """The whole page is one speaker talking to an audience with no labels (a briefing or a
    speech printed as prose): its opening speaks to the audience ("you" and "we"), no
    dateline opens it, and at least a third of its paragraphs say "I", "we" or "you" in their
    own words, where a story says them only inside quotation marks."""
    if len(pars) < 3 or _DATELINE.match(pars[0]) or not any(map(addresses, pars[:2])):
        return False
    voiced = sum(
        bool(_FIRST_PERSON.search(o) or _SECOND_PERSON.search(o)) for o in map(own_words, pars)
    )
    return 3 * voiced >= len(pars)
