"""The bodies of the `nrc` commands, imported only when a command runs (keeps `nrc --help` fast).

Picks the printer (rich for people, `export` for machines), draws the ingest progress bar on a
terminal, and builds the seed index on first use. Raises NrcError; `cli.py` maps it to exit 2.
rich, the parser and the catalog are imported only by the commands that use them: a JSON search
loads neither rich nor the parser. Never imports `cli`: the console helpers live in `console`.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from nrc_search import export, store
from nrc_search.console import (
    Exit,
    check_output_path,
    is_terminal,
    make_console,
    message,
    output_file,
    stdout_errors,
    use_color,
    write_stdout,
)
from nrc_search.errors import NrcError, UsageError
from nrc_search.model import SearchRequest

if TYPE_CHECKING:
    from rich.console import RenderableType

    from nrc_search.backend import Store
    from nrc_search.render import Look

#: -o FILE's extension -> the format written when --format does not say
SUFFIX_FORMATS = {
    ".txt": "table",
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".xlsx": "xlsx",
}


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
            console=make_console(stderr=True),
            transient=True,
        )
    )
    task = bar.add_task("reading files", total=None)

    def update(done: int, total: int, current: str) -> None:
        phase = "writing the index" if current == "" and done == total else "reading files"
        bar.update(task, completed=done, total=total, description=phase)

    return update


def run_ingest(
    index_dir: Store, paths: list[Path], rebuild, prune, speakers_file, wait, jobs
) -> int:
    import contextlib

    from nrc_search import indexer

    if not paths:
        paths = [indexer.seeds_dir()]
        count = len(list(paths[0].glob("*.txt")))
        message("", f"nrc: no PATH given; indexing the {count} bundled seed documents.")
    with contextlib.ExitStack() as stack:
        summary = index_dir.ingest(
            paths,
            rebuild=rebuild,
            prune=prune,
            wait=wait,
            jobs=jobs,
            speakers_file=speakers_file,
            progress=_progress_callback(stack),
        )
    for warning in summary.warnings:
        message("warning", warning)
    message(
        "",
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.failed} failed"
        + (f", {summary.pruned} pruned" if summary.pruned else "")
        + f"; {summary.turns:,} turns written, {summary.total_turns:,} turns and "
        f"{summary.speakers:,} speakers in {summary.documents:,} documents ({index_dir.label})",
    )
    return Exit.NO_MATCH if summary.failed else Exit.MATCH


def ensure_index(where: Store | Path) -> None:
    """On first use, index the bundled seeds so `nrc search` answers on a fresh machine.

    Only a local Whoosh folder gets the seeds; an OpenSearch collection must be ingested first.
    """
    from nrc_search.backend import WhooshStore

    if not isinstance(where, (Path, WhooshStore)):
        if not where.exists():
            raise NrcError(
                f"No nrc collection {where.label} yet. Run `nrc ingest PATH --backend opensearch`."
            )
        return
    index_dir = where if isinstance(where, Path) else where.path
    if store.exists(index_dir):
        return
    from nrc_search import indexer

    message("", f"nrc: no index at {index_dir}/ yet; indexing the bundled seed documents first.")
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
    )


def _format(opts: dict) -> str:
    """--json, --format, else -o's extension; an extension nrc does not know is an error."""
    if opts["as_json"]:
        if opts["fmt"] and opts["fmt"] != "json":
            raise UsageError(f"--json and --format {opts['fmt']} disagree; give one of them.")
        return "json"
    if opts["fmt"]:
        return opts["fmt"]
    output = opts["output"]
    if output is None:
        return "table"
    fmt = SUFFIX_FORMATS.get(output.suffix.lower())
    if fmt is None:
        known = " ".join(SUFFIX_FORMATS)
        raise UsageError(
            f"-o {output}: nrc cannot tell the format from the name; use an extension "
            f"({known}) or give --format table|json|jsonl|csv|xlsx."
        )
    return fmt


def run_search(query: str, index_dir: Store, opts: dict) -> int:
    fmt = _format(opts)
    output = opts["output"]
    if output is not None:
        check_output_path(output)
    elif fmt == "xlsx" and is_terminal():
        raise UsageError("--format xlsx is a binary file; write it with -o FILE.xlsx.")
    ensure_index(index_dir)
    results = index_dir.search(_request(query, opts))
    if fmt == "xlsx":
        _write_xlsx(results, output)
    elif fmt in export.FORMATTERS:
        _emit(export.FORMATTERS[fmt](results), output)
    elif results.total:
        from nrc_search import render

        print_view(lambda look: render.results_view(results, look), opts["color"], output)
    if not results.total:
        hint = f" Did you mean: {results.suggestion} ?" if results.suggestion else ""
        message("", f"No turns match {results.request.query!r}.{hint}")
        return Exit.NO_MATCH
    return Exit.MATCH


def _emit(text: str, output: Path | None) -> None:
    """Machine output, plain UTF-8 to stdout or (whole, or not at all) to a file."""
    if output is None:
        write_stdout(text)
        return
    with output_file(output) as fh:
        fh.write(text.encode("utf-8", "replace"))


def _write_xlsx(results, output: Path | None) -> None:
    if output is None:
        buffer = io.BytesIO()
        export.to_xlsx(results, buffer)
        write_stdout(buffer.getvalue())
        return
    with output_file(output) as fh:
        export.to_xlsx(results, fh)


def print_view(
    build: Callable[[Look], RenderableType], color: str, output: Path | None = None
) -> None:
    """Print what `build` makes for the way it will be seen: a terminal, a pipe or a file.

    A terminal gets boxed tables wrapped to its width; a pipe or file one line per row, and
    matched words between « » when no colour shows them. Colour goes into a file only with
    --color always.
    """
    from nrc_search.render import Look

    if output is None:
        color_on = use_color(color, sys.stdout)
        with stdout_errors():
            make_console(color).print(build(Look(grid=is_terminal(), marks=not color_on)))
        return
    color = "always" if color == "always" else "never"
    buffer = io.StringIO()
    make_console(color, file=buffer).print(build(Look(grid=False, marks=color == "never")))
    _emit(buffer.getvalue(), output)


def run_segment(file: Path, fmt: str, dropped: bool, color: str) -> None:
    from nrc_search import render
    from nrc_search.ingest import parse_file

    doc = parse_file(file)
    if fmt == "json":
        _emit(export.document_json(doc, dropped=dropped), None)
    else:
        print_view(lambda look: render.document_view(doc, dropped=dropped, look=look), color)


def run_speakers(index_dir: Store, fmt: str, color: str) -> None:
    from nrc_search import render

    ensure_index(index_dir)
    people = index_dir.speakers()
    if fmt == "json":
        _emit(export.rows_json([asdict(p) for p in people]), None)
    else:
        print_view(lambda look: render.speakers_table(people, look), color)


def run_docs(index_dir: Store, fmt: str, color: str) -> None:
    from nrc_search import render

    ensure_index(index_dir)
    docs = index_dir.docs()
    if fmt == "json":
        _emit(export.rows_json([asdict(d) for d in docs]), None)
    else:
        print_view(lambda look: render.docs_table(docs, look), color)


def run_show(index_dir: Store, turn_id: str, context: int, fmt: str, color: str) -> None:
    from nrc_search import render

    ensure_index(index_dir)
    fields, doc, before, after = index_dir.show(turn_id, context)
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
        print_view(lambda look: render.turn_view(fields, doc, before, after), color)
