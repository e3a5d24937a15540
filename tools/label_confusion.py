"""The speaker-label grammar's confusion on real lines: does the grammar, as the segmenter asks
it of a line (`units.line_label`: `labels.match_label`, a role-prefixed or numbered label; or
`labels.bare_label` for a label alone on its line), accept the lines that open a gold turn with
a label, and reject the lines that look like a label but open none? Prints the counts and the
lines it gets wrong; writes nothing.

    python tools/label_confusion.py            # dev-fit (the fold rules are fixed against)
    python tools/label_confusion.py --check    # dev-check totals only, never its lines

Lines come from the real development set only (segment_score's dev cases: /work/shared/realdocs
and benchmarks/realcorpus gold with "split": "dev"; no blind gold is parsed). A gold turn whose
`label` is printed opens a *label line*: the line holding its `char_start`, or the last non-empty
line before it when the label stands alone. Every other non-empty line outside those that
starts like a label (a capitalised phrase of at most 8 words before a colon, or a short line
in capitals or initials) is a *look-alike*: it must be rejected, unless it lies inside a gold
turn's span with text after it on the line (a speech line may quote "Note:"), in which case it
is a look-alike still. Lines before the first gold turn or after the last are left out (their
gold says nothing), and so are documents whose gold gives no labels. A label inside a line
counts as accepted where the segmenter cuts the line before it (`units.unglued`: ">>" inside
captions printed as text, labels that run on after a sentence).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import segment_score as s

from nrc_search.ingest.labels import bare_label
from nrc_search.ingest.units import line_label, unglued

# A line shaped like a label: a short capitalised phrase before a colon, or a short line of
# capitals / initials with speech after two spaces or a tab.
_LOOKS = re.compile(
    r"^\s*(?:[\[(]?\d[\d:.\]) ]*)?[A-ZÀ-ÞА-ЯЁ][^:\n]{0,80}[:：]|^\s*[A-Z]{2,5}(?:\t|\s{2,})\S"
)


def _lines(raw: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in raw.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def label_lines(raw: str, lines: list[tuple[int, str]], turns: list[dict]) -> dict[int, str]:
    """The label lines of a document's gold turns (index of the line -> the turn's first words
    on it): the line that holds a labelled turn's `char_start`, or the last non-empty line
    above it when the label stands alone."""
    found: dict[int, str] = {}
    for g in turns:
        if not g.get("label"):
            continue
        cs = g["char_start"]
        k = max(i for i, (p, _) in enumerate(lines) if p <= cs)
        if not raw[lines[k][0] : cs].strip():  # the label stands alone above
            k = next((j for j in range(k - 1, -1, -1) if lines[j][1].strip()), k)
        found.setdefault(k, raw[cs : cs + 20].split("\n")[0])
    return found


def accepts(line: str, nxt: str | None) -> bool:
    text = line.strip()
    if line_label(text):  # the grammar, as the segmenter asks it of a line
        return True
    return bool(nxt and bare_label(text))


def run_in(line: str, said: str, pieces: list[str]) -> bool:
    """A label inside the line, where the segmenter cuts the line before it (a change of voice
    marked by ">>", a label that runs on after a sentence): the piece of the line that holds
    the turn's first words opens with a label."""
    return any(
        said in piece and line_label(piece.strip())
        for piece in pieces
        if piece.strip() and piece.strip() in line
    )


def confusion(cases):
    tp, fn, fp, tn = [], [], [], 0
    for pub, path, gold in cases:
        turns = [g for g in gold.get("turns", []) if g.get("char_start") is not None]
        if not any(g.get("label") for g in turns):
            continue
        raw = path.read_text(encoding="utf-8", errors="replace")
        lines = _lines(raw)
        first, last = turns[0]["char_start"], max(g.get("char_end") or 0 for g in turns)
        at = label_lines(raw, lines, turns)
        pieces = unglued([x for _, x in lines])  # the lines as the segmenter cuts them
        for i, (p, line) in enumerate(lines):
            nxt = next((x for _, x in lines[i + 1 :] if x.strip()), None)
            where = f"{pub}/{path.name[:40]}:{i + 1}"
            if i in at:
                ok = accepts(line, nxt) or run_in(line, at[i], pieces)
                (tp if ok else fn).append((where, line.strip()[:100]))
            elif p + len(line) < first - 200 or p > last or not line.strip():
                continue
            elif _LOOKS.match(line):
                if accepts(line, nxt):
                    fp.append((where, line.strip()[:100]))
                else:
                    tn += 1
    return tp, fn, fp, tn


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="dev-check totals only")
    args = ap.parse_args(argv)
    dev = s.realdocs_cases(s.REALDOCS) + s.corpus_cases(s.REALCORPUS, "dev")
    part = "check" if args.check else "fit"
    tp, fn, fp, tn = confusion([c for c in dev if s.fold(c[0]) == part])
    print(f"dev-{part}: label lines accepted {len(tp)}, rejected {len(fn)};")
    print(f"          look-alikes accepted {len(fp)}, rejected {tn}")
    if not args.check:
        print("== label lines rejected (misses)")
        print("\n".join(f"  {w}  {t!r}" for w, t in fn))
        print("== look-alikes accepted (false labels)")
        print("\n".join(f"  {w}  {t!r}" for w, t in fp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
