"""The bodies of the `nrc` commands, imported only when a command runs (keeps `nrc --help` fast).

Picks the printer (rich for people, `export` for machines), draws the ingest progress bar on a
terminal, and builds the seed index on first use. Raises NrcError; `cli.py` maps it to exit 2.
rich, the parser and the catalog are imported only by the commands that use them: a JSON search
loads neither rich nor the parser.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from nrc_search import export, store
from nrc_search.cli import Exit, _console, _emit
from nrc_search.errors import UsageError
from nrc_search.model import SearchRequest


def _progress_callback(stack):
    """A rich progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = stack.enter_context(
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=_console(stderr=True),
            transient=True,
        )
    )
    task = bar.add_task("reading files", total=None)

    def update(done: int, total: int, current: str) -> None:
        phase = "writing the index" if current == "" and done == total else "reading files"
        bar.update(task, completed=done, total=total, description=phase)

    return update


def run_ingest(
    index_dir: Path, paths: list[Path], rebuild, prune, speakers_file, wait, jobs
) -> int:
    import contextlib

    from nrc_search import indexer

    if not paths:
        paths = [indexer.seeds_dir()]
        click.echo(
            f"nrc: no PATH given; indexing the {len(list(paths[0].glob('*.txt')))} bundled seed documents.",
            err=True,
        )
    with contextlib.ExitStack() as stack:
        summary = indexer.ingest(
            index_dir,
            paths,
            rebuild=rebuild,
            prune=prune,
            wait=wait,
            jobs=jobs,
            speakers_file=speakers_file,
            progress=_progress_callback(stack),
        )
    for warning in summary.warnings:
        click.echo(f"nrc: warning: {warning}", err=True)
    click.echo(
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.failed} failed"
        + (f", {summary.pruned} pruned" if summary.pruned else "")
        + f"; {summary.turns:,} turns written, {summary.total_turns:,} turns and "
        f"{summary.speakers:,} speakers in {summary.documents:,} documents ({index_dir}/)",
        err=True,
    )
    return Exit.NO_MATCH if summary.failed else Exit.MATCH


def ensure_index(index_dir: Path) -> None:
    """On first use, index the bundled seeds so `nrc search` answers on a fresh machine."""
    if store.exists(index_dir):
        return
    from nrc_search import indexer

    click.echo(
        f"nrc: no index at {index_dir}/ yet; indexing the bundled seed documents first.", err=True
    )
    indexer.ingest(index_dir, [indexer.seeds_dir()], wait=30)


def _request(query: str, opts: dict) -> SearchRequest:
    limit = opts["limit"]
    offset = opts["offset"] if opts["offset"] is not None else (opts["page"] - 1) * limit
    return SearchRequest(
        query=query,
        speakers=tuple(opts["speakers"]),
        since=opts["since"],
        until=opts["until"],
        docs=tuple(opts["docs"]),
        limit=limit,
        offset=offset,
        sort=opts["sort"],
        context=opts["context"],
        facets=tuple(opts["facets"]),
        all=opts["all_hits"],
        narration=opts["narration"],
        speech_only=opts.get("speech_only", False),
        attributions=_split(opts.get("attributions", ())),
        all_words=opts.get("all_words", False),
        roles=tuple(opts.get("roles", ())),
        kinds=_split(opts.get("kinds", ())),
    )


def _split(values) -> tuple[str, ...]:
    """Repeated and comma-separated option values: `--kind question,answer --kind quote`."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _format(opts: dict) -> str:
    if opts["as_json"]:
        return "json"
    if opts["fmt"]:
        return opts["fmt"]
    suffix = opts["output"].suffix.lower().lstrip(".") if opts["output"] else ""
    return suffix if suffix in export.FORMATTERS else "table"


def run_search(query: str, index_dir: Path, opts: dict) -> int:
    from nrc_search.search import search

    if opts["as_json"] and opts["fmt"] and opts["fmt"] != "json":
        raise UsageError(f"--json and --format {opts['fmt']} disagree; give one of them.")
    ensure_index(index_dir)
    results = search(index_dir, _request(query, opts))
    fmt = _format(opts)
    if fmt in export.FORMATTERS:
        _emit(export.FORMATTERS[fmt](results), opts["output"])
    elif results.total or results.partial:
        from nrc_search import render

        _print(render.results_view(results), opts["output"])
    if not results.total and not results.partial:
        for note in results.notes:
            click.echo(f"nrc: {note}", err=True)
        hint = f" Did you mean: {results.suggestion} ?" if results.suggestion else ""
        click.echo(f"No turns match {results.request.query!r}.{hint}", err=True)
        return Exit.NO_MATCH
    return Exit.MATCH


def _print(renderable, output: Path | None) -> None:
    if output:
        from rich.console import Console

        with output.open("w", encoding="utf-8") as fh:
            Console(file=fh, width=100, color_system=None).print(renderable)
    else:
        _console().print(renderable)


def run_segment(file: Path, fmt: str, dropped: bool) -> None:
    from nrc_search import render
    from nrc_search.ingest import parse_file

    doc = parse_file(file)
    if fmt == "json":
        _emit(export.document_json(doc, dropped=dropped), None)
    else:
        _console().print(render.document_view(doc, dropped=dropped))


def run_speakers(index_dir: Path, fmt: str) -> None:
    from nrc_search import catalog, render

    ensure_index(index_dir)
    people = catalog.list_speakers(index_dir)
    if fmt == "json":
        _emit(export.rows_json([asdict(p) for p in people]), None)
    else:
        _console().print(render.speakers_table(people))


def run_docs(index_dir: Path, fmt: str) -> None:
    from nrc_search import catalog, render

    ensure_index(index_dir)
    docs = catalog.list_docs(index_dir)
    if fmt == "json":
        _emit(export.rows_json([asdict(d) for d in docs]), None)
    else:
        _console().print(render.docs_table(docs))


def run_show(index_dir: Path, turn_id: str, context: int, fmt: str) -> None:
    from nrc_search import catalog, render

    ensure_index(index_dir)
    fields, doc, before, after = catalog.show_turn(index_dir, turn_id, context)
    if fmt == "json":
        data = {
            "turn_id": fields["turn_id"],
            "doc_id": fields["doc_id"],
            "n": fields["n"],
            "title": doc.title,
            "date": fields.get("day"),
            "speaker": fields.get("speaker"),
            "role": fields.get("role"),
            "attribution": fields.get("attribution"),
            "text": fields["text"],
            "source": doc.source,
            "context": {"before": [asdict(c) for c in before], "after": [asdict(c) for c in after]},
        }
        _emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    else:
        _console().print(render.turn_view(fields, doc, before, after))
