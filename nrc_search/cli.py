"""The `nrc` command: a thin click group. Parses options, calls the library, picks a printer.

Imports only click at module level, so `nrc --help` and `nrc --version` stay fast and never load
Whoosh or rich. Library errors (NrcError) become one line on stderr and exit code 2.
"""

from __future__ import annotations

import functools
import os
import sys

import click

from nrc_search import __version__
from nrc_search.cli_types import PathArg
from nrc_search.console import COLOR_CHOICES, Exit, discard_stdout, message

SEARCH_EXAMPLES = """
\b
Query language (turns with every word first, then those with most of them):
  missile defence              both words; "defense", "defences" match too
  "sectoral approach"          the phrase; variants such as "sectorial" match
  "missile cooperation"~3      the words within 3 positions of each other
  libya OR afghanistan         either word
  nato -russia, nato NOT russia    leave out turns with a word; group with ( ... )
  +libya nato                  require a word, also in partial matches
  defen*  /  missle~           wildcard  /  fuzzy (one edit; missle~2 for two)
  speaker:lavrov treaty        field query; fields: speaker, date, doc, attribution
  date:[2011-06 to 2011-07]    a date range inside the query
\b
Examples:
  nrc search "sectoral approach"
  nrc search "missile defence" --speaker Lavrov --since 2011-07
  nrc search libya --facet speaker --limit 5
  nrc search "missile defence" --all --format csv -o hits.csv
  nrc search treaty --json | jq '.hits[].speaker'
\b
Exit status: 0 something matched, 1 nothing matched, 2 error.
"""


def _keep_color(ctx: click.Context, param: click.Parameter, value: str) -> str:
    ctx.meta["nrc.color"] = value  # read by cli_support.color_choice when the command prints
    return value


def _index_option(fn):
    return click.option(
        "--index",
        "index_dir",
        type=PathArg(file_okay=False),
        envvar="NRC_INDEX",
        default="index",
        show_default=True,
        help="Index folder (or set NRC_INDEX).",
    )(fn)


def _backend_options(fn):
    """--backend/--url/--collection/--insecure; the command gets a `Store` as `index_dir`."""

    @functools.wraps(fn)
    def wrapper(*args, backend, url, collection, insecure, index_dir, **kwargs):
        from nrc_search.backend import open_backend
        from nrc_search.errors import NrcError

        try:
            store = open_backend(index_dir, backend, url, collection, insecure)
        except NrcError as exc:
            message("error", exc)
            sys.exit(Exit.ERROR)
        return fn(*args, index_dir=store, **kwargs)

    options = [
        click.option(
            "--backend",
            type=click.Choice(["whoosh", "opensearch"]),
            envvar="NRC_BACKEND",
            default="whoosh",
            show_default=True,
            help="Where the index lives: a Whoosh folder, or an OpenSearch cluster (or NRC_BACKEND).",
        ),
        click.option(
            "--url",
            metavar="URL",
            envvar="NRC_OPENSEARCH_URL",
            help="OpenSearch address (or NRC_OPENSEARCH_URL); credentials from "
            "NRC_OPENSEARCH_USER/_PASSWORD or NRC_OPENSEARCH_API_KEY.",
        ),
        click.option(
            "--collection",
            metavar="NAME",
            envvar="NRC_OPENSEARCH_COLLECTION",
            help="OpenSearch collection (index alias nrc-NAME) [default: nrc].",
        ),
        click.option(
            "--insecure",
            is_flag=True,
            help="OpenSearch: do NOT verify the TLS certificate (test clusters only).",
        ),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


_color_option = click.option(
    "--color",
    type=click.Choice(COLOR_CHOICES),
    default="auto",
    show_default=True,
    expose_value=False,
    callback=_keep_color,
    help="Colour and highlight: auto = on a terminal, unless NO_COLOR is set "
    "(FORCE_COLOR=1 forces it). Without colour, matched words are marked «like this».",
)


def _completer(name: str):
    """A shell_complete callback that loads nrc_search.complete only when a shell asks."""

    def callback(ctx: click.Context, param: click.Parameter, incomplete: str):
        from nrc_search import complete

        return getattr(complete, name)(ctx, incomplete)

    return callback


_table_or_json = click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A table for reading, or JSON for scripts.",
)


def _handle_errors(fn):
    """Turn library errors into one line and exit 2; a closed pipe ends quietly."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from nrc_search.errors import NrcError

        try:
            return fn(*args, **kwargs)
        except NrcError as exc:
            message("error", exc)
            sys.exit(Exit.ERROR)
        except BrokenPipeError:
            _quiet_pipe()
        except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM during an ingest (errors.Terminated)
            click.echo("nrc: interrupted; the index is unchanged.", err=True)
            sys.exit(getattr(exc, "exit_code", 130))
        except Exception as exc:  # a bug: one line for the user, the traceback on request
            if os.environ.get("NRC_DEBUG"):
                raise
            message(
                "internal error",
                f"{type(exc).__name__}: {exc} "
                "(set NRC_DEBUG=1 for the traceback, and please report it)",
            )
            sys.exit(Exit.ERROR)

    return wrapper


def _quiet_pipe() -> None:
    discard_stdout()
    sys.exit(Exit.MATCH)


class NrcGroup(click.Group):
    """Usage errors in one line, like every other nrc error."""

    def main(self, args=None, prog_name=None, complete_var=None, **extra):  # type: ignore[override]
        extra.pop("standalone_mode", None)
        try:
            rv = super().main(
                args, prog_name or "nrc", complete_var, standalone_mode=False, **extra
            )
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("nrc: aborted.", err=True)
            sys.exit(130)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else exc.format_message())
            sys.exit(Exit.MATCH)
        except click.UsageError as exc:
            where = f"nrc {exc.ctx.command.name}" if exc.ctx and exc.ctx.parent else "nrc"
            hint = (
                " Put -- before a query that starts with '-'."
                if "No such option" in exc.message
                else ""
            )
            message("error", f"{exc.format_message()} (see `{where} --help`).{hint}")
            sys.exit(Exit.ERROR)
        except click.ClickException as exc:
            message("error", exc.format_message())
            sys.exit(exc.exit_code)
        sys.exit(rv if isinstance(rv, int) else 0)


@click.group(
    cls=NrcGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(
    __version__, "-V", "--version", prog_name="nrc", message="%(prog)s, version %(version)s"
)  # a message of our own: click would look up its translation (gettext, locale) at import
def main() -> None:
    """Search diplomatic transcripts: who said what, when, in which meeting.

    \b
    nrc ingest ~/transcripts          index files and folders (text, HTML, PDF, Word, captions)
    nrc search "sectoral approach"    ranked, attributed, highlighted turns
    nrc speakers / nrc docs           what the index holds
    nrc show DOC:N --context 2        one turn with the turns around it
    nrc completion bash|zsh|fish      shell completion, with speaker names and doc ids
    nrc segment FILE                  how nrc reads one file (no index needed)
    nrc kwic / trend / similar        concordance, counts over time, turns like one turn
    nrc watch add|list|run|rm         saved searches that report only new hits

    With no ./index yet (and no --index or NRC_INDEX), `nrc search` first indexes the bundled
    seed documents.
    Colour: on a terminal unless NO_COLOR is set; FORCE_COLOR=1 or --color always forces it.
    """


@main.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell) -> None:
    """Print the shell completion script for SHELL: commands, options, speaker names, doc ids.

    \b
    Load it in the current shell, or put the line in ~/.bashrc / ~/.zshrc:
      eval "$(nrc completion bash)"
      eval "$(nrc completion zsh)"
      nrc completion fish > ~/.config/fish/completions/nrc.fish
    """
    from nrc_search.complete import script

    click.echo(script(main, shell), nl=False)


@main.command()
@click.argument("paths", nargs=-1, type=PathArg())
@_index_option
@_backend_options
@click.option(
    "--rebuild",
    is_flag=True,
    help="Re-read everything into a new index (no PATH: the files it holds).",
)
@click.option("--prune", is_flag=True, help="Drop documents whose files are gone.")
@click.option(
    "--speakers-file",
    type=PathArg(dir_okay=False, exists=True),
    envvar="NRC_SPEAKERS",
    help="Aliases, merges and splits of speaker names (see README).",
)
@click.option(
    "--wait",
    type=float,
    default=0.0,
    metavar="SECONDS",
    help="If another nrc is updating the index, wait this long for it.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=None,
    help="Parser processes (default: 2 or the CPU count).",
)
@click.option(
    "--columns",
    metavar="FIELD=COLUMN,...",
    help="Turn datasets (.jsonl/.csv): which column holds each field, e.g. "
    "speaker=name,date=date,text=speech,doc=meeting (fields: text, speaker, role, date, "
    "year, doc, title, place).",
)
@_handle_errors
def ingest(paths, index_dir, rebuild, prune, speakers_file, wait, jobs, columns) -> None:
    """Index transcripts: files and folders, recursively.

    \b
    No PATH: a new index gets the bundled seeds; an existing one re-reads the files it holds.
    Incremental: unchanged files are skipped, changed files replace their turns.
    Exit status: 0 all files indexed, 1 some files could not be used, 2 error.
    \b
    Examples:
      nrc ingest ~/archive/nato ~/archive/un
      nrc ingest press/2011-06-08.html --index ~/nrc-index
      nrc ingest ~/archive --prune        # also forget deleted files
      nrc ingest --rebuild                # re-read every file the index holds
      nrc ingest debates.csv --columns speaker=name,text=speech,doc=meeting
    \b
    Reads .txt/.md/.text (and text files by content), .html/.htm/.mhtml, .pdf (text layer),
    .docx, .vtt/.srt captions, and turn datasets (.jsonl/.csv/.tsv). Other files in a folder
    are named in one warning line each and counted as skipped.
    """
    from nrc_search.cli_support import run_ingest

    sys.exit(run_ingest(index_dir, list(paths), rebuild, prune, speakers_file, wait, jobs, columns))


@main.command(epilog=SEARCH_EXAMPLES)
@_color_option
@click.argument("query")
@click.option(
    "--speaker",
    "-s",
    "speakers",
    multiple=True,
    shell_complete=_completer("speakers"),
    metavar="NAME",
    help="Only this speaker (repeatable: any of them): part of a name, a role such as"
    " moderator, or question.",
)
@click.option(
    "--since", metavar="DATE", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD (inclusive)."
)
@click.option("--until", metavar="DATE", help="Up to this date (inclusive).")
@click.option(
    "--doc",
    "docs",
    multiple=True,
    metavar="DOC_ID",
    shell_complete=_completer("doc_ids"),
    help="Only this document (repeatable).",
)
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(1, 100_000),
    default=10,
    show_default=True,
    help="Hits per page.",
)
@click.option(
    "--page", type=click.IntRange(1), default=1, show_default=True, help="Page of hits to show."
)
@click.option(
    "--offset", type=click.IntRange(0), default=None, help="Skip this many hits (overrides --page)."
)
@click.option("--all", "all_hits", is_flag=True, help="Every hit (for export).")
@click.option(
    "--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True
)
@click.option(
    "--context",
    "-C",
    type=click.IntRange(0, 20),
    default=0,
    help="Show N turns before and after each hit.",
)
@click.option(
    "--facet",
    "facets",
    multiple=True,
    type=click.Choice(
        ["speaker", "year", "month", "doc", "role", "outlet", "kind", "attribution", "country"]
    ),
    help="Count the matching turns (duplicates once) by speaker, year, month, role, outlet...",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv", "xlsx"]),
    default=None,
    help="Output format [default: table, or from -o's extension: .txt .json .jsonl .csv .xlsx].",
)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("-o", "--output", type=PathArg(dir_okay=False), help="Write to FILE.")
@click.option(
    "--narration",
    is_flag=True,
    help="Kept for old scripts: the outlet's own words are searched by default.",
)
@click.option(
    "--speech-only", is_flag=True, help="Leave out narration (the outlet's own words in news)."
)
@click.option(
    "--attribution",
    "attributions",
    multiple=True,
    metavar="LIST",
    help="Only these: verbatim, quoted, reported, narration (comma-separated or repeated).",
)
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    metavar="LIST",
    help="Only these: question, answer, statement, quote, narration.",
)
@click.option(
    "--role", "roles", multiple=True, metavar="ROLE", help="Only turns with this role (words)."
)
@click.option(
    "--all-words", is_flag=True, help="No partial matches: every word must be in the turn."
)
@click.option("--with-question", is_flag=True, help="Give each answer the question it answers.")
@_index_option
@_backend_options
@_handle_errors
def search(query, index_dir, **opts) -> None:
    """Find turns that match QUERY, best first, with the matched words highlighted."""
    from nrc_search.cli_support import run_search

    sys.exit(run_search(query, index_dir, opts))


@main.command()
@_color_option
@click.argument("file", type=PathArg(dir_okay=False))
@_table_or_json
@click.option("--dropped", is_flag=True, help="Also show the lines dropped as boilerplate.")
@click.option(
    "--explain", is_flag=True, help="Per block: the role it got, why, and what was dropped."
)
@_handle_errors
def segment(file, fmt, dropped, explain) -> None:
    """Show how nrc reads FILE: title, date, kind and speaker turns. Touches no index.

    \b
    Examples:
      nrc segment press-conference.txt
      nrc segment page.html --dropped
      nrc segment statement.txt --format json | jq '.turns[].speaker'
      nrc segment odd-house-style.txt --explain
    """
    from nrc_search.cli_support import run_segment

    run_segment(file, fmt, dropped, explain)


@main.command()
@_color_option
@_table_or_json
@_index_option
@_backend_options
@_handle_errors
def speakers(fmt, index_dir) -> None:
    """List speakers with their roles, aliases, turns and documents.

    \b
    Examples:
      nrc speakers | head
      nrc speakers --format json | jq '.[] | select(.turns > 100) | .name'
    """
    from nrc_search.cli_support import run_speakers

    run_speakers(index_dir, fmt)


@main.command()
@_color_option
@_table_or_json
@_index_option
@_backend_options
@_handle_errors
def docs(fmt, index_dir) -> None:
    """List indexed documents: id, date, kind, turns, title.

    \b
    Examples:
      nrc docs
      nrc docs --format json | jq -r '.[] | select(.date >= "2011") | .doc_id'
    """
    from nrc_search.cli_support import run_docs

    run_docs(index_dir, fmt)


@main.command()
@_color_option
@click.argument("turn_id", shell_complete=_completer("turn_ids"))
@click.option(
    "--context",
    "-C",
    type=click.IntRange(0, 50),
    default=0,
    help="Also show N turns before and after.",
)
@_table_or_json
@_index_option
@_backend_options
@_handle_errors
def show(turn_id, context, fmt, index_dir) -> None:
    """Show one whole turn, and with --context the turns around it.

    \b
    Example:
      nrc show 000_d1db97aa885e651d:7 --context 1
    """
    from nrc_search.cli_support import run_show

    run_show(index_dir, turn_id, context, fmt)


@main.command()
@_index_option
@click.option(
    "--idle-timeout",
    type=click.FloatRange(1),
    default=900,
    show_default=True,
    metavar="SECONDS",
    help="Exit after this long without a request.",
)
@_handle_errors
def serve(index_dir, idle_timeout) -> None:
    """Keep the index open and answer searches from a warm process (optional).

    \b
    While it runs, `nrc search`, `speakers`, `docs` and `show` on this index send their request
    to it over a Unix socket in the index folder (mode 0600) and print its answer, byte for byte
    what they would print themselves, without loading Whoosh or rich. When it is not running, or
    dies, they answer by themselves. Set NRC_NO_SERVE=1 to bypass it.
    \b
    Examples:
      nrc serve &                        # until 15 minutes pass without a search
      nrc serve --index ~/nrc-index --idle-timeout 3600
    """
    from nrc_search.serve import serve as run_server

    def ready(path) -> None:
        message("", f"nrc serve: answering for {index_dir}/ on {path} (Ctrl-C to stop)")

    run_server(index_dir, idle_timeout, ready)


from nrc_search.cli_views import register as _register_views  # noqa: E402  (needs the helpers above)

_register_views(main, _handle_errors, _index_option, _color_option)
