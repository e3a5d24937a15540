"""People named in running text and headings: "by NATO Secretary General Anders Fogh
Rasmussen" -> ("NATO Secretary General", "Anders Fogh Rasmussen"), and printed titles split
off names ("SEC. AUSTIN" -> ("Secretary", "AUSTIN")). Pure string functions; stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.names import (
    ABBREVIATED_ROLES,
    ACRONYMS,
    HONORIFICS,
    JOINERS,
    NAME_WORD,
    NOT_PERSON,
    OUTLETS,
    POSTNOMINALS,
    ROLE_WORDS,
    ROMAN,
    UPPER,
    is_role_word,
    norm,
    role_case,
    words,
)

# A run of capitalised words, e.g. "NATO Secretary General Anders Fogh Rasmussen".
# Capitals of the Cyrillic alphabets names are printed in ("Арарат Мирзоян", "Дмитро Кулеба").
_CYR_UP = "А-ЯЁІЇЄҐ"
_W = (
    rf"(?:(?:[A-Z]\.){{2,}}|[{UPPER}][a-z]{{0,3}}\.|"
    rf"(?:(?:al|el|ad|as|ash|abu)-)?[{UPPER}{_CYR_UP}][\w'’\-]*)"
)
_RUN = re.compile(rf"{_W}(?:[ \t]+(?:(?:{JOINERS}|of|the|for|to)[ \t]+)*{_W})*")
_JOIN = words("of the for to")
# An indefinite article as a run's first word: a slogan or sentence, never a given name.
_ARTICLES = frozenset(("A", "An"))
# A run that starts at a capital: `_RUN` with its first word's capital taken out in front of
# the word's alternatives (an initial's "[A-Z]" checked behind), so that the regex engine scans
# for the capital itself and tries the run only there.
_W_CAPITAL = (
    rf"[{UPPER}{_CYR_UP}](?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[{UPPER}])[a-z]{{0,3}}\.|[\w'’\-]*)"
)
_RUN_AT_CAPITAL = re.compile(_RUN.pattern.replace(_W, _W_CAPITAL, 1))
# The lower-case prefixes a run may start with, by length, before its capital ("al-Assad").
_RUN_PREFIXES = {3: ("al-", "el-", "ad-", "as-"), 4: ("ash-", "abu-")}
# One word of a name, compiled once: in Latin letters or in Cyrillic ("Мирзоян", "Грабар-Кітарович").
_NAME_WORD = re.compile(
    rf"{NAME_WORD}|[{_CYR_UP}][а-яёіїєґ'’]+(?:-[{_CYR_UP}]?[а-яёіїєґ'’]+)*"
).fullmatch
# The speaker's own pronoun before their name: "I'm Juju Chang", "I am".
_SELF = frozenset(("I'm", "I’m", "I"))
# Titles that make "Title Surname" a usable name on their own ("Lord Robertson", "Mr Ivanov").
_TITLES = words("mr mrs ms miss mme dr prof sir dame lord lady baroness baron")
# Capitalised words that join two names rather than belong to one ("Robertson And Mr Ivanov").
_CONNECTORS = terms("name_connectors")
# A role after a name, e.g. ", Minister of Defence of the Russia Federation,", ", Kremlin spokesman",
# "\nU.S. Representative to the United Nations".
_ROLE_AFTER = re.compile(
    r"^(?:,[ \t]+|[ \t]*\n[ \t]*)((?:the[ \t]+)?(?:(?:[A-Z]\.){2,}|[A-Z][\w\-]*)"
    r"(?:[ \t]+(?:of|the|for|and|to|[A-Z][\w\-]*|"
    r"spokes(?:man|woman|person)|minister|secretary|envoy|ambassador|adviser|advisor|chief|official|"
    r"correspondent|editor|anchor|host|presenter|president|director))*)"
    r"(?=[ \t]*(?:[,.;:]|\n|$))"
)
_ROLE_AFTER_AT = re.compile(_ROLE_AFTER.pattern.removeprefix("^"))  # matched at a position


@lru_cache(maxsize=65536)
def _run_chunks(run: str) -> tuple[tuple[str, ...], ...]:
    """The name chunks of a capitalised run, a leading pronoun off ("I'm Fredricka Whitfield":
    the pronoun is no name); a page names the same people in the same runs again and again."""
    chunks = [c[1:] if c and c[0] in _SELF else c for c in _chunks(run)]
    return tuple(tuple(c) for c in chunks if c)


@lru_cache(maxsize=65536)
def _run_parts(run: str) -> tuple[tuple[str | None, str | None], ...]:
    """(role, name) of each name chunk of a capitalised run, split once per run."""
    return tuple(_role_and_name_of(chunk) for chunk in _run_chunks(run))


def _runs(text: str) -> Iterator[re.Match[str]]:
    """`_RUN.finditer(text)`, tried only where a run can start (the regex is costly at every
    place): at each capital, or first at a lower-case prefix ending right before it."""
    pos = 0
    find, run = _RUN_AT_CAPITAL.search, _RUN.match
    while m := find(text, pos):
        k = m.start()
        if k and text[k - 1] == "-":  # "al-Assad": the run may start at its prefix
            prefixed = (k - n for n, ps in _RUN_PREFIXES.items() if k - n >= pos)
            starts = (i for i in prefixed if text[i:k] in _RUN_PREFIXES[k - i])
            m = next((found for start in starts if (found := run(text, start))), m)
        yield m
        pos = m.end()


def _name_runs(text: str) -> Iterator[re.Match[str]]:
    """`_runs`, each ending before a sentence's full stop that its last word took as an
    abbreviation's ("... to Ms Ana Ruiz.": the name is "Ana Ruiz")."""
    for m in _runs(text):
        if _sentence_dot(m.group()):
            m = _RUN.match(text, m.start(), m.end() - 1) or m
        if cut := _place_genitive_end(m.group()):
            m = _RUN.match(text, m.start(), m.start() + cut) or m
        yield m


def _place_genitive_end(run: str) -> int:
    """Where a run of three words or more ends before its last word when that word is a
    country's genitive, as the Germanic languages print it before what belongs to it
    ("fordømte utenriksminister Anniken Huitfeldt Russlands handlinger": the name is "Anniken
    Huitfeldt"); 0 otherwise."""
    words = run.split()
    last = words[-1] if len(words) > 2 else ""
    if not (last.endswith("s") and norm(last[:-1]) in _PLACES):
        return 0
    return len(run.rstrip()) - len(last) - 1


# A short capitalised word and a full stop at a run's end, e.g. "Ruiz." or "Wang.", which the
# run's pattern reads as an abbreviation ("Gen.", "Sen.").
_DOTTED_END = re.compile(rf"\s[{UPPER}][a-z]{{1,3}}\.$")


def _sentence_dot(run: str) -> bool:
    """Whether a run ends in a name and a sentence's full stop, not in an abbreviation
    ("Gen.", "Mr.", "Jr.")."""
    if not _DOTTED_END.search(run):
        return False
    last = norm(run.rsplit(None, 1)[-1])
    return last not in HONORIFICS and last not in _ABBREVIATIONS and f"{last.title()}." not in ROMAN


def people_in(text: str) -> list[tuple[str | None, str]]:
    """(role, name) pairs named in a heading or sentence, in order.

    "by NATO Secretary General Anders Fogh Rasmussen" -> [("NATO Secretary General",
    "Anders Fogh Rasmussen")]; "Mr Sergei Ivanov, Minister of Defence" -> [("Minister of
    Defence", "Sergei Ivanov")]; "NATO Secretary General, Lord Robertson" -> [("NATO
    Secretary General", "Lord Robertson")].
    """
    out: list[tuple[str | None, str]] = []
    pending_role: str | None = None
    prev_end = -1
    for m in _name_runs(text):
        parts = _run_parts(run := m.group())
        before = _role_before(text, m.start()) if parts else []  # (no chunk: no use for it)
        if before:  # the role words before the run join its first chunk
            parts = (_role_and_name_of((*before, *_run_chunks(run)[0])), *parts[1:])
        for j, (role, name) in enumerate(parts):
            if name is None and role is None and pending_role is None:
                prev_end = m.end()  # (the usual capitalised word: nothing waits, none to wait)
                continue
            if name is None:
                more = pending_role and text[prev_end : m.start()].strip() in (",", "(")
                pending_role = pending_role if more else _pending(text, m, role)
                prev_end = m.end()
                continue
            if role is None or _honorifics_only(role):
                after = _ROLE_AFTER_AT.match(text, m.end())
                if after and any(is_role_word(w) for w in after.group(1).split()):
                    role = after.group(1).strip()  # "Sergei Ivanov, Minister of Defence"
                elif role is None or _title_only(role):  # "X, minister of foreign affairs,"
                    role = _described_after(text, _past_note(text, m)) or role
                if not (after and after.group().startswith(",") and j == len(parts) - 1):
                    role = pending_role or role  # "Ambassador X\nU.S. Representative to the UN"
            elif j == len(parts) - 1 and _title_only(role):
                role = _office_set_off(text, _past_note(text, m)) or role  # "Senator X, chair of"
            if role is None and j == 0 and not before:
                role = _apposed_role(
                    text, m.start()
                )  # "Ukraine's foreign minister, Dmytro Kuleba,"
            if role is None and j == 0 and not before:
                role, name = _office_words_before(text, m.start(), name)  # "o chanceler X"
            if role and j == 0 and not before:
                role = _slashed(text, m.start(), role)  # "High Representative/Vice-President"
            if j == 0 and _CYRILLIC_LOWER_END.match(text, max(0, m.start() - 2)):
                role = _cyrillic_office(text, m.start(), role)  # "глава МИД Армении"
            if _CYRILLIC_UP(name[:1]) and role is None and not _cyrillic_said(text, m):
                prev_end = m.end()  # "Новости Москвы": two capitals, no office, no one speaks
                continue
            if j == 0 and role is None and _place_after_office(text, m.start(), name):
                name = name.split(None, 1)[1]  # "ambassador to Malaysia Huang Huikang"
            out.append((_without_rank(role), name))
            pending_role = None
        prev_end = m.end()
    return out


def _place_after_office(text: str, start: int, name: str) -> bool:
    """A country opening a name of three words or more right after a lower-case "to" or "of"
    ("China ambassador to Malaysia Huang Huikang"): the office's complement, not a given
    name."""
    words = name.split()
    return (
        len(words) > 2
        and norm(words[0]) in _PLACES
        and text[max(0, start - 4) : start] in (" to ", " of ")
    )


_PLACES = terms("places")


# Offices joined by a slash before a run, e.g. "High Representative/" before "Vice-President
# Josep Borrell", "Deputy Prime Minister / " before "Foreign Minister ...".
_SLASHED = re.compile(
    r"((?:[A-Z][\w\-]*[ \t]+(?:(?:of|for|the)[ \t]+)*){0,4}[A-Z][\w\-]*)[ \t]*/[ \t]*$"
)


def _slashed(text: str, start: int, role: str) -> str:
    """The role with the offices a slash joins to it ("High Representative/Vice-President"):
    one compound office, when every capitalised word before the slash is a role word."""
    if not start or "/" not in text[max(0, start - 3) : start]:
        return role
    m = _SLASHED.search(text[max(0, start - 80) : start])
    if not m or not all(is_role_word(w) for w in m.group(1).split() if w[:1].isupper()):
        return role
    return f"{m.group(1).strip()}/{role}"


# Service and rank words printed before a name, e.g. "Air Force Brig. Gen.", "Vice Adm.".
_RANK = words("brig gen lt maj col adm capt cmdr sgt ret")
_SERVICE = words("air force army navy marine marines corps coast guard space vice rear")
# Ranks spelled out, dropped after an office only: "spokesperson Colonel" -> "spokesperson".
_RANK_WORDS = words("commodore colonel brigadier lieutenant sergeant")


@lru_cache(maxsize=65536)
def _honorifics_only(role: str) -> bool:
    return all(norm(w) in HONORIFICS for w in role.split())


# Titles a person keeps beside the office they hold: "Senator", "Ambassador", "Dr".
_TITLE_WORDS = words("senator sen u.s us ambassador amb congressman congresswoman")
_NOTE_AFTER = re.compile(r"[ \t]*\([^()\n]{1,30}\)")


def _title_only(role: str) -> bool:
    """A role of titles only ("U.S. Senator", "Ambassador"): the office set off by commas
    after the name, where the page gives one, says what the person is."""
    return all(norm(w) in _TITLE_WORDS for w in role.split())


def _past_note(text: str, m: re.Match[str]) -> int:
    """Where a run ends, past a short note in brackets after it ("Jim Risch (R-Idaho)")."""
    note = _NOTE_AFTER.match(text, m.end())
    return note.end() if note else m.end()


def _office_set_off(text: str, end: int) -> str | None:
    """The office set off by commas at `end`, right after a name: ", Permanent Representative
    of China to the UN," or ", ranking member of the Senate Foreign Relations Committee,"."""
    after = _ROLE_AFTER_AT.match(text, end)
    head = after.group(1).split()[0] if after else ""
    # (not ", Ambassador Karel Novak and ...": a title heads a name there, not an office)
    if (
        after
        and after.group().startswith(",")
        and is_role_word(head)
        and norm(head) not in _TITLE_WORDS
    ):
        return after.group(1).strip()
    return _described_after(text, end)


@lru_cache(maxsize=65536)
def _without_rank(role: str | None) -> str | None:
    """A role without the rank it ends in: "Pentagon Press Secretary Air Force Brig." ->
    "Pentagon Press Secretary", "spokesperson Colonel" -> "spokesperson"; "Air Force" alone
    before "Maj. Gen." is no role."""
    if not role:
        return role
    ws = role.split()
    k = len(ws)
    while k > 1 and norm(ws[k - 1]) in _RANK_WORDS:
        k -= 1  # "spokesperson Commodore": the office, and the rank the name is printed with
    ws = ws[:k]
    role = " ".join(ws)
    while k and norm(ws[k - 1].rstrip(".")) in _RANK | _SERVICE:
        k -= 1
    if not any(norm(w.rstrip(".")) in _RANK for w in ws[k:]) and not (ws[k:] and k == 0):
        return role
    return " ".join(ws[:k]) or None


def _pending(text: str, m: re.Match[str], role: str | None) -> str | None:
    """A role waiting for the name after it: "NATO Secretary General, Lord Robertson", or a
    role alone on its line above the name ("Prime Minister\nThe Hon Anthony Albanese MP");
    of roles joined by commas the first is kept ("Deputy Prime Minister, Minister for ...")."""
    if role is None or not _any_role_word(role):
        return None  # "LISBON, Jan. 13 - Deputy Minister ...": a dateline's place, no role
    after = text[m.end() : m.end() + 1]
    alone = after == "\n" and (m.start() == 0 or text[m.start() - 1] == "\n")
    alone = alone and is_role_word(role.split()[-1])
    return role if _COMMA_NEXT.match(text, m.end()) or alone else None


@lru_cache(maxsize=65536)
def _any_role_word(role: str) -> bool:
    return any(map(is_role_word, role.split()))


# A comma after a role, past its acronym, e.g. "(OAS)," in "The Secretary General of the
# Organization of American States (OAS), Luis Almagro".
_COMMA_NEXT = re.compile(r"(?:[ \t]*\([A-Z][\w\-]{1,15}\))?,")


# A possessive ending, e.g. "Lavrov's remarks".
_POSSESSIVE_ENDS = ("'s", "’s")
# Lower-case role words just before a name, e.g. "foreign policy chief " or "her spokesman ",
# each a whole word ("ek" is no word of "marszałek").
_LOWER_BEFORE = re.compile(r"((?<![^\W\d_])(?:[a-z][a-z\-]+ ){1,3})$")
_LOWER_END = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _role_before(text: str, start: int) -> list[str]:
    # The words end in a lower-case letter or hyphen and a space, at the end or before a last
    # newline: "chief Lavrov", "chief \nLavrov"; anything else ("(", ", ", ". ") has none.
    last = text[start - 1] if start else ""
    end = start - 1 if last == " " else start - 2 if last == "\n" else -1  # the last space
    if end < 1 or text[end] != " " or text[end - 1] not in _LOWER_END:
        return []
    lo = max(0, start - 50)
    if not _may_lead(text[text.rfind(" ", lo, end) + 1 or lo : end]):
        return []
    before = text[lo:start]
    # The match holds at most 3 spaces: search from the 4th space from the end.
    parts = before.rsplit(" ", 4)
    m = _LOWER_BEFORE.search(before, len(parts[0]) + 1 if len(parts) == 5 else 0)
    if not m:
        return []
    out: list[str] = []
    for w in reversed(m.group(1).split()):
        if not _may_precede(w):
            break
        out.insert(0, w)
    if out and before[-1:] == " ":
        out = _capital_head(before.split()[-len(out) - 2 : -len(out)]) + out
    return out


@lru_cache(maxsize=65536)
def _may_lead(last: str) -> bool:
    """False where `last`, the word right before a run (up to the space in front of it), is
    a plain lower-case word and no role word: the role words before the run would end in that
    word, so there are none (cheaper to see than the regex); True where the regex decides."""
    plain = last.replace("-", "")
    if not (plain.isascii() and plain.isalpha() and plain.islower()):
        return True  # (anything else: the regex decides)
    word = last.lstrip("-")
    return len(word) >= 2 and _may_precede(word)


@lru_cache(maxsize=65536)
def _may_precede(w: str) -> bool:
    """Whether the lower-case word `w` right before a run may start its role words."""
    return is_role_word(w) and w not in _JOIN and w not in ("and", "on", "to")


# An organisation's acronym that owns the office after it: "PCG" in "PCG spokesperson".
_OWNER = re.compile(r"[A-Z]{2,6}")


def _capital_head(prev: list[str]) -> list[str]:
    """The office's one capitalised word before its lower-case complement, as languages that
    write an office so print it ("Ministar spoljnih poslova Tomas Varga"), or the acronym of
    the body whose office it is ("PCG spokesperson Jay Tarriela"); none where that word ends a
    capitalised run ("Ministry of Foreign Affairs spokesperson Irena Koval")."""
    if not prev or not prev[-1][:1].isupper():
        return []
    if not is_role_word(prev[-1]) and not _OWNER.fullmatch(prev[-1]):
        return []
    before = prev[0] if len(prev) == 2 else ""
    return [] if before[:1].isupper() or before in _JOIN else [prev[-1]]


# A role described in lower case before a comma and the name it describes, e.g. "Ukraine's
# foreign minister, ", "A spokesman for the Russian president, ", "the country's top diplomat, ".
_APPOSED = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+|\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+|(?<=\s)(?=[\w\-]+['’]s\s))"
    r"((?:(?:[A-Z][\w\-]*|[a-z]+)['’]s\s+)?(?:[a-z][a-z\-]*\s+){0,3}([a-z][a-z\-]+)"
    r"(?:\s+(?:for|of|to)\s+(?:the\s+)?(?:[A-Za-z][\w\-]*\s+){0,3}?[A-Za-z][\w\-]*)?),\s+$"
)


# A role described in lower case after a name and set off by commas, e.g. ", minister of
# foreign affairs,", ", the president of the Center for Global Development,", ", Iran's top
# nuclear negotiator,": its head noun a role noun of the lexicon.
_NOT_ROLE = "(?:who|whom|whose|which|that|and|or|but|as|with|is|was|has|had|will|would)"
_DESCRIBED_AFTER = re.compile(
    rf",[ \t]+(?:(?:the|an?)[ \t]+)?((?:[A-Z][\w\-]*['’]s[ \t]+)?"
    rf"(?:(?!{_NOT_ROLE}\b)[a-z][a-z\-]*[ \t]+){{0,3}}?([a-z][a-z\-]+)"
    r"(?:[ \t]+(?:of|for|to|at)[ \t]+[^\s,.;:()]+(?:[ \t]+[^\s,.;:()]+){0,6}?)?)[ \t]*,"
)


def _described_after(text: str, end: int) -> str | None:
    """The lower-case role set off by commas right after a name ("Geoffrey Onyeama, minister of
    foreign affairs, says" -> "minister of foreign affairs"), when its head noun is a role noun
    of the lexicon; else None."""
    if text[end : end + 1] != ",":
        return None
    m = _DESCRIBED_AFTER.match(text, end, end + 120)
    if not m or m.group(2) not in terms("role_nouns"):
        return None
    return m.group(1)


def _apposed_role(text: str, start: int) -> str | None:
    """The lower-case role described right before ", Name" ("Ukraine's foreign minister,
    Dmytro Kuleba", "le porte-parole du ministère des Affaires étrangères, Alexandros ..."),
    when its head noun is a role noun of the lexicon; else None."""
    if start < 3 or text[start - 2] != "," or text[start - 1] != " ":
        return None
    before = text[max(0, start - 100) : start]
    for rx in (_APPOSED, _APPOSED_ARTICLE):
        m = rx.search(before)
        if m and m.group(2) in terms("role_nouns"):
            return m.group(1)
    return None


# A role after a Romance article and before ", Name", its complement and adjectives after its
# head noun, e.g. "le porte-parole du ministère des Affaires étrangères, ", "el canciller
# mexicano, ", "il presidente del Consiglio, ".
_APPOSED_ARTICLE = re.compile(
    r"(?:^|(?<=[\s(]))(?:[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Ll]o|[Oo]|[Ll]['’](?=[\wÀ-ÿ])|"
    r"[Dd]u|[Aa]u|[Dd]el|[Aa]l|[Dd]ello|[Dd]ella|[Dd]o|[Dd]a)\s*"
    r"(([a-zà-ÿ][\w\-]+)(?:\s+[a-zà-ÿ][\w\-]{2,})?"
    r"(?:\s+(?:du|de|des|del|della|dello|degli|di|da|do|dos|das)\s+"
    r"(?:[\w\-’']+\s+){0,5}?[\w\-’']+)?),\s+$"
)


def _chunks(run: str) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    for raw in run.split():
        w = raw[:-2] if raw.endswith(_POSSESSIVE_ENDS) else raw
        k = norm(w)
        if w.isupper() and k in POSTNOMINALS and chunks[-1]:
            continue  # "Richard Marles MP"
        if k in _CONNECTORS and chunks[-1]:
            chunks.append([])
        elif w == "to" and not chunks[-1]:
            continue  # "According to Aybek Smadiyarov" (not "Regarding the Terrorist Attack")
        elif k not in _CONNECTORS:
            chunks[-1].append(w)
            if w != raw:  # "Wang Wenbin's Regular Press Conference": the name ends here
                chunks.append([])
    return [c for c in chunks if c]


def _before_complement(words: list[str]) -> list[str]:
    """Cut "... Sergey Lavrov to the BBC" after the name: a "to/for/at" that follows two
    name words (not "Representative of Russia to the UN Vassily Nebenzia")."""
    run = 0
    for j, w in enumerate(words):
        k = norm(w)
        if k in ("to", "for", "at") and run >= 2:
            return words[:j]
        plain = not _titleword(w) and k not in NOT_PERSON and k not in _JOIN
        run = run + 1 if plain and _NAME_WORD(w) else 0
    return words


def _trailing_acronym(words: list[str]) -> bool:
    """Capitals after a full name in mixed case, e.g. "GPS" in "Jane Roe GPS" (a programme or
    an outlet), never a surname in capitals after a role ("Foreign Minister ROE")."""
    last, name = words[-1], words[-3:-1]
    caps = last.isupper() and last.isalpha() and len(last) > 1 and last not in ROMAN
    return caps and all(w[:1].isupper() and w[1:].islower() and not _titleword(w) for w in name)


def _plural_office(w: str) -> bool:
    """A plural office before the names it heads: "Foreign Ministers Jane Roe and Ann Poe"."""
    k = norm(w)
    return len(k) > 4 and k.endswith("s") and k[:-1] in ROLE_WORDS


@lru_cache(maxsize=65536)
def _titleword(w: str) -> bool:
    k = norm(w)
    return (
        (is_role_word(w) and k not in _JOIN)
        or _plural_office(w)
        or k in HONORIFICS
        or (w.isupper() and w.isalpha() and len(w) > 1 and w not in ROMAN)
    )


def _role_and_name(words: Sequence[str]) -> tuple[str | None, str | None]:
    return _role_and_name_of(tuple(words))  # the same words recur in a page: split them once


@lru_cache(maxsize=65536)
def _role_and_name_of(key: tuple[str, ...]) -> tuple[str | None, str | None]:
    words = _before_complement(list(key))
    while len(words) > 2 and _trailing_acronym(words):
        words = words[:-1]  # "Fareed Zakaria GPS": the programme after the host's name
    i = 0
    for j, w in enumerate(words):
        if _titleword(w) and not _initials(w, j, words) and not _middle_initial(w, j, words):
            i = j + 1
    if _family_first(words, i):
        i -= 1  # "Press Secretary KOBAYASHI Maki": the family name in capitals comes first
    role_words = [
        w
        for k, w in enumerate(words[:i])
        if (norm(w) not in HONORIFICS or is_role_word(w)) and not _honorific_head(k, words[:i])
    ]
    if not any(norm(w) in _JOIN for w in role_words):  # not "... of American States"
        role_words = [w[:-1] if _plural_office(w) else w for w in role_words]  # one "Minister"
    while role_words and norm(role_words[0]) in _JOIN:
        role_words.pop(0)  # "The Hon Richard Marles": no role
    name = words[i:]
    if (
        name
        and name[0].isupper()
        and len(name[0]) > 1
        and not _initials(name[0], 0, name[:2])
        and not _DOTTED_INITIALS(name[0])  # "A.K. Abdul Momen" keeps its initials
    ):
        name = [name[0].capitalize(), *name[1:]]
    while (
        role_words
        and name
        and (
            norm(name[0]) in _JOIN
            or norm(name[0]) in NOT_PERSON
            or (role_words[-1] in ("of", "the", "to") and len(name) > 2)
        )
    ):
        role_words.append(name.pop(0))  # "President of Ukraine Viktor Yanukovych",
        # "ambassador to Malaysia Huang Huikang"
    while len(name) > 2 and norm(name[0]) in _PLACE_GENITIVES:
        role_words.append(name.pop(0))  # "Президент России Владимир Путин": the office's country
    while len(name) > 1 and norm(name[0]) in _CYRILLIC_OPENERS:
        name = name[1:]  # "Вчера Арарат Мирзоян": the sentence's first word, no given name
    while len(name) > 2 and len(name[0]) > 2 and norm(name[0]) in _CONNECTIVES:
        name = name[1:]  # "Visgi K. Budrys" (however), "Men Anniken Huitfeldt": no given name
    if len(name) > 2 and _CYRILLIC_UP(name[0][:1]) and not any(map(_PATRONYMIC, name)):
        name = name[-2:]  # "Москве Арарат Мирзоян": three capitals and no patronymic
    if _CYRILLIC_UP(name[0][:1] if name else "") and any(norm(w) in _PLACE_GENITIVES for w in name):
        name = []  # "Новости России": a country's name is no person's
    cut = next((k for k, w in enumerate(name) if k >= 2 and norm(w) in _JOIN), len(name))
    name = name[:cut]  # "Sergei Lavrov for Kommersant"
    while (
        len(role_words) > 2 and norm(role_words[0]) in NOT_PERSON and norm(role_words[1]) in _JOIN
    ):
        role_words = role_words[2:]  # "Interview of Russian Foreign Minister" -> the role
    role = " ".join(role_words) or None
    person = not any(norm(w) in NOT_PERSON or norm(w) in _JOIN for w in name)
    person = person and not _office_of(name)  # "Procurador del Consumidor": an office
    person = person and not (name and name[0] in _ARTICLES)  # "An Integrated, Prosperous ..."
    core = name[:-1] if len(name) > 2 and name[-1] in ROMAN else name  # "Lloyd J. Austin III"
    if person and len(name) >= 2 and all(_name_word(w, k, core) for k, w in enumerate(core)):
        trimmed = list(role_words)
        while trimmed and norm(trimmed[-1]) in _JOIN:
            trimmed.pop()  # "Senator the Hon David Johnston": the role is "Senator"
        return " ".join(trimmed) or None, " ".join(name)
    if person and len(name) == 1 and i and norm(words[i - 1]) in _TITLES and _NAME_WORD(name[0]):
        return role if role != words[i - 1] else None, " ".join(words[i - 1 :])
    return (" ".join(role_words + name) if role else None), None


# A Cyrillic word and a space right before a run: the office may begin in it.
_CYRILLIC_LOWER_END = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ] ")
_CYRILLIC_BEFORE = re.compile(r"((?:[а-яёіїєґА-ЯЁІЇЄҐ][\w'\-]*[ \t]+){1,4})$")
_CYRILLIC_OFFICE_WORDS = frozenset(w.casefold() for w in terms("cyrillic_office_words"))


def _office_of(name: list[str]) -> bool:
    """An office and its complement joined by a particle that also joins names ("Procurador
    del Consumidor", "Ministro de Defensa", "Presidente della Repubblica"), not a person."""
    return (
        len(name) > 2
        and (norm(name[0]) in _OFFICE_NOUNS or is_role_word(name[0]))
        and name[1] in _PARTICLES
        and name[1] != name[1].title()
    )


def _cyrillic_office(text: str, start: int, role: str | None) -> str | None:
    """The office Russian or Ukrainian text opens in lower case before a name's run, and the
    run's own role words after it ("глава " + "МИД Армении", "Министр иностранных дел " +
    "Армении"); `role` as it was when no office word stands in the four words before."""
    if role and any(norm(w) in _CYRILLIC_OFFICE_WORDS for w in role.split()):
        return role  # "Президент России Владимир Путин": the run holds the office
    m = _CYRILLIC_BEFORE.search(text, max(0, start - 80), start)
    if not m:
        return role
    ws = m.group(1).split()
    k = next((k for k, w in enumerate(ws) if norm(w) in _CYRILLIC_OFFICE_WORDS), None)
    if k is None:
        return role
    return " ".join([*ws[k:], *([role] if role else [])])


_CYRILLIC_UP = re.compile(f"[{_CYR_UP}]").match
# A Russian or Ukrainian patronymic, the middle word of a three-word name ("Викторович").
_PATRONYMIC = re.compile(
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:ович|евич|йович|ич|овна|евна|ична|івна|ївна)"
).fullmatch
_CYRILLIC_OPENERS = frozenset(terms("cyrillic_openers"))
# Words that open a sentence before a name in the corpus's languages ("But", "Visgi", "Men").
_CONNECTIVES = terms("sentence_connectives")
_CYRILLIC_VERBS = frozenset(w for w in terms("report_verbs") if _CYRILLIC_UP(w[:1].upper()))
_WORD_EDGES = '«»"“”„.,;:!?()—–-'


def _cyrillic_said(text: str, m: re.Match[str]) -> bool:
    """Whether a speech verb stands within two words of a Cyrillic name's run, before or
    after it ("— заявил Иван Петренко", "Иван Петренко сообщил"): the evidence a run of two
    capitalised Cyrillic words names a person, where no office goes with it."""
    after = text[m.end() : m.end() + 40].split()[:2]
    before = text[max(0, m.start() - 40) : m.start()].split()[-2:]
    return any(w.strip(_WORD_EDGES).casefold() in _CYRILLIC_VERBS for w in [*before, *after])


_OFFICE_NOUNS = frozenset(terms("office_nouns"))
_OFFICE_LINKS = frozenset(terms("office_links"))
_OFFICE_COMPLEMENTS = frozenset(terms("office_complements"))
# Lower-case words that never stand inside an office written before a name: verbs' company,
# conjunctions and prepositions of a sentence going on ("the minister said that John Roe ...").
_NOT_IN_OFFICE = words(
    "that who which on in at with to and or but is was has had said says told by from as when "
    "after before while que qui où quand con por per em com dass wie als il elle ha a à en "
    "dijo dice disse detto dit a-t-il sagte"
)
_MAX_OFFICE_TOKENS = 7


def _office_words_before(text: str, start: int, name: str) -> tuple[str | None, str]:
    """(office, name) where an office written in lower case ends right before a name's run,
    in any of the corpus' languages: "le chef de la diplomatie belge " + "Bernard Quintin",
    "o chanceler " + "Mauro Vieira"; after a linking word the run's first capitalised words
    are the office's ("la presidente del " + "Consiglio Giorgia Meloni", "el secretario de " +
    "Estado Antony Blinken"). (None, name) where no office noun opens such words."""
    if start < 2 or text[start - 1] != " ":
        return None, name
    toks = text[max(0, start - 100) : start].split()[-_MAX_OFFICE_TOKENS:]
    plain = 0
    for k in range(len(toks) - 1, -1, -1):
        w = toks[k]
        low = w.casefold()
        if w[-1:] in ',.;:!?»"”)(' or low in _NOT_IN_OFFICE:
            return None, name
        if w[:1].islower() and low in _OFFICE_NOUNS:
            return _with_complement(toks[k:], name)
        if low in _OFFICE_LINKS or w[:1].isupper():
            continue
        plain += 1
        if plain > 2:  # "diplomatie belge": at most two lower-case words inside an office
            return None, name
    return None, name


def _with_complement(office: list[str], name: str) -> tuple[str, str]:
    """The office and the name, the run's first words moved to the office where the office
    ends in a linking word ("presidente del" + "Consiglio Giorgia Meloni")."""
    ws = name.split()
    if norm(office[-1]) not in _OFFICE_LINKS or len(ws) < 3:
        return " ".join(office), name
    moved = [ws.pop(0)]
    while len(ws) > 2 and norm(ws[0]) in _OFFICE_COMPLEMENTS:
        moved.append(ws.pop(0))  # "das Relações Exteriores Mauro Vieira"
    return " ".join([*office, *moved]), " ".join(ws)


# A country in the genitive between an office and a name ("Армении", "України").
_PLACE_GENITIVES = frozenset(w.casefold() for w in terms("place_genitives"))
# Lower-case particles inside a name, e.g. "Ursula von der Leyen", "Charles de Gaulle".
_PARTICLES = terms("name_joiners")


def _honorific_head(k: int, words: Sequence[str]) -> bool:
    """ "Tan" in "Tan Sri Muhyiddin Yassin": a title's first word before another title."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return norm(words[k]) in _HONORIFIC_HEADS and norm(nxt) in HONORIFICS


_HONORIFIC_HEADS = terms("honorific_heads")
# Initials printed together before a name, e.g. "A.K." in "A.K. Abdul Momen".
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}").fullmatch


def _name_word(w: str, k: int, core: list[str]) -> bool:
    inner = 0 < k < len(core) - 1
    initials = k == 0 and (_initials(w, len(core) - 2, core) or bool(_DOTTED_INITIALS(w)))
    return bool(_NAME_WORD(w)) or (inner and w in _PARTICLES) or initials


def _middle_initial(w: str, j: int, words: list[str]) -> bool:
    """A middle initial between a given name and a surname, e.g. "M." in "Robert M. Gates"."""
    if not (len(w) == 2 and w[0].isupper() and w[1] == "." and 0 < j < len(words) - 1):
        return False
    before = words[j - 1]
    return before[:1].isupper() and not _titleword(before) and before[1:].islower()


def _initials(w: str, j: int, words: list[str]) -> bool:
    """Two capitals as a given name right before the surname, e.g. "JD" in "JD Vance" (not an
    acronym, "US Vice President", an office, "PM Starmer", or a family name, "LI Qiang"), or
    one capital printed without its dot ("S Jaishankar"; not "A", "I", "O")."""
    last = j == len(words) - 2 and bool(_NAME_WORD(words[-1]))
    caps = len(w) == 2 and w.isalpha() and w.isupper() and not set(w) & set("AEIOUY")  # not "LI"
    caps = caps or (len(w) == 1 and w.isupper() and w not in "AIO")  # "S Jaishankar", not "A"
    return last and caps and norm(w) not in ACRONYMS and norm(w) not in _OFFICE


# Offices abbreviated before a surname, e.g. "PM Starmer", "FM Lavrov", "DG Grossi".
_OFFICE = words("pm fm vp sg dg hr dm mp cg ag hm rh")


def _family_first(words: list[str], i: int) -> bool:
    """A Japanese-style "SURNAME Given" name at the end of the words ("KISHIDA Fumio")."""
    if not (0 < i == len(words) - 1) or not _NAME_WORD(words[i]):
        return False
    w = words[i - 1]
    k = norm(w)
    plain = k not in HONORIFICS and not is_role_word(w) and k not in ACRONYMS and k not in OUTLETS
    return w.isupper() and w.isalpha() and len(w) > 2 and plain


_ABBREVIATIONS = words("sec amb gen adm col lt capt maj sgt cmdr gov sen rep pres h.e")


@lru_cache(maxsize=65536)
def split_title(name: str) -> tuple[str | None, str]:
    """Leading role words off a printed name: "Foreign Minister Lavrov" -> ("Foreign Minister",
    "Lavrov"); "SEC. PANETTA" -> (None, "PANETTA"); "Mr. Ivanov" is kept whole."""
    words = name.split()
    role, full = _role_and_name(words)
    if full and role and len(full.split()) > 1:
        return role, full
    i = 0
    while i < len(words) - 1 and (
        is_role_word(words[i])
        or norm(words[i]) in _ABBREVIATIONS
        or words[i] in ABBREVIATED_ROLES  # "PM Albanese", "FM Wong": an office in capitals
    ):
        i += 1
    kept = [
        ABBREVIATED_ROLES.get(w) or _SPELLED.get(norm(w), w) for w in words[:i] if norm(w) != "h.e"
    ]
    return (role_case(" ".join(kept)) or None), " ".join(words[i:])


#: Abbreviated titles spelled out as roles ("SEC. AUSTIN" -> "Secretary", "AMB. POWER").
_SPELLED = dict(
    p.split("=")
    for p in words("""sec=Secretary amb=Ambassador gen=General adm=Admiral col=Colonel lt=Lieutenant
    capt=Captain maj=Major sgt=Sergeant cmdr=Commander gov=Governor sen=Senator
    rep=Representative pres=President""")
)


def role_and_name(words: list[str]) -> tuple[str | None, str | None]:
    """Public form of the heading splitter: (role, name) of one capitalised phrase."""
    return _role_and_name(words)
