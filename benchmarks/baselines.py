"""The two baselines nrc is measured against: SQLite FTS5 and ripgrep, over the same turns.

SQLite: one FTS5 table (tokenize='porter', text stored for snippet()), loaded from the
corpus's turns.jsonl sidecar, queried with bm25() and snippet(), top 10. ripgrep: the same raw
meeting files; one turn is one line, so "both words" means both on one line. Stdlib only.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
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
        if not self.phrase:
            for w in self.words[1:]:  # "both words": lines with A, then those with B
                cmd += f" | rg -i -w -e '{w}'"
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
