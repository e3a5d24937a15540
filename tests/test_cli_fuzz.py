"""No traceback ever escapes `nrc search`, and hostile transcript text cannot drive the terminal.

Bad queries and option values get one line on stderr and exit 2; a hypothesis test throws
arbitrary queries and options at the CLI. Transcript text with rich markup, ANSI/OSC escapes and
control characters is shown literally or neutralized; CSV and JSON stay safe to open and parse.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from nrc_search.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def no_traceback(result) -> None:
    """The process ended through sys.exit, and its code is the one its output documents.

    2: exactly one `nrc: error:` line and nothing on stdout; 1: nothing matched (a search) or a
    file was refused (an ingest); otherwise 0.
    """
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{type(result.exception).__name__}: {result.exception}\n{result.output}"
    )
    assert "Traceback" not in result.output
    assert "internal error" not in result.output, result.output  # cli.py's catch-all
    errors = result.stderr.strip().splitlines()
    if errors and errors[-1].startswith("nrc: error: "):
        assert result.exit_code == 2, result.output
        assert len(errors) == 1 and result.stdout == "", result.output
    elif "No turns match" in result.stderr or "nrc: warning: " in result.stderr:
        assert result.exit_code == 1, result.output
    else:
        assert result.exit_code == 0, result.output


BAD_QUERIES = [
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param('"missile defence', id="open-quote"),
    pytest.param('missile "defence" "', id="odd-quotes"),
    pytest.param("(missile OR defence", id="open-paren"),
    pytest.param("missile)", id="close-paren"),
    pytest.param("date:[2011 to", id="open-range"),
    pytest.param("missile]", id="close-bracket"),
    pytest.param("{missile", id="open-brace"),
    pytest.param("AND", id="lone-and"),
    pytest.param("OR missile", id="leading-or"),
    pytest.param("missile NOT", id="trailing-not"),
    pytest.param("NOT", id="lone-not"),
    pytest.param("missile AND OR defence", id="double-operator"),
    pytest.param("( AND )", id="operator-in-group"),
    pytest.param("password:secret", id="unknown-field"),
    pytest.param("data:x", id="stored-field"),
    pytest.param("missile " * 1250, id="10000-chars"),
    pytest.param("missile\x1b[31m", id="ansi"),
    pytest.param("missile\x00", id="nul"),
    pytest.param("\x07bell", id="bell"),
    pytest.param("missile\x9b2J", id="c1-csi"),
    pytest.param("date:notadate", id="bad-date-field"),
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_a_bad_query_is_one_line_and_exit_2(seed_index: Path, query: str) -> None:
    result = run("search", query, "--index", str(seed_index))
    no_traceback(result)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nrc: error: "), result.stderr
    assert "\x1b" not in result.stderr and "\x00" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "options",
    [
        ["--since", "yesterday"],
        ["--until", "2011-13"],
        ["--since", "2011-02-30"],
        ["--since", "2012", "--until", "2011"],
        ["--speaker", "Nobody Atall"],
        ["--speaker", ""],
        ["--limit", "0"],
        ["--limit", "-3"],
        ["--limit", "many"],
        ["--page", "0"],
        ["--offset", "-1"],
        ["--context", "99"],
        ["--sort", "random"],
        ["--facet", "color"],
        ["--format", "xml"],
        ["--json", "--format", "csv"],
    ],
    ids=lambda o: " ".join(o),
)
def test_bad_option_values_are_one_line_and_exit_2(seed_index: Path, options: list[str]) -> None:
    result = run("search", "missile", *options, "--index", str(seed_index))
    no_traceback(result)
    assert result.exit_code == 2


def test_an_unknown_doc_matches_nothing(seed_index: Path) -> None:
    result = run("search", "missile", "--doc", "no-such-doc", "--index", str(seed_index))
    assert result.exit_code == 1
    assert result.stderr == "No turns match 'missile'.\n"


# --- hypothesis: arbitrary queries and options -----------------------------------------------

WORDS = ["missile", "defence", "sectoral", "nato", "russia", "lavrov", "treaty", "zzzq", "2011"]
SYNTAX = ['"', "(", ")", "[", "]", "{", "}", "*", "?", "~", "~2", "^2", ":", "-", "+", "'", "\\"]
SYNTAX += ["AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO", "to", "speaker:", "date:", "doc:"]
SYNTAX += ["attribution:", "text:", "date:[", "date:>", "<", ">=", "2011-07", "/", "&", "|"]

query_text = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    st.lists(
        st.sampled_from([*WORDS, "OR", "NOT", '"missile defence"', "defen*", "missle~"]),
        min_size=1,
        max_size=4,
    ).map(" ".join),
    st.text(max_size=40),
    st.lists(st.sampled_from(WORDS + SYNTAX), max_size=8).map(" ".join),
    st.lists(st.sampled_from(WORDS + SYNTAX), max_size=8).map("".join),
    st.lists(st.one_of(st.sampled_from(WORDS + SYNTAX), st.text(max_size=4)), max_size=6).map(
        " ".join
    ),
)


DATES = st.sampled_from(["2011", "2011-07", "2011-06-08", "2011-7-6", "1999", "9999-12-31"])
BAD_DATES = st.one_of(
    st.sampled_from(["2011-02-30", "2011-13", "0000", "-1", "2011-07-06T10:00", "", " "]),
    st.text(max_size=12),
)
NAMES = st.sampled_from(["Lavrov", "rasmussen", "Sergei Lavrov", "LAVROV"])
BAD_NAMES = st.one_of(st.sampled_from(["x", "", "Mr.", "*", "a b c"]), st.text(max_size=8))
NUMBERS = st.integers(1, 20).map(str)
BAD_NUMBERS = st.one_of(
    st.integers(-2, 0).map(str), st.sampled_from(["", "x", "1e3", "100001", "99"])
)
OPTIONAL = st.integers(0, 2).map(lambda n: n == 0)  # each option in about a third of the runs


@st.composite
def search_argv(draw, junk: bool) -> list[str]:
    """`nrc search` arguments; with `junk`, option values may be invalid too."""

    def value(valid, bad):
        return draw(st.one_of(valid, bad) if junk else valid)

    argv = ["search", draw(query_text)]
    if draw(OPTIONAL):
        for _ in range(draw(st.integers(1, 2))):
            argv += ["--speaker", value(NAMES, BAD_NAMES)]
    for flag in ("--since", "--until"):
        if draw(OPTIONAL):
            argv += [flag, value(DATES, BAD_DATES)]
    for flag in ("--limit", "--page", "--context", "--offset"):
        if draw(OPTIONAL):
            argv += [flag, value(NUMBERS, BAD_NUMBERS)]
    if draw(OPTIONAL):
        argv += [
            "--format",
            value(st.sampled_from(["table", "json", "jsonl", "csv"]), st.just("yaml")),
        ]
    elif draw(st.integers(0, 5)) == 0:
        argv += ["--json"]
    if draw(OPTIONAL):
        argv += ["--sort", value(st.sampled_from(["relevance", "date"]), st.just("size"))]
    if draw(OPTIONAL):
        for _ in range(draw(st.integers(1, 3))):
            argv += ["--facet", value(st.sampled_from(["speaker", "year", "doc"]), st.just("hue"))]
    for flag in ("--all", "--narration"):
        if draw(st.integers(0, 3)) == 0:
            argv.append(flag)
    if draw(st.integers(0, 5)) == 0:
        argv += ["--doc", value(st.just("004_fbef40a881d0f922"), st.sampled_from(["nope", ""]))]
    return argv


FUZZ = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


RANGE_QUERIES = ["text:[a to b]", "speaker:<m", "doc:>x", "0:<0", "missile attribution:{a to z}"]


@pytest.mark.parametrize("query", RANGE_QUERIES)
def test_a_range_on_a_word_field_does_not_crash(seed_index: Path, query: str) -> None:
    result = run("search", query, "--index", str(seed_index))
    no_traceback(result)


@pytest.mark.parametrize("query", ["NOT missile", "NOT attribution:verbatim", "(NOT treaty)"])
def test_a_negative_only_query_does_not_crash(seed_index: Path, query: str) -> None:
    result = run("search", query, "--index", str(seed_index))
    no_traceback(result)


@FUZZ
@given(argv=search_argv(junk=False))
def test_no_traceback_for_any_query(seed_index: Path, argv: list[str]) -> None:
    result = run(*argv, "--index", str(seed_index))
    event(f"exit {result.exit_code}")
    no_traceback(result)
    if result.exit_code == 2:  # also a query such as "-0" read as an option: still one line
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("nrc: error: "), result.stderr


@FUZZ
@given(argv=search_argv(junk=True))
def test_no_traceback_for_any_options(seed_index: Path, argv: list[str]) -> None:
    result = run(*argv, "--index", str(seed_index))
    event(f"exit {result.exit_code}")
    no_traceback(result)


# --- hostile transcript text ---------------------------------------------------------------

HOSTILE = (
    "[bold red]FAKE ALERT[/] [link=file:///etc/passwd]click[/link] [/] [inaudible] "
    "\x1b[2J\x1b[31mred\x1b[0m \x1b]8;;http://evil.example/\x07link\x1b]8;;\x07 "
    "\x1b]0;owned title\x07 \x9b31m \x9d0;c1 title\x9c \x07\x08\x0c\x7f bell "
    '=HYPERLINK("http://evil.example") zorblax'
)


@pytest.fixture
def hostile_index(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "hostile.txt").write_text(
        "Press conference, Brussels, 8 June 2011\n\n"
        f"Mr. Smith (France): {HOSTILE}\n\n"
        "Mr. Jones (Germany): =1+1 zorblax is a formula\n\n"
        "Mr. Brown (Italy): +SUM(A1) -2 @cmd zorblax too\n",
        encoding="utf-8",
    )
    index = tmp_path / "hostile-index"
    result = run("ingest", str(folder), "--index", str(index))
    assert result.exit_code == 0, result.output
    return index


def test_table_output_shows_markup_literally_and_no_escapes(hostile_index: Path) -> None:
    result = run("search", "zorblax", "--all", "--index", str(hostile_index))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "\x1b" not in out and "\x9b" not in out and "\x9d" not in out and "\x07" not in out
    assert not any(0x80 <= ord(c) <= 0x9F or (ord(c) < 0x20 and c not in "\n") for c in out)
    flat = " ".join(out.split())
    assert "[bold red]FAKE" in flat
    assert "[link=file:///etc/passwd]click" in flat
    assert "[/]" in flat and "[inaudible]" in flat


def test_show_and_segment_neutralize_escapes_too(hostile_index: Path, tmp_path: Path) -> None:
    found = run("search", "zorblax", "--json", "--all", "--index", str(hostile_index))
    turn_id = next(h["turn_id"] for h in json.loads(found.stdout)["hits"] if "FAKE" in h["text"])
    for result in (
        run("show", turn_id, "--index", str(hostile_index)),
        run("show", turn_id, "--format", "json", "--index", str(hostile_index)),
        run("segment", str(tmp_path / "docs" / "hostile.txt")),
    ):
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "[bold red]" in " ".join(result.stdout.split())


def test_json_keeps_the_text_exactly(hostile_index: Path) -> None:
    result = run("search", "zorblax", "--json", "--all", "--index", str(hostile_index))
    texts = [h["text"] for h in json.loads(result.stdout)["hits"]]
    assert any("[bold red]FAKE ALERT[/]" in t and "\x1b[31m" in t for t in texts)


def test_csv_neutralizes_formula_cells(hostile_index: Path) -> None:
    result = run("search", "zorblax", "--format", "csv", "--all", "--index", str(hostile_index))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@\t\r", repr(value)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(min_size=1, max_size=200))
def test_json_output_parses_for_any_transcript_text(tmp_path_factory, text: str) -> None:
    folder = tmp_path_factory.mktemp("any")
    (folder / "any.txt").write_text(f"Mr. Smith (France): zorblax {text}\n", encoding="utf-8")
    index = folder / "index"
    ingested = run("ingest", str(folder), "--index", str(index))
    no_traceback(ingested)
    if ingested.exit_code != 0:
        return  # e.g. text that makes the file unreadable: a warning, not a crash
    for fmt in ("json", "jsonl", "csv", "table"):
        result = run("search", "zorblax", "--format", fmt, "--index", str(index))
        no_traceback(result)
        if fmt == "json" and result.exit_code == 0:
            json.loads(result.stdout)
        if fmt == "jsonl":
            for line in result.stdout.split("\n")[:-1]:  # not splitlines(): "\x85" is in text
                json.loads(line)
        if fmt == "table":
            assert "\x1b" not in result.stdout
