"""Document metadata: where the header ends, the title, date, place and the people the
heading names (who gives a statement, who a short label like "Mr. Ivanov" means).

Works on cleaned lines; stdlib only. Dates come from `dates.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial

from nrc_search.ingest import dates, voice
from nrc_search.ingest.blocks import _you, editorial, ui_term_spans
from nrc_search.ingest.cast import cast_list
from nrc_search.ingest.clean import is_caption, is_photo_caption
from nrc_search.ingest.labels import bare_label, caseless, match_label, numbered_qa
from nrc_search.ingest.lexicon import phrase_re
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.names import ROLE_WORDS, norm, proper_case, words
from nrc_search.ingest.titles import (
    above_title,
    field_pairs,
    interface,
    masthead,
    place_over_date,
    site_name,
    title,
)
from nrc_search.ingest.units import speaker_header

_MAX_HEADER_BLOCKS = 12
# A dateline opening news copy, e.g. "BRUSSELS, July 6 (Itar-Tass) —", "MOSCOW, Dec 3 (Reuters) -".
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'\-]{2,30}?)(?:,\s*[A-Z][A-Za-z .]{1,20})?,\s+\w")
# A place before a date in a heading, e.g. "Brussels, December 18, 2001" or "Sochi, 4 July 2011".
_PLACE_DATE = re.compile(
    r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    r"(?:[0-3]?\d\s+)?[A-Z][a-z]+\.?\s+\d"
)
# A place in a heading, e.g. "in Sochi, Russian Federation" or "in Brussels".
_PLACE_IN = re.compile(
    r"\b(?:in|at) ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b(?!\s+(?:of|Council|summit))"
)
# The presiding member in a UN record header, e.g. "President: Mr. Nogueira Filho . . . (Brazil)".
_PRESIDENT = re.compile(r"^\s*(President|Chair(?:man|person)?):\s+(.+?)\s*(?:\.\s*){2,}\(([^)]+)\)")
# A sentence end inside a block, e.g. "place. In" (used to tell a headline from prose).
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[A-Z\"“]")
_END = (".", "?", "!", '"', "”", "’", "'", ")", ":")
_NOT_PLACE = words("""The This That These NATO Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November December""")


@dataclass
class Header:
    """The lines before the first speech, and what they say."""

    lines: list[str]  # header lines that became metadata (dropped from the turns)
    captions: list[str]  # caption lines found in the header
    body_start: int  # index into the cleaned lines where speech or story begins
    decks: tuple[str, ...] = ()  # header lines of a deck over the story's time bar, and the bar
    title: str | None = None
    date: str | None = None
    date_inferred: bool = False
    place: str | None = None
    people: list[tuple[str | None, str]] = field(default_factory=list)  # (role, name) in heading
    pictured: frozenset[str] = frozenset()  # the names of `people` only a photo caption gives
    site: str = ""  # the site furniture dropped above it ("NATO MULTIMEDIA ACCOUNT"), for context
    year: str | None = None  # a year the file name gives ("..._statement_2010.txt"), if one
    day_first: bool = False  # not in English: a numeric "04/11/2022" is 4 November


# A full date in a file name, e.g. "presser_2020_07_17.txt", "2023-09-12 briefing.txt".
_PATH_SEP = re.compile(r"[\\/]")
_NAME_WORD_SEP = re.compile(r"[\W_]+")
_NAME_YEAR = re.compile(r"(?:19[4-9]|20[0-9])\d")
_NAME_DATE = re.compile(
    r"(?<![0-9])((?:19|20)\d\d)([-_.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9])"
)


def file_date(source: str) -> str | None:
    """The one ISO date a file name spells ("g013_noon_briefing_2023_09_12.txt"), else None."""
    stem = _PATH_SEP.split(source)[-1]
    found = {f"{y}-{m}-{d}" for y, _, m, d in _NAME_DATE.findall(stem)}
    return found.pop() if len(found) == 1 else None


def file_year(source: str) -> str | None:
    """The one year a file name spells as a word of its own ("104_nato_statement_2010.txt",
    "presser_2020_07_17.html"), else None: what dates an office when the text has no date."""
    stem = _PATH_SEP.split(source)[-1].rsplit(".", 1)[0]
    years = {w for w in _NAME_WORD_SEP.split(stem) if _NAME_YEAR.fullmatch(w)}
    return years.pop() if len(years) == 1 else None


def read_header(lines: list[str], raw: Sequence[str] = ()) -> Header:
    """Split off the header blocks (title, date lines, captions) and read them. `raw` is the
    page's top as printed, dropped lines included (a posting stamp under a date widget)."""
    _describe = partial(_describe_header, raw=raw)
    blocks = _peel(_blocks(lines, _MAX_HEADER_BLOCKS))
    head: list[list[str]] = []
    captions: list[str] = []
    named: dict[tuple[str, ...], bool] = {}  # header block -> a site name or a date
    decks: list[list[str]] = []  # the summaries over a time bar, and the bar: no one's heading
    for k, (first, block) in enumerate(blocks):
        if k < 4 and _salutations(blocks[k:]):
            return _describe(head, captions, first, lines)  # "Excellencies / Ladies and ..."
        titled = any(
            _is_heading(b, block, (head[j + 1 :] or [block])[0], named) for j, b in enumerate(head)
        )
        kind = _header_kind(block, titled)
        if kind != "body" and k and _speaker_header_again(first, lines):
            return _describe(head, captions, first, lines)  # "Jane Doe" / "Minister ..." / "10:42"
        if kind == "body" and k + 1 < len(blocks) and _headline_over_lead(block, blocks[k + 1][1]):
            kind = "head"
        if (
            kind == "body"
            and titled
            and k + 1 < len(blocks)
            and _standfirst(block, blocks[k + 1][1])
        ):
            kind = "head"  # the summary under the headline, above the dateline lead
        dated = k > 0 and all(_date_only(b) for b in head) and len(head) == k
        if kind == "head" and k + 1 < len(blocks) and _runs_on(block, blocks[k + 1][1]):
            kind = "body"  # "... joins me now from our" / "Parliament House studio in Canberra."
        early = k == 0 or dated or _furniture_only(head)
        if kind == "body" and early and _labelled_headline(block, blocks[k:]):
            kind = "head"  # "Mevlut Cavusoglu: Turkiye's policy in Caucasus results in ..."
        if kind == "body" and head and len(block) == 1 and _printed_again(block[0], head[0]):
            kind = "head"  # the page's <title> line, then the same headline on the page
        if kind == "body" and k == 0 and _intro_over_cast(block, blocks[1:]):
            kind = "head"  # "Full transcript from the ... event ..." over "Moderator:" / names
        if kind == "body" and _cast_field(block, blocks[k + 1][1] if k + 1 < len(blocks) else []):
            kind = "head"  # "Welcome and Moderator:" / "Damon Wilson," / "Executive Vice ...,"
        if kind == "body" and titled and 0 < k <= 3 and _deck(block, blocks[k + 1 :]):
            kind = "head"  # the headline's deck over a photo caption, a byline or a date bar
        if (
            kind == "body"
            and titled
            and 0 < k <= 3
            and _over_time_bar(block, blocks[k + 1 :], head)
        ):
            decks += [block, blocks[k + 1][1]]  # the deck and its bar name no one who speaks
            kind = "head"  # "Trump's envoy heads to Rome ..." over "8 min" / "43 minutes ago"
        if kind == "body" and field_pairs(block):
            kind = "head"  # "Speaker:" / "Jane Doe, Minister" / "Date:" / "08/29/16" / "Event:" ...
        if kind == "body" and titled and _field_list(block):
            kind = "head"  # "一、時 間:111年3月8日..." / "二、地 點:外交部..." / "三、主持人:..."
        if kind == "body" and titled and k and _over_first_label(block, blocks[k + 1 :]):
            kind = "head"  # "双语例行记者会8月16(双语例行记者会)(1)" over "澎湃新闻记者:..."
        if kind == "body" and k < 3 and _site_appeal(block, blocks[k + 1 :]):
            kind = "head"  # "You turn to us for voices ..." / "Sign up for our Daily Digest ..."
        if kind == "body" and k == 0 and _event_over_label(block, blocks):
            kind = "head"  # "Conferencia de prensa ... Miércoles 10 de mayo 2023. Versión ..."
        if kind == "body" and k == 0 and len(blocks) > 1 and _headline_over_date(block, blocks):
            kind = "head"  # a long heading of the page's first line, its date line under it
        if kind == "body":
            over = blocks[k - 1][1] if k and head and head[-1] is blocks[k - 1][1] else None
            lead = over if over and _headline_over_lead(over, block) else None
            return _describe(head, captions, first, lines, lead, decks)
        if kind == "caption" and _untitled(head) and not is_photo_caption(" ".join(block)):
            head.append(block)  # an event line above no headline is the headline
        elif kind == "caption":
            captions.extend(s.strip() for s in block)
            _caption_copies(head, captions, " ".join(s.strip() for s in block))
        else:
            head.append(block)
    # No speech or story found among the first blocks: only the first block is a heading.
    if not blocks:
        return _describe([], [], len(lines), lines)
    first, block = blocks[0]
    return _describe([block], [], first + len(block), lines)


def _is_heading(b: list[str], block: list[str], nxt: list[str], named: dict) -> bool:
    """Header block `b` is a heading: no section name over `block`, no site name, date,
    interface line or place over the date in `nxt`. `named` keeps, per block of one header, whether it is a
    site name or a date (asked again at every block below it)."""
    if above_title(b, block):
        return False
    key = tuple(b)
    if key not in named:  # (a breadcrumb trail or a skip link alone heads nothing either)
        text = " ".join(b)
        named[key] = site_name(text) or _date_only(b) or (len(b) == 1 and interface(text))
    return not named[key] and not place_over_date(b, nxt)


def _caption_copies(head: list[list[str]], captions: list[str], caption: str) -> None:
    """Move the header blocks a photo caption repeats ("Rex Tillerson speaks to employees."
    above "Rex Tillerson speaks to employees. State Department photo") to the captions: the
    image's alt text, printed over its caption, is no headline."""
    copies = [b for b in head if len(" ".join(b)) >= 20 and caption.startswith(" ".join(b))]
    if len(copies) == 1 and copies[0] is head[0] and _headline_line(copies[0][0]):
        return  # the headline, glued to the photo caption under it ("... with US Photo: ...")
    for b in copies:
        head.remove(b)
        captions.extend(s.strip() for s in b)


def _headline_over_lead(block: list[str], nxt: list[str]) -> bool:
    """A one-line headline right above a news lead's dateline ("President Medvedev goes to
    Lisbon for RF-NATO Council meeting Sat." over "MOSCOW, November 20 (Itar-Tass) -- ...")."""
    text = block[0].strip()
    lead = nxt[0].strip()
    m = _DATELINE.match(lead)
    return (
        len(block) == 1
        and len(text.split()) <= 16
        and not _SENTENCE_END.search(text)
        and bool(m and m.group(1).strip().isupper() and len(m.group(1).strip()) > 2)
        and not match_label(text)
    )


# A date in a heading line, e.g. "June 12, 2008", "12 June 2008".
_DATE_IN = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b"
)


def _people_field(line: str) -> bool:
    """A heading field naming who speaks, e.g. "Presenter: Secretary of Defense Robert M.
    Gates", "Speakers: ..." (a role word, then names and no sentence)."""
    lab = match_label(line)
    if lab is None or lab.kind not in ("role", "person") or len(lab.label.split()) != 1:
        return False
    rest = _DATE_IN.sub("", line[lab.rest :]).strip(" ,")
    words = rest.split()
    return (
        norm(lab.label) in ROLE_WORDS
        and 2 <= len(words) <= 14
        and not re.search(r"[a-z]{3,}[.!?]|[?!]", rest)
        and _title_ratio(rest) >= 0.6
        and bool(people_in(rest))
    )


def _intro_over_cast(block: list[str], rest: list[tuple[int, list[str]]]) -> bool:
    """An editor's note on the page's first block ("Full transcript from the ... event ...")
    right over a cast list's field: the header goes on below it."""
    text = " ".join(s.strip() for s in block)
    nxt = rest[1][1] if len(rest) > 1 else []
    return bool(rest) and editorial(text, handover=False) and _cast_field(rest[0][1], nxt)


def _cast_field(block: list[str], nxt: list[str]) -> bool:
    """A field's name alone on its line ending in a colon, over a cast list: a name and its
    role on the lines under it ("Welcome and Moderator:" / "Damon Wilson," / "Executive Vice
    President,"), in its block or the next: who takes part, not a speech."""
    first = block[0].strip()
    lab = match_label(first) if first.endswith(":") else None
    below = block[1:] or nxt
    return lab is not None and not first[lab.rest :].strip() and bool(cast_list(below))


def _standfirst(block: list[str], nxt: list[str]) -> bool:
    """A one-paragraph summary under the headline, right above a news lead's dateline."""
    text = " ".join(s.strip() for s in block)
    m = _DATELINE.match(nxt[0].strip())
    return (
        len(text.split()) <= 60
        and not _DATELINE.match(text)
        and not match_label(block[0])
        and bool(m and m.group(1).strip().isupper() and len(m.group(1).strip()) > 2)
    )


def _labelled_headline(block: list[str], blocks: list[tuple[int, list[str]]]) -> bool:
    """The page's first line reads "Name: claim" with no sentence stop, and no other line
    of the opening is a label: a news headline quoting its subject, not a speaker turn."""
    text = _BAR_TAIL.sub("", block[0].strip())  # "Name: «claim» | site.example | News"
    lab = match_label(text)
    if lab is None or len(blocks) < 2 or len(text.split()) > 24 or not _rubric_under(block):
        return False
    if text.endswith((".", "?", "!")) or lab.kind != "person":
        return False
    return not any(
        _strong_label(b[0]) and not _credit(b[0]) and b[0].strip() != text for _, b in blocks[1:]
    )  # (the headline printed again on the page is no other label)


def _printed_again(line: str, first: list[str]) -> bool:
    """`line` is the first header block's headline again, without its site and section."""
    return len(line) > 20 and _BAR_TAIL.sub("", first[0].strip()) == line.strip() != first[0]


# A page <title>'s site and section after bars, e.g. " | 1news.az | Новости".
_BAR_TAIL = re.compile(r"(?:\s+\|\s+[^|]{1,40}){1,3}$")


def _rubric_under(block: list[str]) -> bool:
    """The block is the headline's line alone, or with a rubric of three words at most and no
    stop under it ("Армения", "World news")."""
    if len(block) == 1:
        return True
    last = block[1].strip()
    return len(block) == 2 and len(last.split()) <= 3 and not last.endswith(_END)


# A photo credit after a caption, e.g. "... Nanaia Mahuta Photo: RNZ / Samuel Rillstone".
_PHOTO_CREDIT = re.compile(r"\b(?:photo|picture|image|credit)s?:\s", re.I)


def _credit(line: str) -> bool:
    """A caption's line ending in a photo credit: no speaker's label."""
    return bool(_PHOTO_CREDIT.search(line)) and len(line.split()) <= 25


# A year, e.g. "2023" in "Miércoles 10 de mayo 2023".
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _event_over_label(block: list[str], blocks: list[tuple[int, list[str]]]) -> bool:
    """The page's first line names the event and its date in short phrases, whatever its
    stops ("Press conference by the President. Wednesday, 10 May 2023. Stenographic
    version."), and the first speaker's label opens the next block: the heading of the
    transcript, not its first turn."""
    text = block[0].strip()
    return (
        len(block) == 1
        and len(blocks) > 1
        and len(text) < 250
        and match_label(text) is None
        and _strong_label(blocks[1][1][0])
        and bool(dates.full_date(text) or _YEAR.search(text))
        and bool(phrase_re("document_events").search(text))
        and not phrase_re("speech_verbs").search(text)
    )


def _headline_over_date(block: list[str], blocks: list[tuple[int, list[str]]]) -> bool:
    """The page's first line is its heading, however long ("Transcript of a Press Conference
    on the 2008 U.S. Article IV ..., By ... and Chief of the North American Division"): one
    line in title case, no sentence stop at its end, no label, and a date line alone under it."""
    text = block[0].strip()
    return (
        len(block) == 1
        and len(text) < 500
        and not text.endswith((".", "?", "!", ":", ";", ","))
        and _title_ratio(text) >= 0.6
        and match_label(text) is None
        and _date_only(blocks[1][1])
    )


# A word that addresses a speech's audience, e.g. "Excellencies", "Your Highnesses",
# "Distinguished Guests", "Ladies and Gentlemen", "Dear colleagues".
_ADDRESS_WORD = re.compile(
    r"\b(?:excellenc(?:y|ies)|highness(?:es)?|ladies|gentlemen|distinguished|guests|"
    r"colleagues|delegates|friends|dear)\b",
    re.I,
)


def _salutations(blocks: list[tuple[int, list[str]]]) -> bool:
    """A speech opens here with the audience it addresses, a line each ("Prime Minister" /
    "Your Highnesses" / "Excellencies" / "Ladies and Gentlemen"): three or more short lines
    of no sentence, two of them or more words of address, speech under them."""
    run = 0
    for _, block in blocks[:12]:
        if len(block) > 1 or block[0].count(" ") > 8:
            break  # (cheap tests first: a block of one short line)
        text = block[0].strip()
        if len(text.split()) > 5 or text.endswith((".", "?", "!", ":")):
            break
        run += 1
    if run < 3 or run >= len(blocks):
        return False
    return sum(bool(_ADDRESS_WORD.search(b[0])) for _, b in blocks[:run]) >= 2


def _short_name(text: str | None) -> bool:
    """Two to four capitalised words, not all in capitals ("Selangor Journal", "Harbour
    Gazette"): a site's name or section, weaker than a headline over the story."""
    words = (text or "").split()
    upper = (text or "").isupper()  # "FAREED ZAKARIA GPS": a programme's name stays
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not upper


def _headline_line(line: str) -> bool:
    """A headline in mixed case of six words or more with no sentence stop at its end."""
    text = line.strip()
    return len(text.split()) >= 6 and not text.isupper() and not text.endswith((".", ":", ";"))


# Words a heading never ends on: an article, a preposition, a possessive, a conjunction.
_OPEN_END = words("""a an the of to our my your their his her its and or but from with for in on
at by as that which who whose this these than into onto""")


def _runs_on(block: list[str], nxt: list[str]) -> bool:
    """A sentence of prose wrapped over a blank line, not a heading: the block ends on a word
    no heading ends on ("... the Foreign Minister Julie Bishop joins me now from our"), and the
    block under it, no label, ends the sentence ("Parliament House studio in Canberra.")."""
    text = " ".join(s.strip() for s in block)
    words = text.split()
    rest = " ".join(s.strip() for s in nxt)
    return (
        len(words) >= 8
        and words[-1] in _OPEN_END
        and _title_ratio(text) < 0.5
        and not _strong_label(nxt[0])
        and _ends_sentence(rest, (".", "?", "!"))
    )


def _speaker_header_again(first: int, lines: list[str]) -> bool:
    """The block at line `first` is a speaker's header over the first speech, not the page's:
    a name over an office or a time, the speech below, and a header of the same shape over a
    later speech ("Jane Doe" / "Minister for Harbours" / "10:42" ... "John Roe" / "Member for
    Westford" / "10:45")."""
    shape = speaker_header(lines, first)
    if shape is None:
        return False
    end = first + 1 + len(shape)
    return _speech_under(lines, end) and any(
        not lines[i - 1].strip()
        and speaker_header(lines, i) == shape
        and _speech_under(lines, i + 1 + len(shape))
        for i in range(end + 1, len(lines))
        if lines[i][:1].isupper()
    )


def _speech_under(lines: list[str], k: int) -> bool:
    """A paragraph of speech stands under the blank line k: a long line, or four words or
    more that end a sentence or a clause (not a byline's or a bio's next name)."""
    nxt = next((line.strip() for line in lines[k + 1 : k + 4] if line.strip()), "")
    if len(nxt) > 80:
        return True
    return len(nxt.split()) >= 4 and _ends_sentence(nxt, (".", "?", "!", ",", ";", ":"))


def _date_only(block: list[str]) -> bool:
    """A date or time stamp line ("10:31 31.05.2019"), which is no headline."""
    text = " ".join(block)
    return len(text) < 40 and bool(dates.full_date(text)) and dates.date_words(text) <= 1


def _furniture_only(head: list[list[str]]) -> bool:
    """The header so far holds no headline: one-line blocks of four words at most (a place,
    a widget's name) or the site's masthead, and no title of two words or more among them
    ("Press conference" over "MR. SMITH: we agreed ..." is the title)."""
    found = title(head) if head else None
    return (
        bool(head)
        and all(len(b) == 1 and (len(b[0].split()) <= 4 or masthead(b[0].strip())) for b in head)
        and (found is None or len(found.split()) <= 1)
    )


def _untitled(head: list[list[str]]) -> bool:
    """No headline yet: nothing, or only site names and date lines."""
    found = title(head)
    return found is None or site_name(found)


def _blocks(lines: list[str], limit: int) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines, each with its first index; a label line starts a new run."""
    out: list[tuple[int, list[str]]] = []
    cur: list[str] = []
    first = 0
    for i, line in enumerate(lines):
        blank = not line or line.isspace()
        if blank or (cur and _strong_label(line)):
            if cur:
                out.append((first, cur))
                cur = []
            if len(out) >= limit:
                return out
        if not blank:
            first = i if not cur else first
            cur.append(line)
    if cur:
        out.append((first, cur))
    return out


def _peel(blocks: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Text with no blank lines: take the heading lines off the top of the first block (or of
    the first long one under one-line blocks: "2月26日广州越秀公园" / "Yuexiu Park Lantern Festival"
    over "Remarks by Ambassador Zhang Jun ..." glued to the speech)."""
    j = next((j for j, (_, b) in enumerate(blocks[:3]) if len(b) > 1), 0)
    if j and (len(blocks[j][1]) >= 4 or _headline_on_story(blocks[j][1])):
        return [*blocks[:j], *_peel(blocks[j:])]
    if not blocks or len(blocks[0][1]) < 2:
        return blocks
    first, block = blocks[0]
    if (len(block) == 2 and not _headline_on_story(block)) or field_pairs(block):
        return blocks  # (a record's fields stay one block: "Speaker:" / "Jane Doe" / ...)
    k = 0
    while k < min(4, len(block) - 1) and (
        _own_line(block[k], block[k + 1])
        or _wrapped_heading(block, k)
        or _over_paragraph(block[k], block[k + 1])
        or (k == 0 and _question_headline(block[0], block[1]))
        or (k == 0 and len(block) == 2 and _headline_on_story(block))
    ):
        k += 1
    singles = [(first + j, [block[j]]) for j in range(k)]
    return [*singles, (first + k, block[k:]), *blocks[1:]] if k else blocks


def _question_headline(line: str, following: str) -> bool:
    """The page's first line asks a question in a headline's words ("Is Cameron's G8 summit
    in deep water?", "¿Habrá acuerdo en Bruselas?"): one question of twelve words at most, no
    label, over a paragraph of twenty words or more."""
    text = line.strip()
    return (
        text.endswith(("?", "؟", "？"))
        and len(text.split()) <= 12
        and not _SENTENCE_END.search(text)
        and match_label(text) is None
        and len(following.split()) >= 20
    )


def _headline_on_story(block: list[str]) -> bool:
    """A short headline line right on a long paragraph ("The Security Council's Back" over
    the story) or on the line that introduces a transcript ("Following is the transcript of
    remarks by ... :"), not a label nor a sentence."""
    head, story = block[0].strip(), block[1].strip()
    return (
        len(head.split()) <= 12
        and (len(story) >= 200 or (len(story) >= 60 and story.endswith(":")))  # or its intro
        and match_label(head) is None
        and not head.endswith((".", ",", ";", ":"))
        and (_title_ratio(head) >= 0.6 or _sentence_case_heading(head, story))
    )


def _sentence_case_heading(head: str, story: str) -> bool:
    """A headline in sentence case, as most languages write one ("Συνέντευξη Τύπου του
    Υπουργού Εξωτερικών, για τον πρώτο χρόνο ..."): four words or more, its first letter a
    capital, no sentence inside it, over a paragraph at least twice its length that
    ends a sentence (a hard-wrapped paragraph's first line is as long as the next)."""
    return (
        len(head.split()) >= 4
        and head[:1].isupper()
        and not _SENTENCE_END.search(head)
        and len(story) >= 2 * len(head)
        and _ends_sentence(story)
    )


def _wrapped_heading(block: list[str], k: int) -> bool:
    """A heading wrapped onto a line that goes on in lower case ("Opening Statement" over
    "by the Secretary General at the ..."), with a new line starting under both."""
    head, rest = block[k].strip(), block[k + 1].strip()
    if k + 2 >= len(block) or not block[k + 2].strip()[:1].isupper() or not rest[:1].islower():
        return False
    text = f"{head} {rest}"
    return (
        len(text) <= 160
        and _title_ratio(head) >= 0.5
        and not head.endswith((".", ",", ";", ":"))
        and not rest.endswith((".", ",", ";", "?", "!"))
        and not _SENTENCE_END.search(text)
    )


# A short note in brackets closing a heading, e.g. " (with video)", " (updated)".
_NOTE_TAIL = re.compile(r"\s+\((?:\w+\s?){1,3}\)$")
# A note of two or three words in brackets alone on its line, e.g. "(First part)"; one word
# alone ("(Applause)") is a stage note.
_NOTE_ALONE = re.compile(r"^\((?:[^\W\d_]+ ){1,2}[^\W\d_]+\)$")


def _own_line(line: str, following: str) -> bool:
    """A heading or date line standing alone: 160 characters at most (an interview's long
    heading, "Interview of the Deputy Minister of Foreign Affairs ... (December 9, 2025)"), and
    the next line starts anew."""
    text = _NOTE_TAIL.sub("", line.strip())  # "... before ExCo (with video)": a note, no stop
    nxt = following.strip()
    if len(text) > 160 or _DATELINE.match(text):
        return False
    if not _opens_anew(nxt) and not (len(nxt) < 40 and dates.full_date(nxt)):
        return False  # (a heading over its date line: "2024-02-23 22:00")
    if caseless(text[:1]):  # (a speaker's label alone on its line is no heading)
        ends = text.endswith((*_END, *_STOPS, ",", ";", "،", "、", "，"))
        return not ends and bare_label(text) is None
    return bool(dates.full_date(text)) or (
        not text.endswith((",", ";")) and (_title_ratio(text) >= 0.5 or not text.endswith(_END))
    )


# A sentence's or clause's end in other scripts: the ideographic full stop, the Arabic and
# Devanagari ones, full-width marks.
_STOPS = ("。", "！", "？", "؟", "۔", "।", "॥", "։", "።", "．")
# What may come before a paragraph's first letter: quotation marks, brackets, a bullet.
_LEAD_MARKS = "\"'“”„«»‘’‹›「『（(—–-•·*🔹▪►"


def _opens_anew(line: str) -> bool:
    """The line starts anew, not going on from the line above: its first letter (past
    opening quotes, brackets and bullets) is a capital, or a letter of a script without
    capitals (Arabic, Han, Hangul ...), where case cannot say it."""
    text = line.lstrip(_LEAD_MARKS + " ")
    if text[:1].isdigit():  # "3월 17일 ...", "4日、...": a date, then the script's first word
        text = text.lstrip("0123456789.,:/- ")
        return caseless(text[:1])
    return text[:1].isupper() or caseless(text[:1])


def _header_kind(block: list[str], after_title: bool) -> str:
    text = " ".join(s.strip() for s in block)
    if len(text) < 400 and is_photo_caption(text) and not _strong_label(block[0]):
        return "caption"  # "... speaks at a news conference in Tehran (file photo)"
    if len(block) == 1 and (qa := numbered_qa(block[0].strip())) and qa.kind == "question":
        return "body"  # "Q1" alone over the first question: a label, no heading
    if _strong_label(block[0]) and _people_field(block[0]):
        return "head"  # "Presenter: Secretary of Defense Robert M. Gates": who, not speech
    if _strong_label(block[0]) and not (not after_title and _heading_label(block)):
        return "body"
    if (
        _DATELINE.match(text)
        and text.split(",")[0].isupper()
        and not text.isupper()  # "LUIS ALMAGRO, SECRETARY GENERAL OF ...": an upper-case heading
        and (len(text) > 80 or _LEAD.match(text))
    ):
        return "body"  # a news lead: "GENEVA, June 30 (Itar-Tass) — Russian Foreign Minister ..."
    if after_title and text.endswith((",", ",\n")) and _SALUTATION.search(text):  # (ends ",")
        return "body"
    if text.endswith((".", "!")) and voice.addresses(text):
        return "body"  # "Good day and thanks for joining us.": a speaker to the audience
    if _GREETING.match(text) and text.endswith((".", "!", ",")):
        return "body"  # "Ladies and Gentlemen, good morning." opens a speech, heads nothing  # "Minister, Chair of the Committee of Ministers, ... Ladies and gentlemen,"
    if not after_title and len(text) < 200 and len(_SENTENCE_END.findall(text)) <= 1:
        return "head"
    if len(text) < 700 and _title_ratio(text) >= 0.8 and len(_SENTENCE_END.findall(text)) <= 1:
        return "head"  # a run of title-case headlines ("Trump Welcomes ...; Details for ...")
    if (
        (len(text) < 300 or (len(text) < 700 and not _SENTENCE_END.search(text)))
        and _title_ratio(text) >= 0.6
        and (
            not _ends_sentence(text, (".",))
            or dates.full_date(text)  # a sentence is prose, a dated line a heading
        )
    ):
        return "head"
    if len(block) > 1 and _prose_line(block[0]) and not is_caption(block[0].strip()):
        return "body"  # a paragraph a line, a caption among them: the story has started
    if is_caption(text):
        return "caption"
    if (
        len(text) < 100
        and (dates.full_date(text) or dates.partial_date(text))
        and (
            not text.endswith(".") or len(text.split()) <= 8  # not "On April 7, Lavrov will ... ."
        )
    ):
        return "head"
    if after_title and text[:1].islower() and len(text) < 400:
        return "head"
    if after_title and _NOTE_ALONE.match(text):
        return "head"  # "(First part)", "(Unofficial translation)" under a record's heading
    if len(text) < 100 and not _ends_sentence(text):
        return "head"
    return "body"


# A field's name and colon near the start of a line, e.g. "一、時 間:", "Venue:", "Chair :".
_FIELD_START = re.compile(r"^.{1,12}?[:：]")


def _field_list(block: list[str]) -> bool:
    """A record's list of fields, three lines or more, nearly each a short "name: value"
    with no sentence stop ("一、時 間:111年3月8日(星期二)上午11時" / "二、地 點:外交部一樓
    新聞中心" / "三、主持人:..."): when, where and who, not speech."""
    rows = [s.strip() for s in block if s.strip()]
    fields = sum(bool(_FIELD_START.match(r)) for r in rows)
    return (
        len(rows) >= 3
        and 4 * fields >= 3 * len(rows)
        and all(len(r) <= 80 and not r.endswith((".", "!", "?", "。", "！", "？")) for r in rows)
    )


def _over_first_label(block: list[str], rest: list[tuple[int, list[str]]]) -> bool:
    """A short line under the headline right over the first speaker's label, with no
    sentence stop and no greeting ("双语例行记者会8月16(双语例行记者会)(1)", a video's or a
    photo's name): the header's last line, not words anyone says."""
    text = " ".join(s.strip() for s in block)
    return (
        bool(rest)
        and len(block) == 1
        and len(text) <= 40
        and len(text.split()) <= 6
        and not text.endswith((".", "?", "!", ":", "。", "！", "？", ",", "，", "：", '"', "”"))
        and not _GREETING.match(text + ".")
        and not voice.addresses(text)
        and _strong_label(rest[0][1][0])
        and not _strong_label(block[0])
    )


def _deck(block: list[str], rest: list[tuple[int, list[str]]]) -> bool:
    """The deck under a headline ("Los conservadores se frotarían las manos si eso sucede,
    dice el Presidente, ..."): one paragraph of six to forty-five words, no dateline and no
    label, right over a date bar ("Desk | Wellington | Updated: 18-03-2024 16:38"), or with no
    sentence stop at its end right over a photo caption or the site's name; on a page with no
    speaker label among its first blocks. (A summary over a date line alone, or a sentence
    over a caption, is the story's first paragraph, as the fixtures have it.)"""
    text = " ".join(s.strip() for s in block)
    if not 6 <= len(text.split()) <= 45 or len(block) > 3 or not rest:
        return False
    if _DATELINE.match(text) or _strong_label(block[0]):
        return False
    if any(_strong_label(b[0]) for _, b in rest[:10]):
        return False
    nxt = " ".join(s.strip() for s in rest[0][1])
    bar = "|" in nxt and len(nxt) < 200 and dates.full_date(nxt) is not None
    named = not _ends_sentence(text) and (is_caption(nxt) or site_name(nxt) or masthead(nxt))
    return bar or named


def _over_time_bar(
    block: list[str], rest: list[tuple[int, list[str]]], head: list[list[str]]
) -> bool:
    """The deck under a headline that ends its sentence ("Trump's special envoy Steve Witkoff
    heads to Rome ... measures."): one paragraph of six to forty-five words, no dateline and
    no label, right over the story's time bar or a photo caption the bar opens or closes
    ("8 min" / "President X listens as ...", "... Picture: @X" / "43 minutes ago"), with no
    date line in the header above it. The page's byline bar comes under its deck and over its
    story; a lead paragraph has the page's date bar above it (the seeds' NATO news)."""
    text = " ".join(s.strip() for s in block)
    if not 6 <= len(text.split()) <= 45 or len(block) > 3 or not rest:
        return False
    if _DATELINE.match(text) or _strong_label(block[0]):
        return False
    if any(_date_only(b) or _time_bar(" ".join(b)) for b in head):
        return False
    lines = [s.strip() for s in rest[0][1] if s.strip()]
    return bool(lines) and (_time_bar(lines[0]) or _time_bar(lines[-1]))


# A read time or a relative time alone on its line: "8 min", "5 min read", "43 minutes ago",
# "hace 2 horas", "il y a 3 heures", "vor 5 Minuten".
_READ_TIME_LINE = re.compile(r"^\d{1,2}\s?min(?:ute)?s?(?:\s+read)?$", re.I)
_NUMBER = re.compile(r"\d{1,3}")


def _time_bar(line: str) -> bool:
    """A read time ("8 min") or a relative time ("43 minutes ago", "hace 2 horas"): four words
    at most, a number, one of the lexicon's relative_time_words."""
    text = line.strip()
    if _READ_TIME_LINE.match(text):
        return True
    return (
        len(text.split()) <= 4
        and bool(_NUMBER.search(text))
        and phrase_re("relative_time_words").search(text) is not None
    )


def _site_appeal(block: list[str], rest: list[tuple[int, list[str]]]) -> bool:
    """The site speaking to its reader above the page's heading ("You turn to us for voices
    you won't hear anywhere else." over "Sign up for our Daily Digest ..."): forty words at
    most saying "you", an interface phrase in it or in the short block right under it."""
    text = " ".join(s.strip() for s in block)
    if len(text.split()) > 40 or not _you(text) or match_label(block[0]):
        return False
    nxt = " ".join(s.strip() for s in rest[0][1]) if rest else ""
    return bool(ui_term_spans(text)) or (len(nxt.split()) <= 40 and bool(ui_term_spans(nxt)))


def _over_paragraph(line: str, following: str) -> bool:
    """A short line (a headline in quotes, '"The protection of values is a commitment"') right
    over a paragraph of its own: a heading line, whatever its end."""
    text = line.strip().strip("\"“”«»'‘’")
    return (
        len(text.split()) <= 15
        and not text.endswith((".", ",", ";", ":", "!", "?"))
        and _prose_line(following)
    )


def _prose_line(line: str) -> bool:
    """A line of running prose, a paragraph of its own: twenty words or more in sentence case,
    ending a sentence."""
    text = line.strip()
    return len(text.split()) >= 20 and _ends_sentence(text) and _title_ratio(text) < 0.5


# An abbreviation closing a heading line, not a sentence, e.g. "Washington, D.C.", "U.S.".
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Jr|Sr|Inc|Ltd|Co)\.$")


def _ends_sentence(text: str, ends: tuple[str, ...] = _END) -> bool:
    """The text ends a sentence: not at an abbreviation ("Washington, D.C."), nor at a short
    note in brackets after a heading ("... before ExCo (with video)")."""
    return text.endswith(ends) and not _ABBREV_END.search(text) and not _NOTE_TAIL.search(text)


# A dateline then the outlet's sentence, e.g. "MOSCOW, May 3, 2012 — The treaty was discussed.".
_LEAD = re.compile(
    r"^[^—–]{3,60}?(?:\s[—–-]{1,2}\s|/\.?\s|\)\s*[—–-]?\s*)[A-Z\"“][^.!?]*\S.*[.!?\"”]$"
)
# A heading in "Event: Person on Topic" form, e.g. "Security Council Stakeout: Ambassador Samantha
# Power on Ukraine" (its "speech" has no sentence end).
# A speech's salutation, ending in a comma, e.g. "Excellencies, ladies and gentlemen,".
_SALUTATION = re.compile(
    r"\b(?:ladies|gentlemen|excellenc\w+|colleagues|friends|dear|distinguished|delegates)\b[^.!?:]{0,80},$",
    re.I,
)
# A speech's first words, e.g. "Ladies and gentlemen, good morning.", "Good afternoon, everybody."
_GREETING = re.compile(
    r"^(?:(?:ladies and gentlemen|excellencies|dear \w+|colleagues|friends)\b[^.!?]{0,60}"
    r"|good (?:morning|afternoon|evening)\b[^.!?]{0,40})[.!,]",
    re.I,
)
# e.g. "Russia will respond", "How Worried Should You Be?" (a headline may ask).
_HEADING_REST = re.compile(r"^[^.!?]{3,120}\??$")


def _heading_label(block: list[str]) -> bool:
    """The document's first line, one line alone, reading "Label: words" with no sentence, or
    a headline quoting its subject ("Dmytro Kuleba: 'We need tanks, not excuses'")."""
    lab = match_label(block[0])
    rest = block[0][lab.rest :].strip() if lab else ""
    if lab and len(block) == 1 and _QUOTED.match(rest):
        return True
    return bool(lab and len(block) == 1 and _HEADING_REST.match(rest)) and (
        len(rest.split()) >= 3 and _title_ratio(rest) >= 0.6
    )


# A headline's quoted words after the colon, e.g. "'We need tanks, not excuses'".
_QUOTED = re.compile(r"^['‘\"“][^'‘’\"“”]{3,100}['’\"”]$")


def _strong_label(line: str) -> bool:
    """A label line; a lone title-case word ("Lavrov: Russia will respond") is a headline."""
    lab = match_label(line)
    if lab is not None and len(lab.label) == 1 and line[1:2] == " ":
        rest = line[lab.rest :].strip()  # "A Discussion with Robert Zoellick": the article
        heading = _title_ratio(rest) >= 0.6 and not rest.endswith(_END) and len(rest) < 150
        return not lab.weak and not heading
    return lab is not None and not lab.weak


@lru_cache(maxsize=4096)
def _title_ratio(text: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text)]
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


def _describe_header(
    head: list[list[str]],
    captions: list[str],
    start: int,
    lines: list[str],
    over_lead: list[str] | None = None,
    decks: list[list[str]] | None = None,
    raw: Sequence[str] = (),
) -> Header:
    flat = [s.strip() for block in head for s in block]
    summary = {s.strip() for block in decks or [] for s in block}
    h = Header(flat, captions, start)
    h.decks = tuple(sorted(summary))
    h.title = title(head)
    if over_lead and _short_name(h.title) and _headline_line(over_lead[0]):
        h.title = over_lead[0].strip()  # the line over the dateline, not a name over a photo
    body = "\n".join(lines[start : start + 400])
    h.day_first = df = dates.day_first(body)
    h.date, h.date_inferred = dates.find_date(flat, body, df, raw)
    if h.date_inferred:
        h.date, h.date_inferred = dates.find_date(flat, "\n".join(lines[start:]), df)
    if h.date is None or h.date_inferred:
        h.date, h.date_inferred = dates.foot_date(lines[start:], df) or (
            h.date,
            h.date_inferred,
        )
    if (h.date is None or h.date_inferred) and (ymd := _caption_date(captions, body[:300])):
        h.date, h.date_inferred = dates.iso(ymd), False  # "... on June 27, 2024. — Picture via"
    heading = "\n".join([*flat, *captions])
    h.place = _place(heading, body[:300])
    places = {  # "New York" over "16 September 2015": the dateline's place, not a person
        b[0].strip()
        for j, b in enumerate(head)
        if place_over_date(b, head[j + 1] if j + 1 < len(head) else None)
    }
    mottos = _mottos(head, h.title)
    speakers = "\n".join(
        _DATE_IN.sub("", s)
        for s in [*flat, *captions]
        if not _REPORTERS.match(s)
        and s.strip() not in places
        and s.strip() not in mottos
        and not masthead(s.strip())  # "Harbourside Evening Herald": the paper, no one speaking
        and s.strip() not in summary  # a deck names whom the story is about, not who speaks
    )
    h.people = people_in(speakers) + [
        (m.group(1), m.group(2)) for m in map(_PRESIDENT.match, flat) if m
    ]
    h.people += _office_surnames(speakers, h.people)
    h.pictured = _pictured(h.people, flat, captions)
    return h


def _pictured(
    people: list[tuple[str | None, str]], flat: list[str], captions: list[str]
) -> frozenset[str]:
    """The names among the header's people that only its photo captions print ("Former Sports
    CS Hassan Wario. [Boniface Okendo, Standard]" over a story about seven envoys): whom the
    picture shows, not who wrote or speaks the text under it."""
    if not captions:
        return frozenset()
    heading = "\n".join(flat)
    return frozenset(n for _, n in people if n not in heading)


def _caption_date(captions: list[str], opening: str) -> tuple[int, int, int] | None:
    """The full date of a photo caption in the header where the story's dateline gives its
    day without a year ("KUALA LUMPUR, June 27 —" under "... on June 27, 2024. — Picture
    via ..."): the same day, so the page's date (a file photo's older date is not)."""
    day = dates.partial_date(opening)
    found = (dates.full_date(c) for c in captions)
    return next((ymd for ymd in found if ymd and day and tuple(ymd[1:]) == tuple(day)), None)


# The little words a motto keeps in lower case between its capitalised words.
_MOTTO_SMALL = frozenset(("in", "of", "the", "and", "for", "on", "to", "a"))


def _mottos(head: list[list[str]], title: str | None) -> set[str]:
    """The one-line header blocks above the title that read as a site's motto ("Democracy
    Dies in Darkness"): two to five words, capitalised but for a little word of a motto (one
    at least), no office word; they name no one who speaks."""
    out: set[str] = set()
    for block in head:
        text = " ".join(block).strip()
        if title and text and title.startswith(text):
            break  # the title's own block and all below it
        words = text.split()
        small = [w for w in words if w in _MOTTO_SMALL]
        if (
            len(block) == 1
            and 2 <= len(words) <= 5
            and small
            and all(w[:1].isupper() or w in _MOTTO_SMALL for w in words)
            and not any(norm(w) in ROLE_WORDS for w in words)
        ):
            out.add(text)
    return out


# An office before a surname alone in a heading, e.g. "Remarks by President Trump and Prime
# Minister Starmer": what a role-only label ("THE PRESIDENT:") can be resolved to.
_OFFICE_SURNAME = re.compile(
    r"\b((?:Vice[ -])?President|Prime Minister|Chancellor|Premier|Secretary[ -]General)"
    r"\s+([A-Z][a-z'’\-]+[a-z])\b(?!\s+(?:[A-Z]|of\b))"
)


def _office_surnames(heading: str, known: list[tuple[str | None, str]]) -> list[tuple[str, str]]:
    """(office, surname) pairs for the surnames no full name in `known` already spells."""
    have = {n.split()[-1].casefold() for _, n in known if n}
    out = []
    for m in _OFFICE_SURNAME.finditer(heading):
        if m.group(2).casefold() not in have and m.group(2) not in _NOT_PLACE:
            have.add(m.group(2).casefold())
            out.append((m.group(1), m.group(2)))
    return out


# A reporters' byline, who write the story and say nothing in it, e.g. "By Julia Payne and
# Andrew Gray", "- Jason Walls" (not "By the Foreign Secretary", whose words the page gives).
_REPORTERS = re.compile(
    r"^\s*(?:By|[-–—])\s+(?!the\b)[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}"
    r"(?:(?:,\s*|\s+and\s+)[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})*\s*$"
)


def _place(heading: str, opening: str) -> str | None:
    m = _DATELINE.match(opening)
    if (
        m
        and not match_label(opening)
        and m.group(1).strip().isupper()
        and len(m.group(1).strip()) > 2
    ):
        return proper_case(m.group(1).strip())
    for rx in (_PLACE_DATE, _PLACE_IN):
        for m in rx.finditer(heading):
            if m.group(1) not in _NOT_PLACE:
                return m.group(1)
    return None
