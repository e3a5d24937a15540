"""Shell completion for `nrc`: the scripts (click's), and values read from the index.

`--speaker` completes canonical speaker names, `--doc` document ids, `nrc show` turn ids. The
callbacks only read: no index (or a damaged, busy or foreign one) completes nothing and never
builds the seed index or prints. Imported only when a shell asks, or by `nrc completion`.
"""

from __future__ import annotations

import os
from pathlib import Path

import click
from click.shell_completion import CompletionItem, get_completion_class

from nrc_search.console import shown

SHELLS = ("bash", "zsh", "fish")
COMPLETE_VAR = "_NRC_COMPLETE"  # what click reads for the program name `nrc`
MAX_ITEMS = 200  # a shell offers no more than a screenful anyway


def script(cli: click.Command, shell: str) -> str:
    """The completion script for `shell`, which calls `nrc` back with _NRC_COMPLETE set."""
    cls = get_completion_class(shell)
    if cls is None:
        raise click.BadParameter(f"no completion for {shell!r}; choose one of {', '.join(SHELLS)}")
    return cls(cli, {}, "nrc", COMPLETE_VAR).source()


def index_dir(ctx: click.Context) -> Path | None:
    """The index the command line so far names (--index, NRC_INDEX, ./index), if it holds one."""
    from nrc_search import store

    value = ctx.params.get("index_dir") or os.environ.get("NRC_INDEX") or "index"
    path = Path(value)
    try:
        return path if store.exists(path) else None
    except Exception:  # a foreign folder: nothing to offer
        return None


def _quietly(fn, ctx: click.Context, incomplete: str) -> list[CompletionItem]:
    """Whatever goes wrong reading the index, the shell just gets no suggestions."""
    index = index_dir(ctx)
    if index is None:
        return []
    try:
        items = fn(index, incomplete)
    except Exception:
        return []
    # A value with a control character would break the shell's line-based protocol: left out.
    return [item for item in items if shown(item.value) == item.value][:MAX_ITEMS]


def _starts(incomplete: str, *candidates: str) -> bool:
    """`lav` completes "Sergei Lavrov": any word of any candidate may start with what was typed."""
    want = incomplete.casefold()
    for candidate in candidates:
        folded = candidate.casefold()
        if folded.startswith(want) or any(w.startswith(want) for w in folded.split()):
            return True
    return False


def _word(value: str) -> str:
    """A name with spaces stays one word in bash: its script reads each reply with `read`
    (which eats one backslash) and inserts it as typed, so "Sergei\\\\ Lavrov" is sent."""
    if os.environ.get(COMPLETE_VAR, "").startswith("bash"):
        return value.replace(" ", "\\\\ ")
    return value


def _speakers(index: Path, incomplete: str) -> list[CompletionItem]:
    from nrc_search import catalog

    return [
        CompletionItem(_word(p.name), help=shown("; ".join(p.roles)) or None)
        for p in catalog.list_speakers(index)
        if _starts(incomplete, p.name, *p.aliases)
    ]


def _doc_ids(index: Path, incomplete: str) -> list[CompletionItem]:
    from nrc_search import catalog

    return [
        CompletionItem(d.doc_id, help=shown(f"{d.date or 'undated'} {(d.title or '')[:60]}"))
        for d in catalog.list_docs(index)
        if d.doc_id.startswith(incomplete)
    ]


def _turn_ids(index: Path, incomplete: str) -> list[CompletionItem]:
    """Up to the colon, document ids (with the colon); after it, that document's turns."""
    from nrc_search import store

    doc_id, colon, _ = incomplete.partition(":")
    if not colon:
        return [
            CompletionItem(item.value + ":", help=item.help) for item in _doc_ids(index, doc_id)
        ]
    handle = store.open_index(index)
    with store.reading(index), handle.ix.searcher() as s:
        turns = store.Turns(s)
        numbers = turns.numbers(doc_id)
        found = [turns.turn(numbers[n], text=False) for n in sorted(numbers)]
    return [
        CompletionItem(f["turn_id"], help=shown(f.get("speaker")) or None)
        for f in found
        if f and f["turn_id"].startswith(incomplete)
    ]


def speakers(ctx: click.Context, incomplete: str) -> list[CompletionItem]:
    return _quietly(_speakers, ctx, incomplete)


def doc_ids(ctx: click.Context, incomplete: str) -> list[CompletionItem]:
    return _quietly(_doc_ids, ctx, incomplete)


def turn_ids(ctx: click.Context, incomplete: str) -> list[CompletionItem]:
    return _quietly(_turn_ids, ctx, incomplete)
