"""Speaker labels at the start of a line: what a label looks like and what it says.

`match_label(line)` answers in one cheap pass per line (a `find(":")` guards the regexes),
so a 200 MB UN record set is labelled at several MB/s. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from nrc_search.ingest.leads import MARKS, cjk_parts, courtesy_lead, marked_head, record_role
from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.mentions import role_and_name
from nrc_search.ingest.names import (
    ABBREVIATED_ROLES,
    ACRONYMS,
    ASKERS,
    HONORIFICS,
    LABEL_STOP,
    LABEL_STOP_FIRST,
    MEDIA_WORDS,
    NOT_PERSON,
    OUTLETS,
    ROLE_WORDS,
    UPPER,
    after_courtesy,
    fold,
    is_role_word,
    norm,
    role_case,
    split_role_name,
    strip_honorifics,
    strip_parens,
)
from nrc_search.ingest.roles import (
    JOINS,
    after_article,
    delivery_note,
    lower_role,
    office_of,
    office_phrase,
    shape,
)

_MAX_LABEL = 160
_MARK_HEADS = MARKS | {"【"}
_MAX_SAID = 400  # a record's summary label, office, holder and circumstance, before "said:"

# A question label, e.g. "Q", "QUESTION", "Question", "Questioner", "Q." (before the colon).
# Also a follow-up, e.g. "Follow-up", "FOLLOW UP", "Follow-up question", "Additional question".
_Q = re.compile(
    r"^(?:Q|QUESTION|Question|QUESTIONER|Questioner|AUDIENCE MEMBER|Audience member|"
    r"Follow[- ][Uu]p(?: [Qq]uestion)?|(?:Additional|Supplementary|Further) [Qq]uestion|"
    r"FOLLOW[- ]UP(?: QUESTION)?|(?:ADDITIONAL|SUPPLEMENTARY|FURTHER) QUESTION)\.?$"
)
# An answer label, e.g. "A", "ANSWER", "Answer".
_A = re.compile(r"^(?:A|ANSWER|Answer)\.?$")
# An answer label with the number of the question it answers: "A1", "A 2", "Answer 3".
_NUMBERED_A = re.compile(r"^(?:A|ANSWER|Answer)\.?\s*\d{1,3}\.?$")
# An answer or question mark and a slash before who speaks, alone on its line: "A/ Jane Doe",
# "Q/ Harbour Radio".
_SLASHED_QA = re.compile(r"^(?P<tag>Q|A)[ \t]*/[ \t]*(?P<who>\S.{0,58})$")
# A label with no colon: "Q. What about Libya?", "Q What about Libya?", "A. We will see."
_BARE_QA = re.compile(
    r"^(?P<label>Q|A)(?:\.\s+|\s+)(?=[" + UPPER + r"А-ЯЁ\"“'‘(—–…¿¡«])"
)  # also "Q — on the embassy?"
# A speaker's initials set off from the speech by a tab or a run of spaces, no colon, as some
# transcription services print them: "CL          Hello and welcome ...", "TAG\tThank you."
_INITIALS_GAP = re.compile(r"^([A-Z]{2,4})(?:\t[\t ]*| {3,})(?=[A-Z\"“‘'(])")
# A sentence end inside the would-be label, e.g. "Zannier. Photo" (not "Mr. Ivanov", "SEC. PANETTA").
_SENTENCE = re.compile(r"(?:[A-Za-z]{4,}|\))[.!?]\s(?!\()")
# An interpreter's note, e.g. "(through interpreter)", "(through translator)", "(spoke in French)",
# "(retranslated)".
_INTERP = re.compile(
    r"^(?:(?:speaking |spoke |as )?(?:through|via|by) (?:an |the |a )?(?:interpret|translat)\w*|"
    r"retranslated(?: from \w+)?|"
    r"interpretation|interpreted(?: from \w+)?|as interpreted|translated(?: from \w+)?|"
    r"(?:spoke|speaking) in \w+|in \w+ with interpretation|translation)$",
    re.I,
)
# An interpreter's note opening the speech, e.g. ": (through interpreter) Thank you."
_LEAD_NOTE = re.compile(r"\s*[(\[]([^()\[\]]{3,40})[)\]]\s*")
# A name or role in capitals, e.g. "ANDERS FOGH RASMUSSEN", "SEC. PANETTA", "NATO SECRETARY GENERAL".
_CAPS = re.compile(
    r"^[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*|\s+(?:OF|THE|DE|VON|VAN|AL|AND|FOR)){0,9}$"
)
# A name in title case, e.g. "Lord Robertson", "Mr. Ivanov", "The President", "Ursula von der Leyen".
_TITLE = re.compile(
    r"^(?:["
    + UPPER
    + r"][\w'’.\-]*|[A-Z]\.)(?:\s+(?:["
    + UPPER
    + r"‘'][\w'’.\-]*|[A-Z]\.|of|the|de|von|van|der|"
    r"al|bin|binti|bint|ibn|oglu|da|di|du|dos|la|le|y|for|and|[a-z]{1,3}-[A-Z][\w'’\-]*))*$"
)
# The chair in a UN record, e.g. "The President", "The Secretary-General", "The Chairman".
_CHAIR = re.compile(
    r"^The (?:Acting )?(?:President|Chair(?:man|person|woman)?|Secretary-General|Co-Chair)$"
)
# Dot leaders before a country in a list of members: "President: Mr. Mehdiyev . . . (Azerbaijan)".
_LEADERS = re.compile(r"(?:\.\s*){3,}\([^()]*\)\s*$")
# A titled name with lower-case particles, kept only with a country in parentheses:
# "Mr. Elmar Maharram oglu Mammadyarov (Azerbaijan)", "Sheikh Sabah al-Khalid (Kuwait)".
_TITLED = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame|Lord|Lady|Baroness|Sheikh|Shaikh|H\.\s?E|Prince|King|"
    r"Queen|Emir|President|Prime Minister|General|Archbishop|Cardinal)\b\.?[^:;!?()\[\]\"“”,]{1,150}$"
)
# A mistyped honorific in scanned records, e.g. "Mr; Mboumoua", "Mr, ORZECHOWSKI".
_TYPO = re.compile(r"^(Mr|Mrs|Ms|Dr)[,;]\s*")
# Any capitalised name when a country follows in parentheses, e.g.
# "Vice-President Khudayr al-Khuzai (Iraq)", "Prime Minister Siaosi ‘Ofakivahafolau Sovaleni (Tonga)".
_WITH_COUNTRY = re.compile(r"^[" + UPPER + r"][^:;!?()\[\]\"“”]{1,150}$")
# A digit that is not an OCR slip beside a letter ("Mr. CH1SSANO", "A1 Hashimy"; not "At 10").
_DIGIT = re.compile(r"(?<![A-Za-z])\d(?![A-Za-z])")


def _digit_outside_notes(raw: str) -> bool:
    """A digit in the label outside its notes: "At 10" is no label, "Dr. Jane Doe (BÜNDNIS
    90/DIE GRÜNEN)" is (a party's name may hold a number)."""
    return raw[-1:] not in ")]" or bool(_DIGIT.search(strip_parens(raw)[0]))


# A second colon closing a label, e.g. "Mr. DHANABALAN:: You" or "Mr. DHANABALAN: (Singapore): Sir".
_SECOND_COLON = re.compile(r"[ \t]*(?:\(([^():]{1,60})\)[ \t]*)?:")
# A parliamentary question's number before the member's name, e.g. "Q1. [905432] ", "T2. [905443] ",
# or a committee's numbered question before the speaker, e.g. "Q169 Chair", "Q12 Mike Gapes".
_QUESTION_NO = re.compile(r"^(?:(?:[QT]?\d{1,3}\.\s+)?\[\d{4,7}\]|[QT]\d{1,4}\.?)\s+")
# A question label with its number, the outlet in a note after it, e.g. "Q3 (Reuters)", "Q1",
# "Question 3", "Q. 2 (Daily Star)", "QUESTION NO. 4", "3. Question (AFP)" (not a hearing's
# "Q169 Chair", whose number stands before the member's name).
_NUMBERED_Q = re.compile(
    r"^(?:\d{1,3}[.)]\s*)?(?:Q|QUESTION|Question)\.?\s*(?:(?:No|NO)\.?\s*)?\d{1,3}\b\.?(?=\s*(?:\(|$))"
    r"|^\d{1,3}[.)]\s*(?=(?:Q|QUESTION|Question)\.?\s*(?:\(|$))"
)
# An order-paper number before a member's name and constituency, e.g. "1. ", "12. ".
# A member's oral question to a minister, as Westminster-style records print it: the member
# (their note), "to the", the office asked ("... (Northshire) to the Prime Minister").
_ADDRESSED = re.compile(r"^(.+?\))\s+to\s+the\s+([A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,6})$")


def _asked_office(addressed: re.Match[str]) -> bool:
    """The office a member's question is put to: "Prime Minister", "Minister for Ports"."""
    words = addressed.group(2).split()
    return _office_words(words) or bool(office_of(words))


_ORDER_NO = re.compile(r"^\d{1,3}\.\s+(?=[" + UPPER + r"])")
_HONORIFIC_ONLY = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sir|Madam|Lord)\.?$", re.I)


@dataclass(frozen=True)
class Label:
    """What a label line says about its speaker."""

    label: str  # as printed, without the colon ("Mr. Churkin (Russian Federation)")
    kind: str  # "person", "role" (role only), "question", "answer" or "chair"
    name: str | None  # the name part as printed ("OANA LUNGESCU", "Mr. Ivanov")
    role: str | None  # from parentheses or after a comma ("NATO Spokesperson", "Reuters")
    flags: tuple[str, ...]
    rest: int  # offset in the line where the speech starts
    weak: bool = False  # a single title-case word: a label only if the document confirms it


# A question or answer tag in brackets opening the line, the speech after it with no colon,
# in any script: "<질문> 안녕하세요?", "〈答〉", "(Q) What about ...?", "<Answer>", "(Q3) On the
# border ...", "《问》". (Square and corner brackets are read with their other labels.)
_TAG_PAIRS = {"<": ">", "〈": "〉", "《": "》", "(": ")", "«": "»", "「": "」", "（": "）"}
_TAG_HEADS = frozenset(_TAG_PAIRS)
_TAG = re.compile(
    r"([<〈《(«「（])[ \t]*([^\s:<>〈〉《》()«»「」（）][^:<>〈〉《》()«»「」（）]{0,24}?)[ \t]*"
    r"([>〉》)»」）])[ \t\u3000]*:?[ \t]*"
)


def _qa_tag(tag: re.Match[str]) -> Label | None:
    """A bracketed tag that is a question or answer word of the lexicon, or a numbered
    question ("Q3", "Question 2"); an enumeration's "(a)", "(A)" is no answer."""
    opening, inner, closing = tag.group(1), tag.group(2), tag.group(3)
    if _TAG_PAIRS[opening] != closing or (
        len(inner) == 1 and (inner.islower() or opening + inner in ("(A", "(R"))
    ):
        return None  # "(a) the Secretary shall ...", "(A) ...": a list's item
    numbered = _NUMBERED_Q.match(inner) if inner[:1] in "QT0123456789" else None
    qa = qa_kind(inner)
    if numbered or _Q.match(inner) or qa == "question":
        return Label(tag.group().strip(), "question", None, None, ("question",), tag.end())
    if _A.match(inner) or qa == "answer":
        return Label(tag.group().strip(), "answer", None, None, (), tag.end())
    return None


_QUESTION_LABELS = terms("question_labels")
_ANSWER_LABELS = terms("answer_labels")
_QA_ARTICLES = terms("label_articles")
_ARTICLE_PREFIXES = tuple(terms("article_prefixes"))


def qa_kind(core: str) -> str | None:
    """ "question" or "answer" for a label that is a question or answer word of the lexicon,
    alone or after its article, in a word of its own or glued to it ("Frage", "Die Frage",
    "La respuesta", "السؤال", "השאלה"), else None."""
    key = core.casefold()
    keys = [key]
    first, _, rest = key.partition(" ")
    if rest and first in _QA_ARTICLES:
        keys.append(rest)
    keys += [
        key[len(p) :] for p in _ARTICLE_PREFIXES if key.startswith(p) and len(key) > len(p) + 1
    ]
    for k in keys:
        if k in _QUESTION_LABELS or fold(k) in _QUESTION_FOLDED:
            return "question"
        if k in _ANSWER_LABELS or fold(k) in _ANSWER_FOLDED:
            return "answer"
    return None


# The question and answer words without their accents, as a script's capitals print them
# ("ΕΡΩΤΗΣΗ" for "Ερώτηση").
_QUESTION_FOLDED = frozenset(fold(w) for w in _QUESTION_LABELS)
_ANSWER_FOLDED = frozenset(fold(w) for w in _ANSWER_LABELS)


_TAG_MARKS = "".join(_TAG_PAIRS) + "".join(_TAG_PAIRS.values()) + "[]【】"


def answers(label: str | None) -> bool:
    """A label as printed that is an answer's ("A", "Answer", "R", "<답변>", "Jawaban"): the
    labelled turn before it asks, whoever it names."""
    core = (label or "").strip().strip(_TAG_MARKS).rstrip(":：. ").strip()
    return bool(core) and (bool(_A.match(core)) or qa_kind(core) == "answer")


# A time mark after a label, e.g. " (00:02)", " [01:12:09]": part of the label, not the name.
_TIME_NOTE = re.compile(r"\s*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]$")
# A numbered voice, e.g. "Speaker 2", "PARTICIPANT 1", "Unidentified Speaker 3".
_NUMBERED = re.compile(
    r"^((?i:speaker|participant|unidentified speaker|unidentified male|unidentified female|"
    r"voice|caller|interviewer|reporter))\s+(\d{1,3})$"
)
# A broadcast clock before a label, e.g. "[14:00:00] ", "00:02:11 ".
_CLOCK = re.compile(
    r"[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])][ \t]*(?:[-–—][ \t]*)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:[ \t]*[-–—][ \t]*|[ \t]+)(?=[A-Z])"
    r"(?!(?:[AP]\.?M\.?|GMT|UTC|CET|CEST|EST|EDT|ET|BST|MSK|JST|IST|KST)\b)"
)  # also "(00:01:02) ", "00:01 ", "00:01:02,500 ", "00:01:02 - "; not "2:00 PM:"
# A broadcast's change of voice, e.g. ">> ", ">>> " (closed captions printed as text).
_CHEVRON = re.compile(r">>+[ \t]*")
# The dash after a time mark that marks a change of voice: "00:23 - Yeah, so ...".
_DASHED = re.compile(r"[-–—][ \t]*$")


def _voice(mark: str, rest: int) -> Label:
    """A change of voice marked but not named (">>", "00:23 -"): the turn's label is the mark,
    its speaker unknown until a name or the page says who."""
    return Label(mark, "role", None, None, ("voice",), rest)


def voice_change(lab: Label | None) -> bool:
    """A label that marks a change of voice and names no one (">>", "00:23 -")."""
    return lab is not None and "voice" in lab.flags and lab.role is None


def _after_mark(line: str, chevron: re.Match[str]) -> Label:
    """The label after a change-of-voice mark (">> Question:"), the mark kept in the label;
    the mark alone when no label follows it."""
    lab = match_label(line[chevron.end() :]) if line[chevron.end() :].strip() else None
    if lab is None:
        return _voice(chevron.group().strip(), chevron.end())
    return replace(lab, label=f"{chevron.group()}{lab.label}", rest=lab.rest + chevron.end())


# A time mark right after the colon, e.g. "Joe Biden: (00:02)", "JOHN SMITH: [01:12:09]".
_TIME_AFTER = re.compile(r"[ \t]*(?:[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]|\d{1,2}:\d{2}:\d{2}(?=\s))")


# An office with a count after it, e.g. "SENIOR ADMINISTRATION OFFICIAL #2", "OFFICIAL ONE".
_COUNTED = re.compile(
    r"^(?P<office>[A-Za-z][^#:()]{2,80}?)\s+(?:#\s?|No\.\s?)?"
    r"(?P<n>\d{1,2}|(?i:one|two|three|four|five|six))$"
)
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six")


def _counted_role(raw: str) -> Label | None:
    """An anonymous office told apart by a count, the count in digits: the role "Senior
    Administration Official 2" for "#2" and "TWO" alike (a numbered voice, "Speaker 2", is
    read elsewhere)."""
    m = _COUNTED.match(raw)
    if m is None or _NUMBERED.match(raw):
        return None
    base = _parse_raw(m.group("office").strip())
    if base is None or base.kind != "role" or not base.role:
        return None
    n = m.group("n")
    n = n if n.isdigit() else str(_COUNT_WORDS.index(n.casefold()) + 1)  # "ONE" -> 1, as "#1"
    return Label(raw, "role", None, f"{base.role} {n}", (), 0)


def _time_after(line: str, rest: int, label: str) -> tuple[int, str]:
    """(where the speech starts, the label) with a time mark right after the colon kept in
    the label: "Joe Biden: (00:02)" -> "Joe Biden (00:02)"."""
    after = _TIME_AFTER.match(line, rest)
    if after is None or after.end() == rest:
        return rest, label
    return after.end(), f"{label} {after.group().strip()}"


def numbered_voice(label: str | None, role: str | None) -> bool:
    """A turn under a transcription service's numbered voice ("Speaker 2 (00:02):")."""
    return bool(label and role and label.startswith(role) and _NUMBERED.match(role))


@lru_cache(maxsize=8192)
def match_label(line: str) -> Label | None:
    """The label opening `line`, or None. The colon must come within the first 160 chars.
    An interpreter's note right after the colon flags the turn; it stays in the text.
    Cached: cleaning, the block model, the header and the segmenter each ask of a line."""
    c0, c2 = line[:1], line[:2]  # (asked once: most of the tests below look at them)
    if c2 == ">>" and (chevron := _CHEVRON.match(line)):
        return _after_mark(line, chevron)  # ">> Question: ...", ">> sorry, ...": a new voice
    if c2 == "<v" and (voiced := _VOICE_TAG.match(line)):
        return _voice_tag(line, voiced)  # "<v Speaker 2>Well.", "<v Jane Doe>Thank you."
    if c0 in _TAG_HEADS and (bracket := _TAG.match(line)) and (lab := _qa_tag(bracket)):
        return lab  # "<질문> 안녕하세요?", "(Q) What about ...?", "«Réponse» Nous ...": a tag
    if c0 in _MARK_HEADS:
        return _marked(line)  # "○委員長（山田太郎君）　これより", "※X報告:", "【发言人】今天"
    if c0 in _CUE_HEADS and (cue := _CUE.match(line)):
        return _cued(line, cue)  # "2. SOUNDBITE (English) Jane Doe, Spokesperson, UNICEF:"
    slashed = _BRACKETED.match(line.rstrip()) if c0 == "[" else None
    if slashed and ((lab := _bracketed(line, slashed)) or not line[slashed.end() :].strip()):
        return lab  # "[Jane Doe / Spokesperson]", "[Reporter]"
    if c0 in "[(0123456789" and (clock := _CLOCK.match(line)):
        lab = match_label(line[clock.end() :])  # "[14:00:00] FAREED ZAKARIA, CNN HOST: ..."
        if lab is None and _DASHED.search(clock.group()):
            return _voice(clock.group().strip(), clock.end())  # "00:23 - Yeah, so ...": a new voice
        if lab is None:
            return None
        return replace(lab, label=f"{clock.group()}{lab.label}", rest=lab.rest + clock.end())
    if c2 in _BULLETS and line[2:3].isupper() and (lab := match_label(line[2:])):
        kept = f"{c2}{lab.label}" if c2 in _MARKED_BULLETS else lab.label  # "+ Jane Doe"
        return replace(lab, label=kept, rest=lab.rest + 2)  # "- Jane Doe: ...", "• Q: ..."
    if c2 in ("**", "__") and (bold := _EMPHASIS.match(line)):
        return _emphasised(line, bold)  # "**Jane Doe:** Thank you."
    if c0 in "MTD" and (record := _RECORD.match(line)):
        return _record(line, record)  # "Mr. DOE of Northshire. Mr. Speaker, I yield ..."
    shouted = c2.isupper()  # (a label in capitals, or a record's office in any case)
    stop = None
    if shouted or (c0.isupper() and not line[:40].isascii()):
        stop = _STOPPED.match(line)
    if stop and (lab := _stopped(line, stop)) is not None:
        return lab  # "PRESIDENTE. Ha facoltà ...", "JANE DOE, Ministra degli esteri. Grazie"
    colon = line.find(":", 0, _MAX_LABEL)
    while colon > 0 and line[colon - 1 : colon].isdigit() and line[colon + 1 : colon + 2].isdigit():
        colon = line.find(":", colon + 1, _MAX_LABEL)  # a time ("Speaker 2 (00:02):"), no label
    wide = line.find("：", 0, _MAX_LABEL)  # the full-width colon of CJK text: "华春莹："
    if wide > 0 and (colon < 0 or wide < colon):
        colon = wide
    dash = _label_dash(line) if _ANY_DASH.search(line, 0, _MAX_LABEL) else None
    if dash and (colon <= 0 or dash.start() < colon) and (lab := _dashed(line, dash)):
        return lab  # "THE PRESIDENT* – The next item", "Jane Doe, rapporteur. − Mr President"
    if shouted and line.find(" said", 0, _MAX_SAID) > 0 and (said := _said_label(line)):
        return said  # "THE MINISTER OF ... (SHRI JANE DOE) moving the motion ..., said:"
    if colon <= 0:
        if line[:1].isupper() and line[1:2].isupper() and (gap := _INITIALS_GAP.match(line)):
            tag = gap.group(1)  # "CL          Hello and welcome": initials, then a gap
            if not _named_thing(norm(tag)):  # weak before a few words: a table's row
                weak = len(line[gap.end() : gap.end() + 80].split()) < 6
                return Label(tag, "person", tag, None, (), gap.end(), weak=weak)
        m = _BARE_QA.match(line)
        if m and line[1:2] == " " and courtesy_lead(line.split(None, 3)[:3]) > 1:
            return None  # "A Sr.ª Deputada ...": the article before a courtesy title, no answer
        return _qa(m.group(0).strip(), line, m.end()) if m else None
    raw = printed = line[:colon].strip()
    if raw.count("(") > raw.count(")"):
        return None  # the colon is inside a note: "Cabinet Papers (Editor: HALVORSEN Beate)"
    if raw.isupper() and all(norm(w) in terms("places") for w in raw.split()):
        return None  # a dateline: "PUTRAJAYA: Wisma Putra has lodged ...", "NEW DELHI:"
    if raw[:1] in "QT0123456789" and (asked := _numbered_question(raw, printed)):
        return _finish(asked, line, colon)  # "Q3 (Reuters)", "Question 3", "Q1"
    if raw[:1] == "A" and _NUMBERED_A.match(raw):
        return _finish(Label(raw, "answer", None, None, (), 0), line, colon)  # "A1:", not a name
    if " to the " in raw and (addressed := _ADDRESSED.match(raw)) and _asked_office(addressed):
        raw = addressed.group(1)  # "1. Hon JANE DOE (Northshire) to the Minister for Ports"
    if raw[:1] in "QT0123456789[" and (number := _QUESTION_NO.match(raw)):
        raw = raw[number.end() :]  # "Q1. [905432] Dame Diana Johnson (Kingston upon Hull North)"
    elif raw[:1].isdigit() and (number := _ORDER_NO.match(raw)) and raw.endswith(")"):
        raw = raw[number.end() :]  # "1. Jane Doe (Northshire) (Con)": a member's numbered question
    if raw[-1:] in ")]" and (clock := _TIME_NOTE.search(raw)):
        raw = raw[: clock.start()]  # "Speaker 2 (00:02)", "JOHN SMITH [01:12:09]": the time
    if raw[-1:].isdigit() and (numbered := _NUMBERED.match(raw)):
        voice = numbered.group(1).title() + " " + numbered.group(2)
        rest, printed = _time_after(line, colon + 1, printed)
        if norm(numbered.group(1)) in ASKERS:  # "Reporter 1": a numbered journalist asks
            return Label(printed, "question", None, voice, ("question",), rest)
        return Label(printed, "role", None, voice, (), rest)  # "Speaker 2": a numbered voice
    counted = _counted_role(raw)  # "SENIOR ADMINISTRATION OFFICIAL #2", "... OFFICIAL ONE"
    if not counted and (
        not raw or raw[0] in "(['\"“‘" or (_DIGIT.search(raw) and _digit_outside_notes(raw))
    ):
        return None
    if extra := _SECOND_COLON.match(line, colon + 1):  # "Mr. X:: You", "Mr. X: (Singapore): Sir"
        raw = f"{raw} ({extra.group(1)})" if extra.group(1) else raw
        colon = extra.end() - 1
    if "http" in raw or raw.endswith(("/", "\\")):
        return None  # a URL or a path
    if line.rstrip().endswith(")") and _LEADERS.search(line, colon):
        return None  # a list of members with dot leaders
    lab = counted or (_lead_label(raw) if _leads(raw) else None)
    if lab is None and raw[:4] == "THE " and raw[-1:] == ")":
        lab = _office_holder(raw)  # "THE MINISTER OF EXTERNAL AFFAIRS (DR. JANE DOE)"
    lab = lab or _parse_raw(raw)
    if lab is None and not raw.isascii():
        lab = _other_script(raw)  # "В.Путин", "Сергей Лавров", "Łukasz Jasina", "华春莹", "Вопрос"
    if lab is None and _THE_OUTLET.match(raw) and line.rstrip().endswith("?"):
        lab = Label(raw, "question", None, raw, ("question",), 0)  # "The Paper: Can you ...?"
    # "Q. The language of power: what ...?", "Q Minister, on the border: when ...?": a bare
    # question label, the colon inside the question
    if lab is None and (line[1:3] == ". " or line[:2] == "Q ") and (qa := _BARE_QA.match(line)):
        return _qa(qa.group(0).strip(), line, qa.end())
    if lab is None and " " in raw:
        lab = _described(raw)  # "Le Premier ministre a déclaré", "Jane Doe on her arrival"
    if lab is None and " " in raw and not raw.isupper():
        lab = _office_led(raw)  # "Người phát ngôn", "Juru bicara Retno", "Sēdes vadītāja"
    if lab is None:
        return None
    if lab.kind == "role" and " " in raw and raw[raw.find(" ") + 1 : raw.find(" ") + 2].islower():
        speech = line[colon + 1 : colon + 3].lstrip()[:1]  # "Unidentified participant: Why?"
        if speech and not (speech.isupper() or speech in _OPENERS):
            return None  # "Foreign minister: the truce talks ...": a headline
    # the question number stays with the label
    return _finish(lab, line, colon, printed if printed is not raw and not extra else lab.label)


# The dash a parliament's verbatim record sets after its speaker's label, in place of a
# colon: "Presidente. − L'ordine del giorno", "THE PRESIDENT* – The next item".
# Also a dash glued to the label, after its last letter or its full stop: "PRESIDENTE.- Buen
# día", "JANE DOE- Thank you" (the speech after a space), or to a note's bracket and a stop:
# "SR. PRESIDENTE (DOE).- En consideración"; or a record's ".-" glued to the speech too, after
# a label in capitals or its note: "El señor COLOMA.-¡Somos diez!", "SR. DOE.-... y más".
_LABEL_DASH = re.compile(
    r"(?:[ \t]+|(?<=[^\W\d_])\.?|(?<=\))\.)[–−—-][ \t]+"
    rf"|(?:(?<=[{UPPER}][{UPPER}])|(?<=\)))\.-(?=[{UPPER}¡¿«\"“(]|\.\.\.|…)"
)
_ANY_DASH = re.compile(r"[–−—-][ \t]|\.-\S")  # (a cheap test before the dash's regexes)


def _label_dash(line: str) -> re.Match[str] | None:
    """The first dash between spaces outside brackets in the label's reach ("O SR. X (PT - SP)
    - Sr. Presidente": the second)."""
    for dash in _LABEL_DASH.finditer(line, 0, _MAX_LABEL):
        before = line[: dash.start()]
        if before.count("(") <= before.count(")") and before.count("[") <= before.count("]"):
            return dash
    return None


_COURTESY = frozenset(terms("courtesy")) | frozenset(terms("courtesy_titles")) | {"the"}


def _member_noted(core: str) -> bool:
    """A member's name in capitals, two to four words, with a note in brackets that names no
    news outlet (their seat or party: "JANE DOE (Northshire)"; not "NEW YORK (AP)")."""
    bare, notes = strip_parens(core)
    words = bare.split()
    if not (2 <= len(words) <= 4 and notes and notes[-1]):
        return False
    note = {norm(w) for w in notes[-1].split()}
    places = sum(norm(w) in terms("places") for w in words)
    return not note & (OUTLETS | MEDIA_WORDS) and places < len(words)


def _dashed(line: str, dash: re.Match[str]) -> Label | None:
    """The label before a dash in a verbatim record: a name or office with a full stop before
    the dash ("Presidente. −", "Jane Doe, rapporteur. −"), or in capitals after a courtesy
    title or an office ("THE PRESIDENT* –", "MR DOE (Minister for Ports) –"), the speech
    opening with a capital. Anything else with a dash is prose ("MOSCOW – Russia said")."""
    raw = line[: dash.start()].strip()
    speech = line[dash.end() : dash.end() + 1]
    if speech == "." and line.startswith("...", dash.end()):
        speech = "…"  # "SR. DOE.-... y más": the speech goes on from an interruption
    if not raw or not (speech.isupper() or speech in _OPENERS):
        return None
    core = raw.rstrip(".*").strip()
    bare, _ = strip_parens(core)
    words = bare.split()
    if not words or len(bare.split(",")[0].split()) > 8 or len(words) > 20:
        return None
    led = _leads(core)  # "O SR. JOÃO SILVA (PT - SP) -", "Mme la présidente. -"
    shouted = bare.isupper() and (
        norm(words[0]) in _COURTESY or record_role(words[0]) or _member_noted(core)
    )  # "BAŞKAN –", "JANE DOE (Northshire) –" (not "NEW YORK (AP) –")
    named = not (shouted or led) and _dashed_name(bare, words, line[dash.end() :], raw[-1:] == ".")
    if not (shouted or led or named or raw.endswith(".")):
        return None
    titled = norm(words[0]) in _COURTESY or norm(words[0]) in HONORIFICS or record_role(words[0])
    if dash.group().strip() == "-" and not (shouted or led or titled or named):
        return None  # a hyphen sets off a titled member's label only ("Le Monde. - The paper")
    if len(words) == 1 and not is_role_word(words[0]) and record_role(words[0]):
        lab: Label | None = Label(core, "role", None, role_case(words[0]), (), 0)  # "BAŞKAN –"
    else:
        lab = (_lead_label(core) if led else None) or _parse_raw(core)
    asker = named and lab is not None and lab.kind == "question" and len(words) == 1
    if lab is None or lab.weak or not (asker or lab.kind in ("person", "role", "chair")):
        return None  # (an asker of the lexicon alone is a label: "PERIODISTA.- ¿Cómo ...?")
    if named and lab.kind == "person":
        lab = replace(lab, flags=(*lab.flags, "dashed"), weak=True)  # the document must confirm
    return _finish(
        lab, line, dash.end() - 1, line[: dash.end()].strip()
    )  # as printed, dash and all


def _dashed_name(bare: str, words: list[str], speech: str, stopped: bool = False) -> bool:
    """A name in capitals before a dash, nothing else on its side ("LUIZ ALBERTO FIGUEIREDO -
    A presidente ...", "JANE DOE- Thank you"), or in title case, an office before it or not
    ("Jane Doe – Good evening", "Prime Minister Jane Doe – Thank you"; not a record's "Mme
    Jane Doe (Groupe). –", whose stop makes it a label): one to five words of letters, none
    a place, an outlet or an institution, the speech in mixed case. Weak: a dateline looks the same
    ("GENEBRA - O Itamaraty ..."), so the document must print it again (`units._confirm`)."""
    if len(words) > 5 or speech[:40].isupper():
        return False
    titled = not stopped and _titled_name(words) and ":" not in speech[:60]
    if not (bare.isupper() or titled):
        return False  # ("Jane Doe – Harbour Radio: ...": the colon's label, an outlet noted)
    if not all(w.replace(".", "").replace("'", "").replace("’", "").isalpha() for w in words):
        return False
    return not any(_named_thing(norm(w)) for w in words)


def _titled_name(words: list[str]) -> bool:
    """A name in title case, an office before it or not: two to five capitalised words, the
    last a surname of two letters or more ("Petros Ghazaryan", "Prime Minister Jane Doe")."""
    return (
        len(words) >= 2
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not is_role_word(words[-1])
    )


# What speech may open with after an office in lower case: a capital, a quote, a bracket.
_OPENERS = frozenset("\"“‘'«([—–-…¿¡")


# A list's bullet before a label: "- Jane Doe: ...", "• Q: ...", "> Jane Doe: ..." (a quoted
# reply), "* Jane Doe: ...".
_BULLETS = frozenset(("- ", "• ", "> ", "* ", "– ", "· ", "+ ", "▪ ", "◦ ", "‣ ", ". "))
_MARKED_BULLETS = frozenset(("+ ", "▪ ", "◦ ", "‣ "))  # kept in the label as printed
# A label set in bold or italics, the colon inside or outside the marks: "**Jane Doe:**",
# "**Jane Doe**:", "__Moderator:__".
_EMPHASIS = re.compile(r"(\*\*|__)([^*_:\n]{1,120}?)(?::\1|\1[ \t]*:)")
# A legislature's record, the label ending in a full stop: "Mr. DOE.", "Mrs. DOE of Northshire.",
# "The SPEAKER pro tempore.", "The PRESIDING OFFICER.", "The CHAIR." (the name in capitals).
_RECORD = re.compile(
    r"(?:(?P<hon>Mr|Mrs|Ms|Miss|Dr)\.\s+(?P<name>[A-Z][A-Z'’\-]{2,}(?:\s+[A-Z][A-Z'’\-]{2,})?)"
    r"(?:\s+of\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    r"|The\s+(?P<office>[A-Z]{4,}(?:\s+[A-Z]{4,})?)(?P<tempore>\s+pro\s+tempore)?)"
    r"\.[ \t]+(?=[A-Z(])"
)


def _bracketed(line: str, m: re.Match[str]) -> Label | None:
    """A speaker and office in square brackets ("[Jane Doe / Spokesperson]", "[Jane Doe,
    Spokesperson]:"), alone on a line over the speech or before it on the line: a person's
    label; "[Video / Music]" names no one."""
    label, rest = line[: m.end()].strip().rstrip(":").rstrip(), m.end()
    if m.group(2) is None:  # "[Reporter]", "[Moderator]" (not "[Applause]", "[Music]")
        lab = _parse_raw(m.group(1).strip())
        if lab is None and label != line[: m.end()].strip() and not m.group(1).isascii():
            lab = _other_script(m.group(1).strip())  # "[المسؤول ... الخارجية]:": a colon after it
            if lab is not None and not lab.weak:
                return replace(lab, label=label, rest=rest)
        named = lab is not None and lab.kind == "person" and "," in m.group(1)  # "[X Y, Role]"
        if lab is None or lab.weak or not (named or lab.kind in ("question", "answer", "role")):
            return None
        if named and (" " not in (lab.name or "") or not lab.role):
            return None
        return replace(lab, label=label, rest=rest)
    lab = _parse_raw(f"{m.group(1).strip()} ({m.group(2).strip()})")
    if lab is None or lab.kind != "person" or " " not in (lab.name or ""):
        return None
    return replace(lab, label=label, rest=rest)


# What may follow a speaker in a label before the colon and say nothing of who they are: a
# speech verb ("said", "a déclaré"; the lexicon's report verbs) or when and where they spoke
# ("lors de son départ pour Paris", "on his arrival in Lindholm").
_CIRCUMSTANCE = re.compile(
    r"\s+(?:at|on|before|during|after|upon|while|lors d[eu']|pendant|avant|après|durante|"
    r"tras|bei|vor|nach|während)\s+(?=[a-zà-ÿ])"
)


@lru_cache(maxsize=8192)
def _said_by(raw: str) -> int:
    """Where a speech verb closing the label starts ("Le Premier ministre a déclaré"), or -1."""
    words = raw.split()
    for n in (2, 1):
        tail = " ".join(words[-n:]).casefold()
        if len(words) > n and tail in _REPORTING:
            return raw.casefold().rfind(tail)
    return -1


_REPORTING = frozenset(terms("report_verbs"))


def _described(raw: str) -> Label | None:
    """A speaker's label with a speech verb or the circumstance of the speech after the name
    or office, read as that speaker's label, weak: it counts where the document confirms the
    speaker ("Le Premier ministre a déclaré :" beside "Le Premier ministre :")."""
    at = _said_by(raw)
    if at < 0 and (m := _CIRCUMSTANCE.search(raw)):
        at = m.start()
    if at <= 0 or raw[:at].rstrip().endswith(","):
        return None
    base = _parse_raw(raw[:at].strip())
    if base is None or base.kind not in ("person", "role") or base.weak:
        return None
    return replace(base, label=raw, weak=True)


# A WebVTT voice tag opening a caption's text, kept in a text copy of the captions:
# "<v Speaker 2>Well.", "<v.loud Jane Doe>Thank you." (its closing "</v>" is the speech's).
_VOICE_TAG = re.compile(r"<v(?:\.[\w.\-]+)*[ \t]+([^<>]{1,60})>[ \t]*")


def _voice_tag(line: str, tag: re.Match[str]) -> Label | None:
    """The speaker a voice tag names, read by the grammar as a label ("Speaker 2" a numbered
    voice, "Jane Doe" a person); the tag as printed is the label."""
    lab = match_label(tag.group(1).strip() + ":")
    if lab is None:
        return None
    return replace(lab, label=line[: tag.end()].strip(), rest=tag.end(), weak=False)


# A shot list's cue before the speaker of a clip, its number and the language spoken with it:
# "2. SOUNDBITE (English) Jane Doe, Spokesperson, UNICEF:", "SOT (French), Jean Dupont:"; a
# cue of sound ("UPSOUND (English) Crowd chanting:") names no speaker.
_CUE = re.compile(
    r"(?:\d{1,3}\.[ \t]*)?(?P<cue>SOUNDBITE|SOUND BITE|SOT|SYNC|UPSOUND|NATSOUND|NAT SOUND)\b"
    r"[ \t]*(?:\((?P<lang>[^()]{2,30})\))?[ \t]*,?[ \t]*"
)
_CUE_HEADS = frozenset("0123456789SUN")


def _cued(line: str, cue: re.Match[str]) -> Label | None:
    """The speaker's label after a shot list's cue, the cue kept in the label as printed."""
    if "SOUND" in cue.group("cue") and "BITE" not in cue.group("cue"):
        return None  # "UPSOUND", "NATSOUND": the sound of a place
    lab = match_label(line[cue.end() :])
    if lab is None or lab.kind in ("question", "answer"):
        return None
    return replace(lab, label=line[: cue.end()] + lab.label, rest=cue.end() + lab.rest)


def _emphasised(line: str, bold: re.Match[str]) -> Label | None:
    """The label inside the emphasis marks, the speech after them."""
    inner = bold.group(2).strip()
    lab = _parse_raw(inner) if inner else None
    if lab is None or (lab.weak and lab.kind == "person" and " " not in inner):
        return None  # "**Note:**", "**Update:**": a field, not a speaker
    return _finish(replace(lab, label=inner), line, bold.end() - 1)


def _record(line: str, m: re.Match[str]) -> Label:
    """A label of a legislature's record: the member by honorific and surname (their state or
    constituency as the role), or the chair by office."""
    rest = m.end()
    label = line[: m.end()].strip().rstrip(".")
    if m.group("office"):
        office = role_case(m.group("office")) + (" pro tempore" if m.group("tempore") else "")
        return Label(label, "role", None, office, (), rest)
    name = f"{m.group('hon')}. {m.group('name')}"
    return Label(label, "person", name, m.group("place"), (), rest)


# A number before a label, in any script: "2. ", "3) ".
_ORDER_NO_ANY = re.compile(r"\d{1,3}[.)]\s*(?=[^\W\d_])")


def _numbered_question(raw: str, printed: str) -> Label | None:
    """A question label with a number ("Q3 (Reuters)", "Question 3", "3. Question (AFP)", a
    question or answer word of any language after its number: "2. Сұрақ"): the number stays
    in the label, the outlet in its note is the role."""
    m = _NUMBERED_Q.match(raw)
    if m is None and (n := _ORDER_NO_ANY.match(raw)) and qa_kind(raw[n.end() :]):
        lab = _parse_raw(raw[n.end() :])  # "2. Сұрақ", "3) Pregunta": a numbered question
        return replace(lab, label=printed) if lab and lab.kind in ("question", "answer") else None
    if m is None:
        return None
    after = raw[m.end() :].strip()
    lab = _parse_raw(after if after[:1] == "Q" else f"Question {after}".strip())
    if lab is None or lab.kind != "question":
        return None
    return replace(lab, label=printed)


def _finish(lab: Label, line: str, colon: int, label: str | None = None) -> Label:
    """The label (printed as `label`, else as parsed) with where its speech starts: after the
    colon, a time mark after it and an interpreter's note opening the speech flagged."""
    rest, printed = _time_after(line, colon + 1, lab.label if label is None else label)
    flags = lab.flags
    note = _LEAD_NOTE.match(line, rest)
    if note and _INTERP.match(note.group(1).strip()) and "interpreted" not in flags:
        flags = (*flags, "interpreted")
    return Label(printed, lab.kind, lab.name, lab.role, flags, rest, lab.weak)  # (built once)


# A label alone on its line, no colon, e.g. "PRESIDENT PUTIN", "SECRETARY CLINTON", "Q", "Question".
_BARE_LINE = re.compile(
    r"^(?:Q|A|QUESTION|Question|[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]*){0,5})\.?$"
)


# A speaker and their office in square brackets alone on a line, over the speech, as some
# broadcasters' transcripts print them: "[Jane Doe / Spokesperson]".
_BRACKETED = re.compile(r"^\[([^\[\]/]{1,60})(?:/([^\[\]/]{2,80}))?\][ \t]*:?(?=\s|$)")
# A time mark after a name alone on its line, as transcription services export a speaker's
# turn over its speech: "Jane Doe  0:12", "Speaker 2 00:01:15", "JANE DOE [00:12]".
_CLOCK_AFTER = re.compile(r"\s+[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?$")


# A heading that names who speaks under it, e.g. "Opening Statement by Prime Minister Naoto Kan",
# "Remarks by the Secretary General", "Closing remarks of Ambassador Zhang Jun" (not a UN
# record's "Address by Mr. X, President of Y", over the chair's welcome and X's own label).
_SPEECH_HEADING = re.compile(
    r"^(?:(?:Opening|Closing|Concluding|Introductory|Keynote|Press)\s+)?"
    r"(?:Statement|Remarks|Speech|Intervention)\s+(?:by|of)\s+(?P<who>[A-Z][^:;!?]{2,80})$",
    re.I,
)


def bare_label(line: str) -> Label | None:
    """A speaker label standing alone on its line (Kremlin and State Department style), or a
    heading that names the speaker of what follows ("Opening Statement by Prime Minister Naoto
    Kan"); the caller confirms it (the speech must follow, the name must recur or be known)."""
    text = line.strip()
    if (heading := _SPEECH_HEADING.match(text)) and (lab := _heading_speaker(heading)):
        return replace(lab, label=text, rest=len(line), weak=True)
    if text[-1:].isdigit() and (clock := _CLOCK_AFTER.search(text, 0, 80)):
        lab = match_label(text[: clock.start()] + ":")  # "Jane Doe  0:12": the name, the time
        if lab is None or lab.kind == "chair" or lab.rest < clock.start():
            return None
        return replace(lab, label=" ".join(text.split()), rest=len(line), weak=True)
    if len(text) <= 60 and caseless(text[:1]):
        return _caseless_line(text, len(line))  # "אחמד טיבי (הרשימה המשותפת)", "श्री X"
    if len(text) <= 60 and text[:1] in "QAq" and (qa := numbered_qa(text)):
        return replace(qa, rest=len(line), weak=True)  # "Q1", "A2", "A/ Jane Doe" alone
    if len(text) > 60 or not _BARE_LINE.match(text):
        return None
    if any(norm(w) in NOT_PERSON or norm(w) in LABEL_STOP for w in text.split()) and not _Q.match(
        text
    ):
        return None  # "OPENING STATEMENT", "BACKGROUND"
    lab = _parse_raw(text.rstrip("."))
    if lab is None or lab.kind == "chair":
        return None
    return replace(lab, rest=len(line), weak=True)


def numbered_qa(text: str) -> Label | None:
    """A question or answer label alone on its line with the question's number ("Q1",
    "Question 2", "A1"), or an answer mark and a slash before who answers ("A/ Jane Doe")."""
    numbered = _NUMBERED_Q.match(text)
    if numbered and not text[numbered.end() :].strip(" ."):
        return Label(text, "question", None, None, ("question",), 0)
    if _NUMBERED_A.match(text):
        return Label(text, "answer", None, None, (), 0)
    slashed = _SLASHED_QA.match(text)
    if slashed is None:
        return None
    lab = _parse_raw(slashed.group("who").rstrip(".:"))
    if lab is None or lab.kind not in ("person", "role", "question"):
        return None
    if slashed.group("tag") == "Q" and lab.kind != "question":
        lab = replace(lab, kind="question", flags=(*lab.flags, "question"))
    return replace(lab, label=text)


def caseless(ch: str) -> bool:
    """A letter of a script without capitals (Hebrew, Arabic, Indic, Thai, Han, Hangul, ...),
    where a label's case says nothing."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def _caseless_line(text: str, end: int) -> Label | None:
    """A speaker's label alone on its line in a script without capitals, as records print
    them over the speech: a name with its party or office in a note, or opened or closed by a
    title the lexicon knows ("אחמד טיבי (הרשימה המשותפת)", "היו\"ר אבי ניסנקורן", "श्री X").
    Case cannot tell it from a heading, so the document must print it again (flag "line")."""
    lab = match_label(text + ":")
    if lab is None or lab.kind not in ("person", "role") or lab.rest != len(text) + 1:
        return None
    words = strip_parens(text)[0].split()
    if not (lab.role or {words[0], words[-1]} & _UNCASED_TITLES):
        return None
    return replace(lab, rest=end, weak=True, flags=(*lab.flags, "line"))


# Where or when a speech was given, after the speaker's name: " at the UN", " on 9 May" (never
# "to" or "for", which belong to offices: "Ambassador to the UN", "Minister for Foreign Affairs").
_VENUE = re.compile(r"\s+(?:at|on|before|during)\s+.*$")


def _heading_speaker(heading: re.Match[str]) -> Label | None:
    """The person or office a speech heading names, capitalised as a label prints it."""
    who = _VENUE.sub(
        "", heading.group("who").strip().rstrip(".")
    )  # "... at the UN Security Council"
    who = "The " + who[4:] if who.startswith("the ") else who
    lab = _parse_raw(who)
    return lab if lab and lab.kind in ("person", "role", "chair") else None


def opens_with_note(text: str) -> bool:
    """Speech that opens with an interpreter's note, e.g. "(retranslated) I would like ..."."""
    note = _LEAD_NOTE.match(text)
    return bool(note and note.start() == 0 and _INTERP.match(note.group(1).strip()))


@lru_cache(maxsize=65536)
def _parse_raw(raw: str) -> Label | None:
    """The label text before the colon, parsed (its `rest` is filled in by match_label)."""
    if _SENTENCE.search(raw) and any(_ends_sentence(m, raw) for m in _SENTENCE.finditer(raw)):
        return None  # "... Lamberto Zannier (OSCE/Micky Kroell). Photo: OSCE"
    if raw[-7:].casefold() == "tempore" and (qualified := _PRO_TEMPORE.search(raw)):
        base = _parse_raw(_THE_HON.sub("The ", raw[: qualified.start()]))
        if base is None or base.kind not in ("role", "chair") or not base.role:
            return None  # "The Hon. the Speaker pro tempore", "PRESIDENT pro tempore": an office
        return replace(base, label=raw, role=f"{role_case(base.role) or base.role} pro tempore")
    fixed = raw
    if " - " in raw or "—" in raw or "–" in raw:
        fixed = _DASH.sub(", ", raw)  # "Tomas Varga — Minister": the dash sets off the role
    fixed = _TYPO.sub(r"\1. ", fixed)
    lab = _parse(fixed, 0)
    if lab and fixed != raw:
        return replace(lab, label=raw)  # the label as printed: its dash, its typos and all
    return lab


# An office held for the time being, the Latin after it: "The SPEAKER pro tempore", "The Hon.
# the Speaker pro tempore" (a courtesy title before the office's article dropped).
_PRO_TEMPORE = re.compile(r"\s+pro\s+tempore$", re.I)
_THE_HON = re.compile(r"^The\s+Hon(?:\.|ourable)\s+the\s+", re.I)


# A dash setting off a role or an outlet after a name: "Tomas Varga — Minister", "X - Reuters".
_DASH = re.compile(r"\s+[—–-]\s+|\s*[—–]\s*(?=[" + UPPER + r"])")


def _ends_sentence(m: re.Match[str], raw: str) -> bool:
    """A dot after a word that ends a sentence, not an abbreviated title ("Prof. Ilse Dorn",
    "Capt. Ray", "Amb. Li") or an abbreviation qualifying the office after it ("Jane Doe,
    Parl. Staatssekretärin", "Stv. Vorsitzender")."""
    word = re.search(r"[A-Za-z]+(?=[.!?]\s$)", m.group())
    if not (m.group().endswith(". ") and word):
        return True
    after = raw[m.end() :].split(" ", 1)[0]
    short = len(word.group()) <= 5  # "Parl.", not "... said Varga. Minister Doe"
    return not (norm(word.group()) in HONORIFICS or (short and after and is_role_word(after)))


# One word of a name in a cased script, initials glued or not: "Путин", "В.Путин",
# "М.В.Захарова", "Łukasz", "Μητσοτάκης", "Жан-Ив", an initial apart ("В." of "В. Путин").
_CASED_WORD = re.compile(r"(?:[^\W\d_]\.\s?){0,3}[^\W\d_][^\W\d_'’\-]*|[^\W\d_]\.")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf·]{2,5}")
_HAN_ASKER = re.compile(r"([\u4e00-\u9fff\u3040-\u30ffA-Za-z]{1,12})[记記]者")  # "澎湃新闻记者"
_ARABIC_NAME = re.compile(r"[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,7}")
# A name or office in a script without capitals: Indic scripts, Thai, Lao, Tibetan, Myanmar,
# Georgian, Khmer, Hebrew, Syriac, Thaana, Ethiopic, Hangul ("শেখ হাসিনা", "श्री राजनाथ सिंह",
# "სპიკერი"), one to five words, with their marks and abbreviating stops.
_UNCASED = (
    r"\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u10d0-\u10ff\u1780-\u17ff\u0590-\u05ff"
    r"\u0700-\u074f\u0780-\u07bf\u1200-\u137f\uac00-\ud7af\u1100-\u11ff"
)
_UNCASED_WORD = rf"[{_UNCASED}][{_UNCASED}.'\"\-]*"
_UNCASED_NAME = re.compile(rf"{_UNCASED_WORD}(?: {_UNCASED_WORD}){{0,4}}")
_GLUED_INITIAL = re.compile(r"(?<=\b[^\W\d_])\.(?=[^\W\d_])")


# An outlet named with its article, asking: "The Paper", "The Hindu", "The Times of India".
_THE_OUTLET = re.compile(r"^The (?:[A-Z][\w&'’.\-]*)(?: (?:of )?[A-Z][\w&'’.\-]*){0,3}$")


@lru_cache(maxsize=16384)
def _other_script(raw: str) -> Label | None:
    """A label written outside Latin-1: a question or answer word from the lexicon, a name of
    capitalised words in a cased script, a Han name of 2-5 characters, a short Arabic name."""
    core, notes = strip_parens(raw)
    core = core.strip()
    outlet = next((n for n in notes if n), None)
    qa = qa_kind(core)
    if qa == "question":  # "Вопрос", "السؤال", "השאלה"
        return Label(raw, "question", None, outlet, ("question",), 0)
    if qa == "answer":
        return Label(raw, "answer", None, None, (), 0)
    if asker := _HAN_ASKER.fullmatch(core):
        return Label(raw, "question", None, asker.group(1), ("question",), 0)
    if " " not in core and (lone := _lone_role(core)) is not None:
        return lone  # "Журналіст", "Корреспондент", "Ведущий", "대변인", "المتحدث"
    words = core.split()
    cased = all(_CASED_WORD.fullmatch(w) and w[0].isupper() for w in words)
    cased = cased and any(w[-1:] != "." or len(w) > 2 for w in words)  # not initials alone
    if words and len(words) <= 4 and cased and not core.isascii():
        name = _GLUED_INITIAL.sub(". ", core)
        weak = len(words) == 1 and "." not in core and not core.isupper()
        return Label(raw, "person", name, outlet, (), 0, weak=weak)
    if (parts := cjk_parts(core)) is not None:  # "國際傳播司司長徐詠梅報告", "羅委員致政"
        who, office, said = parts
        return Label(raw, "person" if who else "role", who, office or outlet, (), 0, bool(said))
    if _HAN_NAME.fullmatch(core) or (_ARABIC_NAME.fullmatch(core) and len(core) <= 50):
        return Label(raw, "person", core, outlet, (), 0)
    if (
        len(core) <= 50 and _UNCASED_NAME.fullmatch(core) and "।" not in core and "॥" not in core
    ):  # "জনাব আবুল কালাম আজাদ", "शेख हसीना"
        titled = {words[0], words[0].rstrip("."), words[-1]} & _UNCASED_TITLES  # "강경화 장관"
        name, office = _untitled(words)
        return Label(raw, "person", name, outlet or office, (), 0, weak=not titled)
    return None


_UNCASED_COURTESY = terms("uncased_courtesy")
_ANONYMOUS = terms("anonymous_officials")


def _lone_role(word: str) -> Label | None:
    """A label of one word of another script that is a journalist's (a question) or an
    office or a voice of the lexicon (a role): "Журналіст", "Корреспондент", "Ведущий",
    "대변인", "المتحدث" (its glued article off)."""
    key = word.casefold()
    keys = {key, *(key[len(p) :] for p in _ARTICLE_PREFIXES if key.startswith(p))}
    if keys & ASKERS:
        return Label(word, "question", None, word, ("question",), 0)
    if keys & (ROLE_WORDS | _ANONYMOUS):
        return Label(word, "role", None, word, (), 0)
    return None


def _untitled(words: list[str]) -> tuple[str, str | None]:
    """(name, office) of a label in a script without capitals: the titles that open it (or
    close it, as Korean does) are no part of the name; an office among them is the role, a
    courtesy title is nothing ("היו\"ר אבי ניסנקורן" -> the name, "the chair"; "श्री X" -> X)."""
    titles: list[str] = []
    while len(words) > 1 and words[0] in _UNCASED_TITLES:
        titles, words = [*titles, words[0]], words[1:]
    while len(words) > 1 and words[-1] in _UNCASED_TITLES:
        titles, words = [words[-1], *titles], words[:-1]
    offices = [t for t in titles if t not in _UNCASED_COURTESY]
    return " ".join(words), " ".join(offices) or None


_UNCASED_TITLES = terms("uncased_titles")
_LABEL_OFFICES = terms("label_offices")
_ORG_HEADS = frozenset(terms("label_office_orgs"))


def _office_org(words: list[str], k: int) -> int:
    """Where the holder's name starts after an office that names its organisation in sentence
    case ("Người phát ngôn Bộ Ngoại giao Lê Hải Bình", "Juru bicara Kementerian luar negeri
    Retno"): the organisation opens with a lexicon head (`label_office_orgs`) and runs to its
    last word in lower case; the name is every word after it. `k` as it was where no such
    organisation, or no name after it, is printed."""
    if k >= len(words) or words[k].casefold() not in _ORG_HEADS:
        return k
    low = [j for j in range(k + 1, len(words)) if words[j].islower() and words[j].isalpha()]
    return low[-1] + 1 if low and low[-1] + 1 < len(words) else k


_ROSTER = terms("roster_fields")


@lru_cache(maxsize=16384)
def _office_led(raw: str) -> Label | None:
    """An office in sentence case opening the label, alone or before its holder's name, as
    most languages write offices: "Người phát ngôn", "Sēdes vadītāja", "Juru bicara Retno",
    "Tiskový mluvčí Jan Novák", "Phóng viên" (an asker). The office is a phrase of the
    lexicon's `label_offices`, an asker, or a record's office word, then words in lower case;
    the name, if any, is every word after it, each capitalised. Weak: the document must print
    the label again (`units._confirm`), since a headline opens the same way."""
    core, notes = strip_parens(raw)
    words = core.split()
    if not 2 <= len(words) <= 12 or _DIGIT.search(core) or _SENTENCE.search(core + " "):
        return None
    folded = [w.casefold() for w in words]
    listed = next((n for n in (4, 3, 2, 1) if " ".join(folded[:n]) in _LABEL_OFFICES | ASKERS), 0)
    k = listed or (
        1 if len(words[0]) > 3 and record_role(words[0]) and norm(words[0]) not in JOINS else 0
    )  # (not "The", "Of": a record's office words hold its connectives)
    if not k or not words[0][:1].isupper():
        return None
    while k < len(words) and words[k].islower() and words[k].isalpha():
        k += 1  # "Juru bicara", "Người phát ngôn": the office goes on in lower case
    org = _office_org(words, k)  # "Người phát ngôn Bộ Ngoại giao Lê Hải Bình": the ministry's
    if len(words) - (org - k) > 8:
        return None  # (the office and the name: eight words at most, the organisation aside)
    k = org
    if not listed and not any(w.islower() for w in words[1:k]):
        return None  # "Foreign Affairs Council": title case, which the grammar reads already
    office, name = " ".join(words[:k]), " ".join(words[k:])
    if "," in core or not all(w[:1].isupper() and not w.isupper() for w in words[k:]):
        return None  # "Ministra de Externe a României, Jane Doe" (a headline), "Minister X OF"
    if _ROSTER.intersection(folded):
        return None  # "Members present: Jane Doe (Chair) ...": a roster's field
    if any(_named_thing(norm(w)) for w in words[k:]):
        return None  # "Ministro Esteri NATO": an institution, not a holder
    outlet = next((n for n in notes if n), None)
    if office.casefold() in ASKERS:  # "Phóng viên:", "Phóng viên Báo X:": a journalist asks
        who = name or None
        return Label(raw, "question", who, outlet, ("question", "office_led"), 0, weak=True)
    if not name:
        return Label(raw, "role", None, office, ("office_led",), 0, weak=True)
    return Label(raw, "person", name, office, ("office_led",), 0, weak=True)


# A questioner's name in a question label's note: two or three capitalised words ("Matt Lee").
_ASKER_NAME = re.compile(r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}$")


def _qa(tag: str, line: str, rest: int) -> Label:
    kind = "question" if tag.startswith("Q") else "answer"
    flags = ("question",) if kind == "question" else ()
    return Label(tag, kind, None, None, flags, rest)


def _parse(raw: str, rest: int) -> Label | None:
    core, notes = strip_parens(raw)
    flags: list[str] = []
    roles = []
    for note in notes:
        if ", " in note and any(_INTERP.match(n.strip()) for n in note.split(",")):
            flags.append("interpreted")  # "(Foreign Minister of X, through interpreter)"
            note = ", ".join(n.strip() for n in note.split(",") if not _INTERP.match(n.strip()))
        if _INTERP.match(note):
            flags.append("interpreted")
        elif note.strip() == "?":
            flags.append("unidentified")
        elif note.strip() and not delivery_note(note.strip()):
            roles.append(note.strip())
    qa = qa_kind(core)
    if _Q.match(core) or qa == "question":  # "QUESTION (Interfax)", "Frage", "La pregunta"
        outlet = next((r for r in roles if r[:1].isupper()), None)
        asker, _, at = (outlet or "").partition(", ")
        if at and _outlet(asker) and _ASKER_NAME.match(at.strip()) and not _outlet(at.strip()):
            asker, at = at.strip(), asker  # "Q (Harbour Radio, Jane Doe)": the outlet first
        if at and _ASKER_NAME.match(asker):  # "Q (Matt Lee, AP)": the questioner, the outlet
            return Label(raw, "question", asker, at.strip(), ("question", *flags), rest)
        return Label(raw, "question", None, outlet, ("question", *flags), rest)
    if _A.match(core) or qa == "answer":  # "A", "Answer", "R" (réponse), "الجواب"
        return Label(raw, "answer", None, None, tuple(flags), rest)
    if _CHAIR.match(core):
        return Label(raw, "chair", None, core[4:], tuple(flags), rest)
    return _person(raw, core, roles, tuple(flags), rest)


# The last word of a caption's field, never of a speaker's label: "FILE:", "X Photo:".
_CREDITS = frozenset(("file", "photo", "photos", "picture", "pic", "image", "caption", "credit"))


def _office_words(words: list[str]) -> bool:
    """An office after "The": role words, with at most two capitalised words before the last
    role word ("Prime Minister", "First Minister", "Deputy First Minister"), no institution."""
    if not is_role_word(words[-1]) or len(words) > 4:
        return False
    return (
        all(
            is_role_word(w) or (w[:1].isupper() and w.isalpha() and norm(w) not in NOT_PERSON)
            for w in words
        )
        and sum(not is_role_word(w) for w in words) <= 2
    )


def _outlet(text: str) -> bool:
    """A news outlet's name after a questioner's: "Reuters", "NHK", "Asahi Shimbun", "China
    Daily" (not "CNN Host", an office at one)."""
    ws = text.split()
    if not ws or any(is_role_word(w) for w in ws):
        return False
    return norm(text) in OUTLETS or norm(ws[0]) in OUTLETS or norm(ws[-1]) in MEDIA_WORDS


def _named_thing(key: str) -> bool:
    """An acronym, outlet, place or institution word: "NATO", "BBC", "UK" (not initials)."""
    return key in ACRONYMS or key in OUTLETS or key in NOT_PERSON or key in terms("places")


# A name with glued initials, e.g. "T.V.Varga", "M.Dorn".
_GLUED_NAME = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z][a-z]")
# A questioner and an outlet joined by "from": "Jane Doe from Harbour Radio".
_FROM_OUTLET = re.compile(r"^(?P<who>.+?)\s+from\s+(?:the\s+)?(?P<outlet>[A-Z][^,]{1,60})$")


def _from_outlet(
    raw: str, name: str, after: str, flags: tuple[str, ...], rest: int
) -> Label | None:
    """A journalist's label naming the outlet: "Jane Doe from Harbour Radio", "Question from
    Harbour Radio", "Harbour Radio reporter" (an outlet, then an asker's word)."""
    if " from " not in name and name[name.rfind(" ") + 1 :].casefold() not in ASKERS:
        return None  # (most labels: neither)
    words = name.split()
    if len(words) >= 2 and norm(words[-1]) in ASKERS and not after:
        outlet = " ".join(words[:-1])
        if _TITLE.match(outlet) and not any(is_role_word(w) for w in words[:-1]):
            return Label(raw, "question", None, outlet, ("question", *flags), rest)
    m = _FROM_OUTLET.match(name) if " from " in name else None
    if m is None or after:
        return None
    who, outlet = m.group("who"), m.group("outlet").strip()
    if _Q.match(who) or norm(who) in ASKERS:
        return Label(raw, "question", None, outlet, ("question", *flags), rest)
    who_words = who.split()
    plain = not any(is_role_word(w) or norm(w) in NOT_PERSON for w in who_words)
    if 2 <= len(who_words) <= 3 and plain and _TITLE.match(who) and _outlet(outlet):
        return Label(raw, "question", who, outlet, ("question", *flags), rest)
    return None


# An initial opening a name: "M. Horvat", "J. Marek".
_INITIAL_FIRST = re.compile(r"^[A-Z]\.\s+\S")


def _named(part: str) -> bool:
    """A person's name after an office: two to four capitalised words, none a role word, no
    outlet or institution ("Prime Minister of Ruritania, Tomas Varga"). After an office, one
    capital and a dot is the holder's initial ("Zastupnik M. Horvat"), not the French "M."."""
    ws = (part if _INITIAL_FIRST.match(part) else strip_honorifics(part)).split()
    return (
        2 <= len(ws) <= 4
        and bool(_TITLE.match(part) or _CAPS.match(part))
        and not any(is_role_word(w) or norm(w) in NOT_PERSON or norm(w) in MEDIA_WORDS for w in ws)
        and norm(part) not in OUTLETS
    )


def _institution_head(words: list[str]) -> bool:
    """ "Foreign Ministry Briefing", "NATO Summit" (not "President of the European Council")."""
    return norm(words[-1]) in NOT_PERSON and not any(norm(w) in ("of", "for") for w in words)


def _person(
    raw: str, core: str, roles: list[str], flags: tuple[str, ...], rest: int
) -> Label | None:
    if "." in core and _GLUED_NAME.search(core):
        core = _GLUED_INITIAL.sub(". ", core)  # "T.V.Varga" -> "T. V. Varga"
    name, _, after = core.rstrip(" .,").partition(",")
    name, after = name.strip(), after.strip()
    if (asked := _from_outlet(raw, name, after, flags, rest)) is not None:
        return asked  # "Jane Doe from Harbour Radio", "Harbour Radio reporter"
    parts = [p.strip() for p in after.split(",")]  # "ISHA SESAY, HOST, CNN": role, outlet
    if after and not all(
        _CAPS.match(p) or _TITLE.match(shape(p)) or lower_role(p) or office_phrase(p) for p in parts
    ):
        return None
    if not name or _HONORIFIC_ONLY.match(name):
        return None
    if name[:1] in "LEIDO" and (office := after_article(name)):
        return Label(raw, "role", None, office, flags, rest)  # "Le Premier ministre"
    if not (_CAPS.match(name) or _TITLE.match(name)) and lower_role(name[:1].lower() + name[1:]):
        return Label(raw, "role", None, name, flags, rest)  # "Unidentified participant"
    titled_only = not (_CAPS.match(name) or _TITLE.match(shape(name)))
    if titled_only and not (_TITLED.match(name) or (roles and _WITH_COUNTRY.match(name))):
        return None
    words = name.split()
    if norm(words[-1]) in _CREDITS:
        return None  # "FILE: The Minister ...", "Minister Jane Doe Photo: Harbour Post": a caption
    spoken_role = name.isupper() and len(words) == 1 and norm(name) in ROLE_WORDS  # "PRESENTER:"
    if (
        (norm(words[0]) in LABEL_STOP and not spoken_role)
        or norm(words[0]) in LABEL_STOP_FIRST
        or len(words) > 16
    ):
        return None
    asker = len(parts) == 1 and len(words) <= 3 and not any(is_role_word(w) for w in words)
    if asker and _outlet(parts[0]):  # "Abe, Asahi Shimbun", "Jane Doe, Reuters"
        return Label(raw, "question", name, parts[0], ("question", *flags), rest)
    the_office = len(words) > 1 and _office_words(words[1:])  # "The First Minister"
    if words[0] == "The" and len(words) > 1 and (the_office or is_role_word(words[1])):
        named = next((r for r in roles if _TITLE.match(r) and len(r.split()) > 1), None)
        if named:  # "The Prime Minister (Boris Johnson)" (Hansard), "The First Minister (X Y)"
            return Label(raw, "person", named, " ".join(words[1:]), flags, rest)
        if the_office:  # "The Prime Minister", "The First Minister"
            return Label(raw, "role", None, " ".join(words[1:]), flags, rest)
    if words[0] == "THE" and len(words) > 1 and all(is_role_word(w) for w in words[1:]):
        return Label(
            raw, "role", None, role_case(" ".join(words[1:])), flags, rest
        )  # "THE PRESIDENT"
    if words[0] == "The" and len(words) > 2 and office_of(words[1:]):
        return Label(raw, "role", None, " ".join(words[1:]), flags, rest)  # "The Minister for X"
    if words[0] == "The" and len(words) > 1:
        return None  # "The Andrew Marr Show: interview ..." (the chair was matched earlier)
    if len(parts) == 1 and is_role_word(words[0]) and _named(parts[0]) and len(words) <= 8:
        named = strip_honorifics(parts[0])  # "Minister of X, Y", "Spokesperson, Shri A B"
        return Label(raw, "person", named, role_case(name), flags, rest)
    role = _note_case(name, after) if after else (roles[0] if roles else None)
    if norm(name) in OUTLETS or (norm(words[0]) in OUTLETS and len(words) <= 3):
        return Label(raw, "question", None, name, ("question", *flags), rest)  # "Euronews:"
    roleish = any(is_role_word(w) for w in words)
    if any(norm(w) in MEDIA_WORDS for w in words) and not roleish:
        return Label(raw, "question", None, name, ("question", *flags), rest)  # "China Daily:"
    if (any(norm(w) in NOT_PERSON for w in words) and not roleish) or _institution_head(words):
        return None  # an institution or an event: "Security Council Stakeout: ..."
    if name in ABBREVIATED_ROLES:  # "SG:", "DSG:", "PM:"
        return Label(raw, "role", None, ABBREVIATED_ROLES[name], flags, rest)
    titled = after_courtesy(words)  # "Mr Speaker", "Hon. Members", "Madam Deputy Speaker"
    all_role = any(is_role_word(w) for w in titled) and all(
        is_role_word(w) or norm(w) in ACRONYMS for w in titled
    )
    if titled is not words and all_role:
        return Label(raw, "role", None, role_case(" ".join(titled)), flags, rest)
    if norm(name) in ASKERS:  # "Correspondent: Just a follow-up", "Reporter (Kyodo News):"
        outlet = next((r for r in roles if r[:1].isupper()), None) or role or role_case(name)
        return Label(raw, "question", None, outlet, ("question", *flags), rest)
    if all_role and (name.isupper() or len(words) > 1 or is_role_word(name)):
        named = next((r for r in roles if _TITLE.match(r) and len(r.split()) > 1), None)
        if not named and after and len(strip_honorifics(after).split()) > 1:
            named = strip_honorifics(after)  # "Official Spokesperson, Shri Arindam Bagchi"
        if named:  # "Moderator (Oana Lungescu)": the role, then the person
            return Label(raw, "person", named, role_case(name), flags, rest)
        return Label(raw, "role", None, role_case(name), flags, rest)
    if (len(words) == 1 and not name.isupper()) or (titled_only and not roles):
        return Label(raw, "person", name, role, flags, rest, weak=True)
    if name.isupper() and len(words) > 3 and not after:
        prefix, rest_name = split_role_name(name)
        if prefix:
            return Label(raw, "person", rest_name, role or prefix, flags, rest)
    if not name.isupper() and len(words) > 2:
        prefix, full = role_and_name(words)  # "President of Russia Vladimir Putin"
        if prefix and full and len(full.split()) > 1:
            return Label(raw, "person", full, role or prefix, flags, rest)
    return Label(raw, "person", name, role, flags, rest)


def _note_case(name: str, note: str) -> str:
    """The note after a name, in the case the label's style gives it: an acronym in capitals
    after a name in mixed case stays as printed ("Jane Doe – RBA", not "Rba"); an office in
    capitals is cased as a role ("JANE DOE, MINISTER FOR PORTS")."""
    acronym = note.isupper() and not name.isupper() and len(note) <= 12
    if acronym and all(len(w) <= 5 and not is_role_word(w) for w in note.split()):
        return note
    return role_case(note)


# A label in the corner brackets of Chinese pages, the speech after it: "【发言人】今天".
_CORNER = re.compile(r"【([^【】]{1,30})】[ \t\u3000]*")
# A journalist's label in corner brackets: the outlet, a space, the name and "reporter".
_CORNER_ASKER = re.compile(r"([^\s【】]{1,20})[ \t\u3000]+([^\s【】]{0,6}?)[记記]者")


def _marked(line: str) -> Label | None:
    """A label after a record's mark ("※國際傳播司司長徐詠梅報告:", "○鈴木一郎君　おはよう")
    or in corner brackets ("【发言人】今天"): the label the grammar reads after the mark, else a
    Chinese or Japanese label naming an office or a member set off by a space or the bracket;
    the mark kept in the label as printed."""
    if line[:1] == "【":
        corner = _CORNER.match(line)
        if corner is None:
            return None
        inner = corner.group(1).strip()
        lab = _other_script(inner) if not inner.isascii() else _parse_raw(inner)
        if lab is None and (asker := _CORNER_ASKER.fullmatch(inner)):
            outlet = asker.group(1).strip()  # "【ＮＨＫ　田中記者】": the outlet, the reporter
            lab = Label(inner, "question", asker.group(2) or None, outlet, ("question",), 0)
        if lab is None:
            return None
        weak = lab.weak or (lab.kind == "person" and cjk_parts(inner) is None)  # "【独家】"
        return replace(lab, label=corner.group().strip(), rest=corner.end(), weak=weak)
    at = len(line) - len(line[1:].lstrip(" \t\u3000"))
    rest = line[at:]
    lab = match_label(rest) if rest[:1] not in MARKS else None
    if lab is not None:  # a mark opens each speaker's label: no weak label
        return replace(lab, label=line[:at] + lab.label, rest=lab.rest + at, weak=False)
    head = marked_head(rest)
    if not head:
        return None
    name, office, _ = cjk_parts(rest[:head]) or (None, None, "")
    kind = "person" if name else "role"
    speech = len(line) - len(line[at + head :].lstrip(" \t\u3000"))
    return Label(line[: at + head].strip(), kind, name, office, (), speech)


# The courtesy titles dropped from the name as their abbreviation is ("Señor Astori", "SEÑORA
# RUIZ.-" as "Sr. Astori"); "M." and "Mme" stay in it, as "Mr." does.
_DROPPED_COURTESY = terms("dropped_courtesy")
_LEAD_FIRST = terms("label_articles") | terms("label_courtesy") | terms("record_roles")


def _leads(raw: str) -> bool:
    """The label opens with an article or a courtesy title of another language's record, or
    an office only such a record's labels print ("El señor", "O SR.", "M.", "Poseł")."""
    space = raw.find(" ")
    if space <= 0 or norm(raw[:space]) not in _LEAD_FIRST:
        return False  # (most labels: no such word first)
    words = raw.split(None, 3)
    k = courtesy_lead(words)
    if k == 1 and norm(words[0]) in HONORIFICS and norm(words[0]) not in _DROPPED_COURTESY:
        return False  # "M. Tomas VARGA", "Mme Jane Doe": the grammar's own titled name
    return bool(k) or (record_role(words[0]) and not is_role_word(words[0]))


# A member's name in a note after an office: "PRESIDENTE (Carlos Mota. Bloco/PSD - BA)",
# "MINISTRO DE ... (Ortega Vidal)" (the name, then the party and state after a stop or dash).
_NOTE_NAME = re.compile(
    r"^(["
    + UPPER
    + r"][\w'’\-]+(?: (?:d[aeiou]s?|de la|y|e|von|van|["
    + UPPER
    + r"][\w'’\-]+)){1,4})(?:[.,;] | [-–] |$)"
)


@lru_cache(maxsize=4096)
def _lead_label(raw: str) -> Label | None:
    """A label after an article and a courtesy title, or under an office of another
    language's record: an office ("La señora PRESIDENTA", "M. le président", "El señor
    MINISTRO DE ASUNTOS EXTERIORES (Ortega Vidal)", the member in the note its holder), a
    member by name ("El señor GARCÍA LÓPEZ", "O SR. JOÃO SILVA (PT - SP)", the note the
    party), or an office before a name ("Poseł Jan Kowalski"). The courtesy title makes a
    surname alone a strong label."""
    core, notes = strip_parens(raw)
    words = core.split()
    k = courtesy_lead(words)
    rest = words[k:]
    if not rest or len(rest) > 14 or (k == 0 and len(rest) < 2):
        return None
    noted = next((n for n in notes if n), None)
    who = _NOTE_NAME.match(noted or "")
    office_first = k or len(rest) < 2 or record_role(rest[1]) or not _named(" ".join(rest[1:]))
    if record_role(rest[0]) and office_first:  # "Timbalan Menteri Luar Negeri [Datuk X]"
        office = " ".join(rest).rstrip(",")
        if not all(
            record_role(w) or _office_link(w) or w[:1].isupper() or w[-1:] == "," for w in rest
        ):
            return None  # "M. le président a dit", no office
        if who:
            return Label(raw, "person", who.group(1), role_case(office), (), 0)
        office, _, holder = office.rpartition(", ") if ", " in office else ("", "", office)
        if office and _named(holder):  # "Le ministre des Affaires étrangères, M. Jean Doe"
            return Label(raw, "person", strip_honorifics(holder), role_case(office), (), 0)
        office = office + _ + holder if office else holder
        return Label(raw, "role", None, role_case(office), (), 0)
    if k == 0:  # "Poseł Jan Kowalski": the office, then the name
        return Label(raw, "person", " ".join(rest[1:]), rest[0], (), 0)
    if k and (inverted := _surname_first(rest)):  # "SR. THOMAS, ENRIQUE LUIS (MENDOZA)"
        return Label(raw, "person", inverted, noted, (), 0)
    base = _parse_raw(" ".join(rest))
    if base is None and not rest[0].isascii():
        base = _other_script(" ".join(rest))  # "Господин Сергей Лавров"
    if base is None or base.kind != "person" or not base.name:
        return None
    role = base.role or noted
    return Label(raw, "person", base.name, role, base.flags, 0)


def _surname_first(words: list[str]) -> str | None:
    """The name a record prints surname first after a courtesy title, a comma before the given
    names ("THOMAS, ENRIQUE LUIS", "GARCÍA LÓPEZ, JUAN"), in reading order ("ENRIQUE LUIS
    THOMAS"); None where the words after the comma are an office, an outlet or a place."""
    cut = next((j for j, w in enumerate(words) if w.endswith(",")), -1)
    family, given = words[: cut + 1], words[cut + 1 :]
    if not (1 <= len(family) <= 2 and 1 <= len(given) <= 3):
        return None
    names = [*family, *given]
    if not all(w.rstrip(",").replace("-", "").isalpha() for w in names):
        return None
    if any(record_role(w.rstrip(",")) or _named_thing(norm(w)) for w in names):
        return None
    if not all(w.isupper() for w in names) and not all(w[:1].isupper() for w in names):
        return None
    return " ".join([*given, *(w.rstrip(",") for w in family)])


def _office_link(word: str) -> bool:
    """A small word inside an office's name, in any language of the lexicon ("Ministro das
    Finanças", "Ministre de l'Intérieur")."""
    return word in JOINS or word.casefold() in _OFFICE_LINKS


_OFFICE_LINKS = terms("office_links")


def _office_holder(raw: str) -> Label | None:
    """An office in capitals with its holder in the note, as parliaments' records print a
    minister ("THE MINISTER OF EXTERNAL AFFAIRS (DR. S. JAISHANKAR)", "THE MINISTER OF STATE
    OF THE MINISTRY OF CULTURE AND ... (SHRI PRAHLAD SINGH PATEL)"): the holder speaks, the
    office is the role (the title-case form is `_person`'s "The Prime Minister (Boris Johnson)")."""
    core, notes = strip_parens(raw)
    words = core.split()
    if len(words) < 2 or words[0] != "THE" or not is_role_word(words[1]) or not notes:
        return None
    if not core.isupper() or len(words) > 24:
        return None
    holder = strip_honorifics(notes[-1].strip())
    if not (2 <= len(holder.split()) <= 5 and _CAPS.match(holder)) or _named_thing(norm(holder)):
        return None
    return Label(raw, "person", holder, role_case(" ".join(words[1:])), (), 0)


# A record's summary of a speech, the label ending in what the member did and "said:"
# ("THE MINISTER OF ... (SHRI JANE DOE) moving the motion for consideration of the Bill,
# said:", "SHRI JANE DOE (Northshire) replying to the debate, said:").
_SAID_LABEL = re.compile(
    r"(?P<who>[A-Z][^:()]{1,200}\([^()]{3,80}\))[ \t]+[a-z][^:()]{0,160}?,?[ \t]+said[ \t]*:"
)


def _said_label(line: str) -> Label | None:
    """The speaker of a record's summary label that ends in "said:", the circumstance of the
    speech between the speaker and the verb; the label as printed, the speech after it."""
    m = _SAID_LABEL.match(line)
    if m is None or not strip_parens(m.group("who"))[0].isupper():
        return None  # (the record's style: its member or office in capitals)
    who = m.group("who").strip()
    lab = _office_holder(who) or _parse_raw(who)
    if lab is None or lab.weak or lab.kind not in ("person", "role"):
        return None
    return _finish(replace(lab, label=line[: m.end() - 1].strip()), line, m.end() - 1)


# A record's label in capitals closed by a full stop, the speech after it, as Italian and
# other records print it: "PRESIDENTE. Ha facoltà ...", "JANE DOE, Ministra degli affari
# esteri. Grazie, Presidente." (the office after the name's comma).
_CAPITAL = UPPER + "А-ЯЁІЇЄҐΑ-Ω"
_STOPPED = re.compile(
    rf"(?P<name>[{_CAPITAL}][{_CAPITAL}'’\-]+(?: [{_CAPITAL}][{_CAPITAL}'’\-]+){{0,3}}"
    r"|[^\W\d_][^\W\d_\-]{3,30})"
    rf"(?:, (?P<role>[^.:;!?()]{{3,120}}))?\.[ \t]+(?=[{_CAPITAL}«\"“(])"
)


# Words of a sentence that no name or office holds ("OUR MESSAGE IS CLEAR.").
_SPEECH_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "are",
        "was",
        "were",
        "be",
        "our",
        "we",
        "i",
        "you",
        "he",
        "she",
        "it",
        "they",
        "this",
        "that",
        "will",
        "not",
        "for",
        "and",
        "of",
        "to",
        "in",
        "on",
        "with",
        "by",
        "at",
        "from",
        "all",
        "new",
    ]
)


def _stopped(line: str, m: re.Match[str]) -> Label | None:
    """The office alone ("PRESIDENTE."), or a name in capitals with the office after a comma
    (strong) or alone (weak: the document must print it again); no place, outlet or body."""
    name, role = m.group("name"), m.group("role")
    words = name.split()
    if any(_named_thing(norm(w)) or norm(w) in NOT_PERSON for w in words):
        return None  # "NATO.", "UNITED NATIONS. The ..."
    if not role and (norm(words[-1]) in HONORIFICS or len(words[-1]) <= 3):
        return None  # "SEVERAL HON. MEMBERS:", "SEC. PANETTA:": an abbreviation's stop
    if any(norm(w) in _SPEECH_WORDS for w in words):
        return None  # "OUR MESSAGE IS CLEAR. NATO ...": a sentence in capitals
    label, rest = line[: m.end()].strip().rstrip("."), m.end()
    if line[rest : rest + 60].isupper():
        return None  # "WATER ECONOMY. OUR PRIORITY IS ...": a text in capitals
    if len(words) == 1:  # "PRESIDENTE.", "ГОЛОВУЮЧИЙ.", "Председательствующий."
        cased = name.isupper() or not name.isascii()
        if role or not cased or not record_role(name):
            return None
        return Label(label, "role", None, role_case(name), (), rest)
    if not name.isupper():
        return None
    if role and not (office_phrase(role) or lower_role(role)):
        return None  # "RESPECT FOR INTERNATIONAL LAW, AND THE PROMOTION OF ...": no office
    lab = _parse_raw(f"{name}, {role}" if role else name)
    if lab is None or lab.kind != "person" or not lab.name:
        return None
    return Label(label, "person", lab.name, lab.role, (), rest, weak=not role)
