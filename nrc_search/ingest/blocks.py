"""The document model: a page read as `Block`s (text, kind of source element, position), each
given one role from a closed set by one scorer over features (length, punctuation, interface
vocabulary, imperative start, link-likeness, repetition across the page, position, the
neighbours' roles). `clean.py` drops what this calls furniture; `explain.py` prints it all.

Stdlib only; one pass over the blocks plus one over their lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from nrc_search.ingest.labels import match_label, numbered_qa
from nrc_search.ingest.lexicon import lexicon, longest_first, phrase_re, terms
from nrc_search.ingest.names import UPPER
from nrc_search.ingest.paragraphs import runs_on

#: The roles a block can get.
ROLES = (
    "furniture",
    "title",
    "dateline",
    "byline",
    "caption",
    "speech",
    "continuation",
    "narration",
    "stage",
    "procedural",
)


@dataclass(frozen=True)
class Block:
    """A run of lines read as one unit of the page."""

    text: str  # the lines joined with "\n", as printed
    kind: str  # the source element: "para" (a run of text lines), "line", or an HTML tag
    start: int  # index of its first line
    end: int  # one past its last line


@dataclass(frozen=True)
class Verdict:
    role: str
    score: float
    why: tuple[str, ...]  # the features that decided it, e.g. ("ui=2", "imperative", ...)


def text_blocks(lines: list[str], skip: set[int] | frozenset[int] = frozenset()) -> list[Block]:
    """Runs of non-blank lines (lines in `skip` count as absent); a run that is not hard
    wrapped (a line over 160 characters: one paragraph per line) is one block per line."""
    out: list[Block] = []
    cur: list[int] = []
    wide = False  # a line of the current run is over _UNWRAPPED characters
    for i, line in enumerate([*lines, ""]):
        if skip and i in skip and i < len(lines):
            continue
        if line and not line.isspace():
            cur.append(i)
            wide = wide or len(line) > _UNWRAPPED
        elif cur:
            if len(cur) > 1 and wide:
                out += [Block(lines[j].strip(), "line", j, j + 1) for j in cur]
            else:
                text = "\n".join(lines[j].strip() for j in cur)
                out.append(Block(text, "para", cur[0], cur[-1] + 1))
            cur, wide = [], False
    return out


_UNWRAPPED = 160


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# "you", "your", "yours" as a word, in the common cases ("You", "YOURS"), found from its "y"
# (a case-sensitive letter first: the quick scan; the word boundary before it looked back to).
_YOU = re.compile(r"[Yy](?<!\w[Yy])(?:ou|OU)(?:rs?|RS?)?\b")


def _you(text: str) -> bool:
    """Whether `text` holds "you", "your" or "yours" as a word (any common case)."""
    return ("ou" in text or "OU" in text) and _YOU.search(text) is not None


_END = (".", "?", "!", '"', "”", "’", "»", ")")
# Link-like text: a URL, a breadcrumb ("Transcripts /", "Home > News"), a bar of separators,
# language codes ("en-GB1 ru-RU1").
# Its three parts, each looked for only where the characters it needs are: a URL or domain
# (after a dot: quicker than trying "\S+" at every place), a separator, a language code.
_URL = re.compile(r"https?://|www\.|\.(?<=\S\.)(?:com|org|net|int|ru|gov)\b")
_BAR = re.compile(r"(?:^|\s)[/>›»|](?:\s|$)|[/>›»|]\s*$")
_LANG_CODE = re.compile(r"\b[a-z]{2}-[A-Z]{2}\d*\b")


def _linky(text: str) -> bool:
    """Link-like text (a URL, a breadcrumb, a bar of separators, language codes)."""
    return bool(
        (("." in text or "://" in text) and _URL.search(text))
        or (any(c in text for c in "/>›»|") and _BAR.search(text))
        or ("-" in text and _LANG_CODE.search(text))
    )


# A run of menu words printed without spaces, e.g. "financialgovernment solutionslegalreuters",
# "FinancialGovernment SolutionsLegalReuters" (two words glued on a capital, then a third).
_GLUED = re.compile(r"\b[a-z]{22,}\b")
_CAMEL = re.compile(r"[a-z][A-Z][a-z]+[A-Z][a-z]")


def glued_menu(text: str) -> bool:
    """Menu words or icon names printed without spaces ("FinancialGovernment SolutionsLegal",
    "ArrowArtboardCreated with Sketch.Title ChevronTitle"): site furniture, never a heading."""
    return _glued(text)


def _glued(text: str) -> bool:
    """A glued menu in `text` (the camel-case form looked for in short texts only: a menu
    line is short, and the search costs a pass over every word)."""
    return bool(_GLUED.search(text) or (len(text) < 240 and _CAMEL.search(text)))


# A site's appeal to its readers for money: the readers or the site's journalism named, and
# what they are asked for, e.g. "For the price of one cup of coffee each week you can help
# keep paywalls away.", "Readers like you keep news free for everyone.".
_READERS = re.compile(r"\b(?:readers?|journalism|newsroom|paywalls?)\b", re.I)
_ASKED = re.compile(
    r"\b(?:support|contribut\w*|donat\w*|pitched in|chip in|paywalls?|free access|keep \w+ free|"
    r"membership|subscri\w*)\b",
    re.I,
)


def _reader_appeal(text: str) -> bool:
    """An appeal to the page's readers (no quotation or speech verb in it: a speaker's words
    and a story's report stay)."""
    return (
        ("ead" in text or "ourn" in text or "ewsroom" in text or "aywall" in text)
        and not any(q in text for q in '"“”«»')
        and bool(_READERS.search(text))
        and bool(_ASKED.search(text))
        and not phrase_re("speech_verbs").search(text)  # "..., the editor said": a report
        and not match_label(text)
    )


# An e-mail address, e.g. "desk@harbour.example".
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# A parliamentary record's clock line, e.g. "15.37 hrs.", "(11.00 hrs)".
_SITTING_CLOCK = re.compile(r"^\s*\(?\d{1,2}[.:]\d{2}\s*hrs?\.?\)?\s*$", re.I)
# An agency's credit alone in brackets, e.g. "(NAN)", "(AP)", "(Reuters)".
_WIRE_CREDIT = re.compile(r"^\s*\((?:[A-Z]{2,6}|[A-Z][a-z]+(?:[ -][A-Z][\w-]*)?)\)\s*$")
# "here" as a link's text, e.g. "Read the full statement here.", "click here".
_HERE = re.compile(r"\bhere\b", re.I)
# A player's time codes, e.g. "0:00 / 4:12".
_TIMECODE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
_SENT = re.compile(r"[.!?][\"”’]?\s+[A-Z\"“]")
_THRESHOLD = 2.4
_LONG = 700


def _words(text: str) -> int:
    return _word_stats(text)[0]


@lru_cache(maxsize=4096)
def _word_stats(text: str) -> tuple[int, int]:
    """(words, letters in the longest word) of `text`: a glued menu's run of 22 small
    letters lies inside one word of 22 at least (`_WORD` takes every letter)."""
    found = _WORD.findall(text)
    return len(found), max(map(len, found), default=0)


@lru_cache(maxsize=4096)
def _ui_hits(text: str) -> int:
    """Interface words: 2 for a word that is furniture on its own ("password"), 1 for one
    that only adds up ("share", "video")."""
    low = _lowered(text)
    if low is not None and (lists := _lower_ui()) is not None:
        if not lists[0].search(low):  # (the lower-cased text, read without re.I: quicker)
            return 0
        return 2 * len(lists[1].findall(low)) + len(lists[2].findall(low))
    if not _any_ui().search(text):
        return 0  # (one pass for both lists: nine blocks in ten hold no interface word)
    return 2 * len(phrase_re("ui_terms").findall(text)) + len(phrase_re("ui_weak").findall(text))


@cache
def _any_ui() -> re.Pattern[str]:
    """The phrases of ui_terms and ui_weak in one regex, on word boundaries as `phrase_re`
    finds them: it finds one wherever either list's regex does."""
    words = [*lexicon()["ui_terms"], *lexicon()["ui_weak"]]
    return re.compile(r"(?<!\w)(?:" + longest_first(words) + r")(?!\w)", re.I)


@cache
def _lower_ui() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """`_any_ui`, `phrase_re("ui_terms")` and `phrase_re("ui_weak")` over lower-cased text:
    the phrases lower-cased, without re.I (None where a phrase has a letter `_plain_case`
    refuses). On a text `_lowered` gives, each finds what its re.I form finds in the text."""
    terms_, weak = lexicon()["ui_terms"], lexicon()["ui_weak"]
    if not all(_plain_case(c) for phrase in (*terms_, *weak) for c in phrase):
        return None
    return (
        _lower_phrases([*terms_, *weak]),
        _lower_phrases(terms_),
        _lower_phrases(weak),
    )


def _lower_phrases(words: Iterable[str]) -> re.Pattern[str]:
    low = [w.lower() for w in words]
    return re.compile(r"(?<!\w)(?:" + longest_first(low, fold=False) + r")(?!\w)")


def ui_term_spans(text: str) -> list[tuple[int, int]]:
    """Where `phrase_re("ui_terms")` finds its phrases in `text` (start, end)."""
    low = _lowered(text)
    if low is not None and (lists := _lower_ui()) is not None:
        return [m.span() for m in lists[1].finditer(low)]
    return [m.span() for m in phrase_re("ui_terms").finditer(text)]


def _lowered(text: str) -> str | None:
    """`text` lower-cased where re.I reads every letter of it as its lower case does (then a
    lower-cased regex without re.I matches it where the re.I one matches `text`, at the same
    places), else None."""
    if text.isascii():
        return text.lower()  # (every ASCII character is plain: only the others are asked)
    odd = set(text).difference(_PLAIN)
    if all(map(_plain_case, odd)):
        _PLAIN.update(odd)  # (the characters found plain are not asked again)
        return text.lower()
    return None


_ASCII = frozenset(map(chr, range(128)))
#: Characters `_plain_case` says are plain: every ASCII one, and those found since.
_PLAIN = set(_ASCII)


@cache
def _plain_case(c: str) -> bool:
    """Whether re.I takes for `c` exactly the letters whose `str.lower` is that of `c`: one
    letter lowered to one, the lower case of its upper case (else it shares its upper case
    with a letter of another lower case, and re.I takes both: "ſ" and "s", "ϑ" and "θ"),
    still a word character or not, and not the capital sigma (lowered to "ς" at the end of
    a word)."""
    low = c.lower()
    return (
        len(low) == 1
        and c.upper().lower() == low
        and c != "\u03a3"
        and c.isalnum() == low.isalnum()
    )


def _features(b: Block, zone: str, repeated: bool) -> tuple[float, list[str]]:
    """(furniture score, the features that made it)."""
    text = b.text
    n, longest = _word_stats(text)
    ui = _ui_hits(text)
    why: list[str] = []
    score = 0.0
    if ui:
        score += min(ui, 6)
        why.append(f"ui={ui}")
    if n < 30 and _first_word(text) in terms("ui_verbs"):
        score += 1.0
        why.append("imperative")
        if n <= 4 and zone != "body" and not text.rstrip().endswith(_END):
            ui = max(ui, 1)  # "Watch CBS News", "Play Live Radio" above the page's headline
            score += 1.0
            why.append("short-command")
    if n <= 12 and _languages(text):
        ui, score = max(ui, 1), score + 3.0
        why.append("language-switcher")  # "عربي Español Русский Français 简体中文"
    if longest >= 22 and _GLUED.search(text):  # (the camel-case form: in a menu's rows only)
        ui, score = max(ui, 1), score + 2.0
        why.append("glued-menu")  # "financialgovernment solutionslegalreuters"
    if n <= 60 and (
        ui
        or n <= 5
        or (c0 := text[:2].casefold())[:1] in _SHAPE_FIRSTS
        or c0 in _RELATED_FIRSTS
        or text[8:9] == "-"
    ):
        extra, shapes = _shapes(text, ui, n)
        if shapes:
            ui, score = max(ui, 1), score + extra
            why += shapes
    if 6 <= n <= 40 and n % 2 == 0 and _self_doubled(text):
        ui, score = max(ui, 1), score + 3.0
        why.append("doubled")  # a link's text and its title: "Ferry news Ferry news"
    if n <= 15 and ":" in text and len(_TIMECODE.findall(text)) >= 2:
        ui, score = max(ui, 1), score + 2.0
        why.append("player")  # "0:00 0:00" of an audio player
    if n <= 30 and _reader_appeal(text):
        ui, score = max(ui, 1), score + 5.0
        why.append("reader-appeal")  # "More than 5,000 readers have already pitched in ..."
    if n <= 12 and "@" in text and _EMAIL.search(text) and not match_label(text):
        ui, score = max(ui, 1), score + 2.5
        why.append("contact")  # "Write to Jane Doe at jane@harbour.example"
    if n <= 3 and _SITTING_CLOCK.match(text):
        ui, score = max(ui, 1), score + 3.0
        why.append("sitting-clock")  # "15.37 hrs." alone: a record's time of the sitting
    if n <= 3 and _WIRE_CREDIT.match(text):
        ui, score = max(ui, 1), score + 3.0
        why.append("wire-credit")  # "(NAN)", "(AP)" alone under the story
    if n <= 15 and "ere" in text and _HERE.search(text) and _first_word(text) in terms("ui_verbs"):
        ui, score = max(ui, 1), score + 3.5
        why.append("link-invite")  # "Read the Taoiseach's statement here for more details."
    if ui >= 2 and n <= 6 and _all_ui_phrase(text):
        score += 3.0
        why.append("ui-phrase-only")  # "Powered by Blogger.", "Zum Inhalt springen"
    if _you(text):
        score += 0.5
        why.append("you")
    if text.rstrip().endswith(_END):
        score -= 1.0
    else:
        score += 1.0
        why.append("no-stop")
    linky = n < 12 and _linky(text)
    if linky:
        score += 1.5
        why.append("link-like")
    if repeated:
        score += 1.0
        why.append("repeated")
    if zone != "body":
        score += 0.5
        why.append(zone)
    score -= 0.08 * n
    why.append(f"words={n}")
    if "related-link" not in why and match_label(text.partition("\n")[0]):
        score -= 3.0  # (a related link's prefix reads as a label: "LÄS ÄVEN: Erdogan: ...")
        why.append("label")
    return score, why if (ui or linky) else [*why, "no-ui"]


def _all_ui_phrase(text: str) -> bool:
    """The block is one interface phrase of two words or more and nothing else."""
    bare = text.strip(" .:|•·")
    spans = ui_term_spans(bare)
    return len(spans) == 1 and spans[0] == (0, len(bare)) and " " in bare


def _self_doubled(text: str) -> bool:
    """The block is one phrase of three words or more printed twice in a row, with no
    sentence stop in it (a related link's text and its title attribute run together)."""
    head = text.lstrip().split(" ", 1)[0]
    if not head or text.count(head) < 2:
        return False  # (a cheap test first: its first word printed again)
    text = _PHOTO_CREDIT_END.sub("", text)  # "... Cabinet meeting Copyright: Reuters"
    words = text.split()
    half = len(words) // 2
    return words[:half] == words[half:] and not any(w.endswith((".", "?", "!")) for w in words)


# A photo credit closing an image's caption, e.g. "Copyright: Reuters", "Photo: GPO", "© AFP".
_PHOTO_CREDIT_END = re.compile(
    r"\s+(?:(?:copyright|photo|picture|image|credit)\s*:|©)\s*[\w.&'’/\- ]{1,40}$", re.I
)


def _first_word(text: str) -> str:
    head = _WORD.search(text)
    return head.group().casefold() if head else ""


# First letters past which `_shapes` has something to look at (digits: identifiers and counts;
# "v": "via"; "•" and the like: a bulleted related link).
_SHAPE_FIRSTS = frozenset("0123456789v•·-–*")


def _shapes(text: str, ui: int, n: int) -> tuple[float, list[str]]:
    """(score, features) of the shapes of furniture beyond its words: a decisive phrase
    ("You are subscribed to ..."), a related-story link, a widget's line, identifiers, a block
    dense with interface words."""
    score, why = 0.0, []
    if ui and n <= 60 and _decisive(text):
        score += 5.0
        why.append("decisive")  # "You are subscribed to Department Press Briefings ..."
    if n <= 30 and _related_link(text):
        score += 4.0
        why.append("related-link")  # "Read alsoNeed to talk? Will Putin ..."
    if n <= 5 and _widget(text):
        score += 3.0
        why.append("widget")  # "🗓️ 2 March 2023", "⏱️ 28 minutes", "4.7 • 2.2K Ratings"
    elif n <= 15 and "°" in text and _TEMPERATURE.search(text):
        score += 3.0
        why.append("weather")  # "Support us today / Not now / Sunday 10 December Dublin: 9°C"
    if _identifiers(text):
        score += 4.0
        why.append("identifiers")  # "6113754956001 0784b58e-dc5b-492c-8000-cd11de12c026"
    if n <= 8 and addresses_only(text):
        score += 3.0
        why.append("address")  # "news@example.org", "www.example.org/contact": no one speaks
    if dense := _dense_ui(text, ui, n):
        score += dense
        why.append("dense-ui")  # "T&C applies.", "Subscribe now and receive FREE ... 1 month."
    return score, why


# A speaker's own words, e.g. "I", "we", "our": interface text never speaks of itself.
_SELF = re.compile(r"\b(?:I|we|my|our|us)\b", re.I)


def _dense_ui(text: str, ui: int, n: int) -> float:
    """A bonus for a short block made mostly of interface words, sentence or not ("This site
    uses Akismet to reduce spam. Learn how your comment data is processed."): 1.5 at one
    interface word in five, 2.5 at one in two; none where someone speaks ("I", "we")."""
    if ui < 2 or n > 20 or _SELF.search(text):
        return 0.0
    density = ui / max(n, 1)
    return 2.5 if density >= 0.5 else 1.5 if density >= 0.2 else 0.0


# A part of a word each phrase of the lexicon's ui_decisive holds, in lower case whatever the
# case of the phrase's first letter (a cheap test before the regex).
_DECISIVE_PART = re.compile("ubscri|eceiving|mail|pdated|references|kismet")


def _decisive(text: str) -> bool:
    """A phrase of the lexicon's ui_decisive ("You are subscribed to ..."), no speech's."""
    return bool(_DECISIVE_PART.search(text)) and bool(phrase_re("ui_decisive").search(text))


# A temperature, e.g. "9°C", "-3 °F".
_TEMPERATURE = re.compile(r"(?<!\w)-?\d{1,3}\s?°\s?[CF]\b")
# A count as a page widget prints it, e.g. "2.2K", "15M", "1,204".
_COUNT = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?[KkMm](?!\w)")


def _widget(text: str) -> bool:
    """A page widget's line: a pictograph first ("🗓️ 2 March 2023", "⏱️ 28 minutes"), a
    count in thousands ("4.7 • 2.2K Ratings") or a temperature ("Dublin: 9°C")."""
    head = text.lstrip()[:1]
    if "°" in text and _TEMPERATURE.search(text):
        return True  # a weather widget: "Sunday 10 December 2023 Dublin: 9°C"
    return (bool(head) and unicodedata.category(head) == "So") or bool(_COUNT.search(text))


def _related_link(text: str) -> bool:
    """A link to another story: a related-story prefix opens the block, glued to the
    headline or not ("Read alsoNeed to talk? ...", "See also: ..."), or "via" opens a
    line that names a site ("via Iran: Turkey is best place for talks – USATODAY.com.")."""
    if text.lstrip(" •·-–*")[:2].casefold() in _RELATED_FIRSTS and _related_prefix().match(text):
        return True
    return text[:4].casefold() == "via " and _linky(text)


# The first two letters of the lexicon's related_prefixes (a cheap test before the regex).
_RELATED_FIRSTS = frozenset(p[:2] for p in lexicon()["related_prefixes"])


@cache
def _related_prefix() -> re.Pattern[str]:
    """The lexicon's related_prefixes at the start of a block, after bullets."""
    return re.compile(r"[\s•·\-–*]*(?:" + longest_first(lexicon()["related_prefixes"]) + ")", re.I)


# A machine identifier, e.g. "6113754956001", "0784b58e-dc5b-492c-8000-cd11de12c026".
_ID = re.compile(r"^(?:\d{8,}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})$", re.I)


# An e-mail or web address as a token of its own, e.g. "desk@harbour.example", "https://x.org/a".
_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+")


def addresses_only(text: str) -> bool:
    """A block of e-mail or web addresses and nothing else (a contact line under a story)."""
    if "@" not in text and "www." not in text and "://" not in text:
        return False  # (a cheap test first)
    toks = [t.strip("()<>[],;.") for t in text.split()]
    return bool(toks) and all(_ADDRESS.fullmatch(t) for t in toks if t)


def _identifiers(text: str) -> bool:
    """A block of 2 to 12 tokens, two in three of them (and two at least) machine identifiers
    (a video player's ids over its "video" label)."""
    if len(text) > 300 or not (text[:1].isdigit() or text[8:9] == "-"):
        return False  # (the first token an identifier, or none is)
    toks = text.split()
    ids = sum(bool(_ID.match(t)) for t in toks) if 2 <= len(toks) <= 12 else 0
    return ids >= 2 and 3 * ids >= 2 * len(toks)


# The language names of the lexicon written in ASCII ("English", "fr"), as whole words.
_ASCII_LANGUAGE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(sorted((w for w in terms("language_names") if w.isascii()), key=len, reverse=True))
    + r")(?![\w.])",
    re.I,
)


def _languages(text: str) -> bool:
    """Two or more language names and little else: a language switcher."""
    if text.isascii() and len(_ASCII_LANGUAGE.findall(text)) < 2:
        return False  # (a cheap test: most blocks name no language)
    toks = [t.strip("•|·,()[]").casefold() for t in text.split()]
    toks = [t for t in toks if t]
    names = terms("language_names")
    hits = sum(t in names for t in toks)
    return hits >= 2 and hits * 2 >= len(toks)


def editorial(text: str, handover: bool = True) -> bool:
    """An editor's note about the text, not its content: "The following is a near-verbatim
    transcript of ...", "(* This is a provisional translation by an external company ...)",
    and (with `handover`) a summary that hands over to the transcript ("... Read the
    transcript of the full briefing here.")."""
    return len(text) < 600 and bool(
        _editorial_prefix().match(text)
        or (text[:1] == "(" and _SOURCE_NOTE.match(text) is not None)
        or _FOLLOWING.match(text)
        or _EDITED.match(text)
        or (handover and ("transcri" in text or "below" in text) and _HANDOVER.search(text))
    )


# A release's note of who gave it out, all in brackets, e.g. "(Communicated by the Prime
# Minister's Media Adviser)", "(Issued by the Press Office)".
_SOURCE_NOTE = re.compile(
    r"\(\s*(?:communicated|issued|released|distributed|circulated)\s+by\s+[^()]{3,100}\)\s*$",
    re.I,
)


# A sentence that hands over to the transcript below it, e.g. "Here is the full transcript of
# the interview:", "Read the transcript of the full briefing here.", "Aquí la transcripción
# completa de la conferencia ...", "... and reproduced it below.".
_HANDOVER = re.compile(
    r"(?:^|[.!?:]\s+)(?:here\s+is|here['’]s|below\s+is|read|find|see|aquí|a continuación)"
    r"\s+(?:(?:the|a|an|our|la|el)\s+)?(?:(?:full|complete|edited|entire)\s+)?"
    r"(?:transcript|transcripción|transcripcion)\b"
    r"|\b(?:reproduced|printed|posted|published)\s+(?:it\s+|them\s+|in\s+full\s+)?below\b",
    re.I,
)


# A note on how the text was edited, e.g. "These remarks have been lightly edited for
# clarity.", "This interview has been condensed and edited.".
_EDITED = re.compile(
    r"[ (*\[]*(?:this|these|the)\s+(?:remarks|transcripts?|interviews?|conversations?|"
    r"text|exchange)\s+(?:has|have)\s+been\s+(?:\w+\s+){0,3}?(?:edited|condensed|abridged)\b",
    re.I,
)
# A note that hands over to a transcript, e.g. "Following is the transcript of remarks by the
# Chief Executive ...", "The following is an edited transcript of ...".
_FOLLOWING = re.compile(
    r"\s*(?:the\s+)?following\s+is\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?transcript\b", re.I
)


@cache
def _editorial_prefix() -> re.Pattern[str]:
    """The lexicon's editorial_notes at the start of a text, after "(", "*" or "["."""
    return re.compile(r"[ (*\[]*(?:" + longest_first(lexicon()["editorial_notes"]) + ")", re.I)


def intro(text: str) -> bool:
    """An editor's introduction above a recording's transcript, in the present tense and the
    third person: "Former U.S. Secretary of State Henry Kissinger discusses leadership ...",
    "Sergei Lavrov speaks to the BBC's Russia editor ..." (its first sentence holds an
    intro verb of the lexicon; no "I" or "we"; under 600 characters)."""
    if len(text) > 600 or _SELF.search(text):
        return False
    first = _FIRST_SENTENCE.split(text, 1)[0]
    return bool(phrase_re("intro_verbs").search(first))


# The end of a sentence, e.g. "... in the twenty-first century. The series ...".
_FIRST_SENTENCE = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")


def _prose(b: Block) -> bool:
    """A block of sentences: the page's content, which fixes where head and tail zones end."""
    n = _words(b.text)
    if n >= 8 and (b.text.rstrip().endswith(_END[:-1]) or _SENT.search(b.text) is not None):
        return True
    return _han_prose(b.text)


# A sentence stop of Chinese or Japanese text ("。", "！", "？").
_HAN_STOP = re.compile(r"[。！？]")
_HAN_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _han_prose(text: str) -> bool:
    """A paragraph of Chinese or Japanese: thirty Han or kana characters at least and a
    sentence stop of its script ("。"), which a heading or a menu line has none of (its words
    run together, so a count of spaced words never finds it)."""
    return _HAN_STOP.search(text) is not None and len(_HAN_CHAR.findall(text)) >= 30


def furniture(blocks: list[Block]) -> dict[int, Verdict]:
    """Block index -> verdict, for the blocks that are site furniture (account and newsletter
    forms, accessibility and share bars, player widgets, "Back to event page", breadcrumbs)."""
    scored, last = scores(blocks)
    out = {
        k: Verdict("furniture", round(score, 2), tuple(why))
        for k, (score, why) in enumerate(scored)
        if ("no-ui" not in why and score >= _THRESHOLD) or "menu" in why
    }
    _neighbours(blocks, scored, out, last)
    for k in _story_subheads(blocks):
        out.setdefault(k, Verdict("furniture", round(scored[k][0], 2), ("story-subheading",)))
    for k in _quote_subheads(blocks):
        out.setdefault(k, Verdict("furniture", round(scored[k][0], 2), ("quote-subheading",)))
    for k in _summary_points(blocks):
        out.setdefault(k, Verdict("furniture", round(scored[k][0], 2), ("summary-points",)))
    for k, b in enumerate(blocks):
        if _read_more_teaser(b.text):
            out.setdefault(k, Verdict("furniture", round(scored[k][0], 2), ("read-more-teaser",)))
    return out


_POINTS = "*•·▪►"


def _summary_points(blocks: list[Block]) -> list[int]:
    """An editor's summary in points ("* Su Lenkija - geras darbinis ryšys;"): three bulleted
    blocks or more in a row, each one line of fifteen words at most with no sentence stop,
    the block above them not ending in a colon (a speech's "The measures include:" goes on
    in its points, which stay)."""
    out: list[int] = []
    run: list[int] = []
    for k, b in enumerate([*blocks, None]):
        if b is not None and _point(b.text.strip()):
            run.append(k)
            continue
        if len(run) >= 3 and not (run[0] and blocks[run[0] - 1].text.rstrip().endswith(":")):
            out += run
        run = []
    return out


def _point(text: str) -> bool:
    """A bulleted line of fifteen words at most, no sentence stop, no speaker's label."""
    if text[:1] not in _POINTS or "\n" in text or _words(text) > 15:
        return False
    return not text.endswith(_END[:3]) and not match_label(text.lstrip(_POINTS + " "))


@cache
def _read_more_end() -> re.Pattern[str]:
    """The lexicon's read_more_links at a block's end, an ellipsis or an arrow after or not."""
    links = longest_first(lexicon()["read_more_links"])
    return re.compile(r"(?<!\w)(?:" + links + r")\s*(?:\.{2,}|…|[»›>→]+)?\s*$", re.I)


def _read_more_teaser(text: str) -> bool:
    """Another story's teaser: eighty words at most ending in a read-more link ("... en
    territori Leer más...", "Weiterlesen »"), capitalised or in a script with no case (speech
    says "to read more." in small letters)."""
    m = _read_more_end().search(text[-60:])
    if m is None or _words(text) > 80:
        return False
    first = m.group()[0]
    return first.isupper() or first.lower() == first.upper()


# A line all in quotation marks, a topic before it or not: "«L'Italia presenterà ...»",
# "Groenlandia: «Non credo a un intervento militare Usa, non converrebbe a nessuno»".
_QUOTE_LINE = re.compile(
    r"^(?:["
    + UPPER
    + r"][\w'’\-]+(?: ["
    + UPPER
    + r"][\w'’\-]+)?:\s+)?[«“\"„]([^«»“”\"„]+)[»”\"“]$"
)
_CONTENT_WORD = re.compile(r"\w{5,}")


def _quote_subheads(blocks: list[Block]) -> list[int]:
    """The quoted subheadings of a story or a live page: one line of sixteen words at most
    all in quotation marks with no sentence stop inside the closing mark, over a paragraph of
    twenty words or more that says the same words again (two at least, and two in five of
    the line's longer words): the editor's summary of the quotation below, not a quotation of
    its own. A page with a speaker's label (other than such a line) keeps them."""
    out = []
    for k in range(len(blocks) - 1):
        line = blocks[k].text.strip()
        if len(line) > 200 or line[-1:] not in '»”"“' or "\n" in line:
            continue  # (a cheap test first: a short line closing a quotation)
        m = _QUOTE_LINE.match(line)
        if m is None or len(line.split()) > 16 or m.group(1).rstrip().endswith((".", "?", "!")):
            continue
        said = {w.casefold() for w in _CONTENT_WORD.findall(m.group(1))}
        again = said & {w.casefold() for w in _CONTENT_WORD.findall(blocks[k + 1].text)}
        if _words(blocks[k + 1].text) >= 20 and len(again) >= 2 and 5 * len(again) >= 2 * len(said):
            out.append(k)
    heads = (b.text.strip().partition("\n")[0] for b in blocks)
    if out and any(match_label(t) and not _QUOTE_LINE.match(t) for t in heads):
        return []
    return out


def _story_subheads(blocks: list[Block]) -> list[int]:
    """The subheadings of a story with no speaker labels ("EU-Innenministerrat "bahnbrechend"",
    a pull quote alone: ""Kontinent der Untergangspropheten""): one line of six words at most,
    no sentence stop, no name alone ("Sergei Lavrov" over a speech), between two paragraphs
    of twenty words each. A page with a labelled turn keeps them (a topic line of a briefing,
    a speaker's name alone on its line)."""
    if any(match_label(b.text.partition("\n")[0]) or numbered_qa(b.text.strip()) for b in blocks):
        return []  # (a label alone on its line: "Q1", "A/ Jane Doe")
    out = []
    for k in range(1, len(blocks) - 1):
        text = blocks[k].text.strip()
        if "\n" in text or not _subhead_shaped(text):
            continue
        if all(_words(b.text) >= 20 and _prose(b) for b in (blocks[k - 1], blocks[k + 1])):
            out.append(k)
    return out


_QUOTES = "\"“”„«»‘’'"


def _subhead_shaped(text: str) -> bool:
    """A subheading's line: one to six words, a capital (or an opening quote) first, no stop,
    no comma, a quotation only if the line is all quoted and holds no sentence, not upper
    case, not a name of two to four capitalised words alone."""
    words = text.split()
    bare = text.strip(_QUOTES)
    if not 1 <= len(words) <= 6 or len(text) > 70 or not bare[:1].isupper() or text.isupper():
        return False
    if bare.endswith((".", "?", "!", ":", ",", ";")) or "," in bare or _SENT.search(bare):
        return False
    if text.endswith(tuple(_QUOTES)) and text[:1] not in _QUOTES:
        return bool(re.search(r"\S\s+[\"“„«]", text))  # 'EU-Innenministerrat "bahnbrechend"'
    plain = [w for w in words if w.isalpha()]
    name = 2 <= len(words) <= 4 and len(plain) == len(words) and all(w[:1].isupper() for w in words)
    return not name


def scores(blocks: list[Block]) -> tuple[list[tuple[float, list[str]]], int]:
    """(the furniture score and its features for each block, index of the last prose block)."""
    menus = {k for k, b in enumerate(blocks) if b.end - b.start >= _MENU_LINES[0] and _menu(b)}
    prose = [
        k for k, b in enumerate(blocks) if k not in menus and (len(b.text) > _LONG or _prose(b))
    ]
    first, last = (prose[0], prose[-1]) if prose else (len(blocks), -1)
    keys = {
        k: " ".join(b.text.split()).casefold() for k, b in enumerate(blocks) if len(b.text) < 80
    }
    counts = Counter(keys.values())
    scored: list[tuple[float, list[str]]] = []
    for k, b in enumerate(blocks):
        zone = "head" if k < first else "tail" if k > last else "body"
        if k in menus and zone != "body":  # a site's menu above the headline or under the story
            scored.append((_THRESHOLD, ["menu", f"lines={b.end - b.start}"]))
            continue
        if len(b.text) > _LONG:  # a paragraph of a hundred words and more is never furniture
            scored.append((-9.0, ["long"]))
            continue
        key = keys[k] if k in keys else " ".join(b.text.split()).casefold()
        score, why = _features(b, zone, counts[key] > 1)
        if k >= len(blocks) - 4 and " is " in b.text and _AUTHOR_BIO.match(b.text):
            score += 5.0  # "Jane Doe is a diplomatic correspondent for the Post." at the foot
            why = [w for w in why if w != "no-ui"] + ["author-bio"]
        scored.append((score, why))
    return scored, last


# A reporter's note at the foot of a story, e.g. "Jane Doe is a diplomatic correspondent for
# the Harbour Post, covering the alliance." (a name, "is a", a newsroom job within five words,
# no clause after it: "... a reporter who was detained in ..." is the story's).
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){1,3} is (?:a|an|the) (?:[\w\-]+ ){0,4}?"
    r"(?:correspondent|reporter|editor|writer|columnist|journalist|producer|contributor|"
    r"analyst|fellow)\b(?:(?!\b(?:said|says|told|who|whose|which|was|were|has|had)\b).){0,160}$",
    re.S,
)


_MENU_LINES = (6, 80)


def _menu(b: Block) -> bool:
    """A run of 6 to 80 lines with no blank line between, seven in ten of them menu rows (a
    few words with no sentence stop, a glued menu, or a headline the run prints twice), one
    of them an interface word, a link, a glued menu or a teaser printed twice: a menu or a
    list of links ("Sections", "Featured", "Politics", "Directory of sites"), never a
    paragraph, however long in all (a UN record's "United Nations" / "Security Council" /
    "Sixty-sixth year" heading has none of these)."""
    if b.kind != "para" or not _MENU_LINES[0] <= b.end - b.start <= _MENU_LINES[1]:
        return False
    rows = b.text.split("\n")
    seen = Counter(rows)
    teasers = {r for r, k in seen.items() if k > 1 and _teaser_row(r)}
    short = sum(
        r in teasers or _glued(r) or (_words(r) <= 6 and not r.endswith(_END[:3])) for r in rows
    )
    if short < 0.7 * len(rows):
        return False
    return bool(teasers) or any(_ui_hits(r) or _glued(r) or _linky(r) for r in rows)


def _teaser_row(row: str) -> bool:
    """A headline a menu prints twice ("Trump, his party: an American odd couple" over its
    section's name): 16 words at most, a capital first, no sentence inside or at the end."""
    return (
        _words(row) <= 16
        and row[:1].isupper()
        and not row.endswith(_END[:3])
        and not _SENT.search(row)
        and match_label(row) is None
    )


_BULLETS = "•·▪►-–"


def _teaser(b: Block) -> bool:
    """A bulleted headline with no sentence stop: a related-stories link."""
    text = b.text.strip()
    return text[:1] in _BULLETS and _words(text) <= 25 and not text.endswith((".", "?", "!"))


def _listed_heads(blocks: list[Block]) -> list[int]:
    """The bulleted headlines of a list of stories, each alone between prose blocks (a list
    of points has its bullets next to each other, and stays)."""
    out = []
    for k, b in enumerate(blocks):
        if b.text[:1] not in _BULLETS or not _teaser(b) or b.end - b.start > 1:
            continue
        if k + 1 >= len(blocks):
            continue
        nxt, prev = blocks[k + 1], blocks[k - 1] if k else None
        if _words(nxt.text) >= 8 and not _teaser(nxt) and (prev is None or not _teaser(prev)):
            out.append(k)
    return out


def _neighbours(blocks: list[Block], scored, out: dict[int, Verdict], last: int) -> None:
    """A block with interface words between two furniture blocks is furniture ("The password
    must be at least 12 characters"); after the last prose, short unpunctuated blocks beside
    furniture are the sidebar's links ("Council of Europe (CoE)")."""
    for k in range(1, len(blocks) - 1):
        if k not in out and k - 1 in out and k + 1 in out and _ui_hits(blocks[k].text):
            out[k] = Verdict("furniture", round(scored[k][0], 2), (*scored[k][1], "between"))
    for k in range(len(blocks) - 1, last, -1):
        b = blocks[k]
        short = _words(b.text) <= 12 and not b.text.rstrip().endswith(_END[:3])
        if k not in out and short and (k + 1 in out or k - 1 in out):
            out[k] = Verdict("furniture", round(scored[k][0], 2), (*scored[k][1], "tail-run"))
    bullets = [k for k in range(last + 1, len(blocks)) if _teaser(blocks[k])]
    if len(bullets) >= 2:  # "• Peskov: Putin's schedule will no longer ..." under the story
        for k in bullets:
            out.setdefault(k, Verdict("furniture", round(scored[k][0], 2), ("related-headlines",)))
    heads = _listed_heads(blocks)
    if len(heads) >= 2:  # a tag page: "• Peskov has not ruled out ..." over each story's text
        for k in heads:
            out.setdefault(k, Verdict("furniture", round(scored[k][0], 2), ("listed-headline",)))
    for k in range(last + 1, len(blocks)):  # the run seen from its top too
        b = blocks[k]
        short = _words(b.text) <= 12 and not b.text.rstrip().endswith(_END[:3])
        if k not in out and short and k - 1 in out and k - 1 > last:
            out[k] = Verdict("furniture", round(scored[k][0], 2), (*scored[k][1], "tail-run"))
    for k in _page_foot(blocks, last):
        out.setdefault(
            k, Verdict("furniture", round(scored[k][0], 2), (*scored[k][1], "page-foot"))
        )


# A sentence's stop at the end of a text in any script ("։", "。", "؟", "।"), a closing
# quotation mark or bracket after it or not.
_STOPPED = re.compile(r"[.!?…։。！？؟۔।॥][\"”’»)\]」』]*$")


def _page_foot(blocks: list[Block], last: int) -> list[int]:
    """The page's foot: two blocks or more after the last prose block down to the page's end,
    each one line of twelve words at most with no sentence stop (a quoted headline's closing
    mark alone is none: "”Turkiet är en demokrati”"), no speaker's label, no dash first (a quotation's dash, a quote's "- Name, Office") and no
    word a sentence runs on from (a related headline, "Share this article:", "Advertisement
    via ..."; not a cut paragraph, "Since 1998, the agency of the"): links, never a turn. A
    page with no prose block has no foot (its sentences' stops are unknown to `_prose`). One
    such block is the foot when it ends in a colon that nothing follows (the links it
    introduced are gone: "To download the media kit:")."""
    out: list[int] = []
    for k in range(len(blocks) - 1, last if last >= 0 else len(blocks), -1):
        text = blocks[k].text.strip()
        if "\n" in text or _words(text) > 12 or _STOPPED.search(text) or text[:1] in "-–—":
            break
        if runs_on(text) or match_label(text):
            break
        out.append(k)
    alone = len(out) == 1 and blocks[out[0]].text.rstrip().endswith(":")
    return out if len(out) >= 2 or alone else []


# A field name with no value on its line, e.g. "ID :", "Auther :", "Shortlink :".
_EMPTY_FIELD = re.compile(r"^[^\W\d_][\w\-]*(?: [^\W\d_][\w\-]*)? ?:$")
_NUMBER = re.compile(r"^[\d\s/#.\-]+$")


def headline_in(lines: list[str], b: Block) -> set[int]:
    """The lines of a furniture block of short lines (no blank line between a menu and the
    page's heading) that are a heading, not furniture: 6 to 30 words in one line, capitalised,
    no interface word, no link, breadcrumb or glued menu, no sentence end, not printed twice
    in the block."""
    out: set[int] = set()
    if b.kind != "para" or b.end - b.start < 2:
        return out
    rows = Counter(lines[i].strip() for i in range(b.start, b.end))
    for i in range(b.start, b.end):
        s = lines[i].strip()
        if not 6 <= _words(s) <= 30 or not s[:1].isupper() or s.endswith(_END):
            continue
        if _ui_hits(s) or _linky(s) or _CRUMBS.search(s) or _glued(s):
            continue
        if rows[s] > 1:
            continue  # a teaser the menu prints twice, over its section's name
        if calendar_row(s, lines[i + 1].strip() if i + 1 < b.end else ""):
            continue  # "Mon Tue Wed Thu Fri Sat Sun" over "1 2 3 4 5 6": a calendar widget
        out.add(i)
    return out


_DAY_NUMBERS = re.compile(r"^(?:(?:[1-9]|[12]\d|3[01])\s+){2,6}(?:[1-9]|[12]\d|3[01])$")


def calendar_row(line: str, below: str) -> bool:
    """A calendar widget's row of day names, in any language ("Mon Tue Wed Thu Fri Sat Sun",
    "Пн Вт Ср Чт Пт Сб Вс"): five to seven different words of three letters at most, over a
    row of day numbers ("1 2 3 4 5 6"); never a headline."""
    words = line.split()
    return (
        5 <= len(words) <= 7
        and len(set(words)) == len(words)
        and all(len(w) <= 3 and w.isalpha() for w in words)
        and _DAY_NUMBERS.match(below) is not None
    )


def head_lines(lines: list[str], b: Block) -> dict[int, str]:
    """Line index -> reason, for the furniture lines at the top of a block of many lines (a
    text dump with no blank lines: "ID :", "150512", "Shortlink :", a URL); a date or time
    line among them stays (it dates the page)."""
    out: dict[int, str] = {}
    for i in range(b.start, b.end):
        s = lines[i].strip()
        nxt = lines[i + 1].strip() if i + 1 < b.end else ""
        if _EMPTY_FIELD.match(s) and (not nxt or _EMPTY_FIELD.match(nxt) or _NUMBER.match(nxt)):
            out[i] = "empty field"
        elif _NUMBER.match(s) and i - 1 in out:
            out[i] = "field value"
        elif _linky(s) and len(s.split()) <= 3:
            out[i] = "link"
        elif _CRUMBS.search(s) and len(s.split()) <= 12 and not s.endswith(_END):
            if s[:1] == "[" and match_label(s):
                break  # "[Jane Doe / Spokesperson]": a speaker's label, the speech below
            out[i] = "breadcrumb"  # "Home > Foreign Ministry Spokesperson's Remarks"
        elif _ui_hits(s) and len(s.split()) <= 6 and not s.endswith(_END):
            out[i] = "interface words"
        elif not _CLOCKED.search(s) or len(s) > 40:
            break
    return out


# A breadcrumb trail, e.g. "Home > Remarks", "Schattenblick → INFOPOOL → PARLAMENT".
_CRUMBS = re.compile(r"\S\s+(?:>|›|»|→|/)\s+\S")
# A date or time stamp line, e.g. "Sat, 11/20/2010 - 15:31".
_CLOCKED = re.compile(r"\d{1,2}[/:]\d{2}")
