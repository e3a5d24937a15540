"""Typed errors raised by the library. The CLI turns each into one line on stderr and exit 2.

Messages name the file or the query and, where there is one, the fix.
"""


class NrcError(Exception):
    """Base class: anything nrc can explain to the user in one line."""


class UnreadableFile(NrcError):
    """A file could not be read or decoded (binary, too large, missing, no permission)."""


class OutputError(NrcError):
    """An output file or standard output cannot be written (no folder, full disk, a device)."""


class IndexMissing(NrcError):
    """No index where one was expected."""


class IndexForeign(NrcError):
    """The folder holds something nrc did not create, or an index of another schema version."""


class IndexCorrupt(NrcError):
    """The index exists but cannot be opened or read."""


class IndexBusy(NrcError):
    """Another nrc process holds the index lock."""


class QueryError(NrcError):
    """The query cannot be parsed or is not allowed."""


class SpeakerError(NrcError):
    """A --speaker name matches nobody, or more than one person."""


class UsageError(NrcError):
    """A bad option value (a date, a limit)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM during an ingest: handled like Ctrl-C (one line, the index unchanged), exit 143."""

    exit_code = 143
