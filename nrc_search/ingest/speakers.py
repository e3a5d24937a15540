"""One canonical person across spellings, honorifics, roles and documents.

"ANDERS FOGH RASMUSSEN", "Secretary General Rasmussen", "A. F. Rasmussen" and "Rasmussen" are
all "Anders Fogh Rasmussen", in whichever order they come; a name printed in Cyrillic is keyed in
Latin letters ("С. Лавров" is "S. Lavrov", so "Sergey Lavrov"). The registry is a plain, JSON-serialisable value the store persists;
a user-editable speakers file adds aliases, merges and splits.

Speakers file format (UTF-8 text, one entry per line; `#` starts a comment)::

    # Canonical Name = alias; alias; ...     every alias is this person (also merges people)
    Anders Fogh Rasmussen = Rasmussen; Secretary General Rasmussen; AFR
    George Robertson = Lord Robertson
    # split: Name                            never resolve Name to someone else by its
    split: Ivanov                            surname or initials; it stays its own person
    office: NATO; Secretary General; Mark Rutte; 2024-10-01    a row for the office-holder table

A line that is neither form raises UnreadableFile naming the file and line number.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from nrc_search.errors import UnreadableFile
from nrc_search.ingest import offices
from nrc_search.ingest.names import latin, proper_case, same_given, strip_honorifics
from nrc_search.model import Document, Speaker

VERSION = 1


@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """Comparison key: no accents, dots or case; hyphens are spaces (cached: a registry asks
    for the same names' keys over and over, 15 times a turn in an ingest)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    if not s.isascii():
        s = latin(s)  # "С. Лавров" is "s lavrov": one person across scripts
    return " ".join(s.replace(".", " ").replace("-", " ").replace("’", "'").split())


@dataclass
class _Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


class SpeakerRegistry:
    """Canonical people and their aliases; `canonicalize` rewrites a Document's speakers."""

    def __init__(self) -> None:
        self._people: dict[str, _Person] = {}  # canonical name -> person
        self._alias: dict[str, str] = {}  # key(alias) -> canonical name
        self._splits: set[str] = set()  # keys never merged by surname
        # the people by their surname key, in the order of `_people` (what _by_surname and
        # _new look through: scanning every person took an ingest of 5,000 speakers minutes)
        self._by_last: dict[str, dict[str, None]] = {}
        # the people by their first two name words: a double surname's first part or a
        # dynasty's name after a shorter spelling ("Marcelo Ebrard" / "Marcelo Ebrard Casaubón")
        self._by_lead: dict[str, dict[str, None]] = {}

    # -- persistence -------------------------------------------------------------------
    def to_dict(self) -> dict:
        people = [
            {"name": p.name, "aliases": list(p.aliases), "roles": list(p.roles)}
            for p in self._people.values()
        ]
        return {"version": VERSION, "people": people, "splits": sorted(self._splits)}

    @classmethod
    def from_dict(cls, d: dict) -> SpeakerRegistry:
        reg = cls()
        for p in d.get("people", []):
            person = reg._ensure(p["name"])
            for alias in p.get("aliases", []):
                reg._add_alias(person, alias)
            for role in p.get("roles", []):
                reg._add_role(person, role)
        reg._splits = set(d.get("splits", []))
        return reg

    def load_aliases(self, path: Path) -> None:
        """Apply a speakers file (format in the module docstring)."""
        try:
            lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise UnreadableFile(f"{path}: cannot read speakers file ({e})") from e
        for n, line in enumerate(lines, 1):
            self._apply_line(line.split("#", 1)[0].strip(), f"{path}:{n}")
        os.environ[offices.ROWS_ENV] = str(Path(path).resolve())  # parses (and workers) read it

    def _apply_line(self, line: str, where: str) -> None:
        if not line:
            return
        if line.lower().startswith("office:"):
            if offices.parse_row(line[7:]) is None:
                raise UnreadableFile(
                    f"{where}: expected 'office: ORGANISATION; OFFICE; NAME; YYYY-MM-DD[; YYYY-MM-DD]'"
                )
            return
        if line.lower().startswith("split:"):
            name = line[6:].strip()
            if not name:
                raise UnreadableFile(f"{where}: 'split:' needs a name")
            self._splits.add(key(name))
            return
        canon, eq, aliases = line.partition("=")
        names = [a.strip() for a in aliases.split(";") if a.strip()]
        if not eq or not canon.strip() or not names:
            raise UnreadableFile(f"{where}: expected 'Canonical Name = alias; alias', got {line!r}")
        self.merge(canon.strip(), names)

    def merge(self, canonical: str, aliases: list[str]) -> None:
        """Make every alias (and any person it already names) part of `canonical`."""
        person = self._ensure(canonical)
        for alias in aliases:
            other = self._alias.get(key(alias))
            if other and other != person.name:
                self._absorb(person, self._pop(other))
            self._add_alias(person, alias)

    # -- resolution --------------------------------------------------------------------
    def canonicalize(self, doc: Document) -> Document:
        """The document with each turn's speaker replaced by its canonical person."""
        turns = []
        for t in doc.turns:
            if t.speaker:
                name = self.add(t.speaker, t.role, t.label)
                t = replace(t, speaker=name)
            turns.append(t)
        names = tuple(dict.fromkeys(t.speaker for t in turns if t.speaker))
        return replace(doc, turns=tuple(turns), participants=names)

    def add(self, name: str, role: str | None = None, label: str | None = None) -> str:
        """Record a sighting of `name` (with its role and label) and return the canonical name."""
        turned = _given_name_first(name, _label_name(label))
        person = self._find(name) or (turned and self._find(turned)) or self._new(name)
        for alias in (name, _label_name(label), turned):
            if alias and surname_key(alias) in (surname_key(person.name), _first_key(person.name)):
                self._add_alias(person, alias)  # (also "Fumio Kishida" for "KISHIDA Fumio")
        if role:
            self._add_role(person, role)
        return person.name

    def resolve(self, name: str) -> str:
        """The canonical name for `name`, without recording anything (query time).

        Order does not matter: a surname-only person ("Ivanov", "Mr. Ivanov") stored before
        the full name was known is absorbed when "Sergei Ivanov" arrives, so `resolve("Ivanov")`
        then answers "Sergei Ivanov" (also after `to_dict`/`from_dict`). Callers map stored
        speaker names through `resolve()` when they query. Once absorbed, the surname stays
        with that person even if a second Ivanov appears later; a speakers-file `split:` line
        undoes it."""
        person = self._find(name)
        return person.name if person else name

    def people(self) -> list[Speaker]:
        return [
            Speaker(p.name, tuple(a for a in p.aliases if a != p.name), tuple(p.roles))
            for p in sorted(self._people.values(), key=lambda p: key(p.name))
        ]

    def _find(self, name: str) -> _Person | None:
        k = key(name)
        if k in self._alias:
            return self._people[self._alias[k]]
        bare = strip_honorifics(name)
        kb = key(bare)
        if kb in self._alias and kb not in self._splits:
            return self._people[self._alias[kb]]
        if k in self._splits or kb in self._splits:
            return None
        found = self._by_surname(bare)
        if found is None and len(words := key(bare).split()) > 1 and words[0][1:]:
            longer = self._by_longer(words)  # "Marcelo Ebrard" after "Marcelo Ebrard Casaubón"
            found = longer[0] if len(longer) == 1 else None
        return found

    def _by_surname(self, bare: str) -> _Person | None:
        words = _unsuffixed(key(bare).split())
        if not words:
            return None
        hits = [
            self._people[name]
            for name in self._by_last.get(_spelling(words[-1]), ())
            if _compatible(words, _unsuffixed(key(name).split()))
        ]
        return hits[0] if len(hits) == 1 else None

    def _new(self, name: str) -> _Person:
        name = proper_case(name)
        person = self._ensure(name)
        words = key(strip_honorifics(name)).split()
        if len(words) > 1 and len(words[0]) > 1:  # a full name absorbs a person known by the
            # (a name ending in "Jr"/"III" looks at everyone: the index is by surname)
            known = (
                self._by_last.get(_spelling(words[-1]), {})
                if _unsuffixed(words) == words
                else self._people
            )
            for other_name in list(known):  # surname ("Rasmussen"), initials ("A. F. Rasmussen")
                other = self._people[other_name]
                ow = key(strip_honorifics(other.name)).split()
                if (
                    other is not person
                    and (ow[-1] == words[-1] or _spelling(ow[-1]) == _spelling(words[-1]))
                    and (len(ow) == 1 or _initials_of(ow, words) or _fewer_words(ow, words))
                    and key(other.name) not in self._splits
                    and ow[-1] not in self._splits
                ):
                    self._absorb(person, self._pop(other.name))
            for other in self._shorter_known(words):  # "Marcelo Ebrard", now "... Casaubón"
                if other is not person and key(other.name) not in self._splits:
                    self._absorb(person, self._pop(other.name))
        return person

    def _ensure(self, name: str) -> _Person:
        k = key(name)
        if k in self._alias:
            return self._people[self._alias[k]]
        person = _Person(name, [name])
        self._people[name] = person
        self._alias[k] = name
        for index, word in self._index_words(name):
            index.setdefault(word, {})[name] = None
        return person

    def _pop(self, name: str) -> _Person:
        """Take a person out of `_people` and the surname indexes (it is being absorbed)."""
        for index, word in self._index_words(name):
            index[word].pop(name, None)
        return self._people.pop(name)

    def _index_words(self, name: str) -> list[tuple[dict[str, dict[str, None]], str]]:
        """Where `name` stands in the surname index (under its last word, no suffix) and in
        the index of first two words."""
        last = _unsuffixed(key(name).split())
        out = [(self._by_last, _spelling(last[-1]))] if last else []
        lead = key(strip_honorifics(name)).split()
        return [*out, (self._by_lead, " ".join(lead[:2]))] if len(lead) > 1 else out

    def _by_longer(self, words: list[str]) -> list[_Person]:
        """The people a name's words begin, one or two words longer ("marcelo ebrard" for
        "Marcelo Ebrard Casaubón", "mohammed bin salman" for "... Al Saud")."""
        out = []
        for name in self._by_lead.get(" ".join(words[:2]), ()):
            full = key(strip_honorifics(name)).split()
            if 1 <= len(full) - len(words) <= _MAX_TAIL and full[: len(words)] == words:
                out.append(self._people[name])
        return out

    def _shorter_known(self, words: list[str]) -> list[_Person]:
        """The people known by a name's first words, one or two words shorter ("Marcelo
        Ebrard" when "Marcelo Ebrard Casaubón" arrives)."""
        out = []
        for name in self._by_lead.get(" ".join(words[:2]), ()):
            ow = key(strip_honorifics(name)).split()
            if len(ow) > 1 and 1 <= len(words) - len(ow) <= _MAX_TAIL and words[: len(ow)] == ow:
                out.append(self._people[name])
        return out

    def _absorb(self, person: _Person, other: _Person) -> None:
        for alias in other.aliases:
            self._add_alias(person, alias)
        for role in other.roles:
            self._add_role(person, role)

    def _add_alias(self, person: _Person, alias: str) -> None:
        alias = " ".join(alias.split())
        self._alias[key(alias)] = person.name
        if all(key(a) != key(alias) for a in person.aliases):
            person.aliases.append(alias)

    @staticmethod
    def _add_role(person: _Person, role: str) -> None:
        if all(key(r) != key(role) for r in person.roles):
            person.roles.append(role)


# The most words a fuller spelling adds after a shorter one: a second surname ("Casaubón"), a
# dynasty's name ("Al Saud").
_MAX_TAIL = 2


def _given_name_first(name: str, printed: str | None) -> str | None:
    """ "Fumio Kishida" for a name printed family name first in capitals ("KISHIDA Fumio",
    as Japanese, Chinese and Korean pages print it in Latin letters); None for any other."""
    words = (printed or name).split()
    if not 1 < len(words) <= 3 or not (words[0].isupper() and words[0].isalpha()):
        return None
    if len(words[0]) < 2 or not all(w[:1].isupper() and not w.isupper() for w in words[1:]):
        return None
    ws = name.split()
    return " ".join([*ws[1:], ws[0]]) if len(ws) == len(words) else None


def _first_key(name: str) -> str:
    """The key of a name's first word, its family name where it is printed first."""
    words = key(strip_honorifics(name)).split()
    return _spelling(words[0]) if words else ""


def _label_name(label: str | None) -> str | None:
    """The name part of a label: "ANDERS FOGH RASMUSSEN (NATO Secretary General)" -> the name."""
    if not label:
        return None
    return re.sub(r"\s*\([^)]*\)", "", label).split(",")[0].strip() or None


def surname_key(name: str) -> str:
    words = _unsuffixed(key(name).split())
    return _spelling(words[-1]) if words else ""


@lru_cache(maxsize=1 << 16)
def _spelling(surname: str) -> str:
    """A surname key across the spellings one transliteration allows: "y" and a final "j" are
    "i", a doubled letter is one ("zelenskyy", "zelensky", "zelenskiy" and "zelenskij" are
    one; "shoigu" is "shoygu"); what the surname index and its comparisons use."""
    s = surname.replace("y", "i")
    s = s[:-1] + "i" if s.endswith("j") else s
    return re.sub(r"(.)\1+", r"\1", s)


def _unsuffixed(words: list[str]) -> list[str]:
    """Name words without a generational suffix: "lloyd j austin iii" -> "lloyd j austin"."""
    while len(words) > 1 and words[-1] in ("ii", "iii", "iv", "jr", "sr"):
        words = words[:-1]
    return words


def _initials_of(ow: list[str], full: list[str]) -> bool:
    """ "s lavrov" (initials, then the surname) fits "sergey lavrov"."""
    return all(len(w) == 1 for w in ow[:-1]) and _compatible(ow, full)


def _fewer_words(ow: list[str], full: list[str]) -> bool:
    """ "john kirby" (whole words, no initial) fits "john f kirby", a fuller spelling that
    arrives later: one person, whichever spelling a document prints first."""
    return len(ow) < len(full) and all(len(w) > 1 for w in ow[:-1]) and _compatible(ow, full)


def _compatible(words: list[str], full: list[str]) -> bool:
    """ "rasmussen" or "anders rasmussen" or "a f rasmussen" fits "anders fogh rasmussen";
    middle initials both names print must agree ("george w bush" is no "george h w bush")."""
    if len(full) < 2 or len(words) > len(full):
        return False
    if words[-1] != full[-1] and _spelling(words[-1]) != _spelling(full[-1]):
        return False
    if len(words) > 2 and len(full) > 2:  # (most names have no middle word: skip the lists)
        middle = [w for w in words[1:-1] if len(w) == 1]
        printed = [f for f in full[1:-1] if len(f) == 1]
        if middle and printed and middle != printed:
            return False
    firsts = words[:-1]
    return all(any(_same_first(w, f) for f in full[:-1]) for w in firsts)


def _same_first(w: str, f: str) -> bool:
    """Equal, an initial ("a" for "anders"), or a transliteration ("sergei"/"sergey",
    "dmitri"/"dmitry", "yuri"/"yury") of the first name (`names.same_given`, one way: the
    printed word `w` may be the initial)."""
    return (len(f) > 1 or w == f) and same_given(w, f)
