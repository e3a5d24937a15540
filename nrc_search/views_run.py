"""The bodies of `nrc kwic`, `trend`, `similar` and `watch`, imported only when one of them runs.

Picks the printer (render_views for people, export_views for machines) like `cli_support` does for
search. Raises NrcError; `cli.py` maps it to exit 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from nrc_search import export_views
from nrc_search.cli_support import _console, _emit, _print, ensure_index
from nrc_search.console import Exit
from nrc_search.model import SearchRequest

MACHINE = ("json", "jsonl", "csv")


def _request(query: str, opts: dict, **extra) -> SearchRequest:
    return SearchRequest(
        query=query,
        speakers=tuple(opts.get("speakers", ())),
        since=opts.get("since"),
        until=opts.get("until"),
        docs=tuple(opts.get("docs", ())),
        narration=bool(opts.get("narration")),
        speech_only=bool(opts.get("speech_only")),
        **extra,
    )


def _format(opts: dict, default: str) -> str:
    if opts.get("fmt"):
        return opts["fmt"]
    suffix = opts["output"].suffix.lower().lstrip(".") if opts.get("output") else ""
    return suffix if suffix in MACHINE else default


def run_kwic(query: str, index_dir: Path, opts: dict) -> int:
    from nrc_search.kwic import kwic

    ensure_index(index_dir)
    limit = opts["limit"]
    req = _request(query, opts, limit=limit or 1, all=limit is None)
    c = kwic(index_dir, req, width=opts["width"], sort=opts["sort"])
    fmt = _format(opts, "text")
    if fmt in MACHINE:
        _emit(export_views.kwic_out(c, fmt), opts["output"])
    elif c.total:
        from nrc_search import render_views

        if opts["output"] or not sys.stdout.isatty():
            text = render_views.kwic_header(c) + "\n" + render_views.kwic_plain(c)
            _emit(text, opts["output"])
        else:
            _console().print(render_views.kwic_view(c))
    if not c.total:
        click.echo(f"No turns match {query!r}.", err=True)
        return Exit.NO_MATCH
    return Exit.MATCH


def run_trend(queries: list[str], index_dir: Path, opts: dict) -> int:
    from nrc_search.trend import trend

    ensure_index(index_dir)
    tr = trend(index_dir, queries, _request(queries[0], opts), by=opts["by"], top=opts["top"])
    if opts["plot"]:
        from nrc_search.plot import plot

        plot(tr, opts["plot"], opts["measure"])
        click.echo(f"nrc: chart written to {opts['plot']}", err=True)
    fmt = _format(opts, "table")
    if fmt in MACHINE:
        _emit(export_views.trend_out(tr, fmt), opts["output"])
    else:
        from nrc_search import render_views

        _print(render_views.trend_view(tr, opts["measure"]), opts["output"])
    if not any(c.turns for c in tr.totals):
        click.echo(f"No turns match {' / '.join(map(repr, queries))}.", err=True)
        return Exit.NO_MATCH
    return Exit.MATCH


def run_similar(turn_id: str, index_dir: Path, opts: dict) -> int:
    from nrc_search.similar import similar

    ensure_index(index_dir)
    req = _request("", opts, limit=opts["limit"])
    s = similar(index_dir, turn_id, req, numterms=opts["terms"])
    fmt = _format(opts, "table")
    if fmt in MACHINE:
        _emit(export_views.similar_out(s, fmt), opts["output"])
    else:
        from nrc_search import render_views

        _print(render_views.similar_view(s), opts["output"])
    return Exit.MATCH if s.hits else Exit.NO_MATCH


def run_watch_add(name: str, query: str, index_dir: Path, opts: dict) -> None:
    from nrc_search import watch

    ensure_index(index_dir)
    w = watch.add(index_dir, name, _request(query, opts))
    click.echo(
        f"watch {w.name} saved ({w.seen:,} current hits recorded); "
        f"`nrc watch run {w.name}` shows what is new.",
        err=True,
    )


def run_watch_list(index_dir: Path, fmt: str) -> None:
    from nrc_search import watch

    watches = watch.list_watches(index_dir)
    if fmt == "json":
        _emit(export_views.watches_json(watches), None)
    elif not watches:
        click.echo("No watches yet. Add one with `nrc watch add NAME QUERY`.", err=True)
    else:
        from nrc_search import render_views

        _console().print(render_views.watches_table(watches))


def run_watch_run(name: str | None, index_dir: Path, opts: dict) -> int:
    from nrc_search import watch

    runs = watch.run(index_dir, name)
    fmt = _format(opts, "table")
    if fmt in MACHINE:
        _emit(export_views.runs_out(runs, fmt), opts["output"])
    elif runs:
        from nrc_search import render_views

        _print(render_views.runs_view(runs), opts["output"])
    else:
        click.echo("No watches yet. Add one with `nrc watch add NAME QUERY`.", err=True)
    return Exit.MATCH if any(r.new for r in runs) else Exit.NO_MATCH


def run_watch_rm(name: str, index_dir: Path) -> None:
    from nrc_search import watch

    watch.remove(index_dir, name)
    click.echo(f"watch {name} removed.", err=True)
