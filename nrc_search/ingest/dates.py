"""Dates in transcripts and wire copy, by regex (dateparser is far too slow for bulk ingest).

Formats: "08 Jun. 2011", "December 18, 2001", "Monday, March 3, 2014", "18.12.2001",
"2001-12-18", "12/18/2001", "14 - Juillet - 2017", "2025. 10. 20.", and year-less datelines ("July 6 (Itar-Tass)", "6/7 Tass 355")
whose year is inferred from the text; Russian, Polish, German and CJK dates ("12 апреля 2022
года", "2024年10月18日"). Never returns a future date. Stdlib only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from nrc_search.ingest.lexicon import longest_first, may_hold

# fmt: off
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "january": 1, "february": 2,
    "march": 3, "april": 4, "june": 6, "july": 7, "august": 8, "september": 9,
    "october": 10, "november": 11, "december": 12, "janvier": 1, "février": 2, "mars": 3,
    "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12, "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "enero": 1, "febrero": 2, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    "maret": 3, "agustus": 8, "desember": 12, "ogos": 8, "disember": 12,
    "marts": 3, "maj": 5, "augusti": 8,
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
# fmt: on

# The month names as a letter tree: at one place the longest name that fits, as a flat
# longest-first alternation, but not ~130 names tried at every word of the text.
_MON = "(?P<mon>" + longest_first(_MONTHS) + r")\.?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBR = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

# "2001-12-18", "2001/12/18", "2001.12.18"
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)\b")
# "08 Jun. 2011", "4th July 2011", "3rd of March 2014", "18 décembre 2001"
_DMY = re.compile(
    rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?(?:\s*[-–]\s*|\s+)(?:(?:of|de)\s+)?{_MON}"
    r"(?:,\s*|\s*[-–]\s*|\s+)(?:del?\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.I,
)  # also "3 de febrero de 2022" (Spanish, Portuguese), "14 - Juillet - 2017", "15TH DEC,2020"
# "2025. 10. 20." (year first, a full stop and a space after each part: Hungarian, Korean)
_YMD_DOTS = re.compile(r"\b(?P<y>(?:19|20)\d\d)\.\s(?P<m>[01]?\d)\.\s(?P<d>[0-3]?\d)\.")
# "December 18, 2001", "Monday, March 3, 2014", "Dec. 18 2001"
_MDY = re.compile(
    rf"\b{_MON},?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d)?,?\s+(?P<y>(?:19|20)\d\d)\b",
    re.I,
)  # also "December, 23, 2016", "June 4 - 5, 2009" (the first day)
# "18.12.2001" (day first, European style)
_DOTS = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b")
# "2024年10月18日" (Chinese and Japanese)
_CJK = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")
# "12/18/2001" (month first unless the first number is over 12: "18/12/2001")
_SLASH = re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b")
# A year-less dateline: "July 6 (Itar-Tass)", "BRUSSELS, July 6 -", "on July 4"
_MD = re.compile(rf"\b{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)", re.I)
# A year-less day-month: "6 July", "4th July"
_DM = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MON}\b(?!,?\s*(?:19|20)\d\d)", re.I)
# A wire slug: "6/7 Tass 355" (day/month, Russian and European agencies)
_SLUG = re.compile(r"^\s*(?P<d>[0-3]?\d)/(?P<m>[01]?\d)\b(?!/)")
# A year mentioned in the text: "in 1997", "the 2012 summit"
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# A weekday mentioned in the text: "on Monday", "Monday's session"
# Weekday names (0 = Monday) in the languages of the month names, for fitting a year-less
# date's year ("Kamis (19/7)" is a Thursday in 2018). Left out: names that are also common
# words ("minggu" week, "pazar" market, "cuma" only, "среда" environment).
_WEEKDAY_NAMES = {
    name: k
    for k, names in enumerate(
        (
            "monday lundi montag lunedì lunes segunda-feira luni poniedziałek senin isnin "
            "pazartesi понедельник понеділок",
            "tuesday mardi dienstag martedì martes terça-feira marți wtorek selasa "
            "salı вторник вівторок",
            "wednesday mercredi mittwoch mercoledì miércoles quarta-feira miercuri środa "
            "środę rabu çarşamba среду середа середу",
            "thursday jeudi donnerstag giovedì jueves quinta-feira joi czwartek kamis "
            "khamis perşembe четверг четвер",
            "friday vendredi freitag venerdì viernes sexta-feira vineri piątek jumat "
            "jum'at jumaat пятница пятницу п'ятниця п'ятницю",
            "saturday samedi samstag sabato sábado sâmbătă sobota sabtu "
            "cumartesi суббота субботу субота суботу",
            "sunday dimanche sonntag domenica domingo duminică niedziela niedzielę "
            "ahad воскресенье неділя неділю",
        )
    )
    for name in names.split()
}
_WEEKDAY = re.compile(r"(?<!\w)(" + longest_first(_WEEKDAY_NAMES) + r")(?!\w)", re.I)
# A day/month in brackets after a weekday, day first: "Kamis (19/7)", "terça-feira (21/1)"
_PAREN_DM = re.compile(
    r"(?<!\w)(?:" + longest_first(_WEEKDAY_NAMES) + r")\s?\((?P<d>[0-3]?\d)/(?P<m>[01]?\d)\)", re.I
)
# A line about revisions, whose date is not the publication date: "Last updated: 09 Jun. 2011"
_UPDATED = re.compile(r"\b(?:updated|modified|revised|amended|printed|retrieved|accessed)\b", re.I)

_UPDATED_KEYS = ("updated", "modified", "revised", "amended", "printed", "retrieved", "accessed")


def _updated(line: str) -> re.Match[str] | None:
    """`_UPDATED.search(line)`, the regex skipped where none of its words is."""
    return _UPDATED.search(line) if may_hold(line, _UPDATED_KEYS) else None


Ymd = tuple[int, int, int]
_YEARISH = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")


def today() -> dt.date:
    return dt.date.today()


def full_date(line: str, day_first: bool = False) -> Ymd | None:
    """The first complete date in `line`, if it is a real past date; `day_first` reads an
    ambiguous "04/11/2022" as 4 November (a document not in English), else as April 11."""
    best: tuple[int, Ymd] | None = None
    for found in _full_dates(
        line, day_first
    ):  # each format's dates in order; the first valid one counts
        for start, ymd in found:
            if ymd is None:
                raise KeyError(line)  # a month name _MONTHS lacks (as before the cache)
            if valid(ymd) and (best is None or start < best[0]):
                best = (start, ymd)
                break
    return best[1] if best else None


@lru_cache(maxsize=8192)
def _full_dates(line: str, day_first: bool) -> tuple[tuple[tuple[int, Ymd | None], ...], ...]:
    """Per format, the (start, date) of its matches in `line`, in order; whether a date is
    past is left to the caller (today moves). Cached: a page asks of the same line many times."""
    if not _YEARISH.search(line):
        return ()  # no four-digit year: no complete date (the month regexes are costly)
    return tuple(
        _matches(rx, line, day_first) for rx in (_ISO, _DMY, _MDY, _DOTS, _SLASH, _CJK, _YMD_DOTS)
    )


def _matches(rx: re.Pattern[str], line: str, day_first: bool) -> tuple[tuple[int, Ymd | None], ...]:
    out: list[tuple[int, Ymd | None]] = []
    for m in rx.finditer(line):
        try:
            out.append((m.start(), _ymd(m, day_first)))
        except KeyError:
            out.append((m.start(), None))
            break
    return tuple(out)


def _ymd(m: re.Match[str], day_first: bool = False) -> Ymd | None:
    g = m.groupdict()
    y = int(g["y"])
    if g.get("mon"):
        return y, _MONTHS[g["mon"].lower().rstrip(".")], int(g["d"])
    if "a" in g:
        a, b = int(g["a"]), int(g["b"])
        return (y, b, a) if a > 12 or (day_first and b <= 12) else (y, a, b)
    return y, int(g["m"]), int(g["d"])


@lru_cache(maxsize=4096)
def partial_date(line: str) -> tuple[int, int] | None:
    """A (month, day) without a year: "July 6 (Itar-Tass)", "6/7 Tass 355"."""
    if not _DIGIT.search(line):
        return None  # each of the three needs a digit (the month regexes are costly)
    for rx in (_MD, _DM, _SLUG, _PAREN_DM):
        m = rx.search(line)
        if m:
            g = m.groupdict()
            month = _MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else int(g["m"])
            day = int(g["d"])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return month, day
    return None


def valid(ymd: Ymd) -> bool:
    """A calendar date, after 1900 and not in the future (a page dated today is dated)."""
    try:
        d = dt.date(*ymd)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= d <= today()


def iso(ymd: Ymd) -> str:
    return f"{ymd[0]:04d}-{ymd[1]:02d}-{ymd[2]:02d}"


def find_date(
    head: Iterable[str], body: str, day_first: bool = False, above: Iterable[str] = ()
) -> tuple[str | None, bool]:
    """(YYYY-MM-DD or None, inferred) from header lines, then the dateline and first lines.
    `above` is the page's raw text above the body, dropped lines included: a posting stamp
    dropped as furniture still shows that a date line over it is a current-date widget."""
    head = [line for line in head if line.strip()]
    ups = [_updated(line) for line in head]
    found = [
        (k, ymd)
        for k, (line, u) in enumerate(zip(head, ups, strict=True))
        # "June 20, 2024 4:15 PM GMT+2 Updated 3 hours ago"
        if (ymd := full_date(line[: u.start()] if u else line, day_first))
    ]
    if found:
        return iso(_past_widget(head, found, body, day_first, list(above))), False
    opening = body[:600]
    if ymd := full_date(opening, day_first):
        return iso(ymd), False
    for line, u in zip([*head, opening], [*ups, _updated(opening)], strict=True):
        if u:
            continue
        if md := partial_date(line):
            year = infer_year(md, body)
            if year and valid((year, *md)):
                return iso((year, *md)), True
    return None, False


def _past_widget(
    head: list[str], found: list[tuple[int, Ymd]], body: str, df: bool, above: list[str]
) -> Ymd:
    """The first header date, unless it is a bare date line ("Sunday, Aug 14, 2022",
    "06:28:27 20.05.2025") at the top of the page, later than a date on a short line further
    down (a byline "DW, 06 Jan 2022", "Actualitate 25.07.2023 16:53"): a site's current-date
    widget, which dates the copy, not the story."""
    k0, first = found[0]
    if k0 > 1 or date_words(_SHORT.sub(" ", _CLOCK.sub(" ", head[k0]))) > 0:
        return first  # (a widget may spell "• Sat. Jan 18th, 2025")
    raw = [s.strip() for s in above]
    at = raw.index(head[k0]) + 1 if head[k0] in raw else len(raw)
    below = raw[at : at + 20]  # the lines under it as printed, dropped ones too
    lines = [head[k] for k, _ in found[1:]] + below + body[:600].split("\n")
    for line in lines:
        short = len(line) < 100 and date_words(_CLOCK.sub(" ", line)) <= 6
        if short and not _updated(line) and (ymd := full_date(line, df)) and ymd < first:
            return ymd
    return first


_CLOCK = re.compile(r"\b\d\d?[:.]\d\d(?:[:.]\d\d)?\b|\b(?:GMT|UTC)\b|[|,/]")
_SHORT = re.compile(r"\b(?:" + "|".join(_WEEKDAY_ABBR) + r")\b|(?<=\d)(?:st|nd|rd|th)\b", re.I)


def stamp_date(head: Iterable[str], day_first: bool = False) -> str | None:
    """The first full date on a dropped line at the top of a page (a nav bar's posting stamp,
    "02/10/2023 | Press release"), not a "Last updated" line."""
    for line in head:
        if not _updated(line) and (ymd := full_date(line, day_first)):
            return iso(ymd)
    return None


def updated_date(head: Iterable[str], day_first: bool = False) -> str | None:
    """The date on an "Updated 8:41 PM GMT+1, March 8, 2024" line, when nothing else is dated."""
    for line in head:
        if _updated(line) and (ymd := full_date(line, day_first)):
            return iso(ymd)
    return None


def date_words(line: str) -> int:
    """Words of a dated line that are not part of a date, e.g. 2 in "Midday briefing of 7
    March 2024", 1 in "Brussels, Monday, 7 March 2024"."""
    skip = {*_MONTHS, *_WEEKDAYS, "of", "on", "the", "at", "a.m", "p.m", "am", "pm", "de", "del"}
    found = re.findall(r"[^\W\d_][\w'’\-.]*", line)
    # (lower, not casefold: the month names are lower case, and casefold spells a Greek "ΐ"
    # in "Μαΐου" as three characters)
    return sum(w.lower().rstrip(".") not in skip for w in found)


def foot_date(lines: list[str], day_first: bool = False) -> tuple[str, bool] | None:
    """A full date alone on one of the last lines (news agencies print it under the story),
    e.g. "Tuesday, 21 May 2024"."""
    tail = [s.strip() for s in lines if s.strip()][-3:]
    for line in reversed(tail):
        if (
            len(line) < 60
            and not line.endswith((".", "?", "!"))
            and (ymd := full_date(line, day_first))
        ):
            return iso(ymd), False
    return None


def infer_year(md: tuple[int, int], text: str) -> int | None:
    """The most plausible year for a month/day, from the years and weekdays in the text.

    A year earns a point for being mentioned, two when "next year" points one year on from
    it (or "last year" one back), and three when a weekday in the text falls on a month/day
    mentioned in the text that year ("July 4 ... on Monday" fits 2011).
    """
    years = {int(y) for y in _YEAR.findall(text)}
    if not years:
        return _latest_fitting_year(md, text[:600])
    low = text.lower()
    days = _mentioned_days(text) | {md}
    weekdays = {_WEEKDAY_NAMES[w.lower()] for w in _WEEKDAY.findall(text)}
    scores: dict[int, int] = {}
    for year in range(min(years) - 1, min(max(years) + 1, today().year) + 1):
        score = int(year in years)
        score += 2 * ("next year" in low and year + 1 in years)
        score += 2 * ("last year" in low and year - 1 in years)
        score += 3 * _weekday_fits(year, days, weekdays)
        scores[year] = score
    if not scores:
        return None
    return max(scores, key=lambda y: (scores[y], y))


def _latest_fitting_year(md: tuple[int, int], lead: str) -> int | None:
    """No year in the story: the latest past year in which the dateline's day falls on the
    weekday the lead names ("BRUSSELS, Feb 24 (Reuters) - ... said on Thursday" -> 2022)."""
    weekdays = {_WEEKDAY_NAMES[w.lower()] for w in _WEEKDAY.findall(lead)}
    if len(weekdays) != 1:
        return None
    for year in range(today().year, today().year - 30, -1):
        if valid((year, *md)) and _weekday_fits(year, {md}, weekdays):
            return year
    return None


def _mentioned_days(text: str) -> set[tuple[int, int]]:
    out = set()
    for rx in (_MD, _DM):
        for m in rx.finditer(text[:20_000]):
            month, day = _MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("d"))
            if 1 <= day <= 31:
                out.add((month, day))
    return out


def _weekday_fits(year: int, days: set[tuple[int, int]], weekdays: set[int]) -> bool:
    for month, day in days:
        try:
            weekday = dt.date(year, month, day).weekday()
        except ValueError:
            continue
        if weekday in weekdays:
            return True
    return False


# The commonest English function words: where too few of a text's words are among them, the
# text is not in English, and its numeric dates are day first ("04/11/2022" is 4 November):
# month first is mainly a US-English habit.
_ENGLISH = frozenset(("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was"))
_WORD = re.compile(r"[^\W\d_]+")


def day_first(text: str) -> bool:
    """Whether `text` (a page's opening) is not in English: at least 40 words, under 4 % of
    them the commonest English function words."""
    words = _WORD.findall(text[:3000])
    if len(words) < 40:
        return False  # too little to tell: as before, month first
    hits = sum(w.lower() in _ENGLISH for w in words)
    return hits < 0.04 * len(words)
