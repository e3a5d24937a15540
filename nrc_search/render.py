"""Results, documents, speakers -> rich renderables for the terminal. Never prints JSON.

Transcript text never goes through rich markup: every string becomes a `Text` built from plain
characters, control characters are replaced by visible symbols, and highlights are applied with
`Text.stylize` from the excerpt's offsets.
"""

from __future__ import annotations

import re

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from nrc_search.model import ContextTurn, DocInfo, Document, Hit, SearchResults, Speaker

HIGHLIGHT = "bold black on yellow"
MUTED = "dim"

# C0/C1 control characters, e.g. ESC in "\x1b[31m" or the OSC introducer "\x9d".
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str | None) -> str:
    """Text safe for a terminal: one visible symbol per control character (offsets unchanged)."""
    if not text:
        return ""
    return _CONTROL.sub(lambda m: chr(0x2400 + ord(m[0])) if ord(m[0]) < 0x20 else "\ufffd", text)


def t(text: str | None, style: str = "") -> Text:
    return Text(plain(text), style=style)


def speaker_line(speaker: str | None, role: str | None, attribution: str = "verbatim") -> Text:
    if not speaker and role:  # an anonymous official: the role is who they are
        speaker, role = role, None
    line = t(speaker or "(unattributed)", "bold cyan")
    if role:
        line.append_text(t(f" ({role})", "cyan"))
    if attribution not in ("verbatim", ""):
        line.append_text(t(f" [{attribution}]", MUTED))
    return line


def excerpt_text(hit: Hit) -> Text:
    text = t(hit.excerpt.text)
    for start, end in hit.excerpt.spans:
        text.stylize(HIGHLIGHT, start, end)
    return text


def _context_line(turn: ContextTurn, limit: int = 220) -> Text:
    body = turn.text if len(turn.text) <= limit else turn.text[:limit].rsplit(" ", 1)[0] + "…"
    line = t(f"   {turn.n:>3} ", MUTED)
    line.append_text(t(turn.speaker or "(unattributed)", "cyan"))
    line.append_text(t(": " + body, MUTED))
    return line


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def hit_speaker(hit: Hit) -> Text:
    """Who a hit is from: "Question — Darius (Baltic News Service)", an anonymous role, the
    outlet of a news story, or a name with its role."""
    if hit.question:
        line = t("Question", "bold cyan")
        if hit.questioner or hit.outlet:
            who = hit.questioner or ""
            who += f" ({hit.outlet})" if hit.outlet and hit.questioner else (hit.outlet or "")
            line.append_text(t(f" — {who}", "cyan"))
        return line
    role = hit.role if hit.role and hit.role != hit.speaker else None
    line = speaker_line(hit.shown, role, hit.attribution)
    if hit.kind == "answer":
        line.append_text(t(" [answer]", MUTED))
    return line


def hit_block(hit: Hit) -> RenderableType:
    head = t(f"{hit.rank:>3}. ", "bold")
    head.append_text(hit_speaker(hit))
    head.append_text(t(f"  {hit.date or 'undated'}", "green"))
    meta = t(f"     {_short(hit.title or hit.doc_id, 90)}", "italic")
    meta.append_text(t(f"  · turn {hit.n} · {hit.turn_id}", MUTED))
    parts: list[RenderableType] = [head, meta]
    parts += [_context_line(c) for c in hit.before]
    body = t("     ")
    body.append_text(excerpt_text(hit))
    parts.append(body)
    parts += [_context_line(c) for c in hit.after]
    if hit.missing:
        parts.append(t(f"     missing: {', '.join(hit.missing)}", "yellow"))
    if hit.duplicates:
        parts.append(t(f"     also published as: {', '.join(hit.duplicates)}", MUTED))
    parts.append(Text(""))
    return Group(*parts)


def results_header(results: SearchResults) -> Text:
    total, shown, partial = results.total, len(results.hits), results.partial
    start = results.request.offset + 1 if shown else 0
    if total or not partial:
        line = t(f"{total:,} matching turn{'s' if total != 1 else ''} for ", "bold")
        line.append_text(t(results.request.query, "bold magenta"))
        if partial:
            line.append_text(t(f", then {partial:,} with some of the words", ""))
    else:
        line = t("No turn has every word of ", "bold")
        line.append_text(t(results.request.query, "bold magenta"))
        line.append_text(t(f"; {partial:,} have some of them", "bold"))
    if shown:
        line.append_text(t(f" — showing {start}–{start + shown - 1}", ""))
    if total + partial > results.request.offset + shown and not results.request.all:
        line.append_text(t(" (more with --page/--limit, or --all)", MUTED))
    return line


def variants_line(results: SearchResults) -> Text | None:
    if not results.variants:
        return None
    pairs = "; ".join(f"{k} → {', '.join(v)}" for k, v in results.variants.items())
    return t(f"also searched: {pairs}", MUTED)


def results_view(results: SearchResults) -> RenderableType:
    parts: list[RenderableType] = [results_header(results)]
    line = variants_line(results)
    if line:
        parts.append(line)
    parts += [t(note, "yellow") for note in results.notes]
    if results.suggestion:
        parts.append(t(f"Did you mean: {results.suggestion} ?", "yellow"))
    parts.append(Text(""))
    parts += [hit_block(h) for h in results.hits]
    for name, rows in results.facets.items():
        parts.append(facet_table(name, rows))
    return Group(*parts)


def facet_table(name: str, rows: tuple[tuple[str, int], ...]) -> Table:
    table = Table(title=f"by {name}", title_justify="left", show_edge=False)
    table.add_column(name)
    table.add_column("turns", justify="right")
    for value, count in rows[:25]:
        table.add_row(t(value), t(f"{count:,}"))
    return table


def document_view(doc: Document, *, dropped: bool = False, width: int = 70) -> RenderableType:
    head = t(doc.title or "(untitled)", "bold")
    date = (doc.date or "undated") + (" (inferred)" if doc.date_inferred else "")
    info = t(f"{doc.source} · {date} · {doc.kind} · {len(doc.turns)} turns", MUTED)
    table = Table(show_edge=False, expand=False)
    for col in ("n", "speaker", "role", "attribution", "first words"):
        table.add_column(col, overflow="fold")
    for turn in doc.turns:
        words = turn.text if len(turn.text) <= width else turn.text[:width].rsplit(" ", 1)[0] + " …"
        flags = f" [{', '.join(turn.flags)}]" if turn.flags else ""
        table.add_row(
            t(str(turn.n)),
            t(turn.speaker or "—"),
            t(turn.role or ""),
            t(turn.attribution + flags),
            t(words),
        )
    parts: list[RenderableType] = [head, info, table]
    if dropped:
        parts.append(t(f"dropped as boilerplate ({len(doc.dropped)} lines):", "bold"))
        parts += [t("  - " + line, MUTED) for line in doc.dropped]
    return Group(*parts)


def speakers_table(people: list[Speaker]) -> Table:
    table = Table(show_edge=False)
    for col, justify in (
        ("speaker", "left"),
        ("roles", "left"),
        ("aliases", "left"),
        ("turns", "right"),
        ("docs", "right"),
    ):
        table.add_column(col, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for p in people:
        table.add_row(
            t(p.name, "bold"),
            t("; ".join(p.roles)),
            t("; ".join(p.aliases)),
            t(str(p.turns)),
            t(str(p.docs)),
        )
    return table


def docs_table(docs: list[DocInfo]) -> Table:
    table = Table(show_edge=False)
    for col in ("id", "date", "kind", "turns", "title"):
        table.add_column(col, overflow="fold", justify="right" if col == "turns" else "left")
    for d in docs:
        table.add_row(
            t(d.doc_id), t(d.date or "—"), t(d.kind), t(str(d.turns)), t(d.title or "(untitled)")
        )
    return table


def turn_view(
    fields: dict, doc: DocInfo, before: list[ContextTurn], after: list[ContextTurn]
) -> RenderableType:
    head = speaker_line(fields.get("speaker"), fields.get("role"), fields.get("attribution", ""))
    meta = t(
        f"{doc.title or doc.doc_id} · {doc.date or 'undated'} · turn {fields['n']} · {fields['turn_id']}",
        MUTED,
    )
    source = t(doc.source, MUTED)
    parts: list[RenderableType] = [head, meta, source, Text("")]
    parts += [_context_line(c, 400) for c in before]
    body = t(f"  ▶ {fields['n']:>2} ", "bold") if before or after else Text("")
    body.append_text(t(fields["text"]))
    parts.append(body)
    parts += [_context_line(c, 400) for c in after]
    return Group(*parts)
