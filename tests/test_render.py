"""Terminal output: transcript text is shown literally, never interpreted as markup or escapes."""

from __future__ import annotations

import io

from rich.console import Console

from nrc_search.model import Excerpt, Hit, SearchRequest, SearchResults
from nrc_search.render import results_view

HOSTILE = "[bold red]not bold[/] [link=file:///etc/passwd]click[/link] \x1b[31mred\x1b[0m \x1b]8;;http://x\x07 [inaudible]"


def render(text: str, color: bool = False) -> str:
    hit = Hit(
        rank=1,
        score=1.0,
        turn_id="d:1",
        doc_id="d",
        n=1,
        title="[b]Title[/b]",
        date=None,
        speaker="[red]Mallory[/red]",
        role=None,
        attribution="verbatim",
        text=text,
        excerpts=(Excerpt(text, ((0, 10),)),),
        source="d.txt",
    )
    out = io.StringIO()
    Console(
        file=out, width=200, color_system="truecolor" if color else None, force_terminal=color
    ).print(results_view(SearchResults(SearchRequest("x"), 1, (hit,))))
    return out.getvalue()


def test_markup_is_shown_literally() -> None:
    out = render(HOSTILE)
    assert "«[bold red]»not bold[/]" in out  # the highlight marked: no colour here
    assert "[link=file:///etc/passwd]click[/link]" in out
    assert "[inaudible]" in out
    assert "[red]Mallory[/red]" in out
    assert "[b]Title[/b]" in out


def test_escape_sequences_are_neutralized() -> None:
    out = render(HOSTILE)
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\\x1b[31mred" in out


def test_highlights_are_styled_on_a_terminal() -> None:
    out = render("missile defence", color=True)
    assert "\x1b[1;30;43mmissile de\x1b[0m" in out


def test_header_shows_total() -> None:
    assert "1 matching turn for x" in render("plain words")
