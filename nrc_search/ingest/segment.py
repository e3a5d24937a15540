"""Speaker turns: labelled transcripts and UN records, single-speaker statements, and news
copy (one turn per paragraph). Decides the document kind on the way.

Every character of the body lands in exactly one turn, apart from labels and captions.
Stdlib only; labels are found line by line (see `labels.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from nrc_search.ingest import dates, dialogue, news, prose, voice
from nrc_search.ingest.blocks import _lowered, addresses_only, editorial, intro
from nrc_search.ingest.chair import chaired, presiding
from nrc_search.ingest.clean import is_caption
from nrc_search.ingest.labels import Label, answers, opens_with_note, voice_change
from nrc_search.ingest.leads import record_role
from nrc_search.ingest.lexicon import phrase_re, terms
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.meta import Header
from nrc_search.ingest.names import UPPER, fold, is_role_word
from nrc_search.ingest.pageheads import running_heads
from nrc_search.ingest.paragraphs import (
    STAGE_NOTE,
    agenda_item,
    heading_line,
    join,
    lone_word,
    paragraphs,
    record_note,
    spoken_words,
    topic_heading,
)
from nrc_search.ingest.resolve import People, called_on, printed_offices
from nrc_search.ingest.units import label_runs
from nrc_search.model import Turn

_OPENING = 6000  # characters of the body searched for full names that labels shorten
# A statement title, e.g. "Opening statement", "Remarks by ...", "Speech by", "Op-ed".
_STATEMENT = re.compile(
    r"\b(?:statement|remarks|speech|address|lecture|keynote|op-ed|article|message|"
    r"declaration|toast|welcome|press release|communiqu[eé])\b",
    re.I,
)
# A statement's author given by role only, e.g. "by the NATO Secretary General on ...",
# "Statement of the Chairperson of the AU Commission on ...".
_BY_ROLE = re.compile(
    r"\b(?:by|of) (?:the )?((?:[A-Z][\w\-]*\s?)*(?:Secretary[ -]General|Minister|President|Spokes\w+|"
    r"Ambassador|Chair\w*|Representative|Commander|Council|Presidency|Taoiseach|T[áa]naiste))\b"
)
# A title giving the speaker's office as the owner of the event, e.g. "Secretary-General's
# press conference (full transcript)", "The Foreign Minister's Christmas message".
_OFFICE_EVENT = re.compile(
    r"^(?:The )?((?:[A-Z][\w\-]*\s){0,3}[A-Z][\w\-]*)[’']s (?:[\w\-]+ ){0,2}(?:press conference|"
    r"news conference|(?:press |media )?briefing|statement|remarks|speech|address|message)\b"
)
# A heading that names the speaker by office alone, no possessive, e.g. "Defence Secretary
# Keynote Speech at DSEI 2017", "Prime Minister Statement on ...".
_OFFICE_HEADING = re.compile(
    r"^(?:The )?((?:[A-Z][\w\-]*\s){0,3}?[A-Z][\w\-]*)\s+(?:Keynote\s+|Opening\s+|Closing\s+)?"
    r"(?i:speech|statement|remarks|address|press conference|news conference|briefing|message)\b"
)
# A procedural line in a UN record, e.g. "The meeting rose at 1.05 p.m.", "The agenda was adopted."
_PROCEDURAL = re.compile(
    r"^(?:The (?:meeting|agenda|draft resolution|draft decision|vote|Council|Assembly)\b.{0,120}"
    r"\b(?:was called to order|rose|was suspended|resumed|was adopted|adopted|was taken|"
    r"proceeded)\b|A (?:recorded )?vote was taken|In favour:|Against:|Abstaining:)"
)


# The site introducing who speaks next, e.g. "The following is a near-verbatim transcript of
# today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General."
_INTRODUCED = re.compile(
    r"^The following is [^.]{0,80}?\b(?:transcript|briefing|remarks|statement)\b[^.]{0,60}?\bby\s+"
    r"([^.]{3,120}(?:\.|$))"
)
# A page summary saying who speaks, e.g. "Foreign Secretary Liz Truss gave a statement to the
# House of Commons on ...", "The Secretary General delivered a speech at ...".
_GAVE = re.compile(
    r"\b(?:gave|made|delivered|issued|presented) (?:a |an |the |his |her |this )?(?:\w+ )?"
    r"(?:statement|speech|address|remarks|lecture|keynote)\b"
)
# A title naming who gives the event, e.g. "Briefing by Foreign Ministry Spokeswoman Maria
# Zakharova, Moscow, April 6, 2022": unlabelled speech before the first label is theirs.
_TITLE_BY = re.compile(
    r"^(?:\w+ ){0,2}(?:briefing|remarks|statement|speech|address|doorstep)\b[^:]{0,30}?\bby\b"
    r"|[’']s (?:regular |daily |weekly |routine )?(?:press conference|news conference|"
    r"(?:press |media )?briefing)\b",
    re.I,
)  # also "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference"
# A time stamp alone on its line (Hansard, live blogs), e.g. "12:00:00", "3.15 pm", "(14:05)".
_CLOCK = re.compile(
    r"^[(\[]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[.,]\d{1,3})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    r"[)\]]?$",
    re.I,
)  # also "1:31 P.M. CET", "[00:00:08]", "0:05.6"
# First-person speech, e.g. "We will discuss", "I look forward", "our borders": the words "I",
# "we", "We", "my", "My", "our", "Our", "us" ("I'm", "we're" hold them), found by their first
# letter (a search that tries a word boundary at every place first is twice as slow).
_FIRST_PERSON_WORDS = r"\b(?:I|I'm|I've|we|We|we're|We're|my|My|our|Our|us)\b"
_FIRST_PERSON = re.compile(
    r"[IwWmMOou](?<!\w[IwWmMOou])(?:(?<=I)|(?<=[wW])e|(?<=[mM])y|(?<=[oO])ur|(?<=u)s)\b"
)


@dataclass(frozen=True)
class Segmented:
    kind: str
    turns: tuple[Turn, ...]
    dropped: tuple[str, ...]  # captions found in the body


def segment(lines: list[str], header: Header) -> Segmented:
    """Turns of the body lines (the cleaned lines after the header)."""
    lines, again = _title_again(lines, header.title)
    if heads := running_heads(lines):  # a record's page head between the lines of a speech
        again = [*again, *(lines[i].strip() for i in sorted(heads))]
        lines = ["" if i in heads else line for i, line in enumerate(lines)]
    seg = _segment(lines, header)
    if seg.kind in ("transcript", "record"):  # "M. le président. –" under "Présidence de X"
        heading = [*header.site.split("\n"), *header.lines, *lines[:40]]
        seg = replace(seg, turns=chaired(seg.turns, presiding(heading)))
    seg = replace(seg, turns=printed_offices(seg.turns))  # "President Trump": the office
    return replace(seg, dropped=(*again, *seg.dropped)) if again else seg


def _title_again(lines: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """The body's lines without the page's headline printed again (a page prints its heading
    over the dateline and again over the story, or over each item of a list of releases;
    "Qatari Foreign Minister: Gaza's truce talks ..." is a headline, not a speaker's label),
    and the copies taken out."""
    key = " ".join((title or "").split())
    if len(key.split()) < 3:
        return lines, []
    out, again = list(lines), []
    first = key.split(" ", 1)[0]  # (a line that says the title holds its first word)
    at = []
    for i, line in enumerate(lines):
        if first in line and " ".join(line.split()) == key:
            out[i] = ""
            again.append(line.strip())
            at.append(i)
    above = _above(lines, at[0]) if len(at) == 1 else []
    if above and sum(len(lines[k].split()) for k in above) <= 80:
        again[:0] = [lines[k].strip() for k in above]  # the summary and date of a header
        for k in above:  # printed over the headline's second printing, where the story starts
            out[k] = ""
    return out, again


def _above(lines: list[str], at: int) -> list[int]:
    """The indices of the one to three non-blank lines above line `at`, or [] when more."""
    found: list[int] = []
    for k in range(at):
        if lines[k].strip():
            found.append(k)
            if len(found) > 3:
                return []
    return found


def _segment(lines: list[str], header: Header) -> Segmented:
    units = label_runs(lines, {n.casefold() for _, n in header.people})
    opening = "\n".join(lines[:80])[:_OPENING]
    people = People.from_header(header, [u[0] for u in units if u[0]], opening)
    labelled = [u for u in units if u[0]]
    only = labelled[0][0] if len(labelled) == 1 else None
    copies = {(u[0].label, _page_title(u[2])) for u in labelled if u[0]}
    if only is None and labelled and len(copies) == 1:
        only = labelled[0][0]  # the page prints its headline "Doe: “...”" two or three times
    if len(labelled) == 1 and (talk := _dash_interview(lines, header, people, labelled[0])):
        return talk  # "Б.Мөнхжин: ..." over a dash dialogue: its headline, not a turn
    if only is not None and only.kind == "question" and only.role:
        labelled = []  # "AP: Iran's foreign minister said ...": an outlet's teaser, not a turn
    elif (
        only is not None
        and not only.label.isupper()
        and (_headline(labelled[0][2]) or _quoted_headline(_page_title(labelled[0][2])))
        and max(len(paragraphs(u[1])) for u in labelled) >= 2
    ):
        head = next((k for k, x in enumerate(lines[:12]) if x.strip().startswith(only.label)), None)
        said = _page_title(labelled[0][2])
        labelled = []  # "Jane Doe: Harbour talks were 'robust'": a headline, not a turn
        if head is not None:  # atop the page: dropped as its headline, each copy of it
            heads = [k for k, x in enumerate(lines) if _says_headline(x, only.label, said)]
            people = People.from_header(header, [], opening)  # (the headline's label: no voice)
            seg = _prose(["" if k in heads else x for k, x in enumerate(lines)], header, people)
            return replace(seg, dropped=(*(lines[k].strip() for k in heads), *seg.dropped))
    if len(labelled) == 1 and _speaker_below_preamble(units, labelled[0][0]):
        labelled = [*labelled, *labelled]  # "В.Путин: Добрый день ..." under a site's intro
    if len(labelled) >= 2 or (labelled and units[0][0]):
        kind = "record" if _is_record(labelled) else "transcript"
        by = bool(header.title and _TITLE_BY.search(header.title))
        return _transcript(units, people, kind, by, header.title)
    if not labelled and (talk := _alternating(lines, header, people)) is not None:
        return talk
    if not labelled and (talk := _paragraph_interview(lines, header, people)) is not None:
        return talk
    if not labelled and (talk := _dash_interview(lines, header, people)) is not None:
        return talk
    return _prose(lines, header, people)


def _spaced_passages(lines: list[str]) -> list[list[str]] | None:
    """The passages of a double-spaced text (a blank line after every line, two or more
    between passages, as PDF copies of interviews print them), or None for any other layout."""
    gaps: Counter[int] = Counter()
    blank, seen = 0, False
    for line in lines:
        if line.strip():
            if seen:
                gaps[min(blank, 2)] += 1
            blank, seen = 0, True
        else:
            blank += 1
    if gaps[2] < 3 or gaps[1] < max(2, 2 * gaps[0]):
        return None
    out: list[list[str]] = [[]]
    blank = 0
    for line in lines:
        if not line.strip():
            blank += 1
            continue
        if blank >= 2 and out[-1]:
            out.append([])
        out[-1].append(line.strip())
        blank = 0
    return [p for p in out if p]


def _alternating(lines: list[str], header: Header, people: People) -> Segmented | None:
    """An interview printed with no labels, its passages set apart by wider gaps: the host
    and the guest take turns, the host's turns the questions (every passage that asks sits
    at the host's places, two at least). The host is the person a guest's turn names by first
    name ("Good evening Leigh."); the guest, the other person the page names."""
    if "interview" not in " ".join(header.lines[:8]).casefold():
        return None
    passages = _spaced_passages(lines)
    if passages is None or len(passages) < 4:
        return None
    texts = ["\n\n".join(join(par) for par in paragraphs(p)) for p in passages]
    asks = [k for k, t in enumerate(texts) if t.endswith("?")]
    if len(asks) < max(1, len(passages) // 4) or any(k % 2 for k in asks):
        return None
    host, guest = _host_and_guest(texts, people)
    turns = [
        Turn(k + 1, host, None, "verbatim", t, flags=("question",))
        if k % 2 == 0
        else Turn(k + 1, guest[1] if guest else None, guest[0] if guest else None, "verbatim", t)
        for k, t in enumerate(texts)
    ]
    return Segmented("transcript", tuple(turns), ())


# What a heading or an intro says of an interview printed with no labels: "an interview
# with", "Q&A", "asked", "spoke to the Post", "sat down with".
_INTERVIEW_SAID = re.compile(
    r"\b(?:interview(?:ed|s)?|q\s?&\s?a|q and a|questions and answers|asked|spoke to|"
    r"talk(?:s|ed)? to|sat down with|in conversation with|entrevista|intervista)\b",
    re.I,
)
_REPORTED = re.compile(r"\b(?:said|says|told|added|according to)\b")
# `_INTERVIEW_SAID` over lower-cased text, without re.I (about twice as quick).
_INTERVIEW_SAID_LOW = re.compile(_INTERVIEW_SAID.pattern)


def _says_interview(text: str) -> bool:
    """Whether `_INTERVIEW_SAID` finds a phrase in `text`: in its lower case where that reads
    as re.I does (`_lowered`), else with re.I."""
    low = _lowered(text)
    if low is not None:
        return _INTERVIEW_SAID_LOW.search(low) is not None
    return _INTERVIEW_SAID.search(text) is not None


def _paragraph_interview(lines: list[str], header: Header, people: People) -> Segmented | None:
    """An interview printed with no labels, one blank line between its paragraphs, under a
    heading or intro that says it is one: each short paragraph that asks (ends in "?") is a
    question, the paragraphs down to the next question the guest's answer, the paragraphs
    above the first question the editor's introduction (dropped where they speak of the
    interview, else the site's narration). It holds only where three questions or more
    stand apart, the first among the first four paragraphs, each answer one to six
    paragraphs that do not report anyone's words ("said", "told": a news story). A page
    that opens on its first question needs no intro saying it is an interview (a paper's
    copy cut below its heading); where its only header line is that question, the question
    is the interview's first turn, not a heading over it."""
    if header.title and header.lines == [header.title] and dialogue.asks(header.title):
        lines = [header.title, "", *lines]  # "Blijft u aan als minister?" / "“Dat is ...”"
    opens_asking = bool(lines) and dialogue.asks(next((x for x in lines if x.strip()), ""))
    head = " ".join([*header.lines[:8], *lines[:60]])
    if not opens_asking and not _says_interview(head) and not dialogue.says_interview(head):
        return None  # (a cheap test first: most pages say nothing of an interview)
    pars = [join(p) for p in paragraphs(lines)]
    asks = _questions(pars)
    if len(asks) < 3 or asks[0] > 3 or any(b - a < 2 for a, b in pairwise(asks)):
        return None
    if any(b - a > 7 for a, b in pairwise(asks)):
        return None
    said = " ".join([*header.lines[:8], *pars[: asks[0]]])
    if asks[0] and not (_INTERVIEW_SAID.search(said) or dialogue.says_interview(said)):
        return None
    answers = [p for k, p in enumerate(pars) if k > asks[0] and k not in asks]
    if 4 * sum(bool(_REPORTED.search(p)) for p in answers) > len(answers):
        return None
    turns: list[Turn] = []
    dropped = [p for p in pars[: asks[0]] if _INTERVIEW_SAID.search(p) or prose.short_heading(p)]
    _narration([[p] for p in pars[: asks[0]] if p not in dropped], turns, dropped)
    spans = list(pairwise([*asks, len(pars)]))
    texts = ["\n\n".join(pars[a:b]) for a, b in spans] if asks[0] else []
    host, guest = _host_and_guest(texts, people)  # (with no intro, only the header's people:
    # a name in the answers is somebody the guest speaks of)
    for a, b in spans:
        turns.append(Turn(len(turns) + 1, host, None, "verbatim", pars[a], flags=("question",)))
        if b > a + 1:
            role, name = guest if guest else (_addressed(pars[asks[0]]), None)
            turns.append(Turn(len(turns) + 1, name, role, "verbatim", "\n\n".join(pars[a + 1 : b])))
    return Segmented("transcript", tuple(turns), tuple(dropped))


def _questions(pars: list[str]) -> list[int]:
    """The indices of the paragraphs of an unlabelled interview that are its questions: the
    short ones that ask ("...?", "¿...?"); where the answers are printed in quotes and the
    questions bare, every short unquoted paragraph below the first question too ("Als het zo'n
    belangrijk verhaal is, dan had u erbij moeten zijn.")."""
    asks = [k for k, p in enumerate(pars) if len(p) <= 400 and dialogue.asks(p)]
    if not asks:
        return asks
    rest = [k for k in range(asks[0] + 1, len(pars)) if k not in asks]
    quoted = [k for k in rest if pars[k][:1] in _OPENING_QUOTES]
    if len(quoted) < 3 or 4 * len(quoted) < 3 * len(rest):
        return asks
    bare = [k for k in rest if k not in quoted and len(pars[k]) <= 400]
    return sorted([*asks, *bare])


_OPENING_QUOTES = "\"“„«‘‚'”»"


def _dash_interview(
    lines: list[str], header: Header, people: People, headline=None
) -> Segmented | None:
    """An interview printed as a dialogue with no labels, each change of voice a paragraph
    opened by a dash (`dialogue.dash_voices`): the even turns the interviewer's questions,
    the others the answers of the person the heading or intro names, the paragraphs above
    the first dash the editor's introduction (the outlet's narration). A `headline` (the
    page's one label unit, "Б.Мөнхжин: Бид ...") above the dialogue quotes the interviewee:
    it names the guest and is dropped as the heading it is."""
    pars = [join(p) for p in dialogue.dash_split(paragraphs(lines))]
    head = _headline_guest(pars, headline, people)
    if headline is not None and head is None:
        return None
    said = " ".join([*header.lines[:8], *([header.title] if header.title else []), *pars[:8]])
    found = dialogue.dash_voices(pars, dialogue.says_interview(said))
    if found is None:
        return None
    first, voices = found
    turns: list[Turn] = []
    dropped = [head[0]] if head else []
    _narration([[p] for p in pars[:first] if p not in dropped], turns, dropped)
    texts = ["\n\n".join(pars[k] for k in ks) for ks in voices]
    host, guest = _host_and_guest(texts, people, pars[:first])
    if head and (name := head[1][1]):
        guest = (head[1][0], name)
    for t, text in enumerate(texts):
        if t % 2 == 0:
            turns.append(Turn(len(turns) + 1, host, None, "verbatim", text, flags=("question",)))
        else:
            role, name = guest if guest else (None, None)
            turns.append(Turn(len(turns) + 1, name, role, "verbatim", text))
    return Segmented("transcript", tuple(turns), tuple(dropped))


def _headline_guest(
    pars: list[str], unit, people: People
) -> tuple[str, tuple[str | None, str | None]] | None:
    """(the headline paragraph, (role, name) of its speaker) where the page's one label unit
    opens a short paragraph (forty words at most) among the first three, else None."""
    if unit is None:
        return None
    lab = unit[0]
    said = next((p for p in pars[:3] if p.startswith(lab.label)), None)
    if said is None or len(said.split()) > 40:
        return None
    turn = _turn(1, lab, [[_after_label(said)]], people)
    return said, (turn.role, turn.speaker)


def _host_and_guest(
    texts: list[str], people: People, intro: list[str] | None = None
) -> tuple[str | None, tuple[str | None, str] | None]:
    """(host's name, (guest's role, name)) of an unlabelled interview, from the people the page
    names (in its header and the editor's `intro`, or where there is none the first two
    turns): the one whom the guest's turns call by first name hosts; the guest is another,
    the first the page gives an office. (Under an intro, a name in the turns is somebody the
    two speak of.)"""
    named = [(r, n) for r, n in people.pairs if len(n.split()) > 1]
    for text in intro[:3] if intro else texts[:2]:
        named += [(r, n) for r, n in people_in(text) if len(n.split()) > 1]
    named = list(dict.fromkeys(named))
    spoken = " ".join(texts[1::2])
    host = next((n for _, n in named if re.search(rf"\b{re.escape(n.split()[0])}\b", spoken)), None)
    others = [(r, n) for r, n in named if n != host]
    guest = next(((r, n) for r, n in others if r), others[0] if others else None)
    return host, guest  # (the guest is named with an office, where one is)


def _headline(said: str) -> bool:
    """What a page's only label line says is a headline quoting its speaker ("Harbour talks
    were 'robust'", a story below it): three to twelve words, no sentence end, no comma,
    nobody saying "I"."""
    words = said.split()
    return (
        3 <= len(words) <= 12
        and not prose.ends_sentence(said)
        and "," not in said
        and not said.rstrip().endswith((":", ";", "-", "—", "–"))
        and not _FIRST_PERSON.search(said)
        and not spoken_words(said)  # "Thank you very much", "Good afternoon colleagues"
    )


# A quotation that is all a headline says after its speaker's name: opening and closing
# marks, a phrase between with no full stop.
_QUOTED = re.compile(r"[«“‘\"„]([^«»“”‘’\"„]{3,120})[»”’\"“]")


def _quoted_headline(said: str) -> bool:
    """What a page's label line says is one short quotation and nothing else, commas and all:
    a headline quoting its speaker ("В. Путин: «Нет ничего более ценного, чем услышать
    мнение людей»"); speech after a label is not put in quotation marks."""
    m = _QUOTED.fullmatch(said.strip())
    if m is None:
        return False
    return len(m.group(1).split()) <= 15 and not prose.ends_sentence(m.group(1))


def _page_title(said: str) -> str:
    """A headline without the site and section a page's title line adds after bars
    ("Doe: “...” | Harbour News | World")."""
    return said.split(" | ", 1)[0].strip()


def _says_headline(line: str, label: str, said: str) -> bool:
    """The line prints the headline "label: said" (with or without the site after bars)."""
    line = line.strip()
    return line.startswith(label) and _page_title(line[len(label) :].lstrip(" :：")) == said


def _speaker_below_preamble(units, lab: Label | None) -> bool:
    """One strong person or office label ("В.Путин:", "NATO SECRETARY GENERAL:") below a short introduction,
    with several paragraphs of speech under it, or a full name with the surname in capitals
    ("Emmanuel MACRON", "ANDERS FOGH RASMUSSEN") under any: a transcript (cut short), not news."""
    if lab is None or lab.weak or lab.kind not in ("person", "role") or "question" in lab.flags:
        return False
    name = lab.name or ""
    named = lab.kind == "role" or "." in name or len(name.split()) >= 2 or name.isupper()
    named = named or bool(lab.role)  # "Wirtz (Bundesregierung):"
    before = sum(len(paragraphs(u[1])) for u in units if u[0] is None)
    after = sum(len(paragraphs(u[1])) for u in units if u[0] is lab)
    if after >= 1 and before >= 3 and len(name.split()) >= 2 and re.search(r"\b[A-Z]{3,}$", name):
        return True  # a full name, surname in capitals ("Emmanuel MACRON"), under a long lead
    said = sum(len(paragraphs([u[2], *u[1]])) for u in units if u[0] is lab)
    if name.isupper() and len(name.split()) >= 2 and before <= 3 and said >= 1:
        return True  # "IAEA DIRECTOR GENERAL RAFAEL GROSSI: "..."" under a line of notes
    words = sum(len(" ".join([u[2], *u[1]]).split()) for u in units if u[0] is lab)
    return named and before <= 3 and (after >= 2 or words >= _LONG_SPEECH)


# The words a label's one paragraph says at least to be a speech rather than a teaser line.
_LONG_SPEECH = 60


def _is_record(labelled: list) -> bool:
    chair = sum(lab.kind == "chair" for lab, _, _ in labelled)
    spoke = sum("interpreted" in lab.flags and "(spoke in" in lab.label for lab, _, _ in labelled)
    return chair > 0 or spoke > 0


def _transcript(
    units, people: People, kind: str, by: bool = False, title: str | None = None
) -> Segmented:
    turns: list[Turn] = []
    dropped: list[str] = []
    asked_only = all(u[0].kind == "question" for u in units if u[0])  # "Q." labels, no "A."
    asker = None if asked_only else _one_asker(units)  # "HP: ...?" then the unlabelled answer
    voiced: set[int] = set()  # the turns a change of voice opens (">>", "00:23 -")
    labelled = any(u[0] for u in units)
    for lab, body, first in units:
        if asker and lab and lab.label == asker.label:
            lab = _as_question(lab)
        pars = paragraphs([first, *body]) if lab else paragraphs(body)
        clocks = [k for k, p in enumerate(pars) if len(p) == 1 and _CLOCK.match(p[0])]
        if clocks:
            dropped.extend(pars[k][0] for k in clocks)
            pars = [p for k, p in enumerate(pars) if k not in clocks]
        if lab is None:
            top = 0  # the page's leading field lines ("Members present:"), above any sentence
            while (
                kind == "transcript"
                and not turns
                and top < len(pars)
                and (_field_line(join(pars[top])) or _roster(join(pars[top])))
            ):
                top += 1
            heads = [
                k
                for k, p in enumerate(pars)
                if not turns
                and (
                    k < top
                    or _restates(join(p), title)
                    or topic_heading(join(p))
                    or _stamp_lines(p)
                    or (k == len(pars) - 1 and kind == "transcript" and heading_line(join(p)))
                )
            ]
            dropped.extend(join(pars[k]) for k in heads)
            pars = [p for k, p in enumerate(pars) if k not in heads]
            if not turns and kind == "transcript" and labelled and _sitting(pars):
                dropped.extend(join(p) for p in pars if not _FIRST_PERSON.search(join(p)))
                pars = [p for p in pars if _FIRST_PERSON.search(join(p))]
            if not turns and kind == "transcript" and (cut := _editor_intro(pars)):
                dropped.extend(join(p) for p in pars[:cut])  # "... Here's the full transcript:"
                pars = pars[cut:]
            _preamble(pars, people, turns, dropped, by)
            if kind == "transcript":
                turns[:] = _one_lead(turns)
            continue
        if (asked_only or asker) and (answer := _unlabelled_answer(pars, turns, people)):
            pars, reply = answer
            turns.append(_called(_turn(len(turns) + 1, lab, pars, people), turns, people))
            turns.append(
                Turn(len(turns) + 1, reply[0], people.role_of(reply[0]), "verbatim", reply[1])
            )
            continue
        if _contact_only(pars):  # "Defence Media: media@example.org" over "Release content"
            dropped.extend([f"{lab.label}:", *(join(p) for p in pars)])
            continue
        speech, tail = _split_procedural(pars)
        if voice_change(lab):
            voiced.add(len(turns))
        turns.append(_called(_turn(len(turns) + 1, lab, speech, people), turns, people))
        _narration(tail, turns, dropped, procedural=True)
    turns = _named_voices(turns, voiced) if voiced else turns
    turns = dialogue.bare_questions(turns) if kind == "transcript" else turns
    return Segmented(kind, tuple(_askers(people.voices(turns))), tuple(dropped))


# A speaker saying who they are, or who joins them: "My name's Jane Doe", "my name is Jane
# Doe", "I'm joined by our shipping editor, Tomas Varga" (the name: capitalised words).
_NAME_WORDS = r"(?P<name>[" + UPPER + r"][\w'’\-]+(?: [" + UPPER + r"][\w'’\-]+){1,2})"
_MY_NAME = re.compile(
    r"\b(?:[Mm]y name is|[Mm]y name's)\s+"
    + _NAME_WORDS
    + r"(?:,?\s+(?:and\s+)?I'm\s+(?:the\s+)?(?P<role>[A-Z][^,.;?!]{2,60}))?"
)  # also "My name's Jane Doe, I'm Head of News at the Harbour Post"
_JOINED_BY = re.compile(
    r"\b(?:joined (?:here |now |today )?by|with me (?:here |now |today )?is)\s+"
    r"(?:(?:our |the |my )?(?P<role>[A-Z][^,.;?!]{2,60}),\s+|[^.?!]{0,60}?,\s+)?" + _NAME_WORDS
)  # also "I'm joined by our Shipping Editor, Tomas Varga"


_TIME_MARK = re.compile(r"(?<!\S)\d{1,2}:\d{2}(?::\d{2})?\s+")


def _named_voices(turns: list[Turn], voiced: set[int]) -> list[Turn]:
    """The turns of changes of voice that name no one (">>", "00:23 -") given their speakers:
    who says "my name is X" is X, the next voice after "I'm joined by ... Y" is Y, and once two
    voices are known an unnamed change goes back to the other one, as in a dialogue."""
    out = list(turns)
    known: list[str] = []  # the voices heard, in the order of their last turn
    roles: dict[str, str | None] = {}
    joining: tuple[str, str | None] | None = None
    for k, t in enumerate(out):
        if k not in voiced or t.speaker:
            joining = None
            continue
        said = _TIME_MARK.sub("", t.text[:600])  # "... Editor, 00:14 Connor Matchett."
        mine = _MY_NAME.search(said)
        who, role = (mine.group("name"), mine.group("role")) if mine else joining or (None, None)
        if who is None and len(known) >= 2:
            who = known[-2]  # back to the other voice of a dialogue
        if who:
            roles[who] = roles.get(who) or role
            out[k] = replace(t, speaker=who, role=t.role or roles[who])
            known = [n for n in known if n != who] + [who]
        joined = _JOINED_BY.search(said)
        joining = (joined.group("name"), joined.group("role")) if joined else None
        joining = joining if joining and joining[0] != who else None
    return out


def _one_asker(units) -> Label | None:
    """The one label of an interview that labels only its questions, by the interviewer's or
    the outlet's name or initials ("HP: Minister, when ...?" then the unlabelled answer): two
    labelled units or more, every one under the same label, and in most of them a question
    with more paragraphs after it."""
    labelled = [u for u in units if u[0]]
    if len(labelled) < 2 or len({u[0].label.casefold() for u in labelled}) > 1:
        return None
    lab = labelled[0][0]
    if lab.kind not in ("person", "role") or voice_change(lab):
        return None
    asked = asking = answering = 0
    for _, body, first in labelled:
        if "?" not in first and not any("?" in line for line in body):
            continue  # (a cheap test first: most turns of a record ask nothing)
        pars = [join(p) for p in paragraphs([first, *body])]
        k = next((k for k, p in enumerate(pars) if p.endswith("?")), None)
        if k is not None and k + 1 < len(pars) and not pars[-1].endswith("?"):
            asked += 1
            asking += sum(len(p.split()) for p in pars[: k + 1])
            answering += sum(len(p.split()) for p in pars[k + 1 :])
    # (a briefer labelled alone, who asks "Next question?", speaks more than the answers)
    return lab if 3 * asked >= 2 * len(labelled) and asking < answering else None


def _as_question(lab: Label) -> Label:
    """An interviewer's label read as a question's: a name stays the asker's, initials are
    the outlet's ("HP")."""
    flags = lab.flags if "question" in lab.flags else (*lab.flags, "question")
    name = lab.name
    if name and name.isupper() and len(name) <= 4:
        return replace(lab, kind="question", name=None, role=lab.role or name, flags=flags)
    return replace(lab, kind="question", flags=flags)


def _contact_only(pars: list[list[str]]) -> bool:
    """A labelled unit that says nothing: an e-mail or web address after its label, and
    under it no sentence (a page's "Media contact" field read as a speaker's label)."""
    head = pars[0][0] if pars and pars[0] else ""
    if "@" not in head and "www." not in head and "://" not in head:
        return False  # (a cheap test first: most turns open with no address)
    if not addresses_only(_after_label(join(pars[0]))):
        return False
    return not any(prose.ends_sentence(join(p)) for p in pars[1:])


def _after_label(text: str) -> str:
    """A paragraph's text after a label on its first line ("Defence Media: x@y.org")."""
    head, sep, rest = text.partition(": ")
    return rest if sep and len(head.split()) <= 4 else text


# A sentence pointing at the transcript below it, said anywhere in the paragraph: "You can
# find a full transcript of the event ... below:", "The transcript of the interview follows."
_POINTS_BELOW = re.compile(
    r"\b(?:transcripts?|transcripción|transcription)\b[^.!?]{0,160}?"
    r"(?:\bbelow\b|\bfollows\b|\ba continuación\b)",
    re.I,
)


def _editor_intro(pars: list[list[str]]) -> int:
    """How many paragraphs above a transcript's first label are the editor's introduction:
    those down to the one that hands over to the transcript ("... Here's the full
    transcript:", "Aquí la transcripción completa de la conferencia ..."), where at most one
    short line stands under it; 0 when no paragraph hands over, and the lead stays the site's
    narration (kremlin.ru's "Vladimir Putin held a meeting ...")."""
    over = [k for k, p in enumerate(pars) if len(join(p)) < 600 and _hands_over(join(p))]
    if not over or len(pars) - over[-1] > 2:
        return 0
    rest = pars[over[-1] + 1 :]
    return len(pars) if all(len(join(p)) < 100 for p in rest) else over[-1] + 1


# A paragraph that speaks of the conversation below as the editor's object: "In this
# interview, X talks about ...", "Their conversation has been edited for length and clarity."
_OF_THE_TALK = re.compile(
    r"^(?:in|during) (?:this|the following|today's) (?:interview|conversation|episode|"
    r"podcast|discussion|q\s?&\s?a)\b"
    r"|\b(?:this|the|their|our) (?:interview|conversation|transcript|exchange|discussion)s? "
    r"(?:has|have) been (?:\w+ ){0,3}?(?:edited|condensed|abridged|shortened)\b",
    re.I,
)


def editor_intro(text: str) -> bool:
    """A dropped paragraph that introduces the transcript or interview under it (for the
    reason --dropped gives): it hands over to it or says it is an interview."""
    return _hands_over(text) or (len(text) < 600 and bool(_INTERVIEW_SAID.search(text)))


def _hands_over(text: str) -> bool:
    """The paragraph points at the transcript below it ("Here's the full transcript:", "...
    You can find a full transcript of the event below:") or speaks of it as the editor's
    object ("In this interview, X talks about ...", "Their conversation has been edited for
    length."); a bare note on how it was edited ("The following transcript has been edited
    for length") over a standfirst is no introduction of its own."""
    return bool(_POINTS_BELOW.search(text) or _OF_THE_TALK.search(text)) or (
        editorial(text) and not editorial(text, handover=False)
    )


def _one_lead(turns: list[Turn]) -> list[Turn]:
    """The site's narration above a transcript's first label as one turn ("Vladimir Putin's
    news conference took place at ..." / "Over 1,000 journalists were accredited ..."): a
    turn runs up to the next label, its paragraph breaks inside it."""
    lead = [t for t in turns if t.attribution == "narration" and not t.speaker]
    if len(lead) < 2 or len(lead) != len(turns):
        return turns
    return [replace(lead[0], text="\n\n".join(t.text for t in lead))]


def _note(par: str) -> bool:
    """An editor's introduction ("X discusses ...") or note above the first label: never a
    turn (a note that introduces the briefer, "... noon briefing by Stéphane Dujarric,
    Spokesman", names the speaker)."""
    return intro(par) or (editorial(par) and not _INTRODUCED.search(par))


def _note_only(par: str) -> bool:
    """An editor's note at the top or the foot of a page of prose ("[This is the transcript of
    one of ...]", "These remarks have been lightly edited ..."), which introduces no speaker by
    name: never a turn."""
    return editorial(par) and not _INTRODUCED.search(par)


def _place_alone(par: str) -> bool:
    """A dateline's place in capitals alone on its line above the lead ("ANKARA", "NEW
    YORK"): one to three words of letters, no sentence."""
    words = par.split()
    return (
        1 <= len(words) <= 3 and par.isupper() and all(w.replace("-", "").isalpha() for w in words)
    )


def _askers(turns: list[Turn]) -> list[Turn]:
    """Every turn of a questioner is a question: a journalist who introduced themselves once
    ("Hi sir, Rishabh from Times Now") or an interviewer by role ("Interviewer", "Presenter")
    asks again under the same name ("Windsor, yes sir. ..."), and keeps the name; an
    answer's label is never theirs."""
    asking = terms("interviewer_roles")
    turns = _before_answers(turns)  # "EIB Jane Doe: ..." / "Answer: ...": she asked
    who = {t.speaker for t in turns if t.speaker and "question" in t.flags}
    who |= {t.speaker for t in turns if t.speaker and (t.role or "").casefold() in asking}
    out = []
    for t in turns:
        if t.speaker in who and answers(t.label):
            t = replace(t, speaker=None, role=None)  # "Answer:" is never one who asks
        elif t.speaker in who and "question" not in t.flags and t.attribution == "verbatim":
            t = replace(t, flags=(*t.flags, "question"))
        out.append(t)
    return out


def _before_answers(turns: list[Turn]) -> list[Turn]:
    """A labelled turn right before an answer's label ("A:", "Answer:", "<답변>") asks,
    whatever its label names: a journalist, an outlet, an outlet and a name. Where the page
    prints two answer labels at least (a record's label cut to its article "A" is none)."""
    if sum(answers(t.label) for t in turns) < 2:
        return turns
    ends = [
        k
        for k, (t, nxt) in enumerate(pairwise(turns))
        if t.label and "question" not in t.flags and answers(nxt.label) and not answers(t.label)
    ]
    for k in ends:
        turns[k] = replace(turns[k], flags=(*turns[k].flags, "question"))
    return turns


def _field_line(par: str) -> bool:
    """A page's heading or field line above the first speaker ("Members present:", "Richard
    Ottaway (Chair)", "Examination of Witnesses"): a few words and no sentence."""
    words = par.split()
    return (
        1 <= len(words) <= 8
        and par[:1].isupper()
        and not par.rstrip().endswith((".", "?", "!", '"', "”", "’", "'", ",", ";"))
        and not _FIRST_PERSON.search(par)
    )


# A field naming who takes part, above a hearing's or a briefing's first speaker:
# "Witnesses: Jane Doe MP, Minister for Harbours", "Participants: ...", "Present: ...".
_ROSTER = re.compile(r"^(?P<field>[A-Z][\w'’ ]{1,30}?)\s*[:：]\s+\S")


def _roster(par: str) -> bool:
    """A roster field: its name is one of the lexicon's roster_fields, no sentence after it
    ends in a question or holds "I" or "we"."""
    m = _ROSTER.match(par)
    return bool(
        m
        and m.group("field").split()[-1].casefold() in terms("roster_fields")
        and not _FIRST_PERSON.search(par)
        and not par.rstrip().endswith("?")
    )


def _restates(par: str, title: str | None) -> bool:
    """A subheading above the first speaker that says the title again ("Concluding press
    conference by NATO Secretary General ..." under "Closing press conference by ...")."""
    said = re.findall(r"\w+", par.casefold())
    have = set(re.findall(r"\w+", (title or "").casefold()))
    return 3 <= len(said) <= 30 and sum(w in have for w in said) >= 0.8 * len(said)


def _unlabelled_answer(pars, turns: list[Turn], people: People):
    """(question paragraphs, (speaker, answer text)) when a transcript labels only its
    questions ("Q. On Iran, why ...?" then the High Representative's unlabelled reply)."""
    k = next((k for k, p in enumerate(pars[:-1]) if join(p).endswith("?")), None)
    opener = next(
        (
            t.speaker
            for t in turns
            if t.attribution == "verbatim" and t.speaker and "question" not in t.flags
        ),
        None,
    )
    who = opener or (people.author() or _interviewee(turns) or (None, None))[1]
    if k is None or not who or join(pars[-1]).endswith("?"):
        return None  # not "Q. Is it over? <para> And what comes next?"
    return pars[: k + 1], (who, "\n\n".join(join(p) for p in pars[k + 1 :]))


def _interviewee(turns: list[Turn]) -> tuple[str | None, str] | None:
    """(role, name) of the person the page's introduction names, who answers an interview's
    unlabelled replies ("In an interview with the Harbour Post, the ambassador, Tomas Varga,
    spoke about ..."): the first named with an office, else the first named in full."""
    named = [
        (r, n)
        for t in turns
        if t.attribution == "narration"
        for r, n in people_in(t.text[:600])
        if len(n.split()) > 1
    ]
    return next(((r, n) for r, n in named if r), named[0] if named else None)


def _preamble(
    pars, people: People, turns: list[Turn], dropped: list[str], by: bool = False
) -> None:
    """Speech before the first label: the heading's speaker opening a doorstep (first
    person), a briefer the site introduces ("... transcript of today's noon briefing by
    Stéphane Dujarric, Spokesman ..."), or the site's own introduction (narration)."""
    for k, par in enumerate(pars[:2]):
        if k + 1 < len(pars) and (m := _INTRODUCED.search(join(par))):
            who = next(((r, n) for r, n in people_in(m.group(1)) if len(n.split()) > 1), None)
            if who:
                _narration(pars[: k + 1], turns, dropped)
                text = "\n\n".join(join(p) for p in pars[k + 1 :])
                turns.append(Turn(len(turns) + 1, who[1], who[0], "verbatim", text))
                return
    if said := _said_label(pars):  # "TASS Director General Jane Doe said welcoming ...: Hello"
        k, who = said
        lead: list[Turn] = []
        _narration(pars[:k], lead, dropped)
        turns.extend(replace(t, n=len(turns) + 1) for t in _one_lead(lead))
        head, _, words = join(pars[k]).partition(":")
        text = "\n\n".join([words.strip(), *(join(p) for p in pars[k + 1 :])])
        turns.append(Turn(len(turns) + 1, who[1], who[0], "verbatim", text, head.strip()))
        return
    author = people.author()
    speech = [p for p in pars if not _caption(join(p))]
    first_person = sum(bool(_FIRST_PERSON.search(join(p))) for p in speech)
    if (
        author
        and speech
        and (first_person * 2 >= len(speech) or by)
        and not STAGE_NOTE.match(join(speech[0]))
    ):
        dropped.extend(join(p) for p in pars if _caption(join(p)) or _note(join(p)))
        speech = [p for p in speech if not _note(join(p))]  # "Full transcript from ..."
        if len(speech) > 1 and _about(join(speech[0]), author[1]):
            _narration(speech[:1], turns, dropped)  # "Prime Minister Keir Starmer held ..."
            speech = speech[1:]
        text = "\n\n".join(join(p) for p in speech)
        if text:
            turns.append(Turn(len(turns) + 1, author[1], author[0], "verbatim", text))
    else:
        _narration(pars, turns, dropped)


def _said_label(pars) -> tuple[int, tuple[str | None, str]] | None:
    """(paragraph, (role, name)) of a transcript's lead paragraph that opens with the site's
    words saying who speaks, ended by a colon, the speech after it on the same line ("TASS
    Director General Jane Doe said welcoming the participants: Hello, colleagues. ..."): a
    clause of forty words at most naming a person in full with a speech verb, no sentence end
    and no "I" or "we" in it; the speech runs to the next label."""
    for k, par in enumerate(pars):
        text = join(par)
        head, colon, words = text.partition(":")
        if not colon or len(head.split()) > _SAID_WORDS or len(words.split()) < 3:
            continue
        if re.search(r"[.!?]\s", head) or _FIRST_PERSON.search(head) or '"' in head:
            continue
        if not _SPEECH_VERB.search(head):
            continue
        who = next(((r, n) for r, n in people_in(head) if len(n.split()) > 1), None)
        if who:
            return k, who
    return None


_SAID_WORDS = 40
_SPEECH_VERB = phrase_re("speech_verbs")


_SITTING = phrase_re("sitting_phrases")
_SITTING_WORDS = 30


def _sitting(pars: list[list[str]]) -> bool:
    """The lines above a record's first label state its procedure: one of them, short and in
    the third person, says the sitting opens or the chair is taken ("The House met at 14:03.",
    "HONOURABLE SPEAKER took the Chair and read the Prayer.", "Commenced at 03:00 p.m.")."""
    for par in pars[:12]:
        text = join(par)
        short = len(text.split()) <= _SITTING_WORDS
        if short and not _FIRST_PERSON.search(text) and _SITTING.search(text):
            return True
    return False


def _about(par: str, name: str) -> bool:
    """A site's summary above the speech: it names the speaker and never says "I" or "we"."""
    return name.split()[-1] in par and not _FIRST_PERSON.search(par)


def _split_procedural(pars: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """Cut a UN record turn where a procedural line begins ("The meeting rose at ...")."""
    for k, par in enumerate(pars):
        for j, line in enumerate(par):
            if (k or j) and _PROCEDURAL.match(line):
                head = [*pars[:k], par[:j]] if j else pars[:k]
                return head, [par[j:], *pars[k + 1 :]]
    return pars, []


def _turn(n: int, lab: Label, pars: list[list[str]], people: People) -> Turn:
    text = "\n\n".join(join(p) for p in pars)
    speaker, role, flags = people.speaker_of(lab, text)
    if speaker and "question" not in flags and (outlet := _self_introduced(lab, text)):
        flags, role = (
            (*flags, "question"),
            role or outlet,
        )  # "Rishabh: Hi sir, Rishabh from Times Now."
    if (
        speaker
        and len(speaker.split()) > 2
        and speaker.split()[0].casefold().rstrip(".") in _COURTESY
    ):
        speaker = speaker.split(" ", 1)[1]  # "Shri Arindam Bagchi" is Arindam Bagchi
    if speaker and role and lab.name:
        speaker = _without_office(speaker, lab.name)
    if "interpreted" not in flags and opens_with_note(text):
        flags = (*flags, "interpreted")  # the note on the line under a bare label
    return Turn(n, speaker, role, "verbatim", text, lab.label, flags)


def _without_office(speaker: str, name: str) -> str:
    """The speaker without the member's title or office its label printed before the name,
    where the name the document gives still ends in the label's name ("Poslanec J. Cuper:"
    found as "Poslanec J. Cuper" in the opening lines is J. Cuper; "Presidente Senador Ana
    Ruiz:" is Ana Ruiz): an office word is never part of a person's name."""
    words = speaker.split()
    k = 0
    while k < len(words) - 1 and record_role(words[k]):
        k += 1
    if not k or not fold(" ".join(words[k:])).endswith(fold(name.split()[-1])):
        return speaker
    return " ".join(words[k:]) if len(words) - k >= 2 else speaker


_COURTESY = frozenset(
    ("shri", "smt", "sri", "shrimati", "he", "h.e")
)  # not "Mr." (records keep it)


def _self_introduced(lab: Label, text: str) -> str | None:
    """The outlet of a journalist whose label is their name and who introduces themselves
    in their first words ("Hi sir, Rishabh from Times Now."), else None."""
    name = (lab.name or "").split()
    if lab.kind != "person" or not name or len(name) > 2:
        return None
    if name[0] not in text[:160] or ("from" not in text[:160] and "with" not in text[:160]):
        return None  # (a cheap test before compiling a regex for this name)
    m = re.search(
        rf"\b{re.escape(name[0])}\b[^.?!]{{0,30}}?\b(?:from|with)\s+((?:the\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){{0,4}})",
        text[:160],
    )
    return m.group(1) if m else None


def _called(turn: Turn, turns: list[Turn], people: People) -> Turn:
    """An anonymous question gets the asker the moderator just called on by name."""
    prev = turns[-1] if turns else None
    if turn.speaker or turn.role or "question" not in turn.flags or not prev:
        return turn  # named already, or its label names the outlet ("CCTV:")
    if "question" in prev.flags:
        return turn
    who = called_on(prev.text, people)
    if who is None:
        return turn
    return Turn(turn.n, who[0], who[1], turn.attribution, turn.text, turn.label, turn.flags)


def _date_line(text: str) -> bool:
    """A dated line below an introduction: metadata, not the site's narration."""
    return len(text) < 80 and not text.endswith((".", "?", "!")) and bool(dates.full_date(text))


# A word in small letters of four letters or more: what a sentence has, a date line hardly.
_SMALL_WORD = re.compile(r"(?<![\w.])[^\W\d_A-ZÀ-Ž]{4,}(?![\w.])")


def _stamp_lines(par: list[str]) -> bool:
    """A paragraph above a transcript's first label of four short lines at most, none of them
    a sentence (one word in small letters at most), one of them dated: the sitting's number
    and time ("44th Parl. 1st Sess." / "December 14, 2021 02:00PM" / "• Dec/14/21 2:00:00
    p.m."), the page's metadata and nobody's words."""
    lines = [s.strip() for s in par if s.strip()]
    return (
        1 <= len(lines) <= 4
        and all(len(s.split()) <= 8 and len(_SMALL_WORD.findall(s)) <= 1 for s in lines)
        and any(_date_line(s) for s in lines)
    )


def _published_line(text: str) -> bool:
    """A dated line atop the text saying where it was published ("Met dank overgenomen van
    Europese Commissie, gepubliceerd op maandag 9 maart 2020."): twenty words at most, the
    date last."""
    return (
        len(text.split()) <= 20
        and bool(_YEAR_LAST.search(text))
        and bool(_PUBLISHED.search(text))
        and not _FIRST_PERSON.search(text)
        and bool(dates.full_date(text))
    )


_YEAR_LAST = re.compile(r"\b(?:19|20)\d\d\)?\.?\s*$")
# Where a text says it was published, in the languages of the corpus.
_PUBLISHED = re.compile(
    r"\b(?:published|publié\w*|publicad\w*|pubblicat\w*|gepubliceerd|veröffentlicht|"
    r"опубликован\w*)\b",
    re.I,
)


# A venue line above the first speaker, e.g. "The Kremlin, Moscow", "Novo-Ogaryovo, Moscow
# Region": capitalised words and commas, no sentence.
_PLACE_LINE = re.compile(
    r"(?:The )?[A-ZÀ-Ž][\w'’\-]*(?: [A-ZÀ-Ž][\w'’\-]*){0,3}(?:, [A-ZÀ-Ž][\w'’\-]*(?: [A-ZÀ-Ž][\w'’\-]*){0,2}){1,2}"
)


def _place_line(text: str, turns: list[Turn]) -> bool:
    before_speech = all(t.attribution == "narration" for t in turns)
    return before_speech and len(text) < 60 and bool(_PLACE_LINE.fullmatch(text))


# A photo credit closing a paragraph, e.g. "   (photo: Reuters)".
_TRAILING_CREDIT = re.compile(r"\s*\([^()]{2,60}\)\s*$")


def _caption(par: str) -> bool:
    """A photo caption; a paragraph of story that reports someone's words is content even
    when a photo credit closes it ("..., observers have said.   (photo: Reuters)")."""
    m = _TRAILING_CREDIT.search(par) if par.rstrip().endswith(")") else None  # (cheap test)
    story = par[: m.start()] if m and is_caption(m.group().strip()) else None
    if story and len(story) > 200 and phrase_re("speech_verbs").search(story):
        return False
    return is_caption(par)


def _narration(pars, turns: list[Turn], dropped: list[str], procedural: bool = False) -> None:
    for par in pars:
        text = join(par)
        if not procedural and (
            _caption(text)
            or _date_line(text)
            or _place_line(text, turns)
            or editorial(text)
            or intro(text)
            or subheading(text)
        ):
            dropped.append(text)  # a caption, or "February 18, 2022 - 17:00 - The Kremlin, Moscow"
        elif STAGE_NOTE.match(text) and not turns:
            dropped.append(text)  # "(Preliminary transcript)" above the first speaker
        elif STAGE_NOTE.match(text) and turns:
            last = turns[-1]
            turns[-1] = Turn(
                last.n,
                last.speaker,
                last.role,
                last.attribution,
                last.text + "\n\n" + text,
                last.label,
                last.flags,
            )
        else:
            turns.append(Turn(len(turns) + 1, None, None, "narration", text))


def _summary_speaker(par: str) -> tuple[str | None, str] | None:
    """The speaker a page summary names, when the rest of the page is their speech."""
    m = _GAVE.search(par) if len(par) < 400 else None
    named = [(r, n) for r, n in people_in(par[: m.start()]) if len(n.split()) > 1] if m else []
    if not m or not named or _shared(par[: m.start()], named[-1][1]):
        return None
    return named[-1]


def _shared(before: str, name: str) -> bool:
    """The statement is several people's: "X and his counterparts ... issued a joint statement"
    (the words between the name and the verb add others), not X's own."""
    at = before.rfind(name.split()[-1])
    return at < 0 or bool(re.search(r"\b(?:and|with|together)\b", before[at:]))


def _named_role(role: str, opening: list[str]) -> tuple[str | None, str | None]:
    """(role, name): the person holding the title's role, when the first paragraph names them
    ("The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, expresses")."""
    head = role.split()[-1].casefold()
    for r, name in people_in(opening[0]) if opening else []:
        if r and head in r.casefold().split() and len(name.split()) > 1:
            return r, name
    return role, None


# A subheading inside a page: markdown emphasis or a few capitalised words with no stop,
# e.g. "**Guest Today and Tomorrow", "Secretary-General Note".
_MARKDOWN_HEAD = re.compile(r"^(?:\*\*|#{1,4}\s)\S")


def subheading(par: str) -> bool:
    """A heading between paragraphs: it never opens a turn (nor is one)."""
    words = par.split()
    if _MARKDOWN_HEAD.match(par) and len(words) <= 10 and not par.rstrip().endswith((".", "?")):
        return True  # (a heading glued to the paragraph under it is not dropped with it)
    if not 1 <= len(words) <= 8 or par.rstrip().endswith((".", "?", "!", '"', "”", ":", ",")):
        return False
    caps = sum(w[:1].isupper() for w in words if w[:1].isalpha())
    return caps >= max(2, 0.75 * len(words)) and not _FIRST_PERSON.search(par)


def _speech_like(pars: list[str]) -> bool:
    """Most paragraphs say "I" or "we", and none opens with a news dateline."""
    return not _dated(pars[0]) and 3 * sum(bool(_FIRST_PERSON.search(p)) for p in pars) >= 2 * len(
        pars
    )


def _dated(par: str) -> bool:
    """The paragraph opens with a news dateline ("TALLINN, Sept 3 (Reuters) - ...")."""
    lead = par[:60]
    return bool(re.match(r"^[A-Z][A-Z .'\-]{2,30}[,(]", lead)) or "(Reuters)" in lead


def _first_person(pars: list[str]) -> bool:
    """An institution's own voice: most paragraphs say "we" or "our"."""
    return bool(pars) and 2 * sum(bool(_FIRST_PERSON.search(p)) for p in pars) >= len(pars)


# A speech's first words, e.g. "Ladies and gentlemen, good morning.", "Good afternoon, everybody."
_GREETING = re.compile(
    r"^(?:(?:ladies and gentlemen|excellencies|dear \w+|colleagues|friends)\b[^.!?]{0,60}"
    r"|good (?:morning|afternoon|evening)\b[^.!?]{0,40})[.!,]",
    re.I,
)
# A speech addressing the chair first, e.g. "Respected President of the General Assembly,",
# "Mr. President,", "Your Excellency,", "Thank you, Mr. Chair.".
_VOCATIVE = re.compile(
    r"^(?:thank you(?: very much| so much)?,?\s+)?"
    r"(?:(?:respected|honou?rable|distinguished|dear|your|mr\.?|madam|madame)\s+)+"
    r"(?:president|chair\w*|excellenc\w+|secretary[- ]general|speaker|co-chairs?)\b[^.!?:]{0,60}[,.!]",
    re.I,
)
# A news release's section headings and the headings its story ends at.
_RELEASE_HEADING = re.compile(r"(?:Quotes?|Quick facts|Background|Notes to editors)", re.I)
_RELEASE_END = re.compile(r"(?:Associated|Related) (?:links|products)|(?:Media )?[Cc]ontacts?")
# A quote's signature line, e.g. "- Mélanie Joly, Minister of Foreign Affairs".
_SIGNATURE = re.compile(
    r"[-–—]\s*([A-ZÀ-Ž][\w'’\-]+(?: [A-ZÀ-Ž][\w'’\-]+){1,3}),\s+[A-Z][^.!?]{2,90}"
)

# A quote closed by its signature line, e.g. '"... together." - Mélanie Joly, Minister ...'.
_SIGNED = re.compile(r"[\"”]\s+(" + _SIGNATURE.pattern + r")$")


def _signed_quotes(pars: list[str]) -> list[str]:
    """A quote and the signature line below it as one paragraph: '"..." - Name, Role'."""
    out: list[str] = []
    for p in pars:
        if out and _SIGNATURE.fullmatch(p) and out[-1].rstrip().endswith(('"', "”")):
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


def _signed(par: str) -> tuple[str, str, str] | None:
    """(name, role, "quoted") for a quote its signature line closes."""
    m = _SIGNED.search(par) if '"' in par or "”" in par else None
    if not m:
        return None
    return m.group(2), m.group(1).split(",", 1)[1].strip(), "quoted"


def _prose(lines: list[str], header: Header, people: People) -> Segmented:
    pars = [join(p) for p in paragraphs(lines)]
    blocks = _blocks(lines)
    # (a time mark opens with a digit or a bracket: a cheap test before the regex)
    clocks = {
        k for k, p in enumerate(pars) if (p[:1].isdigit() or p[:1] in "([") and _CLOCK.match(p)
    }
    if len(clocks) >= 2:
        return _timed(pars, people)
    top = {k for k in range(min(2, len(pars))) if _published_line(pars[k])}
    ends = {*range(min(2, len(pars))), *range(max(0, len(pars) - 2), len(pars))}
    top |= {k for k in ends if _note_only(pars[k])}  # an editor's note, at the top or the foot
    top |= {0} if pars and _place_alone(pars[0]) and len(pars) > 1 else set()
    out = [k in top or k in clocks or _caption(p) or _date_line(p) for k, p in enumerate(pars)]
    dropped = [p for p, gone in zip(pars, out, strict=True) if gone]
    pars = [p for p, gone in zip(pars, out, strict=True) if not gone]
    if end := next((k for k, p in enumerate(pars) if k and _RELEASE_END.fullmatch(p)), None):
        dropped += pars[end:]  # "Associated links", "Contacts": a release's links and contacts
        pars = pars[:end]
    out = [bool(_RELEASE_HEADING.fullmatch(p)) or subheading(p) for p in pars]
    dropped += [p for p, gone in zip(pars, out, strict=True) if gone]
    pars = [p for p, gone in zip(pars, out, strict=True) if not gone]
    if len(pars) > 1 and (m := _INTRODUCED.search(pars[0])) and editorial(pars[0]):
        who = next(((r, n) for r, n in people_in(m.group(1)) if len(n.split()) > 1), None)
        if who:  # "The following is a near-verbatim transcript of ... by Florencia Soto Niño"
            speech = Turn(1, who[1], who[0], "verbatim", "\n\n".join(pars[1:]))
            return Segmented("transcript", (speech,), (*dropped, pars[0]))
    if first := prose.standfirst(pars):
        dropped += pars[:first]  # the summary under the headline, above the story
        pars = pars[first:]
    pars = _signed_quotes(pars)
    story = news.Story(people=list(header.people))
    attributed = [news.attribute(p, story) for p in pars]
    attributed = [_signed(p) or a for p, a in zip(pars, attributed, strict=True)]
    credited, under = news.credited_list(header.title), 0  # "The main points of X's remarks:"
    if not credited and pars and (credited := news.credited_list(pars[0])):
        under = 1  # the heading opens the body: the outlet's words, the list below it X's
    if not credited and (k := prose.points_heading(pars)) is not None and (who := people.author()):
        dropped.append(pars.pop(k))  # "Key theses:" over the points of the titled person
        del attributed[k]
        credited, under = (who[1], who[0]), k
    if credited:
        pairs = enumerate(zip(pars, attributed, strict=True))
        attributed = [a if k < under else news.credit(p, a, credited) for k, (p, a) in pairs]
    for k in range(min(2, len(pars))):  # the lead, or the lead under a teaser of it
        if lead := news.lead_speaker(pars[k:], attributed[k:]):
            attributed[k] = lead
    reported = sum(a[2] != "narration" for a in attributed)
    if _introduces_words(pars):  # "Following the meeting Dr Murrison said:" over the quote
        return _news(pars, attributed, dropped, reported)
    author: tuple[str | None, str | None] | None = people.author()
    heading = prose.headline_case(header.title or "")
    statement_title = (
        bool(_STATEMENT.search(heading) or prose.speech_page(header.lines)) and not credited
    )
    if not author and statement_title and heading != header.title:
        author = prose.titled_person(heading)  # "LUIS ALMAGRO, SECRETARY GENERAL OF THE OAS ..."
    if not author and statement_title and (m := _BY_ROLE.search(heading)):
        author = _named_role(m.group(1), pars[:1])  # "Statement by the NATO Secretary General"
        if author[1] is None and (held := people.office_holder(m.group(1))) and held.name:
            author = (author[0], held.name)  # the office-holder table, by organisation and date
    if (
        author
        and (statement_title or reported < 2)
        and not (reported >= 2 and prose.reads_as_story(pars))  # a story about it (news3)
        and not _minutes(pars)
        and not _names_author(pars, author[1])  # "Long resaltó que ...": a story about them
    ):
        if who := prose.narrated_intro(pars, author):  # "The Prime Minister ... has left"
            opening = Turn(1, None, None, "narration", pars[0])
            words = Turn(2, who[1], who[0], "verbatim", "\n\n".join(pars[1:]))
            return Segmented("statement", (opening, words), tuple(dropped))
        turn = Turn(1, author[1], author[0], "verbatim", "\n\n".join(pars)) if pars else None
        return Segmented("statement", (turn,) if turn else (), tuple(dropped))
    if _minutes(pars):  # "1.1. The Chairman said that ..." / "1.2. He recalled ..."
        return Segmented("record", tuple(_minute_turns(pars, author)), tuple(dropped))
    if len(pars) > 1 and (who := _summary_speaker(pars[0])):  # "Liz Truss gave a statement ..."
        intro = Turn(1, None, None, "narration", pars[0])
        speech = Turn(2, who[1], who[0], "verbatim", "\n\n".join(pars[1:]))
        return Segmented("statement", (intro, speech), tuple(dropped))
    office = (None, None) if author or not pars else _by_office(header.title, people)
    if office[0] and reported < 2:  # "Secretary-General's press conference"
        turn = Turn(1, office[0], office[1], "verbatim", "\n\n".join(pars))
        return Segmented("statement", (turn,), tuple(dropped))
    opens = bool(pars) and bool(_GREETING.match(pars[0]) or _VOCATIVE.match(pars[0]))
    spoken = _first_person(pars) or (opens and any(_FIRST_PERSON.search(p) for p in pars))
    if (statement_title or opens) and not reported and spoken:  # "We strongly condemn ..."
        return Segmented(
            "statement", (Turn(1, *office, "verbatim", "\n\n".join(pars)),), tuple(dropped)
        )
    if voice.spoken_address(pars) and not credited:  # "Thank you for joining us. Let me ..."
        return Segmented(
            "statement", (Turn(1, *office, "verbatim", "\n\n".join(pars)),), tuple(dropped)
        )
    if len(pars) >= 4 and 10 * reported <= len(pars) and _speech_like(pars):
        # a speech with no heading: first person throughout, nobody reported ("We have waged ...")
        return Segmented(
            "statement", (Turn(1, *office, "verbatim", "\n\n".join(pars)),), tuple(dropped)
        )
    return _news(pars, attributed, dropped, reported, blocks)


def _names_author(pars: list[str], name: str | None) -> bool:
    """The person the heading names is named again by surname, outside quotes, in two
    paragraphs or more of three or more ("Ambassador CONG pointed out ...", "Long resaltó que
    ..."), and no paragraph says "I" or "we" outside quotes: the outlet writes about them in
    the third person, as nobody's own statement does (whatever the language's speech verbs,
    which the attribution may not know)."""
    words = (name or "").split()
    surname = words[-1].casefold() if words else ""
    if len(surname) < 3 or len(pars) < 3:
        return False
    outside = [news.strip_quotes(p)[0] for p in pars]
    if any(news.speaks_first_person(p) for p in outside):
        return False  # "I", "we" outside quotes: the author's own words after all
    return sum(surname in p.casefold() for p in outside) >= 2


def _blocks(lines: list[str]) -> dict[str, int]:
    """Each paragraph's text (joined) -> the number of the block of lines with no blank line
    between them that holds it."""
    out: dict[str, int] = {}
    block: list[str] = []
    n = 0
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
        elif block:
            n += 1
            for par in paragraphs(block):
                out.setdefault(join(par), n)
            block = []
    return out


# A numbered paragraph of minutes or a summary record: "1.1. The Chairman said that ...",
# "12. Mr. DOE (Vastmark) said that ...".
_MINUTE_NO = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.\s+(?:The|Mr|Mrs|Ms|Dr|He|She|H\.E)\b")
_REPORTED_SAID = re.compile(r"\b(?:said|stated|noted|recalled|added|observed|explained)\b")


def _minutes(pars: list[str]) -> bool:
    """Minutes or a summary record in indirect speech: two numbered paragraphs or more, each
    saying who said what ("1.1. The Chairman said that ..."): one turn a paragraph, as news,
    never one speech of the page's author."""
    numbered = [p for p in pars if p[:1].isdigit() and _MINUTE_NO.match(p)]
    return len(numbered) >= 2 and sum(bool(_REPORTED_SAID.search(p[:300])) for p in numbered) >= 2


# Who a numbered paragraph of minutes says spoke, before the verb: an office ("The
# Chairman"), a member ("Mr. DOE (Vastmark)", "The representative of Vastmark"), or "He"/"She"
# (the last speaker). A paragraph naming none goes on with the last speaker's words.
_MINUTE_SAID = re.compile(
    r"^\d{1,3}(?:\.\d{1,3})*\.\s+(?P<who>The [A-Z][\w\-]+(?: (?:of )?[A-Z][\w\-]+){0,4}"
    r"|(?:Mr|Mrs|Ms|Dr|H\.E)\.? [A-Z][^,;:()]{1,60}?|He|She)\s+(?:\((?P<note>[^()]{2,60})\)\s+)?"
    r"(?:said|stated|noted|recalled|added|observed|explained|welcomed|thanked|reiterated|"
    r"emphasized|emphasised|stressed|underlined|informed|proposed|suggested|announced)\b"
)
_CHAIRS = frozenset(("chairman", "chairperson", "chair", "chairwoman", "president", "presiding"))


def _minute_turns(pars: list[str], author: tuple[str | None, str | None] | None) -> list[Turn]:
    """One reported turn per paragraph of minutes, the speaker the one the paragraph names
    before its verb; the chair by office is the person the heading names as chair."""
    turns: list[Turn] = []
    who: tuple[str | None, str | None] = (None, None)  # (speaker, role)
    for par in pars:
        m = _MINUTE_SAID.match(par)
        if m and m.group("who") not in ("He", "She"):
            said = m.group("who")
            office = said[4:] if said.startswith("The ") else None
            if office and office.casefold() in _CHAIRS and author and author[1]:
                who = (author[1], office)
            elif office:
                who = (None, office)
            else:
                who = (said, m.group("note"))
        turns.append(
            Turn(len(turns) + 1, who[0], who[1], "reported" if who[0] else "narration", par)
        )
    return turns


def _news(
    pars: list[str],
    attributed: list,
    dropped: list[str],
    reported: int,
    blocks: dict[str, int] | None = None,
) -> Segmented:
    """A story or release: one turn per paragraph; crossheads between them, the heading of a
    statement it quotes and the lines a page of several releases prints over each are dropped."""
    kind = "news" if reported else "unknown"
    said = list(zip(pars, attributed, strict=True))
    copies = Counter(pars)
    heads = {
        k
        for k, p in enumerate(pars)
        if _statement_heading(p)
        or prose.printed_again(p, copies)
        or prose.byline_role(p)
        or record_note(p)  # the sitting's time: "(10.04 a.m.)", "Commenced at 3 p.m."
        or (lone_word(p) and attributed[k][2] == "narration" and _not_cut_off(p, k, pars))
        or (agenda_item(p) and attributed[k][2] == "narration")  # "1. Budget bill (continued)"
    }
    dropped += [pars[k] for k in sorted(heads)]
    said = [x for k, x in enumerate(said) if k not in heads]
    if reported:
        heads = {k for k in range(1, len(said) - 1) if _news_heading(*said[k])}
        dropped += [said[k][0] for k in sorted(heads)]
        said = [x for k, x in enumerate(said) if k not in heads]
    if len(said) > 2 and _closing_heading(*said[-1]):
        dropped.append(said.pop()[0])  # "more recommended stories": a footer's heading
    said = _quote_goes_on(said) if reported else said
    if not reported and (span := prose.speech_start([p for p, _ in said])):
        said = _one_speech(said, *span)  # nobody credited: a page's one speech, under its intro
        kind = "news" if span[2] else "statement"
    elif not reported and blocks:
        said = _one_block(said, blocks)  # nobody credited: a block of lines is one passage
    turns = [Turn(k, who, role, how, par) for k, (par, (who, role, how)) in enumerate(said, 1)]
    return Segmented(kind, tuple(turns), tuple(dropped))


def _not_cut_off(par: str, k: int, pars: list[str]) -> bool:
    """A lone word ("CNN", "0") is no word of a copy cut off mid-sentence: it is not the page's
    last paragraph, or it is an agency's initials there ("BSS"), not a broken word ("Ir")."""
    return k < len(pars) - 1 or (len(par) > 1 and par.isupper())


def _one_block(said: list, blocks: dict[str, int]) -> list:
    """Paragraphs of a page that credits nobody, printed one a line with no blank line between
    them, are one passage of the site's words or one speech: one turn a block of lines. A line
    that opens with a dash, a bullet or a quotation mark starts its own turn (a dialogue's
    "- ...", a list's "• ..."), and so does the line below one that quotes someone (a story's
    quote and its narration); a page under a news dateline is a story, one turn a paragraph."""
    if not said or _dated(said[0][0]):
        return said  # a story under its dateline
    out: list = []
    for par, who in said:
        block = blocks.get(par)
        goes_on = par[:1].isalnum() and not (out and news.strip_quotes(out[-1][0])[1])
        if out and goes_on and block is not None and blocks.get(out[-1][2]) == block:
            out[-1] = (f"{out[-1][0]}\n\n{par}", out[-1][1], out[-1][2])
        else:
            out.append((par, who, par))
    return [(par, who) for par, who, _ in out]


def _quote_goes_on(said: list) -> list:
    """A quotation a credited paragraph opens and leaves open goes on in the paragraphs below
    it, to the one that closes it: those nobody else is credited with are the same speaker's
    quoted words ('"We will ...' / 'Tomorrow the Cabinet will ...' / '... in the spring."')."""
    out = list(said)
    k = 0
    while k < len(out):
        par, (who, role, how) = out[k]
        mark = prose.quote_left_open(par) if how == "quoted" and (who or role) else ""
        k += 1
        while mark and k < len(out) and out[k][1] == (None, None, "narration"):
            out[k] = (out[k][0], (who, role, "quoted"))
            mark = "" if prose.closes(out[k][0], mark) else mark
            k += 1
    return out


def _one_speech(said: list, k: int, end: int, quoted: bool) -> list:
    """Paragraphs `k` to `end` of a page that credits nobody are one speech: printed as a
    quote (one paragraph a turn, as a release quotes), the words of the person the line above
    hands over to; printed as a speech (it addresses its audience), one verbatim turn. The
    paragraphs around it stay the page's narration."""
    who = prose.handed_to(said[k - 1][0]) if k else None
    name, role = (who[1], who[0]) if who else (None, None)
    if quoted:
        return [*said[:k], *((p, (name, role, "quoted")) for p, _ in said[k:end]), *said[end:]]
    speech = "\n\n".join(p for p, _ in said[k:end])
    return [*said[:k], (speech, (name, role, "verbatim")), *said[end:]]


def _closing_heading(par: str, attributed: tuple[str | None, str | None, str]) -> bool:
    """A story's last paragraph is a widget's heading in small letters over what the copy no
    longer holds ("more recommended stories"): two to six words, all in lower case, nobody's
    words, no sentence stop."""
    words = par.split()
    return (
        attributed == (None, None, "narration")
        and 2 <= len(words) <= 6
        and par == par.lower()
        and all(w.isalpha() for w in words)
    )


# The heading of a statement a release quotes, e.g. "Statement by Ambassador Karen Pierce at
# the Security Council briefing on Colombia.", "Remarks by the Minister at the launch".
_STATEMENT_HEADING = re.compile(
    r"^(?:(?:Joint|Press|Opening|Closing|Keynote)\s+)?(?:Statement|Remarks|Speech|Address|"
    r"Intervention|Message)\s+(?:by|of|from)\s+[^.!?]{3,200}\.?$"
)


def _statement_heading(par: str) -> bool:
    return (
        len(par.split()) <= 30
        and bool(_STATEMENT_HEADING.match(par))
        and not _FIRST_PERSON.search(par)
    )


# A paragraph that hands over to someone's words, e.g. "Following the meeting Dr Murrison
# said:", "Foreign Minister Steinmeier issued the following statement on 13 January:",
# "Minister Çavuşoğlu's statements are as follows;".
_HANDS_OVER = re.compile(r"\b(?:as follows|the following|following (?:statement|remarks))\b", re.I)


# A speaker's own hand-over to what they say next, e.g. "Let me say the following:", "Allow
# me to add:".
_SPEAKER_OWN = re.compile(r"\b(?:me|let|allow|permit)\b", re.I)


def _introduces_words(pars: list[str]) -> bool:
    """The page is a release or story that quotes a statement, not the statement itself: its
    lead is no greeting of a speech, and a later paragraph of a line or two hands over to
    someone's words (a speech verb or "as follows", ending in ":" or ";")."""
    if len(pars) < 3 or _GREETING.match(pars[0]) or _VOCATIVE.match(pars[0]):
        return False
    return any(
        len(p) < 200
        and p.rstrip().endswith((":", ";"))
        and not _FIRST_PERSON.search(p)
        and not _SPEAKER_OWN.search(p)  # "Let me say the following:" is the speaker's own
        and bool(_HANDS_OVER.search(p) or phrase_re("speech_verbs").search(p))
        for p in pars[1:-1]
    )


def _timed(pars: list[str], people: People) -> Segmented:
    """A transcript with no labels and a time mark alone between its passages (an automatic
    transcript: "[00:00:08]", "0:05.6"): the marks are dropped; where every passage ends a
    sentence each is one speaker's turn, where passages run on into each other ("... On the
    international" / "0:18.4" / "stage, he is ...") they are one text cut by the player. The
    page's lines above the first mark are its introduction: headings dropped, the rest read
    as the site's narration, unless it is one passage that asks, the first of passages that
    take turns asking and answering: the asker's turns are questions, the others the guest's."""
    first = next(k for k, p in enumerate(pars) if _CLOCK.match(p))
    dropped = [p for p in pars[first:] if _CLOCK.match(p)]
    turns: list[Turn] = []
    intro = [p for p in pars[:first] if not prose.short_heading(p)]
    dropped += [p for p in pars[:first] if prose.short_heading(p)]
    chunks: list[list[str]] = []
    for p in pars[first:]:
        if _CLOCK.match(p):
            chunks.append([])
        else:
            chunks[-1].append(p)
    texts = [" ".join(c) for c in chunks if c]
    if not all(prose.ends_sentence(t) for t in texts[:-1]):
        texts = [" ".join(texts)] if texts else []
    if len(intro) == 1 and _asking_places([*intro, *texts]) is not None:
        texts, intro = [*intro, *texts], []  # the host's first question above the first mark
    _narration([[p] for p in intro], turns, dropped)
    asking = _asking_places(texts)
    host, guest = _host_and_guest(texts, people) if asking is not None else (None, None)
    name, role = (guest[1], guest[0]) if guest else (None, None)
    if asking is not None and guest is None:
        role = _addressed(texts[0 if asking else 1])  # "Good morning, Foreign Secretary."
    for k, t in enumerate(texts, 1):
        if asking is not None and k % 2 == asking:
            turns.append(Turn(len(turns) + 1, host, None, "verbatim", t, flags=("question",)))
        elif asking is not None:
            turns.append(Turn(len(turns) + 1, name, role, "verbatim", t))
        else:
            turns.append(Turn(len(turns) + 1, None, None, "verbatim", t))
    return Segmented("transcript", tuple(turns), tuple(dropped))


# A greeting or thanks to the guest by office, opening a question: "Good morning, Foreign
# Secretary.", "Thank you, Minister.", "Welcome, Mr President."
_ADDRESSED = re.compile(
    r"^(?:good (?:morning|afternoon|evening)|welcome(?: back)?|thank you(?: very much)?|hello)"
    r",?\s+(?:(?:Mr|Madam|Madame|Mrs|Ms)\.?\s+)?(?P<office>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})"
    r"[.,!?]",
    re.I,
)


def _addressed(text: str) -> str | None:
    """The office a question greets its guest by ("Good morning, Foreign Secretary."), if
    its last word is an office's."""
    m = _ADDRESSED.match(text)
    office = m.group("office") if m else None
    return office if office and is_role_word(office.split()[-1]) else None


def _asking_places(texts: list[str]) -> int | None:
    """Unlabelled passages that take turns between one who asks and one who answers: the
    parity (of the 1-based turn number) of the asker's places, where every passage that ends
    in a question stands at one parity, two at least and a question every other passage but
    one at most (the last may be cut off); None when the questions fall anywhere."""
    if len(texts) < 4:
        return None
    asks = [k for k, t in enumerate(texts, 1) if t.rstrip().endswith("?")]
    if len(asks) < 2 or len({k % 2 for k in asks}) != 1:
        return None
    places = [k for k in range(1, len(texts) + 1) if k % 2 == asks[0] % 2]
    return asks[0] % 2 if len(asks) >= len(places) - 1 else None


def _by_office(title: str | None, people: People) -> tuple[str | None, str | None]:
    """(holder, office) for a heading that names its speaker by office alone ("Secretary-
    General's press conference", "Defence Secretary Keynote Speech at DSEI 2017"), through the
    office-holder table by organisation and date; (None, None) when it names none."""
    m = _OFFICE_EVENT.match(title or "") or _OFFICE_HEADING.match(title or "")
    held = people.office_holder(m.group(1)) if m else None
    return (held.name, m.group(1)) if m and held and held.name else (None, None)


def _news_heading(par: str, attributed: tuple[str | None, str | None, str]) -> bool:
    """A crosshead between the paragraphs of a story ("Decision questioned", "A bigger
    plane?", "So what was Wang really saying?"): a few words, no quote, no full stop; or a
    longer headline in title case ("Foreign Office – 2020 Press Release on Ensuring Peace in
    Colombia"), never a sentence ("Here are five big quotes by Jaishankar from the interview")."""
    if attributed != (None, None, "narration") or not par[:1].isupper():
        return False  # (the cheap tests first)
    words = par.split()
    if len(words) > 16:
        return False
    alpha = [w for w in words if w[:1].isalpha()]
    titled = 2 * sum(w[:1].isupper() for w in alpha) > len(alpha)
    return (
        1 <= len(words) <= (16 if titled else 6)
        and not news.strip_quotes(par)[1]
        and not par.rstrip().endswith((".", ",", ";", ":", "'", "’", ")", "…"))
    )
