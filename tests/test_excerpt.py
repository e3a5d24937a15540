"""Excerpts: around the best match, sentence-aware, highlights as offsets into the excerpt."""

from __future__ import annotations

from nrc_search.excerpt import make_excerpt, match_spans

LONG = (
    "Thank you very much. We discussed Libya at length and agreed on next steps. "
    + "The weather in Brussels was fine and the coffee was good. " * 6
    + "On missile defence, we want two independent systems with one goal. "
    + "Afghanistan was also on the agenda. " * 4
    + "Finally, missile defence cooperation remains our priority for the summit."
)


def highlighted(excerpt) -> list[str]:
    return [excerpt.text[s:e] for s, e in excerpt.spans]


def test_case_possessive_and_searched_forms_are_highlighted() -> None:
    assert len(match_spans("Defences and DEFENCE, defence's role", {"defence"})) == 2
    assert len(match_spans("Defences and DEFENCE, defence's role", {"defence", "defences"})) == 3


def test_apostrophe_variants_and_elisions_are_highlighted() -> None:
    text = "C’est l’approche de l'OTAN"
    assert [text[s:e] for s, e in match_spans(text, {"est", "approche"})] == ["C’est", "l’approche"]


def test_excerpt_is_around_the_match_not_the_first_words() -> None:
    ex = make_excerpt(LONG, {"missile", "defence"})
    assert "two independent systems" in ex.text
    assert not ex.text.startswith("Thank you")
    assert highlighted(ex)[:2] == ["missile", "defence"]


def test_long_turn_gives_more_than_one_fragment() -> None:
    ex = make_excerpt(LONG, {"missile", "defence"})
    assert " … " in ex.text
    assert "priority for the summit" in ex.text
    assert highlighted(ex).count("missile") == 2


def test_offsets_point_into_the_excerpt() -> None:
    ex = make_excerpt(LONG, {"libya"})
    assert highlighted(ex) == ["Libya"]


def test_no_match_gives_the_start_of_the_turn() -> None:
    ex = make_excerpt("A short turn.", {"absent"})
    assert ex.text == "A short turn."
    assert ex.spans == ()


def test_a_match_at_the_end_of_a_long_sentence_stays_highlighted() -> None:
    text = "We spoke " + "at some length about many things, " * 12 + "and a sectoral approach."
    ex = make_excerpt(text, {"approach"})
    assert highlighted(ex) == ["approach"]
