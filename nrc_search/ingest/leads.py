"""The parts of a speaker label that house styles beyond the English ones print around the
name, for the one label grammar in labels.py (`[mark] [article] [courtesy] [article] [role]
name (note)* separator`): a record's mark before each speaker ("○", "※"), the article and
courtesy title before a member or an office ("El señor", "O SR.", "M. le", "Mme la"), an
office of another language's record ("Poseł", "présidente"), and the parts of a Chinese or
Japanese label, written without spaces ("國際傳播司司長徐詠梅報告", "委員長（山田太郎君）",
"羅委員致政"). Plain string functions over the lexicon; stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from nrc_search.ingest.lexicon import longest_first, terms
from nrc_search.ingest.names import is_role_word, norm

MARKS = frozenset(terms("label_marks"))
_ARTICLES = terms("label_articles")
_COURTESY = terms("label_courtesy")
_RECORD_ROLES = terms("record_roles")


def record_role(word: str) -> bool:
    """An office or a member's title in a label: a role word, or one of another language's
    records ("Poseł", "présidente", "PRESIDENTA", "Vizepräsidentin")."""
    return is_role_word(word) or norm(word) in _RECORD_ROLES


def courtesy_lead(words: list[str]) -> int:
    """How many words open `words` as an article and a courtesy title, and the article after
    it ("El señor", "La señora", "O SR.", "A SRA.", "M. le", "Mme la", "Monsieur le", "Sr."),
    or an article before an office of another language's record ("La présidente"): 0 where
    neither opens them. A lone article never counts ("A", "La")."""
    k = 1 if len(words) > 1 and norm(words[0]) in _ARTICLES else 0
    if k and words[0] not in ("a", "A") and norm(words[1]) in _RECORD_ROLES:
        return 1  # "La présidente", "Die Präsidentin", "O Presidente": an office's article
    if k >= len(words) or norm(words[k]) not in _COURTESY:
        return 0
    k += 1
    if k < len(words) - 1 and norm(words[k]) in _ARTICLES:
        k += 1  # "M. le président", "Mme la présidente"
    return k if k < len(words) else 0


# --- Chinese and Japanese labels -------------------------------------------------------------

_HAN = r"\u4e00-\u9fff\u3400-\u4dbf"
_KANA = r"\u3040-\u30ff"
# A label in Han characters and kana, a note in brackets after it: "委員長（山田太郎君）".
_CJK_LABEL = re.compile(rf"[{_HAN}{_KANA}·]{{2,20}}(?:[（(][{_HAN}{_KANA}·]{{2,12}}[）)])?")
_CJK_NOTE = re.compile(r"[（(]([^（）()]+)[）)]$")
_NAME = re.compile(rf"[{_HAN}·]{{2,4}}")
# The last character of a body's name before its office ("外交部" + "发言人", "國際傳播司" +
# "司長"): no person's name ends the words before the office then.
_BODY_ENDS = frozenset("部院司局处處署会會省庁府厅廳办辦室组組团團社台馆館国國市县縣区區军軍委")
# Offices that end compound words as often as they follow a name ("出席委員" attending
# members, "新聞記者" a newspaper's reporter): never split off a name before them.
_COMPOUNDED = frozenset(("委員", "委员", "記者", "记者", "主任", "代表", "議員", "议员"))


@lru_cache(maxsize=1)
def _role_tail() -> re.Pattern[str]:
    """The office a label ends with, longest first ("国務大臣" before "大臣")."""
    return re.compile("(?:" + longest_first(terms("cjk_roles"), fold=False) + ")$")


@lru_cache(maxsize=1)
def _role_inside() -> re.Pattern[str]:
    """An office followed by a name of one to four Han characters, ending the label
    ("國際傳播司司長" + "徐詠梅", "羅" + "委員" + "致政")."""
    return re.compile(
        "(?:" + longest_first(terms("cjk_roles"), fold=False) + rf")(?=[{_HAN}·]{{1,4}}$)"
    )


def _without(text: str, ends: Iterable[str]) -> tuple[str, str]:
    """(text, the ending it had) with the longest of `ends` cut off its end."""
    for end in sorted(ends, key=len, reverse=True):
        if text.endswith(end) and len(text) > len(end):
            return text[: -len(end)], end
    return text, ""


def cjk_parts(core: str) -> tuple[str | None, str | None, str] | None:
    """(name, office, what the label's verb says) of a Chinese or Japanese label that names
    an office, or None: "國際傳播司司長徐詠梅報告" -> ("徐詠梅", "國際傳播司司長", "報告");
    "委員長（山田太郎君）" -> ("山田太郎", "委員長", ""); "羅委員致政" -> ("羅致政", "委員", "");
    "山田太郎国務大臣" -> (None, "山田太郎国務大臣", ""); "鈴木一郎君" -> ("鈴木一郎", None, "").
    A run of Han characters naming no office (a heading, "新聞說明會紀要") is None."""
    if not _CJK_LABEL.fullmatch(core):
        return None
    note = _CJK_NOTE.search(core)
    head = core[: note.start()] if note else core
    head, said = _without(head, terms("cjk_report_verbs"))
    head, polite = _without(head, terms("cjk_courtesy"))
    if note:  # "委員長（山田太郎君）": the office, the member in the brackets
        who, _ = _without(note.group(1), terms("cjk_courtesy"))
        return (who, head, said) if _role_tail().search(head) and _NAME.fullmatch(who) else None
    if tail := _role_tail().search(head):
        who = head[: tail.start()]
        named = tail.group() not in _COMPOUNDED and who[-1:] not in _BODY_ENDS
        if named and _NAME.fullmatch(who):  # "河野外務大臣": the name, the office
            return who, tail.group(), said
        return None if head in terms("cjk_roles") and said else (None, head, said)
    inside = _role_inside().search(head)
    if inside and inside.start() == 1:  # "羅委員致政": surname, office, given name
        return head[0] + head[inside.end() :], inside.group(), said
    if inside and inside.start() >= 2:  # "國際傳播司司長徐詠梅": the office, then the name
        return head[inside.end() :], head[: inside.end()], said
    if polite and _NAME.fullmatch(head):
        return head, None, said  # "鈴木一郎君": a member by name and courtesy
    return None


# The label a record's mark opens with no colon, the speech after a space or the closing
# bracket: "○委員長（山田太郎君）　これより", "○鈴木一郎君　おはよう".
_MARKED_HEAD = re.compile(
    rf"[{_HAN}{_KANA}·]{{2,20}}(?:[（(][^（）()\s]{{2,12}}[）)])?(?=[\s\u3000]|$)"
)


def marked_head(text: str) -> int:
    """Where the speech starts after a label a record's mark opens without a colon, or 0."""
    m = _MARKED_HEAD.match(text)
    return m.end() if m and cjk_parts(m.group()) is not None else 0
