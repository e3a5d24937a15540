"""The block features of the learned-roles experiment (`tools/learn_roles.py`): the hand
scorer's own score and features (`blocks.scores`), generic ones (length, case, digits,
stopwords, a headline's shape, a date, a title field, a closing comma, position) and the
neighbours' (their scores, interface words, dates, lengths, furniture around them), plus the
page's title candidate (the first heading above its first prose). Plain Python, so that a
model that wins could be scored at parse time without numpy.

A block the model may never call furniture (`guarded`): a date in it, a title field, a line
ending in a comma (a salutation), or the title candidate.
"""

from __future__ import annotations

import math
import re

from nrc_search.ingest import blocks as model
from nrc_search.ingest import dates

#: The tags `blocks._features` / `blocks.scores` put in a block's features, each a 0/1 feature.
TAGS = (
    "menu",
    "long",
    "imperative",
    "short-command",
    "language-switcher",
    "glued-menu",
    "decisive",
    "related-link",
    "widget",
    "identifiers",
    "dense-ui",
    "player",
    "you",
    "no-stop",
    "link-like",
    "repeated",
    "head",
    "tail",
    "label",
    "no-ui",
    "wire-credit",
    "link-invite",
)
# A block's own features, in the order of `_own`.
OWN = (
    "hand_score",
    "ui",
    "log_words",
    *TAGS,
    "log_chars",
    "log_lines",
    "upper_share",
    "digit_share",
    "stopword_share",
    "cap_share",
    "title_shape",
    "has_date",
    "ends_comma",
    "title_field",
)
#: The feature names, in the order of `features`' rows.
NAMES = (
    *OWN,
    "position",
    "first_block",
    "last_block",
    "prev_score",
    "next_score",
    "prev_no_stop",
    "next_no_stop",
    "last_head",
    "title_candidate",
    "over_prose",
    "prev_ui",
    "next_ui",
    "prev_date",
    "next_date",
    "prev_log_words",
    "next_log_words",
    "run_furniture",
)

# Function words of running text (English): prose is dense with them, a menu or a form is not.
_STOPWORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "it",
        "we",
        "this",
        "be",
        "are",
        "was",
        "have",
        "has",
        "at",
        "from",
        "not",
        "an",
        "or",
        "will",
        "but",
        "which",
        "our",
        "they",
        "their",
        "its",
        "been",
        "were",
        "would",
        "there",
        "can",
        "all",
        "also",
        "i",
        "you",
        "he",
        "she",
        "his",
        "her",
        "them",
        "these",
        "those",
        "about",
        "more",
        "than",
        "into",
    ]
)
# A URL, a breadcrumb's or a menu bar's separator.
_LINKISH = re.compile(r"https?://|www\.|\s[/>›»|]\s")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_MENU = OWN.index("menu")
_STOP, _HEAD, _UI = OWN.index("no-stop"), OWN.index("head"), OWN.index("ui")
_DATE, _WORDS, _SHAPE = OWN.index("has_date"), OWN.index("log_words"), OWN.index("title_shape")


def _clip(score: float) -> float:
    return max(-9.0, min(12.0, score))


def _own(b: model.Block, score: float, why: list[str]) -> list[float]:
    """The block's own features: the hand scorer's, then the generic ones."""
    tags = set(why)
    ui = next((int(w[3:]) for w in why if w.startswith("ui=")), 0)
    text = b.text
    words = _WORD.findall(text)
    n = max(len(words), 1)
    letters = [c for c in text if c.isalpha()]
    return [
        _clip(score),
        float(min(ui, 6)),
        math.log1p(len(words)),
        *(float(t in tags) for t in TAGS),
        math.log1p(len(text)),
        math.log1p(b.end - b.start),
        sum(c.isupper() for c in letters) / max(len(letters), 1),
        sum(c.isdigit() for c in text) / max(len(text), 1),
        sum(w.casefold() in _STOPWORDS for w in words) / n,
        sum(w[0].isupper() for w in words) / n,
        float(title_shape(text, len(words), ui)),
        float(len(text) < 120 and bool(dates.full_date(text) or dates.partial_date(text))),
        float(text.rstrip().endswith(",")),
        float(bool(_TITLE_FIELD.match(text))),
    ]


def title_shape(text: str, n: int, ui: int) -> bool:
    """A headline's shape: 4 to 30 words on one line, a capital first, no sentence stop at
    the end, no interface word, no link."""
    return (
        4 <= n <= 30
        and "\n" not in text
        and text[:1].isupper()
        and not text.rstrip().endswith((".", "!", ":"))
        and not ui
        and not _LINKISH.search(text)
    )


def features(blocks: list[model.Block]) -> list[list[float]]:
    """One row of `NAMES` per block: its own features, its position, its neighbours'."""
    scored, _ = model.scores(blocks)
    return rows(blocks, scored)


def rows(blocks: list[model.Block], scored: list[tuple[float, list[str]]]) -> list[list[float]]:
    """`features` from the hand scorer's (score, features) of each block."""
    own = [_own(b, s, why) for b, (s, why) in zip(blocks, scored, strict=True)]
    n = len(blocks)
    first_prose = next((k for k, r in enumerate(own) if not r[_HEAD] and not r[_MENU]), n)
    candidate = next((k for k in range(first_prose) if _heading(blocks[k], own[k])), None)
    out = []
    for k, row in enumerate(own):
        prev = own[k - 1] if k else None
        nxt = own[k + 1] if k + 1 < n else None
        run = sum(1 for j in (k - 2, k - 1, k + 1, k + 2) if 0 <= j < n and own[j][0] >= 2.4)
        out.append(
            [
                *row,
                k / max(n - 1, 1),
                float(k == 0),
                float(k == n - 1),
                prev[0] if prev else 0.0,
                nxt[0] if nxt else 0.0,
                prev[_STOP] if prev else 0.0,
                nxt[_STOP] if nxt else 0.0,
                float(bool(row[_HEAD]) and (nxt is None or not nxt[_HEAD])),
                float(k == candidate),
                float(k + 1 == first_prose),
                prev[_UI] if prev else 0.0,
                nxt[_UI] if nxt else 0.0,
                prev[_DATE] if prev else 0.0,
                nxt[_DATE] if nxt else 0.0,
                prev[_WORDS] if prev else 0.0,
                nxt[_WORDS] if nxt else 0.0,
                float(run),
            ]
        )
    return out


def _heading(b: model.Block, row: list[float]) -> bool:
    """A heading's shape, short ones too ("Address by Tánaiste"): one line of 2 to 30 words,
    a capital first, no sentence stop, no interface word, no link."""
    text = b.text
    return (
        2 <= len(text.split()) <= 30
        and "\n" not in text
        and text[:1].isupper()
        and not text.rstrip().endswith((".", "!", ":", ","))
        and row[_UI] <= 1
        and not _LINKISH.search(text)
    )


# A field naming the page's title, e.g. "[Title] Press Conference by ...", "Title: ...".
_TITLE_FIELD = re.compile(r"\s*(?:\[(?:title|headline)\]|(?:title|headline)\s*:)", re.I)
_GUARDS = (OWN.index("has_date"), OWN.index("title_field"), OWN.index("ends_comma"))


def guarded(row: list[float]) -> bool:
    """A block the model never calls furniture: a date in it (the page's date line), a title
    field, a line ending in a comma (a salutation: "Madam President,"), or the page's title
    candidate (the first heading above its first prose)."""
    return any(row[k] for k in _GUARDS) or bool(row[NAMES.index("title_candidate")])
