"""`nrc search` without click, for the plain searches scripts and users type most.

click costs ~20 ms of a fresh process's ~150; a search such as
`nrc search "nuclear disarmament" --speaker lavrov --since 2011 --json` needs none of it. This
module reads that common subset of the command line itself and hands the same options to
`cli_support.run_search` that click would. Anything else (another option, --help, a bad value, an
index that is not there yet, another backend, any error) returns None, and the click command
answers: its messages and exit codes stay the only ones a user sees.
"""

from __future__ import annotations

import os
import sys

#: `nrc search`'s options with click's defaults (tests/test_quick.py compares with cli.search)
DEFAULTS: dict[str, object] = {
    "speakers": (),
    "since": None,
    "until": None,
    "docs": (),
    "limit": 10,
    "page": 1,
    "offset": None,
    "all_hits": False,
    "sort": "relevance",
    "context": 0,
    "facets": (),
    "fmt": None,
    "as_json": False,
    "output": None,
    "narration": False,
    "speech_only": False,
    "attributions": (),
    "kinds": (),
    "roles": (),
    "all_words": False,
    "with_question": False,
}

#: option spelling -> (name in DEFAULTS, takes a value)
_OPTIONS = {
    "--json": ("as_json", False),
    "--format": ("fmt", True),
    "-f": ("fmt", True),
    "--limit": ("limit", True),
    "-n": ("limit", True),
    "--speaker": ("speakers", True),
    "-s": ("speakers", True),
    "--since": ("since", True),
    "--until": ("until", True),
    "--index": ("index", True),
}
_FORMATS = ("table", "json", "jsonl", "csv")
_LIMIT = 100_000


def parse(args: list[str]) -> tuple[str, str, dict] | None:
    """(query, index folder, options) for a command line in the subset, else None."""
    opts = dict(DEFAULTS)
    speakers: list[str] = []
    query = index = None
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if not arg.startswith("-") or arg == "-":
            if query is not None or arg == "-":
                return None
            query = arg
            continue
        name, eq, value = arg.partition("=")
        if name not in _OPTIONS:
            return None
        key, takes = _OPTIONS[name]
        if not takes:
            if eq:
                return None
            opts[key] = True
            continue
        if not eq:
            if i == len(args):
                return None
            value = args[i]
            i += 1
        if key == "speakers":
            speakers.append(value)
        elif key == "index":
            index = value
        else:
            opts[key] = value
    if not query:
        return None
    if opts["fmt"] is not None and opts["fmt"] not in _FORMATS:
        return None
    limit = opts["limit"]
    if isinstance(limit, str):
        if not (limit.isascii() and limit.isdigit() and 1 <= int(limit) <= _LIMIT):
            return None
        opts["limit"] = int(limit)
    opts["speakers"] = tuple(speakers)
    index = index if index is not None else os.environ.get("NRC_INDEX") or "index"
    return (query, index, opts) if index else None


def search(args: list[str]) -> int | None:
    """Answer `nrc search ARGS` and return its exit status, or None for the click command."""
    parsed = parse(args)
    if parsed is None or (os.environ.get("NRC_BACKEND") or "whoosh").lower() != "whoosh":
        return None
    query, index, opts = parsed
    from pathlib import Path

    from nrc_search import store

    where = Path(os.fsdecode(index))
    if not store.exists(where):  # click names a missing folder, or indexes the seeds
        return None
    from nrc_search.backend import WhooshStore
    from nrc_search.cli_support import run_search
    from nrc_search.console import discard_stdout
    from nrc_search.errors import NrcError

    try:
        return run_search(query, WhooshStore(where), opts)
    except NrcError:
        return None  # nothing was written: the click command says it in its words
    except BrokenPipeError:
        discard_stdout()
        return 0
    except KeyboardInterrupt as exc:
        print("nrc: interrupted; the index is unchanged.", file=sys.stderr)
        return getattr(exc, "exit_code", 130)
    except Exception:  # a bug: the click command reports it (NRC_DEBUG=1: the traceback)
        if os.environ.get("NRC_DEBUG"):
            raise
        return None
