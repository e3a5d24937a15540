"""What the index holds: speakers, documents, single turns; and `--speaker NAME` resolution.

Reads only; Whoosh objects stay inside. Returns plain values from `model`.
"""

from __future__ import annotations

import difflib
import re
import weakref
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh.query import Term

from nrc_search import store
from nrc_search.errors import NrcError, SpeakerError
from nrc_search.model import ContextTurn, DocInfo, Speaker

if TYPE_CHECKING:
    from nrc_search.ingest.speakers import SpeakerRegistry

_WORD = re.compile(r"\w+")


def _words(name: str) -> list[str]:
    """Lower-case words without accents, in any script ("Небензя", "Łukasz", "华春莹")."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return _WORD.findall(folded.replace("ł", "l").replace("ø", "o").replace("đ", "d"))


#: searcher -> what it was asked before: a searcher is one committed state of the index, and a
#: warm process (store/warm.py) keeps it, so the registry is built once, not per search.
_MEMO: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def memo(searcher, what: str, make):
    """`make()`, worked out once per searcher (one committed state of the index)."""
    box = _MEMO.setdefault(searcher, {})
    if what not in box:
        box[what] = make()
    return box[what]


def registry(searcher) -> SpeakerRegistry:
    """The speaker registry as of the last ingest."""
    from nrc_search.ingest.speakers import SpeakerRegistry  # the parser package is heavy to import

    return memo(
        searcher, "registry", lambda: SpeakerRegistry.from_dict(store.read_registry(searcher))
    )


def speaker_names(reg: SpeakerRegistry) -> dict[str, tuple[str, ...]]:
    """Canonical name -> aliases. A person later merged into another is listed under the other."""
    names: dict[str, list[str]] = {}
    for person in reg.people():
        target = reg.resolve(person.name)
        names.setdefault(target, []).extend((*person.aliases, person.name))
    return {
        name: tuple(dict.fromkeys(a for a in aliases if a != name))
        for name, aliases in names.items()
    }


def resolve_speakers(searcher, wanted: tuple[str, ...]) -> list[str]:
    """The stored speaker keys for the user's --speaker values; unknown or ambiguous names raise.

    Turns keep the name they were stored under; a name that the registry has since merged into
    another person (a surname seen before the full name) is found through `resolve`. An index
    written by this nrc holds a ready lookup (`speaker_lookup`), so a one-shot search neither
    imports the parser nor rebuilds the registry (1 s at 5,000 speakers on a busy machine).
    """
    lookup = memo(searcher, "lookup", lambda: store.read_lookup(searcher))
    if lookup:
        names = memo(searcher, "names", lambda: _NameTable.from_lookup(lookup))
        stored_as = memo(searcher, "stored", lambda: list(lookup["resolved"].items()))
    else:
        reg = registry(searcher)
        names = memo(searcher, "names", lambda: _NameTable(speaker_names(reg)))
        stored_as = memo(
            searcher,
            "stored",
            lambda: [
                (stored, reg.resolve(stored).lower())
                for stored in (b.decode("utf-8") for b in searcher.lexicon("speaker_key"))
            ],
        )
    targets = {
        memo(searcher, f"resolve:{name}", lambda name=name: _resolve_one(name, names)).lower()
        for name in wanted
    }
    keys = [stored for stored, now in stored_as if stored in targets or now in targets]
    return keys or sorted(targets)


def speaker_lookup(reg: SpeakerRegistry, stored: set[str]) -> dict:
    """What `--speaker` resolution needs, worked out at ingest: each canonical name's aliases
    and their words, and each stored speaker key's person today (lower case)."""
    names = speaker_names(reg)
    return {
        "names": {n: list(a) for n, a in names.items()},
        "words": {n: [_words(n), *(_words(a) for a in al)] for n, al in names.items()},
        "resolved": {k: reg.resolve(k).lower() for k in sorted(stored)},
    }


class _NameTable(dict):
    """Canonical name -> aliases, with every name's words worked out once."""

    def __init__(self, names: dict[str, tuple[str, ...]], words: dict | None = None) -> None:
        super().__init__(names)
        self.words = words or {
            n: [_words(n), *(_words(a) for a in aliases)] for n, aliases in names.items()
        }

    @classmethod
    def from_lookup(cls, lookup: dict) -> _NameTable:
        return cls({n: tuple(a) for n, a in lookup["names"].items()}, lookup["words"])


#: --speaker values that select question turns rather than a person.
QUESTION_WORDS = frozenset(
    {"question", "questions", "q", "questioner", "journalist", "journalists"}
)


def speaker_filter(searcher, wanted: tuple[str, ...]):
    """The turns of any of the --speaker values: a person, an anonymous role, or questions.

    A person is resolved through the registry (`resolve_speakers`); a value that names no
    person but an anonymous role ("moderator", "senior state department official") selects the
    turns with that role; "question" selects the questions.
    """
    from whoosh.query import Or

    parts = []
    for name in wanted:
        if " ".join(_words(name)) in QUESTION_WORDS:
            parts.append(Term("kind", "question"))
            continue
        try:
            keys = resolve_speakers(searcher, (name,))
        except SpeakerError:
            role = role_query(searcher, name, quiet=True)
            if role is None:
                raise
            parts.append(role)
            continue
        parts += [Term("speaker_key", k) for k in keys]
    return parts[0] if len(parts) == 1 else Or(parts)


def role_query(searcher, wanted: str, *, quiet: bool = False):
    """Turns whose role holds every word of `wanted` (`--role ambassador`); an unknown role
    raises SpeakerError listing roles that exist (None with `quiet`)."""
    from whoosh.query import And

    words = _abbreviations(_words(wanted), lambda w: searcher.doc_frequency("role", w) > 0)
    if words and all(searcher.doc_frequency("role", w) for w in words):
        return Term("role", words[0]) if len(words) == 1 else And([Term("role", w) for w in words])
    if quiet:
        return None
    roles = sorted(b.decode("utf-8") for b in searcher.lexicon("role"))
    close = difflib.get_close_matches(" ".join(words), roles, n=5, cutoff=0.5)
    hint = f" Did you mean: {', '.join(close)}?" if close else " See `nrc speakers`."
    raise SpeakerError(f"No turn has the role {wanted!r}.{hint}")


def _abbreviations(words: list[str], known) -> list[str]:
    """`words` with an abbreviation spelled the way the index holds it: "US" for a role
    printed "U.S." (held as "u", "s") and "U.S." for one printed "US", where only the other
    spelling is `known`."""
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        run = k
        while run < len(words) and len(words[run]) == 1 and words[run].isalpha():
            run += 1
        joined = "".join(words[k:run])
        if run - k >= 2 and not all(known(c) for c in words[k:run]) and known(joined):
            out.append(joined)  # "u s" -> "us"
            k = run
            continue
        if 2 <= len(w) <= 4 and w.isalpha() and not known(w) and all(known(c) for c in w):
            out += list(w)  # "us" -> "u s"
        else:
            out.append(w)
        k += 1
    return out


def _resolve_one(wanted: str, names: dict[str, tuple[str, ...]]) -> str:
    words = _words(wanted)
    if not words:
        raise SpeakerError(f"--speaker {wanted!r} has no letters in it.")
    table = names.words if isinstance(names, _NameTable) else None
    spelled = table or {n: [_words(n), *(_words(a) for a in al)] for n, al in names.items()}
    exact = [n for n, forms in spelled.items() if words in forms]
    if len(exact) == 1:
        return exact[0]
    found = [n for n, forms in spelled.items() if any(all(w in f for w in words) for f in forms)]
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(sorted(found)[:8])
        raise SpeakerError(
            f"--speaker {wanted!r} matches {len(found)} people: {listed}. Give more of the name."
        )
    close = difflib.get_close_matches(wanted.lower(), [n.lower() for n in names], n=3, cutoff=0.5)
    by_lower = {n.lower(): n for n in names}
    hint = (
        f" Did you mean: {', '.join(by_lower[c] for c in close)}?"
        if close
        else " See `nrc speakers`."
    )
    raise SpeakerError(f"No speaker matches --speaker {wanted!r}.{hint}")


def list_speakers(index_dir: Path) -> list[Speaker]:
    """Every canonical speaker with aliases, roles and turn/document counts, most turns first.

    Counts come from the speaker postings and the document records, never from reading every
    turn, so this stays quick on a million turns.
    """
    handle = store.open_index(index_dir)
    with store.reading(index_dir), handle.ix.searcher() as s:
        reg = registry(s)
        stored: dict[str, str] = {}  # speaker_key -> the name as stored
        docs: Counter[str] = Counter()
        for data in store.read_docs(s).values():
            names = set(data.get("participants", ()))
            stored.update((n.lower(), n) for n in names)
            docs.update({reg.resolve(n) for n in names})
        turns: Counter[str] = Counter()
        for key in (b.decode("utf-8") for b in s.lexicon("speaker_key")):
            turns[reg.resolve(stored.get(key, key))] += _live(s, "speaker_key", key)
    people = {p.name: p for p in reg.people()}
    aliases = speaker_names(reg)
    out = []
    for name, count in turns.items():
        if count:
            roles = _distinct(sorted(people[name].roles)) if name in people else ()
            out.append(Speaker(name, aliases.get(name, ()), roles, count, docs[name]))
    return sorted(out, key=lambda sp: (-sp.turns, sp.name))


def _live(searcher, field: str, value: str) -> int:
    """Live documents with this term (doc_frequency also counts replaced ones until a merge)."""
    if not searcher.reader().has_deletions():
        return searcher.doc_frequency(field, value)
    return sum(1 for _ in Term(field, value).matcher(searcher).all_ids())


def _distinct(roles: list[str]) -> tuple[str, ...]:
    """Roles without spelling duplicates ("NATO Secretary-General" = "NATO Secretary General")."""
    seen: dict[str, str] = {}
    for role in roles:
        seen.setdefault(" ".join(_words(role)), role)
    return tuple(seen.values())


def list_docs(index_dir: Path) -> list[DocInfo]:
    """Every indexed document, by date then id."""
    handle = store.open_index(index_dir)
    with store.reading(index_dir), handle.ix.searcher() as s:
        docs = store.read_docs(s)
    infos = [store.doc_info(doc_id, data) for doc_id, data in docs.items()]
    return sorted(infos, key=lambda d: (d.date or "9999", d.doc_id))


def context_turns(
    turns: store.Turns, doc_id: str, n: int, before: int, after: int
) -> tuple[list[ContextTurn], list[ContextTurn]]:
    """Up to `before` turns before turn `n` of `doc_id` and `after` turns after it."""
    prev: list[ContextTurn] = []
    nxt: list[ContextTurn] = []
    numbers = turns.numbers(doc_id)
    order = turns.order(doc_id)  # turn numbers are ids kept across edits, not positions
    at = order.index(n) if n in order else 0
    for k in (*order[max(0, at - before) : at], *order[at + 1 : at + 1 + after]):
        fields = turns.turn(numbers[k]) if k in numbers else None
        if fields:
            (prev if order.index(k) < at else nxt).append(_context(fields))
    return prev, nxt


def _context(fields: dict) -> ContextTurn:
    return ContextTurn(
        fields["turn_id"], fields["n"], fields.get("speaker"), fields.get("role"), fields["text"]
    )


def show_turn(
    index_dir: Path, turn_id: str, context: int = 0
) -> tuple[dict, DocInfo, list[ContextTurn], list[ContextTurn]]:
    """One turn's fields, its document, and the turns around it."""
    handle = store.open_index(index_dir)
    with store.reading(index_dir), handle.ix.searcher() as s:
        turns = store.Turns(s)
        fields = turns.find(turn_id)
        if not fields:
            raise NrcError(
                f"No turn {turn_id!r} in {index_dir}/. Turn ids look like DOC_ID:N; see `nrc docs`."
            )
        data = turns.doc(fields["doc_id"]) or {"source": "", "kind": "unknown"}
        before, after = context_turns(turns, fields["doc_id"], fields["n"], context, context)
    return fields, store.doc_info(fields["doc_id"], data), before, after
