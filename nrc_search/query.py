"""The query language: validation with one-line errors, Whoosh parsing, spelling-variant expansion.

Whoosh's parser forgives everything (an unbalanced quote silently becomes a word), so the text is
checked first and a malformed query is refused with a message that names the problem. Knows the
schema's user-facing fields; never prints.
"""

from __future__ import annotations

import calendar
import itertools
import re
import weakref
from dataclasses import dataclass, field
from datetime import date

from whoosh import query as Q
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    GtLtPlugin,
    QueryParser,
)

from nrc_search import variants
from nrc_search.analysis import related_prefix, related_stem
from nrc_search.errors import QueryError

MAX_QUERY = 1000
#: Fields a user may name in a query, and what they mean.
USER_FIELDS = {
    "text": "the words of a turn (the default)",
    "speaker": "the speaker's canonical name, e.g. speaker:lavrov",
    "date": "the document date, e.g. date:2011 or date:[2011-06 to 2011-07]",
    "doc": "a document id, e.g. doc:004_fbef40a881d0f922",
    "attribution": "verbatim, quoted, reported or narration",
}
_ALIASES = {"doc_id": ["doc"]}
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}

# A field prefix such as "speaker:" in `speaker:lavrov` (not a time like 10:30 or a URL's "http:").
_FIELD = re.compile(r"(?:(?<=^)|(?<=[\s(]))([A-Za-z_]+):(?=[^\s/])")
# Control characters other than tab/newline, e.g. "\x1b[31m" or "\x07".
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A user date: "2011", "2011-07" or "2011-07-06".
DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
# Tokens for the operator check: `"a b"`, `(`, `)`, `[..]`, or a bare word such as AND.
_TOKENS = re.compile(r'"[^"]*"|\[[^\]]*\]|\{[^}]*\}|[()]|[^\s()"]+')


#: How much a match counts, against an exact match of the word in the turn (1.0).
RELATED_BOOST = 0.45  # another form of the word: "legally" for legal, "guarantee" for guarantees
CONTEXT_BOOST = 0.25  # the word is in the document's title, not in the turn
SPEAKER_BOOST = 0.6  # the word names the turn's speaker: "Churkin civilians"

# Words that a many-word query does not require (they still score): "transit to Afghanistan".
STOP_WORDS = frozenset(
    ("a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
     "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
     "those")
)  # fmt: skip
_BOOLEAN = {"AND", "OR", "ANDNOT", "ANDMAYBE"}


@dataclass
class Unit:
    """One part of a plain query that a partial match may lack: a word, a phrase, a group."""

    label: str  # as the user typed it ("libya", '"no-fly zone"')
    query: Q.Query


@dataclass
class ParsedQuery:
    query: Q.Query
    words: list[str]  # plain text words, analyzed, in order (for did-you-mean)
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    units: list[Unit] = field(default_factory=list)  # what partial matches may lack
    required: list[Q.Query] = field(default_factory=list)  # +word and field:value: in every hit
    excluded: list[Q.Query] = field(default_factory=list)  # -word and NOT word: in no hit
    optional: list[Q.Query] = field(default_factory=list)  # stop words: scored, not required


def validate(text: str) -> None:
    """Raise QueryError with one line naming the problem, or return."""
    if not text.strip():
        raise QueryError('The query is empty. Example: nrc search "missile defence"')
    if len(text) > MAX_QUERY:
        raise QueryError(f"The query is {len(text):,} characters long; the limit is {MAX_QUERY:,}.")
    if _CONTROL.search(text):
        raise QueryError("The query contains control characters; type it as plain text.")
    if text.count('"') % 2:
        raise QueryError('Unbalanced quote in the query: close the phrase with a second ".')
    _check_brackets(re.sub(r'"[^"]*"', " ", text))
    for name in _FIELD.findall(re.sub(r'"[^"]*"', " ", text)):
        if name.lower() not in USER_FIELDS:
            known = ", ".join(USER_FIELDS)
            raise QueryError(f"Unknown field {name!r} in the query. Fields: {known}.")
    _check_operators(text)
    _check_signs(text)


# A + or - that starts a query token: "-russia", "+libya", "-(a OR b)", '-"x y"'.
_SIGN = re.compile(r"(?:(?<=^)|(?<=[\s(]))([+-]+)(?=(\S?))")


def _check_signs(text: str) -> None:
    """`-word` excludes and `+word` requires; a sign that cannot apply is refused, not ignored."""
    bare = re.sub(r'"[^"]*"', lambda m: "x" * len(m[0]), text)
    for m in _SIGN.finditer(bare):
        signs, follows = m[1], m[2]
        if len(signs) > 1:
            raise QueryError(
                f"{signs!r} in the query: put one - (leave out) or + (require) before a word."
            )
        if not follows or not re.match(r'[\w"(]', follows):
            what = "leave out turns with a word" if signs == "-" else "require a word"
            raise QueryError(
                f"A lone {signs!r} in the query: write {signs}word, with no space, to {what}."
            )


def _check_brackets(text: str) -> None:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: list[str] = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs and (not stack or stack.pop() != pairs[ch]):
            raise QueryError(f"Unbalanced {ch!r} in the query.")
    if stack:
        raise QueryError(f"Unbalanced {stack[-1]!r} in the query: close it.")


def _check_operators(text: str) -> None:
    tokens = _TOKENS.findall(text)
    prev = None
    for i, tok in enumerate(tokens):
        op = tok if tok in _OPERATORS else None
        if op and op != "NOT" and (prev in (None, "(") or prev in _OPERATORS):
            raise QueryError(f"{op} needs a word on each side.")
        if op and (i == len(tokens) - 1 or tokens[i + 1] == ")"):
            raise QueryError(f"{op} at the end of the query needs a word after it.")
        prev = tok


def make_parser(schema) -> QueryParser:
    parser = QueryParser("text", schema, group=AndGroup)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(FieldAliasPlugin(_ALIASES))
    return parser


def parse(text: str, schema, reader=None) -> ParsedQuery:
    """Validate and parse `text`; expand words to their variants and related forms in `reader`.

    A query of plain words, phrases and groups (no top-level AND/OR) is split into units that a
    partial match may lack, with `+word` and `field:value` required, `-word`/`NOT word` excluded
    and stop words optional. A query with AND/OR at its top level is one unit.
    """
    validate(text)
    tokens = split_top(text)
    if any(tok in _BOOLEAN for tok in tokens):
        return _parse_boolean(text, schema, reader)
    parsed = ParsedQuery(Q.NullQuery, [])
    parts: list[tuple[str, str, Q.Query]] = []  # (role, label, query)
    negate = False
    for tok in tokens:
        if tok == "NOT":
            if negate:
                raise QueryError("NOT NOT in the query: one NOT leaves a word out; give a word.")
            negate = True
            continue
        role = "unit"
        if negate or tok.startswith("-"):
            role, tok = "excluded", tok.lstrip("-") if not negate else tok
        elif tok.startswith("+"):
            role, tok = "required", tok[1:]
        elif _FIELD.match(tok):
            role = "required"
        negate = False
        q = _parse_one(tok, text, schema)
        if role != "excluded":
            parsed.words += text_words(q)
        parts.append((role, tok, q))
    if not parts:
        raise QueryError(f"Nothing to search for in {text!r}.")
    many = sum(role == "unit" for role, _, _ in parts) > 1
    for role, tok, q in parts:
        if reader is not None:
            q = expand(within_budget(q, reader), reader, parsed.variants, plain=role != "excluded")
        if role == "excluded":
            parsed.excluded.append(q)
        elif role == "required":
            parsed.required.append(q)
        elif many and tok.lower() in STOP_WORDS:
            parsed.optional.append(q)
        else:
            parsed.units.append(Unit(tok, q))
    if not parsed.units and not parsed.required and parsed.optional:  # only stop words
        parsed.units = [
            Unit(tok, q) for tok, q in zip(_stop_tokens(parts), parsed.optional, strict=True)
        ]
        parsed.optional = []
    if not parsed.units and not parsed.required:  # only exclusions: every turn without them
        parsed.query = Q.Not(_any(parsed.excluded))
    else:
        parsed.query = combine(parsed, [u.query for u in parsed.units])
    _drop_empty(parsed.variants)
    return parsed


def _stop_tokens(parts: list[tuple[str, str, Q.Query]]) -> list[str]:
    return [tok for role, tok, _ in parts if role == "unit"]


def combine(parsed: ParsedQuery, units: list[Q.Query]) -> Q.Query:
    """All of `units` and the required parts, scored with the optional ones, minus the excluded."""
    must = [*units, *parsed.required]
    if not must:  # only exclusions
        return parsed.query
    q: Q.Query = must[0] if len(must) == 1 else Q.And(must)
    if parsed.optional:
        q = Q.AndMaybe(q, Q.Or(parsed.optional))
    if parsed.excluded:
        q = Q.AndNot(q, _any(parsed.excluded))
    return q


def _any(parts: list[Q.Query]) -> Q.Query:
    return parts[0] if len(parts) == 1 else Q.Or(parts)


def _parse_one(tok: str, text: str, schema) -> Q.Query:
    tok = _rewrite_signs(tok)
    try:
        q: Q.Query | None = make_parser(schema).parse(tok)
    except Exception as exc:  # Whoosh raises assorted errors on odd syntax
        raise QueryError(f"Cannot parse the query {text!r}: {exc}") from None
    q = _dates(q) if q is not None else None
    if q is None or _has_null(q):
        raise QueryError(
            f"Nothing to search for in {tok!r} (a field value could not be read, e.g. a bad "
            "date, or only punctuation)."
        )
    return q


def _parse_boolean(text: str, schema, reader) -> ParsedQuery:
    """A query with AND/OR at its top level: one unit, `-word` as NOT, `+word` only with AND."""
    q = _parse_one(text, text, schema)
    parsed = ParsedQuery(q, text_words(q))
    if reader is not None:
        parsed.query = expand(within_budget(q, reader), reader, parsed.variants)
    parsed.units = [Unit(text, parsed.query)]
    _drop_empty(parsed.variants)
    return parsed


def _rewrite_signs(text: str) -> str:
    """`-word` as `NOT word` and `+word` as `word` (AND is the default), outside phrases.

    `+` next to OR cannot apply (OR makes every side optional), so it is refused.
    """
    pieces = re.split(r'("[^"]*")', text)
    outside = " ".join(pieces[0::2])
    if re.search(r"(?:^|[\s(])\+", outside) and re.search(r"\bOR\b", outside):
        raise QueryError(
            "+word cannot apply next to OR, which makes every side optional: write "
            "word AND (a OR b)."
        )
    for i in range(0, len(pieces), 2):
        pieces[i] = _SIGN.sub(lambda m: "NOT " if m[1] == "-" else "", pieces[i])
    return "".join(pieces)


def split_top(text: str) -> list[str]:
    """The query's top-level tokens: words, "phrases"~N, (groups), field:[ranges], operators."""
    tokens: list[str] = []
    cur: list[str] = []
    depth, quoted = 0, False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "([{":
            depth += 1
        elif not quoted and ch in ")]}":
            depth -= 1
        if ch.isspace() and not quoted and depth == 0:
            if cur:
                tokens.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    if cur:
        tokens.append("".join(cur))
    return tokens


def text_words(q: Q.Query) -> list[str]:
    """The plain words and phrase words of the `text` field, in query order (NOT parts left out)."""
    if isinstance(q, Q.Term) and q.fieldname == "text" and isinstance(q.text, str):
        return [q.text]
    if isinstance(q, Q.Phrase) and q.fieldname == "text":
        return list(q.words)
    if isinstance(q, Q.Not):
        return []
    return [w for child in q.children() for w in text_words(child)]


def day_bound(value: str, *, end: bool) -> str | None:
    """The first (or last) day of YYYY, YYYY-MM or YYYY-MM-DD as "YYYY-MM-DD"; None if no date."""
    m = DATE.match(value.strip())
    if not m:
        return None
    year, month = int(m[1]), int(m[2] or (12 if end else 1))
    try:
        last = calendar.monthrange(year, month)[1] if end and not m[3] else 1
        return date(year, month, int(m[3]) if m[3] else last).isoformat()
    except ValueError:
        return None


def _dates(q: Q.Query) -> Q.Query | None:
    """`date:2011` and `date:[2011-06 to 2011-07]` as ranges of "YYYY-MM-DD" terms.

    Dates are stored as one ID term per turn; a partial date means the whole year or month, and
    an exclusive bound (`date:>2011`) skips the whole period. None when a value is not a date.
    """
    bad = []

    def bound(value, end: bool):
        if value is None:
            return None
        day = day_bound(str(value), end=end)
        if day is None:
            bad.append(value)
        return day

    def visit(node: Q.Query) -> Q.Query:
        if getattr(node, "fieldname", None) == "date":
            if isinstance(node, Q.Term):
                lo, hi = bound(node.text, False), bound(node.text, True)
                return Q.TermRange("date", lo, hi, boost=node.boost, constantscore=True)
            if isinstance(node, Q.TermRange):
                lo = bound(node.start, node.startexcl)
                hi = bound(node.end, not node.endexcl)
                return Q.TermRange(
                    "date",
                    lo,
                    hi,
                    node.startexcl,
                    node.endexcl,
                    boost=node.boost,
                    constantscore=True,
                )
            return node
        return node if node.is_leaf() else node.apply(visit)

    out = visit(q)
    return None if bad else out


def _has_null(q: Q.Query) -> bool:
    if isinstance(q, type(Q.NullQuery)):
        return True
    return any(_has_null(c) for c in q.children())


# --- the expansion budget ----------------------------------------------------------------------

#: What a query's wildcard, fuzzy and range terms may cost, in postings visited: Whoosh's
#: union of N terms visits each posting about 1 + N/11 times (measured at 1M turns: `inter*`,
#: 253 words in 194,000 turns, took 47 s; `secur*`, 15 words in 75,000, 1.6 s), and 200,000
#: visits take about 2 s there. A query over the budget is refused with words to type instead.
MAX_EXPANSION_COST = 200_000
MAX_FUZZY = 2  # edits: ~3 and more match most short words, and enumerate slowly
MIN_LITERAL = 2  # letters before the first * or ? (`a*` is most of the vocabulary)
_DATE_FIELDS = ("date", "year")


def within_budget(q: Q.Query, reader) -> Q.Query:
    """`q` with its expanding terms checked against the budget; raises QueryError over it.

    Counting stops once over the budget, so the check costs milliseconds. A fuzzy term keeps
    its first letter (Whoosh's default of none scans the whole vocabulary).
    """
    spent = [0]

    def visit(node: Q.Query) -> Q.Query:
        if isinstance(node, Q.MultiTerm) and node.field() not in _DATE_FIELDS:
            return _checked(node, reader, spent)
        return node if node.is_leaf() else node.apply(visit)

    return visit(q)


def _checked(node: Q.Query, reader, spent: list[int]) -> Q.Query:
    shown = _shown(node)
    if isinstance(node, Q.FuzzyTerm):
        node = _fuzzy(node, shown)
    elif isinstance(node, (Q.Prefix, Q.Wildcard)):
        literal = re.split(r"[*?]", str(node.text), maxsplit=1)[0]
        if len(literal) < MIN_LITERAL:
            raise QueryError(
                f"{shown} stands for too many words: give at least {MIN_LITERAL} letters "
                f"before the * or ? (e.g. {_longer(shown)})."
            )
    field = node.field()
    found: list[tuple[int, str]] = []
    postings = 0
    for btext in node._btexts(reader):  # type: ignore[attr-defined]
        text = btext.decode("utf-8", "replace") if isinstance(btext, bytes) else str(btext)
        df = reader.doc_frequency(field, btext)
        found.append((df, text))
        postings += df
        cost = postings * (1 + len(found) / 11)
        if spent[0] + cost > MAX_EXPANSION_COST:
            raise QueryError(_too_costly(shown, found))
    spent[0] += int(postings * (1 + len(found) / 11))
    return node


def _too_costly(shown: str, found: list[tuple[int, str]]) -> str:
    words = " OR ".join(w for _, w in sorted(found, reverse=True)[:3])
    turns = sum(df for df, _ in found)
    return (
        f"{shown} would take too long: it stands for {len(found):,} or more words in "
        f"{turns:,} or more turns. Name the words you mean (e.g. {words}) or give more letters."
    )


def _fuzzy(node: Q.FuzzyTerm, shown: str) -> Q.FuzzyTerm:
    text = str(node.text)
    if node.maxdist > MAX_FUZZY:
        raise QueryError(
            f"{shown}: {node.maxdist:g} edits is too many (the most is {MAX_FUZZY}); "
            f"type {text}~1 or {text}~2."
        )
    if len(text) <= node.maxdist + 1:
        raise QueryError(
            f"{shown} would match almost every short word: use a longer word, or a plain {text}."
        )
    prefix = max(1, node.prefixlength)
    return Q.FuzzyTerm(node.fieldname, text, node.boost, node.maxdist, prefix, node.constantscore)


def _shown(node: Q.Query) -> str:
    """The term as the user typed it, near enough: `a*`, `peace~9`, `text:[a to c]`."""
    text = str(getattr(node, "text", ""))
    if isinstance(node, Q.Prefix):
        return f"`{text}*`"
    if isinstance(node, Q.FuzzyTerm):
        return f"`{text}~{node.maxdist:g}`"
    if isinstance(node, Q.TermRange):
        return f"`{node.fieldname}:[{node.start} to {node.end}]`"
    return f"`{text}`"


def _longer(shown: str) -> str:
    return "`defen*`" if "*" in shown else "`defen?e`"


# --- variants ---------------------------------------------------------------------------------


def word_forms(word: str, reader, seen: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The word plus the spellings and near-variants that exist in the index."""
    if word in seen:
        return (word, *seen[word])
    forms: list[str] = []
    for other in variants.spelling_variants(word):
        if other != word and other not in forms and reader.doc_frequency("text", other):
            forms.append(other)
    if len(word) >= 4 and word.isalpha() and _rare(reader, word):
        candidates = ((t, reader.doc_frequency("text", t)) for t in _within(reader, word))
        for s in variants.near_variants(word, candidates):
            if s != word and s not in forms:
                forms.append(s)
    seen[word] = tuple(forms)
    return (word, *forms)


def _rare(reader, word: str) -> bool:
    """Near-variants are looked up only for rare words: names and odd spellings, not "peace".

    A word in more than 0.2% of turns (and more than 50) is common enough that its variants
    would add little, and the vocabulary scan costs ~0.1 s per word at 100k turns.
    """
    return reader.doc_frequency("text", word) <= max(50, reader.doc_count() // 500)


# First letters that transliterations swap: Qadhafi/Gaddafi/Kadhafi, Kharkiv/Charkiw.
_VELARS = "qkgc"


def _within(reader, word: str) -> list[str]:
    """Index words within two edits (optimal string alignment, Whoosh's `terms_within`) of
    `word` that share its first letters; rapidfuzz measures them in C, not ~30 us each."""
    from rapidfuzz.distance import OSA

    prefix = 1 if len(word) <= 5 else 2  # Kiev/Kyiv share one letter; sectoral/sectorial six
    probes = [(word, prefix)]
    if word[0] in _VELARS and variants.name_like(word):  # a first letter that transliterations swap
        probes += [(v + word[1:], 2) for v in _VELARS if v != word[0]]
    found: list[str] = []
    if not hasattr(reader, "expand_prefix"):  # another store's vocabulary (OpenSearch)
        for probe, pre in probes:
            found += [
                t
                for t in reader.terms_within("text", probe, 2, prefix=pre)
                if t != word and t not in found
            ]
        return found
    try:
        for probe, pre in probes:
            found += [
                t
                for t in _prefixed(reader, probe[:pre])
                if abs(len(t) - len(probe)) <= 2
                and t != word
                and t not in found
                and OSA.distance(t, probe, score_cutoff=2) <= 2
            ]
    except Exception:
        return found
    return found


#: reader -> first letters -> the text words that start with them, listed once per reader (a
#: warm process keeps its reader between searches, store/warm.py).
_PREFIXED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _prefixed(reader, start: str) -> list[str]:
    box = _PREFIXED.setdefault(reader, {})
    if start not in box:
        box[start] = [b.decode("utf-8") for b in reader.expand_prefix("text", start)]
    return box[start]


def related_forms(word: str, reader, limit: int = 2000) -> tuple[str, ...]:
    """Other forms of `word` in the index: plurals, possessives, -ly adverbs ("legally")."""
    key, prefix = related_stem(word), related_prefix(word)
    if len(prefix) < 3 or not word.isalpha():
        return ()
    found = []
    try:
        for i, term in enumerate(reader.expand_prefix("text", prefix)):
            if i >= limit:
                break
            t = term.decode("utf-8") if isinstance(term, bytes) else term
            if t != word and related_stem(t) == key:
                found.append(t)
    except Exception:  # a field without a vocabulary (empty index)
        return ()
    return tuple(found)


def word_query(word: str, reader, seen: dict[str, tuple[str, ...]], boost: float = 1.0) -> Q.Query:
    """A plain word: its exact form and variants, then its related forms, its document titles
    and the speakers it names, each counting less than the word itself in the turn."""
    forms = word_forms(word, reader, seen)
    clauses: list[Q.Query] = [Q.Term("text", f, boost=boost) for f in forms]
    for f in forms:
        clauses += [
            Q.Term("text", r, boost=boost * RELATED_BOOST)
            for r in related_forms(f, reader)
            if r not in forms
        ]
    clauses += [
        Q.Term("context", f, boost=boost * CONTEXT_BOOST)
        for f in forms
        if reader.doc_frequency("context", f)
    ]
    if reader.doc_frequency("speaker", word):
        clauses.append(Q.Term("speaker", word, boost=boost * SPEAKER_BOOST))
    return clauses[0] if len(clauses) == 1 else Q.Or(clauses)


def expand(q: Q.Query, reader, seen: dict[str, tuple[str, ...]], *, plain: bool = True) -> Q.Query:
    """Replace text terms and phrases by OR-groups of their variants found in the index.

    With `plain`, a word also matches its related forms, titles and speaker names; phrases
    stay exact (with their spelling variants).
    """

    def visit(node: Q.Query) -> Q.Query:
        if isinstance(node, Q.Term) and node.fieldname == "text" and isinstance(node.text, str):
            if plain:
                return word_query(node.text, reader, seen, node.boost)
            forms = word_forms(node.text, reader, seen)
            if len(forms) > 1:
                return Q.Or([Q.Term("text", f, boost=node.boost) for f in forms])
            return node
        if isinstance(node, Q.Phrase) and node.fieldname == "text":
            per_word = [word_forms(w, reader, seen) for w in node.words]
            combos = list(itertools.islice(itertools.product(*per_word), 16))
            if len(combos) > 1:
                return Q.Or(
                    [Q.Phrase("text", list(c), slop=node.slop, boost=node.boost) for c in combos]
                )
            return node
        if node.is_leaf():
            return node
        return node.apply(visit)

    return visit(q)


def _drop_empty(seen: dict[str, tuple[str, ...]]) -> None:
    for word in list(seen):
        if not seen[word]:
            del seen[word]


def phrase_bonus(q: Q.Query, words: list[str], reader=None, seen=None) -> Q.Query:
    """Plain words `a b c` also score the phrase "a b c" (and its spelling variants), so a
    phrase ranks above scattered terms."""
    if 1 < len(words) <= 8 and not isinstance(q, Q.Or):
        phrase: Q.Query = Q.Phrase("text", words, slop=1, boost=2.0)
        if reader is not None:
            phrase = expand(phrase, reader, {} if seen is None else seen, plain=False)
        return Q.AndMaybe(q, phrase)
    return q
