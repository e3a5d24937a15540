"""Sentence shapes that name a paragraph's speaker beyond "X said": a participle ("Explaining
that ..., X made statements"), "..., saying", a German verb-second clause, "quoted X as
saying", a name after a quote, a person who gave an institution's words. Stdlib only.
"""

from __future__ import annotations

import itertools
import re

from nrc_search.ingest.lexicon import lexicon, longest_first, terms
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.names import NOT_PERSON, first_word_of, is_role_word, norm, surname
from nrc_search.ingest.news_bodies import institution
from nrc_search.ingest.news_resolve import as_name_blocked, resolve
from nrc_search.ingest.news_scan import (
    ARTICLES,
    OFFICE_GLUE,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_START,
    SUBJECT_LOWER,
    is_name_word,
    past_dateline,
    subject_before,
)
from nrc_search.ingest.news_story import _NOT_SURNAME, Story
from nrc_search.ingest.news_verbs import (
    PARTICIPLE_OPEN,
    QUOTED_AS,
    SAYING,
    STOP_BETWEEN,
    VERB,
    WAS_QUOTED,
)


def only_person(story: Story) -> tuple[str, str | None] | None:
    """(name, role) of the one person the story has named in full so far (a press
    conference's live blog: "... la conferenza stampa della presidente del Consiglio Giorgia
    Meloni", then her words in «guillemets» alone); None for no one or several."""
    named = {(n, r) for r, n in story.people if len(n.split()) > 1}
    return named.pop() if len({n for n, _ in named}) == 1 else None


# A name right after a speech verb and closed by punctuation, e.g. "meinte Schallenberg,".
_NAME_THEN_STOP = re.compile(r"\s+((?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+)\s*[,.:;]")


def verb_second(text: str, verb: re.Match[str], story: Story) -> tuple[str | None, str | None]:
    """(name, role) of a subject after its verb where something else opens the sentence, as
    German puts it ("Zum Widerstand von Ungarn auf EU-Ebene meinte Schallenberg, ..."): a
    name closed by punctuation right after the verb, of someone named before this paragraph,
    where no institution is credited; (None, None) otherwise."""
    m = _NAME_THEN_STOP.match(text, verb.end())
    if not m or institution(text, verb, story.bodies):
        return None, None
    return _named_before(m.group(1), story)


def inverted_subject(text: str, verb: re.Match[str], story: Story) -> tuple[str | None, str | None]:
    """(name, role) of a full name printed after its speech verb, under an office at most, and
    closed by the word that opens what the verb reports, where something else opens the
    sentence, as the verb-second languages print it ("Mandag kunngjorde Russlands president
    Vladimir Putin at han ...", "Efter regeringsförklaringen idag meddelade tillträdande
    utrikesminister Tobias Billström att ..."): the subject the sentence gives, named in full
    there; (None, None) where the words after the verb are more than an office and a name
    (an object: "told the envoy that")."""
    m = _UP_TO_THAT.match(text, verb.end())
    if not m or len(m.group(1).split()) > 6 or institution(text, verb, story.bodies):
        return None, None
    named = [(r, n) for r, n in people_in(m.group(1)) if len(n.split()) > 1]
    if len(named) != 1 or not m.group(1).rstrip().endswith(named[0][1]):
        return None, None
    role, name = named[0]
    found = resolve(story.fuller(name).split(), story, "")
    return found if found[0] else (name, role)


# The words after a speech verb up to the word that opens what it reports, e.g. " Russlands
# president Vladimir Putin" in "kunngjorde Russlands president Vladimir Putin at han".
_UP_TO_THAT = re.compile(
    r"((?:\s+[^\s,.:;!?\"“”«»]+){2,6}?)\s*(?:,\s*)?(?:"
    + longest_first(terms("that_words"))
    + r")\s"
)


def _named_before(printed: str, story: Story) -> tuple[str | None, str | None]:
    """(name, role) of the person printed words mean, if the story named them before this
    paragraph; (None, None) otherwise."""
    speaker, role = resolve(printed.split(), story, "")
    if not speaker or all(n != speaker for _, n in story.prior):
        return None, None
    return speaker, role


def sentence_opener(before: str, story: Story) -> list[str]:
    """The name that opens the sentence a verb closes, in a language that puts the verb last
    ("Kuleba, ülkesinin Rusya ile olan gerilimine dair açıklama yaptı.", "Dışişleri Bakanı
    Hakan Fidan, ... belirtti."): the capitalised words first in the sentence, up to six,
    ended by a comma or holding someone the story named ("Bakan Fidan açıklamasında, ...
    dedi."), the name of a person in them; [] when the sentence opens otherwise ("Possible
    Russian counter-measures could ..., observers have said."); or someone the story named
    before, right before the sentence's first comma, a participle clause before him
    ("Beklentilerin devam ettiğini dile getiren Çelik, ... dedi.")."""
    starts = [k.end() for k in SENTENCE_START.finditer(before)]
    run: list[str] = []
    comma = False
    sentence = before[starts[-1] if starts else 0 :]
    for word in past_dateline(sentence.split())[:6]:
        bare = word.rstrip(",")
        if not bare[:1].isupper() or not is_name_word(bare):
            break
        run.append(bare)
        if bare != word:
            comma = True
            break  # "Kuleba,": the subject ends at its comma
    known = {surname(n) for _, n in story.prior}  # named before this paragraph
    if not run or not (comma or any(norm(w) in known for w in run)):
        head = sentence.split(",", 1)[0].split() if "," in sentence else []
        if head and norm(head[-1]) in known and len(head) > 1:
            return head[-1:]  # "... dile getiren Çelik, ... dedi.": a participle before him
        return []
    named = [n for _, n in people_in(" ".join(run))]
    return named[-1].split() if named else run[-1:]


def named_after_quote(outside: str, story: Story) -> tuple[str, str | None] | None:
    """(speaker, role) of a quote credited with no speech verb, by a full name alone after it
    ('"...," the spokesman for the Russian leader, Dmitry Peskov, …'): nothing before the
    quote, fifteen words at most after it, one person named in them; None otherwise."""
    rest = outside.strip(" ,.;:…-—–")
    if not rest or outside[:1].strip() or len(rest.split()) > 15:
        return None  # (words before the quote: not a quote first)
    named = [(r, n) for r, n in people_in(rest) if len(n.split()) > 1]
    if len(named) != 1 or as_name_blocked(named[0][1]):
        return None
    role, name = named[0]
    return story.fuller(name), role


def participle_subject(text: str, story: Story) -> tuple[str | None, str | None] | None:
    """(speaker, role) of a sentence that opens with a participle of speech and then names
    its subject ("Explaining that ..., Çavuşoğlu made statements upon ..."); None otherwise."""
    m = PARTICIPLE_OPEN.match(text) if text[:1].isupper() else None
    if not m:
        return None
    after = text[m.end() : m.end() + 120].split()
    words = list(itertools.takewhile(lambda w: w[:1].isupper(), after[:4]))
    if not 1 <= len(words) <= 3 or len(after) == len(words) or not after[len(words)].islower():
        return None  # the name (any alphabet's capitals: "Çavuşoğlu"), then its verb
    return resolve(words, story, "")


def saying_subject(text: str, story: Story) -> tuple[str | None, str | None] | None:
    """(speaker, role) of a sentence whose named subject opens it and a participle reports
    the words ("Rex Tillerson has defended his decision ..., saying: ..."; "Former Secretary
    of State Madeleine Albright ... questioned the plan, saying that ..."); None otherwise."""
    m = SAYING.search(text) if "ing" in text else None
    return sentence_subject(text[: m.start()], story) if m else None


def object_of_preposition(before: str, subject: list[str]) -> bool:
    """Whether the words right before a verb follow a preposition ("... an interview with
    Hindustan Times spoke"): the object of it, not the verb's subject."""
    if not subject:
        return False
    k = before.rfind(subject[0])
    prev = before[:k].split()[-1:] if k > 0 else []
    return bool(prev) and norm(prev[0]) in PREPOSITIONS


# A sentence opening with a capitalised name and a lower-case verb, e.g. "Kerry called".
_OPENING_NAME = re.compile(r"\s*([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+[a-z]")


def _ahead_of_subject(word: str) -> bool:
    """A word that may stand before a sentence's named subject: a dateline's, a title's or a
    role's ("NEW DELHI, May 17, 2024 - External affairs minister")."""
    return (
        not any(c.isalpha() for c in word)
        or word[:1].isupper()
        or is_role_word(word)
        or norm(word) in SUBJECT_LOWER
    )


def sentence_subject(before: str, story: Story) -> tuple[str | None, str | None] | None:
    """(speaker, role) of the person named at the start of the last sentence of `before`,
    with only capitalised or role words ahead of the name; None when it opens otherwise."""
    starts = [k.end() for k in SENTENCE_START.finditer(before)]
    sentence = before[starts[-1] if starts else 0 :]
    named = people_in(sentence)
    if not named or len(named[0][1].split()) < 2:
        run = _OPENING_NAME.match(sentence)  # "Kerry called Lavrov on Friday, saying ..."
        found = resolve(run.group(1).split(), story, "") if run else (None, None)
        return found if found[0] else None
    name = named[0][1]
    lead_in = sentence[: sentence.find(name.split()[0])]
    if not all(map(_ahead_of_subject, lead_in.split())):
        return None  # "On Friday the talks with Lavrov ended, saying": not the subject
    return resolve(name.split(), story, "")


# A role described in lower case after the name it follows, right before the verb, e.g.
# "Saeed Jalili, Iran's top nuclear negotiator said".
_ROLE_AFTER_NAME = re.compile(
    r"(\w+),\s+((?:[A-Z][\w\-]*['’]s|the)\s+(?:[a-z][\w\-]*\s+){0,3}("
    + longest_first(lexicon()["role_nouns"])
    + r"))\s*,?\s*$"
)


def role_after_name(before: str, speaker: str) -> str | None:
    """The lower-case role after the speaker's name ("Saeed Jalili, Iran's top nuclear
    negotiator said" -> "Iran's top nuclear negotiator"); None when there is none."""
    m = _ROLE_AFTER_NAME.search(before[-120:]) if "," in before else None
    if not m or norm(m.group(1)) != surname(speaker):
        return None
    return m.group(2).removeprefix("the ")


def _described(words: list[str]) -> bool:
    """Whether the word after a verb is an office noun: the subject described after it."""
    w = words[0].strip(",.;:") if words else ""
    return bool(w) and (is_role_word(w) or norm(w) in terms("role_nouns"))


def unsaid_subject(text: str, verb: re.Match[str], story: Story) -> bool:
    """Whether a speech verb has no subject at all and the last speaker is meant: nothing but
    quotes before it, and no noun phrase after it ("Dodao je da ...", "Podvukao je da ...";
    not '"...," said the ministry.', which is the ministry's)."""
    if text[: verb.start()].strip(' ,.;:"“”«»—–-'):
        return False
    after = text[verb.end() :].split(None, 2)
    if not story.last[0] and not (only_person(story) and not _described(after)):
        return False  # no one quoted yet: the one person the story named in full, unless an
    # office follows the verb ("poznamenal šéf slovenskej diplomacie": whoever holds it)
    to = after[:1] == ["a"] and len(after) > 1 and (after[1] in ARTICLES or after[1] in _TO_THE)
    return (
        not after
        or to
        or not (
            after[0][:1].isupper() or norm(after[0]) in ("the", "a", "an") or after[0] in ARTICLES
        )
    )  # (nor '"...", a assuré le président du MR, X.'; but '«...», dijo a la prensa': "to")


# The articles after Spanish and Portuguese "a" (to) that make it a preposition: "dijo a los
# periodistas", "disse a os" (with "la", "el", "o" of `ARTICLES`).
_TO_THE = frozenset(("los", "las", "os", "as"))


def dropped_subject(text: str, verb: re.Match[str], story: Story) -> bool:
    """Whether a speech verb's subject is left out, as languages that drop it do, and the last
    speaker is meant: the verb right after a comma that closes a phrase opening its sentence
    ("En ese sentido, consideró que ...", "Además, entrevistada en TV, aclaró que ..."), what
    it reports right after it (a "that" clause or a quote), and no one named, no office and
    no institution in the words before it (English never drops the subject)."""
    if not (story.last[0] or only_person(story)) or not _REPORTS.match(text, verb.end()):
        return False
    stops = list(STOP_BETWEEN.finditer(text, 0, verb.start()))
    before = text[stops[-1].end() if stops else 0 : verb.start()]
    if not before.rstrip().endswith(",") or len(before.split()) > 25:
        return False
    words = [norm(w.strip(",;:()")) for w in before.split()]
    if words[0] in ARTICLES or words[0] in ("the", "a", "an"):
        return False  # "El ministerio, en un comunicado, señaló que": a subject set off
    if set(words) & (terms("role_nouns") | terms("institution_heads") | PRONOUNS):
        return False  # "Por su parte, el portavoz, ..."
    return not people_in(before) and not any(surname(n) in words for _, n in story.people)


def named_later(text: str, verb: re.Match[str], verbs: list[re.Match[str]]) -> bool:
    """Whether a later speech verb has a full name right before it ('..., the Kremlin said.
    "...," presidential aide Sergei Prikhodko said.'): the quote is then that person's."""
    after = verb.end()
    for v in verbs:
        at = v.start()
        if at > after and v.re is VERB:
            words = text[max(after, at - 60) : at].split()[-2:]
            if len(words) == 2 and all(map(is_name_word, words)):
                return True  # two name words right before the verb: its subject
    return False


def person_later(
    text: str, verb: re.Match[str], verbs: list[re.Match[str]], story: Story
) -> tuple[str, str | None] | None:
    """(speaker, role) of a person named in full as the subject of a later speech verb of a
    paragraph that credits an institution first ("The Federal Government said it is in
    talks ..., foreign minister Geoffrey Onyeama told reporters Monday."): the person who
    gave the institution's words, in the same sentence; None when no later verb has one."""
    for v in verbs if len(verbs) > 1 else ():
        if v.start() <= verb.end() or v.re is not VERB:
            continue
        if STOP_BETWEEN.search(text, verb.end(), v.start()):
            return None  # another sentence: '..., the Kremlin said. "...," aide X said.'
        subject = subject_before(text[: v.start()])
        if len(subject) < 2 or not all(map(is_name_word, subject[-2:])):
            continue
        speaker, role = resolve(subject, story, text[: v.start()])
        if speaker and " " in speaker:
            return speaker, role
    return None


def quoted_as_saying(text: str, story: Story) -> tuple[str, str | None] | None:
    """(speaker, role) of a paragraph that a source quotes someone "as saying"; the person
    must be named (an unnamed "ministry spokeswoman" is nobody's name)."""
    m = QUOTED_AS.search(text)
    if not m:
        return _was_quoted(text, story)
    speaker, role = resolve(subject_before(m.group(1)), story, text[: m.start(1)])
    named = {norm(w) for w in m.group(1).split()}
    if not speaker or not named & {norm(w) for w in speaker.split()}:
        return None  # not "quoted a ministry spokeswoman as saying" (resolved to someone else)
    story.last = (speaker, role)
    return speaker, role


def _was_quoted(text: str, story: Story) -> tuple[str, str | None] | None:
    """(speaker, role) of a paragraph saying someone "was quoted as saying": the subject
    right before it, when it names a person ("Ali Yunesi was quoted as saying")."""
    m = WAS_QUOTED.search(text) if "as say" in text else None
    if not m:
        return None
    subject = subject_before(text[: m.start()])
    speaker, role = resolve(subject, story, text[: m.start()])
    if not speaker or surname(speaker) not in {norm(w) for w in subject}:
        return None  # "he was quoted as saying": left to the speech verbs
    story.last = story.source = (speaker, role)
    return speaker, role


def named_after(after: str, story: Story) -> tuple[str | None, str | None]:
    """(name, role) of the person a speech verb is followed by, past a long office ("...,
    said Ministry of Foreign Affairs spokesperson Heorhii Tykhyi during a briefing"): a full
    name among the capitalised words and role words right after the verb."""
    taken = []
    for tok in after.split()[:14]:
        word = tok.rstrip(",.;:")
        if not (word[:1].isupper() or word in OFFICE_GLUE or is_role_word(word)):
            break
        taken.append(word)
        if word != tok:
            break  # "Tykhyi," / "Tykhyi.": the phrase ends
    named = people_in(" ".join(taken)) if len(taken) >= 2 else []
    if not named or len(named[0][1].split()) < 2 or as_name_blocked(named[0][1]):
        return None, None
    role, name = named[0]
    return story.fuller(name), role


def is_known(m: re.Match[str], story: Story) -> bool:
    keys = [norm(w) for w in m.group(1).split()]
    names = [n for _, n in story.people]
    return any(surname(n) in keys for n in names) or bool(first_word_of(m.group(1), names))


# "who" right before a speech verb, after a comma: "X, su Procurador del Consumidor, quien
# lamentó", "X, who said".
_WHO = re.compile(
    r",\s*(?:" + longest_first(lexicon()["relative_pronouns"]) + r")\s+(?:also\s+)?$", re.I
)


# What a relative clause's speech verb reports: a "that" clause or words after a colon or
# quote mark, e.g. "quien lamentó que ...", "who warned that ...", "der sagte, dass ...".
_REPORTS = re.compile(r"\s*(?:[,:]\s*)?(?:[\"“«„]|(?:that|que|dass|che|что|qu['’])\b)", re.I)


def relative_subject(text: str, verb: re.Match[str], story: Story) -> tuple[str | None, str | None]:
    """(name, role) of the person a relative pronoun right before a speech verb points back
    at, when the clause reports words ("that ...", a quote): the last person named in full
    in its sentence, with at most an apposition of eight words between ("Dio la palabra a
    Francisco Ricardo Sheffield Padilla, su Procurador del Consumidor, quien lamentó que
    ..."; not "X, who briefed them on ..."); (None, None) otherwise."""
    before = text[: verb.start()]
    m = _WHO.search(before[-200:]) if "," in before[-200:] else None
    if not m or not _REPORTS.match(text, verb.end()):
        return None, None
    head = before[-200:][: m.start()]
    starts = [k.end() for k in SENTENCE_START.finditer(head)]
    sentence = head[starts[-1] if starts else 0 :]
    named = [(r, n) for r, n in people_in(sentence) if len(n.split()) > 1]
    if not named:
        return None, None
    role, name = named[-1]
    gap = sentence[sentence.rfind(name.split()[-1]) + len(name.split()[-1]) :]
    if len(gap.split()) > 8:
        return None, None
    found = resolve(story.fuller(name).split(), story, "")
    return found if found[0] else (story.fuller(name), role)


# The words a quote's tag is made of besides its verb: punctuation, a dash, quote marks left.
_TAG_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def tag_name(outside: str, verb: re.Match[str]) -> str | None:
    """The one name a quote's tag holds besides its verb ('"...," lausus Liimets.', '«...»,
    сказал Путин.', '"...," Tamm said.'), as printed, where the story never gave it in full
    and the office-holder table does not know it: one capitalised word, no place, institution,
    outlet, office or connective; None where the tag says anything more."""
    start = max((s.end() for s in _STOP.finditer(outside, 0, verb.start())), default=0)
    stop = _STOP.search(outside, verb.end())
    end = stop.start() if stop else len(outside)
    words = _TAG_WORD.findall(outside[start : verb.start()] + " " + outside[verb.end() : end])
    if len(words) != 1 or not _lone_name(words[0]):
        return None
    return words[0]


# A sentence's end in a quote's tag: a stop, a question or exclamation mark, a semicolon.
_STOP = re.compile(r"[.!?;](?=\s|$)")


def _lone_name(word: str) -> bool:
    """Whether one word can be a person's name alone: capitalised and then lower case (not an
    acronym), in any cased script, and no word the lexicon knows as something else."""
    if not (word[:1].isupper() and any(c.islower() for c in word[1:])):
        return False
    key = norm(word)
    known = ("places", "media_words", "outlets", "sentence_connectives", "subject_pronouns")
    return (
        not is_role_word(word)
        and key not in NOT_PERSON
        and key not in _NOT_SURNAME
        and not any(key in terms(k) for k in known)
    )
