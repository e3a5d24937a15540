"""News copy's report verbs and the shapes they take: "said", "rekao je", "according to", a
passive "was told", "X said:" opening a block, "quoted X as saying", a participle of speech.
Regexes and predicates over text; the lexicon holds the verbs. Stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest.lexicon import lexicon, longest_first, terms

# The combining vowel signs and marks of scripts that write them inside a word (Devanagari,
# Bengali and the other Indic scripts, Arabic's short vowels), which `\w` does not match: "कहा"
# (said) ends in one, so `\b` never finds its end.
LETTER_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff"

# A speech verb, e.g. "said", "stressed", "pointed out", "condemned" (press releases), "rekao je"
# (the lexicon's report verbs, case-sensitive: "Said" opening a sentence is a name).
VERB = re.compile(
    r"(?<![\w"
    + LETTER_MARKS
    + r"])(?:"
    + longest_first(lexicon()["report_verbs"])
    + r")(?![\w"
    + LETTER_MARKS
    + r"])"
)

# A two-word speech verb opening a sentence, e.g. "Dodao je da ..." ("he added that"): the
# verb itself, and where one may start after a sentence's end.
_OPENING = longest_first(v[:1].upper() + v[1:] for v in lexicon()["report_verbs"] if " " in v)

_OPENING_VERB = re.compile(r"(?:" + _OPENING + r")\b")

_AFTER_STOP = re.compile(r"[.!?][\"”’»]?\s+(" + _OPENING + r")\b")

# A negation right before a verb, e.g. "El Presidente no aclaró", "has not said", "не
# заявил": what was not said is no report.
NEGATED = re.compile(r"(?:(?<!\w)(?:not|never|no|non|nicht|не)\s+|n['’]t\s+)$", re.I)

# A passive auxiliary right before a verb: "the Dewan Rakyat was told today", "reporters were
# told": the subject heard the words, it did not say them.
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")


def opening_verbs(text: str) -> list[re.Match[str]]:
    """The two-word speech verbs that open a sentence of `text`."""
    first = _OPENING_VERB.match(text, len(text) - len(text.lstrip()))
    after = (_OPENING_VERB.match(text, m.start(1)) for m in _AFTER_STOP.finditer(text))
    return [m for m in (first, *after) if m]


# An attribution without a speech verb, e.g. "According to Lavrov, the alliance's decisions".
ACCORDING = re.compile(
    r"(?<!\w)(?:"
    + longest_first([*lexicon()["according_phrases"], *lexicon()["according_to_him"]])
    + r")(?!\w)",
    re.I,
)
# The phrases of `ACCORDING` that hold a pronoun, e.g. "по его словам" ("according to him"):
# their subject is the last speaker.
BY_PRONOUN = terms("according_to_him")


def ends_sentence_at(text: str, at: int) -> bool:
    """Whether the sentence ends right after `at`: only a stop, or the text's end."""
    rest = text[at : at + 8].lstrip(' "”»’')
    return not rest or rest[0] in ".!?"


# A sentence opening with a participle of speech, e.g. "Explaining that a delegation will go to
# Egypt, Çavuşoğlu made statements ...", "Noting that ..., the minister said".
PARTICIPLE_OPEN = re.compile(
    r"^\s*(?:Explaining|Noting|Stressing|Emphasi[sz]ing|Underlining|Recalling|Adding|Saying|"
    r"Reiterating|Pointing out|Warning|Insisting|Arguing)\s+that\b[^.;:!?]*?,\s+"
)

# A participle that reports speech, e.g. "..., saying: “...”", "..., adding that ...".
SAYING = re.compile(r",\s+(?:saying|adding|insisting|stressing|warning|arguing|noting)\b")

# "it" as the subject right before a speech verb, e.g. '"...," it said.', "..., it added".
IT = re.compile(r"(?:^|[\s,;])[Ii]t\s+(?:also\s+)?$")

STOP_BETWEEN = re.compile(r"[.!?][\"”’»]?\s")

# A source quoting someone, e.g. "Interfax quoted spokeswoman Maria Zakharova as saying",
# "Iran's Mehr news agency quotes Mottaki as saying": the words are the person's.
QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+([^.;:!?]{2,80}?)\s+as\s+(?:saying|says|said)\b")

# The passive form, e.g. "..., Hojatoleslam Ali Yunesi was quoted as saying, according to AFP".
WAS_QUOTED = re.compile(r"\s+(?:was|were|is|has been)\s+(?:quoted|cited)\s+as\s+(?:saying|says)\b")

# A press release's introduction to a block of unquoted speech, e.g. "Foreign Secretary David
# Lammy said:" (the verb last, then a colon).
INTRO = re.compile(
    r"\b(?:said|says|added|stated|commented|explained|wrote|told [^.:;\"“”]{1,60})(?: today)?:\s*$"
)

SENTENCE = re.compile(r"[.!?][\"”’]?\s*$")

# A colon right after a speech verb and words after it, e.g. "Minister X said: We will ...".
_COLON_WORDS = re.compile(r"\s*(?:today\s*|on [A-Z][a-z]+day\s*)?:\s*\S+\s+\S+\s+\S+")


# A comma after a speech verb and the speaker's "I" or "we", e.g. "বলেছেন, আমরা বিদেশিদের
# কাছে যাই না" ("said, we do not go to foreigners"): their own words, without marks.
_COMMA_FIRST_PERSON = re.compile(
    r"\s*,\s*(?:" + longest_first(lexicon()["first_person_pronouns"]) + r")(?!\w)\s+\S+", re.I
)


def colon_words(text: str, verb: re.Match[str]) -> bool:
    """Whether the speech verb introduces words after a colon in the same paragraph ("Minister
    Çavuşoğlu said:’ We will protect ..."), or the speaker's own "I" or "we" after a comma:
    quoted words, marks or none (README-news)."""
    return verb.re is VERB and bool(
        _COLON_WORDS.match(text, verb.end()) or _COMMA_FIRST_PERSON.match(text, verb.end())
    )


def colon_after(text: str, verb: re.Match[str]) -> bool:
    """Whether the paragraph ends in a colon in the sentence of its speech verb, 80
    characters after it at most ("He went on to quote from John Lennon's Imagine:"): the
    next paragraph is the words it introduces."""
    tail = text[verb.end() :].rstrip()
    return tail.endswith(":") and len(tail) <= 80 and not re.search(r"[.!?]", tail)


def may_introduce(text: str) -> bool:
    """Whether a paragraph can be `FOLLOWS`: it ends in a colon, semicolon or "as follows"
    ("X's statements are as follows;", "X gave the following remarks:"); a cheap test first."""
    end = text.rstrip()[-12:]
    return end[-1:] in (":", ";") or "follows" in end


# An introduction to a block of a person's words, e.g. "Minister Çavuşoğlu’s statements are as
# follows;", "The main points of the minister's remarks:", "Lavrov's key theses:", "Ranking
# Member Risch gave the following remarks:", "..., le porte-parole ..., Alexandros Yennimatas, a
# fait la déclaration suivante :".
FOLLOWS = re.compile(
    r"^\s*(?:The (?:main |key )?(?:points|highlights) of )?(?P<who>(?:[\w.\-]+\s+){0,5}?[\w.\-]+)"
    r"[’']s?\s+(?:main |key |full |latest )?(?:" + longest_first(lexicon()["speech_nouns"]) + r")"
    r"(?:\s+(?:are|were|is|was|read)\s+as\s+follows\s*[:;.]?|\s*[:;])\s*$"
    r"|^\s*(?P<giver>[^.!?]{2,300}?)\s+(?:gave|delivered|made|issued|said|stated|a\s+fait|"
    r"a\s+prononcé|a\s+publié|a\s+déclaré)\s+(?:the\s+following(?:\s+[\w\-]+){0,2}|"
    r"(?:la|les)\s+déclarations?\s+suivantes?|ce\s+qui\s+suit)\s*[:;.]?\s*$"
)


def told_passive(lead: str) -> bool:
    """Whether a lead's only speech verb is a passive one: its words told to someone who
    heard them ("..., the Dewan Rakyat was told today", "reporters were told")."""
    verbs = list(VERB.finditer(lead))
    return bool(verbs) and all(
        PASSIVE.search(lead, max(0, v.start() - 12), v.start()) for v in verbs
    )


# A verb of speaking that names an event, not words, when nothing said follows it in its
# sentence: "Joly spoke with Secretary Rubio before the meeting", "Stoltenberg spoke at a
# joint press conference" (not "spoke about", "spoke of", "spoke to reporters, saying that").
_EVENT_VERBS = frozenset(("spoke", "speaks"))
_WITH_AT = re.compile(r"\s+(?:with|at)\b")
_SAID_AFTER = re.compile(r"^\s*on\b|\b(?:about|that|saying|adding)\b|[:\"“«]")
# "of" between capitalised words is inside an office's name ("Secretary of State"), not a topic.
_OF_TOPIC = re.compile(r"(?<![A-Z]\w\w\s)(?<![A-Z]\w\w\w\s)\bof\b(?!\s+[A-Z])")


def event_only(text: str, verb: re.Match[str]) -> bool:
    """Whether a speech verb of `_EVENT_VERBS` reports only that someone spoke, with whom or
    where: no words, no topic after it before its sentence ends."""
    if verb.group() not in _EVENT_VERBS:
        return False
    rest = STOP_BETWEEN.split(text[verb.end() :], 1)[0]
    if not _WITH_AT.match(rest):
        return False  # "spoke to reporters", "spoke on Tuesday": words may follow
    return not _SAID_AFTER.search(rest) and not _OF_TOPIC.search(rest)


def reports_speech(text: str) -> bool:
    """Whether `text` (a paragraph outside its quotes) holds a speech verb ("said", "dijo")
    or an "according to"."""
    return bool(VERB.search(text) or ACCORDING.search(text))


def inverted(before: str) -> bool:
    """Whether a speech verb follows what was said, its subject after it ("... in the media,
    said ..."; '"...," said ...'): words before it, ending in a comma."""
    tail = before.rstrip()
    return bool(tail.strip(' ,"”’')) and tail.endswith((",", ",”", ',"', "”", '"'))
