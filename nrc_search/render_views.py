"""The analyst views for the terminal: concordance lines, trend bar charts, similar turns, watches.

Like `render`, transcript text is never rich markup: every string goes through `render.t`.
The concordance also has a plain form (`kwic_plain`) for pipes, aligned in fixed columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from nrc_search.console import shown as plain
from nrc_search.render import HIGHLIGHT, MUTED, hit_block, t
from nrc_search.trend import value

if TYPE_CHECKING:
    from nrc_search.kwic import Concordance, KwicLine
    from nrc_search.similar import Similar
    from nrc_search.trend import Trend
    from nrc_search.watch import Watch, WatchRun

BAR = 32  # characters of the longest bar
_EIGHTHS = " ▏▎▍▌▋▊▉"
COLOURS = ("cyan", "magenta", "green", "yellow", "blue", "red")
MAX_MATCH = 40


def _side(line: KwicLine) -> str:
    return f"  {line.date or 'undated'}  {line.speaker or '(unattributed)'}  {line.turn_id}"


def _columns(c: Concordance) -> int:
    return min(MAX_MATCH, max((len(ln.match) for ln in c.lines), default=0))


def kwic_header(c: Concordance) -> str:
    shown = len(c.lines)
    more = f", showing {shown} (more with --limit or --all)" if shown < c.total else ""
    return (
        f"{c.total:,} match{'es' if c.total != 1 else ''} in {c.turns:,} "
        f"turn{'s' if c.turns != 1 else ''} for {c.request.query}{more}"
    )


def kwic_plain(c: Concordance) -> str:
    """Aligned text: left context right-aligned, the match in a centre column, then the source."""
    col = _columns(c)
    out = []
    for ln in c.lines:
        out.append(
            f"{plain(ln.left):>{c.width}} {plain(ln.match):<{col}} {plain(ln.right):<{c.width}}"
            + plain(_side(ln))
        )
    return "\n".join(out) + ("\n" if out else "")


def kwic_view(c: Concordance) -> RenderableType:
    col = _columns(c)
    parts: list[RenderableType] = [t(kwic_header(c), "bold"), Text("")]
    for ln in c.lines:
        row = t(f"{plain(ln.left):>{c.width}} ")
        row.append_text(t(ln.match, HIGHLIGHT))
        row.append_text(t(" " * max(0, col - len(ln.match)) + f" {plain(ln.right):<{c.width}}"))
        row.append_text(t(_side(ln), MUTED))
        row.no_wrap = True
        row.overflow = "ellipsis"
        parts.append(row)
    return Group(*parts)


def bar(amount: float, top: float, width: int = BAR) -> str:
    """A horizontal bar of `amount` out of `top`, in eighths of a character."""
    if top <= 0 or amount <= 0:
        return ""
    eighths = max(1, round(amount / top * width * 8))
    return "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")


_MEASURE_NAMES = {
    "per_10k": "matches per 10,000 words",
    "matches": "matches",
    "turns": "matching turns",
}


def trend_title(tr: Trend, measure: str) -> str:
    queries = " · ".join(tr.queries)
    dup = ", ".join(str(n) for n in tr.collapsed)
    return (
        f"{queries} by {tr.by}: {_MEASURE_NAMES[measure]}; duplicates counted once "
        f"({dup} collapsed)"
    )


def _number(cell) -> str:
    rate = "—" if cell.per_10k is None else f"{cell.per_10k:.2f}"
    return f"{cell.matches:,}/{cell.turns:,} · {rate}"


def trend_view(tr: Trend, measure: str = "per_10k") -> RenderableType:
    top = max((value(c, measure) for r in tr.rows for c in r.cells), default=0.0)
    width = max(8, BAR // len(tr.queries))
    table = Table(show_edge=False, pad_edge=False)
    longest = max((len(r.bucket) for r in tr.rows), default=5)
    table.add_column(tr.by, overflow="fold", min_width=min(24, max(len(tr.by), longest)))
    table.add_column("words", justify="right", no_wrap=True)
    for i, q in enumerate(tr.queries):
        table.add_column(plain(q), style=COLOURS[i % len(COLOURS)], no_wrap=True, min_width=width)
        table.add_column("", justify="right", no_wrap=True)
    for r in tr.rows:
        cells: list[Text] = [t(r.bucket), t(f"{r.words:,}")]
        for c in r.cells:
            cells += [t(bar(value(c, measure), top, width)), t(_number(c))]
        table.add_row(*cells)
    totals: list[Text] = [t("all", "bold"), t(f"{tr.words:,}", "bold")]
    for c in tr.totals:
        totals += [t(""), t(_number(c), "bold")]
    table.add_section()
    table.add_row(*totals)
    legend = "numbers: matches/matching turns · matches per 10,000 words"
    parts: list[RenderableType] = [t(trend_title(tr, measure), "bold"), table, t(legend, MUTED)]
    if tr.hidden:
        parts.append(t(f"{tr.hidden:,} more {tr.by} buckets not shown (--top N)", MUTED))
    return Group(*parts)


def similar_view(s: Similar) -> RenderableType:
    src = s.source
    head = t(f"Turns like {src.turn_id} ", "bold")
    head.append_text(t(f"({src.speaker or '(unattributed)'}, {src.date or 'undated'})", "cyan"))
    parts: list[RenderableType] = [head, t("     " + _clip(src.text, 300), "italic")]
    terms = ", ".join(term for term, _ in s.key_terms)
    parts.append(t(f"key terms: {terms or '(none)'}", MUTED))
    if s.copies:
        parts.append(t(f"its own copies (left out): {', '.join(s.copies)}", MUTED))
    parts.append(Text(""))
    if not s.hits:
        parts.append(t("No similar turns.", MUTED))
    for sh in s.hits:
        block = hit_block(sh.hit)
        note = t(f"     shares: {', '.join(sh.shared)} · similarity {sh.similarity:.2f}", MUTED)
        if sh.near_duplicate:
            note.append_text(t("  NEAR-DUPLICATE", "bold red"))
        if isinstance(block, Group):  # the note goes above the block's closing blank line
            block.renderables.insert(len(block.renderables) - 1, note)
        parts.append(block)
    return Group(*parts)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def watches_table(watches: list[Watch]) -> RenderableType:
    table = Table(show_edge=False)
    for col in ("name", "query", "filters", "last run", "hits seen"):
        table.add_column(col, justify="right" if col == "hits seen" else "left")
    for w in watches:
        table.add_row(
            t(w.name, "bold"),
            t(w.request.query),
            t(filters_text(w)),
            t(w.last_run or "never"),
            t(f"{w.seen:,}"),
        )
    return table


def filters_text(w: Watch) -> str:
    r = w.request
    parts = [f"--speaker {s}" for s in r.speakers] + [f"--doc {d}" for d in r.docs]
    parts += [f"--since {r.since}"] if r.since else []
    parts += [f"--until {r.until}"] if r.until else []
    parts += ["--speech-only"] if r.speech_only else []
    return " ".join(parts)


def runs_view(runs: list[WatchRun]) -> RenderableType:
    parts: list[RenderableType] = []
    for r in runs:
        n = len(r.new)
        head = t(f"watch {r.watch.name}: ", "bold")
        head.append_text(t(r.watch.request.query, "bold magenta"))
        head.append_text(t(f" — {n} new hit{'s' if n != 1 else ''}", "" if n else MUTED))
        parts += [head, Text("")] if n else [head]
        parts += [hit_block(h) for h in r.new]
    return Group(*parts)
