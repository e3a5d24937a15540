"""The analyst views' commands: `nrc kwic`, `nrc trend`, `nrc similar`, `nrc watch add|list|run|rm`.

Click definitions only (imports click alone; nothing imports `cli`): `register` attaches them to
the group with the group's own error handler and --index/--color options. `views_run` holds the
bodies and is imported when a command runs, so `nrc --help` stays fast.
"""

from __future__ import annotations

import sys

import click

from nrc_search.cli_types import PathArg


def _filters(fn):
    """--speaker, --since, --until, --doc, --speech-only (and the old --narration): the filters
    of `nrc search`, whose semantics they share (narration is included unless --speech-only)."""
    options = [
        click.option(
            "--speaker", "-s", "speakers", multiple=True, metavar="NAME",
            help="Only this speaker (repeatable: any of them).",
        ),
        click.option("--since", metavar="DATE", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--until", metavar="DATE", help="Up to this date (inclusive)."),
        click.option("--doc", "docs", multiple=True, metavar="DOC_ID", help="Only this document."),
        click.option("--speech-only", is_flag=True,
                     help="Leave out narration (the outlet's own words in news)."),
        click.option("--narration", is_flag=True,
                     help="Kept for old scripts: the outlet's own words are included by default."),
    ]  # fmt: skip
    for option in reversed(options):
        fn = option(fn)
    return fn


def _output(formats: tuple[str, ...]):
    def wrap(fn):
        fn = click.option("-o", "--output", type=PathArg(dir_okay=False), help="Write to FILE.")(fn)
        return click.option(
            "--format", "-f", "fmt", type=click.Choice(formats), default=None,
            help=f"Output format [default: {formats[0]}, or from -o's extension].",
        )(fn)  # fmt: skip

    return wrap


KWIC_HELP = """
\b
Examples:
  nrc kwic "missile defence"
  nrc kwic defence --sort left --width 30
  nrc kwic "sectoral approach" --speaker lavrov --format csv -o lines.csv
\b
Exit status: 0 something matched, 1 nothing matched, 2 error.
"""


@click.command(epilog=KWIC_HELP)
@click.argument("query")
@_filters
@click.option("--width", "-w", type=click.IntRange(5, 500), default=40, show_default=True,
              help="Characters of context on each side.")  # fmt: skip
@click.option("--sort", type=click.Choice(["date", "left", "right", "speaker"]), default="date",
              show_default=True, help="Order of the lines (left/right: by the context words).")  # fmt: skip
@click.option("--limit", "-n", type=click.IntRange(1), default=None, help="At most N lines.")
@_output(("text", "json", "jsonl", "csv"))
def kwic(query, index_dir, **opts) -> None:
    """Concordance: every match of QUERY on its own line, matched words in a centre column."""
    from nrc_search.views_run import run_kwic

    sys.exit(run_kwic(query, index_dir, opts))


TREND_HELP = """
\b
Each bucket shows the matching turns (duplicates counted once), the matches in them and the
matches per 10,000 words of all turns in the bucket. Years and months come in order, empty
ones included.
\b
Examples:
  nrc trend "missile defence" --by year
  nrc trend "missile defence" "arms control" --by month --plot trend.png
  nrc trend libya --by speaker --top 10 --format csv
\b
Exit status: 0 something matched, 1 nothing matched, 2 error.
"""


@click.command(epilog=TREND_HELP)
@click.argument("queries", nargs=-1, required=True, metavar="QUERY...")
@_filters
@click.option("--by", type=click.Choice(["year", "month", "speaker", "role", "outlet", "country"]),
              default="year", show_default=True, help="What to count by.")  # fmt: skip
@click.option("--measure", type=click.Choice(["per_10k", "matches", "turns"]), default="per_10k",
              show_default=True, help="What the bars (and --plot) show.")  # fmt: skip
@click.option("--top", type=click.IntRange(1), default=20, show_default=True,
              help="Speakers/roles/outlets/countries shown (most matches first).")  # fmt: skip
@click.option("--plot", type=PathArg(dir_okay=False), metavar="FILE",
              help="Also write a chart: FILE.png or FILE.svg.")  # fmt: skip
@_output(("table", "json", "jsonl", "csv"))
def trend(queries, index_dir, **opts) -> None:
    """How often QUERY (or several, side by side) is said per year, month, speaker, role..."""
    from nrc_search.views_run import run_trend

    sys.exit(run_trend(list(queries), index_dir, opts))


SIMILAR_HELP = """
\b
Examples:
  nrc similar 004_fbef40a881d0f922:8
  nrc similar 000_d1db97aa885e651d:12 --since 2011 --limit 5 --format json
"""


@click.command(epilog=SIMILAR_HELP)
@click.argument("turn_id")
@_filters
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--terms", type=click.IntRange(1, 50), default=12, show_default=True,
              help="Key terms taken from the turn.")  # fmt: skip
@_output(("table", "json", "jsonl", "csv"))
def similar(turn_id, index_dir, **opts) -> None:
    """Turns most like TURN_ID: who else said this, and the same statement in other words."""
    from nrc_search.views_run import run_similar

    sys.exit(run_similar(turn_id, index_dir, opts))


@click.group()
def watch() -> None:
    """Saved searches that report only new hits (stored in INDEX/nrc-watches.json).

    \b
    Examples:
      nrc watch add abm "missile defence" --speaker lavrov
      nrc watch list
      nrc watch run            # exit 0: new hits printed; 1: nothing new
      nrc watch rm abm
    """


@watch.command("add")
@click.argument("name")
@click.argument("query")
@_filters
def watch_add(name, query, index_dir, **opts) -> None:
    """Save QUERY (with filters) as NAME; the hits there now count as seen."""
    from nrc_search.views_run import run_watch_add

    run_watch_add(name, query, index_dir, opts)


@watch.command("list")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table")
def watch_list(fmt, index_dir) -> None:
    """List the saved watches with their last run."""
    from nrc_search.views_run import run_watch_list

    run_watch_list(index_dir, fmt)


@watch.command("run")
@click.argument("name", required=False)
@_output(("table", "json", "jsonl", "csv"))
def watch_run(name, index_dir, **opts) -> None:
    """Print the hits that are new since the last run (of NAME, or of every watch)."""
    from nrc_search.views_run import run_watch_run

    sys.exit(run_watch_run(name, index_dir, opts))


@watch.command("rm")
@click.argument("name")
def watch_rm(name, index_dir) -> None:
    """Delete the watch NAME."""
    from nrc_search.views_run import run_watch_rm

    run_watch_rm(name, index_dir)


def register(group: click.Group, handle_errors, index_option, color_option) -> None:
    """Attach the view commands to `group`: each gets `handle_errors` around its body, --index
    and (where it prints for people) --color."""
    for command in (kwic, trend, similar, watch_add, watch_list, watch_run, watch_rm):
        command.callback = handle_errors(command.callback)
        index_option(command)  # click's option decorators also add to a finished Command
        if command is not watch_add and command is not watch_rm:
            color_option(command)
    for command in (kwic, trend, similar, watch):
        group.add_command(command)
