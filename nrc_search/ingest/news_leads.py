"""A news story's lead and headings: the speaker of a lead that describes an office holder
whom a later paragraph names ("Iran's foreign minister said ..."), the official of an
institution a lead credits, and a heading that credits the paragraphs under it ("The main
thing from X's statements:"). Stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest.lexicon import lexicon, longest_first, phrase_re, terms
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.names import is_role_word, norm, surname, words
from nrc_search.ingest.news_quotes import QUOTES, SPEAKS_FIRST_PERSON, quote_alone, strip_quotes
from nrc_search.ingest.news_scan import without_time_tail
from nrc_search.ingest.news_verbs import QUOTED_AS, VERB, told_passive

# Office holders a lead may describe before the story names them, e.g. "Iran's foreign minister
# said on Wednesday ..." (not "an official", "a diplomat": many people are those).
_OFFICES = words("minister president spokesman spokeswoman spokesperson chancellor premier")


def lead_speaker(
    pars: list[str], attributed: list[tuple[str | None, str | None, str]]
) -> tuple[str, str | None, str] | None:
    """The speaker of a lead that describes an office holder ("Iran's foreign minister said",
    "The Turkish foreign minister on Wednesday said") whom one of the next paragraphs names in
    full, with no role or the same office ('Foreign Minister Manouchehr Mottaki told ...');
    None when unsure."""
    if len(pars) >= 2 and (official := _body_official(pars, attributed)):
        return official
    if len(pars) < 2 or attributed[0][0] is not None:
        return None
    if attributed[0][2] != "narration":  # an office's report as printed ("Iran's foreign
        return _holder_of_office(pars, attributed)  # minister said"): its holder's, if named
    outside, quoted = strip_quotes(pars[0])
    if quoted and quote_alone(outside) and attributed[1][0] and " " in attributed[1][0]:
        return attributed[1][0], attributed[1][1], "quoted"  # a quote first, its speaker next
    if attributed[1][0] and " " in attributed[1][0] and told_passive(strip_quotes(pars[0])[0]):
        # "Malaysia must be cautious ..., the Dewan Rakyat was told today." over the minister
        return (
            attributed[1][0],
            attributed[1][1],
            "quoted" if strip_quotes(pars[0])[1] else "reported",
        )
    if attributed[1][0] and phrase_re("back_references").search(strip_quotes(pars[1])[0]):
        # "X made this known in Abuja": the lead above is X's words
        return (
            attributed[1][0],
            attributed[1][1],
            "quoted" if strip_quotes(pars[0])[1] else "reported",
        )
    return _holder_of_office(pars, attributed)


def _holder_of_office(
    pars: list[str], attributed: list[tuple[str | None, str | None, str]]
) -> tuple[str, str | None, str] | None:
    """The person one of the next paragraphs names in full who holds the office the lead
    describes as its speaker; None when unsure."""
    lead = strip_quotes(pars[0])[0]
    subject = _office_described(lead)
    if not subject or len(subject) > 4:
        return None
    named = next((a for a in attributed[1:4] if a[0]), None)
    if named is None or not _same_office(subject, named[1]):
        return None
    name = named[0]
    assert name is not None  # checked above
    if len(name.split()) < 2 or surname(name) in lead.casefold():
        return None
    role = named[1] or " ".join(subject)  # "Iran's intelligence minister", as the lead says
    return name, role, "quoted" if strip_quotes(pars[0])[1] else "reported"


def _body_official(
    pars: list[str], attributed: list[tuple[str | None, str | None, str]]
) -> tuple[str, str | None, str] | None:
    """The official of the institution a lead credits ("..., the Philippine Coast Guard (PCG)
    on Thursday said ...") whom the next paragraph names as the institution's, right after
    its name or initials, as the paragraph's opening subject ("PCG spokesperson Commodore Jay
    Tarriela stressed ..."): the lead is that official's words; None otherwise (also for
    '"...," said Kremlin spokesman Dmitry Peskov.', where the lead stays the Kremlin's)."""
    body = attributed[0][0] or attributed[0][1]
    person, role, _ = attributed[1]
    if not body or not person or " " not in person:
        return None
    initials = "".join(w[0] for w in body.split() if w[:1].isupper())
    lead = pars[0]
    if not (norm(body.split()[-1]) in terms("institution_heads") or f"{body} ({initials})" in lead):
        return None
    before = pars[1][: pars[1].find(person.split()[-1])]
    if QUOTES.search(before) or len(before.split()) > 8:
        return None  # the official opens the paragraph, not '"...," said Kremlin spokesman X'
    names = "|".join(map(re.escape, (body, initials, body.split()[-1])))  # "Ministry spokesman"
    if not re.search(rf"\b(?:{names})\b", before):
        return None  # the next paragraph's person is not named as the institution's
    return person, role, "quoted" if strip_quotes(lead)[1] else "reported"


# An office holder described, not named, right before the verb: a possessive or "the" (and a
# capitalised adjective), lower-case words, the office, e.g. "Iran's intelligence minister",
# "The Turkish foreign minister", "the country's foreign minister".
_OFFICE_DESC = re.compile(
    r"(?:^|[\s,(])((?:[A-Z][\w.\-]*['’]s|(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts)(?:\s+[A-Z][\w\-]*)?"
    r"(?:\s+[a-z]+['’]s)?)\s+(?:[a-z][\w\-]*\s+){0,3}(?:"
    + "|".join(sorted(_OFFICES))
    + r"))(?:\s+[a-z]+ly)?\s*$"
)

# An office printed as a title, with no name, opening the lead, e.g. "Qatari Prime Minister
# announced ...", "Turkish Foreign Minister said" (a headline's style of writing).
_OFFICE_TITLED = re.compile(
    r"^\s*((?:[A-Z][\w\-]*\s+){1,3}(?:Minister|President|Spokes(?:man|woman|person)|Chancellor|"
    r"Premier))\s*$"
)


def _office_described(lead: str) -> list[str]:
    """The words of an office holder a lead describes as the subject of its first speech
    verb or as the person a source quotes ("Iran's intelligence minister strongly denied",
    "An Iranian news agency is quoting the country's foreign minister as saying"), without
    "the"; [] for a named subject ("Foreign Minister Sergey Lavrov said")."""
    if q := QUOTED_AS.search(lead):
        before = q.group(1)
    elif m := VERB.search(lead):
        before = lead[: m.start()]
    else:
        return []
    d = _OFFICE_DESC.search(without_time_tail(before)[-120:])
    d = d or _OFFICE_TITLED.match(without_time_tail(before))
    words = d.group(1).split() if d else []
    return [w for w in words if norm(w) != "the" and not w.endswith("ly")]


def _same_office(subject: list[str], role: str | None) -> bool:
    """The role the story gives the person fits the lead's description: no role, or the
    same office of the same country ("Ukrainian Foreign Minister" for "Ukraine's foreign
    minister"; not "Russian Foreign Minister")."""
    if not role:
        return True
    words = role.split()
    if subject[-1].lower() not in (w.lower() for w in words):
        return False
    country = re.sub(r"['’]s$", "", norm(subject[0]))[:4]
    qualifiers = [norm(w)[:4] for w in words if w[:1].isupper() and not is_role_word(w)]
    return not qualifiers or country in qualifiers


def credited_list(title: str | None) -> tuple[str, str | None] | None:
    """(name, role) of the one person a heading credits the paragraphs under it to, e.g.
    "The main thing from Maria Zakharova's statements at the briefing:" (a possessive name,
    a speech noun of the lexicon, a closing colon); None for any other heading."""
    if not title or not title.rstrip().endswith(":"):
        return None
    m = _CREDITED.search(title)
    if not m:
        return None
    named = [(r, n) for r, n in people_in(title[: m.start() + 1]) if len(n.split()) > 1]
    return (named[-1][1], named[-1][0]) if named else None


_CREDITED = re.compile(
    r"\w['’]s\s+(?:[a-z]+\s+)?(?:" + longest_first(lexicon()["speech_nouns"]) + r")\b[^:]*:\s*$"
)


def credit(
    par: str, said: tuple[str | None, str | None, str], who: tuple[str, str | None]
) -> tuple[str | None, str | None, str]:
    """A paragraph under a heading that credits it (`credited_list`): the person's words,
    unless the paragraph credits someone else itself."""
    if said[0] or said[2] != "narration":
        return said
    own = strip_quotes(par)[1] or bool(SPEAKS_FIRST_PERSON.search(par))
    return who[0], who[1], "quoted" if own else "reported"  # "I", "we": the person's own words
