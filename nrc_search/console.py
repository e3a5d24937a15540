"""The terminal edge: exit codes, text made safe to show, the colour choice, files written whole.

A leaf: stdlib and `nrc_search.errors` only at import (rich is imported inside `make_console`),
so `cli.py`, `cli_support.py` and `render.py` all use it and `nrc --help` stays fast. `shown` is
the one function every piece of text passes through before it reaches a terminal.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
from collections.abc import Iterator
from enum import IntEnum
from typing import IO, TYPE_CHECKING, BinaryIO

from nrc_search.errors import OutputError

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console

COLOR_CHOICES = ("auto", "always", "never")


class Exit(IntEnum):
    MATCH = 0  # something matched / the command worked
    NO_MATCH = 1  # a search found nothing; an ingest had files it could not use
    ERROR = 2  # bad input, bad query, no index, busy index, output not writable


# Characters that move the cursor, end a line, or reorder what follows: C0 and C1 controls
# (ESC in "\x1b[2J", BEL ending an OSC title "\x1b]0;owned\x07", CSI "\x9b"), DEL, the line and
# paragraph separators, and the bidi marks, embeddings, overrides and isolates ("\u202e" makes
# "txt.exe" read "exe.txt").
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# A run of line ends inside a turn: the paragraph breaks the segmenter keeps ("...said.\n\nWe ...").
_BREAKS = re.compile(r"[ \t]*(?:\r\n|\r|\n)+[ \t]*")


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object, *, breaks: str | None = None) -> str:
    """`text` as it may appear on a terminal: every unsafe character shown as an escape.

    ESC becomes `\\x1b`, a newline `\\x0a`, U+202E `\\u202e`; all else is kept as it is. With
    `breaks`, line ends inside running text (paragraph breaks) become that string first.
    """
    value = "" if text is None else str(text)
    if breaks is not None:
        value = _BREAKS.sub(breaks, value)
    return _UNSAFE.sub(_escape, value)


def message(kind: str, text: object) -> None:
    """One line on stderr: `nrc: error: ...`, `nrc: warning: ...`, or plain with kind ""."""
    prefix = f"nrc: {kind}: " if kind else ""
    sys.stderr.write(prefix + shown(text) + "\n")
    sys.stderr.flush()


# --- colour -------------------------------------------------------------------------------


def _isatty(stream: IO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def use_color(choice: str, stream: IO | None) -> bool:
    """--color always/never wins; then NO_COLOR (any value), then FORCE_COLOR, then a terminal."""
    if choice in ("always", "never"):
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    force = os.environ.get("FORCE_COLOR")
    if force is not None and force != "":
        return force.lower() not in ("0", "false", "no")
    return stream is not None and _isatty(stream) and os.environ.get("TERM") != "dumb"


def is_terminal(stream: IO | None = None) -> bool:
    """True when output goes to a terminal (then tables wrap to its width)."""
    return _isatty(stream if stream is not None else sys.stdout)


def make_console(
    color: str = "auto", *, stderr: bool = False, file: IO[str] | None = None
) -> Console:
    """A rich Console for stdout, stderr or a file; colour as `use_color` decides.

    Not on a terminal, nothing wraps (`console.soft_wrap`): each line goes out whole, so `grep`
    sees it whole, and `render.Rows` prints one line per row. A failed write to stdout is one
    OutputError line.
    """
    from rich.console import Console

    stream = file if file is not None else (sys.stderr if stderr else sys.stdout)
    tty = file is None and _isatty(stream)
    on = use_color(color, None if file is not None else stream)
    return Console(
        file=_guarded(stream),
        force_terminal=on,
        no_color=not on,
        color_system=("auto" if tty else "standard") if on else None,
        highlight=False,
        emoji=False,
        soft_wrap=not tty,
        width=None if tty else 10_000,
    )


# --- writing output -----------------------------------------------------------------------


def _reason(exc: OSError, path: Path | None = None) -> str:
    if exc.errno == errno.ENOENT and path is not None:
        return f"the folder {shown(path.parent)}/ does not exist"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "no space left on device"
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


@contextlib.contextmanager
def stdout_errors() -> Iterator[None]:
    """A failed write to stdout (a full disk, a closed terminal) becomes one OutputError line.

    A closed pipe (`nrc search x | head`) is left to the caller, which ends quietly.
    """
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        discard_stdout()
        raise OutputError(f"cannot write to standard output: {_reason(exc)}.") from None


def _guarded(stream: IO[str]) -> IO[str]:
    return _Guarded(stream) if stream is sys.stdout else stream  # type: ignore[return-value]


class _Guarded:
    """sys.stdout as rich writes to it: each write and flush under `stdout_errors`."""

    def __init__(self, stream: IO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        with stdout_errors():
            return self._stream.write(text)

    def flush(self) -> None:
        with stdout_errors():
            self._stream.flush()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def discard_stdout() -> None:
    """Point stdout at /dev/null so the exit-time flush of unwritten bytes cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # CliRunner's stdout has no file descriptor
        pass


def write_stdout(data: str | bytes) -> None:
    """Machine output (JSON, CSV): plain UTF-8 bytes to stdout, never through rich."""
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data
    with stdout_errors():
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()


def check_output_path(path: Path) -> None:
    """Fail before any work when `path` can never be written: a folder, or no such folder."""
    if path.is_dir():
        raise OutputError(f"cannot write {shown(path)}: it is a folder.")
    if not path.parent.is_dir():
        raise OutputError(
            f"cannot write {shown(path)}: the folder {shown(path.parent)}/ does not exist."
        )


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that becomes `path` only if the block ends without an error.

    Written to a temporary file in the same folder and renamed over `path`, so Ctrl-C or a full
    disk leaves the previous file whole. A device or pipe (`-o /dev/stdout`) is written directly.
    Any OSError becomes one OutputError naming the file and the reason.
    """
    try:
        mode = path.stat().st_mode  # through a symlink: /dev/stdout is one
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise OutputError(f"cannot write {shown(path)}: it is a folder.")
        with _described(path, existed=False), open(path, "wb") as fh:
            yield fh
        return
    import tempfile  # here, not at the top: `nrc --help` never needs them
    from pathlib import Path

    target = Path(os.path.realpath(path)) if path.is_symlink() else path  # replace the file

    with _described(path, existed=mode is not None):
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".nrc-tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, stat.S_IMODE(mode) if mode is not None else _default_mode())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


@contextlib.contextmanager
def _described(path: Path, *, existed: bool) -> Iterator[None]:
    try:
        yield
    except OutputError:
        raise
    except OSError as exc:
        kept = "; the previous file is unchanged" if existed else ""
        raise OutputError(f"cannot write {shown(path)}: {_reason(exc, path)}{kept}.") from None


def _default_mode() -> int:
    """0o666 less the umask: what `open(path, "w")` would have given a new file."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
