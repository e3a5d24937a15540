"""Results, documents, speakers -> rich renderables for the terminal. Never prints JSON.

Transcript text never goes through rich markup: every string becomes a `Text` built from plain
characters passed through `console.shown` (control, line-break and bidi characters shown as
escapes), and highlights are applied with `Text.stylize` from the excerpt's offsets. A `Look`
says how the output is seen: boxed tables on a terminal, one line per row in a pipe or file;
colour, or matched words between « ».
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from nrc_search.console import shown
from nrc_search.model import ContextTurn, DocInfo, Document, Hit, SearchResults, Speaker

HIGHLIGHT = "bold black on yellow"
MUTED = "dim"
MARKS = ("«", "»")  # around matched words when no colour shows them
PARAGRAPH = " ¶ "  # a paragraph break inside a turn, in a one-line excerpt
WIDEST_PLAIN_COLUMN = 40  # in a pipe, longer cells push the rest of their line only


@dataclass(frozen=True)
class Look:
    """How the output will be seen."""

    grid: bool = True  # a terminal: boxed tables wrapped to its width; else one line per row
    marks: bool = False  # no colour: matched words between « »


def t(text: str | None, style: str = "") -> Text:
    """A Text of `text` shown safely: one line, every control character escaped."""
    return Text(shown(text, breaks=PARAGRAPH), style=style)


def speaker_line(speaker: str | None, role: str | None, attribution: str = "verbatim") -> Text:
    line = t(speaker or "(unattributed)", "bold cyan")
    if role:
        line.append_text(t(f" ({role})", "cyan"))
    if attribution not in ("verbatim", ""):
        line.append_text(t(f" [{attribution}]", MUTED))
    return line


def excerpt_text(hit: Hit, look: Look = Look()) -> Text:
    """The excerpt with its matched words styled, and marked when there is no colour.

    Each piece between highlight offsets is escaped on its own, so the offsets stay right.
    """
    text, pos = hit.excerpt.text, 0
    out = Text()
    for start, end in _joined(text, hit.excerpt.spans):
        if start < pos:
            continue
        out.append(shown(text[pos:start], breaks=PARAGRAPH))
        word = shown(text[start:end], breaks=PARAGRAPH)
        out.append(f"{MARKS[0]}{word}{MARKS[1]}" if look.marks else word, style=HIGHLIGHT)
        pos = end
    out.append(shown(text[pos:], breaks=PARAGRAPH))
    return out


def _joined(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Spans in order, neighbours with only spaces between them made one («sectoral approach»)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start >= out[-1][1] and text[out[-1][1] : start].strip(" ") == "":
            out[-1] = (out[-1][0], max(end, out[-1][1]))
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


def _meta_line(hit: Hit) -> Text:
    """Title, turn number and id; the id never wraps (rich breaks lines at spaces only)."""
    meta = t(f"     {_short(hit.title or hit.doc_id, 90)}", "italic")
    meta.append_text(t(f"  · turn {hit.n} · ", MUTED))
    meta.append_text(t(hit.turn_id, MUTED))
    return meta


def hit_block(hit: Hit, look: Look = Look()) -> RenderableType:
    """One hit: a head line, a meta line with the id, the excerpt; context lines; a blank line."""
    head = t(f"{hit.rank:>3}. ", "bold")
    head.append_text(speaker_line(hit.speaker, hit.role, hit.attribution))
    head.append_text(t(f"  {hit.date or 'undated'}", "green"))
    parts: list[RenderableType] = [head, _meta_line(hit)]
    parts += [_context_line(c) for c in hit.before]
    body = t("     ")
    body.append_text(excerpt_text(hit, look))
    parts.append(body)
    parts += [_context_line(c) for c in hit.after]
    if hit.duplicates:
        parts.append(t(f"     also published as: {', '.join(hit.duplicates)}", MUTED))
    parts.append(Text(""))
    return Group(*parts)


def results_header(results: SearchResults) -> Text:
    total, shown_hits = results.total, len(results.hits)
    start = results.request.offset + 1 if shown_hits else 0
    at_least = "" if results.total_exact else "at least "
    line = t(f"{at_least}{total:,} matching turn{'s' if total != 1 else ''} for ", "bold")
    line.append_text(t(results.request.query, "bold magenta"))
    if shown_hits:
        line.append_text(t(f" — showing {start}–{start + shown_hits - 1}", ""))
    if total > results.request.offset + shown_hits and not results.request.all:
        line.append_text(t(" (more with --page/--limit, or --all)", MUTED))
    return line


def variants_line(results: SearchResults) -> Text | None:
    if not results.variants:
        return None
    pairs = "; ".join(f"{k} → {', '.join(v)}" for k, v in results.variants.items())
    return t(f"also searched: {pairs}", MUTED)


def results_view(results: SearchResults, look: Look = Look()) -> RenderableType:
    parts: list[RenderableType] = [results_header(results)]
    line = variants_line(results)
    if line:
        parts.append(line)
    parts.append(Text(""))
    parts += [hit_block(h, look) for h in results.hits]
    for name, rows in results.facets.items():
        parts.append(t(f"by {name}", "italic"))
        parts.append(table([name, "turns>"], [[t(v), t(f"{c:,}")] for v, c in rows[:25]], look))
    return Group(*parts)


def table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Text]],
    look: Look,
    whole: Sequence[str] = (),
) -> RenderableType:
    """A table: boxed on a terminal; in a pipe, one line per row, never wrapped.

    A column name ending in ">" is right-aligned (numbers); the `whole` columns (ids) never
    fold on a terminal. In a pipe, columns are padded to the widest cell up to
    WIDEST_PLAIN_COLUMN, so `nrc docs | grep munich` prints the whole row.
    """
    names = [c.rstrip(">") for c in columns]
    right = [c.endswith(">") for c in columns]
    widest = [max([len(n)] + [row[i].cell_len for row in rows]) for i, n in enumerate(names)]
    if look.grid:
        grid = Table(show_edge=False)
        for name, r, w in zip(names, right, widest, strict=True):
            keep = name in whole
            grid.add_column(
                name,
                justify="right" if r else "left",
                overflow="fold",
                no_wrap=keep,
                min_width=w if keep else None,
            )
        for row in rows:
            grid.add_row(*row)
        return grid
    widths = [min(WIDEST_PLAIN_COLUMN, w) for w in widest]
    lines = [_plain_row([Text(n, style="bold") for n in names], widths, right)]
    lines += [_plain_row(list(row), widths, right) for row in rows]
    return Group(*lines)


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


def document_view(
    doc: Document, *, dropped: bool = False, width: int = 70, look: Look = Look()
) -> RenderableType:
    head = t(doc.title or "(untitled)", "bold")
    date = (doc.date or "undated") + (" (inferred)" if doc.date_inferred else "")
    info = t(f"{doc.source} · {date} · {doc.kind} · {len(doc.turns)} turns", MUTED)
    rows = []
    for turn in doc.turns:
        words = turn.text if len(turn.text) <= width else turn.text[:width].rsplit(" ", 1)[0] + " …"
        flags = f" [{', '.join(turn.flags)}]" if turn.flags else ""
        rows.append(
            [
                t(str(turn.n)),
                t(turn.speaker or "—"),
                t(turn.role or ""),
                t(turn.attribution + flags),
                t(words),
            ]
        )
    columns = ["n>", "speaker", "role", "attribution", "first words"]
    parts: list[RenderableType] = [head, info, table(columns, rows, look)]
    if dropped:
        parts.append(t(f"dropped as boilerplate ({len(doc.dropped)} lines):", "bold"))
        parts += [t("  - " + line, MUTED) for line in doc.dropped]
    return Group(*parts)


def speakers_table(people: list[Speaker], look: Look = Look()) -> RenderableType:
    rows = [
        [
            t(p.name, "bold"),
            t("; ".join(p.roles)),
            t("; ".join(p.aliases)),
            t(str(p.turns)),
            t(str(p.docs)),
        ]
        for p in people
    ]
    return table(["speaker", "roles", "aliases", "turns>", "docs>"], rows, look)


def docs_table(docs: list[DocInfo], look: Look = Look()) -> RenderableType:
    rows = [
        [t(d.doc_id), t(d.date or "—"), t(d.kind), t(str(d.turns)), t(d.title or "(untitled)")]
        for d in docs
    ]
    return table(["id", "date", "kind", "turns>", "title"], rows, look, whole=("id",))


def _paragraphs(text: str) -> list[str]:
    """A turn's paragraphs (the segmenter joins them with blank lines)."""
    return [p for p in (part.strip() for part in text.split("\n\n")) if p] or [""]


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
    marker = f"  ▶ {fields['n']:>2} " if before or after else ""
    for i, paragraph in enumerate(_paragraphs(fields["text"])):
        body = t(marker if i == 0 else " " * len(marker), "bold")
        body.append_text(t(paragraph))
        parts.append(body)
    parts += [_context_line(c, 400) for c in after]
    return Group(*parts)
