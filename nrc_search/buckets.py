"""Which bucket a turn falls in for trends and facets: year, month, speaker, role, outlet, country...

Pure functions over a turn's fields and its document record's data; no Whoosh, rich or click.
Outlet and country are read from what the index holds (see `outlet` and `country`); nothing here
knows one publisher.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlparse

#: What `nrc trend --by` and `--facet` group by.
TREND_BY = ("year", "month", "speaker", "role", "outlet", "country")
FACETS = ("speaker", "year", "month", "doc", "role", "outlet", "kind", "attribution", "country")
CHRONOLOGICAL = ("year", "month")
UNDATED = "undated"
NONE = {
    "speaker": "(unattributed)",
    "role": "(no role)",
    "outlet": "(unknown outlet)",
    "country": "(no country)",
}

# A wire dateline naming its agency in brackets, e.g. "BRUSSELS, July 6 (Itar-Tass) — Russia and
# NATO", "MOSCOW, May 3, 2012 (Reuters) - The treaty" or "MOSCOW (Reuters) - Russian Foreign".
_DATELINE = re.compile(
    r"(?:^|(?<=\s))[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
    r"\((?P<outlet>[A-Z][\w&.'’ -]{1,40})\)\s*[-—–:]"
)
# A dateline with the agency after the date, e.g. "Tehran, Dec 2, IRNA -- A Foreign Ministry".
_DATELINE_AFTER = re.compile(
    r"(?:^|(?<=\s))[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
    r"(?P<outlet>[A-Z]{2,8}(?:-[A-Z]{2,8})?)\s*(?:--|[—–-])\s"
)


def bucket(by: str, fields: dict, doc: dict, speaker: str | None) -> str:
    """The bucket of one turn (`fields` from store.Turns, `doc` its document record's data)."""
    day = fields.get("day") or doc.get("date")
    if by == "year":
        return day[:4] if day else UNDATED
    if by == "month":
        return day[:7] if day else UNDATED
    if by == "speaker":
        return speaker or NONE["speaker"]
    if by == "role":
        return fields.get("role") or NONE["role"]
    if by == "outlet":
        return doc.get("_outlet") or NONE["outlet"]
    if by == "country":
        return country(fields.get("role")) or NONE["country"]
    if by == "kind":
        return doc.get("kind") or "unknown"
    if by == "attribution":
        return fields.get("attribution") or "verbatim"
    if by == "doc":
        return fields["doc_id"]
    raise ValueError(by)


def outlet(doc: dict, first_text: str = "") -> str | None:
    """Who published a document: its own `outlet`/`publisher` field when the parser gives one, the
    agency a wire dateline names ("BRUSSELS, July 6 (Itar-Tass) —"), or a web source's host."""
    for key in ("outlet", "publisher", "site"):
        if isinstance(doc.get(key), str) and doc[key].strip():
            return doc[key].strip()
    head = first_text[:600]
    m = _DATELINE.search(head) or _DATELINE_AFTER.search(head)
    if m:
        return m.group("outlet").strip()
    source = str(doc.get("source") or "")
    if source.startswith(("http://", "https://")):
        host = urlparse(source).hostname or ""
        return host.removeprefix("www.") or None
    return None


# Nationality adjectives that open a role ("Russian Foreign Minister", "U.S. Secretary of State").
_DEMONYMS = {
    "afghan": "Afghanistan",
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "australian": "Australia",
    "belgian": "Belgium",
    "brazilian": "Brazil",
    "british": "United Kingdom",
    "uk": "United Kingdom",
    "canadian": "Canada",
    "chinese": "China",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "egyptian": "Egypt",
    "estonian": "Estonia",
    "finnish": "Finland",
    "french": "France",
    "georgian": "Georgia",
    "german": "Germany",
    "greek": "Greece",
    "indian": "India",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "irish": "Ireland",
    "israeli": "Israel",
    "italian": "Italy",
    "japanese": "Japan",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "mexican": "Mexico",
    "norwegian": "Norway",
    "pakistani": "Pakistan",
    "polish": "Poland",
    "romanian": "Romania",
    "russian": "Russia",
    "saudi": "Saudi Arabia",
    "spanish": "Spain",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "syrian": "Syria",
    "turkish": "Türkiye",
    "ukrainian": "Ukraine",
}


# The short names people use for ISO names, so "Russian Federation" (a UN delegation) and
# "Russian Foreign Minister" land in one bucket.
_SHORT = {
    "Russian Federation": "Russia",
    "Iran, Islamic Republic of": "Iran",
    "Syrian Arab Republic": "Syria",
    "Korea, Republic of": "South Korea",
    "Korea, Democratic People's Republic of": "North Korea",
    "Venezuela, Bolivarian Republic of": "Venezuela",
    "Bolivia, Plurinational State of": "Bolivia",
    "Moldova, Republic of": "Moldova",
    "Tanzania, United Republic of": "Tanzania",
    "Lao People's Democratic Republic": "Laos",
    "Viet Nam": "Vietnam",
    "Palestine, State of": "Palestine",
}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Lower-cased country names (short, official, common) -> the short name."""
    import pycountry  # only `--by country` / `--facet country` pay for loading its tables

    names: dict[str, str] = {}
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name
        short = _SHORT.get(short, _SHORT.get(c.name, short))
        for form in (c.name, short, getattr(c, "official_name", None)):
            if form:
                names[form.lower()] = short
                # "Iran, Islamic Republic of" is "Iran (Islamic Republic of)" in UN records
                head, sep, tail = form.partition(", ")
                if sep:
                    names[f"{head} ({tail})".lower()] = short
                    names.setdefault(head.lower(), short)
    return names


def country(role: str | None) -> str | None:
    """The country a role names: a UN record's delegation ("Russian Federation") or a role that
    opens with a nationality ("Russian Foreign Minister" -> Russia)."""
    if not role:
        return None
    text = role.strip()
    names = _countries()
    if text.lower() in names:
        return names[text.lower()]
    first = text.split()[0].lower().rstrip(",")
    if first in _DEMONYMS:
        return _DEMONYMS[first]
    for n in (3, 2):  # "United States Ambassador", "Saudi Arabia's Minister"
        head = " ".join(text.replace("’s", "").replace("'s", "").split()[:n]).lower()
        if head in names:
            return names[head]
    return None
