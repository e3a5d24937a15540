"""Index terms for text in any script: marks folded beyond Latin, CJK split into characters.

Whoosh's accent map folds Latin letters only, so "ασφαλεια" missed "ασφάλεια"; here the
combining marks of every other script come off as well (Latin terms are left to the accent map,
so indexes of Latin text keep their terms). Chinese and Japanese write words without spaces:
each ideograph or kana becomes its own term, so `安全` finds "我们讨论了安全问题" (the query's
characters must all appear; as a phrase, in order). Imports Whoosh's analysis module only.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from whoosh.analysis import Filter, Token

# Ideographs, kana and CJK compatibility forms: one term per character, e.g. "安", "全", "の".
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
_CJK_FROM = "\u3040"  # the first character _CJK holds


@functools.cache
def _cjk() -> re.Pattern[str]:
    """Compiled when text has a character from U+3040 on: it takes ~2.5 ms, and a fresh
    `nrc search` of Latin or Cyrillic text never needs it."""
    return re.compile(_CJK)


def has_cjk(text: str) -> bool:
    """Whether `text` holds an ideograph or kana."""
    return bool(text) and max(text) >= _CJK_FROM and _cjk().search(text) is not None


@functools.cache
def _pieces() -> re.Pattern[str]:
    """A CJK character, or a run of others (compiled when text has CJK: it takes ~4 ms)."""
    return re.compile(_CJK + r"|(?:(?!" + _CJK + r").)+")


def cjk_pieces(word: str) -> list[str]:
    """ "我们discuss安全" -> ["我", "们", "discuss", "安", "全"]."""
    return _pieces().findall(word)


_BEYOND_LATIN = re.compile(r"[^\x00-\u024f]")


def fold_marks(word: str) -> str:
    """ "ασφάλεια" -> "ασφαλεια", "ёлка" -> "елка"; Latin-only words are returned as they are."""
    if not _BEYOND_LATIN.search(word):
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


class FoldMarksFilter(Filter):
    """Drops combining marks from terms outside the Latin script."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:  # type: ignore[override]
        for t in tokens:
            t.text = fold_marks(t.text)
            yield t


class CjkSplitFilter(Filter):
    """One term per CJK character; the positions (and characters) of later terms shift along."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:  # type: ignore[override]
        shift = 0
        for t in tokens:
            if t.positions:
                t.pos += shift
            if not has_cjk(t.text):
                yield t
                continue
            pieces = cjk_pieces(t.text)
            pos, start = t.pos if t.positions else 0, t.startchar if t.chars else 0
            offset = 0
            for k, piece in enumerate(pieces):
                t.text = piece
                if t.positions:
                    t.pos = pos + k
                if t.chars:
                    t.startchar, t.endchar = start + offset, start + offset + len(piece)
                offset += len(piece)
                yield t
            shift += len(pieces) - 1
