"""A speech verb's subject words -> the person of the story they mean (`resolve`): a surname, a
pronoun, a role ("the minister"), a description with a country ("the Ukrainian minister"),
a misspelt or first surname, an office printed in title case. Stdlib only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from nrc_search.ingest import offices
from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.names import (
    HONORIFICS,
    NAME_WORD,
    NOT_PERSON,
    first_word_of,
    initials_fit,
    is_role_word,
    norm,
    surname,
)
from nrc_search.ingest.news_scan import PREPOSITIONS, PRONOUNS, SUBJECT_LOWER
from nrc_search.ingest.news_story import EXCELLENCY, PLURAL_INITIALS, Story, bare_word, table_name


def _after_preposition(before: str, role: str | None, name: str) -> bool:
    """The person is named right after a preposition, with or without a role ("a call with
    Secretary Tony Blinken"): a sentence's object, whom a later "he" does not mean."""
    k = before.rfind(name)
    head = before[:k].split() if k > 0 else []
    if role and head and " ".join(head[-len(role.split()) :]).casefold() == role.casefold():
        head = head[: -len(role.split())]
    return bool(head) and norm(head[-1]) in PREPOSITIONS


def resolve(words: list[str], story: Story, before: str = "") -> tuple[str | None, str | None]:
    """(name, role) of the person the subject words mean; never a shorter form of a name the
    story gave in full ("Del Rosario" at a sentence's start is "Albert del Rosario"), nor
    initials where the story or the office-holder table gives the name ("V. Putin" after
    "Vladimir Putin"; "S. Lavrov" is "Sergey Lavrov")."""
    name, role = _resolve(words, story, before)
    if name and " " in name and (full := _fuller_of(name, story)):
        return full, role or next((r for r, n in story.people if n == full and r), None)
    return name, role


def _fuller_of(name: str, story: Story) -> str | None:
    """The one fuller name of the story's people (or, for initials, of the office-holder
    table) that `name` is a shorter form of; None for no one or several."""
    tail = name.casefold().split()
    fuller = {n for _, n in story.people if len(n.split()) > len(tail) and _tail_of(n, tail)}
    if not fuller and _initialled(name):
        last = surname(name)
        fuller = {
            n
            for _, n in story.people
            if surname(n) == last and not _initialled(n) and initials_fit(name, n)
        }
        held = table_name(name.split()[-1]) if not fuller else None
        fuller = {held} if held and not _initialled(held) and initials_fit(name, held) else fuller
    return fuller.pop() if len(fuller) == 1 else None


def _initialled(name: str) -> bool:
    """ "V. Putin", "A. K. Abdul Momen": initials before the name's last word or words."""
    words = name.split()
    return len(words) > 1 and len(words[0].rstrip(".")) == 1 and words[0][:1].isupper()


def _tail_of(name: str, tail: list[str]) -> bool:
    return name.casefold().split()[-len(tail) :] == tail


def _resolve(words: list[str], story: Story, before: str = "") -> tuple[str | None, str | None]:
    if not words:
        return None, None
    if words[0] in PRONOUNS:  # "he": someone this paragraph just named, else the last speaker
        named = [
            (r, n) for r, n in people_in(before) if len(n.split()) > 1 and not as_name_blocked(n)
        ]
        subjects = [(r, n) for r, n in named if not _after_preposition(before, r, n)]
        if named:  # not "X held a call with Secretary Y, in which he ...": Y is the object
            role, name = (subjects or named)[-1]
            return _known((role, story.fuller(name)), story)  # "Mr Lavrov" -> his full name
        if by_surname := _surname_before(before, story):
            return by_surname  # "Among the Goff comments: that he had ...": Goff, named before
        return story.last if story.last[0] else _last_person(story.prior)
    if words[0] == "former":  # "The former Dutch prime minister said": the speaker described
        return story.last if story.last[0] else (None, None)
    keys = [norm(bare_word(w)) for w in words]  # ("Միրզոյանը": the surname)
    accented = not all(k.isascii() for k in keys)  # "Minister Çavuşoğlu said" after "Cavusoglu"
    bare = [_unaccented(k) for k in keys] if accented else keys
    for role, name in reversed(story.people):
        last = surname(name)
        if last in keys or ((accented or not last.isascii()) and _unaccented(last) in bare):
            return name, role
    if len(words) == 1 and keys[0] not in NOT_PERSON:  # (not "Kremlin", "Ministry")
        if inner := _first_surname(keys[0], story):
            return inner  # "afirmó Ebrard" after "Marcelo Ebrard Casaubón"
        if misspelt := _misspelt(keys[0], story):
            return misspelt  # "Onyema said" after "Geoffrey Onyeama": one letter dropped
        if case := case_form_person(words[0], story):
            return case  # "Korčok poukázal" after "podľa ministra Ivana Korčoka"
        if holder := _suffixed_role(keys[0], story):
            return holder  # "Utenriksministeren mener" after "utenriksminister Anniken Huitfeldt"
    if (
        len(words) == 1
        and not _ACRONYM.fullmatch(words[0])  # "Szef polskiego MSZ": a ministry, no family
        and (family := first_word_of(words[0], [n for _, n in story.people]))
    ):
        return _known((None, family), story)  # "Wang said" after "Wang Yi"
    printed = " ".join(words)
    titled = words[0] in EXCELLENCY or norm(words[0]) in HONORIFICS
    full = story.fuller(printed) if titled else printed
    if full != printed and any(n == full for _, n in story.people):
        return _known((None, full), story)  # "HE Sheikh Mohamed" after his full name
    found = _by_role(keys, story) or _as_name(words) or _named_before(keys, story, before)
    if found:
        return found
    if (held := table_name(" ".join(words))) and not as_name_blocked(held):
        story.people.append((None, held))  # "Lavrov said" in a story that never gave his name
        return held, None
    described = [w for w in words if not _ACRONYM.fullmatch(w) and w != "The"]
    lower = all(_describes(w) for w in described if norm(w) != "the")
    described_office = lower or _qualified(described) or _country_office(described)
    if described and described_office and story.last[0] and not _other_rank(keys, story.last[1]):
        if _same_country(words, story.last):
            return story.last  # "the diplomat said", "the top U.S. diplomat said", "the
        # Kremlin official said", right after the diplomat was quoted
        return _of_country(words, story) or (None, " ".join(words))  # "the UK foreign
    if described and described_office:  # secretary said" after Lavrov
        office = _office_as_printed(words, story)
        return _of_country(words, story) or (None, office)  # nobody named yet: "the foreign
    # minister said" is that office's report, as printed (not "NATO said": no office)
    if _titled_office(described):  # "the Prime Minister's Official Spokesman said", nobody
        return None, " ".join(described)  # named: the office as printed is who speaks
    return None, None


def _other_rank(keys: list[str], role: str | None) -> bool:
    """Whether a described subject holds an office of another rank than the last speaker's
    role: "el futuro canciller aclaró" right after "el presidente electo" was quoted."""
    have = {k for k in norm(role or "").replace("-", " ").split()}
    ranks = (terms("president_nouns"), terms("minister_nouns"))
    want = [bool(set(keys) & rank) for rank in ranks]
    held = [bool(have & rank) for rank in ranks]
    return want != held and any(want) and any(held) and not all(want) and not all(held)


def _describes(word: str) -> bool:
    """A word that describes a subject rather than names it: English's lower-case subject words
    ("minister", "senior"), or an office noun of any language the lexicon holds in lower case
    ("canciller", "ministre": "aseguró la canciller" after "La Canciller Diana Mondino")."""
    key = norm(word)
    return key in SUBJECT_LOWER or (word.islower() and key in terms("role_nouns"))


def _surname_before(before: str, story: Story) -> tuple[str, str | None] | None:
    """The one person the story named in full whose surname alone stands in the words before a
    pronoun, not as a preposition's object ("Among the Goff comments: that he ..."); None for
    no one or several."""
    if not before.strip():
        return None
    hits: dict[str, tuple[int, str, str | None]] = {}
    for role, name in story.people:
        if len(name.split()) < 2:
            continue
        last = name.split()[-1]
        if last not in before:  # (a cheap test before a regex)
            continue
        m = None
        for found in re.finditer(rf"(?<!\w){re.escape(last)}(?!\w)", before):
            m = found  # the last place it stands
        if m and not _after_preposition(before[: m.end()], None, last):
            hits[name] = (m.start(), name, role)
    if len(hits) != 1:
        return None
    _, name, role = hits.popitem()[1]
    return _known((role, name), story)


def _office_as_printed(words: list[str], story: Story) -> str | None:
    """The office a subject describes when the story has named nobody ("foreign minister"),
    or the office credited last that it points back at ("the minister" after "the foreign
    minister said"); None for a subject with no office ("NATO", "the alliance")."""
    if norm(words[-1]) not in terms("role_nouns"):
        return None
    last = story.source[1] if story.source[0] is None else None
    if last and last not in story.unnamed and norm(words[-1]) in norm(last).split():
        return last
    return " ".join(w for w in words if norm(w) != "the")


def _first_surname(key: str, story: Story) -> tuple[str, str | None] | None:
    """The one person of three names or more the story named whose second-to-last name a
    surname alone gives: a first surname of two ("Ebrard" for "Marcelo Ebrard Casaubón",
    "López" for "Andrés Manuel López Obrador"); None for no one or several."""
    if len(key) < 3:
        return None
    hits = {
        (name, role)
        for role, name in story.people
        if name.count(" ") >= 2 and norm(name.split()[-2]) == key
    }
    return hits.pop() if len({n for n, _ in hits}) == 1 else None


def _suffixed_role(key: str, story: Story) -> tuple[str, str | None] | None:
    """The person the story last gave a one-word office that a subject prints with its
    language's article or case ending ("Utenriksministeren" after "utenriksminister Anniken
    Huitfeldt", "Ulkoministerin" after "ulkoministeri Elina Valtonen"): an office of six
    letters or more, three more letters at most (its stem: the last letter may change)."""
    for role, name in reversed(story.people):
        office = norm(role or "")
        if (
            len(office) >= 6
            and " " not in office
            and len(name.split()) > 1
            and key != office
            and key.startswith(office[:-1])
            and len(key) <= len(office) + 3
        ):
            return name, role
    return None


def inflected_person(word: str, story: Story) -> tuple[str, str | None] | None:
    """The person a name or office inflected before a postposition means ("Valtosen mukaan"
    after "Elina Valtonen", "Liimetsa sõnul" after "Eva-Maria Liimets", "Ulkoministerin
    mukaan"): the one person the story named in full whose surname shares all but its last
    three letters with the word, four letters at least (the name it credited last, or its
    shortest spelling, where the story printed the name in two cases), else the office
    `_suffixed_role` finds."""
    key = norm(word)
    hits = set()
    for role, name in story.people:
        last = norm(surname(name))
        stem = last[: max(4, len(last) - 3)]
        if len(name.split()) > 1 and key.startswith(stem) and len(key) <= len(last) + 3:
            hits.add((name, role))
    if len({n.split()[0] for n, _ in hits}) == 1:  # one person, perhaps printed in two cases
        credited = next((h for h in hits if h[0] == story.source[0]), None)  # ("Elina Valtosen
        return credited or min(hits, key=lambda h: len(h[0]))  # tiedotustilaisuus")
    return None if hits else _suffixed_role(key, story)


def _case_forms(a: str, b: str) -> bool:
    """Two case forms of one surname, as languages that inflect names print them: a shared
    stem of four letters or more, three letters at most after it in each ("korčok" /
    "korčoka", "čaputová" / "čaputovej", "lavrov" / "lavrova"; not "sikorski" /
    "sikorskiego": five letters); never the same word."""
    if a == b or not a.isalpha() or not b.isalpha():
        return False
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return k >= 4 and len(a) - k <= 3 and len(b) - k <= 3


def case_form_person(word: str, story: Story) -> tuple[str, str | None] | None:
    """The one person the story named in full in another case than a subject's surname, the
    bare stem the subject prints and a case ending of three letters at most ("Korčok
    poukázal" after "podľa ministra Ivana Korčoka", "Sikorski" after "z Radosławem
    Sikorskim"): a subject is in the nominative, so the story's person is renamed to it
    ("Ivana Korčoka" -> "Ivan Korčok": a given name with the surname's case ending loses it
    too), and later paragraphs that repeat the name find it; an inflected subject (after a
    preposition) is the story's name as printed. None for no one or several, or a woman's
    form of a man's surname ("Ivanova" after "Pavel Ivanov": a woman of his family). A
    misspelling is `_misspelt`'s, asked first."""
    key = norm(bare_word(word))
    hits = {
        (name, role)
        for role, name in story.people
        if len(name.split()) > 1 and _case_forms(key, surname(name))
    }
    if len({n for n, _ in hits}) != 1:
        return None
    name, role = hits.pop()
    printed = name.split()[-1]
    if word.startswith(printed) and word[len(printed) :] in terms("feminine_surname_endings"):
        return None  # "Ivanova said" after "Pavel Ivanov": a woman of his family, no case
    if len(word) >= len(printed) or not printed.startswith(word):
        return name, role  # "Sikorskim" after "Radosław Sikorski": the story's nominative
    ending = printed[len(word) :]
    given = [g[: -len(ending)] if g.endswith(ending) else g for g in name.split()[:-1]]
    renamed = " ".join([*given, word])
    story.people = [(r, renamed if n == name else n) for r, n in story.people]
    return renamed, role


def _misspelt(key: str, story: Story) -> tuple[str, str | None] | None:
    """The one person the story named in full whose surname a surname alone misspells by one
    letter dropped, added or two swapped, not at its end ("Onyema" for "Onyeama"; not
    "Ivanova" for "Ivanov"): six letters or more; None for no one or several."""
    if len(key) < 6 or not key.isalpha():
        return None
    hits = {
        (name, role)
        for role, name in story.people
        if len(name.split()) > 1 and _one_slip(key, surname(name))
    }
    return hits.pop() if len({n for n, _ in hits}) == 1 else None


def _one_slip(a: str, b: str) -> bool:
    """`a` and `b` differ by one letter dropped or added or two neighbours swapped, with
    the same first and last letters."""
    if a == b or a[:1] != b[:1] or a[-1:] != b[-1:] or abs(len(a) - len(b)) > 1 or len(b) < 6:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(1, len(long) - 1))


# The offices of the office-holder table a description's head noun can mean.
_HEAD_OFFICES = {
    "minister": ("Minister",),
    "diplomat": ("Foreign Minister", "UN Ambassador"),
    "president": ("President",),
    "premier": ("Prime Minister",),
    "leader": ("President", "Prime Minister"),
    "envoy": ("UN Ambassador",),
    "ambassador": ("UN Ambassador",),
    "chief": ("Secretary General",),
}


def _of_country(words: list[str], story: Story) -> tuple[str, str | None] | None:
    """The person the story named last whom a description with a country points back at
    ("the Ukrainian minister said" after "his Ukrainian counterpart Dmytro Kuleba"): the
    same country and office by the role the story gave or by the office-holder table."""
    places = _places_of(words)
    head = norm(words[-1])
    if not places or head not in _HEAD_OFFICES:
        return None
    for role, name in reversed(story.people):
        if role and head in role.casefold() and places & _places_of(role.split()):
            return name, role
        held = [t for t in offices.terms() if t.name == name]
        if any(
            places & {_country_key(t.organisation)}
            and any(o in t.office for o in _HEAD_OFFICES[head])
            for t in held
        ):
            return name, role
    return None


def _places_of(words: list[str]) -> set[str]:
    """The country keys a description's words name ("U.S." -> "usa", "Ukrainian" -> "ukra")."""
    return {
        _country_key(w)
        for w in words
        if (_ACRONYM.fullmatch(w) and norm(w) not in terms("outlets")) or norm(w) in terms("places")
    }


# Country words whose first four letters are not their country's, e.g. "British" (UK).
_COUNTRY_ALIASES = {
    "brit": "uk",
    "engl": "uk",
    "amer": "usa",
    "us": "usa",
    "fren": "fran",
    "dutc": "neth",
    "swis": "swit",
    "dani": "denm",
    "finn": "finl",
    "iris": "irel",
    "fili": "phil",
}


def _country_key(word: str) -> str:
    key = norm(word).replace(".", "").removesuffix("'s").removesuffix("’s")[:4]
    return _COUNTRY_ALIASES.get(key, key)


@cache
def _countries_of(name: str) -> frozenset[str]:
    """The countries whose offices the table says `name` held ("Sergey Lavrov" -> Russia)."""
    return frozenset(_country_key(t.organisation) for t in offices.terms() if t.name == name)


def _same_country(words: list[str], speaker: tuple[str | None, str | None]) -> bool:
    """Whether a description that names a country ("the UK foreign secretary", "the top
    U.S. diplomat") may be `speaker`: not when the speaker's role or the office-holder table
    ties them to another country; a description with no country fits anyone."""
    places = _places_of(words)
    name, role = speaker
    have = {_country_key(w) for w in (role or "").split() if norm(w) in terms("places")}
    have |= _countries_of(name) if name else frozenset()
    return not places or not have or bool(places & have)


def _unaccented(word: str) -> str:
    """`word` without its accents: "çavuşoğlu" -> "cavusoglu"."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _titled_office(words: list[str]) -> bool:
    """An office printed in title case, three words or more, headed by a spokesman's or an
    official's noun ("Prime Minister's Official Spokesman", "Chief Press Officer"): the
    unnamed holder's title, not a person's name."""
    if len(words) < 3 or not words[-1][:1].isupper():
        return False  # (the cheap tests first)
    return (
        norm(words[-1]) in _SPOKES_HEADS
        and all(w[:1].isupper() for w in words)
        and not any(norm(w.replace("’", "'").removesuffix("'s")) in _NOT_A_NAME for w in words)
    )


_SPOKES_HEADS = frozenset(("spokesman", "spokeswoman", "spokesperson", "official", "officer"))


def _qualified(words: list[str]) -> bool:
    """A role noun after a word or two of nationality or institution ("Kremlin official",
    "Iranian minister", "Turkish diplomat"): a description of someone, not a name."""
    *qualifiers, head = words
    return (
        head.islower()
        and norm(head) in terms("role_nouns")
        and 1 <= len(qualifiers) <= 2
        and all(w[:1].isupper() or norm(w) in SUBJECT_LOWER for w in qualifiers)
    )


def _country_office(words: list[str]) -> bool:
    """An office in title case after a country's adjective ("Estonian Head of State",
    "Lithuanian Foreign Minister"): a description of that country's office holder, not a
    name; every word a place, a role word or an office's "of"."""
    return (
        len(words) >= 2
        and norm(words[0]) in terms("places")
        and words[-1][:1].isupper()
        and is_role_word(words[-1])
        and all(is_role_word(w) or norm(w) in ("of", "the") for w in words[1:])
    )


# A country's initials before a role, e.g. "U.S." in "the top U.S. diplomat".
_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?|[A-Z]{2,3}")


def _named_before(keys: list[str], story: Story, before: str) -> tuple[str, str | None] | None:
    """A descriptive subject ("the Hungarian minister") for the person this paragraph opened
    with, e.g. 'Szijjarto, for his part, praised ... "...," the Hungarian minister said.'."""
    if keys[-1] not in SUBJECT_LOWER:
        return None
    hits = [
        (m.start(), name, role)
        for role, name in story.people
        if name.split()[-1] in before  # (a cheap test before compiling a regex for the name)
        and (m := re.search(rf"\b{re.escape(name.split()[-1])}\b", before))
    ]
    if not hits:
        return None
    _, name, role = min(hits)
    return name, role


def as_name_blocked(name: str) -> bool:
    return any(norm(w) in NOT_PERSON for w in name.split())


def _known(pair: tuple[str | None, str], story: Story) -> tuple[str, str | None]:
    role, name = pair
    return name, role or next((r for r, n in story.people if n == name), None)


def _by_role(keys: list[str], story: Story) -> tuple[str, str | None] | None:
    want = {k for w in keys for k in w.replace("-", " ").split()} - {"the"}
    if want <= terms("places"):
        return None  # "Ukraine said": the country, not the "President of Ukraine"
    if not want:
        return None
    best = None
    for role, name in story.people:
        have = {k for k in norm(role or "").replace("-", " ").split()}
        if want <= have:
            best = (name, role)
            if story.last[0] == name:
                return best
    return best


# Words no person's name holds: institutions' and outlets' ("Ministry", "Shimbun", "Times").
_NOT_A_NAME = NOT_PERSON | terms("media_words") | terms("outlets")


def _as_name(words: list[str]) -> tuple[str, str | None] | None:
    if any(norm(w.replace("’", "'").removesuffix("'s")) in _NOT_A_NAME for w in words):
        return None  # "Russia's Foreign Ministry said", "Asahi Shimbun": no person
    if PLURAL_INITIALS.fullmatch(words[-1]):
        return None  # "National MPs asked": a group, no person
    if all(is_role_word(w) for w in words[-2:]) or words[0] == "The":
        return None  # "The Secretary General expressed", "The Russian President replied": a role
    if len(words) >= 2 and all(re.fullmatch(NAME_WORD, w) for w in words[-2:]):
        return " ".join(words), None
    return None


def _last_person(people: list[tuple[str | None, str]]) -> tuple[str | None, str | None]:
    if people:
        role, name = people[-1]
        return name, role
    return None, None
