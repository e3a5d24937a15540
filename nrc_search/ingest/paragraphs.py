"""Paragraphs from lines: blank lines split them, and hard-wrapped text with no blank lines
is split where a line ends a sentence well short of the wrap width.

Stdlib only; a single pass over the lines.
"""

from __future__ import annotations

import re
from itertools import pairwise

from nrc_search.ingest import dates
from nrc_search.ingest.lexicon import phrase_re, terms

_END = (".", "?", "!", '"', "”", "’", ")", "]")  # not ":": "In favour:" heads its list
# A stage note alone in a paragraph, e.g. "(Applause.)", "[laughter]", "(inaudible)".
STAGE_NOTE = re.compile(r"^\s*[(\[][^()\[\]]{1,60}[)\]]\.?\s*$")
# A line ending in a title or an initial, not a sentence, e.g. "At the outset, I thank Mr.".
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Messrs|Mme|St|Prof|Gen|Amb|No|[A-Z])\.$")
# A word broken across lines in text copied from a PDF, e.g. "escala-" then "tion of".
_BROKEN = re.compile(r"[a-z]{2}-$")


def paragraphs(lines: list[str]) -> list[list[str]]:
    """Group stripped non-blank lines into paragraphs."""
    out: list[list[str]] = []
    block: list[str] = []
    for line in lines:
        s = line.strip()
        if s:
            block.append(s)
        elif block:
            out.extend(_split_wrapped(block))
            block = []
    if block:
        out.extend(_split_wrapped(block))
    return _rejoined(out) if len(out) > 1 else out


def _rejoined(pars: list[list[str]]) -> list[list[str]]:
    """Paragraphs with a blank line inside a sentence mended: a paragraph that opens with a
    small letter, or any paragraph under one that ends in a word no sentence ends with, goes
    on the one above when that one ends no sentence, clause or list item ("... who died
    during" / "" / "the biggest amphibious assault ...")."""
    out = [pars[0]]
    for par in pars[1:]:
        head, tail = par[0][:1], out[-1][-1]
        if head.isalpha() and (head.islower() or runs_on(tail)) and _open_clause(tail):
            out[-1] = [*out[-1], *par]
        else:
            out.append(par)
    return out


# Words no sentence ends with: a line ending in one goes on below it, whatever the next
# line's first letter ("... joins me now from our" / "" / "Parliament House studio").
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "for",
        "with",
        "from",
        "by",
        "and",
        "or",
        "our",
        "their",
        "his",
        "her",
        "its",
        "my",
        "your",
        "at",
        "on",
        "that",
        "which",
        "who",
        "whose",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "than",
        "into",
        "about",
    ]
)


def runs_on(line: str) -> bool:
    """The line ends in a word no sentence ends with ("the", "of", "our"; in other languages
    the lexicon's run_on_words: "le", "des", "und")."""
    last = line[line.rfind(" ") + 1 :]
    return last in _FUNCTION_WORDS or last in terms("run_on_words")


def _open_clause(line: str) -> bool:
    """A line a sentence runs on from: three words or more, a word or a comma last (not a
    sentence's end, a list's colon or a time mark)."""
    return (line[-1:].isalpha() or line[-1:] == ",") and line.count(" ") >= 2


def _split_wrapped(block: list[str]) -> list[list[str]]:
    if len(block) == 1:
        return [block]
    if block[0][0] in "*#" and _marked_head(block[0]):  # "**Saudi Arabia" over its text
        return [[block[0]], *_split_wrapped(block[1:])]
    if _date_only(block[0]) and len(block[1].split()) >= 5:  # "2024-02-17" over the story
        return [[block[0]], *_split_wrapped(block[1:])]
    width = max(len(s) for s in block)
    per_line = _line_per_paragraph(block)
    out: list[list[str]] = [[]]
    for k, s in enumerate(block):
        if k and s[0] in "*#" and _marked_head(s):
            out.append([s])  # "**South Sudan" inside a text with no blank lines
            out.append([])
            continue
        out[-1].append(s)
        item = s.endswith(";") and k + 1 < len(block) and _opens(block[k + 1])
        item = item or (per_line and s.endswith(":"))  # "Key points:" over its first point
        item = item or (width > 200 and len(s) > 160 and _next_opens(block, k))  # unwrapped
        item = item or (
            per_line and _heading_row(s) and k + 1 < len(block) and _opens(block[k + 1])
        )
        if not (s.endswith(_END) or item):  # "...;" over a capital: one item of a list
            continue
        short = per_line or width > 200 or len(s) < 0.8 * width
        if not short and k + 1 < len(block) and _opens(block[k + 1]):
            # the line stops short: the next line's first word would have fitted on it
            nxt = block[k + 1]
            space = nxt.find(" ")
            short = len(s) + 1 + (space if space > 0 else len(nxt)) < width
        if short and not _ABBREV.search(s):
            out.append([])
    return [p for p in out if p]


_BULLETS = "•·▪►"
# The marks a sentence may open with before its capital, e.g. '"Sprovodimo', "«Nous", "(The".
_OPENERS = "\"“„«‘'(["


def _opens(line: str) -> bool:
    """The line opens a sentence: a capital first, or after an opening quote or bracket; or
    a bulleted point ("• The treaty itself ...")."""
    if line[:1] in _BULLETS:
        return True
    head = line.lstrip(_OPENERS)[:1]
    return head.isupper() or (head.isdigit() and line[:1] in _OPENERS)


def _next_opens(block: list[str], k: int) -> bool:
    """The line after line k opens a sentence of its own (and does not go on with a small
    letter, a hyphenated word's end or a comma's clause)."""
    return k + 1 < len(block) and _opens(block[k + 1]) and not block[k].endswith((",", "-", "–"))


def _heading_row(line: str) -> bool:
    """A crosshead on its own line in a one-paragraph-per-line dump ("Russia-Ukraine war"):
    eight words at most, a capital first, no sentence end, no comma."""
    return (
        len(line.split()) <= 8
        and line[:1].isupper()
        and not _STOP.search(line)
        and not line.endswith((",", ";", "-", "–"))
    )


def _date_only(line: str) -> bool:
    """A line that is a date and little else ("2024-02-17", "DW, 06 Jan 2022", "20 Şubat 2022
    15:52"): eight words at most, no sentence end."""
    return (
        len(line) < 60
        and len(line.split()) <= 8
        and not _STOP.search(line)
        and dates.full_date(line) is not None
    )


def _line_per_paragraph(block: list[str]) -> bool:
    """A text dump with one paragraph per line and no blank lines between them (not hard
    wrapped): three lines or more, and more than half of them (the last apart) end a
    sentence and have a sentence open the next line. Hard-wrapped copy ends a line
    mid-sentence far more often than that."""
    if len(block) < 3 or 2 * sum(s.endswith(_ENDS) for s in block[:-1]) <= len(block) - 1:
        return False  # (a cheap first count: most blocks are wrapped or short)
    ends = sum(bool(_STOP.search(s)) and _opens(n) for s, n in pairwise(block))
    return 2 * ends > len(block) - 1


_ENDS = (".", "!", "?", "…", '"', "”", "’", "»", ")", "]")
# A sentence's end at the end of a line, e.g. "attack.", 'days."', "(...)?": not 'alliance,"'.
_STOP = re.compile(r"[.!?…][\"”’»)\]]*$")


def _marked_head(line: str) -> bool:
    """A marked heading ("**Saudi Arabia") is a paragraph of its own over the text it heads.
    (A date line over a sentence, "DW, 06 Jan 2022" over "German Foreign Minister Annalena
    Baerbock meets ...", is not split off: the sentence alone would read as a photo caption
    and be dropped, and it is the story's narration.)"""
    return bool(_MARKED_HEAD.match(line)) and len(line.split()) <= 10 and not line.endswith(_END)


# A heading marked up as bold or a title in Markdown, e.g. "**Saudi Arabia", "## Ukraine".
_MARKED_HEAD = re.compile(r"^(?:\*\*|#{1,4}\s)\S")


def join(par: list[str]) -> str:
    """One paragraph as one line (hard wraps become spaces; "secu-" + "rity" is "security")."""
    if len(par) == 1:
        return par[0]
    parts = [par[0]]
    for line in par[1:]:
        prev = parts[-1]
        if "a" <= line[:1] <= "z" and prev.endswith("-") and _BROKEN.search(prev):
            parts[-1] = prev[:-1] + line
        else:
            parts.append(line)
    return " ".join(parts)


# A numbered or marked topic heading, e.g. "(1) Foreign Minister Kamikawa's Visit to the U.S.",
# "1. Opening Statements", "II. Bilateral relations", "**Saudi Arabia", "## Ukraine".
_NUMBERED_HEAD = re.compile(
    r"^(?:\(\d{1,2}\)|\d{1,2}[.)]|[IVX]{1,4}\.|\*\*|#{1,4}(?=\s))\s*[^\W\d_]"
)
# The abbreviation a heading may end in, e.g. "the U.S.", "Washington, D.C.".
_HEAD_ABBREV = re.compile(r"(?:\b[A-Z]\.){2,}$")


def topic_heading(par: str) -> bool:
    """A numbered or marked heading of the next topic: 16 words at most, no sentence end
    (but an abbreviation), no sentence inside. It opens no turn and is nobody's words."""
    text = par.strip()
    if not _NUMBERED_HEAD.match(text) or len(text.split()) > 16:
        return False
    if re.search(r"[a-z]{2}[.!?]\s", text):
        return False  # "1. We agreed. Then ..." is a numbered point of speech
    return not text.endswith(("?", "!", ":", ";", ",")) and (
        not text.endswith(".") or bool(_HEAD_ABBREV.search(text))
    )


# Words a speaker's first line holds, never a heading's, e.g. "Ladies and gentlemen",
# "Good afternoon", "Thank you", "Dear colleagues", "I", "we".
_SPOKEN = re.compile(
    r"\b(?:ladies|gentlemen|excellenc\w*|colleagues|friends|dear|good (?:morning|afternoon|"
    r"evening)|thank|thanks|hello|welcome|I|we|my|our|us|you)\b",
    re.I,
)


def spoken_words(text: str) -> bool:
    """The text holds words only speech holds: a greeting, thanks, "I", "we", "you"."""
    return bool(_SPOKEN.search(text))


def heading_line(par: str) -> bool:
    """A short heading standing alone ("Terrorist attack and hostage incident in Bangladesh"):
    2 to 12 words, a capital first, no punctuation at the end, no greeting, no "I" or "we",
    no date."""
    words = par.split()
    if not 2 <= len(words) <= 12 or not par[:1].isupper():
        return False
    if par.endswith((*_END, ":", ",", ";", "-", "–")) or _SPOKEN.search(par):
        return False
    return dates.full_date(par) is None


# A clock time in a record's note: "10:03", "3.05 p.m.", "03:00 PM", "10시03분", "10時03分",
# "10h03", "10시".
_NOTE_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s?(?:시|時|点|點)(?:\s?\d{1,2}\s?(?:분|分))?"
    r"|\b\d{1,2}h\d{2}\b",
    re.I,
)


def record_note(par: str) -> bool:
    """A record's note of the sitting's time, a paragraph of its own: short (six words at
    most), it holds a clock time and is bracketed ("(10:04)", "(The sitting resumed at 3 p.m.)")
    or states the time the sitting opened, rose or closed with no one's words ("Commenced at
    03:00 p.m.", "Prorogued at 06:20 p.m."); never a question, a greeting, "I" or "we"."""
    words = par.split()
    if not words or len(words) > 6 or not _NOTE_TIME.search(par):
        return False
    if STAGE_NOTE.match(par):
        return True
    if par.rstrip().endswith(("?", "!", ":")) or _SPOKEN.search(par):
        return False
    return any(
        par[m.end() :].lstrip()[:1].isdigit() for m in phrase_re("clock_prepositions").finditer(par)
    )


def lone_word(par: str) -> bool:
    """A paragraph of one short word, or one word printed twice ("CNN", "0", "CMU cmu"), with
    no sentence stop, no colon (a label's) or comma and no word only speech holds ("Thanks"),
    opening with a capital or a digit: a tag, a counter, an agency's credit or a logo's text,
    never a story's paragraph (the caller keeps a page's last paragraph: a copy cut off)."""
    words = {w.casefold() for w in par.split()}
    return (
        len(words) == 1
        and len(par.split()) <= 2
        and len(par) <= 24
        and (par[:1].isupper() or par[:1].isdigit())  # not a line's broken-off word ("outlook")
        and not par.rstrip().endswith(("?", "!", ".", "…", "。", ":", "：", ",", "，"))
        and not _SPOKEN.search(par)
    )


# An agenda item's number or mark: "1.", "2)", "(3)", "IV.", a letter's "a." or "가.".
_ITEM_MARK = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)]|[IVX]{1,4}\.|[^\W\d_][.)])\s+\S")


def agenda_item(par: str) -> bool:
    """A numbered item of a record's agenda on its own line ("1. 2017 budget bill (continued)",
    "b. Defence Procurement Agency"): eight words at most, no sentence stop at its end or inside,
    no word only speech holds. A numbered point of a statement is a sentence, or longer."""
    text = par.strip()
    if not _ITEM_MARK.match(text) or len(text.split()) > 8:
        return False
    body = text.split(None, 1)[1]
    return not (
        re.search(r"\w[.!?。]\s", body)
        or body.endswith(("?", "!", ".", "。", ":", ";", ","))
        or _SPOKEN.search(body)
    )
