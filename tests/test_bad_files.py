"""Bad files in a large ingest: each one is one warning, every other file is indexed.

Empty, binary, badly encoded, huge, unreadable, special and vanishing files sit among good ones.
Legacy encodings are decoded; the summary counts failures and the exit status is 1 only when
something could not be used. A file over the size limit is refused without being read.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search import indexer
from nrc_search.cli import main
from nrc_search.ingest import MAX_BYTES

GOOD = "Press conference, Brussels, 8 June 2011\n\nMr. Smith (France): {words}\n\nMr. Jones (Germany): Thank you for the question about {words}.\n"


ANIMALS = ["aardvark", "buffalo", "cheetah", "dingo", "echidna"]
ANIMALS += ["flamingo", "gazelle", "hyena", "ibis", "jackal"]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def good(folder: Path, name: str, words: str) -> Path:
    path = folder / name
    path.write_text(GOOD.format(words=words), encoding="utf-8")
    return path


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("nrc: warning: ")]


def search_json(index: Path, query: str) -> dict:
    result = run("search", query, "--json", "--all", "--index", str(index))
    data = json.loads(result.stdout)
    assert result.exit_code == (0 if data["total"] else 1), result.output
    return data


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


# name -> (bytes or a builder, the reason a warning must give)
BINARY = {
    "report.pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    "minutes.zip.txt": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), "ZIP"),
    "photo.png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG"),
    "random.bin.txt": (bytes(range(256)) * 8, "binary"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Twenty good transcripts plus one file of each bad kind; returns folder, bad name -> reason."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(20):
        good(folder, f"good-{i:02}.txt", f"quokka{i} treaty")
    bad: dict[str, str] = {}
    (folder / "empty.txt").write_bytes(b"")
    bad["empty.txt"] = "empty"
    for name, (data, reason) in BINARY.items():
        (folder / name).write_bytes(data)
        bad[name] = reason
    with (folder / "huge.txt").open("wb") as fh:  # sparse: instant to make, 100 MB to read
        fh.truncate(100 * 1024 * 1024)
    bad["huge.txt"] = "large"
    os.symlink(folder / "nowhere.txt", folder / "broken-link.txt")
    bad["broken-link.txt"] = "broken link"
    os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")
    bad["loop-a.txt"] = bad["loop-b.txt"] = "loop"
    os.mkfifo(folder / "pipe.txt")
    bad["pipe.txt"] = "not a regular file"
    return folder, bad


def test_a_large_ingest_warns_once_per_bad_file_and_keeps_the_rest(
    corpus: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, bad = corpus
    index = tmp_path / "index"
    started = time.monotonic()
    result = run("ingest", str(folder), "--index", str(index))
    assert time.monotonic() - started < 30, "a bad file (the FIFO? the 100 MB one?) stalled ingest"
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = warnings(result)
    for name, reason in bad.items():
        mine = [line for line in lines if f"{name}:" in line]
        assert len(mine) == 1, (name, lines)
        assert reason.lower() in mine[0].lower(), (name, mine[0])
    assert len(lines) == len(bad), lines
    assert "20 added" in result.stderr and f"{len(bad)} failed" in result.stderr
    for i in (0, 7, 19):
        assert search_json(index, f"quokka{i}")["total"] >= 1


def test_a_clean_ingest_exits_0_and_a_rerun_reports_the_same_failures(
    corpus: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, bad = corpus
    index = tmp_path / "index"
    assert run("ingest", str(folder), "--index", str(index)).exit_code == 1
    again = run("ingest", str(folder), "--index", str(index))
    assert again.exit_code == 1
    assert "20 unchanged" in again.stderr and f"{len(bad)} failed" in again.stderr
    clean = tmp_path / "clean"
    clean.mkdir()
    good(clean, "one.txt", "wombat")
    result = run("ingest", str(clean), "--index", str(tmp_path / "index2"))
    assert result.exit_code == 0, result.output
    assert warnings(result) == []


FRENCH = (
    "Conférence de presse, Bruxelles, 8 juin 2011\n\n"
    "M. Juppé (France): Nous avons discuté de la défense antimissile et de la coopération avec "
    "la Russie. Le ministre a évoqué la sécurité européenne, l’OTAN et les garanties. Je crois "
    "qu’il faut être très prudent à ce sujet; c’est une démarche délicate.\n\n"
    "M. Lavrov (Russie): Merci. Nous étions d’accord sur l’essentiel, à peu près.\n"
)
GERMAN = (
    "Pressekonferenz, Berlin, 8. Juni 2011\n\n"
    "Herr Westerwelle (Deutschland): Wir haben über die Raketenabwehr gesprochen. Die Gespräche "
    "waren schwierig, aber die Ergebnisse sind für beide Seiten gut. Über die Zukunft müssen "
    "wir weiter reden, größere Schritte sind nötig.\n"
)
SPANISH = (
    "Rueda de prensa, Madrid, 8 de junio de 2011\n\n"
    "Sr. García (España): Señoras y señores, la reunión fue muy útil. Hablamos de la defensa "
    "antimisiles y de la cooperación con Rusia; también de la situación en Libia y Afganistán. "
    "¿Preguntas? Sí, por favor, el señor Muñoz.\n"
)
CASES = {
    "cp1252-fr": (FRENCH, "cp1252", "démarche"),
    "cp1252-de": (GERMAN, "cp1252", "größere"),
    "cp1252-es": (SPANISH, "cp1252", "señores"),
    "latin1-es": (SPANISH, "latin-1", "cooperación"),
    "latin1-de": (GERMAN, "latin-1", "Gespräche"),
    "utf16-bom-fr": (FRENCH, "utf-16", "démarche"),
    "utf16be-bom-de": (GERMAN, "utf-16-be+bom", "größere"),
    "utf16le-nobom-es": (SPANISH, "utf-16-le", "señores"),
    "utf8-bom-fr": (FRENCH, "utf-8-sig", "démarche"),
}


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-be+bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)


@pytest.mark.parametrize(("text", "encoding", "word"), CASES.values(), ids=CASES.keys())
def test_legacy_encodings_are_decoded(tmp_path: Path, text: str, encoding: str, word: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "legacy.txt").write_bytes(encode(text, encoding))
    index = tmp_path / "index"
    result = run("ingest", str(folder), "--index", str(index))
    assert result.exit_code == 0, result.output
    hits = search_json(index, word)["hits"]
    assert hits, f"{word!r} not found: the file was not decoded as {encoding}"
    assert word in hits[0]["text"]
    assert "\ufffd" not in hits[0]["text"]


def test_a_short_mixed_language_cp1252_file_is_decoded(tmp_path: Path) -> None:
    line = "Mr. Müller (Österreich): Señor García’s «démarche» — coûte €5, naïve façade.\n"
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "short.txt").write_bytes(line.encode("cp1252"))
    index = tmp_path / "index"
    assert run("ingest", str(folder), "--index", str(index)).exit_code == 0
    hits = search_json(index, "démarche")["hits"]
    assert hits and "Señor García’s" in hits[0]["text"] and "naïve" in hits[0]["text"]


def test_invalid_utf8_is_decoded_or_refused_with_one_warning(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    good(folder, "fine.txt", "wombat")
    (folder / "mixed.txt").write_bytes(
        b"Press conference, 8 June 2011\n\nMr. Smith (France): caf\xc3\xa9 and caf\xe9 "
        b"and \xff\xfe\xfd broken wombat\n"
    )
    result = run("ingest", str(folder), "--index", str(tmp_path / "index"))
    assert "Traceback" not in result.output
    assert result.exit_code == 0, result.output  # decoded (cp1252 for the stray bytes)
    assert warnings(result) == []
    assert search_json(tmp_path / "index", "wombat")["total"] == 3  # two in fine.txt


def test_a_100_mb_file_is_refused_quickly_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    opened: list[str] = []
    real_open = open

    def spy_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy_open)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"read_bytes({self})"))
    started = time.monotonic()
    summary = indexer.ingest(tmp_path / "index", [big], jobs=1)
    assert time.monotonic() - started < 5
    assert summary.failed == 1 and summary.added == 0
    assert "huge.txt" in summary.warnings[0] and "large" in summary.warnings[0]
    assert str(big) not in opened
    assert MAX_BYTES < 100 * 1024 * 1024


def test_a_10_mb_single_line_file_is_handled(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    line = "Mr. Smith (France): " + "wombat numbat " * (10 * 1024 * 1024 // 14)
    (folder / "one-line.txt").write_text(line, encoding="utf-8")
    good(folder, "fine.txt", "quokka")
    started = time.monotonic()
    result = run("ingest", str(folder), "--index", str(tmp_path / "index"))
    assert time.monotonic() - started < 60
    assert "Traceback" not in result.output
    assert result.exit_code == 0, result.output
    assert search_json(tmp_path / "index", "quokka")["total"] == 2  # both turns of fine.txt
    assert search_json(tmp_path / "index", "numbat")["total"] == 1


@pytest.mark.skipif(is_root(), reason="running as root: chmod 000 does not stop root reading")
def test_an_unreadable_file_is_one_warning(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    good(folder, "fine.txt", "quokka")
    secret = good(folder, "secret.txt", "wombat")
    secret.chmod(0)
    try:
        result = run("ingest", str(folder), "--index", str(tmp_path / "index"))
    finally:
        secret.chmod(0o644)
    assert result.exit_code == 1
    assert [w for w in warnings(result) if "secret.txt" in w and "permission" in w.lower()]


@pytest.mark.skipif(is_root(), reason="running as root: chmod 000 does not stop root listing")
def test_an_unreadable_folder_is_one_warning(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "locked").mkdir(parents=True)
    good(folder, "fine.txt", "quokka")
    good(folder / "locked", "hidden.txt", "wombat")
    (folder / "locked").chmod(0)
    try:
        result = run("ingest", str(folder), "--index", str(tmp_path / "index"))
    finally:
        (folder / "locked").chmod(0o755)
    assert result.exit_code == 1
    assert [w for w in warnings(result) if "locked" in w]


def test_special_files_named_txt_are_skipped_not_read(tmp_path: Path) -> None:
    """What chmod 000 cannot show as root: a FIFO (would block) and a device (never ends)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    good(folder, "fine.txt", "quokka")
    os.mkfifo(folder / "fifo.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    (folder / "folder.txt").mkdir()  # a folder named like a file is walked, not read
    good(folder / "folder.txt", "inner.txt", "wombat")
    started = time.monotonic()
    result = run("ingest", str(folder), "--index", str(tmp_path / "index"))
    assert time.monotonic() - started < 20
    assert result.exit_code == 1, result.output
    named = sorted(w.removeprefix("nrc: warning: ").split(":")[0] for w in warnings(result))
    assert named == ["/dev/zero", str(folder / "fifo.txt")], warnings(result)
    assert all("not a regular file" in w for w in warnings(result))
    assert search_json(tmp_path / "index", "wombat")["total"] >= 1


def test_named_paths_that_are_missing_or_broken_are_warnings(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    fine = good(folder, "fine.txt", "quokka")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    result = run(
        "ingest",
        str(fine),
        str(folder / "dangling.txt"),
        str(tmp_path / "no-such-folder"),
        "--index",
        str(tmp_path / "index"),
    )
    assert result.exit_code == 1
    assert len(warnings(result)) == 2
    assert "1 added" in result.stderr and "2 failed" in result.stderr


def test_a_file_deleted_during_the_ingest_is_one_warning(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    files = [good(folder, f"doc-{i:02}.txt", animal) for i, animal in enumerate(ANIMALS)]
    victim = files[6]

    def delete_ahead(done: int, total: int, current: str) -> None:
        if done == 3:
            victim.unlink()

    summary = indexer.ingest(tmp_path / "index", [folder], jobs=1, progress=delete_ahead)
    assert (summary.added, summary.failed) == (9, 1), summary.warnings
    assert len(summary.warnings) == 1 and "doc-06.txt" in summary.warnings[0]
    assert search_json(tmp_path / "index", ANIMALS[5])["total"] > 0
    assert search_json(tmp_path / "index", ANIMALS[6])["total"] == 0


def test_a_file_deleted_during_a_parallel_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    files = [good(folder, f"doc-{i:02}.txt", f"quokka{i}") for i in range(40)]
    victim = files[-1]

    def delete_ahead(done: int, total: int, current: str) -> None:
        if done == 1 and victim.exists():
            victim.unlink()

    summary = indexer.ingest(tmp_path / "index", [folder], jobs=2, progress=delete_ahead)
    # The worker may have parsed it before it vanished; either way nothing else is lost.
    assert summary.added + summary.failed == 40
    assert summary.added >= 39
    assert summary.failed == len(summary.warnings)


def test_a_changed_file_replaces_its_turns_and_the_summary_counts_live_turns(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    files = [good(folder, f"doc-{i:02}.txt", animal) for i, animal in enumerate(ANIMALS)]
    index = tmp_path / "index"
    first = indexer.ingest(index, [folder], jobs=1)
    assert first.total_turns == 20
    for path in files:
        path.write_text(path.read_text() + "\nMr. Brown (Italy): One more point.\n")
    second = indexer.ingest(index, [folder], jobs=1)
    assert (second.updated, second.turns, second.total_turns) == (10, 30, 30)
    assert search_json(index, ANIMALS[0])["total"] == 2  # the old turns are gone, not doubled


def test_segment_refuses_a_fifo_instead_of_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "nrc_search", "segment", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _, err = proc.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("nrc segment on a FIFO hung")
    assert proc.returncode == 2 and "fifo.txt" in err
