"""Office phrases: what an office looks like in a speaker label or a heading, in the case
patterns of the languages the lexicon has ("Minister for Harbours", "foreign minister of X",
"X’s foreign minister", "Le Premier ministre", "secretario de Relaciones Exteriores"), and the
notes on a turn's delivery that are no office ("(via video link)", "(OFF-MIC)"). Pure string
predicates over the lexicon's role words; stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest.names import NOT_PERSON, is_role_word, norm, words

# How a turn was delivered, in capitals as scripts print it: "(OFF-MIC)", "(V/O)", "(CONT'D)".
_DELIVERY = re.compile(
    r"^(?:OFF[- ]?MIC|V/?O|O/?S|CONT'?D|CONTINUING|ON CAMERA|VOICE[- ]OVER)$", re.I
)


def delivery_note(note: str) -> bool:
    """A note on how or when the words were said, not an office, a country or an outlet:
    lower case first and no office ("replying to a question", "via video link", "in English",
    "inaudible"; not "chair"), or a script's mark ("OFF-MIC", "V/O")."""
    first = note.split()[0]
    return (first[:1].islower() and not is_role_word(first)) or bool(_DELIVERY.match(note))


# The definite article before an office in other languages: "Le Premier ministre", "La
# porte-parole", "El ministro", "Der Bundeskanzler", "Il presidente".
ARTICLES = frozenset(("Le", "La", "L'", "L’", "El", "Il", "Lo", "Der", "Die", "O"))


def after_article(name: str) -> str | None:
    """The office a definite article opens ("Le Premier ministre" -> "Premier ministre"); an
    office is role words, then connectives and capitalised words ("ministre des Affaires
    étrangères", "Bundeskanzler")."""
    article, _, office = name.partition(" ")
    return office if article in ARTICLES and office and _office_abroad(office.split()) else None


def _office_abroad(words: list[str]) -> bool:
    if not is_role_word(words[0]):
        return False
    k = next((i for i, w in enumerate(words) if not is_role_word(w)), len(words))
    rest = words[k:]
    if rest and not rest[0][:1].isupper() and rest[0] not in JOINS:
        return False  # "Le ministre a dit", no office
    named = [
        w in JOINS or w[:1].isupper() or (j and rest[j - 1][:1].isupper())
        for j, w in enumerate(rest)
    ]  # "des Affaires étrangères": an adjective after
    return all(named) and not any(norm(w) in NOT_PERSON for w in words)


def office_of(words: list[str]) -> bool:
    """An office and its complement: role words, then "of", "for" or "to" and capitalised
    words ("Minister for Harbours", "Secretary of State for Harbour Affairs")."""
    k = next((i for i, w in enumerate(words) if w in ("of", "for", "to")), 0)
    return (
        k > 0
        and all(is_role_word(w) for w in words[:k])
        and all(w[:1].isupper() or w in ("of", "for", "to", "and", "the") for w in words[k:])
        and not any(norm(w) in NOT_PERSON for w in words[k:])
    )


# Words that join an office's parts in the languages the lexicon has ("of", "de", "des",
# "degli", "für") and a possessive's mark ("Ruritania’s foreign minister").
JOINS = words("of the for to and de des du del della degli dei di da do dos der für la le el y et")


def office_phrase(part: str) -> bool:
    """An office after a name's comma, in any case pattern: role words, connectives and
    capitalised words, one role word at least ("foreign minister of Ruritania", "Ruritania’s
    foreign minister", "secretario de Relaciones Exteriores", "ministre des Affaires
    étrangères", a lower-case adjective after a capitalised word)."""
    ws = part.split()
    if not 0 < len(ws) <= 10 or not any(map(is_role_word, ws)):
        return False
    head = ws[0] not in JOINS and ws[0] not in ("on", "and") and is_role_word(ws[0])
    lower = head and len(ws) <= 8  # "ministre de l'Europe et des affaires ..." (not "on the x")
    for j, w in enumerate(ws):
        if not (
            is_role_word(w)
            or w in JOINS
            or _ELIDED.sub("", w)[:1].isupper()
            or (j and ws[j - 1][:1].isupper() and w.isalpha())
            or (lower and j > 1 and w.isalpha() and w.islower() and ws[j - 1].islower())
        ):
            return False
    return True


# An elided article before a capitalised word of an office: "l'Europe", "d'Italia".
_ELIDED = re.compile(r"^[lLdD][’']")


def lower_role(part: str) -> bool:
    """An office in lower case after a name: "chair", "deputy spokesperson", "minister of
    defence" (every word a role word or a connective, one a role)."""
    ws = part.split()
    return 0 < len(ws) <= 6 and part.islower() and all(is_role_word(w) for w in ws)


def shape(text: str) -> str:
    """The text with an office's prepositions read as "of" after a role word, for the case
    patterns: "Representative of X to the UN", "Envoy on Syria", "Adviser in the Office"."""
    if " to " not in text and " on " not in text and " in " not in text:
        return text
    words = text.split()
    for k, w in enumerate(words):
        if w in ("to", "on", "in") and 0 < k < len(words) - 1 and any(map(is_role_word, words[:k])):
            words[k] = "of"
    return " ".join(words)
