"""Site boilerplate out: navigation at the top, duplicated titles, "Last updated", share and
comment prompts, photo captions, related-headline lists and editorial credits at the bottom.

Line based and cheap: only the first and last lines of a file get the expensive checks.
Returns the kept lines (blank lines preserved) and the dropped ones. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice, pairwise

from nrc_search.ingest import blocks as model
from nrc_search.ingest import dates
from nrc_search.ingest.labels import match_label
from nrc_search.ingest.lexicon import longest_first, may_hold, phrase_re, terms
from nrc_search.ingest.titles import fold, site_name, title_field

_HEAD = 25  # navigation and duplicated titles live in the first lines of a page

# A whole line of site chrome, e.g. "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY ...", "ENDS", "Leave a comment", "Last updated: 09 Jun. 2011 10:17", "  • |", a widget's
# count in any language ("Komentari (0)", "Kommentare (3)").
_CHROME = re.compile(
    r"^[\s•·|*>»›\-–]*(?:leave a (?:comment|reply)|\d+ comments?|comments?(?: \(\d+\))?|share(?: this"
    r"(?: article| page| story)?| on \w+)?|print(?: this page)?|e-?mail(?: this)?|tweet|facebook|"
    r"twitter|linkedin|whatsapp|skip to (?:main )?content|back to top|top of page|read more|"
    r"advertisement|subscribe|sign in|log ?in|menu|search|home|follow us.*|click here.*|"
    r"(?:last )?updated:?.*\d.*|last modified:?.*|"
    r"(?:print|download) (?:pdf|version)|tags?:.*|filed under:?.*|permalink|top|"
    r"\(?(?:as delivered|check against delivery|as prepared for delivery|embargoed.*)\)?|"
    r"this is a rush transcript.*|-?\s*ends?\s*-?|#{3}|[^\W\d_]+ \(\d+\))"
    r"[\s•|.!]*$",
    re.I,
)
# What `_CHROME` skips before its phrase, and the words its phrases open with (lower case; a
# phrase opening with a digit, "(" or a word and "(count)" is let through by `_chrome_like`).
_CHROME_LEAD = re.compile(r"[\s•·|*>»›\-–]*")
_CHROME_FIRST = (
    "leave", "comment", "share", "print", "e-mail", "email", "tweet", "facebook", "twitter",
    "linkedin", "whatsapp", "skip", "back", "top", "read", "advertisement", "subscribe",
    "sign", "log", "menu", "search", "home", "follow", "click", "last", "updated", "download",
    "tag", "filed", "permalink", "as ", "check", "embargoed", "this", "end", "#",
)  # fmt: skip


def _chrome_like(line: str) -> bool:
    """False only where `_CHROME` cannot match: a cheap test before the costly regex (the
    letters re.I takes for "i" or "s" that str.lower() does not map to them pass)."""
    head = line[:1]
    if head and (head in "•·|*>»›-–" or head.isspace()):
        rest = line[_CHROME_LEAD.match(line).end() :]  # type: ignore[union-attr]
    else:
        rest = line  # (most lines: nothing to skip)
    return (
        rest[:1].isdecimal()
        or "(" in line
        or rest.lower().startswith(_CHROME_FIRST)
        or "İ" in line
        or "ı" in line
        or "ſ" in line
    )


# A metadata field's name alone on its line (its value is on the next), e.g. "- From:",
# "- Published", "Delivered on:", "Last updated".
_FIELD = re.compile(
    r"^\s*[-•*]?\s*(?:from|published|first published|delivered on|last updated|updated|part of|"
    r"location|organisation|organization|type|date|venue)\s*:?\s*$",
    re.I,
)
_DATED_FIELD = re.compile(r"^\s*[-•*]?\s*(?:published|first published|delivered on|date)\b", re.I)
# The heading of a table of contents, e.g. "Table of contents", "Contents".
_CONTENTS = re.compile(r"^\s*(?:table of contents|contents|in this issue)\s*:?\s*$", re.I)
_CONTENTS_KEYS = ("contents", "in this issue")
# A line of separators only, e.g. "  • |" or "* * *" or "-----".
_SEPARATOR = re.compile(r"^[\s•·|*_=~\-–—]+$")
# Page furniture of a UN document, e.g. "12-22014 3", "4 11-53074", "S/PV.6711", "A/66/PV.12",
# "22-32456 (E)", "22-32456 3/25", "3/25 22-32456".
_PAGE = re.compile(
    r"^\s*(?:\d{1,3}(?:/\d{1,3})?\s+)?\d{2}-\d{4,6}(?:\s+\(E\))?(?:\s+\d{1,3}(?:/\d{1,3})?)?\s*$"
    r"|^\s*[AS]/(?:\d+/)*PV\.\d+\s*$"
)
# A UN record's running header: symbol, agenda item, date, e.g. "S/PV.9018 The situation in
# the Middle East, including the Palestinian question 25/04/2022" (also the date first).
_RUNNING_HEAD = re.compile(
    r"^\s*(?:\d{2}/\d{2}/\d{4}\s+.{0,200}[AS]/(?:\d+/)*PV\.\d+"
    r"|[AS]/(?:\d+/)*PV\.\d+\s+.{0,200}\d{2}/\d{2}/\d{4})\s*$"
)
# The cover note of a UN verbatim record, e.g. "This record contains the text of speeches
# delivered in English and of the translation of speeches delivered in other languages."
_UN_COVER = re.compile(r"^\s*This record contains the text of speeches delivered in\b")
# A page metadata field with its value on the same line near the top, e.g. "From: Prime
# Minister's Office, 10 Downing Street", "Published: 10 January 2022".
_INLINE_FIELD = re.compile(
    r"^\s*[-•*]?\s*(?:from|published|first published|last updated|delivered on)\s*:\s*(\S.{0,200})$",
    re.I,
)
# The topics a transcript covers, listed above it, e.g. "Subjects: ASEAN Australia Summit;
# Relationship with China", "Themen: Bewaffnungsfähigkeit von Drohnen ...", "Main topics: ...".
_TOPICS_FIELD = re.compile(
    r"^\s*[-•*]?\s*(?:main\s+)?(?:topics|subjects|themen|sujets|temas|themes)\s*:\s*(\S.{0,1200})$",
    re.I,
)
# Navigation with separators, e.g. "Home | News | Press releases | Speeches".
_NAV_CHARS = re.compile(r"\s[|»›>/]\s")  # what `_NAV_SEP` needs twice (a cheap test first)
_NAV_SEP = re.compile(r"^\s*[^|»›]{1,40}(?:\s[|»›>/]\s[^|»›]{1,40}){2,}\s*$")
# A photo caption, e.g. "NATO-Russia Council meeting in Sochi. View of the room. Left to right: ...",
# "[Photo : YONHAP News]".
_CAPTION = re.compile(
    r"\b(?:left to right|from left|\(l-r\)|\(l to r\)|\(from left\)|pictured(?: above)?:|"
    r"view of the room|photo(?:graph)?(?: credit)? ?:|photo by |photo / |image(?: credit)?:|"
    r"caption:|file photo|reuters/|afp photo|ap photo|getty images|\bphoto$)|©|"
    r"[—–-] (?:picture|photo|image) (?:via|courtesy of|by) ",
    re.I,
)
# A word each `_CAPTION` phrase holds (lower case): a text with none of them has no caption.
_CAPTION_KEYS: tuple[str, ...] = ("left", "(l", "pictured", "view of", "photo", "image", "caption")
_CAPTION_KEYS += ("reuters/", "©", "picture")  # "... on June 27, 2024. — Picture via FACEBOOK/..."


# A photo credit closing a caption with no colon, e.g. "... visit the Philippines. Photo from
# AFP", "Picture courtesy of the Ministry": the credit's capitalised words end the text.
_CREDIT_TAIL = re.compile(
    r"\b(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Ii]mages?) (?:from|by|courtesy of|via) "
    r"(?:the )?[A-Z][\w.&/\-]*(?: [A-Z][\w.&/\-]*){0,3}$"
)


# A photographer's credit in brackets closing a short caption, e.g. "Former Sports CS Hassan
# Wario. [Boniface Okendo, Standard]", "... this month. (Jabin Botsford/The Washington Post)":
# the photographer's name, a comma or a slash, the outlet's capitalised words.
_BRACKET_CREDIT = re.compile(
    r"[.!?]\s*[(\[][A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){1,2}\s*[,/]\s*"
    r"(?:The )?[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3}[)\]]$"
)


def _caption_in(text: str) -> re.Match[str] | None:
    """`_CAPTION.search(text)`, with the costly regex skipped where no key word is; in a text
    under 400 characters, a photo credit field in any language the lexicon has that closes it
    ("... Foto: Reuters", "... Ảnh: Quang Khánh", "... Picture: @DIRCO_ZA/Twitter"), a
    photographer's credit in brackets that closes it ("... [Boniface Okendo, Standard]") or a
    pictured person's place in brackets ("Laura Thompson (left)") as well."""
    if may_hold(text, _CAPTION_KEYS) and (m := _CAPTION.search(text)):
        return m
    if len(text) >= 400:
        return None
    if (m := _CREDIT_TAIL.search(text[-80:])) is not None:
        return m
    if len(text) < 300 and text.endswith((")", "]")) and (m := _BRACKET_CREDIT.search(text)):
        return m  # "... Hassan Wario. [Boniface Okendo, Standard]"
    if ":" in text and (m := _credit_field().search(text)):
        return m
    return _position_note().search(text) if "(" in text or "（" in text else None


@cache
def _position_note() -> re.Pattern[str]:
    """Where a pictured person stands, in brackets after the name, in any language the
    lexicon has ("Laura Thompson (Left)", "(à droite)", "(слева)", "(kiri)"): a caption's
    mark, never speech's."""
    words = longest_first(terms("caption_positions"))
    return re.compile(r"[(（]\s*(?:" + words + r")\s*[)）]", re.I)


@cache
def _credit_field() -> re.Pattern[str]:
    """A photo credit's field at the end of a text: a word of the lexicon's photo_credits, a
    colon and the credit (60 characters at most, no other colon) after it."""
    words = longest_first(terms("photo_credits"))
    return re.compile(r"(?<!\w)(?:" + words + r")\s?[:：]\s*[\w@©(][^:：\n]{0,60}$", re.I)


# An event line before a statement, e.g. "Joint press point with NATO Secretary General ... Lavrov."
_EVENT_CAPTION = re.compile(
    r"^(?:joint |opening |closing |introductory )?(?:press (?:point|conference|briefing|"
    r"availability|statement)|doorstep(?: statement)?|photo (?:op\w*|session)|family photo|"
    r"meeting|signing ceremony|remarks|arrival)\b[^.!?]{0,200}\b(?:with|by|of|between|at)\b"
    r"[^!?]*$",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our|us|you|your)\b", re.I)
# The heading of a related-links block, e.g. "Derniers articles", "Related stories", "See also".
_RELATED = re.compile(
    r"^\s*(?:derniers articles|articles? récents?|à lire aussi|lire aussi|autres articles|"
    r"related(?: articles| stories| news| content| posts| links| items)?|latest(?: news| articles"
    r"| stories| headlines)?|more (?:news|stories|headlines|from \w.*|on this)|"
    r"most (?:read|popular|viewed|shared)|read (?:more|also|next)|see also|recommended.*|"
    r"you (?:may|might) also like.*|trending(?: now)?|top stories|popular(?: posts)?|"
    r"other news|in other news|recent posts|what to read next|sponsored.*)\s*:?\s*$",
    re.I,
)
# The first letters of `_RELATED`'s phrases (lower case), and the letters re.I takes for "i"
# or "s" that str.lower() does not map to them.
_RELATED_FIRST = frozenset("dàalrmsytpoiw") | frozenset("İıſ")


def _related_like(line: str) -> bool:
    """False only where `_RELATED` cannot match: a cheap test before the costly regex."""
    head = line.lstrip()[:1]
    return head.lower() in _RELATED_FIRST or head in _RELATED_FIRST


# An editorial credit, e.g. "Directeur de la publication : Joël-François Dumont",
# "(Reporting by Jane Doe; Editing by John Roe)", "Copyright 2011 Reuters", "Reference: E-012/24".
_CREDIT = re.compile(
    r"^\s*©.*$|^\s*\(?(?:directeur de (?:la )?publication|comité (?:de rédaction|militaire|éditorial)|"
    r"rédaction|rédacteur en chef|editor(?:-in-chief)?|editing by|edited by|reporting by|"
    r"writing by|additional reporting|compiled by|translated by|written by|copyright|©|"
    r"all rights reserved|photo credits?|source|contact us|about us|privacy policy|"
    r"(?:[\w.\-’']+ ){1,16}contributed (?:to )?this report|"
    r"terms of (?:use|service)|cookie|reference(?: no\.?)?\s*:\s*[\w/\-.]*\d[\w/\-.]*\s*$)\b.*$",
    re.I,
)


# The first words of `_CREDIT`'s phrases, lower case (after spaces and a "("); "... contributed
# to this report" may open with any word.
_CREDIT_FIRST = (
    "©", "directeur", "comit", "rédact", "edit", "reporting", "writing", "additional",
    "compiled", "translated", "written", "copyright", "all", "photo", "source", "contact",
    "about", "privacy", "terms", "cookie", "reference",
)  # fmt: skip


def _credit_like(line: str) -> bool:
    """False only where `_CREDIT` cannot match: a cheap test before the costly regex (the
    letters re.I takes for "i" or "s" that str.lower() does not map to them pass)."""
    head = line.lstrip()
    head = head[1:] if head[:1] == "(" else head
    return (
        head[:12].lower().startswith(_CREDIT_FIRST)
        or "contributed" in line.lower()
        or (not line.isascii() and ("İ" in line or "ı" in line or "ſ" in line))
    )


@dataclass(frozen=True)
class Cleaned:
    """Lines kept (blank lines preserved, so paragraphs survive) and lines dropped."""

    lines: list[str]
    dropped: list[str]
    published: str | None = None  # the value of a dropped "Published" / "Delivered on" field
    title: str | None = None  # a heading the page prints twice at the top (taken out as title)
    why: dict[str, str] = field(default_factory=dict)  # dropped line -> why it was dropped


def clean(lines: list[str]) -> Cleaned:
    """Drop boilerplate lines; keep everything else exactly as printed."""
    drop: set[int] = set()
    why: dict[int, str] = {}

    def take(ids, reason: str) -> None:
        for i in ids:
            why.setdefault(i, reason)
        drop.update(ids)

    take(_chrome(lines), "site chrome (share/print/updated line)")
    take(_head_nav(lines, drop), "navigation or repeated title at the top")
    twice = _twice_printed(lines)
    take(twice - {min(twice, default=0)}, "the page's title, printed again at the top")
    take(_tail(lines, drop), "credits or related links at the end")
    via = _via_lines(lines)
    take(via, "a repost's link to the story it copies")
    take(_contents(lines), "table of contents")
    take(_un_furniture(lines), "UN record running header or cover note")
    teasers, own = _stamped_teasers(lines, drop)
    take(teasers, "other stories: a teaser under its date and time")
    for i, reason in _furniture(lines, drop).items():
        if i not in own:  # the page's own date line under the teasers, and its headline
            take((i,), reason)
    fields = _fields(lines, drop)
    take({i for pair in fields for i in pair}, "page metadata field")
    inline = _inline_fields(lines, drop)
    take(set(inline), "page metadata field")
    take(_field_widget(lines, drop), "a widget's fields (name: number)")
    kept = [line for i, line in enumerate(lines) if i not in drop]
    dropped = [lines[i].strip() for i in sorted(drop) if lines[i].strip()]
    dated = [lines[v] for k, v in fields if _DATED_FIELD.match(lines[k])]
    dated += [v for k, v in inline.items() if _DATED_FIELD.match(lines[k])]
    reasons = {lines[i].strip(): r for i, r in why.items() if lines[i].strip()}
    heading = lines[min(twice)].strip() if twice else _crumb_heading(lines, drop)
    heading = heading or next(
        (m[1] for i in sorted(via) if (m := _VIA.match(lines[i].strip()))), None
    )
    return Cleaned(
        kept, dropped, dated[0].strip(" -•*\t") if dated else None, why=reasons, title=heading
    )


# The separators of a breadcrumb trail or a title bar, e.g. "Home > Press > ...", "... | Site".
_CRUMB_SEP = re.compile(r"\s+[>›»→|/]\s+")


def _crumb_heading(lines: list[str], drop: set[int]) -> str | None:
    """The page's heading as the first dropped breadcrumb or title bar at the top names it
    ("Home > Press room > Remarks by the Minister at the harbour", "Ministers agree ... |
    Harbour Post"): its longest part of three words or more that reads as a heading (a
    capital first, no sentence stop, no interface word, no site name). The parse takes it
    only when the header gives no title."""
    for i in sorted(drop):
        if i >= _HEAD:
            break
        parts = _CRUMB_SEP.split(lines[i].strip())
        if len(parts) < 2:
            continue
        named = [
            p.strip()
            for p in parts
            if 3 <= len(p.split()) <= 25
            and p[:1].isupper()
            and not p.rstrip().endswith((".", "?", "!", ":", ","))
            and not model._ui_hits(p)
            and not site_name(p)
            and not (len(p) < 40 and dates.full_date(p))  # "Monday, 19 November 2018 | 21:28"
        ]
        return max(named, key=len) if named else None
    return None


# A repost's link to the story it copies, e.g. "via Iran: Turkey is best place for nuclear
# talks – USATODAY.com.".
_VIA = re.compile(r"^via\s+(\S.{8,200}?)\s+[–—-]\s+[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}\.?$", re.I)


def _via_lines(lines: list[str]) -> set[int]:
    """A repost's "via <headline> – <site>" link among the last lines of the page: never a
    turn; the headline it names is the page's title when the header gives none."""
    tail = range(max(0, len(lines) - 20), len(lines))
    return {i for i in tail if lines[i][:4].casefold() == "via " and _VIA.match(lines[i].strip())}


def _furniture(lines: list[str], drop: set[int]) -> dict[int, str]:
    """Line index -> reason for the site furniture the document model finds (blocks.py)."""
    blocks = model.text_blocks(lines, drop)
    out: dict[int, str] = {}
    for k, v in model.furniture(blocks).items():
        b = blocks[k]
        keep = model.headline_in(lines, b)  # "... Regular Press Conference on July 17, 2020"
        keep |= {i for i in range(b.start, b.end) if title_field(lines[i])}  # "STORY: ..."
        if "menu" in v.why:  # the page's date in a menu's run: "November 6, 2015 / 2:59 PM"
            keep |= {i for i in range(b.start, b.end) if _date_row(lines[i])}
        out |= {
            i: "furniture: " + " ".join(v.why)
            for i in range(b.start, b.end)
            if i not in drop and i not in keep
        }
    for b in blocks[:3]:
        if b.end - b.start >= 4 and b.start not in out:
            heads = model.head_lines(lines, b).items()
            out |= {i: "furniture: " + r for i, r in heads if not title_field(lines[i])}
    return out


# A time of day, e.g. "21:28", "19:34 WIB", "09:02 AM".
_CLOCK = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
_TEASER_GAP = 4  # lines of a teaser (its headline and summary) between two stamps, at most


def _stamped_teasers(lines: list[str], drop: set[int]) -> tuple[set[int], set[int]]:
    """A run of other stories at the top of a page, each a date-and-time line over a short
    headline and summary ("Monday, 19 November 2018 | 21:28" / "KPK Suspects ..."): each
    stamp and the lines under it up to the next stamp, four lines at most and no blank line
    among them (a speaker's header's time line is followed by a blank line and the speech);
    the last stamp of the run, the page's own date over its headline, stays."""
    top = [i for i in range(min(len(lines), _HEAD)) if i not in drop and lines[i].strip()]
    stamps = [i for i in top if _stamp(lines[i])]
    out: set[int] = set()
    own: set[int] = set()  # the last stamp of the run and the lines under it to a blank line
    for a, b in pairwise(stamps):
        between = [i for i in top if a < i < b]
        solid = len(between) == b - a - 1  # no blank line: a widget's run, not a speaker's header
        if solid and 1 <= len(between) <= _TEASER_GAP and all(len(lines[i]) < 300 for i in between):
            out |= {a, *between}
            own = set(range(b, next((j for j in range(b, len(lines)) if not lines[j].strip()), b)))
    return out, own - out


def _stamp(line: str) -> bool:
    """A date-and-time line and nothing else: "Monday, 19 November 2018 | 21:28"."""
    return len(line) < 60 and bool(_CLOCK.search(line)) and dates.full_date(line) is not None


def _date_row(line: str) -> bool:
    return len(line) < 60 and dates.full_date(line) is not None


def _un_furniture(lines: list[str]) -> set[int]:
    """Running headers of a UN record copied from its PDF, and its cover note (a paragraph)."""
    out = {
        i
        for i, line in enumerate(lines)
        if len(line) < 300 and "PV." in line and _RUNNING_HEAD.match(line)  # (both forms: PV.)
    }
    for i in range(min(len(lines), 80)):
        if _UN_COVER.match(lines[i]):
            j = i
            while j < len(lines) and lines[j].strip():
                j += 1
            out |= set(range(i, j))
    return out


def _inline_fields(lines: list[str], drop: set[int]) -> dict[int, str]:
    """Line index -> value of "From: ..." / "Published: ..." fields near the top of a page;
    a value ending in "?" or "!" is speech, not a field."""
    out = {}
    for i in range(min(len(lines), 40)):
        if i in drop or ":" not in lines[i]:
            continue  # (both regexes need the colon)
        m = _INLINE_FIELD.match(lines[i]) or _TOPICS_FIELD.match(lines[i])
        if m and not m.group(1).rstrip().endswith(("?", "!")):
            out[i] = m.group(1).strip()
    return out


# A widget's field: a short name, a colon, a short value, e.g. "Hora: 03:18", "Marea max.: 19
# cms.", "Dirección viento: Variable".
_WIDGET_FIELD = re.compile(r"^\s*([^\W\d][^:]{0,30}?)\s?:\s+(\S.{0,24}?)\s*$")
_WIDGET_RUN = 3  # fields in a run, at least


def _field_widget(lines: list[str], drop: set[int]) -> set[int]:
    """A widget's run of "Name: value" lines (a weather box, a tide table, a score card): three
    lines or more, blank lines between them at most, each a short name and a short value, most
    values a number ("Hora: 03:18", "Marea max.: 19 cms."), no value a sentence. A label and its
    short reply ("Q: Yes.") holds no number."""
    out: set[int] = set()
    run: list[int] = []
    numbers = 0

    def close() -> None:
        if len(run) >= _WIDGET_RUN and 3 * numbers >= 2 * len(run):
            out.update(run)

    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = _WIDGET_FIELD.match(line) if i not in drop and ":" in line else None
        if m and not m.group(2).endswith(("?", "!")) and len(m.group(1).split()) <= 4:
            run.append(i)
            numbers += m.group(2).lstrip("-+~").lstrip()[:1].isdigit()
            continue
        close()
        run, numbers = [], 0
    close()
    return out


def _contents(lines: list[str]) -> set[int]:
    """A table of contents near the top: "Table of contents" and its short lines below."""
    for i in range(min(len(lines), 40)):
        last = lines[i].rstrip()[-1:]  # (the heading ends in "contents", "issue" or ":")
        if (
            last
            and last in "sSſeE:"
            and may_hold(lines[i], _CONTENTS_KEYS)
            and _CONTENTS.match(lines[i])
        ):
            j = i + 1
            while j < len(lines) and lines[j].strip() and len(lines[j]) < 120:
                j += 1
            return set(range(i, j))
    return set()


def _fields(lines: list[str], drop: set[int]) -> list[tuple[int, int]]:
    """(name line, value line) of page metadata printed as a list: "- From:" / "- Published"."""
    out = []
    for i in range(min(len(lines), 80)):
        if i in drop or not _FIELD.match(lines[i]):
            continue
        j = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
        if j is not None and len(lines[j]) < 200 and not _FIELD.match(lines[j]):
            out.append((i, j))
    return out


def is_photo_caption(par: str) -> bool:
    """A photo caption or credit ("Left to right: ...", "Photo: Reuters")."""
    return bool(_caption_in(par))


# A photo caption naming who is pictured doing what, with no verb of saying, e.g. "NATO
# Secretary General Anders Fogh Rasmussen during his press conference following the meeting".
_PICTURED = re.compile(
    r"^(?:[A-Z][\w.'’\-]*\s+){2,9}(?:during|at|speaking|speaks|attends|attending|arrives|arriving|"
    r"delivers|delivering|addresses|addressing|meets|meeting|greets|greeting|shakes hands|"
    r"poses|posing|waves|walks|listens|listening|gestures|chairs|chairing|giving|holding|talking|answering|leaving|"
    r"boarding|visiting|seen|pictured|arrive|arrive at|"
    r"taking part)\b[^!?\"“”]{0,250}$"
)
_SAYING = re.compile(r"\b(?:said|says|told|stated|I|we|my|our)\b")


# A page's reading-time widget glued to what follows, e.g. "8 min ", "5 min read ".
_READ_TIME = re.compile(r"\d{1,2}\s?min(?:ute)?s?(?:\s+read)?\s+(?=[A-Z])")


@lru_cache(maxsize=4096)
def is_caption(par: str) -> bool:
    """True for a photo caption or an event line that is not speech (cached: the segmenter
    asks twice of each paragraph, to keep the speech and to drop the captions)."""
    if par[:1].isdigit() and (m := _READ_TIME.match(par)):
        par = par[m.end() :]  # "8 min President Donald Trump listens as ... (J. Doe/Post)"
    if _caption_in(par) and (len(par) < 400 or _caption_in(par[-120:]) is None):
        return True  # (a long paragraph ending in a photo credit is content)
    if len(par) < 300 and _PICTURED.match(par) and not _SAYING.search(par):
        return True
    return len(par) < 400 and bool(_EVENT_CAPTION.match(par)) and not _FIRST_PERSON.search(par)


def _chrome(lines: list[str]) -> set[int]:
    out = set()
    for i, line in enumerate(lines):
        if (
            len(line) < 90
            and (first := line.strip()[:1])
            and (
                (_chrome_like(line) and _CHROME.match(line))
                or (first in "•·|*_=~-–—" and _SEPARATOR.match(line))
                or ((first.isdecimal() or first in "AS") and _PAGE.match(line))
            )
        ):
            out.add(i)  # (a separator line opens with its mark, a page number with a digit)
    return out


def _head_nav(lines: list[str], drop: set[int]) -> set[int]:
    """Navigation lines and repeated titles among the first lines of a page."""
    out = set()
    head = [(i, lines[i].strip()) for i in range(min(_HEAD, len(lines))) if i not in drop]
    head = [(i, line) for i, line in head if line]
    prev: tuple[int, str] = (-1, "")
    prev_menu = False  # _menu_like(prev[1]), known once asked
    for i, line in head:
        if match_label(line):
            break  # the speech has started: repeated lines are now real ("Thank you.")
        if line == prev[1] and len(line.split()) >= 3 and not line[:1].islower():
            out.add(i)  # a title printed twice in a row
            caption = is_photo_caption(line) or (line.endswith(".") and len(line.split()) <= 15)
            if not caption:  # (a caption twice, "Putin during the big press conference.":
                # the headline above stays; a lead printed twice is no caption)
                out |= {j for j, other in head if j < prev[0] and _nav_like(other)}
        bar = _NAV_CHARS.search(line) is not None and bool(_NAV_SEP.match(line))
        menu = None if bar else _menu_like(line)
        if bar and dates.full_date(line):
            pass  # "November 6, 2015 / 2:59 PM / 2 years ago": the page's date, not a menu
        elif bar or (menu and prev_menu):
            out |= {i, prev[0]} - {-1}  # two menu rows in a row: "Terre Air Mer ..." (a bar
            # on the first line has no row above it: -1 would drop the page's last line again)
        prev, prev_menu = (i, line), bool(menu if menu is not None else _menu_like(line))
    return out


_STOP_INSIDE = re.compile(r"[a-z]{2}[.!?]\s")


def _twice_printed(lines: list[str]) -> set[int]:
    """The copies of a heading line printed twice among the first lines of a page, apart (an
    HTML <title> and the page's <h1>, "Name: claim" headline over the dateline and again above
    the story): the first such line of 4 to 30 words among the first 6, not a sentence, both
    copies above the first speaker label."""
    head = [(i, lines[i].strip()) for i in range(min(_HEAD, len(lines)))]
    head = [(i, line) for i, line in head if line]
    for _, line in head[:6]:
        if len(line) > 200:
            break  # the story or speech has begun
        if not 4 <= len(line.split()) <= 30 or line.endswith((".", "?", "!")):
            continue
        if line[:1].islower() or _STOP_INSIDE.search(line):
            continue  # a heading opens with a capital and holds no sentence end
        copies = sorted(j for j, other in head if other == line)
        if not 2 <= len(copies) <= 3:
            continue  # (printed once, or a run of one line: no title twice)
        lab = match_label(line)
        between = [other for j, other in head if copies[0] < j < copies[-1]]
        if lab and not lab.weak and not any(dates.full_date(other) for other in between):
            continue  # "MR. SMITH: we will see" twice is speech; a headline is over the dateline
        said = next((j for j, other in head if other != line and match_label(other)), _HEAD)
        if any(_goes_on(other) for j, other in head if j < copies[-1] and other != line):
            continue  # speech above the second copy ("NATO is:", "we"): a line said twice
        if copies[-1] < said and not site_name(line):
            return set(copies)
    return set()


def _goes_on(line: str) -> bool:
    """A line of speech or story, not of a page's head: a small letter first, or a sentence's
    or clause's end ("NATO is:", "[laughter] Sochi.")."""
    return line[:1].islower() or line.endswith((".", "?", "!", ":", ",", ";"))


def _nav_like(line: str) -> bool:
    return not line.rstrip().endswith((".", "?", "!", '"', "”")) and len(line) < 200


def _menu_like(line: str) -> bool:
    """A run of capitalised menu words: "Terre Air Mer Gendarmerie Renseignement Cyber"."""
    if _MENU_STOPS.search(line):
        return False
    words = line.split()
    if len(words) < 6:
        return False
    if sum(w.casefold() in _JOINERS for w in words) >= 2:
        return False  # "OPENING STATEMENT OF THE ASEAN SECRETARY-GENERAL": a heading in capitals
    caps = sum(w[0].isupper() for w in words)
    small = sum(w.isalpha() and w.islower() for w in words)
    return caps >= 0.8 * len(words) and small < 2  # ("Retno Talks about Pacific Countries of ...")


_MENU_STOPS = re.compile(r'[.,:;!?"“”()]')
# The little words of running text, which a menu's row of section names lacks.
_JOINERS = frozenset(
    [
        "of",
        "the",
        "at",
        "on",
        "and",
        "to",
        "for",
        "by",
        "in",
        "with",
        "from",
        "de",
        "la",
        "du",
        "des",
    ]
)


def _tail(lines: list[str], drop: set[int]) -> set[int]:
    """A related-headlines block and editorial credits at the end of the page."""
    out = set()
    start = max(0, len(lines) - 400)
    for i in range(start, len(lines)):
        if i in drop or not lines[i].strip():
            continue
        if len(lines[i]) < 300 and _credit_like(lines[i]) and _CREDIT.match(lines[i]):
            out.add(i)
        elif (
            len(lines[i]) < 200
            and _CREDIT_PHRASE_KEY in lines[i]
            and phrase_re("credit_phrases").search(lines[i])
        ):
            out.add(i)  # "Some information for this report was provided by AP."
        elif len(lines[i]) < 100 and _source_credit(lines[i]):
            out.add(i)  # "Con información de El Diario"
        elif (known := _related_like(lines[i]) and _RELATED.match(lines[i])) or _related_heading(
            lines[i]
        ):
            if not _body_above(lines, i):
                continue  # "Most Read" / "Most Commented" over the headline: the top menu
            if not _listish(lines, i + 1):
                out.add(i)  # "Artikel Berkaitan:" alone where its links were: no text of its own
                continue
            # (a heading of the lexicon's, in any language, takes no sentence under it)
            out |= {j for j in range(i, len(lines)) if not _prose(lines[j], not known)}
            break
    out |= _headline_run(lines, drop, out)
    out |= _agency_credit(lines, drop, out)
    out |= _after_end_mark(lines, start)
    return out


@cache
def _source_credit_re() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + longest_first(terms("source_credits")) + r")(?!\w)", re.I)


def _source_credit(line: str) -> bool:
    """A line of ten words at most opening with the lexicon's source_credits ("Con
    información de EFE", "With files from Reuters"): the story's credit at its foot."""
    return len(line.split()) <= 10 and _source_credit_re().match(line) is not None


# A release's or transcript's end mark alone on its line, e.g. "###", "# # #", "-30-", "- END -".
_END_MARK = re.compile(r"^\s*(?:#\s?#\s?#|-\s?30\s?-|[-–—]*\s*(?:END|ENDS|End|Ends)\s*[-–—]*)\s*$")


def _after_end_mark(lines: list[str], start: int) -> set[int]:
    """The short lines with no sentence stop under the page's last end mark ("###" over
    "Tags" / "Office of the Spokesperson"): the page's links, not the text's."""
    mark = next(
        (
            i
            for i in range(len(lines) - 1, start - 1, -1)
            if len(lines[i]) < 16 and _END_MARK.match(lines[i])
        ),
        None,
    )
    if mark is None:
        return set()
    return {
        j
        for j in range(mark + 1, len(lines))
        if (s := lines[j].strip()) and len(s.split()) <= 8 and not s.endswith((".", "?", "!", ":"))
    }


_CREDIT_SEPS = re.compile(r"[\s/,|&+]+")
# A token of an agency credit: a site's domain ("Alo.rs", "news.az") or an outlet's name.
_DOMAIN = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.(?:[a-z]{2}|com|net|org|info|news)$", re.I)


def _agency_credit(lines: list[str], drop: set[int], gone: set[int]) -> set[int]:
    """The agency credit a story ends with, on a line of its own: one to three outlet names
    or site domains and nothing else ("AFP", "Alo.rs/Tanjug", "(Reuters)", "— AP"), among the
    last three lines kept (not in `drop` or `gone`)."""
    back = range(len(lines) - 1, -1, -1)
    kept = list(
        islice((i for i in back if lines[i].strip() and i not in drop and i not in gone), 3)
    )
    out = set()
    for i in kept:
        # (four splits at most: a line of four tokens or more is no credit, and is cut short)
        toks = [t for t in _CREDIT_SEPS.split(lines[i].strip(" \t()[]-–—•"), 4) if t]
        if 1 <= len(toks) <= 3 and all(
            t.casefold() in terms("outlets") or _DOMAIN.match(t) for t in toks
        ):
            out.add(i)
    return out


# A word each of the lexicon's credit_phrases holds in lower case ("information for this
# report"), looked for before the phrases' regex.
_CREDIT_PHRASE_KEY = "report"


def _related_heading(line: str) -> bool:
    """A related-links block's heading alone on its line in any language the lexicon has
    (related_headings: "Artikel Berkaitan:", "注目の記事", "Más contenido relacionado a esta
    institución")."""
    bare = line.strip().rstrip(":：").strip()
    return 0 < len(bare) <= 60 and fold(bare) in terms("related_headings")


def _body_above(lines: list[str], at: int) -> bool:
    """Some text of the page's body above line `at`: a line of 40 characters or more that
    ends a sentence. A related-links heading with none above it ("Most Read" / "Most
    Commented" over the headline) is the page's top menu, not its tail."""
    return any(
        len(s) >= 40 and s.rstrip().endswith((".", "!", "?", '"', "”", "»", "。", "」"))
        for s in lines[:at]
    )


def _listish(lines: list[str], start: int) -> bool:
    """The lines after a related-links heading are short ones, not paragraphs."""
    rest = [line for line in lines[start : start + 60] if line.strip()]
    return not rest or sum(len(line) < 160 for line in rest) >= 0.7 * len(rest)


def _prose(line: str, sentences: bool = False) -> bool:
    """A paragraph of text, no link's: over 300 characters, or (`sentences`) a line of 80
    characters or more that ends a sentence."""
    if len(line) > 300:
        return True
    end = line.rstrip().endswith((".", "!", "?", '"', "”", "»", "。", "」"))
    return sentences and len(line) >= 80 and end and not line.rstrip().endswith("...")


def _headline_run(lines: list[str], drop: set[int], gone: set[int]) -> set[int]:
    """Six or more short, unpunctuated headline lines in one block at the very end (lines in
    `drop` or `gone` count as absent)."""
    end = len(lines)
    while end > 0 and (not lines[end - 1].strip() or end - 1 in drop or end - 1 in gone):
        end -= 1
    start = end
    while start > 0 and _headline(lines[start - 1]):
        start -= 1
    return set(range(start, end)) if end - start >= 6 else set()


def _headline(line: str) -> bool:
    """A short line with a capital first (after an opening quotation mark: "‘Disgraced’
    Andrew’s New Demands ...") and no sentence stop, or one cut short with "..."."""
    s = line.strip()
    first = s.lstrip(_OPENING_QUOTES)[:1]
    return (bool(s) and len(s) < 130 and first.isupper() and not s.endswith((".", ":", ","))) or (
        s.endswith("...") and len(s) < 130
    )


_OPENING_QUOTES = "‘’“”\"'«»„‚‹›"
