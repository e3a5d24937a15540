"""Who a document lists and describes, besides its labels: the participants above the
speech ("Richard Ottaway (Chair)", "Damon Wilson," / "Executive Vice President,", "Bob
Schieffer Trustee, CSIS") and the office its narration gives a name ("with former Secretary of
State Condoleezza Rice"). Read by resolve.People; stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.names import HONORIFICS, is_role_word, norm, strip_honorifics

# A cast-list entry with its role in parentheses, e.g. "Richard Ottaway (Chair)".
_NAME_ROLE = re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<role>[^()]{2,80})\)$")
_MAX_CAST_LINE = 120
_DIGITS = re.compile(r"\d")


def cast_list(lines: list[str]) -> list[tuple[str | None, str]]:
    """(role, name) pairs a list of participants gives above the speech, one person a line
    or a few: "Richard Ottaway (Chair)"; "Damon Wilson," / "Executive Vice President," /
    "Atlantic Council"; "Juju Chang" / "Coanchor, Nightline, ABC News". The role is all the
    lines after the name, as printed ("Executive Vice President, Atlantic Council")."""
    rows = [ln.strip() for ln in lines if ln.strip()]
    out: list[tuple[str | None, str]] = []
    k = 0
    while k < len(rows):
        line = rows[k]
        k += 1
        if (m := _NAME_ROLE.match(line)) and _lone_name(m.group("name")):
            if any(_office_word(w) for w in m.group("role").split()):
                out.append((m.group("role").strip(), m.group("name").strip()))
            continue
        name = _lone_name(line.rstrip(","))
        if not name:
            if row := _name_then_role(line):
                out.append(row)
            continue
        parts: list[str] = []
        more = line.endswith(",")
        while k < len(rows) and _role_line(rows[k]) and (more or not parts):
            more = rows[k].endswith(",")
            parts.append(rows[k].rstrip(","))
            k += 1
            if not more and not line.endswith(","):
                break
        if parts and (line.endswith(",") or "," in parts[0] or _has_role_word(parts[0])):
            out.append((", ".join(parts), name))
    return out


# A field name before a cast-list entry, e.g. "SPEAKERS", "HOST", "MODERATOR".
_FIELD = re.compile(r"^[A-Z]{3,}(?:\s+[A-Z]{2,})?\s+(?=[A-Z][a-z])")


def _name_then_role(line: str) -> tuple[str, str] | None:
    """(role, name) of a table row flattened to one line, the name, then the office: "Bob
    Schieffer Trustee, CSIS", "SPEAKERS Heather Conley Senior Vice President for Europe, CSIS"."""
    if len(line) > _MAX_CAST_LINE or line.endswith("."):
        return None
    words = _FIELD.sub("", line, count=1).split()
    k = next((k for k, w in enumerate(words[2:5], 2) if _office_word(w)), 0)
    name = _lone_name(" ".join(words[:k])) if k and not _DIGITS.search(line) else None
    return (" ".join(words[k:]).rstrip(","), name) if name else None


def _lone_name(text: str) -> str | None:
    """`text` when it is one person's full name and nothing else ("Juju Chang")."""
    found = people_in(text) if len(text) <= 60 else []
    if len(found) == 1 and found[0][1] == text.strip() and len(text.split()) > 1:
        return found[0][1]
    return None


def _role_line(line: str) -> bool:
    """A line that can carry an office or an affiliation: short, no digits, no sentence, no
    label, no person's name."""
    return (
        len(line) <= _MAX_CAST_LINE
        and line[:1].isupper()
        and not _DIGITS.search(line)
        and not line.rstrip(",").endswith((".", "?", "!", ":"))
        and not people_in(line)  # "Remarks by Ambassador Zhang Jun at ...": a heading
    )


def _has_role_word(text: str) -> bool:
    return any(_office_word(w) for w in text.replace(",", " ").split())


# The role words that name no office on their own.
_LINKS = frozenset(("and", "for", "of", "on", "the", "to"))


def _office_word(word: str) -> bool:
    """ "Senior", "Trustee", "Director" (not "of" or "and")."""
    return is_role_word(word) and norm(word) not in _LINKS


_MAX_OFFICE_WORDS = 12


def described(text: str, name: str) -> str | None:
    """The office `text` gives `name` next to it: a run of office words before the name
    ("former Secretary of State Condoleezza Rice", "former US ambassador to Ukraine, Marie
    Yovanovitch") or a phrase set off by commas after it ("Richard N. Haass, president of
    the Council on Foreign Relations,")."""
    words = name.split()
    if len(words) < 2 or not text:
        return None
    if words[-1] not in text and words[-1].casefold() not in text.casefold():
        return None  # (the last name is not there: no regex to compile for it)
    first, last = re.escape(words[0]), re.escape(words[-1])
    middle = r"(?:\s+" + r"\s+".join(map(re.escape, words[1:-1])) + ")?" if words[2:] else ""
    # the name in any case: a page prints "Ambassador FU Ying", its label "Fu Ying (F)"
    rx = re.compile(rf"\b(?i:{first}{middle})(?:\s+[A-Z]\.)?\s+(?i:{last})\b")
    for m in rx.finditer(text):
        role = _office_after(text[m.end() : m.end() + 160]) or _office_before(text[: m.start()])
        if role:
            return role
    return None


# A speaker introducing themself at the start of their words: "I am Nancy Birdsall, the
# president of ...", "As the man said, I'm Barbara Bodine. I'm the director of ...".
_I_AM = re.compile(r"\b(?:I am|I['’]m|[Mm]y name is)\s+$")
_AND_I_AM = re.compile(r"^\.\s+(?:I am|I['’]m)\s+(?=(?:the|an?)\s)")
_MAX_INTRODUCTION = 400
_MAX_INTRODUCED_WORDS = 20  # "the director of the Institute for the Study of Diplomacy at ..."


def introduced(text: str, name: str) -> str | None:
    """The office a speaker gives themself in their own words, near their start ("I am Nancy
    Birdsall, the president of the Center for Global Development and ...", "I'm Barbara
    Bodine. I'm the director of the Institute ..."); None when they say none."""
    words = strip_honorifics(name).split()
    head = text[:_MAX_INTRODUCTION]
    if len(words) < 2 or words[-1].casefold() not in head.casefold():
        return None
    first, last = re.escape(words[0]), re.escape(words[-1])
    for m in re.finditer(rf"\b(?i:{first})(?:\s+\S+){{0,2}}?\s+(?i:{last})\b", head):
        if not _I_AM.search(head[: m.start()]):
            continue
        rest = head[m.end() :]
        if again := _AND_I_AM.match(rest):
            rest = ", " + rest[again.end() :]
        return _office_after(rest, _MAX_INTRODUCED_WORDS)
    return None


# Han, kana and Hangul: the scripts that write an office and a name with no space between.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_NAME = re.compile(f"[{_CJK}]{{2,5}}").fullmatch


def cjk_office(name: str, *texts: str) -> str | None:
    """The office a Chinese, Japanese or Korean heading (one of `texts`) writes right before a
    name printed in those scripts ("2022年8月19日外交部发言人汪文斌主持例行记者会" -> "外交部发言人" for
    "汪文斌"): the run of those letters before the name that ends in a role word, its date
    left out; None when there is none."""
    if not _CJK_NAME(name):
        return None
    for m in (m for text in texts for m in re.finditer(f"([{_CJK}]{{1,12}}){name}", text)):
        head = re.split("[年月日号號]", m.group(1))[-1]
        if head and _ends_in_role(head):
            return head
    return None


def _ends_in_role(run: str) -> bool:
    """Whether a run of CJK letters ends in a role word of the lexicon ("外交部发言人")."""
    return any(is_role_word(run[-n:]) for n in range(1, min(len(run), 5) + 1))


def _office_after(rest: str, most: int = _MAX_OFFICE_WORDS) -> str | None:
    """ ", president of the Council on Foreign Relations, ..." -> the phrase."""
    m = re.match(r",\s+([^,.;:!?()]{3,160}?)\s*(?:[,.;]|\s(?=(?:and|who|which)\s)|$)", rest)
    if not m:
        return None
    ws = m.group(1).split()
    lead = [w for w in ws if norm(w) not in ("the", "former", "a", "an")]
    if len(ws) > most or not lead or not any(_office_word(w) for w in lead):
        return None
    if not (_office_word(lead[0]) or lead[0].isupper()):  # "president of", "NATO Secretary"
        return None
    return m.group(1)


def _office_before(head: str) -> str | None:
    """ "... interview with former Secretary of State " -> "former Secretary of State"."""
    ws = head.rstrip(" ,").split()[-_MAX_OFFICE_WORDS:]
    while ws and norm(ws[-1]) in HONORIFICS and not is_role_word(ws[-1]):
        ws.pop()  # "the Ambassador of Freedonia, Ms " before "Ana Ruiz"
    if ws and ws[-1].endswith(","):
        ws[-1] = ws[-1][:-1]
    run: list[str] = []
    for w in reversed(ws):
        if not (_office_word(w) or norm(w) in _LINKS or norm(w) == "former" or w[:1].isupper()):
            break
        if w[-1:] in ".;:!?":
            break
        run.insert(0, w)
    while run and not (_office_word(run[0]) or norm(run[0]) == "former" or run[0].isupper()):
        run = run[1:]  # "Apparently former US ambassador": from "former"
    while run and norm(run[-1]) in _LINKS:
        run = run[:-1]
    if not any(_office_word(w) for w in run):
        return None
    return " ".join(run)
