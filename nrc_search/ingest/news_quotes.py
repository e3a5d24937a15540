"""News copy's quote marks: which spans of a paragraph are quoted (straight, curly, «guillemet»,
„low-high" and ‘single' marks), what is left outside them, whether a quote stays open into the
next paragraph, and whether the words outside say "I" or "we". Stdlib only.
"""

from __future__ import annotations

import re

# Quote marks: straight, curly, guillemets and low-high, e.g. “frank, friendly and fruitful”,
# „valmis“.
QUOTES = re.compile(r"[\"“”«»„]")

_SINGLE = re.compile(r"‘([^‘’]*(?:’(?=\w)[^‘’]*)*)’(?!\w)")


def quote_alone(outside: str) -> bool:
    """Whether a paragraph with a quote has nothing outside it but punctuation, or a pronoun
    and a word cut off where the page's copy ends ('"...," he sai')."""
    rest = outside.strip(" ,.;:")
    if not rest:
        return True
    words = rest.split()
    return len(words) == 2 and words[0] in ("he", "she") and words[1].isalpha()


# The first person outside any quote, e.g. "I don't want to say", "We have advocated".
SPEAKS_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I’m|I’ve|we|We|we're|We're|we’re|We’re|our|Our)\b"
)


def speaks_first_person(text: str) -> bool:
    """Whether `text` (a paragraph outside its quotes) says "I" or "we"."""
    return bool(SPEAKS_FIRST_PERSON.search(text))


def strip_quotes(par: str) -> tuple[str, bool]:
    """The paragraph with quoted spans blanked out, and whether it had any quote; ‘single’
    quotes count (a ’ followed by a letter is an apostrophe: "Russia’s"). A ‘single’ quote
    inside a double-quoted one is part of it ("... obsession with ‘sanction exercises.’ ...")."""
    return strip_quotes_open(par)[:2]


def strip_quotes_open(par: str) -> tuple[str, bool, bool]:
    """`strip_quotes`, and whether the paragraph ends inside a double quote it opened 20
    characters or more before its end ('"We hold talks with Secretary Rubio and with the
    adviser.' and no closing mark): the next paragraph then goes on with the quote."""
    out, quoted, open_tail = _blank_quoted(par)
    if "‘" in out:
        out, inner, _ = _blank_quoted(_SINGLE.sub(lambda m: "“" + m.group(1) + "”", out))
        quoted = quoted or inner
    return out, quoted, open_tail >= 20


# Marks that open a quote a paragraph may start with (a straight one opens or re-opens).
OPENING_MARKS = frozenset('"“«„‘')


def _blank_quoted(par: str) -> tuple[str, bool, int]:
    """`par` with its double-quoted spans blanked out, whether it had any, and how many
    characters end it inside a quote left open (0 when it closes)."""
    marks = list(QUOTES.finditer(par))
    if not marks:
        return par, False, 0
    out, inside, pos, low = [], False, 0, False
    if marks[0].group() in "”»" and not _opens(par, marks[0].start()):
        inside = True  # a closing mark first: the paragraph opened inside a quote
    for mk in marks:
        ch = mk.group()
        if not inside:
            out.append(par[pos : mk.start()])
            low = ch == "„"  # „low-high” or „German“: a “ closes it
        opening = ch in "“«„" or (
            ch in '"”»' and not inside and (ch == '"' or _opens(par, mk.start()))
        )
        inside = opening and not (inside and low and ch == "“")
        pos = mk.end()
    if not inside:
        out.append(par[pos:])
    return " ".join(out), True, len(par) - pos if inside else 0


def _opens(par: str, at: int) -> bool:
    """Whether the ” or » at `at` opens a quote, as Swedish and Finnish print ”...” and »...»
    and German and Danish »...«: after a space (or at the paragraph's start) and before a
    word's first letter ('hoppas på en ”positiv dialog”', 'sagte sie »Wir ...«'); a closing
    mark follows a word or a stop ('..., ” he said', '« ... »')."""
    before = par[at - 1] if at else " "
    after = par[at + 1 : at + 2]
    return (before.isspace() or before in "([–—-") and after.isalnum()
