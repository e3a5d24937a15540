"""The word scans that find a speech verb's subject in news copy: backwards from the verb
("Foreign Minister Sergey Lavrov, who ..., said"), forwards after it ("..., said the
spokeswoman", "dijo el canciller X"), past time phrases and datelines. Text in, words out;
nothing here knows the story. Stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.names import HONORIFICS, NAME_WORD, is_role_word, norm, words

# Tokens for the backward subject scan: words and single punctuation marks.
_TOKEN = re.compile(r"[\w'’\-.]+|[^\w\s]")

_SKIP = words(
    "also further then later earlier again has had have was is reportedly previously "
    "once repeatedly today yesterday"
)

SUBJECT_LOWER = words(
    "minister foreign secretary general secretary-general president prime deputy defence "
    "defense spokesman spokeswoman spokesperson ambassador envoy chief head official "
    "representative chairman commander russian american nato alliance's diplomat negotiator "
    "senior top leader"
)

# Subject pronouns in the corpus's languages, e.g. "he", "он", "նա", "él" (the lexicon's).
PRONOUNS = terms("subject_pronouns")

# Lower-case particles inside a name, e.g. "Ursula von der Leyen", "Abdel Fattah el-Sisi".
_PARTICLES = words("von van der den de del della di da du le la al el bin ibn")

# A surname with a lower-case prefix, e.g. "al-Nunu", "el-Sisi".
_PREFIXED = re.compile(r"(?:al|el|ad|as|ash|abu)-[A-Z][\w'’\-]*")

# A time phrase between subject and verb, e.g. "Catherine Ashton on Friday urged", "Andrew
# Holness Tuesday reiterated" (a weekday without "on", as American wire copy puts it).
_TIME_TAIL = re.compile(
    r"(?:\s+(?:late |early )?(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: night| evening| morning| afternoon)?|\s+(?:today|yesterday|earlier|later|also|again))+\s*$"
)

# The letters of `_TIME_TAIL`'s words: its one match (at the end) holds only these and spaces.
_TIME_LETTERS = frozenset(
    "lateearlyonMondayTuesdayWednesdayThursdayFridaySaturdaySunday"
    "nighteveningmorningafternoontodayyesterdayearlierlateralsoagain"
)


def without_time_tail(text: str) -> str:
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


def past_dateline(words: list[str]) -> list[str]:
    """The words after a dateline in capitals and its dash ("ANKARA -", "KUALA LUMPUR, June
    27 —"), or all of them when none opens the sentence."""
    for k, word in enumerate(words[:7]):
        if word in ("-", "–", "—", "--"):
            head = words[:k]
            return words[k + 1 :] if head and head[0].rstrip(",").isupper() else words
    return words


# Where the last sentence before a point begins.
SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?=[A-Z\"“])")

PREPOSITIONS = words("with to by from in at of for on about")

is_name_word = re.compile(NAME_WORD).fullmatch

# The articles before a subject that follows its verb in other languages, e.g. '"...", dijo
# el canciller Luis Videgaray', '», ha detto il ministro', '", disse o chanceler'.
ARTICLES = words("el la il lo le o a der die das")


def forward(after: str) -> list[str]:
    """The subject after the verb: "According to Lavrov, ...", "... said the spokeswoman.",
    '"...", dijo el canciller Luis Videgaray' (an article and an office in lower case, in
    another language)."""
    words: list[str] = []
    article = False
    toks = _tokens(after, first=8)
    k = 0
    for k, raw in enumerate(toks):
        tok = raw.rstrip(".")
        if not words and tok not in ARTICLES and (tok.lower() in PRONOUNS or tok in ("him", "her")):
            return ["he"]  # "According to him, ...", '"...", dijo él'
        if tok[:1].isupper() or tok.lower() in SUBJECT_LOWER or (tok == "the" and not words):
            words.append(raw if len(tok) == 1 and norm(tok) in HONORIFICS else tok)  # "M."
        elif not words and tok in ARTICLES:
            words.append("the")  # "el", "il": an article
            article = True
        elif words == ["the"] and is_role_word(tok):
            words.append(tok)  # "el canciller", "il ministro": an office in lower case
        elif (
            words == ["the"]
            and tok.isalpha()
            and tok.islower()
            and toks[k + 1 : k + 2] != []
            and is_role_word(toks[k + 1].rstrip("."))
        ):
            continue  # "aseguró el nuevo ministro", "la actual canciller": an adjective first
        elif not words and _bare_office(toks, k):
            continue  # "sier utenriksminister Anniken Huitfeldt", "meddelade tillträdande
            # utrikesminister Tobias Billström": an office with no article, then the name
        elif (
            len(words) == 2
            and is_role_word(words[1])
            and tok.isalpha()
            and tok.islower()
            and toks[k + 1 : k + 2] != []
            and toks[k + 1][:1].isupper()
        ):
            continue  # "le président sénégalais Bassirou Faye", "el canciller mexicano Luis
            # Videgaray": a nationality after the office, then the name (left out)
        elif (
            words
            and words[-1][:1].isupper()
            and tok in _PARTICLES
            and toks[k + 1 : k + 2] != []
            and toks[k + 1][:1].isupper()
        ):
            words.append(tok)  # "zei minister Joris van Amerongen": a particle inside a name
        elif words and tok in terms("media_words"):
            return []  # "according to the Cadena Ser radio station": an outlet, nobody's name
        else:
            break
        if raw.endswith(".") and norm(tok) not in HONORIFICS:
            break  # the sentence ends: "... said the spokeswoman." (not "said Mr. Kuleba")
    if article and not any(w[:1].isupper() for w in words):
        ahead = toks[k : k + 3]
        if len(words) < 2 or "," in ahead or (ahead and norm(ahead[0]) in terms("office_links")):
            return []  # "a assuré le président du MR, Georges-Louis Bouchez": an office of
        # something, a name after it; "aseguró la canciller en ...", "señaló la canciller.":
        # the office alone, which the story's person holds
    return [w for w in words if w != "the"]


def _bare_office(toks: list[str], k: int) -> bool:
    """Token `k` is a lower-case word of an office printed with no article before a name, as
    languages without articles print it after a speech verb: an office word, or a word
    before one, and the office word right before a capitalised word ("utenriksminister
    Anniken", "tillträdande utrikesminister Tobias")."""
    ahead = [t.rstrip(".") for t in toks[k : k + 3]]
    if not ahead or not ahead[0].isalpha() or not ahead[0].islower():
        return False
    if len(ahead) > 1 and is_role_word(ahead[0]) and ahead[1][:1].isupper():
        return True
    return (
        len(ahead) > 2 and ahead[1].islower() and is_role_word(ahead[1]) and ahead[2][:1].isupper()
    )


# The little words inside an office's name, e.g. "Ministry of Foreign Affairs".
OFFICE_GLUE = frozenset(("of", "for", "the", "and"))

# A subject named first, then described at length, e.g. "Wang, also a member of the Political
# Bureau of the CPC Central Committee, made the remarks".
NAMED_FIRST = re.compile(r"^\s*((?:[A-Z][\w'’\-.]*\s+){0,3}[A-Z][\w'’\-]*),\s+[a-z][^\n]*,\s*$")

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

BRACKETED = re.compile(r"(?<=[A-Za-z])\s*\([^()]{1,40}\)\s*$")


def subject_before(before: str) -> list[str]:
    before = without_time_tail(before)
    tail = before[-160:]
    if ")" in tail or " who " in tail or " as the " in tail:  # (a cheap test first)
        for rx in (BRACKETED, _BARE_RELATIVE, _SPEAKING_AS, BRACKETED):
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
# organization also reiterated" (a role word in it; resolved to the role or the last speaker),
# "El ministro destacó", "La ministra de Relaciones Exteriores realizó": an article of any of
# the corpus's languages, lower-case words and capitalised ones, a lower-case head.
_DESCRIBED = re.compile(
    r"^\s*(?:The|El|La|Le|Il|Lo|O|A|Der|Die|Das|De|Het) "
    r"((?:(?:[^\W\d_A-Z][\w\-]*|[A-Z][a-z]+) ){0,6}[^\W\d_A-Z][\w\-]*)\s*$"
)

# The same after an opening adverbial and its comma: "Sin embargo, el canciller entrante
# aclaró", "With regard to the pandemic, the head of the FDFA reiterates".
_DESCRIBED_AFTER_OPENER = re.compile(
    r"^\s*[A-Z][\w\-]*(?: [\w\-]+){0,7}, (?:the|el|la|le|il|lo|o|der|die|das|het) "
    r"((?:(?:[^\W\d_A-Z][\w\-]*|[A-Z][a-z]+) ){0,6}[^\W\d_A-Z][\w\-]*)\s*$"
)

# The words that join an office's head to its complement: "head of the FDFA", "ministra de
# Relaciones Exteriores", "chef de la diplomatie".
_OF = frozenset(("of", "de", "del", "du", "des", "da", "do", "di", "della", "van", "von"))


def _description(before: str) -> list[str]:
    text = without_time_tail(before)
    opens = text.lstrip()[:1].isupper() and " " in text
    m = (_DESCRIBED.match(text) or _DESCRIBED_AFTER_OPENER.match(text)) if opens else None
    phrase = m.group(1).split() if m else []
    of = next((k for k, w in enumerate(phrase) if k and w in _OF), None)
    head = phrase[of - 1] if of else phrase[-1] if phrase else ""
    if not of and len(phrase) >= 2 and _office_head(phrase[-2]) and not _office_head(head):
        head = phrase[-2]  # "el canciller entrante": an adjective after the office's head
    if not _office_head(head):
        return []  # not "The official news agency"
    return ["former", head] if "former" in phrase else [head]


def _office_head(word: str) -> bool:
    return word in SUBJECT_LOWER or (
        word.islower() and (norm(word) in terms("role_nouns") or is_role_word(word))
    )


def _names_an_office(word: str) -> bool:
    """A capitalised institution or office noun an "of" may follow inside one name
    ("Ministry", "Department", "Secretary" in "Ministry of Foreign Affairs")."""
    return word[:1].isupper() and (norm(word) in terms("institution_heads") or is_role_word(word))


# A word that ends a sentence: two letters or more, then a full stop ("Donbass."; not "U.S.",
# "J.", "Mr.").
_ENDS_SENTENCE = re.compile(r"(?<![.A-Z])[A-Za-z]{2,}\.$|[a-z]{3,}\.$")


def _subject_run(toks: list[str]) -> list[str]:
    words: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        low = tok.lower()
        if words and low == "of" and k and _names_an_office(toks[k - 1]):
            words.insert(0, tok)  # "The Ministry of Foreign Affairs made": one subject,
            continue  # not "Foreign Affairs" (a minister's role)
        if words and _ENDS_SENTENCE.search(tok) and norm(tok) not in HONORIFICS:
            break  # "... to Donbass. The Russian President replied": the sentence before
        if not words and (low in _SKIP or (tok.islower() and low.endswith("ly"))):
            continue  # "also said", "strongly condemned"
        if low in PRONOUNS and not words:
            return [low]
        if (
            tok[:1].isupper()
            or low in SUBJECT_LOWER
            or (words and low in _PARTICLES)
            or (_PREFIXED.fullmatch(tok) and re.fullmatch(NAME_WORD, tok))
        ):
            words.insert(0, tok.rstrip("."))
            continue
        if low == "the" and words:
            break
        break
    return words
