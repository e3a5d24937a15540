"""A speech verb's subject in scripts without letter case (Arabic, Bengali, Devanagari, ...),
where no capital marks a name: an office noun of the lexicon and the words after it before
the verb ("পররাষ্ট্রমন্ত্রী ড. এ কে আব্দুল মোমেন বলেছেন"), an office right after the verb
("وأعرب المسؤول الأممي", verb first), or none at all when a colon or a quote follows the verb
("قال: ..."): the last source's words. Stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.names import norm
from nrc_search.ingest.news_story import Story

# Where a clause begins or ends, e.g. "،" (Arabic comma), "।" (Bengali full stop); not the
# stop of a one-letter abbreviation ("ড." for Dr.).
_CLAUSE = re.compile(r"[,;:!?،؛؟।«»\"“”()]|(?<=\w\w)\.|(?<=\s)\.(?=\s|$)")
# Arabic prepositions that end an office's phrase after the verb: "المسؤول الأممي لدى ...".
_ENDS_OFFICE = frozenset(("لدى", "في", "على", "من", "الى", "إلى", "عن", "مع", "خلال"))
# Prefixes Arabic writes onto a word: "و" (and), "ال" (the), e.g. "والوزير".
_ARABIC_PREFIX = re.compile(r"^(?:و|ف)?(?:ال)?")
# A colon, a dash or a quote mark right after a verb: words follow it, no subject.
_SAYS = re.compile(r"\s*[:：\"“«]")


def caseless(word: str) -> bool:
    """Whether a word's first letter belongs to a script without case ("قال", "বলেন")."""
    first = next((c for c in word if c.isalpha()), "")
    return bool(first) and not first.isupper() and not first.islower()


def _office(word: str) -> bool:
    """An office noun of the lexicon, past Arabic's prefixes ("والوزير" -> "وزير")."""
    key = norm(word)
    return key in terms("role_nouns") or _ARABIC_PREFIX.sub("", key) in terms("role_nouns")


def subject(text: str, verb: re.Match[str], story: Story) -> tuple[str | None, str | None]:
    """(name, office) of the verb's subject in a caseless script; (None, None) when the text
    is not in one or names none."""
    before = text[: verb.start()]
    clause = _CLAUSE.split(before)[-1].split()
    if clause and caseless(clause[-1]):
        found = _before(clause, story)
        if found != (None, None):
            return found
    after = text[verb.end() :]
    words = after.split()
    if words and caseless(words[0]) and _office(words[0]):
        phrase: list[str] = []
        for word in _CLAUSE.split(after)[0].split()[:4]:  # "المسؤول الأممي", "مدير عام
            if word in _ENDS_OFFICE:  # الوكالة الدولية"
                break
            phrase.append(word)
        if person := _office_then_name(phrase):
            story.people.append(person)  # "أكد وزير الخارجية سامح شكري": office, then name
            return person[1], person[0]
        return _by_office(" ".join(phrase), story)
    if caseless(verb.group()) and _SAYS.match(after):
        return story.last if story.last[0] else story.source  # "قال: ...": the last source
    if words and caseless(words[0]) and caseless(verb.group()):
        return _named_after(after, story)
    return None, None


def _office_then_name(phrase: list[str]) -> tuple[str, str] | None:
    """(office, name) of an Arabic office and the name after it ("وزير الخارجية سامح شكري"):
    the office noun and the definite words ("ال...") that complete it, then two or three
    words with no article, which no office has; None when no such name follows."""
    k = 1
    while k < len(phrase) and phrase[k].startswith(("ال", "وال")):
        k += 1
    name = phrase[k:]
    if k < 2 or not 2 <= len(name) <= 3 or any(w.startswith("ال") or _office(w) for w in name):
        return None
    return " ".join(phrase[:k]), " ".join(name)


def _named_after(after: str, story: Story) -> tuple[str | None, str | None]:
    """A name right after a verb that opens its sentence (Arabic puts the verb first): a
    person the story named whose name ends in it ("وأضاف أبو الغيط، ..." after "أحمد أبو
    الغيط"), or a new one where an office follows it after a comma, as a lead gives them
    ("قال ناصر بوريطة، وزير الشؤون الخارجية ..., إن"); (None, None) for other words after
    a verb ("وأضاف بشكل ...")."""
    end = _CLAUSE.search(after)
    name = after[: end.start() if end else len(after)].split()
    if not 1 <= len(name) <= 4:
        return None, None
    person = " ".join(name)
    for role, known in reversed(story.people):
        if known == person or known.endswith(" " + person):
            return known, role
    if end is None or end.group() not in ",،" or len(name) < 2:
        return None, None
    rest = _CLAUSE.split(after[end.end() :], 1)[0].split()
    if not rest or not _office(rest[0]):
        return None, None
    office = " ".join(rest[:8])
    story.people.append((office, person))
    return person, office


def _before(clause: list[str], story: Story) -> tuple[str | None, str | None]:
    """A subject before its verb (the verb last, as Bengali puts it): the words after the
    last office noun are the name, the office alone the one the story gave that office, a
    surname alone the person the story named."""
    marks = [k for k, w in enumerate(clause) if w in terms("subject_particles")]
    if marks and marks[-1] > 0:
        clause = clause[: marks[-1]]  # "राजेश वर्मा ने सोमवार को कहा": the subject ends at "ने"
    if norm(clause[-1]) in terms("subject_pronouns"):
        return story.last if story.last[0] else story.source  # "उन्होंने कहा", "وی گفت" (he said)
    offices = [k for k, w in enumerate(clause) if _office(w)]
    if offices:
        k = offices[-1]
        name = clause[k + 1 :]
        j = k
        while j > 0 and norm(clause[j - 1]) in terms("uncased_titles"):
            j -= 1  # "विदेश मंत्री" (foreign minister): the office's words before its noun
        if len(name) >= 2:
            person, office = " ".join(name), " ".join(clause[j : k + 1])
            story.people.append((office, person))
            return person, office
        return _by_office(" ".join(clause[j : k + 1]), story)
    last = norm(clause[-1])
    for role, person in reversed(story.people):
        if norm(person.split()[-1]) == last:
            return person, role  # "মোমেন বলেন" after "এ কে আব্দুল মোমেন"
    return None, None


def _heads(role: str, key: str) -> bool:
    """Whether an Arabic office opens with the noun `key`, the head of its phrase ("وزير
    الشؤون الخارجية" for "الوزير", the minister)."""
    head = norm(role).split()[0]
    return caseless(role) and key in (head, _ARABIC_PREFIX.sub("", head))


def _by_office(office: str, story: Story) -> tuple[str | None, str | None]:
    """The person the story gave this office or a compound that ends in it ("মন্ত্রী", the
    minister, after "পররাষ্ট্রমন্ত্রী", the foreign minister), else the office as printed."""
    key = _ARABIC_PREFIX.sub("", norm(office))
    for role, person in reversed(story.people):
        if role and (norm(role) == norm(office) or norm(role).endswith(key) or _heads(role, key)):
            return person, role
    return None, office
