"""Quotes led by a dash, as Nordic, Finnish, Baltic, Slavic, Hungarian and Romanian papers print
them: a paragraph opening with "–" or "-" is the quoted person's words, up to the report verb
that closes it ("– Dette er en situasjon vi fordømmer, sier Huitfeldt.", "- Kad donesu
odgovor, onda ćemo ga komentirati - odgovorio je."), or whole when no verb closes it. Read as
the same paragraph in quotation marks, so that the rest of the news reader credits it as any
quote. Stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest.news_quotes import QUOTES
from nrc_search.ingest.news_verbs import VERB

# A paragraph led by a dash and a space, e.g. "– Dette er ...", "- Apeliramo na sve ...".
_DASH_LEAD = re.compile(r"\s*[–—-]\s+(?=\S)")

# Where the quoted words end and the clause that credits them begins: a comma ("..., sier
# Huitfeldt.", "..., Valtonen toteaa.") or a spaced dash ("... preko noći - odgovorio je").
_CLOSE = re.compile(r",\s+|\s[–—-]\s+")


def dash_led(par: str) -> bool:
    """The paragraph opens with a dash and a space and holds no quotation marks."""
    return par[:3].lstrip()[:1] in "–—-" and bool(_DASH_LEAD.match(par)) and not QUOTES.search(par)


def closing_clause(par: str) -> re.Match[str] | None:
    """Where the clause that closes a dash-led paragraph's quote begins ("..., sier
    Huitfeldt.", "..., Valtonen sanoi."): the last comma or spaced dash with a report verb
    in the twelve words after it."""
    for cut in reversed(list(_CLOSE.finditer(par, 2))):
        tail = par[cut.end() :]
        if len(tail.split()) > 12:
            return None
        if VERB.search(tail):
            return cut
    return None


def as_quoted(par: str, whole: bool) -> str | None:
    """A dash-led paragraph in quotation marks: the words up to its closing report verb
    ('"Dette er en situasjon," sier Huitfeldt.'), or all of it when `whole` (a dash-led
    paragraph in a story that quotes so: the last quoted speaker's words); None when it
    is no dash-led quote."""
    if not dash_led(par):
        return None
    start = _DASH_LEAD.match(par)
    assert start
    if cut := closing_clause(par):
        return f"“{par[start.end() : cut.start()].rstrip()},” {par[cut.end() :]}"
    return f"“{par[start.end() :].rstrip()}”" if whole else None
