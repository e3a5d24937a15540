"""Query-time spelling help: British/American spellings, transliteration near-variants, did-you-mean.

Pure functions over plain strings and (term, frequency) pairs; the caller brings index candidates.
Imports only the stdlib and `nrc_search.analysis`; never whoosh, rich or click. The British/American
table (the `breame` package) is imported on the first call, so importing this module stays cheap.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from nrc_search.analysis import stem

# Pairs in the word list whose other spelling is, for our readers, a different word:
# "draft resolution" must not pull in "draught", nor "filter" the potion "philtre".
_NOT_VARIANTS = frozenset(
    {
        ("draught", "draft"),
        ("draughts", "drafts"),
        ("philtre", "filter"),
        ("philtres", "filters"),
        ("tyre", "tire"),
        ("tyres", "tires"),
        ("groyne", "groin"),
        ("groynes", "groins"),
        ("gryphon", "griffin"),
        ("gryphons", "griffins"),
        ("busses", "buses"),
        ("gasses", "gases"),
        ("pummelled", "pummel"),
    }
)

# Endings re-attached after looking up a base form, longest first ("civilisations" -> "civilise").
_SUFFIXES = (
    "ations", "ation", "ational", "ingly", "ments", "ment", "ers", "er", "ed", "ing",
    "able", "less", "ist", "ists", "ism", "al", "ly", "es", "s",
)  # fmt: skip

# Words the -ise/-ize rule would wrongly split: "treatise" is not "treat" + "-ise".
_NOT_ISE = frozenset({"treatise", "treatises"})

# The -ise/-ize rule for words the list lacks: a stem of 3+ letters ending in a letter pair that
# forms verbs, then is/iz and an inflection. Matches "denuclearisation", "weaponizing".
_ISE_IZE = re.compile(
    r"^(?P<stem>[a-z]{2,}(?:al|ar|an|on|en|ic|it|at|iv|er|or|in|ul|ur|ol|am))"
    r"(?P<z>is|iz)(?P<end>e|es|ed|ing|er|ers|ation|ations|ational)$"
)

_VOWELS = "aeiou"
_VELAR_MAP = str.maketrans(dict.fromkeys("gqc", "k"))

# Transliteration rewrites applied in order to build a comparison key (see `_key`), each with
# the shortest word it applies to: "y" between consonants is "i" in "tymoshenko", not in "style".
_REWRITES = (
    (0, re.compile(r"kh"), "h"),  # "kharkiv" -> "harkiv", as "Kharkov"
    (0, re.compile(r"dh"), "d"),  # "qadhafi" -> "qadafi"
    (0, re.compile(r"ph"), "f"),  # "sulphur" -> "sulfur"
    (0, re.compile(r"q"), "k"),  # "iraq" -> "irak"
    (0, re.compile(r"x(?=[aeiou])"), "ks"),  # "alexei" -> "aleksei"
    (0, re.compile(r"yi(?!ng)"), "i"),  # "kyiv" -> "kiv", "navalnyi"; not "underlying"
    (0, re.compile(r"yy"), "i"),  # "zelenskyy" -> "zelenski"
    (0, re.compile(r"(?<=[aeio])y$"), "i"),  # "sergey" -> "sergei", "vasiliy" -> "vasilii"
    (0, re.compile(r"(?<=[^aeiou])y$"), "i"),  # "dmitry" -> "dmitri", "zelensky"
    (5, re.compile(r"(?<=[^aeiou])y(?=[aeou])"), "i"),  # "ryabkov" -> "riabkov", "libya"
    (5, re.compile(r"(?<=[aeo])y(?=[^aeiou])"), "i"),  # "shoygu" -> "shoigu"
    (6, re.compile(r"(?<=[^aeiou])y(?=[^aeiou])"), "i"),  # "tymoshenko" -> "timoshenko"
    (0, re.compile(r"(?<=[aeiou])h(?=[aeiou])"), "g"),  # "luhansk" -> "lugansk" (Ukrainian h)
    (0, re.compile(r"(?:ie|e|o|i)v$"), "iv"),  # "kiev", "kharkov", "lviv" -> "-iv"
    (0, re.compile(r"(?<=ts)ia$"), "a"),  # "vinnitsia" -> "vinnitsa"
    (0, re.compile(r"oum$"), "um"),  # "khartoum" -> "khartum" (French transliteration)
    (0, re.compile(r"([aiu])\1+(?!ng)"), r"\1"),  # "vasilii" -> "vasili", "shabaab"; not "taxiing"
)
# In name-like words only (see `_name_like`): "houthi" -> "huthi", but "course" keeps its "ou".
_NAME_OU = re.compile(r"ou")  # "houthi" -> "huthi"
_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1")  # "gaddafi" -> "gadafi", "odessa" -> "odesa"
# A Roman numeral, which the i-collapse would otherwise merge: "xvii", "xviii".
_ROMAN = re.compile(r"m*(?:c[md]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})")
# One vowel cluster or one consonant cluster, for the vowel-pattern comparison: "qaeda" ->
# ["k", "ae", "d", "a"].
_CLUSTER = re.compile(r"[aeiou]+|[^aeiou]+")


@lru_cache(maxsize=1)
def _table() -> dict[str, set[str]]:
    """Every spelling in the British/American list -> its other spellings (read-only: callers
    copy what they change). Loaded on first use, in ~3 ms."""
    from breame.data.spelling_constants import (
        AMERICAN_ENGLISH_SPELLINGS,
        BRITISH_ENGLISH_SPELLINGS,
    )

    table: dict[str, set[str]] = {}
    pairs = itertools.chain(
        BRITISH_ENGLISH_SPELLINGS.items(),
        ((gb, us) for us, gb in AMERICAN_ENGLISH_SPELLINGS.items()),
    )
    for gb, us in pairs:
        if gb == us or not (gb.isalpha() and us.isalpha()) or (gb, us) in _NOT_VARIANTS:
            continue
        if gb in table:
            table[gb].add(us)
        else:
            table[gb] = {us}
        if us in table:
            table[us].add(gb)
        else:
            table[us] = {gb}
    return table


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    """Every spelling on either side of the British/American list: a word with none of its
    forms here has no listed variant, and `_table` (~3 ms to build) is not needed."""
    from breame.data.spelling_constants import (
        AMERICAN_ENGLISH_SPELLINGS,
        BRITISH_ENGLISH_SPELLINGS,
    )

    return frozenset(
        itertools.chain(
            BRITISH_ENGLISH_SPELLINGS,
            BRITISH_ENGLISH_SPELLINGS.values(),
            AMERICAN_ENGLISH_SPELLINGS,
            AMERICAN_ENGLISH_SPELLINGS.values(),
        )
    )


def _from_table(word: str) -> set[str]:
    """Listed spellings of `word`, or of its base form re-inflected ("civilisation")."""
    listed = _listed()
    bases = [word[: -len(x)] for x in _SUFFIXES if word.endswith(x) and len(word) - len(x) >= 3]
    if word not in listed and not any(b in listed or b + "e" in listed for b in bases):
        return set()  # the table's words are all listed: it would find nothing
    table = _table()
    if word in table:
        return set(table[word])
    for suffix in _SUFFIXES:
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 3:
            continue
        found = {other + suffix for other in table.get(base, ())}
        found |= {o[:-1] + suffix for o in table.get(base + "e", ()) if o.endswith("e")}
        if found:
            return found
    return set()


def _ise_ize(word: str) -> set[str]:
    """The -ise/-ize twin by rule, for words the list lacks ("weaponisation")."""
    m = _ISE_IZE.match(word)
    if not m or word in _NOT_ISE:
        return set()
    other = "iz" if m["z"] == "is" else "is"
    return {m["stem"] + other + m["end"]}


def spelling_variants(word: str) -> tuple[str, ...]:
    """Other British/American spellings of this word form, lowercase, without the word itself.

    Works on surface forms and on `stem()` output alike, and answers in the same inflection.

    >>> spelling_variants("defences"), spelling_variants("organization")
    (('defenses',), ('organisation',))
    """
    w = word.lower().strip()
    found = _from_table(w) or _ise_ize(w)
    base = stem(w)
    if not found and base != w and w.startswith(base):
        found = {v + w[len(base) :] for v in _from_table(base) or _ise_ize(base)}
    found.discard(w)
    return tuple(sorted(found))


def _fold(word: str) -> str:
    """Lowercase ASCII letters only: "Sana'a" -> "sanaa", "Erdoğan" -> "erdogan"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if "a" <= ch <= "z")


def _name_like(word: str) -> bool:
    """Ends like a transliterated name (vowel, or vowel + h) rather than an English word.

    "gaddafi", "odessa", "hezbollah", "houthi" are name-like; "desert", "courtly", "course" are not.
    """
    w = word[:-1] if len(word) > 3 and word.endswith("h") else word
    return w[-1:] in ("a", "i", "o", "u")


@lru_cache(maxsize=20_000)
def name_like(word: str) -> bool:
    """Whether `word` ends like a transliterated name ("qadhafi", "hezbollah"; not "chernobyl")."""
    return _name_like(_fold(word))


@lru_cache(maxsize=20_000)
def _key(word: str) -> str:
    """A transliteration key: spellings of one name share it ("kiev" and "kyiv" -> "kiv")."""
    w = _fold(word)
    name_like = _name_like(w)
    for min_len, pattern, repl in _REWRITES:
        if len(word) >= min_len:
            w = pattern.sub(repl, w)
    if name_like:
        w = _NAME_OU.sub("u", w)
        if len(word) >= 6:
            w = _DOUBLE.sub(r"\1", w)
    return w


def _one_vowel_inserted(short: str, long: str) -> bool:
    """`long` is `short` with one vowel added inside, where English spelling really varies.

    An e before r after a consonant, not in the first syllable ("tehran"/"teheran",
    "hindrance"/"hinderance"; not "drives"/"derives"), a final -ial or -ian for -al or -an
    ("sectoral"/"sectorial"), an e before -able/-ment ("likable"/"likeable").
    Not any vowel anywhere: "through"/"thorough" are two words.
    """
    if len(long) != len(short) + 1 or len(short) < 6:
        return False
    i = next((k for k, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    if long[:i] + long[i + 1 :] != short or not 0 < i < len(short):
        return False
    rest, after_consonant = long[i:], long[i - 1] not in _VOWELS
    return (
        (after_consonant and i >= 3 and rest.startswith("er"))
        or rest in ("ial", "ian", "ials", "ians")
        or rest.startswith(("eable", "ement"))
    )


def _same_consonants(a: str, b: str) -> bool:
    """Same consonants (a first k/g/q/c alike), vowel clusters differ only inside the word.

    "qaeda"/"qaida", "hizbollah"/"hizballah" and "gadafi"/"kadafi" pass; "alumni"/"alumna" (last
    vowel), "ricotta"/"regatta" (inner c/g) and "cupola"/"copula" (two changes in six letters)
    do not.
    """
    ca, cb = _CLUSTER.findall(a), _CLUSTER.findall(b)
    if len(ca) != len(cb) or ca[-1] != cb[-1] or ca[0][0] in _VOWELS or cb[0][0] in _VOWELS:
        return False
    if ca[0].translate(_VELAR_MAP) != cb[0].translate(_VELAR_MAP):
        return False
    diffs = 0
    for x, y in zip(ca[1:], cb[1:], strict=True):
        if x[0] not in _VOWELS or y[0] not in _VOWELS:
            if x != y:
                return False
        elif x != y:
            diffs += 1
            # Short words differ by a diphthong at most ("qaeda"/"qaida", not "bingo"/"bongo").
            if len(a) < 6 and max(len(x), len(y)) < 2:
                return False
    return diffs <= (2 if min(len(a), len(b)) >= 8 else 1)


def _vowel_end(word: str) -> bool:
    """Ends in a, i, o, u or -ah, as transliterated names do ("qaida", "hizballah"); "y" is out
    because English -ary/-ery words ("stationary"/"stationery") end in it."""
    return word[-1] in "aiou" or word.endswith("ah")


def is_near_variant(query: str, candidate: str) -> bool:
    """Whether `candidate` is another spelling or transliteration of `query` (symmetric).

    Accepts: same transliteration key (Kiev/Kyiv, Shoigu/Shoygu, Odessa/Odesa); one vowel
    inserted inside a long word (sectoral/sectorial, Tehran/Teheran); for words of 5+ letters
    ending in a vowel, the same consonants with up to two inner vowel changes (Qaeda/Qaida).
    Rejects everything else: piracy/conspiracy, transit/transition, nation/notion.
    """
    if query.lower() == candidate.lower():
        return False
    a, b = _fold(query), _fold(candidate)
    if min(len(a), len(b)) < 4 or (_ROMAN.fullmatch(a) and _ROMAN.fullmatch(b)):
        return False
    if a[:-1] == b[:-1] and {a[-1], b[-1]} == {"v", "w"}:
        return True  # German and Polish -w: "medvedew", "lavrow", "kiew"
    ka, kb = _key(a), _key(b)
    if ka == kb or _one_vowel_inserted(*sorted((a, b), key=len)):
        return True
    if _one_vowel_inserted(*sorted((ka, kb), key=len)):
        return True
    ends_in_vowel = _vowel_end(a) and _vowel_end(b)
    return ends_in_vowel and min(len(a), len(b)) >= 5 and _same_consonants(ka, kb)


def near_variants(
    query: str, candidates: Iterable[tuple[str, int]], limit: int = 5
) -> tuple[str, ...]:
    """The candidates that are near-variants of `query`, most frequent first, at most `limit`."""
    best: dict[str, int] = {}
    for term, freq in candidates:
        if freq > 0 and is_near_variant(query, term):
            best[term] = max(freq, best.get(term, 0))
    ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
    return tuple(term for term, _ in ranked[:limit])


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insert, delete, substitute, swap neighbours cost 1."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def suggest_word(word: str, candidates: Iterable[tuple[str, int]]) -> str | None:
    """Did-you-mean for one word: the closest frequent index term, or None.

    None when `word` itself is among the candidates (it exists: keep it) or nothing is close:
    one edit for words of up to 4 letters, two for longer ones. Ties go to the more frequent term.

    >>> suggest_word("missle", [("missile", 40), ("missal", 1), ("mistle", 2)])
    'missile'
    """
    w = word.lower()
    pool = [(term, freq) for term, freq in candidates if freq > 0]
    if any(term == w for term, _ in pool):
        return None
    max_dist = 1 if len(w) <= 4 else 2
    scored = [(edit_distance(w, term), -freq, term) for term, freq in pool]
    scored = [s for s in scored if s[0] <= max_dist]
    return min(scored)[2] if scored else None
