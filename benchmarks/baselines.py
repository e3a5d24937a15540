"""The baselines nrc is measured against: SQLite FTS5, `sqlite-utils search` and ripgrep.

SQLite: one FTS5 table (tokenize='porter', text stored for snippet()), loaded from the
corpus's turns.jsonl sidecar, queried with bm25() and snippet(), top 10. sqlite-utils: a
plain `turns` table from the same sidecar with the FTS5 table `sqlite-utils enable-fts` makes
(`turns_fts`, content=turns, tokenize porter), searched by a fresh `sqlite-utils search DB
turns QUERY --limit 10` (JSON rows, best rank first). ripgrep: the same raw meeting files; one
turn is one line, so "both words" means both on one line: `rg -i -w A | rg -c -w B`, as the
issue writes it. Stdlib only (sqlite-utils runs as a command).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = (
    "CREATE VIRTUAL TABLE turns USING fts5(text, speaker, doc UNINDEXED, n UNINDEXED, "
    "date UNINDEXED, tokenize='porter')"
)
SELECT = (
    "SELECT doc, n, speaker, date, snippet(turns, 0, '[', ']', '…', 16), bm25(turns) "
    "FROM turns WHERE turns MATCH ?{date} ORDER BY bm25(turns) LIMIT 10"
)
DATE_CLAUSE = " AND date BETWEEN ? AND ?"


@dataclass(frozen=True)
class Query:
    """One benchmark query, in the terms every engine needs."""

    name: str
    words: tuple[str, ...]
    phrase: bool = False
    speaker: str | None = None  # a surname as printed in the label, e.g. "SHARETT"
    since: str | None = None  # YYYY
    until: str | None = None  # YYYY

    def nrc_args(self) -> list[str]:
        q = f'"{" ".join(self.words)}"' if self.phrase else " ".join(self.words)
        args = [q]
        if self.speaker:
            args += ["--speaker", self.speaker]
        if self.since:
            args += ["--since", self.since]
        if self.until:
            args += ["--until", self.until]
        return args

    def fts(self) -> tuple[str, list[str]]:
        """(SQL, parameters) for SQLite FTS5."""
        words = f'"{" ".join(self.words)}"' if self.phrase else " AND ".join(self.words)
        match = f"text : ({words})"
        if self.speaker:
            match += f' AND speaker : "{self.speaker}"'
        params = [match]
        if self.since or self.until:
            params += [f"{self.since or '0000'}-01-01", f"{self.until or '9999'}-12-31"]
            return SELECT.format(date=DATE_CLAUSE), params
        return SELECT.format(date=""), params

    def sqlite_utils(self) -> str:
        """The FTS5 query for `sqlite-utils search`: its table indexes text, speaker and date."""
        words = f'"{" ".join(self.words)}"' if self.phrase else " AND ".join(self.words)
        match = f"text : ({words})"
        if self.speaker:
            match += f' AND speaker : "{self.speaker}"'
        if self.since or self.until:  # the date's year is a token of the date column
            years = range(int(self.since or 1946), int(self.until or 2024) + 1)
            match += f" AND date : ({' OR '.join(map(str, years))})"
        return match

    def rg(self, root: Path) -> str:
        """A bash command: ripgrep lines (turns) that match, as a user would write it."""
        pat = r"\s+".join(self.words) if self.phrase else self.words[0]
        glob = ""
        if self.since or self.until:  # meeting files are named ga<session>-<year>-m<n>.txt
            years = range(int(self.since or 1946), int(self.until or 2024) + 1)
            glob = " ".join(f"-g 'ga*-{y}-*'" for y in years)
        if self.speaker:  # the label is the start of the line, up to the first colon
            pat = rf"^[^:]*\b{self.speaker}\b[^:]*:.*\b{pat}\b"
            cmd = f"rg -i --no-heading -n {glob} -e '{pat}' {root}"
        else:
            cmd = f"rg -i -w --no-heading -n {glob} -e '{pat}' {root}"
        if not self.phrase and len(self.words) > 1:  # lines with A, then count those with B
            cmd = f"rg -i -w {self.words[0]} {root}"
            for w in self.words[1:-1]:
                cmd += f" | rg -i -w {w}"
            cmd += f" | rg -c -w {self.words[-1]}"
        return cmd


def build_sqlite(turns_jsonl: Path, db: Path) -> float:
    """Load the turns into a fresh FTS5 database, merge its segments; returns seconds."""
    if db.exists():
        db.unlink()
    start = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute(SCHEMA)
    with turns_jsonl.open(encoding="utf-8") as f, con:
        con.executemany(
            "INSERT INTO turns(text, speaker, doc, n, date) VALUES (?, ?, ?, ?, ?)",
            ((d["text"], d["speaker"], d["doc"], d["n"], d["date"]) for d in map(json.loads, f)),
        )
    con.execute("INSERT INTO turns(turns) VALUES ('optimize')")
    con.commit()
    con.close()
    return time.perf_counter() - start


def build_sqlite_utils(turns_jsonl: Path, db: Path, sqlite_utils: str) -> float:
    """The turns as a plain table, then `sqlite-utils enable-fts` and `optimize`; seconds."""
    if db.exists():
        db.unlink()
    start = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE turns (doc TEXT, n INTEGER, speaker TEXT, date TEXT, text TEXT)")
    with turns_jsonl.open(encoding="utf-8") as f, con:
        con.executemany(
            "INSERT INTO turns(doc, n, speaker, date, text) VALUES (?, ?, ?, ?, ?)",
            ((d["doc"], d["n"], d["speaker"], d["date"], d["text"]) for d in map(json.loads, f)),
        )
    con.close()
    fts = [sqlite_utils, "enable-fts", str(db), "turns", "text", "speaker", "date"]
    subprocess.run([*fts, "--fts5", "--tokenize", "porter"], check=True)
    subprocess.run([sqlite_utils, "optimize", str(db), "--no-vacuum"], check=True)
    return time.perf_counter() - start


def rg_count(stdout: str) -> int:
    """Matching lines of an rg command's output: its count when it ends in `rg -c`."""
    lines = stdout.splitlines()
    return int(lines[0]) if len(lines) == 1 and lines[0].isdigit() else len(lines)


def sqlite_count(db: Path, q: Query) -> int:
    """How many turns match `q` in SQLite (for the table's 'hits' column)."""
    sql, params = q.fts()
    sql = sql.replace(
        "doc, n, speaker, date, snippet(turns, 0, '[', ']', '…', 16), bm25(turns)", "count(*)"
    ).replace(" ORDER BY bm25(turns) LIMIT 10", "")
    with sqlite3.connect(db) as con:
        return int(con.execute(sql, params).fetchone()[0])


def sqlite_warm(con: sqlite3.Connection, q: Query) -> list[tuple]:
    """Run `q` on an open connection: the top 10 with snippets."""
    sql, params = q.fts()
    return con.execute(sql, params).fetchall()


def rg_available() -> bool:
    return shutil.which("rg") is not None
