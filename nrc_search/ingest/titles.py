"""A document's title from its header blocks: the page's own heading, not a page-type label
("Speech"), section names ("World" / "Europe") or a dateline ("Brussels, 7 March 2024").

Stdlib only; used by `meta.py`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise

from nrc_search.ingest import dates
from nrc_search.ingest.blocks import (
    _first_word,
    _ui_hits,
    _you,
    editorial,
    glued_menu,
    ui_term_spans,
)
from nrc_search.ingest.cast import cast_list
from nrc_search.ingest.labels import match_label
from nrc_search.ingest.lexicon import phrase_re, terms

_END = (".", "?", "!", '"', "”", "’", "'", ")", ":")
# A page-type label above a heading, e.g. "Speech", "Press release", "News story".
_PAGE_TYPE = re.compile(
    r"^(?:speech(?:es)?|(?:news |press )?transcripts?|press releases?|news story|news|"
    r"statements?|opinion|interviews?|articles?|guidance|policy paper|oral statement to "
    r"parliament|written statement|announcements?|press (?:conferences|briefings)|briefings|"
    r"breaking (?:news|headlines?)|latest news|release details|facts|speeches and statements"
    r"(?: by .{0,60})?|media center|media centre|newsroom|press room|press office)$",
    re.I,
)


def fold(text: str) -> str:
    """`text` in lower case as a lexicon's list spells its words: `str.lower`, not casefold
    (which spells a Greek final "ς" as "σ" and "ΐ" as three characters), and a Turkish "İ"
    as "i" (lower gives "i" and a combining dot)."""
    return text.lower().replace("i\u0307", "i")


def page_type(text: str) -> bool:
    """A page-type label or a site section's name alone ("Speech", "Press release",
    "DISCOURS", "Gündem Haberleri", "Ειδήσεις"): `_PAGE_TYPE`'s English phrases, or one of the
    lexicon's page_types in any language, the whole line, in lower case (`fold`)."""
    if _PAGE_TYPE.match(text):
        return True
    bare = text.strip().rstrip(":：").strip()
    return 0 < len(bare) <= 40 and fold(bare) in terms("page_types")


# A site name after a bar in an HTML <title>, e.g. "Press conference | NATO".
_SITE_SUFFIX = re.compile(r"\s+[|]\s+[^|]{1,40}$")


def above_title(block: list[str], nxt: list[str] | None = None) -> bool:
    """A page type ("Speech") or section names above a headline ("World" / "Europe"; one word,
    or a section's name in sentence case, alone only above a one-line headline that ends in no
    sentence stop)."""
    text = " ".join(block).strip()
    crumbs = len(block) > 1 and all(len(s.split()) <= 2 and not s.endswith(_END) for s in block)
    headline = nxt and len(nxt) == 1 and len(nxt[0].split()) >= 4 and len(nxt[0]) < 150
    first = nxt[0] if nxt else ""
    section = _section_name(text) and first.lstrip()[:1].isupper() and not _dated(first)
    word = (
        (text.isalpha() or section)
        and headline
        and nxt
        and not first.rstrip().endswith((".", "?", "!", ":"))
    )
    return page_type(text) or crumbs or bool(word) or place_over_date(block, nxt)


def _section_name(text: str) -> bool:
    """A site section's name in sentence case ("International relations", "World news"):
    two or three words of letters, a capital first and a small letter after it, none of them
    a little word of a heading ("Gates on Libya" is a headline)."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(w.isalpha() and w.casefold() not in _LITTLE for w in words)
        and text[:1].isupper()
        and any(w[:1].islower() for w in words[1:])
    )


_LITTLE = frozenset(["of", "on", "in", "the", "and", "to", "for", "with", "at", "by", "a", "an"])


# A place name alone, e.g. "New York", "Lisbon, Portugal", "Addis Ababa, Ethiopia".
_PLACE = re.compile(
    r"^[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)?(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)?)?$"
)


def place_over_date(block: list[str], nxt: list[str] | None) -> bool:
    """A place name alone on its line right above a date line: the dateline, not a heading."""
    text = " ".join(block).strip()
    return (
        bool(nxt) and len(block) == 1 and bool(_PLACE.match(text)) and _dated(" ".join(nxt or []))
    )


def _outlet(text: str) -> bool:
    """A news agency's name alone ("Reuters", "Associated Press")."""
    low = text.casefold().strip(" .")
    return low in terms("outlets") or low in ("associated press", "the associated press")


@lru_cache(maxsize=4096)
def site_name(text: str) -> bool:
    """A publisher's or institution's name, not a headline: a name printed twice in one line
    ("United States Department of Defense United States Department of Defense"), or a phrase
    headed by an institution word with no event in it ("Permanent Mission of the Russian
    Federation to the United Nations", "U.S. Department of Defense")."""
    if _outlet(text) or text.lstrip().startswith(("{{", "Category:")):
        return True
    words = text.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return True
    if len(words) > 14 or any(c in text for c in "?!:;") or text.rstrip().endswith("."):
        return False
    heads = _body_heads()
    low = [w.casefold().strip("(),.") for w in words]
    if any(w in _headline_verbs() for w in low):
        return False  # "Unification Ministry Official Stresses Dialogue ...": a headline
    if sum(w.isalpha() and w.islower() and len(w) > 3 for w in words) >= 2:
        return False  # "Kremlin sees no new evidence of more sanctions": a headline's words
    return any(w in heads for w in low) and not phrase_re("event_nouns").search(text)


@cache
def _body_heads() -> frozenset[str]:
    """The words that head an institution's or a legislature's name ("Ministry", "Lok Sabha")."""
    return terms("institution_heads") | terms("legislature_heads")


# A name in quotation marks or guillemets inside a line, e.g. «Дагестанская правда».
_QUOTED = re.compile(r"[«“\"„][^«»“”\"„]{1,60}[»”\"“]")


# A site's address alone, e.g. "Sinembargo.MX", "www.harbourwire.com".
_DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z][\w\-]*(?:\.[\w\-]+)*\.(?:[A-Za-z]{2,3}|info|news)$")


@lru_cache(maxsize=4096)
def masthead(text: str) -> bool:
    """A newspaper's or site's own name over the headline ("Rotorua Daily Post", "Сетевое
    издание «Дагестанская правда»"): six words at most, a masthead word last or before a
    quoted name, no event or headline verb named and no sentence stop, every word but the
    masthead words capitalised (a headline has its verbs and little words in lower case)."""
    if _DOMAIN.match(text.strip()):
        return True  # "Sinembargo.MX", "Devdiscourse.com": the site's address for its name
    if len(text) > 80 or text.rstrip().endswith(_END) or phrase_re("event_nouns").search(text):
        return False
    words = [w.strip("(),.-–—") for w in _QUOTED.sub(" Q ", text).split()]
    low = [w.casefold() for w in words if w]
    heads = terms("masthead_words")
    named = any(w in heads and nxt == "q" for w, nxt in pairwise(low))
    return (
        0 < len(low) <= 6
        and (low[-1] in heads or named)
        and all(w[:1].isupper() or w.casefold() in heads for w in words if w)
        and not any(w in _headline_verbs() for w in low)
    )


@cache
def _headline_verbs() -> frozenset[str]:
    """The verbs of the lexicon's headline connectors and speech verbs ("stresses", "warns",
    "says", "urged"), which no institution's name holds."""
    connectors = {w for w in terms("name_connectors") if w.endswith("s")} - {"his", "its", "as"}
    return frozenset(connectors | terms("speech_verbs"))


def _named_site(text: str) -> bool:
    return site_name(text) or masthead(text)


# A record's classification marking alone on its line, e.g. "RESTRICTED", "Distr.: General".
_MARKING = re.compile(
    r"^(?:RESTRICTED|CONFIDENTIAL|UNCLASSIFIED|LIMITED|SECRET|PROVISIONAL|EMBARGOED|"
    r"FOR OFFICIAL USE ONLY|Distr\.?\s*:?\s*\w+)$"
)
# A page counter, e.g. "(20-5924) Page: 1/98", "Page 1 of 4", "Sie sind auf Seite 1von 4".
_PAGER = re.compile(
    r"\b(?:page|seite|página|pagina|страница)\s*:?\s*\d+\s*(?:/|of|von|de|из)\s*\d+", re.I
)
# One token of a document symbol: "WT/GC/M/185", "AA13CR02", "(2013)", "CR", "02".
_CODE_TOKEN = re.compile(r"^\(?(?=[\w/.\-]*\d|[A-Z]{1,3}\)?$)[A-Z0-9/.\-]+\)?$")


def record_mark(text: str) -> bool:
    """A record's furniture above its heading, never its title: a classification marking
    ("RESTRICTED"), a page counter ("Page: 1/98") or a document symbol of code tokens only
    ("WT/GC/M/185", "AA13CR02", "AS (2013) CR 02")."""
    tokens = text.split()
    code = 0 < len(tokens) <= 6 and all(_CODE_TOKEN.match(t) for t in tokens)
    return bool(_MARKING.match(text) or _PAGER.search(text)) or (
        code and _DIGIT.search(text) is not None
    )


_DIGIT = re.compile(r"\d")


def _body_over_date(block: list[str], nxt: list[str] | None) -> bool:
    """A body's or place's name of two words at most right over a date line ("General
    Council" over "15-17 July 2020"): the record's dateline, not its title (an event named,
    "Press Briefing", is one)."""
    text = " ".join(block).strip()
    return (
        len(text.split()) <= 2
        and place_over_date(block, nxt)
        and not phrase_re("event_nouns").search(text)
        and not phrase_re("document_events").search(text)
    )


def _dateline(text: str) -> bool:
    """A date or time stamp line that dates.py cannot read in full, e.g. "20 May 201615:31"."""
    short = len(text) < 40 and not _HAN.search(text)
    return short and bool(re.search(r"\d{4}", text)) and dates.date_words(text) <= 1


# Han characters other than the date's own ("年", "月", "日"): words, in a CJK heading.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff](?<![年月日])")


# A heading field, not a headline, e.g. "Presenter: Secretary of Defense Robert M. Gates".
_FIELD_LINE = re.compile(
    r"^(?:presenters?|speakers?|participants?|moderators?|location|time|date|venue|source|"
    r"notes?|editor['’]s note)\s*:",
    re.I,
)


def _posted(text: str) -> bool:
    """A post's date-and-time stamp ("Tuesday, 22 August, 2017 | 19:34 WIB"), not a bar's
    date of today ("Sunday, Aug 14, 2022") over a motto."""
    return _dated(text) and re.search(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)", text) is not None


def _dated(text: str) -> bool:
    return bool(dates.full_date(text) or dates.partial_date(text)) and len(text) < 40


def title(head: list[list[str]]) -> str | None:
    """The first heading block's text (with the lines that continue it), past labels, bare
    datelines and site names above it; a heading naming an event wins over one before it."""
    if named := _title_field(head):
        return named  # "[Title] Press Conference by ...", "Title: ...": the page says so
    parts: list[str] = []
    if len(head) > 2 and _over_page_type(head[0], head[1]):
        head = head[2:]  # "Κυπριακή Δημοκρατία" / "Ειδήσεις" / the heading: site, section
    if len(head) > 1 and above_title(head[0], head[1]):
        head = head[1:]  # "Speech" above the page's heading
    k = 0
    while k < len(head) and _named_site(" ".join(s.strip() for s in _title_lines(head[k]))):
        k += 1
    if k and any(not _dated(" ".join(b)) for b in head[k:]):
        head = head[k:]  # "Permanent Mission of ..." above "Remarks to the Press by ..."
    for j, block in enumerate(head):
        if field_pairs(block) and not parts:
            continue  # "Speaker:" / "Jane Doe" / "Date:" / ...: fields, the title's aside
        if _section_over(block):
            block = block[1:]  # "Headlines" or "Note: ..." over the headline
        while len(block) > 1 and _peeled(block[0].strip(), block[1].strip()):
            block = block[1:]  # "Tuesday, 22 August, 2017 | 19:34 WIB" over "Foreign Minister"
        text = " ".join(s.strip(" \t•·|") for s in _title_lines(block)).strip()
        if (bare := _SITE_SUFFIX.sub("", text)) != text and _headline(bare):
            text = bare  # "Ministers agree ... | Harbour Post": the page's <title> line
        if not text:
            continue
        if parts and text[:1].islower():
            parts.append(text)
            continue
        if parts and _opens_next(parts[-1], text):
            parts.append(text)  # "Eighth Session, XIV National Assembly:" / "The Assembly ..."
            break
        if parts:
            event = _event_heading(head[j:], " ".join(parts))
            parts = [event] if event else parts
            break
        if (
            (
                (dates.full_date(text) and len(text) < 40)
                or (dates.partial_date(text) and len(text) < 25)
            )
            and dates.date_words(text) <= 1
            and not _HAN.search(text)
        ):
            continue  # "Brussels, 7 March 2024", not "Midday briefing of 7 March 2024"
        if _dateline(text) or page_type(text) or _FIELD_LINE.match(text):
            continue
        if _cast_block(block, head[j + 1] if j + 1 < len(head) else None):
            continue  # "Welcome and Moderator:" / "Damon Wilson," / "Executive Vice President,"
        if record_mark(text) or _body_over_date(block, head[j + 1] if j + 1 < len(head) else None):
            continue  # "RESTRICTED", "WT/GC/M/185", "Page: 1/98"; "General Council" / "15 July"
        if editorial(text, handover=False) and not (j == 0 and _heading_shaped(text)):
            continue  # a note ("This transcript has been edited ..."), not a first heading
            # that names what the page holds ("Full transcript of 'The Newsmaker' with ...")
        if interface(text) or _appeal(text) or _SPONSOR.match(text) or _byline(text):
            continue  # "Jump to content", "Home → Press → Briefings", "Readers like you ..."
        parts.append(text)
    title = " ".join(parts)
    if title and phrase_re("legislative_terms").search(title):
        title = _sitting_below(head, title) or title  # "2014 ORDINARY SESSION" / "Second sitting"
    return _SITE_SUFFIX.sub("", title) or _quoted_event(head) or _field_value(head)


def _over_page_type(block: list[str], nxt: list[str]) -> bool:
    """A name of three words at most alone right over a page type or a section's name
    ("Κυπριακή Δημοκρατία" over "Ειδήσεις"), naming no event: the site's name above its
    section, never the page's heading, which comes under both ("Doorstop interview, ..." over
    "Transcript" names one and is the heading)."""
    text = " ".join(s.strip() for s in block)
    return (
        len(block) == 1
        and len(text.split()) <= 3
        and not text.endswith(_END)
        and not phrase_re("event_nouns").search(text)
        and not phrase_re("document_events").search(text)
        and page_type(" ".join(s.strip() for s in nxt))
    )


def _opens_next(found: str, text: str) -> bool:
    """A heading that ends in a colon opens the next header block, which goes on with it
    ("Kỳ họp thứ Tám, Quốc hội Khóa XIV:" over "Quốc hội tiếp tục chất vấn ..."): a rubric
    and the headline, one title; the next block a heading, not a date, a field or a name."""
    return (
        found.endswith((":", "："))
        and not title_field(found)
        and _heading_shaped(text)
        and not _dated(text)
        and not interface(text)
    )


def _sitting_below(head: list[list[str]], found: str) -> str | None:
    """The sitting's own heading ("Second sitting", "8ª SESSÃO") among the six header lines
    below a record's heading that names only the legislature's term or session ("2014
    ORDINARY SESSION", "1ª SESSÃO LEGISLATIVA ... DA 56ª LEGISLATURA"): the record's title,
    as a book's chapter heading is, not the series it belongs to. Four words at most, a
    sitting noun in it, no term named."""
    lines = [t for b in head for s in b if (t := s.strip(" \t•·|"))]
    at = next((i for i, line in enumerate(lines) if line in found), None)
    if at is None:
        return None
    sitting, term = phrase_re("sitting_nouns"), phrase_re("legislative_terms")
    for line in lines[at + 1 : at + 7]:
        if line in found or line.startswith("("):
            continue
        if len(line.split()) <= 4 and sitting.search(line) and not term.search(line):
            return line
    return None


def _peeled(line: str, nxt: str) -> bool:
    """A header line that is never the title, printed with no blank line over the lines
    below it: a post's date-and-time stamp over a capitalised line, or a prompt to the
    reader ("Siga o Diário do Porto no Twitter") or a byline ("Transcript by The Hon Jane
    Doe MP") over a heading-shaped one."""
    if not nxt[:1].isupper():
        return False
    return _posted(line) or ((_prompt(line) or _byline(line)) and _heading_shaped(nxt))


def _cast_block(block: list[str], nxt: list[str] | None) -> bool:
    """A cast list's field ("Welcome and Moderator:", a label alone) or its entries ("Damon
    Wilson," / "Executive Vice President,"): who takes part, never the title."""
    first = block[0].strip()
    lab = match_label(first) if first.endswith(":") and len(first.split()) <= 5 else None
    if lab is not None and not first[lab.rest :].strip():
        return True
    words = [w.strip("“”\"'‘’(),") for w in first.split()]
    entry = (
        len(block) >= 2
        and len(words) <= 5
        and all(w[:1].isupper() for w in words if w)
        and all(len(s.split()) <= 14 for s in block)
    )
    return first.endswith(",") and (entry or bool(cast_list(block)))


# A name in curly quotes in an editor's note, e.g. the event “Toward a Transatlantic Renaissance”.
_QUOTED_NAME = re.compile(r"“([A-Z][^“”]{8,150}?)”")


def _quoted_event(head: list[list[str]]) -> str | None:
    """The event's name an editor's note over the transcript quotes ("Full transcript from the
    November 14, 2013, event “Toward a Transatlantic Renaissance: ...” where ..."), when the
    header has no heading of its own."""
    text = " ".join(s.strip() for s in head[0]) if head else ""
    m = _QUOTED_NAME.search(text) if editorial(text, handover=False) else None
    return m.group(1).strip() if m and _heading_shaped(m.group(1).strip()) else None


# A sponsor's line with no sponsor named on it, e.g. "Supported by", "Presented by".
_SPONSOR = re.compile(
    r"^(?:supported|sponsored|presented|powered|brought to you|funded|paid for) by$"
    r"|^in (?:partnership|association|collaboration) with$",
    re.I,
)


# A byline, e.g. "By Jane Doe, Diplomatic Correspondent", "Posted by admin on May 3, 2024",
# "Analysis by Jane Doe", "Transcript by The Hon Jane Doe MP" (a bare "By the ..." is a heading).
_BYLINE = re.compile(
    r"^(?:(?:posted|written|reported|filed|analysis|opinion|commentary|story|words|text|"
    r"transcript|transcribed)\s+by\s+(?:the\s+)?|by\s+(?!the\b))[A-Za-z][\w.'’\-]*",
    re.I,
)


def _byline(text: str) -> bool:
    """The reporter's line, never the headline: "By" and a name (not "By the Numbers"),
    twelve words at most, no sentence stop."""
    return (
        len(text.split()) <= 12
        and not text.rstrip().endswith(("?", "!"))
        and bool(_BYLINE.match(text))
        and (text[:3].casefold() != "by " or text[3:4].isupper())
    )


def _appeal(text: str) -> bool:
    """A sentence the site says to its reader ("Readers like you keep news free for
    everyone.", "You are reading a free article."): the second person and a full stop, which
    no headline has."""
    return text.endswith(".") and _you(text) and len(text.split()) <= 30


def _section_over(block: list[str]) -> bool:
    """The block's first line is a page type or a section's name ("Headlines", "World news")
    printed right above the headline on the next line, with no blank line between, or a
    field ("Note: Where available, the PDF icon below ...") right above a heading."""
    if len(block) < 2:
        return False
    nxt = block[1].strip()
    if _FIELD_LINE.match(block[0]) and nxt[:1].isupper():
        return _heading_shaped(nxt) and not _FIELD_LINE.match(nxt)  # "Note: ..." over it
    return above_title([block[0]], [block[1]]) and _headline(nxt)


# A field that names the document's title, e.g. "[Title] Press Conference by ...", "Title: ...",
# in a database record's or an archive's header, "STORY: ..." in a video's shotlist.
_TITLE_FIELD = re.compile(
    r"^\s*(?:\[(?:title|headline)\]\s*|(?:title|headline|story)\s*:\s+)(\S.{3,250})$", re.I
)


def title_field(line: str) -> bool:
    """A line naming the document's title in a field ("Title: ...", "[Title] ...", a video
    shotlist's "STORY: UN / IAEA GROSSI INTERVIEW"): never furniture."""
    return _TITLE_FIELD.match(line) is not None


def _title_field(head: list[list[str]]) -> str | None:
    """The value of the header's title field, if it has one."""
    for block in head:
        for line in block:
            if m := _TITLE_FIELD.match(line):
                return m.group(1).strip()
    return None


def _field_value(head: list[list[str]]) -> str | None:
    """The value under a title or event field's name in a block of fields ("Event:" /
    "Annual meeting of ..."), for a header with no heading of its own."""
    for block in head:
        if field_pairs(block):
            for name, value in zip(block[0::2], block[1::2], strict=True):
                if fold(name.strip().rstrip(":：").strip()) in terms("title_fields"):
                    return value.strip()
    return None


def field_pairs(block: list[str]) -> bool:
    """A record's fields printed a name over its value (a page's definition list: "Speaker:" /
    "Jane Doe, Minister" / "Date:" / "08/29/16"), two fields at least and nothing else: each
    name of three words at most alone on its line before its colon, each value one short line
    with no field name of its own."""
    rows = [s.strip() for s in block]
    if len(rows) < 4 or len(rows) % 2 or not all(rows):
        return False
    names, values = rows[0::2], rows[1::2]
    return all(n.endswith((":", "：")) and len(n.split()) <= 3 for n in names) and all(
        len(v) <= 120 and not v.endswith((":", "：")) for v in values
    )


def _event_heading(rest: list[list[str]], found: str) -> str | None:
    """A heading naming the event ("Remarks by Ambassador Zhang Jun at the UN Security
    Council", "Daily Press Briefing") among the header blocks below a weak first heading
    that names none (a slogan of four words at most, "Diplomacy in Action"; a sentence; a
    line in Chinese of another post): the document's own title. An upper-case first heading
    is a programme's name ("CNN AMANPOUR") and stays."""
    events = phrase_re("document_events")
    words = found.split()
    weak = (len(words) <= 4 and not found.isupper()) or found.endswith(".") or _HAN.search(found)
    weak = weak or _SECTION_TAG.match(found)  # "WTO news: what's been happening in the WTO"
    han = bool(_HAN.search(found))  # "【双语】外交部例行记者会 / MFA Regular Press Conference"
    if not weak or (events.search(found) and not han):
        return None
    for block in rest:
        for k in range(len(block)):  # ("John Kirby" / "Daily Press Briefing" / "Washington, DC")
            text = " ".join(s.strip(" \t•·|") for s in _title_lines(block[k:])).strip()
            latin = not (han and _HAN.search(text))  # a bilingual page: not the Chinese line
            if _heading_shaped(text) and events.search(text) and not interface(text) and latin:
                return text
    if han and events.search(found):
        return None
    text = " ".join(s.strip(" \t•·|") for s in _title_lines(rest[0])).strip() if rest else ""
    if len(text) > len(found) and text.startswith(found) and _heading_shaped(text):
        return text  # "Geopolitics speaker" over "Geopolitics speaker Bronwen Maddox, in ..."
    if _slogan(words) and len(text.split()) >= 6 and _headline(text):
        return text  # "Democracy Dies in Darkness" over "As Iran talks resume, White House ..."
    if len(words) == 1 and found.isalpha() and not found.isupper():
        return _headline_below(rest)  # a city alone ("Махачкала") over a widget and the headline
    return None


def _headline_below(rest: list[list[str]]) -> str | None:
    """The first header block below that reads as a headline of four words or more (no
    interface line, no date line)."""
    for block in rest:
        text = " ".join(s.strip(" \t•·|") for s in _title_lines(block)).strip()
        if len(text.split()) >= 4 and _heading_shaped(text) and not interface(text):
            return None if _dated(text) else text
    return None


# A site section's name and its tagline, e.g. "WTO news: what’s been happening in the WTO",
# "Latest updates: ...".
_SECTION_TAG = re.compile(
    r"^(?:\S+\s+){0,2}(?:news|updates?|blog|newsroom|highlights|latest)\s*:\s+[a-z]"
)


def _slogan(words: list[str]) -> bool:
    """Two to four words, each capitalised but the little ones: a site's name or motto
    ("Democracy Dies in Darkness", "On the Plane"), not "Sixty-sixth year" or "9011th meeting"."""
    small = ("in", "of", "the", "and", "a", "for", "on", "to")
    return 2 <= len(words) <= 4 and all(w[:1].isupper() or w in small for w in words)


def _headline(text: str) -> bool:
    """A news headline line: heading-shaped, no field or list (":", ";", two commas: "Frederick
    Kempe, President and CEO, ..."), no date, no dot leaders ("Mr. X . . . (Brazil)")."""
    return (
        _heading_shaped(text)
        and not any(c in text for c in ":;")
        and text.count(",") < 2
        and ". ." not in text
        and not dates.full_date(text)
    )


def _heading_shaped(text: str) -> bool:
    """A heading line, not a sentence: 2 to 30 words, a capital first, no sentence stop."""
    words = text.split()
    return (
        2 <= len(words) <= 30
        and text[:1].isupper()
        and not text.endswith((".", "?", "!", ":", ",", ";"))
        and not re.search(r"[a-z]{2}[.!?]\s", text)
        and not page_type(text)
        and not _FIELD_LINE.match(text)
    )


# A breadcrumb trail or menu bar, e.g. "Schattenblick → INFOPOOL → PARLAMENT", "Home | News".
_TRAIL = re.compile(r"\S\s+(?:→|›|»|>|\|)\s+\S")


@lru_cache(maxsize=1024)
def interface(text: str) -> bool:
    """A line of the site's interface, never a headline: a strong interface term ("Jump to
    content", "top page", "Recommended Posts"), a breadcrumb or menu bar, a template's
    unfilled field ("{{dayPoint.date | date}}"), icon names or menu words run together."""
    return (
        "{{" in text
        or bool(_TRAIL.search(text))
        or _prompt(text)
        or (bool(ui_term_spans(text)) and not _long_heading(text))
        or glued_menu(text)  # "ArrowArtboardCreated with Sketch.Title ChevronTitle ..."
    )


def _prompt(text: str) -> bool:
    """A prompt to the reader in any language the lexicon has: an interface verb first and an
    interface word in ten words at most ("Siga o Diário do Porto no Twitter", "Follow us on
    Facebook", "Watch the video"), which no headline is."""
    words = text.split()
    return (
        len(words) <= 10
        and _first_word(text) in terms("ui_verbs")
        and bool(_ui_hits(text))
        and not text.rstrip().endswith(("?", "!"))
    )


def _long_heading(text: str) -> bool:
    """A headline that names one interface thing among many words ("English Subtitles for
    First Minister's Questions - Scottish Parliament: 5th June 2014"): eight words or more in
    title case, one interface term, not at its end (" ... top page"), never "you"."""
    words = text.split()
    big = [w for w in words if w.casefold() not in _LITTLE and w[:1].isalpha()]
    found = ui_term_spans(text)
    return (
        len(words) >= 8
        and len(found) == 1
        and found[0][1] < len(text.rstrip()) - 12  # not a link's text at its end: "top page"
        and not _you(text)
        and sum(w[:1].isupper() for w in big) >= 0.7 * max(len(big), 1)
    )


# The end of a heading line that goes on below: "... by the", "... Rasmussen and", "... Sochi,",
# "... Spokesperson Wang Wenbin’s".
_GOES_ON = re.compile(
    r"(?:\b(?:of|and|the|by|with|for|on|at|in|to|from|after|following)|['’]s|[,:\-–])$", re.I
)


def _title_lines(block: list[str]) -> list[str]:
    """The first line of a header block, with the lines that visibly continue it (the line
    above ends in "of", "by", "’s" ...; the next opens in lower case, or with "at", "on",
    "by" ... in the same case as the line above)."""
    out = [block[0]]
    for line in block[1:]:
        head = line.split(None, 1)[0].casefold() if line.strip() else ""
        goes_on = _GOES_ON.search(out[-1].rstrip()) or line.strip()[:1].islower()
        if not (goes_on or (head in _GOES_ON_WORDS and line.isupper() == out[-1].isupper())):
            break
        out.append(line)
    return out


# The first words of a heading's second line ("AT THE MEDIA BRIEFING ON ..." under "OPENING
# STATEMENT OF THE ASEAN SECRETARY-GENERAL"), in the same case as the line above.
_GOES_ON_WORDS = frozenset(
    ["at", "on", "by", "of", "for", "in", "with", "to", "from", "following", "after", "during"]
)
