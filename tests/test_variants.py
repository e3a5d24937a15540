import subprocess
import sys

import pytest

from nrc_search.analysis import stem
from nrc_search.variants import (
    edit_distance,
    is_near_variant,
    near_variants,
    spelling_variants,
    suggest_word,
)

# --- British / American spellings --------------------------------------------------------

SPELLINGS = [
    ("defence", "defense"),
    ("defences", "defenses"),
    ("offence", "offense"),
    ("licence", "license"),
    ("organisation", "organization"),
    ("organisations", "organizations"),
    ("organise", "organize"),
    ("recognise", "recognize"),
    ("recognised", "recognized"),
    ("stabilise", "stabilize"),
    ("stabilisation", "stabilization"),
    ("destabilising", "destabilizing"),
    ("normalisation", "normalization"),
    ("demilitarise", "demilitarize"),
    ("prioritise", "prioritize"),
    ("mobilisation", "mobilization"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("centre", "center"),
    ("centres", "centers"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("neighbouring", "neighboring"),
    ("endeavour", "endeavor"),
    ("judgement", "judgment"),
    ("fulfil", "fulfill"),
    ("manoeuvre", "maneuver"),
    ("theatre", "theater"),
    ("analyse", "analyze"),
    ("dialogue", "dialog"),
    ("travelled", "traveled"),
    ("rumour", "rumor"),
    # Not in the list itself: base form looked up and re-inflected.
    ("civilisation", "civilization"),
    ("civilisations", "civilizations"),
    ("authorisation", "authorization"),
    ("armouring", "armoring"),
    # Not in the list at all: the -ise/-ize rule.
    ("weaponisation", "weaponization"),
    ("denuclearisation", "denuclearization"),
    ("securitising", "securitizing"),
]


@pytest.mark.parametrize(("british", "american"), SPELLINGS)
def test_spelling_variants_both_ways(british: str, american: str) -> None:
    assert american in spelling_variants(british)
    assert british in spelling_variants(american)


@pytest.mark.parametrize(("british", "american"), SPELLINGS)
def test_variants_of_stemmed_forms_stay_stemmed(british: str, american: str) -> None:
    for word, other in ((british, american), (american, british)):
        base = stem(word)
        found = spelling_variants(base)
        assert stem(other) in found
        assert all(stem(v) == v for v in found)


@pytest.mark.parametrize(
    "word",
    [
        "sanction", "treaty", "policy", "ceasefire", "nato", "exercise", "advise", "compromise",
        "enterprise", "surprise", "franchise", "precise", "treatise", "crisis", "size", "prize",
        "draft", "filter", "tire", "", "x",
    ],
)  # fmt: skip
def test_words_without_other_spellings(word: str) -> None:
    assert spelling_variants(word) == ()


def test_spelling_variants_is_lowercase_sorted_and_excludes_the_word() -> None:
    assert spelling_variants("Defence") == ("defense",)
    for word, _ in SPELLINGS:
        found = spelling_variants(word)
        assert word not in found
        assert list(found) == sorted(found)
        assert all(v == v.lower() for v in found)


def test_word_list_loads_lazily() -> None:
    code = (
        "import sys, nrc_search.variants as v\n"
        "assert 'breame' not in sys.modules\n"
        "v.is_near_variant('kiev', 'kyiv'); v.suggest_word('missle', [])\n"
        "assert 'breame' not in sys.modules\n"
        "v.spelling_variants('defence')\n"
        "assert 'breame' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- Near-variants: transliterations and near-spellings ----------------------------------

NEAR = [
    ("kiev", "kyiv"),
    ("shoigu", "shoygu"),
    ("kharkov", "kharkiv"),
    ("odessa", "odesa"),
    ("qadhafi", "gaddafi"),
    ("kadhafi", "gaddafi"),
    ("qadhafi", "kadhafi"),
    ("medvedev", "medvedew"),
    ("gerasimov", "gerasimow"),
    ("lavrov", "lavrow"),
    ("kiev", "kiew"),
    ("sectoral", "sectorial"),
    ("electoral", "electorial"),
    ("hindrance", "hinderance"),
    ("likable", "likeable"),
    ("zelensky", "zelenskyy"),
    ("zelenskiy", "zelensky"),
    ("zelenskii", "zelenskyy"),
    ("lvov", "lviv"),
    ("lugansk", "luhansk"),
    ("chernigov", "chernihiv"),
    ("tehran", "teheran"),
    ("hezbollah", "hizballah"),
    ("hizbollah", "hizballah"),
    ("qaeda", "qaida"),
    ("houthi", "huthi"),
    ("khartoum", "khartum"),
    ("nasrallah", "nasrullah"),
    ("navalny", "navalnyi"),
    ("yanukovych", "yanukovich"),
    ("tymoshenko", "timoshenko"),
    ("gorbachev", "gorbachov"),
    ("khrushchev", "khrushchov"),
    ("dmitry", "dmitri"),
    ("dmitriy", "dmitry"),
    ("sergey", "sergei"),
    ("alexei", "aleksei"),
    ("alexey", "aleksei"),
    ("andrei", "andrey"),
    ("nikolai", "nikolay"),
    ("tatyana", "tatiana"),
    ("vasily", "vasiliy"),
    ("yuri", "yuriy"),
    ("ryabkov", "riabkov"),
    ("nebenzia", "nebenzya"),
    ("zhitomir", "zhytomyr"),
    ("vinnitsa", "vinnytsia"),
    ("iraq", "irak"),
    ("qatar", "katar"),
    ("raqqa", "rakka"),
    ("shabaab", "shabab"),
    ("tigray", "tigrai"),
    ("libya", "libia"),
    ("aleksandr", "aleksander"),
    ("alexander", "aleksander"),
    ("sulphur", "sulfur"),
    ("sanaa", "sana'a"),
    ("erdogan", "erdoğan"),
    ("congo", "kongo"),
    ("mikhail", "mihail"),
    ("akhmetov", "ahmetov"),
    ("latakia", "lattakia"),
]


@pytest.mark.parametrize(("a", "b"), NEAR)
def test_near_variants_accepted_both_ways(a: str, b: str) -> None:
    assert is_near_variant(a, b)
    assert is_near_variant(b, a)


NOT_NEAR = [
    ("piracy", "conspiracy"),
    ("transit", "transition"),
    ("nation", "notion"),
    ("police", "policy"),
    ("policy", "polity"),
    ("missile", "missal"),
    ("missile", "missiles"),
    ("sanction", "sanctions"),
    ("hoping", "hopping"),
    ("later", "latter"),
    ("desert", "dessert"),
    ("coma", "comma"),
    ("holy", "holly"),
    ("course", "curse"),
    ("shout", "shut"),
    ("mouse", "muse"),
    ("court", "curt"),
    ("patent", "patient"),
    ("paring", "pairing"),
    ("baring", "bearing"),
    ("eminent", "imminent"),
    ("complement", "compliment"),
    ("stationary", "stationery"),
    ("diary", "dairy"),
    ("alumni", "alumna"),
    ("china", "chino"),
    ("mocha", "macho"),
    ("bingo", "bongo"),
    ("lied", "lid"),
    ("died", "did"),
    ("mania", "mana"),
    ("wary", "vary"),
    ("west", "vest"),
    ("wiper", "viper"),
    ("gate", "hate"),
    ("sanction", "section"),
    ("portion", "potion"),
    ("formal", "formula"),
    ("marital", "martial"),
    ("casual", "causal"),
    ("united", "untied"),
    ("decent", "descent"),
    ("loose", "lose"),
    ("statue", "statute"),
    ("quite", "quiet"),
    ("trade", "tried"),
    ("iran", "iraq"),
    ("syria", "serbia"),
    ("russia", "prussia"),
    ("libya", "liberia"),
    ("sudan", "sedan"),
    ("niger", "nigeria"),
    ("oman", "roman"),
    ("ukraine", "ukrainian"),
    ("treaty", "treat"),
    ("border", "boarder"),
    ("council", "counsel"),
    ("affect", "effect"),
    ("principal", "principle"),
    ("peace", "piece"),
    ("weather", "whether"),
    ("accept", "except"),
    ("envelop", "envelope"),
    ("breath", "breathe"),
    ("nuclear", "unclear"),
    ("naval", "navel"),
    ("troops", "troupes"),
    ("putin", "putting"),
    ("through", "thorough"),
    ("singing", "singeing"),
    ("dying", "dyeing"),
    # Found by running the rule over a 63,000-word English dictionary.
    ("grow", "grew"),
    ("throw", "threw"),
    ("dyed", "died"),
    ("dyes", "dies"),
    ("days", "dais"),
    ("raked", "racked"),
    ("taking", "tacking"),
    ("reading", "readying"),
    ("underling", "underlying"),
    ("drives", "derives"),
    ("courtly", "curtly"),
    ("gravelly", "gravely"),
    ("ricotta", "regatta"),
    ("cupola", "copula"),
    ("xvii", "xviii"),
    ("lynx", "links"),
    ("bite", "byte"),
    ("supplant", "suppliant"),
    ("tying", "ting"),
    ("biden", "boden"),
    ("kiev", "kiev"),
    ("un", "eu"),
]


@pytest.mark.parametrize(("a", "b"), NOT_NEAR)
def test_fuzzy_noise_rejected_both_ways(a: str, b: str) -> None:
    assert not is_near_variant(a, b)
    assert not is_near_variant(b, a)


def test_british_american_pairs_are_left_to_spelling_variants() -> None:
    assert not is_near_variant("defence", "defense")
    assert not is_near_variant("organisation", "organization")


def test_near_variants_filters_and_ranks_by_frequency() -> None:
    candidates = [
        ("kiev", 3),
        ("kyiv", 120),
        ("kiew", 1),
        ("kief", 9),
        ("kyivs", 4),
        ("kiiv", 0),
    ]
    assert near_variants("kiev", candidates) == ("kyiv", "kiew")
    assert near_variants("kyiv", candidates, limit=1) == ("kiev",)
    assert near_variants("kyiv", []) == ()


def test_near_variants_keeps_the_highest_frequency_of_a_repeated_term() -> None:
    candidates = [("gaddafi", 2), ("qadhafi", 5), ("gaddafi", 7)]
    assert near_variants("kadhafi", candidates) == ("gaddafi", "qadhafi")


# --- Did you mean --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "candidates", "expected"),
    [
        ("missle", [("missile", 40), ("missal", 1), ("mistle", 2)], "missile"),
        ("defnce", [("defence", 30), ("defense", 50), ("deface", 1)], "defence"),
        ("sanctoins", [("sanction", 80), ("sanctions", 3)], "sanctions"),
        ("ceasfire", [("ceasefire", 12), ("ceasefires", 2)], "ceasefire"),
        ("nucelar", [("nuclear", 60), ("unclear", 9)], "nuclear"),
        ("zelenksy", [("zelensky", 5), ("zelenskyy", 9)], "zelensky"),
        ("defence", [("defence", 30), ("defense", 50)], None),
        ("missile", [("missile", 0), ("missal", 3)], "missal"),
        ("xyzzy", [("nato", 10)], None),
        ("natp", [("nato", 10), ("nap", 3)], "nato"),
        ("natp", [("nato", 10), ("nap", 900)], "nap"),
        ("un", [("eu", 10)], None),
        ("missle", [], None),
    ],
)
def test_suggest_word(word: str, candidates: list[tuple[str, int]], expected: str | None) -> None:
    assert suggest_word(word, candidates) == expected


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("missle", "missile", 1),
        ("nucelar", "nuclear", 1),
        ("kitten", "sitting", 3),
        ("", "nato", 4),
        ("nato", "nato", 0),
        ("ca", "abc", 3),
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance
    assert edit_distance(b, a) == distance
