"""News copy: who each paragraph belongs to. A direct quote goes to its speaker (quoted), an
"X said ..." paragraph to X (reported), the outlet's own sentences are narration.

Subjects are resolved against the people the story has named so far ("the minister",
"he", "Secretary General Rasmussen"). Stdlib only.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from nrc_search.ingest import offices
from nrc_search.ingest.lexicon import lexicon, longest_first, may_hold, phrase_re, terms
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.names import (
    FULL_NAME,
    HONORIFICS,
    NAME_WORD,
    NOT_PERSON,
    first_word_of,
    is_role_word,
    norm,
    strip_honorifics,
    surname,
    words,
)

# A speech verb, e.g. "said", "stressed", "pointed out", "condemned" (press releases), "rekao je"
# (the lexicon's report verbs, case-sensitive: "Said" opening a sentence is a name).
_VERB = re.compile(r"\b(?:" + longest_first(lexicon()["report_verbs"]) + r")\b")
# A two-word speech verb opening a sentence, e.g. "Dodao je da ..." ("he added that"): the
# verb itself, and where one may start after a sentence's end.
_OPENING = longest_first(v[:1].upper() + v[1:] for v in lexicon()["report_verbs"] if " " in v)
_OPENING_VERB = re.compile(r"(?:" + _OPENING + r")\b")
_AFTER_STOP = re.compile(r"[.!?][\"”’»]?\s+(" + _OPENING + r")\b")


# A passive auxiliary right before a verb: "the Dewan Rakyat was told today", "reporters were
# told": the subject heard the words, it did not say them.
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")


def _opening_verbs(text: str) -> list[re.Match[str]]:
    """The two-word speech verbs that open a sentence of `text`."""
    first = _OPENING_VERB.match(text, len(text) - len(text.lstrip()))
    after = (_OPENING_VERB.match(text, m.start(1)) for m in _AFTER_STOP.finditer(text))
    return [m for m in (first, *after) if m]


# An attribution without a speech verb, e.g. "According to Lavrov, the alliance's decisions".
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
# Quote marks: straight, curly, guillemets and low-high, e.g. “frank, friendly and fruitful”,
# „valmis“.
_QUOTES = re.compile(r"[\"“”«»„]")
_SINGLE = re.compile(r"‘([^‘’]*(?:’(?=\w)[^‘’]*)*)’(?!\w)")
# An unnamed source, never the last named person: "a senior U.S. official, speaking on
# condition of anonymity", "diplomats said", "sources told".
_ANON = re.compile(
    r"\b(?:" + longest_first(lexicon()["anonymity_phrases"]) + r"|"
    r"(?:an?|one|two|three|several|some|other) (?:(?:senior|top|western|u\.s\.|american|russian|"
    r"european|israeli|ukrainian|chinese|diplomatic|government|administration|military|"
    r"defen[cs]e|intelligence|state department|kremlin|unnamed|anonymous|white house|nato|"
    r"ministry|foreign|council|security|embassy|mission|(?-i:[A-Z][\w.'’\-]*))\s+){0,5}"
    r"(?:official|officials|diplomat|diplomats|source|sources|aide|aides|"
    r"spokes(?:man|woman|person|men|women|persons))\b)",
    re.I,
)
# A word each `_ANON` phrase holds (lower case): a text with none of them names no such source.
_ANON_KEYS = (
    "anonym",
    "spokes",
    "declined to be",
    "asked not to be",
    "authori",
    "official",
    "diplomat",
    "source",
    "aide",
    "anonim",
    "named",
    "identif",
    "by name",
    "genannt",
    "неизвестн",
    "анонимн",
    "istemeyen",
)
# Tokens for the backward subject scan: words and single punctuation marks.
_TOKEN = re.compile(r"[\w'’\-.]+|[^\w\s]")
_SKIP = words(
    "also further then later earlier again has had have was is reportedly previously "
    "once repeatedly today yesterday"
)
_SUBJECT_LOWER = words(
    "minister foreign secretary general secretary-general president prime deputy defence "
    "defense spokesman spokeswoman spokesperson ambassador envoy chief head official "
    "representative chairman commander russian american nato alliance's diplomat negotiator "
    "senior top leader"
)
_PRONOUNS = frozenset(("he", "she"))
# Lower-case particles inside a name, e.g. "Ursula von der Leyen", "Abdel Fattah el-Sisi".
_PARTICLES = words("von van der den de del della di da du le la al el bin ibn")
# A surname with a lower-case prefix, e.g. "al-Nunu", "el-Sisi".
_PREFIXED = re.compile(r"(?:al|el|ad|as|ash|abu)-[A-Z][\w'’\-]*")
# A time phrase between subject and verb, e.g. "Catherine Ashton on Friday urged".
_TIME_TAIL = re.compile(
    r"(?:\s+(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: night| evening| morning| afternoon)?|\s+(?:today|yesterday|earlier|later|also|again))+\s*$"
)
# The letters of `_TIME_TAIL`'s words: its one match (at the end) holds only these and spaces.
_TIME_LETTERS = frozenset(
    "lateearlyonMondayTuesdayWednesdayThursdayFridaySaturdaySunday"
    "nighteveningmorningafternoontodayyesterdayearlierlateralsoagain"
)


def _without_time_tail(text: str) -> str:
    """`_TIME_TAIL.sub("", text)`, searched from the last character no match can hold."""
    k = len(text)
    while k and (text[k - 1] in _TIME_LETTERS or text[k - 1].isspace()):
        k -= 1
    m = _TIME_TAIL.search(text, k)
    return text[: m.start()] + text[m.end() :] if m else text


def _tokens(text: str, last: int = 0, first: int = 0) -> list[str]:
    """`_TOKEN.findall(text)[-last:]` or `[:first]`, tokenising only the whitespace-separated
    words that can hold them (a token never spans whitespace; each word holds one or more)."""
    if last:
        words = text.rsplit(None, last)
        return _TOKEN.findall(" ".join(words[1:]) if len(words) > last else text)[-last:]
    words = text.split(None, first)
    return _TOKEN.findall(" ".join(words[:first]))[:first]


# Titles printed before a given name, e.g. "Dame Meg" for Dame Meg Hillier, "Sheikh Mohamed"
# for Sheikh Mohamed bin Abdulrahman al-Thani.
_GIVEN_NAME_TITLES = words("sir dame sheikh sheikha emir prince princess")
# "His Excellency" printed as two capitals before a name, e.g. "HE Sheikh Mohamed".
_EXCELLENCY = frozenset(("HE", "H.E.", "H.E"))
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
    if len(tail) != 1 or norm(tail[0]) in _NOT_SURNAME or not _NAME_WORD(tail[0]):
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

    def mention(self, text: str) -> None:
        for role, name in people_in(text):  # most recent last, each person once
            if all(norm(w) in terms("places") for w in name.split()):
                continue  # "South Korean news agency Yonhap", "North Korea": no person
            if _PLURAL_INITIALS.fullmatch(name.split()[-1]):
                continue  # "National MPs": a group, no person
            if norm(name.split()[-1]) in terms("media_words"):
                continue  # "the Korea Herald", "The Valdor Times": an outlet, no person
            name = self._fuller(name)  # "Aboul Gheit" after "Ahmed Aboul Gheit"
            known = next((r for r, n in self.people if n == name), None) or self._by_surname(name)
            self.people = [(r, n) for r, n in self.people if n != name]
            self.people.append((role or known, name))

    def _by_surname(self, name: str) -> str | None:
        """The role the heading gave a full name's surname alone ("Foreign Minister Mahuta"
        over "Nanaia Mahuta"), kept with the person (h/roles4)."""
        last = name.split()[-1] if len(name.split()) > 1 else None
        return next((r for r, n in self.people if r and n == last), None)

    def _fuller(self, name: str) -> str:
        """The full name the story gave: "Aboul Gheit", "Mr Marles" -> "Richard Marles"; a
        surname alone the story never gave in full, the office holder's ("Mr Lavrov" ->
        "Sergey Lavrov", `table_name`)."""
        if name.split()[0] in _EXCELLENCY and len(name.split()) > 1:
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


def attribute(par: str, story: Story) -> tuple[str | None, str | None, str]:
    """(speaker, role, attribution) for one paragraph of news copy; an office holder another
    transliteration names ("Dmitry Kuleba") spelled as the office-holder table spells them
    ("Dmytro Kuleba"); the story itself keeps the printed spelling, which its later
    paragraphs repeat ("Kuleba said")."""
    speaker, role, how = _attribute(par, story)
    if speaker and len(speaker.split()) > 2 and not offices.holder_of(speaker):
        tail = speaker.split(None, 1)[1]  # "presidente del Consiglio Giorgia Meloni": an
        speaker = tail if offices.holder_of(tail) else speaker  # office's word before a holder
    if speaker and all(n != speaker for _, n in story.people):
        story.people.append((role, speaker))  # "According to X, the spokesperson": named now
    if speaker and " " in speaker and (held := offices.holder_of(speaker)):
        if offices.variant(speaker, held):
            story.spellings.setdefault(held, speaker)  # "Andriy Sybiha": the story's own
        else:
            speaker = story.spellings.get(held, held)  # "Andriy Sibiga" -> the same person
    return speaker, role, how


def _attribute(par: str, story: Story) -> tuple[str | None, str | None, str]:
    if story.open_quote and par.count('"') % 2 and par.lstrip()[:1] not in _OPENING_MARKS:
        par = "“" + par  # the quote the paragraph before left open goes on: '... ", said X.'
    outside, quoted, story.open_quote = _strip_quotes(par)
    if story.block and (said := _block_speech(par, outside, story)):
        if story.block_once:
            story.block = None  # the one paragraph the colon introduced
        return said
    story.block = None
    story.prior = list(story.people)  # whom a pronoun can mean: never someone named after it
    story.mention(outside)
    if _may_introduce(outside) and (follows := _FOLLOWS.match(outside)) and not quoted:
        who = _resolve(_subject(follows.group("who") or follows.group("giver")), story, "")
        if who[0]:
            story.last = story.source = story.block = (who[0], who[1])
            return None, None, "narration"  # the outlet's introduction; the block is X's
    if person := _quoted_as_saying(outside, story):  # "Yonhap quoted Yoon as saying"
        return person[0], person[1], "quoted" if quoted else "reported"
    if (opener := _participle_subject(outside, story)) and opener[0]:
        story.last = story.source = opener  # "Explaining that ..., Çavuşoğlu made statements"
        return opener[0], opener[1], "quoted" if quoted else "reported"
    found = [*_VERB.finditer(outside), *_opening_verbs(outside)]
    found = [v for v in found if not _PASSIVE.search(outside, max(0, v.start() - 12), v.start())]
    verbs = sorted(found, key=lambda v: v.start())[:3] or [
        m for m in [_ACCORDING.search(outside)] if m
    ]
    for m in verbs:  # "... has rejected the idea, said Rogozin": the first verb may not be his
        quoted = quoted or _colon_words(outside, m)  # "X said: We will ..." (no marks)
        anon = _unnamed(outside, m, story.people) or (
            story.source[0] is None and _same_unnamed(outside, m, story)
        )
        if anon:  # an unnamed source: its words, nobody's name
            anon = _QUANTIFIER.sub("", anon)  # "Some senior administration officials"
            story.source = (None, anon)
            story.unnamed.add(anon)
            return None, anon, "quoted" if quoted else "reported"
        subject = [] if m.re is _ACCORDING else _subject(outside[: m.start()])
        if (first := _NAMED_FIRST.match(outside[: m.start()])) and _is_known(first, story):
            subject = first.group(1).split()  # only someone the story named: not "In Moscow, ..."
        if not subject and m.group() not in (
            "told",
            "tells",
        ):  # "according to Lavrov", '"...," said NATO spokeswoman Oana Lungescu.'
            subject = _forward(outside[m.end() :])
        if not subject and m.re is _VERB and _ends_sentence_at(outside, m.end()):
            subject = _sentence_opener(outside[: m.start()], story)  # "Kuleba, ... yaptı."
        if not subject and quoted and story.bodies and _IT.search(outside[: m.start()]):
            story.source = (None, story.bodies[-1])  # '"...," it said.': the body credited last
            return None, story.bodies[-1], "quoted"
        if m.group() in terms("pronoun_verbs") and story.last[0]:
            # "Ganito rin aniya ...": "he said", someone named in a sentence before ('...,
            # a assuré X. "...", a-t-il affirmé'), else the last speaker; never a name in
            # its own sentence ("Beim Thema Migration erklärte er, ...")
            earlier = list(_STOP_BETWEEN.finditer(outside, 0, m.start()))
            speaker, role = _resolve(["he"], story, outside[: earlier[-1].end()] if earlier else "")
        else:
            if not subject and _unsaid_subject(outside, m, story):
                subject = ["he"]  # "Dodao je da ..." (he added that): the last speaker
            speaker, role = _resolve(subject, story, outside[: m.start()])
        if not speaker and not role and m.re is _VERB and _inverted(outside[: m.start()]):
            speaker, role = _named_after(outside[m.end() :], story)  # "..., said Ministry of
            # Foreign Affairs spokesperson Heorhii Tykhyi during a briefing."
        if not speaker and not role and subject and m.re is _VERB:
            speaker, role = _verb_second(outside, m, story)  # "Zum ... meinte Schallenberg,"
        if not speaker and _object_of_preposition(outside[: m.start()], subject):
            # "S Jaishankar in an interview with Hindustan Times spoke": the sentence's subject
            speaker, role = _sentence_subject(outside[: m.start()], story) or (None, None)
        if speaker and not role:
            role = _role_after_name(outside[: m.start()], speaker)
        if speaker:
            story.last = story.source = (speaker, role)
            if ":" in par and not quoted and (_INTRO.search(par) or _colon_after(outside, m)):
                story.block = (speaker, role)  # "Foreign Secretary David Lammy said:"
                story.block_once = not _INTRO.search(par)  # "He went on to quote from X:"
            return speaker, role, "quoted" if quoted else "reported"
        if role:  # "the UK foreign secretary said" where the story never named one: as printed
            story.source = (None, role)
            return None, role, "quoted" if quoted else "reported"
        if body := _institution(outside, m, story.bodies):  # "The German government said"
            story.bodies = [*(b for b in story.bodies if b != body), body]
            if person := _person_later(outside, m, verbs, story):  # "..., foreign minister
                story.last = story.source = person  # Geoffrey Onyeama told reporters."
                return person[0], person[1], "quoted" if quoted else "reported"
            story.source = (None, body)  # a quote credited only to an institution is its own;
            own = quoted and not _named_later(outside, m, verbs)  # not a later person's
            return None, body, "quoted" if own else "narration"  # a report: the outlet's
    if (opener := _saying(outside, story)) and opener[0]:
        story.last = story.source = opener
        return opener[0], opener[1], "quoted" if quoted else "reported"
    if quoted and (named := _named_after_quote(outside, story)):
        story.last = story.source = named  # '"...," the spokesman for the leader, Dmitry Peskov'
        return named[0], named[1], "quoted"
    if quoted and _quote_alone(outside) and (story.source[0] or story.source[1]):
        return story.source[0], story.source[1], "quoted"  # a quote alone: the last source's
    if quoted and _quote_alone(outside) and (only := _only_person(story)):
        story.last = story.source = only  # no one credited yet: the one person the story named
        return only[0], only[1], "quoted"
    return None, None, "narration"


def _only_person(story: Story) -> tuple[str, str | None] | None:
    """(name, role) of the one person the story has named in full so far (a press
    conference's live blog: "... la conferenza stampa della presidente del Consiglio Giorgia
    Meloni", then her words in «guillemets» alone); None for no one or several."""
    named = {(n, r) for r, n in story.people if len(n.split()) > 1}
    return named.pop() if len({n for n, _ in named}) == 1 else None


# A name right after a speech verb and closed by punctuation, e.g. "meinte Schallenberg,".
_NAME_THEN_STOP = re.compile(r"\s+((?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+)\s*[,.:;]")


def _verb_second(text: str, verb: re.Match[str], story: Story) -> tuple[str | None, str | None]:
    """(name, role) of a subject after its verb where something else opens the sentence, as
    German puts it ("Zum Widerstand von Ungarn auf EU-Ebene meinte Schallenberg, ..."): a
    name closed by punctuation right after the verb, of someone named before this paragraph,
    where no institution is credited; (None, None) otherwise."""
    m = _NAME_THEN_STOP.match(text, verb.end())
    if not m or _institution(text, verb, story.bodies):
        return None, None
    speaker, role = _resolve(m.group(1).split(), story, "")
    if not speaker or all(n != speaker for _, n in story.prior):
        return None, None
    return speaker, role


def _ends_sentence_at(text: str, at: int) -> bool:
    """Whether the sentence ends right after `at`: only a stop, or the text's end."""
    rest = text[at : at + 8].lstrip(' "”»’')
    return not rest or rest[0] in ".!?"


def _past_dateline(words: list[str]) -> list[str]:
    """The words after a dateline in capitals and its dash ("ANKARA -", "KUALA LUMPUR, June
    27 —"), or all of them when none opens the sentence."""
    for k, word in enumerate(words[:7]):
        if word in ("-", "–", "—", "--"):
            head = words[:k]
            return words[k + 1 :] if head and head[0].rstrip(",").isupper() else words
    return words


def _sentence_opener(before: str, story: Story) -> list[str]:
    """The name that opens the sentence a verb closes, in a language that puts the verb last
    ("Kuleba, ülkesinin Rusya ile olan gerilimine dair açıklama yaptı.", "Dışişleri Bakanı
    Hakan Fidan, ... belirtti."): the capitalised words first in the sentence, up to four,
    ended by a comma or holding someone the story named ("Bakan Fidan açıklamasında, ...
    dedi."), the name of a person in them; [] when the sentence opens otherwise ("Possible
    Russian counter-measures could ..., observers have said.")."""
    starts = [k.end() for k in _SENTENCE_START.finditer(before)]
    run: list[str] = []
    comma = False
    for word in _past_dateline(before[starts[-1] if starts else 0 :].split())[:4]:
        bare = word.rstrip(",")
        if not bare[:1].isupper() or not _NAME_WORD(bare):
            break
        run.append(bare)
        if bare != word:
            comma = True
            break  # "Kuleba,": the subject ends at its comma
    known = {surname(n) for _, n in story.prior}  # named before this paragraph
    if not run or not (comma or any(norm(w) in known for w in run)):
        return []
    named = [n for _, n in people_in(" ".join(run))]
    return named[-1].split() if named else run[-1:]


def _named_after_quote(outside: str, story: Story) -> tuple[str, str | None] | None:
    """(speaker, role) of a quote credited with no speech verb, by a full name alone after it
    ('"...," the spokesman for the Russian leader, Dmitry Peskov, …'): nothing before the
    quote, fifteen words at most after it, one person named in them; None otherwise."""
    rest = outside.strip(" ,.;:…-—–")
    if not rest or outside[:1].strip() or len(rest.split()) > 15:
        return None  # (words before the quote: not a quote first)
    named = [(r, n) for r, n in people_in(rest) if len(n.split()) > 1]
    if len(named) != 1 or _as_name_blocked(named[0][1]):
        return None
    role, name = named[0]
    return story._fuller(name), role


def _quote_alone(outside: str) -> bool:
    """Whether a paragraph with a quote has nothing outside it but punctuation, or a pronoun
    and a word cut off where the page's copy ends ('"...," he sai')."""
    rest = outside.strip(" ,.;:")
    if not rest:
        return True
    words = rest.split()
    return len(words) == 2 and words[0] in ("he", "she") and words[1].isalpha()


# A quantifier before an unnamed source, no part of its label: "Some", "Several", "Other".
_QUANTIFIER = re.compile(r"^(?:[Ss]ome|[Ss]everal|[Oo]ther)\s+(?=\S)")


# A sentence opening with a participle of speech, e.g. "Explaining that a delegation will go to
# Egypt, Çavuşoğlu made statements ...", "Noting that ..., the minister said".
_PARTICIPLE_OPEN = re.compile(
    r"^\s*(?:Explaining|Noting|Stressing|Emphasi[sz]ing|Underlining|Recalling|Adding|Saying|"
    r"Reiterating|Pointing out|Warning|Insisting|Arguing)\s+that\b[^.;:!?]*?,\s+"
)


def _participle_subject(text: str, story: Story) -> tuple[str | None, str | None] | None:
    """(speaker, role) of a sentence that opens with a participle of speech and then names
    its subject ("Explaining that ..., Çavuşoğlu made statements upon ..."); None otherwise."""
    m = _PARTICIPLE_OPEN.match(text) if text[:1].isupper() else None
    if not m:
        return None
    after = text[m.end() : m.end() + 120].split()
    words = list(itertools.takewhile(lambda w: w[:1].isupper(), after[:4]))
    if not 1 <= len(words) <= 3 or len(after) == len(words) or not after[len(words)].islower():
        return None  # the name (any alphabet's capitals: "Çavuşoğlu"), then its verb
    return _resolve(words, story, "")


# A participle that reports speech, e.g. "..., saying: “...”", "..., adding that ...".
_SAYING = re.compile(r",\s+(?:saying|adding|insisting|stressing|warning|arguing|noting)\b")
# Where the last sentence before a point begins.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?=[A-Z\"“])")


def _saying(text: str, story: Story) -> tuple[str | None, str | None] | None:
    """(speaker, role) of a sentence whose named subject opens it and a participle reports
    the words ("Rex Tillerson has defended his decision ..., saying: ..."; "Former Secretary
    of State Madeleine Albright ... questioned the plan, saying that ..."); None otherwise."""
    m = _SAYING.search(text) if "ing" in text else None
    return _sentence_subject(text[: m.start()], story) if m else None


_PREPOSITIONS = words("with to by from in at of for on about")
# "it" as the subject right before a speech verb, e.g. '"...," it said.', "..., it added".
_IT = re.compile(r"(?:^|[\s,;])[Ii]t\s+(?:also\s+)?$")


def _object_of_preposition(before: str, subject: list[str]) -> bool:
    """Whether the words right before a verb follow a preposition ("... an interview with
    Hindustan Times spoke"): the object of it, not the verb's subject."""
    if not subject:
        return False
    k = before.rfind(subject[0])
    prev = before[:k].split()[-1:] if k > 0 else []
    return bool(prev) and norm(prev[0]) in _PREPOSITIONS


def _after_preposition(before: str, role: str | None, name: str) -> bool:
    """The person is named right after a preposition, with or without a role ("a call with
    Secretary Tony Blinken"): a sentence's object, whom a later "he" does not mean."""
    k = before.rfind(name)
    head = before[:k].split() if k > 0 else []
    if role and head and " ".join(head[-len(role.split()) :]).casefold() == role.casefold():
        head = head[: -len(role.split())]
    return bool(head) and norm(head[-1]) in _PREPOSITIONS


# A sentence opening with a capitalised name and a lower-case verb, e.g. "Kerry called".
_OPENING_NAME = re.compile(r"\s*([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+[a-z]")


def _ahead_of_subject(word: str) -> bool:
    """A word that may stand before a sentence's named subject: a dateline's, a title's or a
    role's ("NEW DELHI, May 17, 2024 - External affairs minister")."""
    return (
        not any(c.isalpha() for c in word)
        or word[:1].isupper()
        or is_role_word(word)
        or norm(word) in _SUBJECT_LOWER
    )


def _sentence_subject(before: str, story: Story) -> tuple[str | None, str | None] | None:
    """(speaker, role) of the person named at the start of the last sentence of `before`,
    with only capitalised or role words ahead of the name; None when it opens otherwise."""
    starts = [k.end() for k in _SENTENCE_START.finditer(before)]
    sentence = before[starts[-1] if starts else 0 :]
    named = people_in(sentence)
    if not named or len(named[0][1].split()) < 2:
        run = _OPENING_NAME.match(sentence)  # "Kerry called Lavrov on Friday, saying ..."
        found = _resolve(run.group(1).split(), story, "") if run else (None, None)
        return found if found[0] else None
    name = named[0][1]
    lead_in = sentence[: sentence.find(name.split()[0])]
    if not all(map(_ahead_of_subject, lead_in.split())):
        return None  # "On Friday the talks with Lavrov ended, saying": not the subject
    return _resolve(name.split(), story, "")


_NAME_WORD = re.compile(NAME_WORD).fullmatch
# A role described in lower case after the name it follows, right before the verb, e.g.
# "Saeed Jalili, Iran's top nuclear negotiator said".
_ROLE_AFTER_NAME = re.compile(
    r"(\w+),\s+((?:[A-Z][\w\-]*['’]s|the)\s+(?:[a-z][\w\-]*\s+){0,3}("
    + longest_first(lexicon()["role_nouns"])
    + r"))\s*,?\s*$"
)


def _role_after_name(before: str, speaker: str) -> str | None:
    """The lower-case role after the speaker's name ("Saeed Jalili, Iran's top nuclear
    negotiator said" -> "Iran's top nuclear negotiator"); None when there is none."""
    m = _ROLE_AFTER_NAME.search(before[-120:]) if "," in before else None
    if not m or norm(m.group(1)) != surname(speaker):
        return None
    return m.group(2).removeprefix("the ")


def _unsaid_subject(text: str, verb: re.Match[str], story: Story) -> bool:
    """Whether a speech verb has no subject at all and the last speaker is meant: nothing but
    quotes before it, and no noun phrase after it ("Dodao je da ...", "Podvukao je da ...";
    not '"...," said the ministry.', which is the ministry's)."""
    if not story.last[0] or text[: verb.start()].strip(' ,.;:"“”«»—–-'):
        return False
    after = text[verb.end() :].split(None, 1)
    return not after or not (
        after[0][:1].isupper() or norm(after[0]) in ("the", "a", "an") or after[0] in _ARTICLES
    )  # (nor '"...", a assuré le président du MR, X.')


def _named_later(text: str, verb: re.Match[str], verbs: list[re.Match[str]]) -> bool:
    """Whether a later speech verb has a full name right before it ('..., the Kremlin said.
    "...," presidential aide Sergei Prikhodko said.'): the quote is then that person's."""
    after = verb.end()
    for v in verbs:
        at = v.start()
        if at > after and v.re is _VERB:
            words = text[max(after, at - 60) : at].split()[-2:]
            if len(words) == 2 and all(map(_NAME_WORD, words)):
                return True  # two name words right before the verb: its subject
    return False


_STOP_BETWEEN = re.compile(r"[.!?][\"”’»]?\s")


def _person_later(
    text: str, verb: re.Match[str], verbs: list[re.Match[str]], story: Story
) -> tuple[str, str | None] | None:
    """(speaker, role) of a person named in full as the subject of a later speech verb of a
    paragraph that credits an institution first ("The Federal Government said it is in
    talks ..., foreign minister Geoffrey Onyeama told reporters Monday."): the person who
    gave the institution's words, in the same sentence; None when no later verb has one."""
    for v in verbs if len(verbs) > 1 else ():
        if v.start() <= verb.end() or v.re is not _VERB:
            continue
        if _STOP_BETWEEN.search(text, verb.end(), v.start()):
            return None  # another sentence: '..., the Kremlin said. "...," aide X said.'
        subject = _subject(text[: v.start()])
        if len(subject) < 2 or not all(map(_NAME_WORD, subject[-2:])):
            continue
        speaker, role = _resolve(subject, story, text[: v.start()])
        if speaker and " " in speaker:
            return speaker, role
    return None


# An institution or outlet named right before a speech verb, e.g. "The German government",
# "the U.S. State Department", "CNN" (the last word is checked against the lexicon).
_BODY_BEFORE = re.compile(
    r"(?:^|[\s,(–—-])(?:[Tt]he\s+)?((?:[A-Z][\w.'’\-]*\s+){0,4}[\w.'’\-]+)\s*$"
)
_BODY_AFTER = re.compile(r"^\s*(?:the\s+)?((?:[A-Z][\w.'’\-]*\s+){0,4}[\w.'’\-]+?)[\s,.;]")


def _institution(text: str, verb: re.Match[str], known: list[str] = []) -> str | None:  # noqa: B006
    """The institution or outlet a statement is credited to ("The German government said",
    "..., the Kremlin said.", "According to CNN, ..."), as printed; an institution the story
    named before where the text only points back at it ("the ministry noted", "the foreign
    policy agency said"); None for anything else."""
    before = _without_time_tail(text[: verb.start()])
    if before.rstrip().endswith(")"):
        before = _BRACKETED.sub("", before)  # "the Philippine Coast Guard (PCG) said"
    tail = before[-80:]
    last = tail.rsplit(None, 1)[-1] if known and tail.strip() else ""
    m = _THE_BODY.search(tail) if last in terms("institution_heads") else None
    if m and (head := m.group(1)) in terms("institution_heads"):
        same = [b for b in known if b.split()[-1].casefold() == head]
        return (same or known)[-1]
    of = _THE_BODY_OF.search(tail) if " of " in tail else None
    if of and of.group(2) in terms("institution_heads"):
        return of.group(1)  # "the presidential press service of Ukraine said"
    m = _BODY_AFTER.match(text[verb.end() :] + " ") if verb.re is _ACCORDING else None
    m = m or (None if verb.re is _ACCORDING else _BODY_BEFORE.search(before))
    if m is None and verb.re is not _ACCORDING and not before.strip(' ,"”'):
        m = _BODY_AFTER.match(text[verb.end() :] + " ")  # '"...," said the Kremlin.'
    if m is None:
        return None
    words = m.group(1).split()
    head = words[-1].casefold()
    if head in terms("outlets") and len(words) == 1:
        return words[0]
    bodies = terms("institution_heads") | terms("media_words")
    if head in bodies and any(w[:1].isupper() for w in words):
        return " ".join(words)
    if known and head in terms("institution_heads") and words == [words[-1]]:
        same = [b for b in known if b.split()[-1].casefold() == head]
        return same[-1] if same else None  # '"...," said the ministry.': the one named before
    return None


# An institution described in lower case and named by its country, e.g. "the presidential
# press service of Ukraine", "the foreign ministry of Iran".
_THE_BODY_OF = re.compile(
    r"(?:^|[\s,])the\s+((?:[a-z][\w\-]*\s+){0,3}([a-z]+)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})\s*$"
)
# An institution pointed back at, e.g. "the ministry", "the Russian foreign policy agency".
_THE_BODY = re.compile(
    r"(?:^|[\s,])the\s+(?:[A-Z][\w.'’\-]*\s+)?(?:[a-z][\w\-]*\s+){0,2}([a-z]+)\s*$"
)


# A source quoting someone, e.g. "Interfax quoted spokeswoman Maria Zakharova as saying",
# "Iran's Mehr news agency quotes Mottaki as saying": the words are the person's.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+([^.;:!?]{2,80}?)\s+as\s+(?:saying|says|said)\b")
# The passive form, e.g. "..., Hojatoleslam Ali Yunesi was quoted as saying, according to AFP".
_WAS_QUOTED = re.compile(r"\s+(?:was|were|is|has been)\s+(?:quoted|cited)\s+as\s+(?:saying|says)\b")


def _quoted_as_saying(text: str, story: Story) -> tuple[str, str | None] | None:
    """(speaker, role) of a paragraph that a source quotes someone "as saying"; the person
    must be named (an unnamed "ministry spokeswoman" is nobody's name)."""
    m = _QUOTED_AS.search(text)
    if not m:
        return _was_quoted(text, story)
    speaker, role = _resolve(_subject(m.group(1)), story, text[: m.start(1)])
    named = {norm(w) for w in m.group(1).split()}
    if not speaker or not named & {norm(w) for w in speaker.split()}:
        return None  # not "quoted a ministry spokeswoman as saying" (resolved to someone else)
    story.last = (speaker, role)
    return speaker, role


def _was_quoted(text: str, story: Story) -> tuple[str, str | None] | None:
    """(speaker, role) of a paragraph saying someone "was quoted as saying": the subject
    right before it, when it names a person ("Ali Yunesi was quoted as saying")."""
    m = _WAS_QUOTED.search(text) if "as say" in text else None
    if not m:
        return None
    subject = _subject(text[: m.start()])
    speaker, role = _resolve(subject, story, text[: m.start()])
    if not speaker or surname(speaker) not in {norm(w) for w in subject}:
        return None  # "he was quoted as saying": left to the speech verbs
    story.last = story.source = (speaker, role)
    return speaker, role


# A press release's introduction to a block of unquoted speech, e.g. "Foreign Secretary David
# Lammy said:" (the verb last, then a colon).
_INTRO = re.compile(
    r"\b(?:said|says|added|stated|commented|explained|wrote|told [^.:;\"“”]{1,60})(?: today)?:\s*$"
)
_SENTENCE = re.compile(r"[.!?][\"”’]?\s*$")


# A colon right after a speech verb and words after it, e.g. "Minister X said: We will ...".
_COLON_WORDS = re.compile(r"\s*(?:today\s*|on [A-Z][a-z]+day\s*)?:\s*\S+\s+\S+\s+\S+")


def _colon_words(text: str, verb: re.Match[str]) -> bool:
    """Whether the speech verb introduces words after a colon in the same paragraph ("Minister
    Çavuşoğlu said:’ We will protect ..."): quoted words, marks or none (README-news)."""
    return verb.re is _VERB and bool(_COLON_WORDS.match(text, verb.end()))


def _colon_after(text: str, verb: re.Match[str]) -> bool:
    """Whether the paragraph ends in a colon in the sentence of its speech verb, 80
    characters after it at most ("He went on to quote from John Lennon's Imagine:"): the
    next paragraph is the words it introduces."""
    tail = text[verb.end() :].rstrip()
    return tail.endswith(":") and len(tail) <= 80 and not re.search(r"[.!?]", tail)


def _may_introduce(text: str) -> bool:
    """Whether a paragraph can be `_FOLLOWS`: it ends in a colon, semicolon or "as follows"
    ("X's statements are as follows;", "X gave the following remarks:"); a cheap test first."""
    end = text.rstrip()[-12:]
    return end[-1:] in (":", ";") or "follows" in end


# An introduction to a block of a person's words, e.g. "Minister Çavuşoğlu’s statements are as
# follows;", "The main points of the minister's remarks:", "Lavrov's key theses:", "Ranking
# Member Risch gave the following remarks:", "..., le porte-parole ..., Alexandros Yennimatas, a
# fait la déclaration suivante :".
_FOLLOWS = re.compile(
    r"^\s*(?:The (?:main |key )?(?:points|highlights) of )?(?P<who>(?:[\w.\-]+\s+){0,5}?[\w.\-]+)"
    r"[’']s?\s+(?:main |key |full |latest )?(?:" + longest_first(lexicon()["speech_nouns"]) + r")"
    r"(?:\s+(?:are|were|is|was|read)\s+as\s+follows\s*[:;.]?|\s*[:;])\s*$"
    r"|^\s*(?P<giver>[^.!?]{2,300}?)\s+(?:gave|delivered|made|issued|said|stated|a\s+fait|"
    r"a\s+prononcé|a\s+publié|a\s+déclaré)\s+(?:the\s+following(?:\s+[\w\-]+){0,2}|"
    r"(?:la|les)\s+déclarations?\s+suivantes?|ce\s+qui\s+suit)\s*[:;.]?\s*$"
)


_SOURCE_NOUN = re.compile(r"(?:official|diplomat|source|aide|spokes(?:man|woman|person))s?$", re.I)


# The source noun a phrase of anonymity follows, e.g. "The diplomats, who declined to be
# identified".
_SOURCE_BEFORE = re.compile(
    r"((?:[Tt]he\s+)?(?:(?:[\w\-]+|(?:[A-Z]\.)+)\s+){0,3}?(?:official|diplomat|source|aide)s?)"
    r"\s*,?\s*(?:who\s+)?$"
)


# A name and a comma, e.g. "Dmitry Peskov, " before "a Kremlin spokesman".
_NAME_COMMA = re.compile(r"(" + NAME_WORD + r")\s*,\s*$")


def _apposed(before: str, known: list[tuple[str | None, str]]) -> bool:
    """Whether `before` ends with a person's name and a comma, so that a description after
    it is that person's ("Dmitry Peskov, a Kremlin spokesman"): a full name, or the surname
    of someone the story named (not "In Moscow, a senior official said")."""
    m = _NAME_COMMA.search(before[-60:]) if before.rstrip().endswith(",") else None
    if not m:
        return False
    named = people_in(before[-60:])
    last = norm(m.group(1))
    return any(surname(n) == last for _, n in [*named[-1:], *known])


def _unnamed(
    text: str,
    verb: re.Match[str],
    known: list[tuple[str | None, str]] = [],  # noqa: B006
) -> str | None:
    """The unnamed source that is the subject of `verb`: before it with no name in between
    ("A senior U.S. official, speaking on condition of anonymity, said"), or right after it
    ("..., said a Western diplomat")."""
    if bare := _bare_sources(text[: verb.start()]):
        return bare  # "Officials said ...", "Western diplomats say ...": no one named
    before = text[max(0, verb.start() - 140) : verb.start()]
    found = list(_ANON.finditer(before)) if may_hold(before, _ANON_KEYS) else []
    if found and _apposed(before[: found[-1].start()], known):
        return None  # "Peskov, a spokesman for the Russian president, said": Peskov
    if found and not FULL_NAME.search(before[found[-1].end() :]):
        who = [f.group(0) for f in found if _SOURCE_NOUN.search(f.group(0))]
        if who:
            return who[-1]
        noun = _SOURCE_BEFORE.search(before[: found[-1].start()])
        if noun is None and _ANONYMITY.match(before, found[-1].start()):
            noun = _DESCRIBED_BEFORE.search(before[: found[-1].start()])  # "Un diplomático,"
        return noun.group(1) if noun else found[-1].group(0)  # "The diplomats, who declined"
    pos = verb.end()
    while pos < len(text) and text[pos] in " ,":
        pos += 1  # past the spaces and commas after the verb (no copy of the rest)
    after = _ANON.match(text, pos)
    if after is None and may_hold(text, _ANONYMITY_KEYS) and _ANONYMITY.search(text, pos):
        after = _DESCRIBED_AFTER.match(text, pos)  # "..., said a social media executive at
        return after.group(1) if after else None  # a major TV station, who asked to remain
    return after.group(0) if after else None  # anonymous"


# A word each phrase of anonymity holds (lower case): a cheap test before `_ANONYMITY`.
_ANONYMITY_KEYS = (
    "anonym",
    "anonim",
    "named",
    "identif",
    "authori",
    "by name",
    "genannt",
    "неизвестн",
    "анонимн",
    "istemeyen",
)
# The phrases of anonymity alone (`_ANON` holds them too).
_ANONYMITY = re.compile(r"\b(?:" + longest_first(lexicon()["anonymity_phrases"]) + r")\b", re.I)
# A source described after its verb, without the article: a few lower-case words and the
# place it works at, e.g. "a social media executive at a major TV station".
_DESCRIBED_AFTER = re.compile(
    r"(?:an?|one|un|una|une|uno|ein|eine|einer)\s+((?:[^\W\d_][\w\-]*\s+){0,4}?[^\W\d_][\w\-]*"
    r"(?:\s+(?:at|of|for|from|with)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?)"
    r"(?=\s*[,.]|\s+(?:who|que|qui|der|die|das|che|который|которая|familiar)\b|\s+in\s+[A-Z]|"
    r"\s+(?:with|sous|bajo|sotto|unter|on|speaking)\b)"
)
# The same before its verb, e.g. "Un diplomático, que pidió el anonimato, dijo".
_DESCRIBED_BEFORE = re.compile(
    r"(?:^|\s)(?:an?|one|un|una|une|uno|ein|eine|einer)\s+((?:[^\W\d_][\w\-]*\s+){0,3}?"
    r"[^\W\d_][\w\-]*)\s*,?\s*(?:who|que|qui|der|die|das|che|который|которая)?\s*$",
    re.I,
)


# Sources in the plural, with no article, as a sentence's whole subject, e.g. "Officials",
# "State Department officials" (capitalised qualifiers only).
_BARE_SOURCES = re.compile(
    r"(?:[A-Z][\w.'’\-]*\s+){0,3}(?:officials|diplomats|sources|aides)|Officials|Diplomats|Sources"
)
_LAST_STOP = re.compile(r".*[.!?][\"”’]?\s+", re.S)


def _bare_sources(before: str) -> str | None:
    """The plural sources a sentence opens with, right before its verb ("Officials said");
    None when the subject is anything else."""
    tail = before[-80:]
    if not tail.rstrip().endswith(
        ("officials", "diplomats", "sources", "aides", "Officials", "Diplomats", "Sources")
    ):
        return None
    stop = _LAST_STOP.match(tail)
    if stop is None and len(before) > 80:
        return None
    subject = tail[stop.end() :] if stop else tail
    m = _BARE_SOURCES.fullmatch(subject.strip())
    if not m or subject.strip().startswith(("The ", "A ", "An ")):
        return None
    if any(norm(w) in terms("places") for w in m.group(0).split()[:-1]):
        return None  # "European diplomats said": a people's view, the outlet's summary of it
    return m.group(0)


# A source pointed back at, e.g. "the official said", "..., the diplomat added", "the senior
# State Department official"; a pronoun subject, e.g. "He said", "She also noted".
_THE_SOURCE = re.compile(
    r"(?:^|[\s,])[Tt]he\s+((?:[\w.\-]+\s+){0,3}?(?:official|diplomat|source|aide)s?)\s*[,\s]*$"
)
_THE_SOURCE_AFTER = re.compile(
    r"[\s,]*the\s+((?:[\w.\-]+\s+){0,3}?(?:official|diplomat|source)s?)\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[\s,;])(?:[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?$")
# The nouns of an unnamed source that a definite description introduces ("the senior State
# Department official said" with no one credited before): not "diplomat", an epithet of ministers.
_ANON_HEAD = re.compile(r"(?:official|source)s?$")


def _same_unnamed(text: str, verb: re.Match[str], story: Story) -> str | None:
    """The unnamed source the story credited last where the text points back at a source ("the
    official said", "..., the diplomat added", "He said") and no one was credited since: never
    the last named person. A definite "the senior State Department official said" with no
    source before it is an unnamed source of its own."""
    if verb.re is _ACCORDING or story.source[0] is not None:
        return None
    unnamed = story.source[1] in story.unnamed
    if story.source[1] is not None and not unnamed:
        return None  # the last source was an institution, not an unnamed person
    if not unnamed and not may_hold(text, ("official", "source")):
        return None
    before = _without_time_tail(text[: verb.start()])[-80:]
    m = _THE_SOURCE.search(before)
    if m is None and not before.strip(' ,"”'):
        m = _THE_SOURCE_AFTER.match(text, verb.end())
    if story.source[1] is None:  # no source yet: the description itself, if it names none
        return "the " + m.group(1) if m and _ANON_HEAD.search(m.group(1)) else None
    return story.source[1] if m or _PRONOUN_SUBJECT.search(before) else None


def _block_speech(par: str, outside: str, story: Story) -> tuple[str, str | None, str] | None:
    """(speaker, role, "quoted") for a paragraph of the block an "X said:" line opened; None
    where the block ends: a heading, a new attribution, or the speaker named in the third
    person ("The Foreign Secretary will discuss ...")."""
    if not _SENTENCE.search(par) or _VERB.search(outside) or _ACCORDING.search(outside):
        return None
    if any(is_role_word(w) for m in _THE_TITLE.finditer(outside) for w in m.group(1).split()):
        return None  # "The Foreign Secretary will ...": the story speaks of someone again
    if not _SPEAKS_FIRST_PERSON.search(outside) and any(
        w in terms("role_nouns") for m in _THE_ROLE.finditer(outside) for w in m.group(1).split()
    ):
        return None  # "The minister left Washington on Friday." (not "We told the minister")
    assert story.block
    low = outside.casefold()
    if re.search(rf"\b{re.escape(surname(story.block[0]))}\b", low):
        return None  # the speaker in the third person: the story again
    if not _SPEAKS_FIRST_PERSON.search(outside) and (
        people_in(outside)
        or any(re.search(rf"\b{re.escape(surname(n))}\b", low) for _, n in story.people)
    ):
        return None  # someone else named, nobody speaking: the story ("Keir Starmer will ...");
    # the speaker's "we"/"I" naming others goes on ("We also thank Stoltenberg.")
    return story.block[0], story.block[1], "quoted"


# "the", a lower-case word or two, a noun, e.g. "The minister", "the Russian foreign minister".
_THE_ROLE = re.compile(r"\b[Tt]he((?: [\w\-]+){1,3})")
# "the" and capitalised words, e.g. "The Foreign Secretary", "the Prime Minister".
_THE_TITLE = re.compile(r"\b[Tt]he((?: [A-Z][\w\-]*)+)")


# Office holders a lead may describe before the story names them, e.g. "Iran's foreign minister
# said on Wednesday ..." (not "an official", "a diplomat": many people are those).
_OFFICES = words("minister president spokesman spokeswoman spokesperson chancellor premier")


def lead_speaker(
    pars: list[str], attributed: list[tuple[str | None, str | None, str]]
) -> tuple[str, str | None, str] | None:
    """The speaker of a lead that describes an office holder ("Iran's foreign minister said",
    "The Turkish foreign minister on Wednesday said") whom one of the next paragraphs names in
    full, with no role or the same office ('Foreign Minister Manouchehr Mottaki told ...');
    None when unsure."""
    if len(pars) >= 2 and (official := _body_official(pars, attributed)):
        return official
    if len(pars) < 2 or attributed[0][2] != "narration":
        return None
    outside, quoted = strip_quotes(pars[0])
    if quoted and _quote_alone(outside) and attributed[1][0] and " " in attributed[1][0]:
        return attributed[1][0], attributed[1][1], "quoted"  # a quote first, its speaker next
    if attributed[1][0] and " " in attributed[1][0] and _told_passive(strip_quotes(pars[0])[0]):
        # "Malaysia must be cautious ..., the Dewan Rakyat was told today." over the minister
        return (
            attributed[1][0],
            attributed[1][1],
            "quoted" if strip_quotes(pars[0])[1] else "reported",
        )
    if attributed[1][0] and phrase_re("back_references").search(strip_quotes(pars[1])[0]):
        # "X made this known in Abuja": the lead above is X's words
        return (
            attributed[1][0],
            attributed[1][1],
            "quoted" if strip_quotes(pars[0])[1] else "reported",
        )
    lead = strip_quotes(pars[0])[0]
    subject = _office_described(lead)
    if not subject or len(subject) > 4:
        return None
    named = next((a for a in attributed[1:4] if a[0]), None)
    if named is None or not _same_office(subject, named[1]):
        return None
    name = named[0]
    assert name is not None  # checked above
    if len(name.split()) < 2 or surname(name) in lead.casefold():
        return None
    role = named[1] or " ".join(subject)  # "Iran's intelligence minister", as the lead says
    return name, role, "quoted" if strip_quotes(pars[0])[1] else "reported"


def _told_passive(lead: str) -> bool:
    """Whether a lead's only speech verb is a passive one: its words told to someone who
    heard them ("..., the Dewan Rakyat was told today", "reporters were told")."""
    verbs = list(_VERB.finditer(lead))
    return bool(verbs) and all(
        _PASSIVE.search(lead, max(0, v.start() - 12), v.start()) for v in verbs
    )


def _body_official(
    pars: list[str], attributed: list[tuple[str | None, str | None, str]]
) -> tuple[str, str | None, str] | None:
    """The official of the institution a lead credits ("..., the Philippine Coast Guard (PCG)
    on Thursday said ...") whom the next paragraph names as the institution's, right after
    its name or initials, as the paragraph's opening subject ("PCG spokesperson Commodore Jay
    Tarriela stressed ..."): the lead is that official's words; None otherwise (also for
    '"...," said Kremlin spokesman Dmitry Peskov.', where the lead stays the Kremlin's)."""
    body = attributed[0][0] or attributed[0][1]
    person, role, _ = attributed[1]
    if not body or not person or " " not in person:
        return None
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())
    lead = pars[0]
    if not (norm(body.split()[-1]) in terms("institution_heads") or f"{body} ({initials})" in lead):
        return None
    before = pars[1][: pars[1].find(person.split()[-1])]
    if _QUOTES.search(before) or len(before.split()) > 8:
        return None  # the official opens the paragraph, not '"...," said Kremlin spokesman X'
    names = "|".join(map(re.escape, (body, initials, body.split()[-1])))  # "Ministry spokesman"
    if not re.search(rf"\b(?:{names})\b", before):
        return None  # the next paragraph's person is not named as the institution's
    return person, role, "quoted" if strip_quotes(lead)[1] else "reported"


# An office holder described, not named, right before the verb: a possessive or "the" (and a
# capitalised adjective), lower-case words, the office, e.g. "Iran's intelligence minister",
# "The Turkish foreign minister", "the country's foreign minister".
_OFFICE_DESC = re.compile(
    r"(?:^|[\s,(])((?:[A-Z][\w.\-]*['’]s|(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts)(?:\s+[A-Z][\w\-]*)?"
    r"(?:\s+[a-z]+['’]s)?)\s+(?:[a-z][\w\-]*\s+){0,3}(?:"
    + "|".join(sorted(_OFFICES))
    + r"))(?:\s+[a-z]+ly)?\s*$"
)


# An office printed as a title, with no name, opening the lead, e.g. "Qatari Prime Minister
# announced ...", "Turkish Foreign Minister said" (a headline's style of writing).
_OFFICE_TITLED = re.compile(
    r"^\s*((?:[A-Z][\w\-]*\s+){1,3}(?:Minister|President|Spokes(?:man|woman|person)|Chancellor|"
    r"Premier))\s*$"
)


def _office_described(lead: str) -> list[str]:
    """The words of an office holder a lead describes as the subject of its first speech
    verb or as the person a source quotes ("Iran's intelligence minister strongly denied",
    "An Iranian news agency is quoting the country's foreign minister as saying"), without
    "the"; [] for a named subject ("Foreign Minister Sergey Lavrov said")."""
    if q := _QUOTED_AS.search(lead):
        before = q.group(1)
    elif m := _VERB.search(lead):
        before = lead[: m.start()]
    else:
        return []
    d = _OFFICE_DESC.search(_without_time_tail(before)[-120:])
    d = d or _OFFICE_TITLED.match(_without_time_tail(before))
    words = d.group(1).split() if d else []
    return [w for w in words if norm(w) != "the" and not w.endswith("ly")]


def _same_office(subject: list[str], role: str | None) -> bool:
    """The role the story gives the person fits the lead's description: no role, or the
    same office of the same country ("Ukrainian Foreign Minister" for "Ukraine's foreign
    minister"; not "Russian Foreign Minister")."""
    if not role:
        return True
    words = role.split()
    if subject[-1].lower() not in (w.lower() for w in words):
        return False
    country = re.sub(r"['’]s$", "", norm(subject[0]))[:4]
    qualifiers = [norm(w)[:4] for w in words if w[:1].isupper() and not is_role_word(w)]
    return not qualifiers or country in qualifiers


def credited_list(title: str | None) -> tuple[str, str | None] | None:
    """(name, role) of the one person a heading credits the paragraphs under it to, e.g.
    "The main thing from Maria Zakharova's statements at the briefing:" (a possessive name,
    a speech noun of the lexicon, a closing colon); None for any other heading."""
    if not title or not title.rstrip().endswith(":"):
        return None
    m = _CREDITED.search(title)
    if not m:
        return None
    named = [(r, n) for r, n in people_in(title[: m.start() + 1]) if len(n.split()) > 1]
    return (named[-1][1], named[-1][0]) if named else None


_CREDITED = re.compile(
    r"\w['’]s\s+(?:[a-z]+\s+)?(?:" + longest_first(lexicon()["speech_nouns"]) + r")\b[^:]*:\s*$"
)


def credit(
    par: str, said: tuple[str | None, str | None, str], who: tuple[str, str | None]
) -> tuple[str | None, str | None, str]:
    """A paragraph under a heading that credits it (`credited_list`): the person's words,
    unless the paragraph credits someone else itself."""
    if said[0] or said[2] != "narration":
        return said
    own = strip_quotes(par)[1] or bool(_SPEAKS_FIRST_PERSON.search(par))
    return who[0], who[1], "quoted" if own else "reported"  # "I", "we": the person's own words


# The first person outside any quote, e.g. "I don't want to say", "We have advocated".
_SPEAKS_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I’m|I’ve|we|We|we're|We're|we’re|We’re|our|Our)\b"
)


def speaks_first_person(text: str) -> bool:
    """Whether `text` (a paragraph outside its quotes) says "I" or "we"."""
    return bool(_SPEAKS_FIRST_PERSON.search(text))


def reports_speech(text: str) -> bool:
    """Whether `text` (a paragraph outside its quotes) holds a speech verb ("said", "dijo")
    or an "according to"."""
    return bool(_VERB.search(text) or _ACCORDING.search(text))


def strip_quotes(par: str) -> tuple[str, bool]:
    """The paragraph with quoted spans blanked out, and whether it had any quote; ‘single’
    quotes count (a ’ followed by a letter is an apostrophe: "Russia’s"). A ‘single’ quote
    inside a double-quoted one is part of it ("... obsession with ‘sanction exercises.’ ...")."""
    return _strip_quotes(par)[:2]


def _strip_quotes(par: str) -> tuple[str, bool, bool]:
    """`strip_quotes`, and whether the paragraph ends inside a double quote it opened 20
    characters or more before its end ('"We hold talks with Secretary Rubio and with the
    adviser.' and no closing mark): the next paragraph then goes on with the quote."""
    out, quoted, open_tail = _blank_quoted(par)
    if "‘" in out:
        out, inner, _ = _blank_quoted(_SINGLE.sub(lambda m: "“" + m.group(1) + "”", out))
        quoted = quoted or inner
    return out, quoted, open_tail >= 20


# Marks that open a quote a paragraph may start with (a straight one opens or re-opens).
_OPENING_MARKS = frozenset('"“«„‘')


def _blank_quoted(par: str) -> tuple[str, bool, int]:
    """`par` with its double-quoted spans blanked out, whether it had any, and how many
    characters end it inside a quote left open (0 when it closes)."""
    marks = list(_QUOTES.finditer(par))
    if not marks:
        return par, False, 0
    out, inside, pos, low = [], False, 0, False
    if marks[0].group() in "”»":  # a closing mark first: the paragraph opened inside a quote
        inside = True
    for mk in marks:
        ch = mk.group()
        if not inside:
            out.append(par[pos : mk.start()])
            low = ch == "„"  # „low-high” or „German“: a “ closes it
        opening = ch in "“«„" or (ch == '"' and not inside)
        inside = opening and not (inside and low and ch == "“")
        pos = mk.end()
    if not inside:
        out.append(par[pos:])
    return " ".join(out), True, len(par) - pos if inside else 0


# The articles before a subject that follows its verb in other languages, e.g. '"...", dijo
# el canciller Luis Videgaray', '», ha detto il ministro', '", disse o chanceler'.
_ARTICLES = words("el la il lo le o a der die das")


def _forward(after: str) -> list[str]:
    """The subject after the verb: "According to Lavrov, ...", "... said the spokeswoman.",
    '"...", dijo el canciller Luis Videgaray' (an article and an office in lower case, in
    another language)."""
    words: list[str] = []
    article = False
    for raw in _tokens(after, first=8):
        tok = raw.rstrip(".")
        if not words and tok.lower() in ("he", "she", "him", "her"):
            return ["he" if tok.lower() in ("he", "him") else "she"]  # "According to him, ..."
        if tok[:1].isupper() or tok.lower() in _SUBJECT_LOWER or (tok == "the" and not words):
            words.append(raw if len(tok) == 1 and norm(tok) in HONORIFICS else tok)  # "M."
        elif not words and tok in _ARTICLES:
            words.append("the")  # "el", "il": an article
            article = True
        elif words == ["the"] and is_role_word(tok):
            words.append(tok)  # "el canciller", "il ministro": an office in lower case
        elif words and tok in terms("media_words"):
            return []  # "according to the Cadena Ser radio station": an outlet, nobody's name
        else:
            break
        if raw.endswith(".") and norm(tok) not in HONORIFICS:
            break  # the sentence ends: "... said the spokeswoman." (not "said Mr. Kuleba")
    if article and not any(w[:1].isupper() for w in words):
        return []  # "a assuré le président du MR, Georges-Louis Bouchez": no name after it
    return [w for w in words if w != "the"]


def _named_after(after: str, story: Story) -> tuple[str | None, str | None]:
    """(name, role) of the person a speech verb is followed by, past a long office ("...,
    said Ministry of Foreign Affairs spokesperson Heorhii Tykhyi during a briefing"): a full
    name among the capitalised words and role words right after the verb."""
    taken = []
    for tok in after.split()[:14]:
        word = tok.rstrip(",.;:")
        if not (word[:1].isupper() or word in _OFFICE_GLUE or is_role_word(word)):
            break
        taken.append(word)
        if word != tok:
            break  # "Tykhyi," / "Tykhyi.": the phrase ends
    named = people_in(" ".join(taken)) if len(taken) > 2 else []
    if not named or len(named[0][1].split()) < 2:
        return None, None
    role, name = named[0]
    return story._fuller(name), role


def _inverted(before: str) -> bool:
    """Whether a speech verb follows what was said, its subject after it ("... in the media,
    said ..."; '"...," said ...'): words before it, ending in a comma."""
    tail = before.rstrip()
    return bool(tail.strip(' ,"”’')) and tail.endswith((",", ",”", ',"', "”", '"'))


# The little words inside an office's name, e.g. "Ministry of Foreign Affairs".
_OFFICE_GLUE = frozenset(("of", "for", "the", "and"))


# A subject named first, then described at length, e.g. "Wang, also a member of the Political
# Bureau of the CPC Central Committee, made the remarks".
_NAMED_FIRST = re.compile(r"^\s*((?:[A-Z][\w'’\-.]*\s+){0,3}[A-Z][\w'’\-]*),\s+[a-z][^\n]*,\s*$")


def _is_known(m: re.Match[str], story: Story) -> bool:
    keys = [norm(w) for w in m.group(1).split()]
    names = [n for _, n in story.people]
    return any(surname(n) in keys for n in names) or bool(first_word_of(m.group(1), names))


# A relative clause between a subject and its verb, e.g. "Dmitry Peskov, who arrived in New
# York ..., stated"; a verb coordinated before the speech verb, e.g. "Haley smiled and said".
_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^.!?]*,\s*$")
_COORDINATED = re.compile(r"(?<=[\w'’])\s+(?:then\s+)?[a-z]+(?:ed|s)\s+and\s+(?:then\s+)?$")


# What can stand between a subject and its verb with no commas round it: a relative clause
# ("Saifuddin who is also Indera Mahkota MP said"), the office the subject speaks as ("Zambri
# as the Secretary General of Barisan Nasional (BN) said"), an abbreviation in brackets ("the
# Prime Minister's Official Spokesman (PMOS) said").
_BARE_RELATIVE = re.compile(r"(?<=[A-Za-z])\s+who\s+(?:is|was|also|has|had)\b[^,.!?;:]{0,80}$")
_SPEAKING_AS = re.compile(r"(?<=[A-Za-z])\s+as\s+the\s+[A-Z][^,.!?;:]{0,80}$")
_BRACKETED = re.compile(r"(?<=[A-Za-z])\s*\([^()]{1,40}\)\s*$")


def _subject(before: str) -> list[str]:
    before = _without_time_tail(before)
    tail = before[-160:]
    if ")" in tail or " who " in tail or " as the " in tail:  # (a cheap test first)
        for rx in (_BRACKETED, _BARE_RELATIVE, _SPEAKING_AS, _BRACKETED):
            if m := rx.search(before[-160:]):
                before = before[: len(before) - len(m.group())] + " "
    if "," in before and (rel := _RELATIVE.search(before[-300:])):
        before = before[: len(before) - len(rel.group())]
    if before.endswith("and ") and (co := _COORDINATED.search(before[-60:])):
        before = before[: len(before) - len(co.group())]
    if (desc := _description(before))[:1] == ["former"]:
        return desc  # "The former Dutch prime minister": no one's current role
    toks = _tokens(before, last=12)
    while toks and toks[-1].islower() and toks[-1].endswith("ly"):
        toks.pop()  # "Ahmed Aboul Gheit, strongly condemned"
    if toks and toks[-1] == ",":  # an apposition: "Russia's envoy to NATO, Alexander Grushko, said"
        named = _subject_run(toks[:-1])
        if "," in toks[:-1]:  # "Air Force Maj. Gen. Pat Ryder, the Pentagon press secretary, said"
            k = len(toks) - 2 - toks[-2::-1].index(",")
            person = _subject_run(toks[:k])
            if len(person) >= 2 and toks[k + 1][:1].islower():  # "the ...", "head of ..."
                return person
        if len(named) >= 2:
            return named
    return _subject_run(toks) or _description(before)


# A subject described, not named, opening the sentence, e.g. "The head of the hemispheric
# organization also reiterated" (a role word in it; resolved to the role or the last speaker).
_DESCRIBED = re.compile(r"^\s*The ((?:(?:[a-z][\w\-]*|[A-Z][a-z]+) ){0,6}[a-z][\w\-]*)\s*$")


def _description(before: str) -> list[str]:
    text = _without_time_tail(before)
    m = _DESCRIBED.match(text) if text.lstrip().startswith("The ") else None
    phrase = m.group(1).split() if m else []
    head = phrase[phrase.index("of") - 1] if "of" in phrase[1:] else phrase[-1] if phrase else ""
    if head not in _SUBJECT_LOWER:
        return []  # not "The official news agency"
    return ["former", head] if "former" in phrase else [head]


# A word that ends a sentence: two letters or more, then a full stop ("Donbass."; not "U.S.",
# "J.", "Mr.").
_ENDS_SENTENCE = re.compile(r"(?<![.A-Z])[A-Za-z]{2,}\.$|[a-z]{3,}\.$")


def _subject_run(toks: list[str]) -> list[str]:
    words: list[str] = []
    for tok in reversed(toks):
        low = tok.lower()
        if words and _ENDS_SENTENCE.search(tok) and norm(tok) not in HONORIFICS:
            break  # "... to Donbass. The Russian President replied": the sentence before
        if not words and (low in _SKIP or (tok.islower() and low.endswith("ly"))):
            continue  # "also said", "strongly condemned"
        if low in _PRONOUNS and not words:
            return [low]
        if (
            tok[:1].isupper()
            or low in _SUBJECT_LOWER
            or (words and low in _PARTICLES)
            or (_PREFIXED.fullmatch(tok) and re.fullmatch(NAME_WORD, tok))
        ):
            words.insert(0, tok.rstrip("."))
            continue
        if low == "the" and words:
            break
        break
    return words


def _resolve(words: list[str], story: Story, before: str = "") -> tuple[str | None, str | None]:
    if not words:
        return None, None
    if words[0] in _PRONOUNS:  # "he": someone this paragraph just named, else the last speaker
        named = [
            (r, n) for r, n in people_in(before) if len(n.split()) > 1 and not _as_name_blocked(n)
        ]
        subjects = [(r, n) for r, n in named if not _after_preposition(before, r, n)]
        if named:  # not "X held a call with Secretary Y, in which he ...": Y is the object
            role, name = (subjects or named)[-1]
            return _known((role, story._fuller(name)), story)  # "Mr Lavrov" -> his full name
        return story.last if story.last[0] else _last_person(story.prior)
    if words[0] == "former":  # "The former Dutch prime minister said": the speaker described
        return story.last if story.last[0] else (None, None)
    keys = [norm(w) for w in words]
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
    if len(words) == 1 and (family := first_word_of(words[0], [n for _, n in story.people])):
        return _known((None, family), story)  # "Wang said" after "Wang Yi"
    printed = " ".join(words)
    titled = words[0] in _EXCELLENCY or norm(words[0]) in HONORIFICS
    full = story._fuller(printed) if titled else printed
    if full != printed and any(n == full for _, n in story.people):
        return _known((None, full), story)  # "HE Sheikh Mohamed" after his full name
    found = _by_role(keys, story) or _as_name(words) or _named_before(keys, story, before)
    if found:
        return found
    if (held := table_name(" ".join(words))) and not _as_name_blocked(held):
        story.people.append((None, held))  # "Lavrov said" in a story that never gave his name
        return held, None
    described = [w for w in words if not _ACRONYM.fullmatch(w) and w != "The"]
    lower = all(norm(w) in _SUBJECT_LOWER for w in described if norm(w) != "the")
    if described and (lower or _qualified(described)) and story.last[0]:
        if _same_country(words, story.last):
            return story.last  # "the diplomat said", "the top U.S. diplomat said", "the
        # Kremlin official said", right after the diplomat was quoted
        return _of_country(words, story) or (None, " ".join(words))  # "the UK foreign
    if described and (lower or _qualified(described)):  # secretary said" after Lavrov
        return _of_country(words, story) or (None, None)
    if _titled_office(described):  # "the Prime Minister's Official Spokesman said", nobody
        return None, " ".join(described)  # named: the office as printed is who speaks
    return None, None


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
_COUNTRY_ALIASES = {"brit": "uk", "engl": "uk", "amer": "usa", "us": "usa", "fren": "fran"}


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
        and all(w[:1].isupper() or norm(w) in _SUBJECT_LOWER for w in qualifiers)
    )


# A country's initials before a role, e.g. "U.S." in "the top U.S. diplomat".
_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?|[A-Z]{2,3}")


def _named_before(keys: list[str], story: Story, before: str) -> tuple[str, str | None] | None:
    """A descriptive subject ("the Hungarian minister") for the person this paragraph opened
    with, e.g. 'Szijjarto, for his part, praised ... "...," the Hungarian minister said.'."""
    if keys[-1] not in _SUBJECT_LOWER:
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


def _as_name_blocked(name: str) -> bool:
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


# Initials in the plural, e.g. "MPs", "MEPs", "CEOs".
_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")


def _as_name(words: list[str]) -> tuple[str, str | None] | None:
    if any(norm(w.replace("’", "'").removesuffix("'s")) in _NOT_A_NAME for w in words):
        return None  # "Russia's Foreign Ministry said", "Asahi Shimbun": no person
    if _PLURAL_INITIALS.fullmatch(words[-1]):
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
