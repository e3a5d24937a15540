"""Results, documents, speakers -> rich renderables for the terminal. Never prints JSON.

Transcript text never goes through rich markup: every string becomes a `Text` built from plain
characters passed through `console.shown` (control, line-break and bidi characters shown as
escapes), and highlights are applied with `Text.stylize` from the excerpt's offsets. How a
renderable looks is decided when it is printed, by the console: `Rows` is a boxed table on a
terminal and one line per row in a pipe or file; `Marked` puts matched words between « » where
no colour shows them.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from nrc_search.console import shown
from nrc_search.model import ContextTurn, DocInfo, Document, Hit, SearchResults, Speaker

HIGHLIGHT = "bold black on yellow"
MUTED = "dim"
MARKS = ("«", "»")  # around matched words when no colour shows them
PARAGRAPH = " ¶ "  # a paragraph break inside a turn, in a one-line excerpt
WIDEST_PLAIN_COLUMN = 40  # in a pipe, a longer cell pushes the rest of its line only


def t(text: str | None, style: str = "") -> Text:
    """A Text of `text` shown safely: one line, every control character escaped."""
    return Text(shown(text, breaks=PARAGRAPH), style=style)


class Rows(Table):
    """A rich Table on a terminal; where the console does not wrap (a pipe, a file), one plain
    line per row: a header line, then columns padded with spaces, so `nrc docs | grep munich`
    prints the document's id on the line that matches. A `no_wrap` column (an id) never folds.
    """

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        columns = self.columns
        widest = [max([len(str(c.header))] + [_len(x) for x in c.cells]) for c in columns]
        if not console.soft_wrap:
            for column, width in zip(columns, widest, strict=True):
                if column.no_wrap:
                    column.min_width = width
            yield from super().__rich_console__(console, options)
            return
        if self.title:
            yield Text(str(self.title), style="italic")
        widths = [min(WIDEST_PLAIN_COLUMN, w) for w in widest]
        right = [c.justify == "right" for c in columns]
        yield _plain_row([Text(str(c.header), style="bold") for c in columns], widths, right)
        for cells in zip(*(list(c.cells) for c in columns), strict=True):
            yield _plain_row(
                [x if isinstance(x, Text) else Text(str(x)) for x in cells], widths, right
            )


def _len(cell: object) -> int:
    return cell.cell_len if isinstance(cell, Text) else len(str(cell))


def _plain_row(cells: list[Text], widths: list[int], right: list[bool]) -> Text:
    line = Text()
    for i, cell in enumerate(cells):
        pad = " " * max(0, widths[i] - cell.cell_len)
        last = i == len(cells) - 1
        line.append_text(Text(pad) + cell if right[i] else cell + Text("" if last else pad))
        if not last:
            line.append("  ")
    line.rstrip()
    return line


class Marked:
    """A Text whose highlighted words also get « » when the console shows no colour."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if console.color_system is not None and not console.no_color:
            yield self.text
            return
        out, pos, plain = Text(), 0, self.text.plain
        for span in sorted(self.text.spans, key=lambda s: s.start):
            if span.style != HIGHLIGHT or span.start < pos:
                continue
            out.append(plain[pos : span.start])
            out.append(f"{MARKS[0]}{plain[span.start : span.end]}{MARKS[1]}", style=HIGHLIGHT)
            pos = span.end
        out.append(plain[pos:])
        yield out


def speaker_line(speaker: str | None, role: str | None, attribution: str = "verbatim") -> Text:
    line = t(speaker or "(unattributed)", "bold cyan")
    if role:
        line.append_text(t(f" ({role})", "cyan"))
    if attribution not in ("verbatim", ""):
        line.append_text(t(f" [{attribution}]", MUTED))
    return line


def excerpt_text(hit: Hit) -> Text:
    """The excerpt with its matched words styled; each piece between offsets escaped on its own,
    so the offsets stay right. Neighbours with only spaces between them are one span."""
    text, pos = hit.excerpt.text, 0
    out = Text()
    for start, end in _joined(text, hit.excerpt.spans):
        out.append(shown(text[pos:start], breaks=PARAGRAPH))
        out.append(shown(text[start:end], breaks=PARAGRAPH), style=HIGHLIGHT)
        pos = end
    out.append(shown(text[pos:], breaks=PARAGRAPH))
    return out


def _joined(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Spans in order, without overlaps; "sectoral approach" one span, not two."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            continue
        if out and text[out[-1][1] : start].strip(" ") == "":
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _context_line(turn: ContextTurn, limit: int = 220) -> Text:
    body = turn.text if len(turn.text) <= limit else turn.text[:limit].rsplit(" ", 1)[0] + "…"
    line = t(f"   {turn.n:>3} ", MUTED)
    line.append_text(t(turn.speaker or "(unattributed)", "cyan"))
    line.append_text(t(": " + body, MUTED))
    return line


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def clock(seconds: float | None) -> str:
    """Seconds into a recording as "[00:04:12]" (empty when the turn has no time)."""
    if seconds is None:
        return ""
    s = int(seconds)
    return f"[{s // 3600:02}:{s % 3600 // 60:02}:{s % 60:02}]"


def hit_block(hit: Hit) -> RenderableType:
    head = t(f"{hit.rank:>3}. ", "bold")
    head.append_text(speaker_line(hit.speaker, hit.role, hit.attribution))
    head.append_text(t(f"  {hit.date or 'undated'}", "green"))
    if hit.start is not None:
        head.append_text(t(f"  {clock(hit.start)}", "magenta"))
    meta = t(f"     {_short(hit.title or hit.doc_id, 90)}", "italic")
    meta.append_text(t(f"  · turn {hit.n} · {hit.turn_id}", MUTED))
    parts: list[RenderableType] = [head, meta]
    if hit.question and all(c.turn_id != hit.question.turn_id for c in hit.before):
        parts.append(_context_line(hit.question))
    parts += [_context_line(c) for c in hit.before]
    body = t("     ")
    body.append_text(excerpt_text(hit))
    parts.append(Marked(body))
    parts += [_context_line(c) for c in hit.after]
    if hit.duplicates:
        parts.append(t(f"     also published as: {', '.join(hit.duplicates)}", MUTED))
    parts.append(Text(""))
    return Group(*parts)


def results_header(results: SearchResults) -> Text:
    total, shown = results.total, len(results.hits)
    start = results.request.offset + 1 if shown else 0
    at_least = "" if results.total_exact else "at least "
    line = t(f"{at_least}{total:,} matching turn{'s' if total != 1 else ''} for ", "bold")
    line.append_text(t(results.request.query, "bold magenta"))
    if shown:
        line.append_text(t(f" — showing {start}–{start + shown - 1}", ""))
    if total > results.request.offset + shown and not results.request.all:
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
    parts.append(Text(""))
    parts += [hit_block(h) for h in results.hits]
    for name, rows in results.facets.items():
        parts.append(facet_table(name, rows))
    if results.facets:
        n = results.facet_collapsed
        parts.append(
            t(f"duplicates counted once ({n} cop{'y' if n == 1 else 'ies'} collapsed)", MUTED)
        )
    return Group(*parts)


def facet_table(name: str, rows: tuple[tuple[str, int], ...]) -> Table:
    table = Rows(title=f"by {name}", title_justify="left", show_edge=False)
    table.add_column(name)
    table.add_column("turns", justify="right")
    for value, count in rows[:25]:
        table.add_row(t(value), t(f"{count:,}"))
    return table


def document_view(
    doc: Document,
    *,
    dropped: bool = False,
    width: int = 70,
    reasons: list[tuple[str, str]] | None = None,
) -> RenderableType:
    head = t(doc.title or "(untitled)", "bold")
    date = (doc.date or "undated") + (" (inferred)" if doc.date_inferred else "")
    info = t(f"{doc.source} · {date} · {doc.kind} · {len(doc.turns)} turns", MUTED)
    table = Rows(show_edge=False, expand=False)
    for col in ("n", "speaker", "role", "attribution", "first words"):
        table.add_column(col, overflow="fold")
    for turn in doc.turns:
        words = turn.text if len(turn.text) <= width else turn.text[:width].rsplit(" ", 1)[0] + " …"
        flags = f" [{', '.join(turn.flags)}]" if turn.flags else ""
        flags += f" (in {turn.language})" if turn.language else ""
        table.add_row(
            t(f"{turn.n} {clock(turn.start)}".strip()),
            t(turn.speaker or "—"),
            t(turn.role or ""),
            t(turn.attribution + flags),
            t(words),
        )
    parts: list[RenderableType] = [head, info, table]
    if dropped:
        parts.append(t(f"dropped as boilerplate ({len(doc.dropped)} lines):", "bold"))
        if reasons is not None:
            parts += [t(f"  - {line}  ({why})", MUTED) for line, why in reasons]
        else:
            parts += [t("  - " + line, MUTED) for line in doc.dropped]
    return Group(*parts)


def explain_view(source: str, rows: list, width: int = 60) -> RenderableType:
    """`nrc segment FILE --explain`: one row per block of the page, and its dropped lines."""
    table = Table(show_edge=False, expand=False)
    for col in ("lines", "role", "turn", "why", "text"):
        table.add_column(col, overflow="fold")
    for r in rows:
        words = " ".join(r.text.split())
        words = words if len(words) <= width else words[:width].rsplit(" ", 1)[0] + " …"
        turn = f"{r.turn} {r.speaker or ''}".strip() if r.turn else ""
        table.add_row(t(f"{r.first}-{r.last}"), t(r.role), t(turn), t(r.why), t(words))
        for line, reason in r.dropped if r.role != "dropped" else ():
            table.add_row(t(""), t("dropped", MUTED), t(""), t(reason, MUTED), t(line, MUTED))
    return Group(t(source, "bold"), table)


def speakers_table(people: list[Speaker]) -> Table:
    table = Rows(show_edge=False)
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
    table = Rows(show_edge=False)
    for col in ("id", "date", "kind", "turns", "title"):
        right = col == "turns"
        table.add_column(
            col, overflow="fold", justify="right" if right else "left", no_wrap=col == "id"
        )
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
    if fields.get("start") is not None:
        meta.append_text(t(f" · {clock(fields['start'])}", "magenta"))
    source = t(doc.source, MUTED)
    parts: list[RenderableType] = [head, meta, source, Text("")]
    parts += [_context_line(c, 400) for c in before]
    marker = f"  ▶ {fields['n']:>2} " if before or after else ""
    for i, paragraph in enumerate(_paragraphs(fields["text"])):  # the turn's own line breaks
        body = t(marker if i == 0 else " " * len(marker), "bold")
        body.append_text(t(paragraph))
        parts.append(body)
    parts += [_context_line(c, 400) for c in after]
    return Group(*parts)


def _paragraphs(text: str) -> list[str]:
    """A turn's paragraphs (the segmenter joins them with blank lines)."""
    return [p for p in (part.strip() for part in text.split("\n\n")) if p] or [""]
