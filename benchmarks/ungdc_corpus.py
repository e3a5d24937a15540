"""Build deterministic transcript corpora of N speaker turns from the UN General Debate Corpus.

Each UNGDC speech (one hard-wrapped .txt per country and session) is unwrapped, split into
sentences and cut into turns of one to three sentences. Turns are written as UN verbatim-record
meeting files: a heading line, a date line, then `The President:` introductions and labelled
turns (`President Lula da Silva (Brazil):` first, `President Lula da Silva:` after), ~50-200
turns per file. A size-N set is a hash-ordered, all-years sample of whole meetings with >= N
turns, cached in benchmarks/work/corpus-N/ with a turns.jsonl sidecar (the same turns, for the
SQLite baseline) and manifest.json. Stdlib only; never imports nrc_search.

The corpus holds about 1.05M such turns. A larger N (3M) is the same speeches with their turns
cut into shorter ones (`shorter`): every turn of more than about L words is cut into
round(words / L) pieces at the clause or sentence break nearest each equal share, L chosen so
the whole set reaches N. So a 3M set says the same words as the whole corpus, in ~3x as many
turns of ~10.5 words instead of ~31. Turns are not copies of each other (1.6% share their words
with another, short pieces like "Thank you, Mr. President.", against 0.5% uncut), so nrc's
duplicate collapsing does not fold the hit lists, and a query's matching turns grow by what the
cutting adds, not 3x.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import random
import re
import shutil
import sys
import tarfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from multiprocessing import Pool
from pathlib import Path

CORPUS_DIR = Path("/work/shared/corpora/ungdc")
TARBALL = CORPUS_DIR / "ungdc-1946-2024-txt.tar.xz"
SPEAKERS_CSV = CORPUS_DIR / "speakers_by_session.csv"
WORK = Path(__file__).resolve().parent / "work"
FORMAT_VERSION = 4  # bump to invalidate cached corpora when the generated format changes

# A page number alone on a line, e.g. "6" between two pages of a 1995 speech.
PAGE_LINE = re.compile(r"^\s*\d{1,4}\s*$")
# A numbered paragraph as in the 1970s records, e.g. "114.\t Mr. President, it is a pleasure".
PARA_NUMBER = re.compile(r"^\s*\d{1,4}\.\s+")
# A word hyphenated across a line break once lines are joined, e.g. "land- mines".
SPLIT_HYPHEN = re.compile(r"(\w)- (\w)")
# A sentence boundary, e.g. between "...devastated Afghanistan. When I return" but not after
# "Mr." or an initial ("Joseph R. Biden").
SENTENCE_BREAK = re.compile(
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bNo\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
    r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])"
)
# A speech file inside the tarball, e.g. "TXT/Session 79 - 2024/BRA_79_2024.txt".
SPEECH_PATH = re.compile(r"([A-Z0-9]{2,4})_(\d+)_(\d{4})\.txt$")
# A name that already carries a title, e.g. "Mr. Manuilsky", "Sheikh Hasina".
TITLED = re.compile(
    r"^(Mr|Mrs|Ms|Miss|Sir|Dr|H\.E|His|Her|King|Queen|Prince|Princess|Sheikh|"
    r"Emir|General|Archbishop|Cardinal|Lord|Dame|Baron)\b"
)
# A word that ends a clause or a sentence, e.g. "Assembly," or "peace;" or "world.".
CLAUSE_END = re.compile(r"[,;:.!?)\"”’]$")
HEAD_POSTS = {"President", "Vice-President", "Prime Minister", "King", "Emir", "Crown Prince"}
TURNS_PER_MEETING = (50, 200)


@dataclass(frozen=True)
class Speech:
    """One UNGDC statement cut into turns (each a list of sentences joined by a space)."""

    iso: str
    session: int
    year: int
    country: str
    name: str
    post: str
    turns: tuple[str, ...]


def ordinal(n: int) -> str:
    """1 -> '1st', 12 -> '12th', 79 -> '79th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def paragraphs(text: str) -> list[str]:
    """Unwrap hard-wrapped text: blank lines and numbered paragraphs start a new paragraph."""
    out: list[str] = []
    cur: list[str] = []
    for line in text.splitlines():
        if not line.strip() or PAGE_LINE.match(line):
            if not line.strip() and cur:
                out.append(" ".join(cur))
                cur = []
            continue
        if PARA_NUMBER.match(line) and cur:
            out.append(" ".join(cur))
            cur = []
        cur.append(PARA_NUMBER.sub("", line).strip())
    if cur:
        out.append(" ".join(cur))
    return [SPLIT_HYPHEN.sub(r"\1-\2", " ".join(p.split())) for p in out]


def cut_turns(text: str, seed: str) -> tuple[str, ...]:
    """Split a speech into turns of 1-3 sentences (mostly 1), never across paragraphs."""
    rng = random.Random(zlib.crc32(seed.encode()))
    turns: list[str] = []
    for para in paragraphs(text):
        sentences = [s.strip() for s in SENTENCE_BREAK.split(para) if s.strip()]
        while sentences:
            k = rng.choices((1, 2, 3), weights=(85, 12, 3))[0]
            turns.append(" ".join(sentences[:k]))
            del sentences[:k]
    return tuple(turns)


def split_turn(text: str, pieces: int) -> list[str]:
    """`text` cut into `pieces` runs of about equal word counts, each cut moved to the nearest
    clause break within a few words (a mid-clause cut where there is none)."""
    words = text.split(" ")
    if pieces <= 1 or len(words) < 2:
        return [text]
    pieces = min(pieces, len(words))
    reach = max(1, len(words) // (2 * pieces))
    cuts, last = [], 0
    for j in range(1, pieces):
        aim = round(j * len(words) / pieces)
        near = [
            c
            for c in range(aim - reach, aim + reach + 1)
            if last < c < len(words) - (pieces - 1 - j) and CLAUSE_END.search(words[c - 1])
        ]
        cut = min(near, key=lambda c: abs(c - aim)) if near else aim
        cut = min(max(cut, last + 1), len(words) - (pieces - j))
        cuts.append(cut)
        last = cut
    bounds = [0, *cuts, len(words)]
    return [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]


def piece_length(lengths: Counter[int], want: int) -> float:
    """The words per piece L at which cutting each turn into max(1, round(words / L)) pieces
    gives at least `want` turns in all (bisection over the turn-length histogram)."""

    def total(length: float) -> int:
        return sum(c * max(1, round(w / length)) for w, c in lengths.items())

    lo, hi = 1.0, float(max(lengths))
    for _ in range(50):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if total(mid) >= want else (lo, mid)
    return lo


def shorter(speeches: list[Speech], n_turns: int) -> list[Speech]:
    """The speeches with their turns cut into shorter ones, about `n_turns` turns in all with
    the President's two turns per speech (see the module docstring)."""
    lengths = Counter(len(t.split(" ")) for sp in speeches for t in sp.turns)
    want = round(n_turns * 1.005) - 2 * len(speeches)  # whole meetings: a little to spare
    length = piece_length(lengths, want)
    return [
        replace(
            sp,
            turns=tuple(
                piece
                for t in sp.turns
                for piece in split_turn(t, max(1, round(len(t.split(" ")) / length)))
            ),
        )
        for sp in speeches
    ]


def load_speakers() -> dict[tuple[str, int], tuple[str, str, str]]:
    """(ISO, session) -> (country, name, post) from speakers_by_session.csv."""
    with SPEAKERS_CSV.open(encoding="utf-8") as f:
        return {
            (r["ISO Code"].strip(), int(r["Session"])): (
                r["Country"].strip(),
                r["Name of Person Speaking"].strip(),
                r["Post"].strip(),
            )
            for r in csv.DictReader(f)
        }


def _parse(job: tuple[str, str, tuple[str, str, str]]) -> Speech:
    member, text, (country, name, post) = job
    m = SPEECH_PATH.search(member)
    assert m is not None
    iso, session, year = m.group(1), int(m.group(2)), int(m.group(3))
    return Speech(iso, session, year, country, name, post, cut_turns(text, member))


def read_speeches() -> Iterator[tuple[str, str]]:
    """(path, text) for every speech, unpacking the tarball into benchmarks/work/ once."""
    if not (WORK / "TXT").is_dir():
        WORK.mkdir(parents=True, exist_ok=True)
        with tarfile.open(TARBALL, "r:xz") as tar:  # sequential: one pass over the stream
            tar.extractall(WORK, filter="data")
    for path in sorted((WORK / "TXT").glob("*/*.txt")):
        if SPEECH_PATH.search(path.name):
            yield path.name, path.read_text(encoding="utf-8", errors="replace")


def all_speeches() -> list[Speech]:
    """Every speech cut into turns, parsed on all cores."""
    speakers = load_speakers()
    countries = {iso: c for (iso, _), (c, _, _) in speakers.items()}
    jobs = []
    for member, text in read_speeches():
        m = SPEECH_PATH.search(member)
        assert m is not None
        key = (m.group(1), int(m.group(2)))
        jobs.append((member, text, speakers.get(key, (countries.get(key[0], key[0]), "", ""))))
    with Pool() as pool:
        return pool.map(_parse, jobs, chunksize=64)


def label(sp: Speech) -> str:
    """The speaker label as a verbatim record prints it, without the country."""
    name = sp.name or f"Representative of {sp.country}"
    if not sp.name or TITLED.match(name):
        return name
    if sp.post in HEAD_POSTS:
        return f"{sp.post} {name}"
    return f"Mr. {name}"


def speech_turns(sp: Speech, rng: random.Random) -> list[tuple[str, str]]:
    """(label, text) turns for one speech, with the President's introduction and thanks."""
    who = f"the {sp.post} of {sp.country}" if sp.post else f"the representative of {sp.country}"
    intro = rng.choice(
        (
            f"I now give the floor to {who}, {sp.name or sp.country}.",
            f"The Assembly will now hear an address by {who}.",
            f"I call on {who}.",
        )
    )
    out = [("The President", intro)]
    lab = label(sp)
    for i, text in enumerate(sp.turns):
        out.append((f"{lab} ({sp.country})" if i == 0 else lab, text))
    out.append(
        (
            "The President",
            f"On behalf of the General Assembly, I thank {who} for the statement just made.",
        )
    )
    return out


@dataclass(frozen=True)
class Meeting:
    """One meeting file: a session's plenary meeting holding a few whole speeches."""

    name: str
    heading: str
    date: str  # YYYY-MM-DD
    turns: tuple[tuple[str, str, str], ...]  # (speaker label, speaker name, text)


def meetings(speeches: list[Speech]) -> list[Meeting]:
    """Group each session's speeches (in a fixed shuffled order) into meetings of 50-200 turns."""
    by_session: dict[int, list[Speech]] = {}
    for sp in speeches:
        by_session.setdefault(sp.session, []).append(sp)
    out: list[Meeting] = []
    for session, sps in sorted(by_session.items()):
        sps.sort(key=lambda s: zlib.crc32(f"{s.iso}{s.session}".encode()))
        groups: list[list[tuple[str, str, str]]] = [[]]
        for sp in sps:
            rng = random.Random(zlib.crc32(f"{sp.iso}/{sp.session}".encode()))
            turns = [
                (lab, "" if lab == "The President" else label(sp), t)
                for lab, t in speech_turns(sp, rng)
            ]
            cur = groups[-1]
            if cur and len(cur) >= TURNS_PER_MEETING[0] and len(cur) + len(turns) > 200:
                groups.append([])
            groups[-1].extend(turns)
        year = sps[0].year
        start = dt.date(year, 10, 23) if session == 1 else dt.date(year, 9, 20)
        for i, g in enumerate(groups):
            day = start + dt.timedelta(days=i * 14 // len(groups))
            heading = (
                f"United Nations General Assembly, Official Records, {ordinal(session)} "
                f"session, {ordinal(i + 1)} plenary meeting"
            )
            out.append(
                Meeting(f"ga{session:02d}-{year}-m{i + 1:03d}", heading, day.isoformat(), tuple(g))
            )
    return out


def meeting_text(m: Meeting, session: int) -> str:
    """The raw .txt of a meeting, as nrc would meet it."""
    d = dt.date.fromisoformat(m.date)
    lines = [
        m.heading,
        f"General Assembly, {ordinal(session)} session, general debate, "
        f"{d.day} {d.strftime('%B')} {d.year}",
        "",
    ]
    for lab, _name, text in m.turns:
        lines += [f"{lab}: {text}", ""]
    return "\n".join(lines)


def select(ms: list[Meeting], n_turns: int) -> list[Meeting]:
    """Whole meetings in a fixed hash order (so every year is represented) until >= n turns."""
    chosen: list[Meeting] = []
    total = 0
    for m in sorted(ms, key=lambda m: zlib.crc32(m.name.encode())):
        if total >= n_turns:
            break
        chosen.append(m)
        total += len(m.turns)
    return sorted(chosen, key=lambda m: m.name)


def is_built(n_turns: int) -> bool:
    """True when benchmarks/work/corpus-N/ exists in the current format."""
    manifest = WORK / f"corpus-{n_turns}" / "manifest.json"
    return manifest.exists() and json.loads(manifest.read_text()).get("format") == FORMAT_VERSION


def build_all(sizes: list[int], force: bool = False) -> list[Path]:
    """Write (or reuse) benchmarks/work/corpus-N/ for each size; parse the corpus at most once."""
    todo = [n for n in sizes if force or not is_built(n)]
    if todo:
        speeches = all_speeches()
        ms = meetings(speeches)
        whole = sum(len(m.turns) for m in ms)
        for n in todo:
            if n <= whole:
                write(select(ms, n), n)
            else:  # more turns than the corpus has: the same words in shorter turns
                write(select(meetings(shorter(speeches, n)), n), n, f"cut shorter ({whole:,})")
    return [WORK / f"corpus-{n}" for n in sizes]


def write(ms: list[Meeting], n_turns: int, method: str = "sample") -> Path:
    """Write the meeting files, turns.jsonl and manifest.json of one size."""
    root = WORK / f"corpus-{n_turns}"
    manifest = root / "manifest.json"
    if root.exists():
        shutil.rmtree(root)
    (root / "meetings").mkdir(parents=True)
    speaker_turns: dict[str, int] = {}
    with (root / "turns.jsonl").open("w", encoding="utf-8") as side:
        for m in ms:
            session = int(m.name[2:4])
            (root / "meetings" / f"{m.name}.txt").write_text(
                meeting_text(m, session), encoding="utf-8"
            )
            for n, (lab, name, text) in enumerate(m.turns, 1):
                side.write(
                    json.dumps(
                        {
                            "doc": m.name,
                            "n": n,
                            "speaker": name or lab,
                            "date": m.date,
                            "text": text,
                        }
                    )
                    + "\n"
                )
                speaker_turns[name or lab] = speaker_turns.get(name or lab, 0) + 1
    top = sorted(speaker_turns.items(), key=lambda kv: -kv[1])[:10]
    manifest.write_text(
        json.dumps(
            {
                "format": FORMAT_VERSION,
                "requested": n_turns,
                "method": method,
                "meetings": len(ms),
                "turns": sum(len(m.turns) for m in ms),
                "top_speakers": top,
                "bytes": sum(p.stat().st_size for p in (root / "meetings").iterdir()),
            },
            indent=1,
        )
    )
    return root


def parse_size(s: str) -> int:
    """'10k' -> 10000, '1M' -> 1000000."""
    s = s.strip().lower()
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1:], 1)
    return int(float(s.rstrip("km")) * mult)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")] or ["10k"]
    for path in build_all([parse_size(a) for a in args], force="--force" in sys.argv):
        print(path, json.loads((path / "manifest.json").read_text())["turns"])
