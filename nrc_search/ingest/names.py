"""Personal names: proper-casing, honorifics, role words, and splitting "ROLE NAME" phrases.

Shared by segment, news and speakers. Pure string functions; stdlib only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from nrc_search.ingest.lexicon import terms


def words(text: str) -> frozenset[str]:
    """A set of words written as one string (keeps long word lists readable)."""
    return frozenset(text.split())


def as_printed_in_capitals(vocabulary: frozenset[str]) -> frozenset[str]:
    """A vocabulary and each word's key as a label in capitals gives it: "CUMHURBAŞKANI" folds
    to "cumhurbaşkani" (Turkish dotless ı), "AUSSENMINISTER" to "aussenminister" (ß)."""
    return vocabulary | frozenset(w.upper().casefold() for w in vocabulary)


#: Titles that precede a surname and are not part of the name ("Mr. Ivanov", "SEC. PANETTA").
HONORIFICS = as_printed_in_capitals(terms("honorifics"))

#: Letters after a name, dropped from it ("Richard Marles MP", "Jane Smith QC").
POSTNOMINALS = terms("postnominals")

#: Words that make a phrase a role rather than a name ("NATO Secretary General").
ROLE_WORDS = as_printed_in_capitals(terms("role_words"))

#: Particles kept lower-case inside a name ("Ursula von der Leyen").
_PARTICLES = terms("name_particles")


def _latin(test: Callable[[str], bool]) -> str:
    """The letters of the Latin blocks beyond ASCII (Latin-1 to Extended-B, Extended
    Additional: "Ł", "Š", "Ő", "Ễ") that pass `test`, for a regex character class."""
    blocks = (range(0xC0, 0x250), range(0x1E00, 0x1F00))
    return "".join(c for b in blocks for c in map(chr, b) if test(c))


#: Latin capitals and small letters for regex classes ("[{UPPER}]"). A range like "Ā-ž" mixes
#: both cases ("ł" is in it), so that a run "starting at a capital" began inside "marszałek".
UPPER = "A-Z" + _latin(str.isupper)
LOWER = "a-z" + _latin(str.islower)

# One word of a name, e.g. "Fogh", "O'Brien", "Jean-Claude", "Burić", "Łukasz", "el-Sisi", or
# an initial "E.".
NAME_WORD = (
    r"(?:(?:al|el|ad|as|ash|bin|ibn|abu|ben)-)?"
    r"(?:[A-ZÀ-ÞĀ-ž][A-Za-zÀ-ž'’\-]*[a-zß-ÿā-ž][A-Za-zÀ-ž'’\-]*|[A-Z]\.)"
)
#: Particles that join the words of one name in running text ("del" in "Albert del Rosario"), as
#: a regex alternation.
JOINERS = "|".join(sorted(terms("name_joiners"), key=len, reverse=True))
# A full name in running text, e.g. "Anders Fogh Rasmussen", "Sergei Lavrov", "Ursula von der Leyen".
FULL_NAME = re.compile(rf"\b{NAME_WORD}(?:\s+(?:(?:{JOINERS})\s+)*{NAME_WORD}){{1,3}}")
ROMAN = frozenset(("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "Jr.", "Sr.", "Jr", "Sr"))
# Initials standing for a name: two to four capitals, no vowel ("SL", "JB", "CKS").
_VOWELLESS = re.compile(r"^[B-DF-HJ-NP-TV-Z]{2,4}$")
_WORD_SPLIT = re.compile(r"(\s+|-)")
# A dot glued to the next letter in initials, e.g. "S.V.LAVROV", "V.Putin".
_INITIALS = re.compile(r"(?<=\b[A-Za-z])\.(?=[A-Za-z])")


@lru_cache(maxsize=65536)
def proper_case(name: str) -> str:
    """ "ANDERS FOGH RASMUSSEN" -> "Anders Fogh Rasmussen", "S.V.LAVROV" -> "S. V. Lavrov";
    mixed case is kept as printed."""
    name = " ".join(_INITIALS.sub(". ", name).split())
    if _VOWELLESS.match(name):
        return name  # initials for a name, "SL", "JB": no word to case
    if not name.isupper() and not name.islower():  # "Mr. SHARETT" -> "Mr. Sharett"
        return " ".join(
            proper_case(w) if w.isupper() and len(w) > 1 and w not in ROMAN else w
            for w in name.split()
        )
    low = name.lower()
    if "İ" in name:
        low = low.replace("i\u0307", "i")  # "TAYYİP" -> "tayyip", not "tayyi̇p" (a dot above)
    parts = _WORD_SPLIT.split(low)
    out = []
    for i, part in enumerate(parts):
        if i and part in _PARTICLES:
            out.append(part)
        elif part in ACRONYMS and parts[i + 1 : i + 2] == ["-"] and is_role_word(parts[i + 2]):
            out.append(part.upper())  # "IAEA-GENERALDIREKTOR" -> "IAEA-Generaldirektor"
        else:
            out.append(_cap(_DOTLESS.get(part, part)))
    return "".join(out)


def _cap(word: str) -> str:
    if word.startswith("mc") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    if word[:2] in ("o'", "o’", "d'") and len(word) > 2:
        return word[:2].upper() + word[2:].capitalize()
    return word.capitalize()


@lru_cache(maxsize=65536)
def norm(word: str) -> str:
    """Comparison key of a word: lower case, no dots, no accents beyond casefold."""
    return word.casefold().strip(".,;:'’")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name's key across spellings of its letters: no case, no accents ("Grabar-Kitarović"
    = "GRABAR-KITAROVIC")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain if plain.isascii() else plain.translate(_PLAIN)


@lru_cache(maxsize=65536)
def strip_honorifics(name: str) -> str:
    """ "Mr. Ivanov" -> "Ivanov"; "Secretary General Rasmussen" -> "Rasmussen"."""
    words = name.split()
    while len(words) > 1 and (
        norm(words[0]) in HONORIFICS
        or norm(words[0]) in ROLE_WORDS
        or (norm(words[0]) in _HONORIFIC_HEADS and norm(words[1]) in HONORIFICS)
    ):
        words = words[1:]  # "Tan Sri Muhyiddin Yassin": "Tan" heads the title "Sri"
    return " ".join(words)


#: Words that are a courtesy title only before another ("Tan" Sri, "Puan" Sri, "Toh" Puan).
_HONORIFIC_HEADS = terms("honorific_heads")


@lru_cache(maxsize=65536)
def is_role_word(word: str) -> bool:
    """ "Minister", "secretary-general", "Vice-President" (every part a role word),
    "IAEA-Generaldirektor", "UN-Generalsekretär" (an organisation's acronym joined to one)."""
    k = norm(word)
    if k in ROLE_WORDS:
        return True
    if "-" not in k:
        return False
    parts = k.split("-")
    return all(p in ROLE_WORDS or p in ACRONYMS for p in parts) and any(
        p in ROLE_WORDS for p in parts
    )


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    """The last word of a name, as a comparison key ("Anders Fogh Rasmussen" -> "rasmussen");
    a generational suffix is skipped ("Lloyd J. Austin III" -> "austin")."""
    words = name.split()
    while len(words) > 1 and (words[-1] in ROMAN or norm(words[-1]) in ("jr", "sr")):
        words = words[:-1]
    return norm(words[-1]) if words else ""


def split_role_name(phrase: str, known: dict[str, str] | None = None) -> tuple[str | None, str]:
    """Split "PRESIDENT OF FRANCE NICOLAS SARKOZY" into ("President of France", "Nicolas Sarkozy").

    The role is the longest prefix that ends in a role word, plus an "of X" complement; the
    rest is the name. A name the document already knows (`known`: surname -> full name) wins.
    """
    words = phrase.split()
    if known and words and surname(phrase) in known and len(words) > 1:
        full = known[surname(phrase)]
        n = len(full.split())
        if len(words) > n and [norm(w) for w in words[-n:]] == [norm(w) for w in full.split()]:
            return role_case(" ".join(words[:-n]).rstrip(",")), full
    cut = 0
    for i, w in enumerate(words[:-1]):
        if is_role_word(w) and norm(w) not in ("of", "the", "for", "and", "on", "to"):
            cut = i + 1
    if cut and cut < len(words) and norm(words[cut]) == "of":
        rest = len(words) - cut
        cut = len(words) - 2 if rest > 3 else cut + min(2, rest - 1)
    if not cut or cut >= len(words):
        return None, phrase
    return role_case(" ".join(words[:cut]).rstrip(",")), " ".join(words[cut:])


# Role words with a Turkish dotless ı, by the key a label in capitals gives them.
_DOTLESS = {w.upper().lower(): w for w in terms("role_words") if "ı" in w}
_ROLE_LOWER = words("of the for and on to in at")
#: Organisations that appear inside role labels ("NATO SECRETARY GENERAL", "BBC ANCHOR").
ACRONYMS = terms("acronyms")
_ACRONYMS = ACRONYMS


def role_case(role: str) -> str:
    """ "NATO SECRETARY GENERAL" -> "NATO Secretary General"; mixed case is kept."""
    role = " ".join(role.split())
    if not role.isupper():
        return role
    out = []
    for i, w in enumerate(role.lower().split()):
        w = _DOTLESS.get(w, w)  # "CUMHURBAŞKANI" -> "cumhurbaşkanı", not "cumhurbaşkani"
        if w in _ACRONYMS or w.rstrip(".") in _ACRONYMS:  # "NATO", "U.S."
            out.append(w.upper())
        elif i and w in _ROLE_LOWER:
            out.append(w)
        else:
            out.append(
                "-".join(p.upper() if p in _ACRONYMS else p.capitalize() for p in w.split("-"))
            )
    return " ".join(out)


#: Words that make a capitalised run an institution or place, not a person.
NOT_PERSON = as_printed_in_capitals(terms("not_person"))


def initials_fit(printed: str, full: str) -> bool:
    """ "S. V. Lavrov" fits "Sergey Lavrov"; "Lavrov" fits anyone called Lavrov."""
    first = [w for w in printed.split()[:-1] if len(w.rstrip(".")) == 1]
    names = full.split()[:-1]
    return not first or (bool(names) and names[0][:1].casefold() == first[0][:1].casefold())


#: News outlets that appear as interviewer labels ("Euronews: Mr Lavrov, is the Minsk ...").
OUTLETS = terms("outlets")


#: Abbreviated role labels in NATO and UN transcripts.
ABBREVIATED_ROLES = {
    "SG": "Secretary General",
    "DSG": "Deputy Secretary General",
    "PM": "Prime Minister",
    "FM": "Foreign Minister",
    "SYG": "Secretary-General",
    "SRSG": "Special Representative",
}

#: Words that make a label a news outlet asking a question ("China Daily:", "Phoenix TV:").
MEDIA_WORDS = terms("media_words")
ASKERS = terms("askers")

#: Words before a colon that start a field or a sentence, not a speaker ("Date:", "Finally:").
LABEL_STOP = terms("label_stop")
LABEL_STOP_FIRST = terms("label_stop_first")
#: Courtesy titles before a role label ("Mr Speaker", "Hon. Members", "Madam Deputy Speaker").
COURTESY = terms("courtesy")


def strip_parens(raw: str) -> tuple[str, list[str]]:
    """ "Mr. X (Ceylon (Sri Lanka)) (spoke in French)" -> ("Mr. X", ["Ceylon (Sri Lanka)", ...]);
    square brackets count too: "JENS STOLTENBERG [NATO Secretary General]"."""
    core: list[str] = []
    notes: list[str] = []
    note: list[str] = []
    depth = 0
    for ch in raw:
        if ch in "([":
            depth += 1
            if depth == 1:
                continue
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                notes.append("".join(note).strip())
                note = []
                continue
        (note if depth else core).append(ch)
    return " ".join("".join(core).split()), notes


def after_courtesy(words: list[str]) -> list[str]:
    """The words after a leading courtesy title that is no role ("Mr", "Hon.", "Madam")."""
    k = 0
    while k < len(words) - 1 and norm(words[k]) in COURTESY and not is_role_word(words[k]):
        k += 1
    return words[k:] if k else words


def first_word_of(word: str, names: list[str]) -> str | None:
    """The one multi-word name among `names` that opens with `word` ("Wang" -> "Wang Yi")."""
    key = word.casefold()
    hits = {n for n in names if n and len(n.split()) > 1 and n.split()[0].casefold() == key}
    return hits.pop() if len(hits) == 1 else None


def same_given(w: str, f: str) -> bool:
    """Two spellings of one given name, compared lower case: equal, an initial ("a" for
    "anders"), or a transliteration ("sergei"/"sergey", "dmitri"/"dmitry", "petr"/"petro"):
    the same start, one letter of difference at most."""
    if w == f or (len(w) == 1 and f.startswith(w)) or (len(f) == 1 and w.startswith(f)):
        return True
    shorter = min(len(w), len(f))
    common = next((i for i in range(shorter) if w[i] != f[i]), shorter)
    return abs(len(w) - len(f)) <= 1 and common >= min(4, len(w) - 1, len(f) - 1) >= 3


# Latin letters no accent folding takes apart (a stroke, a ligature, no dot), in lower case
# as casefold() leaves them: "Małgorzata Kidawa-Błońska" is "Malgorzata Kidawa-Blonska",
# "Søreide" "Soreide", "Đukanović" "Dukanovic", "Kılıç" "Kilic".
_PLAIN_LATIN = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
_PLAIN_LATIN |= {"ħ": "h", "ŧ": "t", "ŀ": "l", "ƚ": "l", "ɨ": "i"}
_PLAIN = str.maketrans(_PLAIN_LATIN)

# Cyrillic letters in Latin, as Russian and Ukrainian names are romanised (after the accents
# are folded: "й" is "и" by then): a name's key across scripts ("П. Коваленко" = "P. Kovalenko").
_CYRILLIC = str.maketrans(
    {
        **dict(zip("абвгдезиклмнопрстуфыэіґ", "abvgdeziklmnoprstufyeig", strict=True)),
        **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu"},
        **{"я": "ya", "є": "ye", "ъ": "", "ь": ""},
        **_PLAIN_LATIN,
    }
)


def latin(text: str) -> str:
    """Lower-case text with its Cyrillic letters romanised ("коваленко" -> "kovalenko") and
    its Latin letters with a stroke or ligature plain ("błońska" -> "blonska")."""
    return text.translate(_CYRILLIC)


# A Russian name in the genitive, as a heading prints the person an interview or a speech is
# of ("Интервью Сергея Лаврова ...", "Брифинг М.В.Захаровой"): the given name tells a man's
# from a woman's; the surname's ending follows ("Лаврова" -> "Лавров", "Захаровой" ->
# "Захарова"); a surname that does not decline ("Величко", "Черных", "Шойгу") is kept.
_MASC_GIVEN = (("ея", "ей"), ("ия", "ий"), ("ая", "ай"))
_FEM_GIVEN = (("ии", "ия"), ("ьи", "ья"), ("ы", "а"))
_MASC_SURNAME = (("ского", "ский"), ("цкого", "цкий"), ("ого", "ой"))
_FEM_SURNAME = (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"))
_UNDECLINED = re.compile(r"(?:[оеиуюэ]|ых|их)$")
_CONSONANT_A = re.compile(r"[бвгджзклмнпрстфхцчшщ]а$")
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё.\-А-ЯЁ]*")


def nominative(name: str) -> str:
    """A Russian given name and surname in the genitive, in the nominative: "Сергея Лаврова"
    -> "Сергей Лавров", "Остапа Величко" -> "Остап Величко", "Марии Захаровой" -> "Мария
    Захарова", "С.В.Лаврова" -> "С.В.Лавров". Any other name is returned as it is."""
    words = name.split()
    if not words or not all(_CYRILLIC_NAME.fullmatch(w) for w in words):
        return name
    *given, last = words
    genders = {_gender(g) for g in given if not g.endswith(".")}
    gender = genders.pop() if len(genders) == 1 else ("" if not genders else None)
    if gender is None:
        return name  # given names that disagree: no genitive read
    if not gender:  # initials only: the surname alone says it
        gender = "f" if last.endswith("ой") else "m" if _masculine_genitive(last) else ""
    new_last = _surname_in(last, gender) if gender else None
    if new_last is None:
        return name
    firsts = [g if g.endswith(".") else _given_in(g, gender) for g in given]
    return " ".join([*firsts, new_last])


def _gender(given: str) -> str | None:
    """ "m" or "f" for a given name in the genitive, None where it is no genitive."""
    if given.endswith(tuple(e for e, _ in _FEM_GIVEN)) or (
        given.endswith("и") and given[-2:-1] in "гкхжшчщ"
    ):
        return "f"
    if given.endswith(tuple(e for e, _ in _MASC_GIVEN)) or _CONSONANT_A.search(given):
        return "m"
    return None


def _given_in(given: str, gender: str) -> str:
    for ending, nom in _MASC_GIVEN if gender == "m" else _FEM_GIVEN:
        if given.endswith(ending):
            return given[: -len(ending)] + nom
    if gender == "f" and given.endswith("и"):
        return given[:-1] + "а"  # "Ольги" -> "Ольга"
    return given[:-1] if gender == "m" and given.endswith("а") else given  # "Владимира"


def _masculine_genitive(last: str) -> bool:
    return bool(_CONSONANT_A.search(last)) or last.endswith("ого")


def _surname_in(last: str, gender: str) -> str | None:
    """The nominative of a surname in the genitive (itself where it does not decline); None
    where its ending is no genitive of that gender."""
    for ending, nom in _MASC_SURNAME if gender == "m" else _FEM_SURNAME:
        if last.endswith(ending) and len(last) > len(ending) + 1:
            return last[: -len(ending)] + nom
    if _UNDECLINED.search(last):
        return last
    if gender == "m" and _CONSONANT_A.search(last) and len(last) > 3:
        return last[:-1]  # "Лаврова" -> "Лавров", "Оверчука" -> "Оверчук"
    if gender == "m" and last.endswith("я") and len(last) > 3:
        return last[:-1] + "ь"  # "Гоголя" -> "Гоголь"
    return None
