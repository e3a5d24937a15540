"""Word pairs (the `pairs` field): what a phrase of common words is found by."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from nrc_search.analysis import analyzer, common_words, pair_term, pair_terms

ROOT = Path(__file__).resolve().parent.parent


def _reference(text: str) -> list[str]:
    """Pairs straight from the analyzer's tokens and positions over the whole text."""
    common = common_words()
    tokens = [(t.text, t.pos) for t in analyzer()(text, positions=True)]
    return sorted(
        {
            pair_term(a, b)
            for (a, pa), (b, pb) in itertools.pairwise(tokens)
            if pb == pa + 1 and a in common and b in common
        }
    )


TRICKY = [
    "The international community's response: human rights, NATO's role.",
    "L'approche de la communauté internationale, d'Afghanistan; c’est la paix.",
    "我们讨论了安全问题 international community 安全 security council",
    "Ασφάλεια και ειρήνη — security council; ёлка human rights",
    "U.S. foreign policy and the U.N. security council's work",
    "",
    "   human   rights\n\nwatch  ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_pairs_are_the_analyzers_neighbours(text: str) -> None:
    assert pair_terms(text) == _reference(text)


def test_pairs_of_every_seed_and_fixture_match_the_analyzer() -> None:
    paths = sorted((ROOT / "seeds").glob("*")) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert pair_terms(text) == _reference(text), path.name


def test_a_phrase_of_common_words_is_one_pair_and_function_words_are_not_paired() -> None:
    pairs = pair_terms("The international community and the security council of the UN.")
    assert "international community" in pairs
    assert "security council" in pairs
    assert not any(p.split()[0] in ("the", "of", "and") for p in pairs)


def _tokens(an, text: str) -> list[tuple]:
    return [(t.text, t.pos, t.startchar, t.endchar) for t in an(text, positions=True, chars=True)]


def test_the_fused_analyzer_gives_the_filter_chains_terms_positions_and_offsets() -> None:
    """analysis.analyzer() (one cached step) against the chain of Whoosh filters it replaces."""
    from nrc_search.analysis import reference_chain

    fused, chain = analyzer(), reference_chain()
    paths = sorted((ROOT / "seeds").glob("*")) + sorted((ROOT / "tests" / "fixtures").glob("*"))
    texts = [*TRICKY, "我们讨论了安全问题 and 安全, l'OTAN's rôle — Ἀθῆναι"]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in paths if p.is_file()]
    for text in texts:
        assert _tokens(fused, text) == _tokens(chain, text)
        assert [t.text for t in fused(text)] == [t.text for t in chain(text)]


def test_the_fused_analyzer_parses_wildcards_as_the_chain_does() -> None:
    """Whoosh's parser hands `*` or `defen?e` to the analyzer whole (tokenize=False)."""
    from whoosh.fields import TEXT, Schema
    from whoosh.qparser import QueryParser

    from nrc_search.analysis import reference_chain

    queries = ["*", "defen?e", "Kyiv*", '"missile defence"', "NATO's", "l'OTAN", "安全"]
    parsed = []
    for an in (analyzer(), reference_chain()):
        schema = Schema(text=TEXT(analyzer=an, phrase=True))
        parsed.append([repr(QueryParser("text", schema).parse(q)) for q in queries])
    assert parsed[0] == parsed[1]


def test_term_positions_are_the_analyzers_terms_and_positions() -> None:
    """Indexing a turn lists its terms and positions without Token objects
    (analysis.term_positions); they must be what the analyzer gives, for every text we have."""
    from collections import defaultdict

    from whoosh.formats import Positions

    from nrc_search.analysis import term_positions
    from nrc_search.store.postings import CompactPositions

    paths = sorted((ROOT / "seeds").glob("*")) + sorted((ROOT / "tests" / "fixtures").glob("*"))
    texts = [*TRICKY, "我们讨论了安全问题 and 安全, l'OTAN's rôle — Ἀθῆναι", "'s 's’ x"]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in paths if p.is_file()]
    fmt = CompactPositions()
    for text in texts:
        expected: dict[str, list[int]] = defaultdict(list)
        for t in analyzer()(text, positions=True):
            expected[t.text].append(t.pos)
        assert term_positions(text) == dict(expected)
        fast = sorted(fmt.word_values(text, analyzer()))
        assert fast == sorted(Positions.word_values(fmt, text, analyzer()))
