"""Score the segmenter, in process, on three sets side by side: the fixtures (tests/fixtures),
the real development set (/work/shared/realdocs gold + benchmarks/realcorpus with "split":
"dev") and the frozen blind part (benchmarks/realcorpus with "split": "blind", "n/a" when
absent). Per publisher and in total: boundary P/R/F1, speaker, role, attribution, date and
title accuracy, and the turns that are boilerplate.

    python benchmarks/segment_score.py                      # the three sets
    python benchmarks/segment_score.py --dev DIR [--dev DIR]  # more dev gold (split "dev" only)
    python benchmarks/segment_score.py --docs                 # one row per document as well
    python benchmarks/segment_score.py --no-blind             # while fixing rules: never blind
    python benchmarks/segment_score.py --no-blind --folds     # dev split by publisher: fit/check
    python benchmarks/segment_score.py benchmarks/work/corpus-10000   # a UNGDC corpus only

Two gold formats are read:
- a fixture, `NAME.expected.json` beside `NAME.<txt|html|...>` (or a "source" key):
  {"date", "title", "kind", "turns": [{"speaker", "role", "attribution", "starts"}]};
- a real-document annotation (`gold/segmentation/*.json` in /work/shared/realdocs, or
  `benchmarks/realcorpus/gold/*.json` with `publisher` and `split`): {file, date,
  [date_source], title, turns: [{speaker, role, kind, starts_with, ends_with, char_start,
  questioner, aliases, speaker_source}], boilerplate_excluded}; the document is in `../docs`
  (or in the realdocs `docs/` folder) under `file`.

Matching follows the realdocs conventions: a predicted turn matches a gold turn when its
whitespace-normalised text starts with the gold `starts_with`, or when it starts within 20
characters of `char_start`. Speakers are compared after case folding, dropping courtesy
titles and offices, mapping aliases (one a gold turn gives its speaker holds in all of that
speaker's turns), Sergei = Sergey; "Q"/"Question" is a question. A date
the annotator took from the URL or inferred is scored apart ("date*"), and so is a gold title
whose words are not in the document's text ("title*": rebuilt from a URL slug or known from
elsewhere, so that nothing on the page can be read as it). A predicted turn that
opens with a `boilerplate_excluded` block is a boilerplate turn (and a false positive).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nrc_search.ingest import parse_file  # noqa: E402
from nrc_search.model import Document  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
REALDOCS = Path("/work/shared/realdocs")
REALCORPUS = ROOT / "benchmarks" / "realcorpus"
SETS = ("fixtures", "dev", "dev-fit", "dev-check", "blind")


# ---------------------------------------------------------------- normalising, matching


_PUNCT = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " "}
)


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_PUNCT)
    return " ".join(text.split()).casefold()


# Courtesy titles and offices a speaker name may carry, e.g. "Mr.", "Ambassador", "SEC.",
# "President of Russia", "NATO Secretary General".
_HONOUR = re.compile(
    r"^(?:mr|mrs|ms|dr|sir|lord|h\.?e|sec|secretary|general|ambassador|minister|president|prime"
    r"|foreign|defen[cs]e|of|the|russia|nato|us|u\.s|state|deputy|admiral|adm|gen"
    r"|hon|honourable|rt|datuk seri|datuk|dato'? sri|dato'?|datin|tan sri|tun)\.?,?\s+"
)  # Malaysian honorifics (Datuk Seri, Tan Sri ...) are courtesy titles too


def name_key(name: str | None) -> str:
    s = norm(name).replace("sergey", "sergei").replace("ё", "е")
    prev = None
    while prev != s:
        prev, s = s, _HONOUR.sub("", s)
    return s


_ASKERS = {"q", "question", "questioner", "journalist", "reporter", "audience member"}


def asks(turn) -> bool:
    return "question" in turn.flags or norm(turn.speaker or turn.label) in _ASKERS


def speaker_ok(turn, gold: dict, aliases: dict[str, set[str]] | None = None) -> bool:
    """Whether the turn's speaker is the gold turn's: its name or an alias the gold gives that
    person anywhere in the document (`aliases`: gold speaker -> alias keys)."""
    if gold["speaker"] == "Question":
        return asks(turn)
    want = {name_key(gold["speaker"]), *(name_key(a) for a in gold.get("aliases", []))}
    want |= (aliases or {}).get(gold["speaker"], set())
    if gold.get("kind") == "narrative" or "not named in the text" in gold.get("speaker_source", ""):
        want |= {"", "unknown"}  # the outlet's own words; a speaker the text never names
    got = name_key(turn.speaker)
    return got in want or (not got and bool(turn.role) and name_key(turn.role) in want)


def _role_key(role: str | None) -> str:
    """A role compared without case, hyphens or dots ("Secretary-General" = "Secretary General")."""
    return " ".join(norm(role).replace("-", " ").replace(".", "").split())


_ATTR = {"quote": "quoted", "reported": "reported", "narrative": "narration"}

# A gold date the annotator could not read from the page text (taken from the URL or a file
# name, or inferred from the content or a search tool's metadata) is scored apart, as date*.
# Annotators mark a date read from the text with a leading "text", or describe the line they read
# it from ("date line under the heading ('23 February 2022')", "sitting line ..."): anything that
# does not name a URL, a path, an inference or metadata is read from the text.
_NOT_IN_TEXT = re.compile(
    r"\burl\b|\bpath\b|slug|inferr|metadata|search tool|file name|not in (?:the |this )?(?:stored )?(?:text|copy)",
    re.I,
)


def _date_not_in_text(source: str) -> bool:
    return not source.startswith("text") and bool(_NOT_IN_TEXT.search(source))


@dataclass
class Tally:
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speakers_ok: int = 0
    roles: int = 0
    roles_ok: int = 0
    attributions: int = 0
    attributions_ok: int = 0
    dates: int = 0
    dates_ok: int = 0
    dates_url: int = 0  # dates the annotator took from the URL or inferred
    dates_url_ok: int = 0
    titles: int = 0
    titles_ok: int = 0
    titles_x: int = 0  # gold titles whose words are not in the document's text
    titles_x_ok: int = 0
    boilerplate: int = 0
    errors: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for k, v in vars(other).items():
            if isinstance(v, int):
                setattr(self, k, getattr(self, k) + v)

    def cells(self) -> list[str]:
        p = self.matched / self.predicted if self.predicted else float(not self.gold)
        r = self.matched / self.gold if self.gold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return [
            str(self.docs),
            f"{self.gold}/{self.predicted}",
            f"{p:.2f}",
            f"{r:.2f}",
            f"{f1:.3f}",
            _ratio(self.speakers_ok, self.matched),
            _ratio(self.roles_ok, self.roles),
            _ratio(self.attributions_ok, self.attributions),
            _ratio(self.dates_ok, self.dates),
            _ratio(self.dates_url_ok, self.dates_url),
            _ratio(self.titles_ok, self.titles),
            _ratio(self.titles_x_ok, self.titles_x),
            str(self.boilerplate),
        ]


HEAD = ["docs", "gold/got", "P", "R", "F1", "spk", "role", "attr", "date", "date*", "title"]
HEAD += ["title*", "boil"]


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def title_ok(got: str | None, want: str | None) -> bool:
    """The predicted title holds at least 70% of the gold title's words."""
    gw = set(re.findall(r"\w+", norm(want)))
    return bool(gw) and len(gw & set(re.findall(r"\w+", norm(got)))) >= 0.7 * len(gw)


# ---------------------------------------------------------------- real-document gold


def _offsets(raw: str, doc: Document) -> list[int | None]:
    """Where each predicted turn's text starts in the file (first words, any whitespace)."""
    out: list[int | None] = []
    pos = 0
    for t in doc.turns:
        head = t.text.split()[:4]
        if not head:
            out.append(None)
            continue
        rx = re.compile(r"\s+".join(map(re.escape, head)))
        m = rx.search(raw, pos) or rx.search(raw)
        out.append(m.start() if m else None)
        pos = m.end() if m else pos
    return out


def match_turn(
    texts: list[str], starts: list[int | None], used: set[int], sw: str, cs: int | None
) -> int | None:
    """The predicted turn a gold turn matches: the first unused one that starts with the gold's
    first words (`sw`, normalised), else the first whose start offset is within 20 characters
    of the gold's `char_start` (`cs`). None when neither."""
    hit = next((i for i, x in enumerate(texts) if i not in used and x.startswith(sw)), None)
    if hit is None and cs is not None:
        hit = next(
            (
                i
                for i, s in enumerate(starts)
                if i not in used and s is not None and abs(s - cs) <= 20
            ),
            None,
        )
    return hit


def score_real(path: Path, gold: dict) -> Tally:
    t = Tally(docs=1)
    try:
        doc = parse_file(path)
    except Exception as e:  # a crash counts against every measure of the document
        t.errors, t.gold = 1, len(gold.get("turns", []))
        t.notes.append(f"ERROR {e}")
        return t
    raw = path.read_text(encoding="utf-8", errors="replace")
    texts = [norm(x.text) for x in doc.turns]
    starts = _offsets(raw, doc)
    boiler = [norm(b) for b in gold.get("boilerplate_excluded", []) if norm(b)]
    bad = {i for i, x in enumerate(texts) if any(x.startswith(b) for b in boiler)}
    t.boilerplate = len(bad)
    t.notes += [f"boilerplate turn: {texts[i][:40]!r}" for i in sorted(bad)]
    used: set[int] = set()
    aliases: dict[str, set[str]] = {}  # an alias of a person holds in every turn of theirs
    for g in gold.get("turns", []):
        aliases.setdefault(g["speaker"], set()).update(map(name_key, g.get("aliases", [])))
    for g in gold.get("turns", []):
        t.gold += 1
        sw = norm(g["starts_with"])
        cs = g.get("char_start")
        hit = match_turn(texts, starts, used, sw, cs)
        if hit is None:
            t.notes.append(f"missing turn {g['starts_with'][:40]!r}")
            continue
        used.add(hit)
        turn = doc.turns[hit]
        if hit in bad:  # a turn that opens with furniture: not matched, so nothing else counts
            continue
        t.matched += 1
        if speaker_ok(turn, g, aliases):
            t.speakers_ok += 1
        else:
            t.notes.append(f"speaker of {g['starts_with'][:30]!r}: {turn.speaker!r}")
        if g.get("role") and g["speaker"] != "Question":
            t.roles += 1
            want, got = _role_key(g["role"]), _role_key(turn.role)
            t.roles_ok += bool(got) and (want in got or got in want)
        if g.get("kind") in _ATTR:
            t.attributions += 1
            t.attributions_ok += _ATTR[g["kind"]] == turn.attribution
    t.predicted = len(doc.turns)
    if gold.get("date"):
        url = _date_not_in_text(gold.get("date_source") or "")
        ok = doc.date == gold["date"]
        if url:
            t.dates_url, t.dates_url_ok = 1, int(ok)
        else:
            t.dates, t.dates_ok = 1, int(ok)
        if not ok:
            t.notes.append(f"date {doc.date!r} != {gold['date']}")
    if gold.get("title"):
        ok = int(title_ok(doc.title, gold["title"]))
        if title_ok(raw, gold["title"]):
            t.titles, t.titles_ok = 1, ok
        else:  # rebuilt from the URL or known from elsewhere: nothing on the page to read
            t.titles_x, t.titles_x_ok = 1, ok
        if not ok:
            t.notes.append(f"title {doc.title!r}")
    return t


def _publisher(url: str | None, name: str) -> str:
    host = urlparse(url or "").netloc.removeprefix("www.")
    return host or (name.split("_")[1] if "_" in name else name)


def realdocs_cases(root: Path) -> list[tuple[str, Path, dict]]:
    """(publisher, document, gold) for /work/shared/realdocs, publisher from its manifest URL."""
    gold_dir = root / "gold" / "segmentation"
    if not gold_dir.is_dir():
        return []
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    urls = {d["file"]: d.get("source_url") for d in manifest.get("documents", [])}
    out = []
    for p in sorted(gold_dir.glob("*.json")):
        gold = json.loads(p.read_text(encoding="utf-8"))
        out.append(
            (_publisher(urls.get(gold["file"]), gold["file"]), root / "docs" / gold["file"], gold)
        )
    return out


def corpus_cases(root: Path, split: str) -> list[tuple[str, Path, dict]]:
    """(publisher, document, gold) of one split of a realcorpus folder ({docs,gold}/*). The
    split is read from the raw gold text first, so no other split's gold is ever parsed."""
    mark = re.compile(r'"split"\s*:\s*"' + split + '"')
    out = []
    for p in sorted((root / "gold").glob("*.json")) if (root / "gold").is_dir() else []:
        if not mark.search(p.read_text(encoding="utf-8")):
            continue
        gold = json.loads(p.read_text(encoding="utf-8"))
        if gold.get("split") != split:
            continue
        out.append((gold.get("publisher") or "?", root / "docs" / gold["file"], gold))
    return out


# ---------------------------------------------------------------- fixtures


def fixture_cases(d: Path) -> list[tuple[str, Path, dict]]:
    out = []
    for ann in sorted(d.glob("*.expected.json")):
        spec = json.loads(ann.read_text(encoding="utf-8"))
        out.append((ann.name.split("_")[0].split(".")[0], source_of(ann, spec), spec))
    return out


def source_of(ann: Path, spec: dict) -> Path:
    if "source" in spec:
        return (ann.parent / spec["source"]).resolve()
    stem = ann.name[: -len(".expected.json")]
    return next(p for p in ann.parent.glob(stem + ".*") if not p.name.endswith(".json"))


def score_fixture(path: Path, spec: dict) -> Tally:
    """A fixture's turns in order, each the first predicted turn after the last match that
    starts with its "starts"; speakers compared exactly (fixtures spell the canonical name)."""
    t = Tally(docs=1)
    doc = parse_file(path)
    texts = [norm(x.text) for x in doc.turns]
    j = 0
    for exp in spec.get("turns", []):
        t.gold += 1
        want = norm(exp["starts"])
        hit = next((k for k in range(j, len(texts)) if texts[k].startswith(want)), None)
        if hit is None:
            t.notes.append(f"missing turn {exp['starts'][:40]!r}")
            continue
        j = hit + 1
        turn = doc.turns[hit]
        t.matched += 1
        t.speakers_ok += exp.get("speaker") == turn.speaker
        if "role" in exp:
            t.roles += 1
            t.roles_ok += exp["role"] == turn.role
        if "attribution" in exp:
            t.attributions += 1
            t.attributions_ok += exp["attribution"] == turn.attribution
    t.predicted = len(doc.turns)
    if "date" in spec:
        t.dates, t.dates_ok = 1, int(spec["date"] == doc.date)
    if spec.get("title"):
        t.titles, t.titles_ok = 1, int(title_ok(doc.title, spec["title"]))
    return t


def ungdc_cases(root: Path) -> list[tuple[str, Path, dict]]:
    """A generated UNGDC corpus as fixtures: each sidecar turn's full text is its "starts"."""
    by_doc: dict[str, list[dict]] = {}
    with (root / "turns.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            by_doc.setdefault(row["doc"], []).append(row)
    return [
        (
            "ungdc",
            root / "meetings" / f"{doc}.txt",
            {"date": rows[0]["date"], "turns": [{"starts": r["text"]} for r in rows]},
        )
        for doc, rows in sorted(by_doc.items())
    ]


# ---------------------------------------------------------------- tables


def fold(publisher: str) -> str:
    """'fit' or 'check', stable per publisher: fix rules against 'fit', watch 'check' (whole
    publishers the rules were not written against, the way the blind part and new documents are)."""
    return "check" if zlib.crc32(publisher.casefold().encode()) % 3 == 0 else "fit"


def run_set(cases, scorer) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """(publisher -> tally, document -> tally)."""
    pubs: dict[str, Tally] = {}
    docs: dict[str, Tally] = {}
    for pub, path, gold in cases:
        t = scorer(path, gold)
        docs[f"{pub}/{path.name}"] = t
        pubs.setdefault(pub, Tally()).add(t)
    return pubs, docs


def total(pubs: dict[str, Tally]) -> Tally | None:
    if not pubs:
        return None
    out = Tally()
    for t in pubs.values():
        out.add(t)
    return out


def render(rows: list[tuple[str, list[str]]], head: list[str], width: int = 34) -> str:
    lines = [f"{'':{width}} " + " ".join(f"{h:>8}" for h in head)]
    lines += [
        f"{name[:width]:{width}} " + " ".join(f"{c:>8}" for c in cells) for name, cells in rows
    ]
    return "\n".join(lines)


def report(sets: dict[str, tuple[dict[str, Tally], dict[str, Tally]] | None], per_doc: bool) -> str:
    out = []
    for name in SETS:
        if name not in sets:
            continue
        got = sets[name]
        out.append(f"== {name}")
        if got is None or not got[0]:
            out.append("n/a (no annotated documents)")
            continue
        pubs, docs = got
        rows = []
        if per_doc:
            rows += [(d, t.cells()) for d, t in docs.items()]
        rows += [(p, t.cells()) for p, t in sorted(pubs.items())]
        tot = total(pubs)
        assert tot is not None
        rows.append((f"TOTAL {name}", tot.cells()))
        out.append(render(rows, HEAD))
        if per_doc:
            out += [f"  {d}: {n}" for d, t in docs.items() for n in t.notes]
    out.append("== side by side (totals)")
    side = []
    shown = [name for name in SETS if name in sets]
    for k, h in enumerate(HEAD):
        cells = []
        for name in shown:
            got = sets.get(name)
            tot = total(got[0]) if got else None
            cells.append(tot.cells()[k] if tot else "n/a")
        side.append((h, cells))
    out.append(render(side, shown, width=10))
    return "\n".join(out)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ungdc", nargs="*", type=Path, help="generated UNGDC corpus folders")
    ap.add_argument("--dev", action="append", type=Path, default=[], help="more realcorpus dirs")
    ap.add_argument("--docs", action="store_true", help="one row per document, with notes")
    ap.add_argument(
        "--no-blind", action="store_true", help="never read the blind split (while fixing rules)"
    )
    ap.add_argument(
        "--folds",
        action="store_true",
        help="also split dev by publisher into dev-fit (fix rules here) and dev-check (never)",
    )
    args = ap.parse_args(argv)
    if args.ungdc:
        cases = [c for d in args.ungdc for c in ungdc_cases(d)]
        print(report({"fixtures": run_set(cases, score_fixture)}, args.docs))
        return 0
    dev = realdocs_cases(REALDOCS) + corpus_cases(REALCORPUS, "dev")
    dev += [c for d in args.dev for c in corpus_cases(d, "dev")]
    blind = [] if args.no_blind else corpus_cases(REALCORPUS, "blind")
    sets = {
        "fixtures": run_set(fixture_cases(FIXTURES), score_fixture),
        "dev": run_set(dev, score_real) if dev else None,
        "blind": run_set(blind, score_real) if blind else None,  # "n/a" with --no-blind
    }
    if args.folds:
        for part in ("fit", "check"):
            cases = [c for c in dev if fold(c[0]) == part]
            sets[f"dev-{part}"] = run_set(cases, score_real) if cases else None
    print(report(sets, args.docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
