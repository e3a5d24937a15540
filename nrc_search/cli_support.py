"""The bodies of the `nrc` commands, imported only when a command runs (keeps `nrc --help` fast).

Picks the printer (rich for people, `export` for machines), draws the ingest progress bar on a
terminal, and builds the seed index on first use. Raises NrcError; `cli.py` maps it to exit 2.
rich, the parser and the catalog are imported only by the commands that use them: a JSON search
loads neither rich nor the parser. Never imports `cli`: what both need lives in `console`.
"""

from __future__ import annotations

import io
import json
import sys
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
    write_stdout,
)
from nrc_search.errors import NrcError, UsageError
from nrc_search.model import SearchRequest

if TYPE_CHECKING:
    from nrc_search.backend import Store

#: -o FILE's extension -> the format written when --format does not say
SUFFIX_FORMATS = {
    ".txt": "table",
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".xlsx": "xlsx",
}


def color_choice() -> str:
    """The running command's --color (auto, always, never); cli.py keeps it in ctx.meta."""
    click = sys.modules.get("click")  # quick.py's searches run without click
    ctx = click.get_current_context(silent=True) if click else None
    return ctx.meta.get("nrc.color", "auto") if ctx else "auto"


def echo_err(text: str) -> None:
    """One line to stderr: through click inside a click command (its test runner captures it
    there), else plainly (quick.py's searches never import click)."""
    click = sys.modules.get("click")
    if click is not None:
        click.echo(text, err=True)
    else:
        print(text, file=sys.stderr, flush=True)


def _console(stderr: bool = False):
    """A rich Console for stdout (or stderr) with the command's --color."""
    return make_console(color_choice(), stderr=stderr)


def _emit(data: str | bytes, output: Path | None) -> None:
    """Machine output: plain UTF-8 (or .xlsx bytes) to stdout or, whole or not at all, to a file."""
    if output is None:
        write_stdout(data)
        return
    with output_file(output) as fh:
        fh.write(data.encode("utf-8", "replace") if isinstance(data, str) else data)


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
    index_dir: Store, paths: list[Path], rebuild, prune, speakers_file, wait, jobs, columns=None
) -> int:
    import contextlib

    from nrc_search.ingest.datasets import parse_columns

    mapping = parse_columns(columns)

    with contextlib.ExitStack() as stack:
        summary = index_dir.ingest(
            paths,
            rebuild=rebuild,
            prune=prune,
            wait=wait,
            jobs=jobs,
            speakers_file=speakers_file,
            progress=_progress_callback(stack),
            columns=mapping,
        )
    if summary.note:
        echo_err(f"nrc: {summary.note}.")
    for warning in summary.warnings:
        message("warning", warning)  # a file name may hold escapes: shown, never obeyed
    echo_err(
        f"{summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.failed} failed"
        + (f", {summary.skipped} skipped" if summary.skipped else "")
        + (f", {summary.rows_skipped} rows skipped" if summary.rows_skipped else "")
        + (f", {summary.pruned} pruned" if summary.pruned else "")
        + f"; {summary.turns:,} turns written, {summary.total_turns:,} turns and "
        f"{summary.speakers:,} speakers in {summary.documents:,} documents ({index_dir.label})"
    )
    unused = summary.failed or summary.skipped or summary.rows_skipped
    return Exit.NO_MATCH if unused else Exit.MATCH


def ensure_index(where: Store | Path) -> None:
    """On first use, index the bundled seeds so `nrc search` answers on a fresh machine.

    Only a first run does so: the default (no --index, no NRC_INDEX, no ./index yet), or a
    folder named in a new, empty place (`NRC_INDEX=$(mktemp -d)/index`). A mistyped folder
    elsewhere (`--index ~/nrc-indx`, beside the user's files) is named in an error instead of
    silently becoming a new seed index. An OpenSearch collection never gets the seeds.
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
    import click

    from nrc_search import indexer

    ctx = click.get_current_context(silent=True)
    source = ctx.get_parameter_source("index_dir") if ctx else None
    named = source is not None and source != click.core.ParameterSource.DEFAULT
    if named and not _empty_place(index_dir):
        indexer.missing_index(index_dir, from_env=source == click.core.ParameterSource.ENVIRONMENT)
    echo_err(f"nrc: no index at {index_dir}/ yet; indexing the bundled seed documents first.")
    indexer.ingest(index_dir, [indexer.seeds_dir()], wait=30)


def _empty_place(index_dir: Path) -> bool:
    """True when `index_dir` does not exist and the folder it would be made in is empty."""
    parent = index_dir.absolute().parent
    try:
        return not index_dir.exists() and parent.is_dir() and not any(parent.iterdir())
    except OSError:
        return False


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
        with_question=opts.get("with_question", False),
    )


def _split(values) -> tuple[str, ...]:
    """Repeated and comma-separated option values: `--kind question,answer --kind quote`."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _format(opts: dict) -> str:
    """--json, --format, else -o's extension (one nrc does not know is an error); -o checked."""
    output = opts["output"]
    if output is not None:
        check_output_path(output)
    fmt = "json" if opts["as_json"] else opts["fmt"]
    if fmt is None and output is not None:
        fmt = SUFFIX_FORMATS.get(output.suffix.lower())
        if fmt is None:
            raise UsageError(
                f"-o {output}: nrc cannot tell the format from the name; use an extension "
                f"({' '.join(SUFFIX_FORMATS)}) or give --format table|json|jsonl|csv|xlsx."
            )
    if fmt == "xlsx" and output is None and is_terminal():
        raise UsageError("--format xlsx is a binary file; write it with -o FILE.xlsx.")
    return fmt or "table"


def run_search(query: str, index_dir: Store, opts: dict) -> int:
    if opts["as_json"] and opts["fmt"] and opts["fmt"] != "json":
        raise UsageError(f"--json and --format {opts['fmt']} disagree; give one of them.")
    fmt = _format(opts)  # before the search: a bad -o fails at once
    ensure_index(index_dir)
    results = index_dir.search(_request(query, opts))
    if fmt in export.FORMATTERS:
        _emit(export.FORMATTERS[fmt](results), opts["output"])
    elif results.total or results.partial:
        from nrc_search import render

        _print(render.results_view(results), opts["output"])
    if not results.total and not results.partial:
        for note in results.notes:
            echo_err(f"nrc: {note}")
        hint = f" Did you mean: {results.suggestion} ?" if results.suggestion else ""
        echo_err(f"No turns match {results.request.query!r}.{hint}")
        return Exit.NO_MATCH
    return Exit.MATCH


def _print(renderable, output: Path | None) -> None:
    """To the terminal, or as plain lines (colour only with --color always) to FILE, whole."""
    if output:
        buffer = io.StringIO()
        color = "always" if color_choice() == "always" else "never"
        make_console(color, file=buffer).print(renderable)
        _emit(buffer.getvalue(), output)
    else:
        _console().print(renderable)


def run_segment(file: Path, fmt: str, dropped: bool, explain: bool = False) -> None:
    from nrc_search import render
    from nrc_search.ingest import parse_file

    if explain:
        from nrc_search.ingest.explain import explain_file

        rows = explain_file(file)
        if fmt == "json":
            _emit(export.explain_json(str(file), rows), None)
        else:
            _console().print(render.explain_view(str(file), rows))
        return
    doc = parse_file(file)
    why = None
    if dropped:
        from nrc_search.ingest.explain import dropped_file

        why = dropped_file(file)  # (line, reason) for each dropped line
    if fmt == "json":
        _emit(export.document_json(doc, dropped=dropped, reasons=why), None)
    else:
        _console().print(render.document_view(doc, dropped=dropped, reasons=why))


def run_speakers(index_dir: Store, fmt: str) -> None:
    from nrc_search import render

    ensure_index(index_dir)
    people = index_dir.speakers()
    if fmt == "json":
        _emit(export.rows_json([asdict(p) for p in people]), None)
    else:
        _console().print(render.speakers_table(people))


def run_docs(index_dir: Store, fmt: str) -> None:
    from nrc_search import render

    ensure_index(index_dir)
    docs = index_dir.docs()
    if fmt == "json":
        _emit(export.rows_json([asdict(d) for d in docs]), None)
    else:
        _console().print(render.docs_table(docs))


def run_show(index_dir: Store, turn_id: str, context: int, fmt: str) -> None:
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
            **({"start": fields["start"], "end": fields["end"]} if "start" in fields else {}),
            "context": {"before": [asdict(c) for c in before], "after": [asdict(c) for c in after]},
        }
        _emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    else:
        _console().print(render.turn_view(fields, doc, before, after))
