"""Fill char offsets and normalised start/end words in the news gold files.

The gold files under ``gold/`` are written by hand with, per turn, the speaker,
kind, label and the first words of the turn content (``starts_with``, any
number of words) and optionally its last words (``ends_with``).  This script
locates each turn in its document and rewrites the file with:

- ``char_start`` / ``char_end``: Python string offsets of the content;
- ``starts_with``: the first 8 whitespace-separated words of the content;
- ``ends_with``: the last 6 words of the content.

A turn with a ``label`` starts after that label (the next occurrence at or after
the previous turn's end).  A turn that already has ``char_start``/``char_end``
keeps them when the text there still matches its words (so that re-running never
moves a turn to an earlier repeat of the same words, e.g. a headline).  Without ``ends_with`` a turn ends where the next turn
(its label, or its content) starts, or where a ``boilerplate_excluded`` block
that begins a line starts, whichever comes first; trailing whitespace is not
content.  The last turn reaching the end of a truncated document gets
``"truncated": true``.  Running the script twice gives the same files.

It also prints, per document, any non-blank text that lies in no turn and in no
boilerplate/title block, so that the annotator can check nothing was missed.
The parser is never run here: this is annotation tooling only.

    python benchmarks/realcorpus/offsets_news.py [GOLD.json ...]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"

FIELD_ORDER = [
    "file",
    "publisher",
    "source_url",
    "kind_of_document",
    "split",
    "date",
    "date_source",
    "title",
    "title_source",
    "doc_type",
    "truncated",
    "turns",
    "boilerplate_excluded",
]
TURN_ORDER = [
    "speaker",
    "questioner",
    "role",
    "kind",
    "label",
    "aliases",
    "interpretation",
    "speaker_source",
    "label_missing",
    "note",
    "starts_with",
    "ends_with",
    "char_start",
    "char_end",
    "truncated",
]


def words_pattern(words: str) -> re.Pattern[str]:
    """A regex matching ``words`` with any run of whitespace between them."""
    parts = [re.escape(w) for w in words.split()]
    if not parts:
        raise ValueError("empty words")
    return re.compile(r"\s+".join(parts))


def find(text: str, words: str, pos: int, what: str) -> re.Match[str]:
    m = words_pattern(words).search(text, pos)
    if m is None:
        raise SystemExit(f"{what}: {words!r} not found after offset {pos}")
    return m


def line_start_hits(text: str, words: str) -> list[int]:
    """Offsets where ``words`` occurs at the start of a line."""
    out = []
    for m in words_pattern(words).finditer(text):
        i = m.start()
        if i == 0 or text[:i].rstrip(" \t").endswith("\n") or text[i - 1] == "\n":
            out.append(i)
    return out


def fill(gold_path: Path) -> list[str]:
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (DOCS / g["file"]).read_text(encoding="utf-8")
    stops: list[int] = []
    for b in g.get("boilerplate_excluded", []):
        hits = line_start_hits(text, b)
        if not hits:
            find(text, b, 0, f"{g['file']} boilerplate")  # raises when absent
        stops.extend(hits)
    turns = g["turns"]
    # pass 1: starts
    pos = 0
    starts: list[tuple[int, int]] = []  # (label_or_content_start, content_start)
    for i, t in enumerate(turns):
        what = f"{g['file']} turn {i}"
        if t.get("label"):
            lm = find(text, t["label"], pos, what + " label")
            cs = lm.end()
            while cs < len(text) and text[cs].isspace():
                cs += 1
            if t.get("starts_with"):
                sm = find(text, t["starts_with"], cs, what)
                if sm.start() != cs:
                    raise SystemExit(f"{what}: content does not start with starts_with")
            starts.append((lm.start(), cs))
            pos = cs
        else:
            sm = None
            if "char_start" in t and t["char_start"] >= pos:
                # already filled: keep the anchor when it still fits
                sm = words_pattern(t["starts_with"]).match(text, t["char_start"])
            if sm is None:
                sm = find(text, t["starts_with"], pos, what)
            starts.append((sm.start(), sm.start()))
            pos = sm.start() + 1
    # pass 2: ends
    for i, t in enumerate(turns):
        what = f"{g['file']} turn {i}"
        cs = starts[i][1]
        nxt = starts[i + 1][0] if i + 1 < len(turns) else len(text)
        if t.get("ends_with") and not t.get("_auto_end"):
            em = None
            if "char_end" in t and t["char_end"] > cs:
                em = words_pattern(t["ends_with"]).search(text, cs, t["char_end"])
                if em is not None and em.end() != t["char_end"]:
                    em = None
            if em is None:
                em = find(text, t["ends_with"], cs, what + " ends_with")
            ce = em.end()
            if ce > nxt:
                raise SystemExit(f"{what}: ends_with lies past the next turn")
        else:
            later = [s for s in stops if cs < s < nxt]
            ce = min(later) if later else nxt
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        content = text[cs:ce].split()
        if not content:
            raise SystemExit(f"{what}: empty content")
        t["starts_with"] = " ".join(content[:8])
        t["ends_with"] = " ".join(content[-6:])
        t["char_start"] = cs
        t["char_end"] = ce
        t.pop("_auto_end", None)
        if g.get("truncated") and i == len(turns) - 1 and text[ce:].strip() == "":
            t["truncated"] = True
        turns[i] = {k: t[k] for k in TURN_ORDER if k in t} | {
            k: v for k, v in t.items() if k not in TURN_ORDER
        }
    g = {k: g[k] for k in FIELD_ORDER if k in g} | {
        k: v for k, v in g.items() if k not in FIELD_ORDER
    }
    gold_path.write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return uncovered(text, g)


def uncovered(text: str, g: dict) -> list[str]:
    """Non-blank lines (or line parts) outside every turn, for review."""
    covered = [False] * len(text)
    for t in g["turns"]:
        for j in range(t["char_start"], t["char_end"]):
            covered[j] = True
    out, cur = [], []
    for j, ch in enumerate(text):
        if covered[j]:
            if cur:
                out.append("".join(cur))
                cur = []
        else:
            cur.append(ch)
    if cur:
        out.append("".join(cur))
    known = [" ".join(b.split()) for b in g.get("boilerplate_excluded", [])]
    known += [" ".join(t["label"].split()) for t in g["turns"] if t.get("label")]
    lines = []
    for seg in out:
        for line in seg.splitlines():
            line = " ".join(line.split())
            if line and not any(line.startswith(k) for k in known):
                lines.append(line)
    return lines


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(GOLD.glob("n*.json"))
    for p in paths:
        rest = fill(p)
        g = json.loads(p.read_text(encoding="utf-8"))
        print(f"== {p.name}: {len(g['turns'])} turns")
        for line in rest:
            print(f"   outside turns: {line[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
