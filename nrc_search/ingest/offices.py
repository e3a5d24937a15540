"""Who held an office on a date: a heading or label that names the speaker only by office
("Opening Statement by the Secretary General", "PRESIDENT:") is resolved through the
office-holder table shipped in `data/offices.csv` (NATO and UN Secretaries General; heads of
state and government, foreign and defence ministers and UN ambassadors of the P5, G7 and
Ukraine since about 1990; heads of state or government and some foreign ministers of other
countries whose pages label a speaker by office: Australia, New Zealand, India, Indonesia,
Singapore, Malaysia, the Philippines, South Korea, Israel, Turkey, South Africa, Nigeria,
Kenya, Mexico, Brazil, Ireland, Spain, Pakistan; the prime ministers of Denmark, Norway and
Sweden, whose pages label a speaker "Statsministeren:"), by the document's organisation and date.
Each row names the page its dates were read on and says how far they were checked
(`verified`: yes, partial, or no when no page was read); a holder from an unchecked row
carries the flag "office-unverified". A date on which the office changed hands (one term
ends the day the next begins) is flagged, never guessed. A speakers file can add rows
(`office: ORGANISATION; OFFICE; NAME; START; END`). Stdlib only.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from nrc_search.ingest import lexicon
from nrc_search.ingest.names import latin


@dataclass(frozen=True)
class Term:
    organisation: str
    office: str
    name: str
    start: str  # ISO date the term began
    end: str  # ISO date it ended; "" while it runs
    source: str  # the page(s) the dates were read on, space-separated; "" when none was
    verified: str = "yes"  # "yes", "partial" (one date or the name only) or "no" (unchecked)


@dataclass(frozen=True)
class Holder:
    name: str | None  # None when the date is a hand-over day
    flags: tuple[str, ...]  # ("office-table",) or ("office-table", "handover")
    source: str


_EXTRA: list[Term] = []
# A speakers file whose "office:" rows every parse (worker processes too) reads.
ROWS_ENV = "NRC_OFFICE_ROWS"


@cache
def _shipped() -> tuple[Term, ...]:
    raw = resources.files("nrc_search.ingest").joinpath("data/offices.csv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO(raw))
    return tuple(
        Term(
            r["organisation"],
            r["office"],
            r["name"],
            r["start"],
            r["end"],
            r["source"],
            r.get("verified") or "no",
        )
        for r in rows
    )


def add_term(organisation: str, office: str, name: str, start: str, end: str = "") -> None:
    """A row from a speakers file ("office: NATO; Secretary General; Mark Rutte; 2024-10-01")."""
    _EXTRA.append(Term(organisation, office, name, start, end, "speakers file"))


def parse_row(text: str) -> Term | None:
    """ "NATO; Secretary General; Mark Rutte; 2024-10-01[; END]" -> a Term (None if malformed)."""
    parts = [p.strip() for p in text.split(";")]
    iso = re.compile(r"\d{4}-\d{2}-\d{2}")
    if len(parts) not in (4, 5) or not all(parts[:4]) or not iso.fullmatch(parts[3]):
        return None
    end = parts[4] if len(parts) == 5 else ""
    if end and not iso.fullmatch(end):
        return None
    return Term(parts[0], parts[1], parts[2], parts[3], end, "speakers file")


@cache
def _file_rows(path: str) -> tuple[Term, ...]:
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return ()
    rows = (
        parse_row(s.split("#", 1)[0].strip()[7:]) for s in lines if s.lower().startswith("office:")
    )
    return tuple(r for r in rows if r)


def terms() -> tuple[Term, ...]:
    path = os.environ.get(ROWS_ENV)
    return (*_EXTRA, *(_file_rows(path) if path else ()), *_shipped())


def holder(organisation: str, office: str, date: str) -> Holder | None:
    """The person in `office` of `organisation` on ISO `date`; a hand-over day is flagged.
    A year alone ("2010", from a file name) is resolved when one person held the office all
    that year; a year with a hand-over in it is flagged like a hand-over day."""
    rows = [t for t in terms() if t.organisation == organisation and t.office == office]
    first, last = (f"{date}-01-01", f"{date}-12-31") if len(date) == 4 else (date, date)
    on = [t for t in rows if t.start <= last and (not t.end or first <= t.end)]
    names = {t.name for t in on}
    unchecked = ("office-unverified",) if any(t.verified == "no" for t in on) else ()
    if len(names) == 1:
        return Holder(on[0].name, ("office-table", *unchecked), on[0].source)
    if len(names) > 1:
        return Holder(None, ("office-table", "handover", *unchecked), on[0].source)
    return None


# The organisation a document or a role speaks for, by the words that name it.
_ORGS = (
    ("NATO", re.compile(r"\bNATO\b|\bOTAN\b|North Atlantic (?:Treaty|Council)|НАТО")),
    ("UN", re.compile(r"United Nations|\bU\.?N\.?\b(?!-)|Security Council|General Assembly|ООН")),
    ("Russia", re.compile(r"Russia|Kremlin|Moscow|Росси|Кремл|Москв", re.I)),
    (
        "USA",
        re.compile(
            r"United States|\bU\.S\.|\bUS\b|State Department|Department of (?:State|Defense)|"
            r"Pentagon|White House|Secretary of (?:State|Defense)"
        ),
    ),
    ("UK", re.compile(r"United Kingdom|\bUK\b|Downing Street|Foreign Office|FCDO|British")),
    ("France", re.compile(r"France|French|Élysée|Elysee")),
    ("Germany", re.compile(r"German|Bundes|Berlin")),
    ("China", re.compile(r"China|Chinese|\bPRC\b|中国|外交部")),
    ("Ukraine", re.compile(r"Ukrain|Україн|Kyiv|Kiev")),
    ("Italy", re.compile(r"\bItal(?:y|ian)\b|Palazzo Chigi|Quirinale|Farnesina")),
    ("Japan", re.compile(r"Japan|Kantei|Tokyo|日本|首相官邸")),
    ("Canada", re.compile(r"Canad(?:a|ian)\b|Ottawa")),
    ("Australia", re.compile(r"Australia|Canberra")),
    ("New Zealand", re.compile(r"New Zealand|Aotearoa")),
    ("India", re.compile(r"\bIndia\b|New Delhi|भारत")),
    ("Indonesia", re.compile(r"Indonesia|Jakarta")),
    ("Singapore", re.compile(r"Singapore")),
    ("Malaysia", re.compile(r"Malaysia|Putrajaya|Kuala Lumpur")),
    ("Philippines", re.compile(r"Philippine|Pilipinas|Malaca[ñn]ang")),
    ("South Korea", re.compile(r"South Korea|Republic of Korea|Cheong Wa Dae|대한민국|청와대")),
    ("Israel", re.compile(r"Isra[eë]l")),
    ("Turkey", re.compile(r"Turkey|Türkiye|Ankara")),
    ("South Africa", re.compile(r"South Africa|DIRCO|Pretoria")),
    ("Nigeria", re.compile(r"Nigeria|Abuja")),
    ("Kenya", re.compile(r"Kenya|Nairobi")),
    ("Mexico", re.compile(r"Mexico|México|Mexicanos")),
    ("Brazil", re.compile(r"Brazil|Brasil")),
    ("Ireland", re.compile(r"(?<!Northern )Ireland|Taoiseach|T[áa]naiste|Dáil|Oireachtas|Éire")),
    ("Spain", re.compile(r"\bSpain\b|España|Moncloa")),
    ("Pakistan", re.compile(r"Pakistan|Islamabad")),
    ("Denmark", re.compile(r"Denmark|Danmark|Danish|\bdansk|Copenhagen|København")),
    ("Norway", re.compile(r"Norway|\bNorge\b|Noreg|Norwegian|\bnorsk|\bOslo\b")),
    ("Sweden", re.compile(r"Sweden|Sverige|Swedish|\bsvensk|Stockholm")),
)

# All of `_ORGS` in one pass: group "org<k>" is the k-th pattern, with its own flags.
_ANY_ORG = re.compile(
    "|".join(
        f"(?P<org{k}>{'(?i:' if rx.flags & re.I else '(?:'}{rx.pattern}))"
        for k, (_, rx) in enumerate(_ORGS)
    )
)

# Office words, in the order they are tried: "Secretary of State" before "Secretary".
_OFFICES = (
    (
        "Foreign Minister",
        re.compile(
            r"Secretary of State|Foreign (?:Minister|Secretary)|"
            r"Minister (?:of|for) (?:Foreign|External) Affairs|External Affairs Minister|"
            r"Minister of International Relations|Menteri Luar Negeri|"
            r"Secretary of Foreign Affairs|Foreign Affairs Secretary|"
            r"Министр иностранных дел|Міністр закордонних справ|Außenminister|"
            r"Ministre des Affaires étrangères|Dışişleri Bakanı|"
            r"Ministr[oa] de (?:Relaciones|Asuntos) Exteriores|Canciller|Chanceler|"
            r"Secretari[oa] de Relaciones Exteriores|Ministr[oa] das Relações Exteriores|"
            r"Ministro degli (?:Affari )?Esteri|Menlu|Bundesaußenminister",
            re.I,
        ),
        "USA",
    ),
    (
        "Defence Minister",
        re.compile(
            r"Secretary of Defen[cs]e|Defen[cs]e (?:Minister|Secretary)|"
            r"Minister (?:of|for) Defen[cs]e|Ministr[oa] de(?: la)? Defensa|Ministre des Armées|"
            r"Ministre de la Défense|Verteidigungsminister|Министр обороны|Menteri Pertahanan|"
            r"Ministro della Difesa|Ministr[oa] da Defesa",
            re.I,
        ),
        "USA",
    ),
    ("UN Ambassador", re.compile(r"Permanent Representative|Ambassador to the U", re.I), None),
    ("Secretary General", re.compile(r"Secretary[ -]General|^SG$", re.I), None),
    (
        "Prime Minister",
        re.compile(
            r"Prime Minister|Premier\b|Primer Ministro|Primo Ministro|Perdana Menteri|"
            r"Premier ministre|Primeiro-Ministro|Primeira-Ministra|Premierminister|"
            r"Presidente del Gobierno|Премьер-министр|Председатель Правительства|"
            r"Прем'єр-міністр|Başbakan|Statsminister",
            re.I,
        ),
        None,
    ),
    ("Taoiseach", re.compile(r"^(?:an )?Taoiseach\b", re.I), "Ireland"),
    ("Tánaiste", re.compile(r"^(?:an )?T[áa]naiste\b", re.I), "Ireland"),
    ("Chancellor", re.compile(r"\bChancellor\b|\b(?:Bundes)?[Kk]anzler(?:in)?\b", re.I), "Germany"),
    (
        "President",
        re.compile(
            r"^(?:the |el |le |la |il )?"
            r"(?:President|Presidente|Presidenta|Presiden|Président|Präsident|Президент|"
            r"Cumhurbaşkanı)(?!\w)"
            r"(?! of the (?:Security|General|European))(?! de la Comisi)(?! de la Commission)"
            r"|\b(?:Russian|U\.S\.|French|Chinese|Ukrainian|Italian|German) President\b"
            r"|President of (?:Russia|the Russian|France|the United States|"
            r"China|the People|Ukraine|Italy|the Italian|Germany|the Federal|Indonesia|"
            r"the Republic of (?:Indonesia|Korea|the Philippines|Kenya|South Africa|Türkiye)|"
            r"the Philippines|Kenya|Nigeria|the Federal Republic of Nigeria|South Africa|"
            r"Türkiye|Turkey|Mexico|Brazil)",
            re.I,
        ),
        None,
    ),
)
# Offices that are never the holder of the table's office ("Vice President", "Deputy ...").
_LESSER = re.compile(r"\b(?:Vice|Deputy|Assistant|Under|Acting|Former|Special|Spokes)", re.I)


def organisation(text: str) -> str | None:
    """The organisation a document's heading, site name or furniture names first."""
    m = _ANY_ORG.search(text)  # the leftmost match; at one place, the first org of _ORGS
    return _ORGS[int(m.lastgroup[3:])][0] if m and m.lastgroup else None


def secretariat(text: str) -> str | None:
    """ "NATO" or "UN" where `text` names exactly one of the two (the organisations whose
    Secretary General the table holds), else None."""
    found = {org for org, rx in _ORGS[:2] if rx.search(text)}
    return found.pop() if len(found) == 1 else None


def resolve(
    role: str, doc_org: str | None, date: str | None, hint: str | None = None
) -> Holder | None:
    """The holder of the office `role` names ("NATO Secretary General", "President",
    "Secretary of State") on `date`, for the organisation the role or the document names; a
    Secretary General of a document that names no organisation in its heading is the one of
    the secretariat (`hint`) its body names alone."""
    if not date or not role or _LESSER.search(role):
        return None
    for office, rx, implied in _OFFICES:
        if not rx.search(role.strip()):
            continue
        org = organisation(role) or doc_org or implied
        if office == "Secretary General" and org not in ("NATO", "UN"):
            org = doc_org if doc_org in ("NATO", "UN") else hint  # a country has none
        if office == "Foreign Minister" and "secretary of state" in role.casefold():
            org = "USA"
        return holder(org, office, date) if org else None
    return None


def _letters_key(word: str) -> str:
    """A word's key across transliterations: no accents or case, "y" = "i", "h" = "g"
    (Ukrainian and Russian renderings), doubled letters once ("Sybiha" = "Sibiga",
    "Andrii" = "Andriy", "Zelenskyy" = "Zelensky")."""
    s = unicodedata.normalize("NFKD", word.casefold())
    s = "".join(c for c in s if c.isalpha() and c.isascii()).replace("y", "i").replace("h", "g")
    return re.sub(r"(.)\1+", r"\1", s)


@cache
def _by_surname(_rows: tuple[int, str]) -> dict[str, tuple[str, ...]]:
    """Surname key -> the table's holders with that surname (`_rows` keys the cache: the rows
    a speakers file adds, by count and by file)."""
    out: dict[str, set[str]] = {}
    for t in terms():
        if len(t.name.split()) > 1:
            out.setdefault(_letters_key(t.name.split()[-1]), set()).add(t.name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def spelled(name: str) -> str | None:
    """The table's spelling of an office holder a text spells otherwise: "Dmitry Kuleba" ->
    "Dmytro Kuleba", "Andriy Sibiga" -> "Andrii Sybiha" (the same surname and first name
    across transliterations, middle initials aside); None when no holder, or more than one,
    fits, or when the text's spelling is the table's up to accents and y/i/j (`_variant`)."""
    held = holder_of(name)
    return held if held and not variant(name, held) else None


def holder_of(name: str) -> str | None:
    """The one office holder of the table a full name can mean across transliterations
    ("Dmitry Kuleba", "Sergei Shoygu"), as the table spells them; None for no one or several."""
    return _holder_of(name, (len(_EXTRA), os.environ.get(ROWS_ENV, "")))


@lru_cache(maxsize=4096)
def _holder_of(name: str, rows: tuple[int, str]) -> str | None:
    """`holder_of` (`rows` keys the cache: the rows a speakers file adds)."""
    words = name.split()
    while words and words[0].casefold().rstrip(".") in lexicon.terms("honorifics"):
        words = words[1:]  # "Mr. Carney" is no first name "Mr." (nor Mark Carney)
    given = [w for w in words[:-1] if len(w.rstrip(".")) > 1]
    if not given:
        return None
    hits = [
        n
        for n in _by_surname(rows).get(_letters_key(words[-1]), ())
        if _same_given(given[0], n.split()[0])
    ]
    return hits[0] if len(hits) == 1 else None


# The name an office goes by in the country that holds it, where the table's generic name is
# not it ("Foreign Minister" of the USA is its "Secretary of State").
_NATIONAL = {
    ("USA", "Foreign Minister"): "Secretary of State",
    ("USA", "Defence Minister"): "Secretary of Defense",
    ("UK", "Foreign Minister"): "Foreign Secretary",
    ("UK", "Defence Minister"): "Defence Secretary",
}


def office_of(name: str, date: str | None) -> str | None:
    """The one office the table says a person (in any script or transliteration the table's
    holders match: "Владимир Путин", "Dmitry Kuleba") held on ISO `date` or all through a
    year ("2010"), in its national name; None for no office, two, an unknown person or date."""
    if not date or not name:
        return None
    held = holder_of(latin(unicodedata.normalize("NFC", name.casefold())))
    if held is None:
        return None
    first, last = (f"{date}-01-01", f"{date}-12-31") if len(date) == 4 else (date, date)
    found = {
        (t.organisation, t.office)
        for t in terms()
        if t.name == held and t.start <= first and (not t.end or last <= t.end)
    }
    if len(found) != 1:
        return None
    org, office = found.pop()
    return _NATIONAL.get((org, office), office)


def office_named(role: str | None) -> str | None:
    """The table's office a role's words name ("PRIME MINISTER" -> "Prime Minister",
    "Secretary of State" -> "Foreign Minister"); None for none or a lesser one ("Deputy")."""
    if not role or _LESSER.search(role):
        return None
    return next((office for office, rx, _ in _OFFICES if rx.search(role.strip())), None)


def surname_holder(
    surname: str, date: str | None, organisation: str | None, office: str | None = None
) -> Holder | None:
    """The one holder on ISO `date` (or all through a year) whose surname is `surname` across
    transliterations: of `office` in any country ("PRIME MINISTER STARMER" in 2025 -> "Keir
    Starmer"), or with no office named, of any office of the page's `organisation`
    ("Minister Nkoana-Mashabane" on a South African page of 2011 -> "Maite Nkoana-
    Mashabane"); None for no one, two, or no date: a surname alone names no one without the
    office or the page's country."""
    if not date or not surname or not (office or organisation):
        return None
    first, last = (f"{date}-01-01", f"{date}-12-31") if len(date) == 4 else (date, date)
    key = _letters_key(surname)
    on = [
        t
        for t in terms()
        if (t.office == office if office else t.organisation == organisation)
        and len(t.name.split()) > 1
        and _letters_key(t.name.split()[-1]) == key
        and t.start <= first
        and (not t.end or last <= t.end)
    ]
    if len({t.name for t in on}) != 1:
        return None
    unchecked = ("office-unverified",) if any(t.verified == "no" for t in on) else ()
    return Holder(on[0].name, ("office-table", *unchecked), on[0].source)


def variant(printed: str, held: str) -> bool:
    """Whether a printed full name is `held`'s spelling up to accents, case and y/i/j, first
    name and surname only ("Rex W. Tillerson" = "Rex Tillerson")."""
    words = [
        w for w in printed.split() if w.casefold().rstrip(".") not in lexicon.terms("honorifics")
    ]
    given = [w for w in words[:-1] if len(w.rstrip(".")) > 1]
    return _variant(" ".join([*given[:1], *words[-1:]]), held)


def _variant(printed: str, held: str) -> bool:
    """The same spelling up to accents, case and the letters one Cyrillic letter is written
    with ("y", "i", "j" for "й", "ы", "и": "Sergei Lavrov" = "Sergey Lavrov", "Sergej", "Sergei
    Shoygu" = "Sergei Shoigu", "Antonio Guterres" = "António Guterres", "Zelensky" =
    "Zelenskyy"): the text's own spelling is kept. Another form of the name ("Dmitry" for
    "Dmytro") or another consonant ("Sibiga" for "Sybiha") is not."""

    def key(name: str) -> list[str]:
        s = unicodedata.normalize("NFKD", name.casefold())
        s = "".join(c for c in s if not unicodedata.combining(c))
        return [re.sub(r"[yij]+", "i", w) for w in s.split()]

    return key(printed) == key(held)


def _same_given(a: str, b: str) -> bool:
    ka, kb = _letters_key(a), _letters_key(b)
    return ka[:1] == kb[:1] and SequenceMatcher(None, ka, kb).ratio() >= 0.6
