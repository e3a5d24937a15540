"""`nrc serve`: keep the index open in one process and answer the CLI's read-only commands.

The server listens on a Unix socket beside the index (`DIR/.nrc-serve.sock`, mode 0600, so
only the index's owner can talk to it) and runs each request through the same click commands
the CLI runs, with the client's argv, environment, working folder and terminal facts, so the
answer is byte for byte what the CLI would have printed. Searches keep the index open between
requests (store/warm.py) and take the bulk path (bulk.py); a commit or a --rebuild changes the
folder's files, and the next request opens the new state. It exits after `--idle-timeout`
seconds without a request and removes its socket.

The client half (`forward`) is stdlib only: `nrc_search.launch` calls it before importing click,
Whoosh or rich, and falls back to answering in-process whenever the server is absent, refuses,
or dies mid-request.
"""

from __future__ import annotations

import io
import json
import os
import struct
import sys

# The client's imports are what a served search costs beyond the interpreter's start-up, so
# this module imports neither typing, pathlib nor contextlib at the top (the server does, below).
TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (mypy and ruff know it)
if TYPE_CHECKING:
    import socket  # imported where a socket is made: a search with no server never needs it
    from pathlib import Path

SOCKET_NAME = ".nrc-serve.sock"
#: Commands that only read the index: safe to answer from a warm process (and to redo locally).
READ_ONLY = frozenset({"search", "speakers", "docs", "show"})
_MAX_MESSAGE = 256 << 20  # an --all export of a large index is big, but not this big
_UNIX_PATH_MAX = 100  # sun_path is 108 bytes on Linux; leave room


def socket_path(index_dir: str | os.PathLike[str]) -> Path:
    """Where the server for `index_dir` listens: in the folder, or (a long path) a private tmp dir."""
    from pathlib import Path

    return Path(_socket_file(index_dir))


def _socket_file(index_dir: str | os.PathLike[str]) -> str:
    """socket_path as a string, with os.path only (the client's path)."""
    folder = os.path.abspath(index_dir)
    inside = os.path.join(folder, SOCKET_NAME)
    if len(os.fsencode(inside)) <= _UNIX_PATH_MAX:
        return inside
    import hashlib  # here only: the client's start-up is most of a served search's time
    import tempfile

    digest = hashlib.blake2b(os.fsencode(folder), digest_size=8).hexdigest()
    private = os.path.join(tempfile.gettempdir(), f"nrc-serve-{os.getuid()}")
    os.makedirs(private, mode=0o700, exist_ok=True)
    return os.path.join(private, f"{digest}.sock")


# --- wire format: a 4-byte length, then UTF-8 JSON ----------------------------------------------


def _send(sock: socket.socket, obj: dict) -> None:
    data = json.dumps(obj).encode("utf-8")
    sock.sendall(struct.pack(">I", len(data)) + data)


def _recv(sock: socket.socket) -> dict | None:
    head = _exactly(sock, 4)
    if head is None:
        return None
    (size,) = struct.unpack(">I", head)
    if size > _MAX_MESSAGE:
        return None
    body = _exactly(sock, size)
    return None if body is None else json.loads(body)


def _exactly(sock: socket.socket, n: int) -> bytes | None:
    chunks, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


# --- the client -------------------------------------------------------------------------------


def index_from_argv(argv: list[str]) -> str | None:
    """The index folder a command names (--index, NRC_INDEX, ./index); None for OpenSearch."""
    folder = os.environ.get("NRC_INDEX") or "index"
    backend = os.environ.get("NRC_BACKEND") or "whoosh"
    args = iter(argv)
    for arg in args:
        if arg == "--":
            break
        if arg == "--index":
            folder = next(args, folder)
        elif arg.startswith("--index="):
            folder = arg.split("=", 1)[1]
        elif arg == "--backend":
            backend = next(args, backend)
        elif arg.startswith("--backend="):
            backend = arg.split("=", 1)[1]
    return folder if backend == "whoosh" else None


def _terminal_width() -> int | None:
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return None


def forward(argv: list[str]) -> int | None:
    """Ask a running server to run `argv`; print its answer and return the exit code.

    None (and nothing printed) when there is no server, it refused, or it died: the caller then
    runs the command itself.
    """
    if not argv or argv[0] not in READ_ONLY or os.environ.get("NRC_NO_SERVE"):
        return None
    folder = index_from_argv(argv)
    if folder is None:
        return None
    path = _socket_file(folder)
    if not os.path.exists(path):
        return None
    try:
        import socket

        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(None)
            sock.connect(path)
            _send(sock, _request(argv))
            reply = _recv(sock)
    except OSError:
        return None
    if not reply or "code" not in reply:
        return None
    try:
        sys.stdout.buffer.write(reply["stdout"].encode("utf-8", "surrogateescape"))
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    sys.stderr.buffer.write(reply["stderr"].encode("utf-8", "surrogateescape"))
    sys.stderr.flush()
    return int(reply["code"])


def _request(argv: list[str]) -> dict:
    def tty(stream) -> bool:
        try:
            return stream.isatty()
        except (AttributeError, ValueError):
            return False

    return {
        "argv": argv,
        "env": dict(os.environ),
        "cwd": os.getcwd(),
        "stdout_tty": tty(sys.stdout),
        "stderr_tty": tty(sys.stderr),
        "width": _terminal_width(),
    }


# --- the server -------------------------------------------------------------------------------


class _Capture(io.TextIOWrapper):
    """A text stream into memory that says whether the client's stream was a terminal."""

    def __init__(self, tty: bool) -> None:
        super().__init__(
            io.BytesIO(), encoding="utf-8", errors="surrogateescape", write_through=True
        )
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty

    def fileno(self) -> int:
        raise io.UnsupportedOperation("no file descriptor: output goes to the client")

    def value(self) -> str:
        self.flush()
        raw = self.buffer.getvalue()  # type: ignore[attr-defined]
        return raw.decode("utf-8", "surrogateescape")


def run_request(request: dict) -> dict:
    """Run one command as the client would have, capturing what it prints and its exit code."""
    from nrc_search.cli import main

    argv = [str(a) for a in request.get("argv", [])]
    if not argv or argv[0] not in READ_ONLY:
        return {"refused": "not a read-only command"}
    out, err = _Capture(bool(request.get("stdout_tty"))), _Capture(bool(request.get("stderr_tty")))
    saved = sys.stdout, sys.stderr, dict(os.environ), os.getcwd()
    env = {str(k): str(v) for k, v in (request.get("env") or {}).items()}
    if request.get("width") and request.get("stdout_tty"):
        env["COLUMNS"] = str(request["width"])
    code = 0
    try:
        os.environ.clear()
        os.environ.update(env)
        os.chdir(request.get("cwd") or saved[3])
        sys.stdout, sys.stderr = out, err
        main.main(args=argv, prog_name="nrc", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdout, sys.stderr = saved[0], saved[1]
        os.environ.clear()
        os.environ.update(saved[2])
        os.chdir(saved[3])
    return {"code": code, "stdout": out.value(), "stderr": err.value()}


def serve(index_dir: Path, idle_timeout: float = 900.0, ready=None) -> None:
    """Answer requests for `index_dir` until `idle_timeout` seconds pass without one."""
    import contextlib

    path = socket_path(index_dir)
    if path.exists():
        import socket

        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            try:
                probe.connect(str(path))
            except OSError:
                path.unlink()  # a server that died left its socket
            else:
                from nrc_search.errors import NrcError

                raise NrcError(f"nrc serve is already running for {index_dir}/ ({path}).")
    path.parent.mkdir(parents=True, exist_ok=True)
    _warm_up(index_dir)
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        old = os.umask(0o177)  # the socket is created 0600: only this user may connect
        try:
            server.bind(str(path))
        finally:
            os.umask(old)
        os.chmod(path, 0o600)
        server.listen(16)
        server.settimeout(idle_timeout)
        if ready:
            ready(path)
        try:
            while True:
                try:
                    conn, _ = server.accept()
                except TimeoutError:
                    return
                with conn:
                    _answer(conn)
        finally:
            with contextlib.suppress(OSError):
                path.unlink()


def _answer(conn: socket.socket) -> None:
    conn.settimeout(30)
    try:
        request = _recv(conn)
        if request is None:
            return
        conn.settimeout(None)
        _send(conn, run_request(request))
    except (OSError, ValueError):
        return  # the client went away; it answers by itself


def _warm_up(index_dir: Path) -> None:
    import contextlib

    """Import what a search needs (numpy too: searches here take the bulk path, execute.py) and
    open the index the searches will keep using (store/warm.py), so the first request is warm."""
    from nrc_search import cli, search, store  # noqa: F401

    with contextlib.suppress(Exception):
        from nrc_search import bulk  # noqa: F401
    with contextlib.suppress(Exception):
        if store.exists(index_dir):
            with store.searcher(index_dir) as (s, _):
                store.read_meta(s)
