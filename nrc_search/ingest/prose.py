"""What a page of prose holds besides its paragraphs of speech and story: a heading printed
in capitals, a page typed as a speech, a list heading over bulleted points, an author box, a
line printed over each item, a heading above a transcript. Predicates the segmenter asks of
paragraphs (`segment.py`). Stdlib only.
"""

from __future__ import annotations

import re
from collections import Counter

from nrc_search.ingest import news, news_dashes
from nrc_search.ingest.lexicon import phrase_re, terms
from nrc_search.ingest.mentions import people_in

# The little words a heading in capitals keeps in lower case once read in mixed case.
_SMALL_WORDS = frozenset(
    [
        "of",
        "the",
        "by",
        "at",
        "on",
        "in",
        "and",
        "for",
        "to",
        "a",
        "an",
        "with",
        "from",
        "his",
        "her",
    ]
)


def headline_case(title: str) -> str:
    """A heading printed in capitals read as a mixed-case one ("OPENING STATEMENT OF THE ASEAN
    SECRETARY-GENERAL" -> "Opening Statement of the ASEAN Secretary-General"), so that what
    reads a speaker's office or name in a heading reads it there too; other titles as they are."""
    if not title.isupper():
        return title
    words = []
    for k, w in enumerate(title.split()):
        low = w.casefold()
        if low.strip(",.:;()") in terms("acronyms"):
            words.append(w)
        elif k and low in _SMALL_WORDS:
            words.append(low)
        else:
            words.append("-".join(part.capitalize() for part in w.split("-")))
    return " ".join(words)


# A page-type line above a heading that says the page is a speech, e.g. "Speeches", "Remarks".
_SPEECH_PAGE = re.compile(r"^(?:speech(?:es)?|remarks|statements?|speeches and statements)$", re.I)


def speech_page(lines: list[str]) -> bool:
    return any(_SPEECH_PAGE.match(line.strip()) for line in lines[:6])


def titled_person(heading: str) -> tuple[str | None, str] | None:
    """(role, name) of the person a heading opens with ("Luis Almagro, Secretary General of
    the Organization of American States at His Inauguration"), else None."""
    named = [(r, n) for r, n in people_in(heading) if len(n.split()) > 1]
    if not named or not heading.startswith(named[0][1]):
        return None
    role = heading[len(named[0][1]) :].lstrip(" ,")
    role = re.split(r"\s+(?:at|on|in|before|to)\s+", role, maxsplit=1)[0].strip()
    return named[0][0] or role or None, named[0][1]


_BULLET = ("•", "·", "▪", "►", "- ", "– ", "* ")


def points_heading(pars: list[str]) -> int | None:
    """Where a short heading ending in a colon ("Key theses:", "Main points:") heads two
    bulleted points or more right under it: a list of what the page's titled person said."""
    for k, par in enumerate(pars[:-2]):
        listed = all(p.lstrip().startswith(_BULLET) for p in pars[k + 1 : k + 3])
        if len(par.split()) <= 8 and par.rstrip().endswith(":") and listed:
            return k
    return None


# An author box's line under the writer's name, e.g. "Political correspondent in Berlin.",
# "Senior Editor, Europe", "Staff writer".
_BYLINE_ROLE = re.compile(
    r"^(?:[A-Z][\w\-]*\s+){0,3}(?:[\w\-]+\s+)?(?:correspondent|editor|reporter|writer|columnist|"
    r"contributor|journalist|bureau chief)\b[^.!?]{0,60}\.?$",
    re.I,
)


def byline_role(par: str) -> bool:
    return len(par.split()) <= 10 and bool(_BYLINE_ROLE.match(par)) and not _SAID.search(par)


_SAID = re.compile(r"\b(?:said|says|told|added|stated)\b")


def printed_again(par: str, copies: Counter) -> bool:
    """A line a page prints over each of its items ("Below is a press release issued by the
    Foreign Office on 13/01/2020."): the same words twice, a line long, no quote."""
    return copies[par] > 1 and 4 <= len(par.split()) <= 40 and not news.strip_quotes(par)[1]


# A sentence's end closing a passage, e.g. "... don't you?", '... always."'.
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*$")


def ends_sentence(text: str) -> bool:
    """The text ends a sentence ("... don't you?", '... always."')."""
    return bool(_SENTENCE_END.search(text))


def short_heading(par: str) -> bool:
    """A page's heading or widget line above a transcript ("Summary", "Transcript", "Click on
    a timestamp to play from that location"): twelve words at most, no sentence end."""
    return len(par.split()) <= 12 and not _SENTENCE_END.search(par)


def standfirst(pars: list[str]) -> int:
    """How many of the story's first paragraphs are its standfirst, the summary a page prints
    under the headline and above the story: 0 or 1. Read from the page's own shape: a first
    paragraph the next one prints again (the lead under its dateline, "KUANTAN, Oct 6 —
    <the same words>"), or a first paragraph of a sentence or more with no stop at its end
    ("..., writes Giles Tremlett") over paragraphs that all end theirs; never the salutation
    a speech opens with, which has no stop either."""
    if len(pars) < 3:
        return 0
    first = " ".join(pars[0].split())
    if len(first) >= 60 and len(pars[1]) >= len(first):
        at = " ".join(pars[1].split()).find(first.rstrip(".…"))
        if 0 <= at <= 60:
            return 1  # the whole paragraph again, after no more than a dateline
    if ends_sentence(first) or not 12 <= first.count(" ") + 1 <= 60:
        return 0  # (the cheap tests first)
    if phrase_re("speech_openers").search(first):
        return 0  # a speech's salutation ("H.E. President X, ... Distinguished guests ...")
    return int(
        not first.endswith((":", ";", ",", "-", "—"))
        and all(ends_sentence(p.rstrip()) for p in pars[1:4])
        and not news.strip_quotes(first)[1]
    )


def reads_as_story(lines: list[str]) -> bool:
    """Whether paragraphs are a story about people and not their own words (a page titled
    "Lavrov's statement on ..." that reports him): four paragraphs or more, half of them or
    more crediting words to someone in the third person ("Lavrov said", a quote), and none
    speaking in the first person outside a quote ("I", "we" are a speaker's in a statement or
    transcript, a quoted person's in a story). On a page that quotes with dashes ("– ...,
    sier X."), a paragraph led by a dash is a quote."""
    pars = [line for line in lines if len(line.split()) >= 8]
    if len(pars) < 4:
        return False
    credited = 0
    dashed = any(news_dashes.as_quoted(p, False) for p in pars)  # "– ..., sier X." quotes
    for par in pars:
        if dashed and news_dashes.dash_led(par):
            credited += 1  # a dash-led paragraph of a page that quotes so: a quote
            continue
        outside, quoted = news.strip_quotes(par)
        if news.speaks_first_person(outside):
            return False
        credited += quoted or news.reports_speech(outside)
    return 2 * credited >= len(pars)


# The marks that open a quotation and the marks that close each: English and most languages'
# “…”, German and Croatian „…“ (or „…”), French «…»; straight "…", and Danish and Swedish ”…”
# and »…», which one mark opens and closes.
_PAIRS = {"“": "”", "„": "“”", "«": "»"}
_SAME = ('"', "”", "»")
# A label-like prefix before an opening mark, e.g. "Statsministeren: ”Velkommen til!".
_PREFIX = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,3}:\s*")


def quote_left_open(par: str) -> str:
    """The mark of a quotation the paragraph opens with and never closes ('"There is a lot of
    misinformation ...', 'Statsministeren: ”Velkommen til!', '„Herzlich willkommen!'): the
    speaker's words go on in the paragraphs below it. "" when it opens with none, or closes it
    anywhere (a paragraph that closes a quote and opens another is left to the story)."""
    text = par.lstrip()
    if text[:1] not in (*_PAIRS, *_SAME) and (m := _PREFIX.match(text)):
        text = text[m.end() :]
    mark = text[:1]
    if mark not in (*_PAIRS, *_SAME):
        return ""
    return "" if closes(text[1:], mark) else mark


def closes(text: str, mark: str) -> bool:
    """Whether a paragraph inside a quotation opened by `mark` closes it: a mark that closes
    itself at an odd count (a paragraph may quote inside the quotation), a straight one with
    a curly closing mark too ('"... Tibet.”'); any closing mark of the others."""
    if mark in _SAME:
        return text.count(mark) % 2 == 1 or (mark == '"' and "”" in text)
    return any(c in text for c in _PAIRS[mark])


_SPEECH_WORDS = re.compile(
    "|".join(p.pattern for p in (phrase_re("speech_nouns"), phrase_re("speech_verbs"))), re.I
)


def hands_over(par: str) -> bool:
    """A line that hands over to the words below it: a sentence of a line or two ending in a
    colon that names a person or speaks of words ("Prime Minister X, this morning, made the
    following remarks:", "Following the meeting the Minister said:"), quoting nothing itself;
    not a list's heading ("The agenda included the following items:")."""
    text = par.rstrip()
    return (
        text.endswith(":")
        and len(text) < 300
        and len(text.split()) >= 3
        and not any(c in text for c in (*_PAIRS, *_SAME))
        and bool(people_in(text) or _SPEECH_WORDS.search(text))
    )


def speech_opening(par: str) -> bool:
    """The paragraph opens a speech: it starts by greeting or addressing the audience, in any
    language the lexicon has ("Distinguished Members of the Fourth Estate", "Excellencies,",
    "Mesdames et Messieurs,", "Χαίρετε.")."""
    return bool(phrase_re("speech_openers").match(par.lstrip()))


def speech_start(pars: list[str]) -> tuple[int, int, bool] | None:
    """Where the one speech of a page that credits nobody starts and ends (the paragraph
    after its last), and whether it is printed as a quote: from the first paragraph that
    addresses an audience to the page's end (not a quote); from a paragraph that follows a
    line handing over to it, to the page's end, or from a paragraph that opens a quotation it
    leaves open to the paragraph that closes it (a quote). None when no paragraph opens one."""
    for k, par in enumerate(pars):
        if speech_opening(par):
            return k, len(pars), False
        if k and hands_over(pars[k - 1]):
            return k, len(pars), True
        if mark := quote_left_open(par):
            end = next((j for j in range(k + 1, len(pars)) if closes(pars[j], mark)), None)
            return k, len(pars) if end is None else end + 1, True
    return None


def handed_to(par: str) -> tuple[str | None, str] | None:
    """(role, name) of the one person a hand-over line names in full, else None."""
    named = [(r, n) for r, n in people_in(par) if len(n.split()) > 1] if hands_over(par) else []
    return named[0] if len({n for _, n in named}) == 1 else None


# First-person words in a speaker's own voice ("I announce", "my visit", "we hope").
_OWN_VOICE = re.compile(r"\b(?:I|I'm|I've|I'd|we|We|we're|We're|my|My|our|Our)\b")


def narrated_intro(
    pars: list[str], author: tuple[str | None, str | None]
) -> tuple[str | None, str] | None:
    """(role, name) of the speaker a statement's first paragraph introduces in the site's
    own words, when the paragraphs below it are that speaker's speech in the first person
    ("The Prime Minister, Hon. Jane Doe, MP has left today for ..." over "Today I announce
    my departure ..."): the intro never says "I" or "we", names in full a person who holds
    the page author's office or bears the author's surname, and most paragraphs below speak
    in the first person. None for any other statement."""
    if len(pars) < 2 or _OWN_VOICE.search(pars[0]) or len(pars[0]) > 600:
        return None
    if news.strip_quotes(pars[0])[1]:
        return None  # the intro quotes someone: a release's story, not a speech's heading
    role, name = author
    surname = (name or "").split()[-1:] or [""]
    for who_role, who in people_in(pars[0]):
        if len(who.split()) < 2:
            continue
        same_office = bool(role and who_role and who_role.casefold() == role.casefold())
        if same_office or (surname[0] and who.split()[-1] == surname[0]):
            break
    else:
        return None
    rest = pars[1:]
    if 2 * sum(bool(_OWN_VOICE.search(news.strip_quotes(p)[0])) for p in rest) < len(rest):
        return None
    return who_role or role, who
