"""What a news story has said so far (`Story`): the people it named, with the fuller name it
gave each and the office-holder table's name for a surname printed alone ("Lavrov" -> "Sergey
Lavrov"), who spoke last, the institutions and unnamed sources it credited. Stdlib only.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from nrc_search.ingest import offices
from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.names import norm, strip_honorifics, surname, words
from nrc_search.ingest.news_scan import is_name_word

# Titles printed before a given name, e.g. "Dame Meg" for Dame Meg Hillier, "Sheikh Mohamed"
# for Sheikh Mohamed bin Abdulrahman al-Thani.
_GIVEN_NAME_TITLES = words("sir dame sheikh sheikha emir prince princess")

# "His Excellency" printed as two capitals before a name, e.g. "HE Sheikh Mohamed".
EXCELLENCY = frozenset(("HE", "H.E.", "H.E"))

# The days of the week, which American wire copy puts right after a subject ("X Tuesday said").
_WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")

# Capitalised words that are never a surname alone, e.g. "In May said" (not Theresa May).
_NOT_SURNAME = words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


def _table_key(word: str) -> str:
    """A surname's key across transliterations: no accents, one ending for "-sky", "-skyy",
    "-skiy", "-skii" ("Zelensky" = "Zelenskyy")."""
    key = unicodedata.normalize("NFKD", norm(word)).encode("ascii", "ignore").decode()
    return re.sub(r"(?:iy|yy|ii|y)$", "y", key)


def table_name(printed: str) -> str | None:
    """The full name of the one office holder of the table (`data/offices.csv` and a speakers
    file's rows) whose surname a story prints alone, e.g. "Lavrov", "Mr Kuleba" -> "Dmytro
    Kuleba"; None when no holder or several have it ("Ivanov")."""
    return _table_name(printed, (len(offices._EXTRA), os.environ.get(offices.ROWS_ENV, "")))


@lru_cache(maxsize=4096)
def _table_name(printed: str, _rows: tuple[int, str]) -> str | None:
    """`table_name` (`_rows` keys the cache: the rows a speakers file adds, by count and by
    file)."""
    tail = strip_honorifics(printed).split()
    if len(tail) != 1 or norm(tail[0]) in _NOT_SURNAME or not is_name_word(tail[0]):
        return None
    hits = _surnames(_rows).get(_table_key(tail[0]), frozenset())
    return next(iter(hits)) if len(hits) == 1 else None


@lru_cache(maxsize=4)
def _surnames(_rows: tuple[int, str]) -> dict[str, frozenset[str]]:
    """Surname key -> the table's holders with that surname."""
    out: dict[str, set[str]] = {}
    for t in offices.terms():
        if len(t.name.split()) > 1:
            out.setdefault(_table_key(surname(t.name)), set()).add(t.name)
    return {k: frozenset(v) for k, v in out.items()}


def _without_connective(role: str | None) -> str | None:
    """A role without the connectives a sentence opens with before it ("But", "Meanwhile",
    "Yet Foreign Minister" -> "Foreign Minister"); None when nothing else is left."""
    if not role:
        return role
    words = role.split()
    while words and norm(words[0]) in terms("sentence_connectives"):
        words = words[1:]
    return " ".join(words) or None


# A capitalised word in a cased script other than Latin (Cyrillic, Greek, Armenian), e.g.
# "Мирзоян", "Միրզոյանն"; a run of two or more, e.g. "Армении Арарат Мирзоян".
_NATIVE_WORD = r"[А-ЯЁЄІЇҐΑ-ΩΆ-Ώ\u0531-\u0556][а-яёєіїґʼ'’α-ωάέήίόύώϊϋΐΰ\u0561-\u0587\-]+"
_NATIVE_RUN = re.compile(rf"(?<!\w){_NATIVE_WORD}(?:[ \t]+{_NATIVE_WORD})+(?!\w)")
# A Russian or Ukrainian patronymic, the middle of three names: "Сергей Викторович Лавров".
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична)$")
# The Armenian definite article, a suffix after a surname's "-ան": "Միրզոյանը", "Միրզոյանն".
_ARMENIAN_ARTICLE = re.compile(r"(?<=ան)[ըն]$")


def bare_word(word: str) -> str:
    """A name's word without the article its language suffixes to it ("Միրզոյանը" ->
    "Միրզոյան"); any other word as it is."""
    return _ARMENIAN_ARTICLE.sub("", word) if word[-1:] in "ըն" else word


def native_people(text: str) -> list[str]:
    """The people a paragraph in Cyrillic, Greek or Armenian script names, as printed: the
    last two capitalised words of each run (three with a patronymic), past a role or a
    country before them ("Министр иностранных дел Армении Арарат Мирзоян" -> "Арарат
    Мирзоян"); names in Latin script are `people_in`'s."""
    out = []
    for m in _NATIVE_RUN.finditer(text):
        run = [w for w in m.group().split() if norm(w) not in terms("role_nouns")]
        n = 3 if len(run) >= 3 and _PATRONYMIC.search(run[-2]) else 2
        if len(run) >= 2:
            out.append(" ".join([*run[-n:-1], bare_word(run[-1])]))
    return out


# Where a clause of a caseless script ends (commas, the danda, quote marks).
_CASELESS_CLAUSE = re.compile(r"[,;:!?،؛؟।«»\"“”()]")


def particle_people(text: str) -> list[tuple[str, str]]:
    """(office, name) of each subject a caseless script marks with its particle after an office
    noun and the name ("विदेश मंत्री सुषमा स्वराज ने ..." -> ("विदेश मंत्री", "सुषमा स्वराज")),
    whatever verb follows: the person a later "स्वराज ने कहा" means. No capitals mark these
    names, so only an office before and the particle after delimit one."""
    particles = terms("subject_particles")
    out = []
    for clause in _CASELESS_CLAUSE.split(text):
        words = clause.split()
        start = 0  # where the words after the clause's last particle begin
        for k, word in enumerate(words):
            if word not in particles:
                continue
            window = range(max(start, k - 6), k)
            start = k + 1
            offices = [j for j in window if norm(words[j]) in terms("role_nouns")]
            if not offices or not 2 <= k - offices[-1] - 1 <= 4:
                continue
            first = offices[-1]
            while first > 0 and norm(words[first - 1]) in terms("uncased_titles"):
                first -= 1  # "विदेश मंत्री": the office's words before its noun
            out.append(
                (" ".join(words[first : offices[-1] + 1]), " ".join(words[offices[-1] + 1 : k]))
            )
    return out


@dataclass
class Story:
    """What the story has said so far: people mentioned, and who spoke last."""

    people: list[tuple[str | None, str]] = field(default_factory=list)
    last: tuple[str | None, str | None] = (None, None)
    block: tuple[str, str | None] | None = None  # "X said:" opened paragraphs of X's words
    bodies: list[str] = field(default_factory=list)  # institutions credited so far, last last
    source: tuple[str | None, str | None] = (None, None)  # the last person or body credited
    prior: list[tuple[str | None, str]] = field(
        default_factory=list
    )  # people before this paragraph
    unnamed: set[str] = field(default_factory=set)  # the unnamed sources credited so far
    open_quote: bool = False  # the last paragraph ended inside a quote it opened
    spellings: dict[str, str] = field(default_factory=dict)  # office holder -> story's spelling
    block_once: bool = False  # the block is one paragraph ("He went on to quote from X:")
    dashed: bool = False  # the story prints quotes led by a dash ("– ..., sier Huitfeldt.")

    def mention(self, text: str) -> None:
        for role, name in people_in(text):  # most recent last, each person once
            if all(norm(w) in terms("places") for w in name.split()):
                continue  # "South Korean news agency Yonhap", "North Korea": no person
            if all(norm(w) in terms("office_complements") for w in name.split()):
                continue  # "el ministro de Relaciones Exteriores (RR.EE)": an office's words
            if PLURAL_INITIALS.fullmatch(name.split()[-1]):
                continue  # "National MPs": a group, no person
            if norm(name.split()[-1]) in terms("media_words"):
                continue  # "the Korea Herald", "The Valdor Times": an outlet, no person
            if len(name.split()) > 2 and norm(name.split()[-1]) in _WEEKDAYS:
                name = name.rsplit(None, 1)[0]  # "Clara Moynihan Tuesday rejected": the day
            opener = name.split()[0]
            if (len(name.split()) > 1 and norm(opener) in terms("according_phrases")) or (
                len(name.split()) == 2 and opener.casefold() in terms("opinion_openers")
            ):
                name = name.split(None, 1)[1]  # "Segundo Amorim", "Volgens Mark Rutte": the
                if " " not in name:  # credit phrase opening a sentence is no given name, and
                    continue  # a surname alone after it is someone named before, if anyone
            name = self.fuller(name)  # "Aboul Gheit" after "Ahmed Aboul Gheit"
            role = _without_connective(role)  # "But Mr Peters": no role
            known = next((r for r, n in self.people if n == name), None) or self._by_surname(name)
            self.people = [(r, n) for r, n in self.people if n != name]
            self.people.append((role or known, name))
        particles = () if text.isascii() else terms("subject_particles")
        for role, name in particle_people(text) if any(p in text for p in particles) else ():
            if all(n != name for _, n in self.people):
                self.people.append((role, name))  # "विदेश मंत्री सुषमा स्वराज ने ..."
        for name in native_people(text) if not text.isascii() else ():
            known = next((r for r, n in self.people if n == name), None)
            self.people = [(r, n) for r, n in self.people if n != name]
            self.people.append((known, name))  # "Арарат Мирзоян"

    def _by_surname(self, name: str) -> str | None:
        """The role the heading gave a full name's surname alone ("Foreign Minister Mahuta"
        over "Nanaia Mahuta"), kept with the person (h/roles4)."""
        last = name.split()[-1] if len(name.split()) > 1 else None
        return next((r for r, n in self.people if r and n == last), None)

    def fuller(self, name: str) -> str:
        """The full name the story gave: "Aboul Gheit", "Mr Marles" -> "Richard Marles"; a
        surname alone the story never gave in full, the office holder's ("Mr Lavrov" ->
        "Sergey Lavrov", `table_name`)."""
        if name.split()[0] in EXCELLENCY and len(name.split()) > 1:
            name = name.split(None, 1)[1]  # "HE Sheikh Mohamed"
        tail = strip_honorifics(name).split()
        titled = len(tail) < len(name.split())
        hits = {
            n
            for _, n in self.people
            if len(n.split()) > len(tail) > (0 if titled else 1) and n.split()[-len(tail) :] == tail
        }
        if not hits and len(tail) == 1 and norm(name.split()[0]) in _GIVEN_NAME_TITLES:
            given = [
                n.split()[1:] if norm(n.split()[0]) in _GIVEN_NAME_TITLES else n.split()
                for _, n in self.people
            ]
            hits = {" ".join(g) for g in given if len(g) > 1 and g[0] == tail[0]}
        if not hits and (held := table_name(name)):
            return held
        return hits.pop() if len(hits) == 1 else name


# Initials in the plural, e.g. "MPs", "MEPs", "CEOs".
PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")
