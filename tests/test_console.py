"""The terminal edge: text shown escaped, the colour choice, output files written whole or not at all."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from nrc_search import console
from nrc_search.console import output_file, shown, use_color
from nrc_search.errors import OutputError


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("plain Łódź «quoted» [bold]x[/]", "plain Łódź «quoted» [bold]x[/]"),
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("title\x07", "title\\x07"),
        ("two\nlines\r", "two\\x0alines\\x0d"),
        ("tab\there", "tab\\x09here"),
        ("del\x7f c1\x9b", "del\\x7f c1\\x9b"),
        ("evil\u202etxt.exe", "evil\\u202etxt.exe"),
        ("".join(chr(c) for c in range(0x202A, 0x202F)), "\\u202a\\u202b\\u202c\\u202d\\u202e"),
        ("".join(chr(c) for c in range(0x2066, 0x206A)), "\\u2066\\u2067\\u2068\\u2069"),
        ("line\u2028sep", "line\\u2028sep"),
        (None, ""),
    ],
)
def test_shown_escapes_what_could_drive_a_terminal(text: str | None, expect: str) -> None:
    assert shown(text) == expect


def test_shown_can_turn_paragraph_breaks_into_a_marker() -> None:
    assert shown("First.\n\nSecond.\r\nThird\x1b", breaks=" ¶ ") == "First. ¶ Second. ¶ Third\\x1b"


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("choice", "env", "tty", "expect"),
    [
        ("auto", {}, True, True),
        ("auto", {}, False, False),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"FORCE_COLOR": "0"}, True, False),
        ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
        ("auto", {"TERM": "dumb"}, True, False),
        ("always", {"NO_COLOR": "1"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
    ],
)
def test_color_choice(
    monkeypatch: pytest.MonkeyPatch, choice: str, env: dict, tty: bool, expect: bool
) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert use_color(choice, _Stream(tty)) is expect


def test_output_file_replaces_the_file_on_success(tmp_path: Path) -> None:
    target = tmp_path / "hits.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    with output_file(target) as fh:
        fh.write(b"new")
    assert target.read_bytes() == b"new"
    assert (target.stat().st_mode & 0o777) == 0o640
    assert os.listdir(tmp_path) == ["hits.csv"]


def test_a_new_output_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "new.csv"
    with output_file(target) as fh:
        fh.write(b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert (target.stat().st_mode & 0o777) == 0o666 & ~umask


def test_ctrl_c_while_writing_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "hits.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), output_file(target) as fh:
        fh.write(b"half of the new")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["hits.csv"]


def test_a_full_disk_leaves_the_previous_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "hits.csv"
    target.write_text("old", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(console.os, "fsync", full)
    with pytest.raises(OutputError) as caught, output_file(target) as fh:
        fh.write(b"new")
    assert str(caught.value) == (
        f"cannot write {target}: no space left on device; the previous file is unchanged."
    )
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["hits.csv"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "hits.csv"
    with pytest.raises(OutputError) as caught, output_file(target) as fh:
        fh.write(b"x")
    assert str(caught.value) == (
        f"cannot write {target}: the folder {tmp_path / 'nope'}/ does not exist."
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_device_is_written_directly_and_its_error_named() -> None:
    with pytest.raises(OutputError) as caught, output_file(Path("/dev/full")) as fh:
        fh.write(b"x" * 100_000)
    assert str(caught.value) == "cannot write /dev/full: no space left on device."
    assert Path("/dev/full").is_char_device()


def test_a_symlinked_output_replaces_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with output_file(link) as fh:
        fh.write(b"new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
