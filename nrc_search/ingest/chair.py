"""The person who presides over a record, and the turns of the chair's office-only label.

A record names its chair once, in its heading or a procedural line ("Présidence de Mme Jane
Doe", "PRESIDÊNCIA DO SR. JOÃO SILVA", "Chairperson: H.E. Dr. Jane Doe (Vastmark)", "(Ms Doe,
President of the Assembly, took the Chair at 3.05 p.m.)", "主 席 羅委員致政"), then labels the
chair by office alone ("M. le président. –", "La señora PRESIDENTA:", "Marszałek:", "主席:").
Those turns are that person's. Vocabularies in the lexicon (presiding_heads, chair_roles).
Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nrc_search.ingest.leads import cjk_parts
from nrc_search.ingest.lexicon import longest_first, terms
from nrc_search.ingest.names import HONORIFICS, norm
from nrc_search.model import Turn

# Courtesy words before a chair's name in the heading: "Mme", "Excma. Sra. D.ª", "H.E. Dr.".
_TITLES = re.compile(r"^(?:(?:[A-Za-zÀ-ÿ]{1,6}\.(?:ª|º)?|D\.ª|Dña\.|Don|Doña|SR\.|SRA\.)\s+)+")
# What ends the name: a country or party note, a comma and an office, dot leaders.
_AFTER_NAME = re.compile(r"\s*(?:\(|,|\.{2,}|\s-\s|\s–\s).*$")
# A procedural line naming the chair: "(Ms Jane Doe, President of the Assembly, took the Chair".
_TOOK_CHAIR = re.compile(
    r"^\(?(?P<who>[A-Z][^,()]{2,60}?)(?:,[^()]{0,80})?\s+(?:took|in) the [Cc]hair\b"
)


@cache
def _head() -> re.Pattern[str]:
    """A line that opens with a presiding head ("Présidence de", "Chairperson:")."""
    heads = longest_first(terms("presiding_heads"))
    return re.compile(rf"^\s*(?:{heads})(?!\w)(?:\s*[:：]\s*|\s+)(?P<who>\w.{{1,80}})$", re.I)


def presiding(lines: list[str]) -> str | None:
    """The chair's name a record's first lines give, or None; a presiding line may run onto
    the next line ("Sēdi vada ... priekšsēdētāja" / "Solvita Āboltiņa.")."""
    lines = lines[:60]
    for i, line in enumerate(lines):
        text = line.strip()
        if len(text) > 120 or not text:
            continue
        if (m := _head().match(text)) and not _listed(m.group("who")):
            m = None  # "Chair: Ms Doe, you have the floor.": the chair speaking, no heading
        m = m or _TOOK_CHAIR.match(text)
        if m and (name := _name(m.group("who"))):
            return name
        if m and i + 1 < len(lines) and (name := _name(f"{m.group('who')} {lines[i + 1]}")):
            return name
    return None


def _listed(who: str) -> bool:
    """The rest of a presiding line is a name as a heading lists it: ten words at most, no
    sentence's end ("Mme Jane Doe", "H.E. Dr. Jane Doe (Vastmark)")."""
    who = who.strip()
    ends = who[-1:] not in ".?!" or _INITIAL_END.search(who) is not None  # "ЯЦЕНЮК А.П."
    return len(who.split()) <= 10 and ends and not _CLAUSE.search(who)


_INITIAL_END = re.compile(r"(?<![^\W\d_])[^\W\d_]\.$")


# A clause after the name, not an office: "Ms Doe, go ahead", "Jane Doe, you have the floor".
_CLAUSE = re.compile(r",\s+[a-z]")


def _name(who: str) -> str | None:
    """The person in a presiding line's rest: courtesy words and the note after it off; a
    Chinese record's "羅委員致政" is "羅致政"; two to five words of a name, or None."""
    who = who.strip()
    if (parts := cjk_parts(who)) is not None:
        return parts[0]
    core = _AFTER_NAME.sub("", who).strip(" :")
    core = core if _INITIAL_END.search(core) else core.rstrip(" .")  # "ЯЦЕНЮК А.П." keeps it
    words = core.split()
    while words and norm(words[0]) in terms("label_articles"):
        words = words[1:]  # "Presidencia de la Excma. Sra. ..."
    bare = _TITLES.sub("", " ".join(words)).split()
    while bare and norm(bare[0]) in HONORIFICS:
        bare = bare[1:]
    titled = len(bare) < len(words)
    if not (2 if not titled else 1) <= len(bare) <= 5 or not all(w[:1].isupper() for w in bare):
        return _after_office(bare)
    if len(bare) == 1:  # "Ms Brasseur": the surname keeps its title
        return " ".join(words[-2:])
    name = " ".join(bare)
    return name.title() if name.isupper() else name


def _after_office(words: list[str]) -> str | None:
    """The name that ends a presiding line after the chair's office: the words in capitals
    after an office in mixed case ("Голова Верховної Ради України ЯЦЕНЮК А.П."), or the two
    to four words after the last one in small letters ("Saeimas priekšsēdētāja Solvita
    Āboltiņa"), or None."""
    k = len(words)
    while k and words[k - 1].isupper():
        k -= 1
    tail = words[k:] if 0 < k < len(words) else []
    if not tail:
        low = max((j for j, w in enumerate(words) if w[:1].islower()), default=-1)
        tail = words[low + 1 :] if low >= 0 else []
    if not 2 <= len(tail) <= 4 or not all(w[:1].isupper() for w in tail):
        return None
    name = " ".join(tail)
    return name.title() if name.isupper() else name


def chaired(turns: tuple[Turn, ...], chair: str | None) -> tuple[Turn, ...]:
    """The turns of a chair's office-only label given to the chair the record names."""
    if not chair:
        return turns
    roles = terms("chair_roles")
    return tuple(
        replace(t, speaker=chair)
        if t.speaker is None and t.label and (t.role or "").casefold() in roles
        else t
        for t in turns
    )
