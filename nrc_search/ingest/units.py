"""Label lines: where each speaker label starts a run of body lines, colon labels, labels
that wrap onto a second line (UN records) and labels alone on their line ("PRESIDENT PUTIN").
Weak labels count only when the document confirms them. Stdlib only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from nrc_search.ingest import dates
from nrc_search.ingest.labels import Label, bare_label, caseless, match_label
from nrc_search.ingest.leads import record_role
from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.names import (
    HONORIFICS,
    MEDIA_WORDS,
    OUTLETS,
    ROLE_WORDS,
    UPPER,
    is_role_word,
    norm,
)

_END = (".", "?", "!", '"', "”", "’", ")", "]", ":", ";", "-", "—", "…")
# The first line of a label that wraps, e.g. "Mr. Churkin (Russian Federation) (spoke in".
_OPEN_LABEL = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dame|Sir|Lord|Baroness|The)\b[^:]{0,80}\([^)]*$")


def _open_label(line: str) -> bool:
    """`_OPEN_LABEL.match(line)`, tried only on a line opening with a title's capital and
    holding its bracket (most lines do not); or a label of another language's record whose
    bracket the line break cut, a courtesy title or an office first ("Herr Tomas Varga
    (Vastmark-Partei) (übersetzt aus dem")."""
    if "(" not in line or not line[:1].isupper():
        return False
    if line[:1] in "MDSLBT" and _OPEN_LABEL.match(line):
        return True
    first = norm(line.split(None, 1)[0])
    titled = first in HONORIFICS or first in _TITLES or record_role(first)
    return titled and len(line) <= 120 and ":" not in line and line.count("(") > line.count(")")


_TITLES = terms("courtesy_titles") | terms("label_courtesy")


def label_runs(lines: list[str], known: set[str]) -> list[tuple[Label | None, list[str], str]]:
    """(label, lines, first-line speech) runs; a confirmed label starts a new run."""
    lines = unglued(lines)
    found = _timed_voices(_confirm(list(_labels(lines, known))), lines)
    units: list[tuple[Label | None, list[str], str]] = []
    if not found or found[0][0] > 0:
        units.append((None, lines[: found[0][0] if found else len(lines)], ""))
    for k, (i, span, lab, first) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(lines)
        units.append((lab, lines[i + span : end], first))
    return units


# Where a record's label may start inside a line, after a heading the copy glued to it (a PDF
# copied without its line breaks): "The situation in the Middle East The President: In ...".
_GLUED_LABEL = re.compile(
    r"\s(?=(?:The (?:President|Acting President|Chair(?:man|person|woman)?|Secretary-General)|"
    r"(?:Mr|Mrs|Ms|Miss|Dame|Sir|Lord|Baroness|Dr)\.?\s[^\W\d_][^:]{0,80}):)"
)


def unglued(lines: list[str]) -> list[str]:
    """The lines with a heading glued to the record label after it set on a line of its own,
    a blank line between ("The situation in the Middle East" / "" / "The President: ..."): the
    heading has a capital first, two to twelve words and no sentence end, and no label of
    its own. A change of voice marked inside a line (" >> ") and labels that run on after a
    sentence in a text that lost its line breaks start lines of their own too."""
    if any(" >>" in line for line in lines):
        lines = [piece for line in lines for piece in _chevrons(line)]
    lines = _run_in(lines)
    if not any(":" in line for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        if ":" not in line[:200] or not line[:1].isupper():
            out.append(line)  # (most lines: no label to look for)
            continue
        labelled = match_label(line) is not None
        m = None if labelled else _GLUED_LABEL.search(line, 0, 120)
        head = line[: m.start()].strip() if m else ""
        if (
            m
            and 2 <= len(head.split()) <= 12
            and not re.search(r"[.!?:;]", head)
            and (lab := match_label(line[m.end() :])) is not None
            and not lab.weak
        ):
            out += [line[: m.start()], "", line[m.end() :]]
        elif not labelled and (dated := _after_date(line)):
            out += dated  # "... am 22. April 2009Vizepräsident Dr. Jane Doe:": the date's line
        elif labelled:
            out += _inline_labels(line)
        else:
            out.append(line)
    return out


# A label glued to the year that ends a record's heading (the copy lost the line break):
# "Auszug aus der Fragestunde am 22. April 2009Vizepräsident Dr. Jane Doe:".
_YEAR_GLUED = re.compile(r"(?<=[12]\d{3})(?=[" + UPPER + r"][^\W\d_]+\s[^:]{2,80}:)")


def _after_date(line: str) -> list[str] | None:
    """The line cut after the full date that ends its heading and before the strong label
    glued to it, a blank line between; None when the line is no such pair."""
    m = _YEAR_GLUED.search(line, 0, 200)
    if m is None or len(line[: m.start()].split()) > 16:
        return None
    head, rest = line[: m.start()], line[m.start() :]
    lab = match_label(rest)
    if lab is None or lab.weak or lab.kind not in ("person", "role") or not _ends_in_date(head):
        return None
    return [head, "", rest]


def _ends_in_date(head: str) -> bool:
    """The heading ends with a full date ("am 22. April 2009", "on 4 May 2011")."""
    tail = " ".join(head.split()[-4:])
    return dates.full_date(tail) is not None


# A label in capitals inside a line, after a sentence's end and a run of spaces (a page that
# lost its line breaks): "... you faced?    CONDOLEEZZA RICE: Well the single ...".
_INLINE_LABEL = re.compile(r"(?<=[.?!\"”’)])\s{2,}(?=[A-Z][A-Z.'’\- ]{2,60}(?:\([^)]{1,60}\))?:\s)")


def _inline_labels(line: str) -> list[str]:
    """A labelled line cut before each label in capitals it holds after a sentence (two or
    more words, a strong label), a blank line between the pieces; else the line itself."""
    if "  " not in line or line.count(":") < 2:
        return [line]
    out, start = [], 0
    for m in _INLINE_LABEL.finditer(line):
        lab = match_label(line[m.end() :])
        if lab and not lab.weak and len(lab.label.split()) >= 2:
            out += [line[start : m.start()], ""]
            start = m.end()
    return [*out, line[start:]] if out else [line]


# A change of voice inside a line of captions printed as text, after a sentence's end or a
# dash: "... [end of translation]. >> Question: I'm with ...", "... this year -- >> Prime ...".
_CHEVRON_IN = re.compile(r"(?<=[.?!\"”’)\]\-—–])\s+(?=>>+\s*\S)")


def _chevrons(line: str) -> list[str]:
    """A line cut before each change-of-voice mark inside it, a blank line between."""
    if " >>" not in line:
        return [line]
    pieces = _CHEVRON_IN.split(line)
    return [p for k, piece in enumerate(pieces) for p in ([piece] if not k else ["", piece])]


# Where a label may run on after a sentence inside a line: "... affordable homes. Johann
# Lamont (Glasgow Pollok) (Lab): To ask ...", "... forget. The First Minister: We ...", in any
# script ("... τις ερωτήσεις σας. ΣΠΥΡΑΚΗ: Κύριε ..."; ";" is the Greek question mark). The
# letter before the stop is checked by `_after_sentence`.
_RUN_IN = re.compile(r"(?<=\w[.?!;])[\"”’)]?[ \t]+(?=[^\W\d_][^.?!:\n]{1,80}:[ \t])")


def _after_sentence(line: str, at: int, label: int) -> bool:
    """The stop before `at` ends a sentence: a small letter of any script or a digit before
    it, or a word in capitals of four letters or more ("... ERA."), not a title's initial
    ("MAJ. GEN. PAT RYDER:"); a semicolon only before a label in a script whose question
    mark it is (Greek: not Latin)."""
    k = at - 1
    before = line[k - 1]
    if line[k] == ";" and line[label].isascii():
        return False
    if before.islower() or before.isdigit():
        return True
    word = line[max(0, k - 4) : k]
    return len(word) == 4 and word.isalpha() and word.isupper()


def _run_in(lines: list[str]) -> list[str]:
    """The lines cut before each label that runs on after a sentence inside a line (text that
    lost its line breaks, subtitles cut into caption-sized paragraphs), when the document
    shows it is such a text: three such labels or more, and a speaker named by two of them."""
    found = [(i, m.end(), lab) for i, m, lab in _run_in_labels(lines)]
    names = Counter((lab.name or lab.role or "").casefold() for _, _, lab in found)
    if len(found) < 3 or max(names.values(), default=0) < 2:
        found = [f for f in found if _capital_label(f[2], lines[f[0]], f[1])]
    if not found:
        return lines
    cuts: dict[int, list[int]] = {}
    for i, at, _ in found:
        cuts.setdefault(i, []).append(at)
    out: list[str] = []
    for i, line in enumerate(lines):
        start = 0
        for at in cuts.get(i, []):
            out += [line[start:at].rstrip(), ""]
            start = at
        out.append(line[start:])
    return out


def _capital_label(lab: Label, line: str, at: int) -> bool:
    """A label in capitals of two words or more running on after a sentence, a quote or a
    capital opening the speech ("... OHNE SPRECHERTEXT. IAEA DIRECTOR RAFAEL GROSSI: "We
    ..."): a label though the document prints it once."""
    said = line[at + lab.rest : at + lab.rest + 2].lstrip()[:1]
    return (
        lab.kind in ("person", "role")
        and lab.label.isupper()
        and len(lab.label.split()) >= 2
        and bool(said)
        and (said.isupper() or said in "\"“„«‘'")
    )


_ENDS_BEFORE = re.compile(r"[.?!;][\"”’)]?[ \t]+[^\W\d_]")


def _run_in_labels(lines: list[str]):
    """(line index, where, label) of each strong label after a sentence inside a line."""
    for i, line in enumerate(lines):
        if len(line) >= _DASH_LINE and len(_ANY_DASH.findall(line)) >= 3:
            yield from ((i, m, lab) for m, lab in _dash_run_ins(line))
        colon = line.rfind(":")
        if colon < 24 or not _ENDS_BEFORE.search(line, 20, colon):
            continue  # (most lines: no sentence ends before a colon inside them)
        for m in _RUN_IN.finditer(line, 20):
            if not line[m.end()].isupper() or not _after_sentence(line, m.start(), m.end()):
                continue
            if norm(line[: m.start()].rsplit(None, 1)[-1].rstrip('.?!"”’)')) in HONORIFICS:
                continue  # "... Mr. AMERASINGHE:", "Sen. Doe:": a title's stop, no sentence's
            lab = match_label(line[m.end() :])
            if lab and not lab.weak and lab.kind in ("person", "role", "chair", "question"):
                yield i, m, lab


# Where a label that ends in a dash may run on inside a line: after a sentence's end (a
# letter of any script before it) or after the bracket that closes a stage note, before a
# capital: "... arkadaşlar. BAŞKAN - Sayın ...", "... (Applause) JANE DOE (Westford) - I ...".
_DASH_RUN_IN = re.compile(r"(?:(?<=[^\W\d_][.?!…])|(?<=[.?!…][\"”’])|(?<=\)))[ \t]+(?=[^\W\d_])")
_ANY_DASH = re.compile(r"[ \t][–−—-][ \t]|(?<=\.)-[ \t]")
_DASH_LINE = 300  # (a line that long holding three dashes: a page that lost its line breaks)


def _dash_run_ins(line: str):
    """(match, label) of each strong label ending in a dash ("NAME (Province) -", "BAŞKAN -",
    "El señor X.-") that runs on after a sentence or a stage note inside a long line, in
    capitals or opening with one; the caller's document test confirms them."""
    for m in _DASH_RUN_IN.finditer(line, 20):
        if not line[m.end()].isupper() or not _ANY_DASH.search(line, m.end(), m.end() + 100):
            continue
        lab = match_label(line[m.end() : m.end() + 200])
        if (
            lab
            and not lab.weak
            and lab.kind in ("person", "role", "chair")
            and lab.label[-1:] in "-–−—"
        ):
            yield m, lab


# A time mark opening a line with no dash after it, as captions print each line's time
# ("00:05 with our roundup"): beside them, a dashed one marks a change of voice.
_PLAIN_CLOCK = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+(?![-–—\s])")


def _timed_voices(found: list, lines: list[str]) -> list:
    """The changes of voice marked by a dash after a time ("00:23 - Yeah, so"), kept when the
    document's other time-marked lines have no dash (the dash then marks something); where
    every timed line has one, the dash marks nothing."""
    timed = [f for f in found if "voice" in f[2].flags and f[2].label[:1] not in ">"]
    if not timed:
        return found
    plain = sum(1 for line in lines if line[:1] in "[(0123456789" and _PLAIN_CLOCK.match(line))
    if plain >= len(timed):
        return found
    return [f for f in found if f not in timed]


def _labels(lines: list[str], known: set[str]):
    """(line index, lines spanned, label, speech after it) for each label line."""
    prev = ""
    skip = 0
    recurring = _recurring(lines)
    stopped = _stopped_style(lines)
    opened = _caps_openers(lines)
    for i, line in enumerate(lines):
        if skip:
            skip, prev = skip - 1, line.strip() or prev
            continue
        lab, span, text = match_label(line) if line.strip() else None, 1, line
        if lab is None and recurring and (said := recurring.get(line.strip())):
            yield i, 1, said, ""  # "אחמד טיבי (הרשימה המשותפת)" alone, over each speech
            prev = line.strip()
            continue
        if lab is None and stopped and (m := _STOPPED.match(line)) and m.group(1) in stopped:
            lab = replace(stopped[m.group(1)], rest=m.end())  # "Sēdes vadītāja. Labrīt, ..."
        if lab is None and opened and (m := _CAPS_OPENER.match(line)) and m.group(1) in opened:
            lab = replace(opened[m.group(1)], rest=m.end())  # "CORIN All right. A couple of ..."
        if lab is None and line[:1] and line[0] in _OPENERS:
            lab = _marked(line)  # "<질문> ...", "<답변> ...": a mark in other brackets
        if lab is None and ":" in line[:120]:
            lab = _role_prefixed(line)  # "Direct line programme host Kirill Kleymenov: ..."
        if lab is None and line[:1] == "Q" and (m := _Q_NUMBER.match(line)):
            lab = _numbered(line, m.end())  # "Q169 Chair: I welcome ..."
        if lab is None and line[:1].isdigit() and (m := _ITEM_NUMBER.match(line)):
            lab = _numbered(line, m.end())  # "3. Сұрақ: ...", "2) Pregunta: ..."
            lab = lab if lab and lab.kind in ("question", "answer") else None
        alone = not prev or caseless(line[:1])  # (a record in Hebrew prints no blank line)
        if lab is None and alone and line.strip() and (bare := _bare(line, lines, i, known)):
            yield i, _span(bare, lines, i), bare, ""
            prev = line.strip()
            continue
        if lab is None and i + 1 < len(lines) and _open_label(line):
            k = _next_text(lines, i)  # the label's end, on the next line or past a page head
            text = line.rstrip() + " " + lines[k].lstrip() if k else line
            lab = match_label(text)  # "Mr. Churkin (Russian Federation) (spoke in" / "Russian):"
            lab, span = (lab, k - i + 1) if lab and lab.rest > len(line.rstrip()) else (None, 1)
        if lab is None and _open_caps(line) and (wrapped := _wrapped(lines, i)):
            lab, span, text = wrapped  # "THE MINISTER OF STATE" / "" / "(SHRI X) ..., said:"
        if lab and lab.label[:2] == ">>" and prev[:2] == ">>" and not prev.endswith(_END):
            lab = None  # ">> quoted lines" of an e-mail, run on from the line above
        if lab and _not_a_turn(lab, text):
            lab = None  # "PRODUCER: OLIVIA GAZIS", "Harbour Questions: 5th June 2014"
        if lab and (
            lab.kind != "person" or (lab.name or "").isupper() or lab.role or _after_break(prev)
        ):
            yield i, span, lab, text[lab.rest :].strip()
            skip = span - 1
        prev = line.strip()


# A label a record ends with a full stop, at a line's start: an office or a name (initials
# and all) with a note in brackets ("Sēdes vadītāja. Labrīt, ...", "J.Reirs (VIENOTĪBA)."),
# the initials after the surname ("Иванов И. И.", "КИРИЛЕНКО І.Г."), or a note after a comma
# ("Жириновский В. В., фракция ЛДПР.", "M. Jean Doe, ministre des affaires étrangères.").
_STOPPED = re.compile(
    r"((?:[^\W\d_]\.\s?){0,3}[^\W\d_][^\W\d_'’\-]*(?: [^\W\d_][^\W\d_'’\-]+){0,3}"
    r"(?: [^\W\d_](?:\. ?[^\W\d_]){0,2}(?:\.(?=,))?)?"
    r"(?: \([^()]{1,60}\))?(?:, [^\W\d_][^.,:;!?()\[\]]{1,80})?)\.(?=\s|$)"
)
# Initials that end a stopped label's name, their last stop the label's ("Иванов И. И").
_LAST_INITIAL = re.compile(r"(?:^|[ .])[^\W\d_]$")


def _stopped_style(lines: list[str]) -> dict[str, Label]:
    """The labels ending in a full stop that a record's house style confirms: the same
    speaker (an office, a name with an initial, a note or a title) opening two lines or more
    so, and two such speakers or more (an exchange), the grammar's own stopped labels
    ("Председательствующий.") among them; then every person so labelled, once or more (a
    member who speaks once: "Иванов И. И."). A sentence that opens two lines ("Deputies
    agree.") is no label: the grammar reads no speaker in it. {printed label: label}."""
    seen: dict[str, Label | None] = {}
    count: Counter[str] = Counter()
    for line in lines:
        if "." not in line[:120] or not (m := _STOPPED.match(line)):
            continue
        text = m.group(1)
        lab = seen[text] if text in seen else seen.setdefault(text, _stopped_label(text))
        if lab is None and (own := match_label(line)) and own.label in (text, text + "."):
            count[own.role or own.name or ""] += 1  # "Председательствующий.": the grammar's
        elif lab is not None:
            count[lab.name or lab.role or ""] += 1
    style = {k for k, c in count.items() if c >= 2}
    if len(style) < 2:
        return {}
    return {
        t: lab for t, lab in seen.items() if lab and (lab.kind == "person" or lab.role in style)
    }


def _stopped_label(text: str) -> Label | None:
    """The label `text` makes with a colon, if a speaker's: an office of two words or more,
    or a person named with an initial, a note in brackets or after a comma ("Жириновский
    В. В., фракция ЛДПР"), or a courtesy title or an office ("Senator Doe", "Secretary Doe",
    as a hearing's record prints its members)."""
    lab = _colon_label(text)
    name, comma, note = text.partition(", ")
    if lab is None and comma and (lab := _colon_label(name)) is not None:
        named = lab.kind == "person" and _strong_name(lab.name or "", True)
        lab = replace(lab, role=lab.role or note) if named and len(note.split()) <= 8 else None
    if lab is None or lab.kind not in ("person", "role", "chair"):
        return None
    if lab.kind == "person" and not lab.role and not _strong_name(lab.name or ""):
        return None
    if lab.kind != "person" and len(text.split()) < 2:
        return None
    return replace(lab, label=text + ".", weak=False)


def _strong_name(name: str, full: bool = False) -> bool:
    """A name that makes a stopped label on its own: with an initial or a courtesy title's
    stop ("A.Bērziņa", "M. Jean Doe"), after a title or an office ("Senator Doe"), or, before
    a note after a comma (`full`), two capitalised words ("Jean Doe, ministre ...")."""
    words = name.split()
    if "." in name:
        return True
    if len(words) >= 2 and (norm(words[0]) in HONORIFICS or is_role_word(words[0])):
        return True
    return full and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _colon_label(text: str) -> Label | None:
    """The label `text` makes with a colon, its whole text the label; initials that end it
    keep their last stop and are spaced as the grammar reads them ("Иванов И.И" ->
    "Иванов И. И.:")."""
    bare = text.rstrip(".")
    said = [text]
    if _LAST_INITIAL.search(bare):
        said = [_GLUED_INITIALS.sub(". ", bare) + ".", *said, bare]
    for one in said:
        lab = match_label(one + ":")
        if lab is not None and lab.rest > len(one):
            return lab
    return None


# Initials glued to each other after a surname ("И.И"), spaced as the grammar reads them.
_GLUED_INITIALS = re.compile(r"(?<= [^\W\d_])\.(?=[^\W\d_](?:\.|$))")


_SAID_END = (".", "?", "!", "…", '"', "”", "»", "’", ")", "。", "？", "！", "؟", "։", "।")


def _recurring(lines: list[str]) -> dict[str, Label]:
    """The labels of a script with no case (Hebrew, Arabic, Georgian, CJK) that a record
    prints alone on their line over each speech: a short line with no sentence's end that
    the document prints again word for word, each time right over a line that ends a
    sentence (the speech), two such lines or more (the voices of an exchange). Case marks a
    label in other scripts (`_bare`); here repetition does. {line: label}."""
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        text = line.strip()
        short = 2 <= len(text) <= 60 and (not text.endswith(_END) or text.endswith(")"))
        if short and not any(c.isupper() or c.islower() for c in text):
            seen.setdefault(text, []).append(i)
    found: dict[str, Label] = {}
    for text, at in seen.items():
        if len(at) < 2 or not all(_over_speech(lines, i) for i in at):
            continue
        lab = match_label(text + ":")
        if lab is not None and lab.kind in ("person", "role", "chair") and lab.rest > len(text):
            found[text] = replace(lab, rest=len(text), weak=False)
    return found if len(found) >= 2 else {}


# A name in capitals opening a line, no colon or dash after it, the speech in mixed case
# after one space: "CORIN All right.", "WINSTON It's lack of process."
_CAPS_OPENER = re.compile(
    r"([" + UPPER + r"][" + UPPER + r"'’\-]{2,19}) "
    r"(?=[" + UPPER + r"\"“‘'(](?:[^\W\d_]*[a-zà-ÿ]|[ ,’'][^\W\d_]*[a-zà-ÿ]))"
)  # (the speech may open with "A" or "I": "BORIS A great deal.", "WINSTON I do.")


_NOT_NAMES = frozenset().union(
    *(terms(k) for k in ("acronyms", "outlets", "places", "not_person", "label_stop"))
)


def _caps_openers(lines: list[str]) -> dict[str, Label]:
    """The speakers of a transcript that prints each speaker's name in capitals at the start of
    the speech with no colon ("CORIN All right. ...", "WINSTON It's lack of process."): one
    word, a person's name by the label grammar (no acronym, place or outlet), opening two
    lines or more, two such names or more, and the exchange printed so four times at least.
    {name: label}."""
    count: Counter[str] = Counter()
    for line in lines:
        if line[:1].isupper() and line[1:2].isupper() and (m := _CAPS_OPENER.match(line)):
            count[m.group(1)] += 1
    found: dict[str, Label] = {}
    for word, n in count.items():
        if n >= 2 and (lab := _caps_opener(word)) is not None:
            found[word] = lab
    if len(found) < 2 or sum(count[w] for w in found) < 4:
        return {}
    return found


def _caps_opener(word: str) -> Label | None:
    """The label a name in capitals opening a line makes, if a person's or a voice's."""
    if norm(word) in _NOT_NAMES:
        return None
    lab = match_label(word + ":")
    if lab is None or lab.kind not in ("person", "role") or lab.rest <= len(word):
        return None
    return replace(lab, label=word, weak=False)


def _over_speech(lines: list[str], i: int) -> bool:
    """The next line with text below line i is speech, not a heading: it ends a sentence,
    holds one, or runs longer than a heading does."""
    k = _next_text(lines, i)
    said = lines[k].strip() if k and k <= i + 2 else ""
    return len(said) > 60 or said.endswith(_SAID_END) or _SENTENCE_IN.search(said) is not None


_SENTENCE_IN = re.compile(r"[.?!。？！؟։।][\"”»’)]?\s")


# Brackets of other shapes that set off a speaker's mark at a line's start as square ones do
# ("<질문>", "<답변>", "〈Question〉"; the grammar reads "【主持人】" itself), each closing.
_OTHER_BRACKETS = {"<": ">", "〈": "〉", "［": "］"}
_OPENERS = "".join(_OTHER_BRACKETS)


def _marked(line: str) -> Label | None:
    """The label of a line opened by a mark in angle brackets, read as the
    grammar reads the same mark in square brackets ("<질문> 안녕하세요?" as "[질문] ..."),
    the label printed as the page prints it; a mark of a few words only."""
    close = line.find(_OTHER_BRACKETS[line[0]], 1, 40)
    if close < 2 or len(line[1:close].split()) > 4:
        return None
    lab = match_label(f"[{line[1:close]}]{line[close + 1 :]}")
    if lab is None or not lab.label.startswith("["):
        return None
    return replace(lab, label=line[0] + lab.label[1:].replace("]", line[close], 1))


def _open_caps(line: str) -> bool:
    """The first line of an office in capitals that wraps onto the lines below (a record's
    PDF text): three words or more, "THE" first, no colon and no sentence's end."""
    text = line.strip()
    return (
        text[:4] == "THE "
        and text.isupper()
        and ":" not in text
        and text.count(" ") >= 2
        and not text.endswith(_END)
    )


def _wrapped(lines: list[str], i: int) -> tuple[Label, int, str] | None:
    """(label, lines spanned, the text joined) of an office in capitals wrapped over up to
    three more lines, blank lines between, the label's colon on the last of them."""
    text, k = lines[i].strip(), i
    for _ in range(3):
        k = _next_text(lines, k)
        if not k:
            return None
        before = len(text)
        text = f"{text} {lines[k].strip()}"
        lab = match_label(text)
        if lab is not None and lab.rest > before and not lab.weak:
            return lab, k - i + 1, text
        if ":" in lines[k] or not lines[k].strip().isupper():
            return None
    return None


def _next_text(lines: list[str], i: int) -> int:
    """The next line with text after line i, within four lines (a label cut by a page
    break whose running heads were taken out leaves blank lines between its halves), or 0."""
    return next((k for k in range(i + 1, min(i + 5, len(lines))) if lines[k].strip()), 0)


def _dated_heading(said: str) -> bool:
    """What follows a label is a date and nothing else ("5th June 2014"): the line is a
    heading with its date, not a speaker's turn."""
    said = said.strip()
    return (
        0 < len(said) <= 40
        and any(c.isdigit() for c in said)
        and len(said.split()) <= 5
        and not said.endswith(("?", "!"))
        and dates.full_date(said) is not None
    )


def _credit_field(lab: Label, line: str) -> bool:
    """A credits field of the page's header, not a turn: one word in capitals for a label (not
    "Q" or "A") and a name in capitals after it, nothing else ("PRODUCER: OLIVIA GAZIS")."""
    rest = line[lab.rest :].strip()
    return (
        len(lab.label) > 3  # not "Q" or "A"
        and len(lab.label.split()) == 1
        and lab.label.isupper()
        and 2 <= len(rest.split()) <= 5
        and rest.isupper()
        and not rest.endswith((".", "?", "!"))
        and not any(w in _NOT_IN_NAMES for w in rest.split())  # "Q: AND THE TALKS" is speech
    )


_NOT_IN_NAMES = frozenset(
    [
        "THE",
        "AND",
        "OF",
        "TO",
        "A",
        "IN",
        "IS",
        "IT",
        "WE",
        "I",
        "YOU",
        "THAT",
        "THIS",
        "WILL",
        "NOT",
    ]
)


def line_label(line: str) -> Label | None:
    """The label opening `line` as the segmenter reads it: the label grammar's, a named
    person's under a long description of their role, or one after a question's number."""
    lab = match_label(line)
    if lab is None and ":" in line[:120]:
        lab = _role_prefixed(line)
        if lab is None and line[:1] == "Q" and (m := _Q_NUMBER.match(line)):
            lab = _numbered(line, m.end())
    if lab is None and line[:1] and line[0] in _OPENERS:
        lab = _marked(line)  # "<질문> ..."
    if lab is None and line[:1].isdigit() and (m := _ITEM_NUMBER.match(line)):
        lab = _numbered(line, m.end())  # "3. Сұрақ: ..."
        lab = lab if lab and lab.kind in ("question", "answer") else None
    if lab is None and "." in line[:120] and (m := _STOPPED.match(line)):
        lab = _stopped_label(m.group(1))  # "Sēdes vadītāja. ...", where the style holds
        lab = replace(lab, rest=m.end()) if lab else None
    if lab is None and line[1:2].isupper() and (m := _CAPS_OPENER.match(line)):
        lab = _caps_opener(m.group(1))  # "CORIN All right. ...", where the style holds
        lab = replace(lab, rest=m.end()) if lab else None
    return None if lab is None or _not_a_turn(lab, line) else lab


def _not_a_turn(lab: Label, line: str) -> bool:
    """A label line that opens no turn: a heading with its date after the colon, a credits
    field of the page's header ("PRODUCER: OLIVIA GAZIS")."""
    if lab.kind != "question" and _dated_heading(line[lab.rest :]):
        return True  # "Harbour Questions - Vastmark Parliament: 5th June 2014"
    if _HAN_LABEL.match(lab.label) and _han_field(line[lab.rest :]):
        return True  # "出席委員:林昶佐 溫玉霞 羅致政", "專門委員:李淑娟": a record's list field
    return lab.label.isupper() and _credit_field(lab, line)


# A label in Han characters (with or without a record's mark), and the punctuation that ends
# or parts a sentence of Chinese or Japanese speech.
_HAN_LABEL = re.compile(r"^\W?[\u4e00-\u9fff\u3400-\u4dbf]")
_HAN_SPEECH = re.compile(r"[。！？；，、!?;,]")


def _han_field(said: str) -> bool:
    """What follows a Han label on its line is a field's value, not speech: names or a
    body's name, no sentence punctuation at all ("林昶佐 溫玉霞 羅致政", "李淑娟")."""
    said = said.strip()
    return 0 < len(said) <= 200 and not _HAN_SPEECH.search(said)


# A committee's question number before the label, e.g. "Q169 Chair:", "Q12 Mr Baron:".
_Q_NUMBER = re.compile(r"Q\d{1,4}\.?\s+(?=[A-Z])")
# A briefing's number before its question or answer label, in any language ("3. Сұрақ:").
_ITEM_NUMBER = re.compile(r"\d{1,3}[.)]\s+(?=[^\W\d_])")


def _numbered(line: str, at: int) -> Label | None:
    """The label after a hearing's question number ("Q169 Chair: I welcome ..."), the number
    kept in the label as printed."""
    lab = match_label(line[at:])
    return replace(lab, label=line[: at + len(lab.label)], rest=at + lab.rest) if lab else None


# A role with the person's name in brackets, e.g. "Presenter (Martin Soong):".
_ROLE_PAREN = re.compile(r"^([A-Z][\w\-]*(?: [\w\-]+){0,3}) \(([^()]{3,60})\):")


def _role_prefixed(line: str) -> Label | None:
    """A person's label under a long description of their role, or with a role the grammar
    does not take and the name in brackets, which the label grammar does not read whole
    ("Direct line programme host Kirill Kleymenov:", "TV presenter Maria Sittel:", "Presenter
    (Martin Soong):"): from the last role word before the name on, it is a label of a named person
    with a role; the words before that are the rest of the role. Ten words at most, no
    sentence or clause inside."""
    colon = line.find(":")
    if colon > 100 or " " not in line[:colon]:
        return None
    if (
        "(" in line[:colon]
        and (m := _ROLE_PAREN.match(line))
        and is_role_word(m.group(1).split()[-1])
    ):
        lab = match_label(m.group(2) + line[m.end() - 1 :])  # "Presenter (Martin Soong):"
        if lab and lab.kind == "person" and lab.name and not lab.role and " " in lab.name:
            return replace(lab, label=line[:colon].strip(), role=m.group(1), rest=colon + 1)
        return None
    words = line[:colon].split()
    if not 3 <= len(words) <= 10 or re.search(r"[.!?,;()\"“”]", line[:colon]):
        return None
    for j in range(len(words) - 2, 0, -1):
        if is_role_word(words[j]):
            lab = match_label(" ".join(words[j + 1 :]) + line[colon:])  # "Kirill Kleymenov:"
            if lab is None or lab.kind != "person" or not lab.name or lab.weak or lab.role:
                return None
            if len(lab.name.split()) < 2:
                return None
            role = " ".join(words[: j + 1])
            return replace(lab, label=line[:colon].strip(), role=role, rest=colon + 1)
    return None


def _bare(line: str, lines: list[str], i: int, known: set[str]) -> Label | None:
    """A label alone on its line ("PRESIDENT PUTIN", "Q"), with speech on the next lines."""
    nxt = ""
    for k in range(i + 1, min(i + 3, len(lines))):
        if lines[k].strip():
            nxt = lines[k].strip()
            break
    if (
        not nxt
        or nxt.isupper()
        or match_label(nxt)
        or (not nxt[:1].isupper() and nxt[:1] not in '"“(' and not caseless(nxt[:1]))
    ):
        return None
    lab = bare_label(line)
    if lab is None and _SURNAME_CAPS.match(line.strip()) and _below_text(lines, i):
        lab = match_label(line.strip() + ":")
        lab = lab and replace(lab, rest=len(line), flags=(*lab.flags, "bare"))
    if lab is None and line[:1].isupper() and _NAME_LINE.match(line.strip()):
        lab = _name_line(line.strip(), lines, i)  # "Jane Doe" / "The Minister for Harbours"
        if lab is not None:
            return lab
    if lab is None and line.strip().casefold() in known and len(line.split()) > 1:
        lab = match_label(line.strip() + ":")  # "Vladimir Putin" as the heading names him
        lab = lab and replace(lab, rest=len(line), weak=True, flags=(*lab.flags, "bare"))
    elif lab is not None:
        lab = replace(lab, flags=(*lab.flags, "bare"))
    return lab


# A member's or speaker's name alone on its line, as parliament re-renderers print it over
# the speech, with the constituency and party in brackets or the office on the line below:
# "Jane Doe (Westford) (Lab)", "Jane Doe" / "The Minister for Harbours".
_NAME_LINE = re.compile(
    r"^[A-ZÀ-Ž][\w'’.\-]+(?: [A-ZÀ-Ž][\w'’.\-]+){1,3}(?: \([^()]{2,60}\)){0,3}$"
)


def _name_line(text: str, lines: list[str], i: int) -> Label | None:
    """The label a name alone on its line makes: with notes in brackets it is the label;
    bare, it needs a header line or two right below it, the office or party and seat, and
    the time ("Jane Doe" / "The Minister for Harbours" / "12:04 pm, 4 March 2022"), and takes
    the office or the party as the role. It counts only where the document prints such lines
    again ("line" in its flags)."""
    lab = match_label(text + ":")
    if lab is None or lab.kind != "person" or lab.weak or len((lab.name or "").split()) < 2:
        return None
    heads = _header_lines(lines, i)
    if heads:
        office = match_label(heads[0] + ":")
        role = office.role if office is not None and office.kind == "role" else None
        role = role or (None if _timed(heads[0]) else heads[0])  # "Labour, Westford"
        lab = replace(lab, label=" / ".join([text, *heads]), role=role)
    elif "(" not in text or not lab.role:
        return None  # a name alone (a byline) says nobody speaks
    return replace(lab, rest=len(text), weak=True, flags=(*lab.flags, "bare", "line"))


def speaker_header(lines: list[str], i: int) -> tuple[bool, ...] | None:
    """The shape of the speaker's header that starts at line i, a name alone on its line over
    an office or party line and a time ("Jane Doe" / "Minister for Harbours" / "10:42"): for
    each line under the name, whether it is a time; None where line i starts no such header."""
    text = lines[i].strip()
    if not text[:1].isupper() or not _NAME_LINE.match(text):
        return None
    lab = _name_line(text, lines, i)
    if lab is None or "/" not in lab.label:
        return None
    return tuple(_timed(h) for h in _header_lines(lines, i))


def _header_line(line: str) -> bool:
    """A line of a speaker's header: an office ("The Minister for Harbours"), a time or date
    ("12:04 pm, 4 March 2022"), or a party and seat in capitalised words ("Labour, Westford")."""
    office = match_label(line + ":")
    if (office is not None and office.kind == "role") or _timed(line):
        return True
    words = [w for w in re.split(r"[\s,/]+", line) if w[:1].isalpha()]
    capped = sum(w[:1].isupper() or w in _SMALL for w in words)
    return 1 <= len(words) <= 8 and 4 * capped >= 3 * len(words)


# Small words an office's or seat's capitalised name keeps ("Minister for Trade", "Member
# for Harbour North", "Leader of the House").
_SMALL = frozenset(("and", "of", "the", "upon", "for", "in", "on", "to"))
_STOPS = re.compile(r"[.!?]\s|[.!?]$")
# A time or date on a speaker's header line: "12:04 pm, 4 March 2022", "4th March 2022".
_TIMED = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d\d\b")


def _timed(line: str) -> bool:
    return bool(_TIMED.search(line))


def _header_lines(lines: list[str], i: int) -> list[str]:
    """The one or two short lines right under a name, no blank between, that head the speech
    below a blank line: an office, a party and seat, a time; [] when the speech follows."""
    heads: list[str] = []
    for k in range(i + 1, min(i + 3, len(lines))):
        line = lines[k].strip()
        if not line:
            break
        if len(line) > 90 or _STOPS.search(line) or not _header_line(line):
            return []
        heads.append(line)
    k = i + 1 + len(heads)
    if not heads or k >= len(lines) or lines[k].strip():
        return []  # the header ends at a blank line, the speech below it
    return heads


def _span(lab: Label, lines: list[str], i: int) -> int:
    """The lines a bare label takes: its own, and the header lines below a name's ("Jane
    Doe" / "The Minister for Harbours" / "12:04 pm, 4 March 2022")."""
    if "line" not in lab.flags or "/" not in lab.label:
        return 1
    return 1 + len(_header_lines(lines, i))


# A name alone on its line with the surname in capitals, as French and other European sites
# print a speaker over the speech: "Emmanuel MACRON", "Jean-Yves LE DRIAN".
_SURNAME_CAPS = re.compile(
    r"^[A-ZÀ-Ž][a-zà-ÿ'’]+(?:-[A-ZÀ-Ž][a-zà-ÿ'’]+)?(?: [A-ZÀ-Ž'’\-]{2,}){1,3}$"
)


def _below_text(lines: list[str], i: int) -> bool:
    """Three paragraphs or more stand above line i ("Emmanuel MACRON" over the speech, under
    the site's summary): not a byline under the headline ("Jean DUPONT" over the story)."""
    blocks = sum(1 for k in range(i) if lines[k].strip() and (k == 0 or not lines[k - 1].strip()))
    return blocks >= 3


def _after_break(prev: str) -> bool:
    return not prev or prev.endswith(_END)


def _confirm(found: list) -> list:
    """Weak labels ("Finally:", "Mr. Elmar Maharram oglu Mammadyarov:") count only when the
    document confirms them: the same name as a full label, used as a label again, an office
    in brackets, a journalist's outlet, or a name answering the question label above it."""
    strong = {f[2].name for f in found if not f[2].weak}
    counts = Counter(f[2].name for f in found if f[2].weak)
    bare = Counter(f[2].name or f[2].kind for f in found if "bare" in f[2].flags)
    after_question = {k for k in range(1, len(found)) if found[k - 1][2].kind == "question"}
    dashed = _dashed_style(found)
    offices = _office_style(found)
    kept = [
        f
        for k, f in enumerate(found)
        if "bare" in f[2].flags
        or not f[2].weak
        or _confirmed(f[2], counts, strong)
        or ("dashed" in f[2].flags and f[2].name in dashed)
        or ("office_led" in f[2].flags and f[2].label in offices)
        or _introduced(f[2], f[3])
        or (strong and _outlet_asker(f[2]))
        or _office_in_brackets(f[2])
        or (k in after_question and f[2].kind == "person")  # "Frage: ..." / "Henjes: ..."
    ]
    people = sum(n for k, n in bare.items() if k not in ("question", "answer"))
    return [
        _unbare(f) for f in kept if "bare" not in f[2].flags or _bare_ok(f[2], bare, strong, people)
    ]


def _dashed_style(found: list) -> set:
    """The names in capitals before a dash ("JANE DOE- Thank you") that the document confirms
    as its house style: a name printed so twice, and beside one such, any name of two words
    or more printed so (the other voice of an interview, named once). A dateline's city
    ("GENEBRA - O Itamaraty ...") is printed once and is one word."""
    counts = Counter(f[2].name for f in found if "dashed" in f[2].flags)
    if not counts or max(counts.values()) < 2:
        return set()
    return {n for n, c in counts.items() if c >= 2 or len((n or "").split()) >= 2}


def _office_style(found: list) -> set:
    """The labels an office in sentence case opens ("Người phát ngôn:", "Phóng viên:") that
    the document confirms: printed twice, or beside one such in a document of three."""
    counts = Counter(f[2].label for f in found if "office_led" in f[2].flags)
    if not counts or max(counts.values()) < 2:
        return set()
    if sum(counts.values()) >= 3:
        return set(counts)
    return {k for k, c in counts.items() if c >= 2}


def _bare_ok(lab: Label, bare: Counter, strong: set, people: int) -> bool:
    """A bare label counts when it recurs, is also a colon label, the heading names it, or
    the document has three bare speaker lines; a bare "Q" counts beside bare speakers, a
    numbered one ("Q1", "A2") beside one bare speaker or its own kind printed again."""
    if lab.kind in ("question", "answer") and lab.label[-1:].rstrip(".").isdigit():
        return people >= 1 or bare[lab.kind] >= 2
    if lab.kind in ("question", "answer"):
        return people >= 2
    name = lab.name or ""
    if "line" in lab.flags:  # "Jane Doe (Westford) (Lab)" alone: a speaker where printed again
        return bare[lab.name] >= 2 or lab.name in strong or people >= 3
    if name and len(name.split()) == 1 and norm(name) not in ROLE_WORDS:
        return lab.name in strong  # "NATO" alone on a line is a heading, not "PUTIN" speaking
    return bare[lab.name] >= 2 or lab.name in strong or not name.isupper() or people >= 3


def _unbare(f: tuple) -> tuple:
    i, span, lab, first = f
    if "bare" not in lab.flags:
        return f
    return (
        i,
        span,
        replace(lab, flags=tuple(x for x in lab.flags if x not in ("bare", "line")), weak=False),
        first,
    )


# A surname with the speaker's ministry or office in brackets, e.g. "Wirtz (Bundesregierung)",
# "Henjes (BMVg)": a speaker's label, though it names the speaker once only.
_BRACKETED = re.compile(r"^[A-ZÀ-Ž][\w'’\-]+ \([A-ZÀ-Ž][^()]{1,40}\)$")


def _office_in_brackets(lab: Label) -> bool:
    """ "Wirtz (Bundesregierung)", not a dateline's "Moscow (Reuters)": the brackets name no
    news outlet."""
    words = {norm(w) for w in re.split(r"[\s/,]+", lab.role or "") if w}
    return bool(_BRACKETED.match(lab.label)) and not words & (MEDIA_WORDS | OUTLETS)


def _outlet_asker(lab: Label) -> bool:
    """A journalist's label naming their outlet ("Abe, Asahi Shimbun:", "Fujita, Fuji TV:")
    in a document with strong labels too: a questioner, though named once."""
    words = {norm(w) for w in (lab.role or "").split()}
    return lab.kind == "person" and bool(words & (MEDIA_WORDS | OUTLETS))


def _introduced(lab: Label, first: str) -> bool:
    """A journalist's label repeated in their opening words, e.g. "Madhurendra: Sir,
    Madhurendra from News Nation."."""
    name = lab.name or ""
    if len(name) <= 2 or name not in first[:80]:
        return False  # (a cheap test before compiling a regex for this name)
    return re.search(rf"\b{re.escape(name)}\b", first[:80]) is not None


def _confirmed(lab: Label, counts: Counter, strong: set) -> bool:
    if lab.name in strong or norm(lab.name or "") in ROLE_WORDS:
        return True
    return counts[lab.name] >= (2 if len((lab.name or "").split()) == 1 else 3)
