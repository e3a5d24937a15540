"""Which way of building nrc's Whoosh index is fastest, smallest and fits in 1 GiB? Recipes, side by side.

    . /work/venv/bin/activate
    python benchmarks/index_recipes.py 100000                       # every recipe, one table
    python benchmarks/index_recipes.py 1000000 --recipes lean-fast-shard,raw-lean-shard
    python benchmarks/index_recipes.py 10000 --check-analyzer       # fast analyzer == nrc's chain

Each recipe builds an index in a fresh child process (measured like scale.py: wall, CPU of the
whole tree, peak RSS of the whole tree), from `turns.jsonl` (no parsing) or from the raw meeting
files through `nrc_search.ingest.parse_file` ("raw-" recipes). Then the driver opens the index and
runs five queries (rare term, AND, phrase, date range, speaker term): the counts must agree across
recipes, and the warm query time shows what many segments cost. Also prints the stored-field bytes
(per turn vs one zlib blob per source document) and the SQLite FTS5 size for the 1.2x target.

Recipe knobs: schema (base = nrc's make_schema(); lean = one term per turn for n/date, no turn_id
term, type/key only on doc records), analyzer (chain = nrc's analysis.analyzer(); fast = one
Tokenizer doing the same work), stored (dict = nrc's per-turn dict; tuple = one short STORED
tuple; blob = text zlib'd per document, turns keep offsets), writer (single; mp = Whoosh's
procs=2 multisegment MpWriter; shard = N processes, each a SegmentWriter on the same index folder
writing one segment, joined by writing one TOC; batches = commit(merge=False) every N turns).
Never run by tests; does not touch nrc_search/.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import shutil
import statistics
import sys
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from whoosh.analysis import Token, Tokenizer
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.formats import Positions
from whoosh.support.charset import accent_map

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from measure import du, run  # noqa: E402
from ungdc_corpus import WORK  # noqa: E402

from nrc_search import store  # noqa: E402
from nrc_search.analysis import TOKEN_PATTERN, analyzer, stem  # noqa: E402

# --- the fast analyzer ------------------------------------------------------------------------


class FastTextTokenizer(Tokenizer):
    """nrc's text analyzer (regex | lowercase | accent fold | plural stem) as one tokenizer.

    Same terms, positions and character offsets as `analysis.analyzer()`; one reused Token, one
    dict lookup per token (raw word -> term). `no_morph=True` skips the stemmer, as Whoosh's
    CompositeAnalyzer does for morphological filters.
    """

    is_morph = True
    _CACHE_MAX = 1_000_000

    def __init__(self) -> None:
        self._setup()

    def _setup(self) -> None:
        self._finditer = re.compile(TOKEN_PATTERN).finditer
        self._cache: dict[str, str] = {}
        self._plain: dict[str, str] = {}

    def __getstate__(self) -> dict:
        return {}  # the schema is pickled into the TOC: no regex, no cache

    def __setstate__(self, state: dict) -> None:
        self._setup()

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def norm(self, word: str) -> str:
        term = self._cache.get(word)
        if term is None:
            if len(self._cache) >= self._CACHE_MAX:
                self._cache.clear()
            term = self._cache[word] = stem(word.lower().translate(accent_map))
        return term

    def words(self, value: str) -> list[str]:
        """The index terms of `value`, in order (the fast path FastPositions uses)."""
        cache = self._cache
        out = []
        for m in self._finditer(value):
            w = m.group()
            t = cache.get(w)
            out.append(t if t is not None else self.norm(w))
        return out

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        no_morph=False,
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = value
            t.text = value.lower().translate(accent_map)
            if not no_morph:
                t.text = stem(t.text)
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        norm = self.norm
        for pos, m in enumerate(self._finditer(value)):
            w = m.group()
            if keeporiginal:
                t.original = w
            t.text = w.lower().translate(accent_map) if no_morph else norm(w)
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + m.start()
                t.endchar = start_char + m.end()
            yield t


class FastPositions(Positions):
    """Positions with the same posting bytes, fed from FastTextTokenizer.words() (no Tokens)."""

    def word_values(self, value, analyzer, **kwargs):
        if not isinstance(analyzer, FastTextTokenizer) or not isinstance(value, str):
            yield from Positions.word_values(self, value, analyzer, **kwargs)
            return
        poses: dict[str, list[int]] = defaultdict(list)
        for pos, w in enumerate(analyzer.words(value)):
            poses[w].append(pos)
        fb = self.field_boost
        encode = self.encode
        for w, poslist in poses.items():
            yield (w, len(poslist), len(poslist) * fb, encode(poslist))


def _varint(n: int, out: bytearray) -> None:
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


_ONE: dict[int, bytes] = {}  # position -> the encoding of a one-position posting


class CompactPositions(FastPositions):
    """Positions stored as varints (count, then deltas) instead of a pickled list: smaller postings.

    Readers decode with this class (the format is pickled with the schema), so nrc would have to
    ship it in nrc_search and keep it importable forever, like the analyzer.
    """

    def encode(self, poslist) -> bytes:
        if len(poslist) == 1:
            p = poslist[0]
            b = _ONE.get(p)
            if b is None:
                out = bytearray(b"\x01")
                _varint(p, out)
                b = _ONE[p] = bytes(out)
            return b
        out = bytearray()
        _varint(len(poslist), out)
        base = 0
        for p in poslist:
            _varint(p - base, out)
            base = p
        return bytes(out)

    @staticmethod
    def _ints(b: bytes):
        n = shift = 0
        for byte in b:
            n |= (byte & 0x7F) << shift
            if byte & 0x80:
                shift += 7
            else:
                yield n
                n = shift = 0

    def decode_positions(self, valuestring: bytes) -> list[int]:
        it = self._ints(valuestring)
        count = next(it)
        out, pos = [], 0
        for _ in range(count):
            pos += next(it)
            out.append(pos)
        return out

    def decode_frequency(self, valuestring: bytes) -> int:
        return next(self._ints(valuestring))


def check_analyzer(turns_jsonl: Path, limit: int) -> None:
    """Assert the fast tokenizer's output equals nrc's chain on `limit` turns (index and query)."""
    chain, fast = analyzer(), FastTextTokenizer()
    n = 0
    with turns_jsonl.open(encoding="utf-8") as f:
        for line in f:
            if n >= limit:
                break
            text = json.loads(line)["text"]
            for kw in (
                {"positions": True, "chars": True, "mode": "index"},
                {"mode": "query"},
                {"no_morph": True, "positions": True},
                {"tokenize": False},
            ):
                a = [_tok(t, kw) for t in chain(text, **kw)]
                b = [_tok(t, kw) for t in fast(text, **kw)]
                assert a == b, (text[:80], kw)
            fmt = Positions()
            assert sorted(fmt.word_values(text, chain)) == sorted(
                FastPositions().word_values(text, fast)
            ), text[:80]
            n += 1
    cp = CompactPositions()
    for poslist in ([0], [5], [200], [3, 9, 400], list(range(0, 70000, 7))):
        v = cp.encode(poslist)
        assert cp.decode_positions(v) == poslist and cp.decode_frequency(v) == len(poslist)
    ok = [t.text for t in chain("Pérez's NATO’s U.S. policies")]
    assert ok == [t.text for t in fast("Pérez's NATO’s U.S. policies")], ok
    print(f"fast analyzer: identical terms, positions, chars and posting bytes on {n:,} turns")


def _tok(t: Token, kw: dict) -> tuple:
    return (
        t.text,
        getattr(t, "pos", None),
        getattr(t, "startchar", None),
        getattr(t, "endchar", None),
        getattr(t, "original", None) if kw.get("keep") else 0,
    )


def time_analyzers(turns_jsonl: Path, limit: int) -> None:
    texts = []
    with turns_jsonl.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit:
                break
            texts.append(json.loads(line)["text"])
    chain, fast = analyzer(), FastTextTokenizer()
    for name, fn in (
        ("chain tokens", lambda s: sum(1 for _ in chain(s, positions=True))),
        ("fast tokens", lambda s: sum(1 for _ in fast(s, positions=True))),
        ("Positions+chain", lambda s: list(Positions().word_values(s, chain))),
        ("FastPositions+fast", lambda s: list(FastPositions().word_values(s, fast))),
    ):
        t0 = time.perf_counter()
        for s in texts:
            fn(s)
        dt_ = time.perf_counter() - t0
        print(f"  {name:20} {dt_ / len(texts) * 1e6:6.1f} µs/turn")


# --- schemas and records ----------------------------------------------------------------------


def _name_analyzer():
    return store.schema._name_analyzer()


def lean_schema(analyzer_kind: str, stored: str, speaker_text: bool = True) -> Schema:
    """One Whoosh doc per turn with only the terms searches use; `stored` picks the stored layout."""
    text_an = FastTextTokenizer() if analyzer_kind in ("fast", "compact") else analyzer()
    text = TEXT(analyzer=text_an, phrase=True, stored=stored == "dict")
    if analyzer_kind in ("fast", "compact"):
        cls = CompactPositions if analyzer_kind == "compact" else FastPositions
        text.format = cls(field_boost=text.format.field_boost)
    s = stored == "dict"
    fields = {
        "key": ID(unique=True, stored=s),  # doc and meta records only: "doc:<id>", "__meta__"
        "type": ID(stored=s),  # doc and meta records only: a turn has no type term
        "doc_id": ID(stored=s),
        "speaker_key": ID(),
        "attribution": ID(stored=s),
        "date": ID(),  # "YYYY-MM-DD": ranges are TermRange
        "text": text,
        "data": STORED(),
    }
    if speaker_text:
        fields["speaker"] = TEXT(analyzer=_name_analyzer(), stored=s)
    if stored == "dict":
        fields |= {"n": STORED(), "role": STORED(), "flags": STORED(), "day": STORED()}
    else:
        fields["r"] = STORED()  # (doc_id, n, day, attribution, speaker, role, flags, text|span)
        fields["blob"] = STORED()  # stored == "blob": zlib of a document's turn texts
    return Schema(**fields)


def base_schema(analyzer_kind: str) -> Schema:
    schema = store.make_schema()
    if analyzer_kind == "fast":
        schema.remove("text")
        text = TEXT(analyzer=FastTextTokenizer(), stored=True, phrase=True)
        text.format = FastPositions(field_boost=text.format.field_boost)
        schema.add("text", text)
    return schema


@dataclass
class Recipe:
    name: str
    schema: str = "base"  # base | lean | lean-nospk
    analyzer: str = "chain"  # chain | fast | compact (fast + CompactPositions)
    stored: str = "dict"  # dict | tuple | blob
    writer: str = "single"  # single | mp | shard | batches
    source: str = "jsonl"  # jsonl | raw
    limitmb: int = 256
    procs: int = 2
    batch: int = 0
    note: str = ""
    extra: dict = field(default_factory=dict)

    def make_schema(self) -> Schema:
        if self.schema == "base":
            return base_schema(self.analyzer)
        return lean_schema(self.analyzer, self.stored, speaker_text=self.schema != "lean-nospk")


RECIPES = [
    Recipe("base", note="nrc today: make_schema(), chain analyzer, one writer limitmb=256"),
    Recipe("lean", schema="lean"),
    Recipe("lean-nospk", schema="lean-nospk", note="lean without speaker TEXT"),
    Recipe("base-fast", analyzer="fast"),
    Recipe("lean-fast", schema="lean", analyzer="fast"),
    Recipe("lean-fast-tuple", schema="lean", analyzer="fast", stored="tuple"),
    Recipe("lean-fast-blob", schema="lean", analyzer="fast", stored="blob"),
    Recipe(
        "lean-fast-blob-mp", schema="lean", analyzer="fast", stored="blob", writer="mp", limitmb=128
    ),
    Recipe(
        "lean-fast-blob-shard",
        schema="lean",
        analyzer="fast",
        stored="blob",
        writer="shard",
        limitmb=128,
    ),
    Recipe(
        "lean-fast-blob-batch",
        schema="lean",
        analyzer="fast",
        stored="blob",
        writer="batches",
        batch=50_000,
    ),
    Recipe("lean-fast-blob-lim64", schema="lean", analyzer="fast", stored="blob", limitmb=64),
    Recipe("lean-fast-blob-lim1024", schema="lean", analyzer="fast", stored="blob", limitmb=1024),
    Recipe(
        "lean-fast-blob-z9",
        schema="lean",
        analyzer="fast",
        stored="blob",
        extra={"codec": {"compression": 9}},
    ),
    Recipe(
        "lean-fast-blob-b512",
        schema="lean",
        analyzer="fast",
        stored="blob",
        extra={"codec": {"blocklimit": 512, "compression": 6}},
    ),
    Recipe(
        "lean-fast-blob-b1024z9",
        schema="lean",
        analyzer="fast",
        stored="blob",
        extra={"codec": {"blocklimit": 1024, "compression": 9}},
    ),
    Recipe("lean-compact-blob", schema="lean", analyzer="compact", stored="blob"),
    Recipe(
        "lean-compact-blob-shard",
        schema="lean",
        analyzer="compact",
        stored="blob",
        writer="shard",
        limitmb=128,
    ),
    Recipe(
        "lean-compact-blob-mp",
        schema="lean",
        analyzer="compact",
        stored="blob",
        writer="mp",
        limitmb=128,
    ),
    Recipe(
        "raw-lean-compact-blob-shard",
        source="raw",
        schema="lean",
        analyzer="compact",
        stored="blob",
        writer="shard",
        limitmb=128,
    ),
    Recipe(
        "raw-lean-compact-blob-mp",
        source="raw",
        schema="lean",
        analyzer="compact",
        stored="blob",
        writer="mp",
        limitmb=128,
    ),
    Recipe("raw-base-single", source="raw", note="≈ nrc ingest: parse pool(2) + one writer"),
    Recipe(
        "raw-lean-fast-blob-mp",
        source="raw",
        schema="lean",
        analyzer="fast",
        stored="blob",
        writer="mp",
        limitmb=128,
        note="parse pool(2) -> registry -> MpWriter(procs=2)",
    ),
    Recipe(
        "raw-lean-fast-blob-shard",
        source="raw",
        schema="lean",
        analyzer="fast",
        stored="blob",
        writer="shard",
        limitmb=128,
        note="2 processes each parse + index their files; per-process speaker registry",
    ),
]
BY_NAME = {r.name: r for r in RECIPES}


@dataclass
class Doc:
    doc_id: str
    date: str | None
    turns: list  # dicts: n, speaker, role, attribution, text, flags
    data: dict


def jsonl_docs(path: Path, shard: int = 0, shards: int = 1):
    """Documents from turns.jsonl (consecutive lines of one doc); shard k keeps every k-th doc."""
    cur, turns, date, k = None, [], None, -1
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc = line[9 : line.index('"', 9)]  # {"doc": "<id>", ...
            if doc != cur:
                if cur is not None and k % shards == shard:
                    yield _jsonl_doc(cur, date, turns)
                cur, turns, k = doc, [], k + 1
            if k % shards != shard:
                continue
            d = json.loads(line)
            date = d["date"]
            turns.append(
                {
                    "n": d["n"],
                    "speaker": d["speaker"],
                    "role": None,
                    "attribution": "verbatim",
                    "text": d["text"],
                    "flags": (),
                }
            )
    if cur is not None and k % shards == shard:
        yield _jsonl_doc(cur, date, turns)


def _jsonl_doc(doc_id: str, date: str, turns: list) -> Doc:
    data = {
        "source": f"/corpus/{doc_id}.txt",
        "hash": "0" * 32,
        "title": None,
        "date": date,
        "date_inferred": False,
        "kind": "record",
        "place": None,
        "participants": list(dict.fromkeys(t["speaker"] for t in turns if t["speaker"])),
        "turns": len(turns),
    }
    return Doc(doc_id, date, turns, data)


def parsed_doc(path: Path, registry) -> Doc | None:
    from nrc_search.ingest import parse_file

    doc = parse_file(path)
    if not doc.turns:
        return None
    return to_doc(path, doc, registry)


def to_doc(path: Path, doc, registry) -> Doc:
    doc = registry.canonicalize(doc)
    doc = replace(doc, source=str(path))
    turns = [
        {
            "n": t.n,
            "speaker": t.speaker,
            "role": t.role,
            "attribution": t.attribution,
            "text": t.text,
            "flags": tuple(t.flags),
        }
        for t in doc.turns
    ]
    data = {
        "source": doc.source,
        "hash": "0" * 32,
        "title": doc.title,
        "date": doc.date,
        "date_inferred": doc.date_inferred,
        "kind": doc.kind,
        "place": doc.place,
        "participants": list(doc.participants),
        "turns": len(doc.turns),
    }
    return Doc(path.stem, doc.date, turns, data)


def records(doc: Doc, recipe: Recipe):
    """The Whoosh documents (dicts of fields) for one source document under `recipe`."""
    if recipe.schema == "base":
        yield {
            "type": "doc",
            "turn_id": f"doc:{doc.doc_id}",
            "doc_id": doc.doc_id,
            "data": json.dumps(doc.data),
        }
        for t in doc.turns:
            r = {
                "type": "turn",
                "turn_id": f"{doc.doc_id}:{t['n']}",
                "doc_id": doc.doc_id,
                "n": t["n"],
                "attribution": t["attribution"],
                "text": t["text"],
            }
            if t["speaker"]:
                r["speaker"] = t["speaker"]
                r["speaker_key"] = t["speaker"].lower()
            if t["role"]:
                r["role"] = t["role"]
            if t["flags"]:
                r["flags"] = list(t["flags"])
            if doc.date:
                r["date"] = store._to_datetime(doc.date)
                r["day"] = doc.date
            yield r
        return
    head = {
        "type": "doc",
        "key": f"doc:{doc.doc_id}",
        "doc_id": doc.doc_id,
        "data": json.dumps(doc.data),
    }
    spans = []
    if recipe.stored == "blob":
        joined, pos = [], 0
        for t in doc.turns:
            spans.append((pos, pos + len(t["text"])))
            joined.append(t["text"])
            pos += len(t["text"]) + 1
        head["blob"] = zlib.compress("\n".join(joined).encode("utf-8"), 6)
    yield head
    speaker_text = recipe.schema != "lean-nospk"
    for i, t in enumerate(doc.turns):
        r = {"doc_id": doc.doc_id, "attribution": t["attribution"], "text": t["text"]}
        if t["speaker"]:
            if speaker_text:
                r["speaker"] = t["speaker"]
            r["speaker_key"] = t["speaker"].lower()
        if doc.date:
            r["date"] = doc.date
        if recipe.stored == "dict":
            r["n"] = t["n"]
            r["day"] = doc.date
            if t["role"]:
                r["role"] = t["role"]
            if t["flags"]:
                r["flags"] = list(t["flags"])
        else:
            r["r"] = (
                t["n"],
                doc.date,
                t["speaker"],
                t["role"],
                t["flags"] or None,
                spans[i] if spans else t["text"],
            )
        yield r


def blob_turn_text(searcher, fields: dict) -> str:
    """How a "blob" index gives a turn's text back (one doc lookup + one zlib per document)."""
    head = searcher.document(key=f"doc:{fields['doc_id']}")
    start, end = fields["r"][5]
    return zlib.decompress(head["blob"]).decode("utf-8")[start:end]


# --- building ---------------------------------------------------------------------------------


def corpus(size: int) -> Path:
    return WORK / f"corpus-{size}"


def raw_files(size: int) -> list[Path]:
    return sorted((corpus(size) / "meetings").iterdir())


def _writer_kw(recipe: Recipe) -> dict:
    kw: dict = {"limitmb": recipe.limitmb, "compound": False}
    if "codec" in recipe.extra:  # e.g. {"blocklimit": 512, "compression": 9}; kept in the segment
        from whoosh.codec.whoosh3 import W3Codec

        kw["codec"] = W3Codec(**recipe.extra["codec"])
    return kw


def _shard_worker(args) -> tuple:
    """One shard: a SegmentWriter on the shared index folder; returns its finished segment."""
    folder, recipe, size, shard, shards = args
    from whoosh.writing import SegmentWriter

    ix = FileStorage(folder).open_index()
    w = SegmentWriter(ix, _lk=False, **_writer_kw(recipe))
    n = 0
    t0 = time.process_time()
    if recipe.source == "raw":
        from nrc_search.ingest.speakers import SpeakerRegistry

        registry = SpeakerRegistry()
        docs = (parsed_doc(p, registry) for p in raw_files(size)[shard::shards])
    else:
        docs = jsonl_docs(corpus(size) / "turns.jsonl", shard, shards)
    for doc in docs:
        if doc is None:
            continue
        for r in records(doc, recipe):
            w.add_document(**r)
        n += len(doc.turns)
    segment = w._finalize_segment()  # the shared temp folder is the parent writer's to remove
    return segment, n, time.process_time() - t0


def _parse_one(path: Path):
    from nrc_search.ingest import parse_file

    return path, parse_file(path)


def build(recipe: Recipe, size: int, folder: Path) -> dict:
    """Build the index for `recipe` in `folder` (a fresh folder); returns counters."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    schema = recipe.make_schema()
    ix = FileStorage(str(folder)).create_index(schema)
    t0 = time.perf_counter()
    turns = 0
    if recipe.writer == "shard":
        writer = ix.writer()  # holds the lock; its own segment stays empty
        ctx = multiprocessing.get_context("spawn")
        jobs = [(str(folder), recipe, size, k, recipe.procs) for k in range(recipe.procs)]
        with ctx.Pool(recipe.procs) as pool:
            results = pool.map(_shard_worker, jobs, chunksize=1)
        segments = [s for s, _, _ in results]
        turns = sum(n for _, n, _ in results)
        writer._close_segment()
        writer._commit_toc(writer._merge_segments(None, None, False) + segments)
        writer._finish()
        return {"turns": turns, "segments": len(segments), "build_s": time.perf_counter() - t0}

    def new_writer():
        if recipe.writer == "mp":
            return ix.writer(
                procs=recipe.procs, multisegment=True, batchsize=256, **_writer_kw(recipe)
            )
        return ix.writer(**_writer_kw(recipe))

    w = new_writer()
    since_commit = 0
    pool = None
    if recipe.source == "raw":
        from concurrent.futures import ProcessPoolExecutor

        from nrc_search.ingest.speakers import SpeakerRegistry

        registry = SpeakerRegistry()
        pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))
        docs = (
            to_doc(p, d, registry)
            for p, d in pool.map(_parse_one, raw_files(size), chunksize=4)
            if d.turns
        )
    else:
        docs = jsonl_docs(corpus(size) / "turns.jsonl")
    for doc in docs:
        for r in records(doc, recipe):
            w.add_document(**r)
        turns += len(doc.turns)
        since_commit += len(doc.turns)
        if recipe.batch and since_commit >= recipe.batch:
            w.commit(merge=False)
            w, since_commit = new_writer(), 0
    if pool:
        pool.shutdown()
    w.add_document(
        **(
            {"type": "meta", "turn_id": store.META_ID, "data": "{}"}
            if recipe.schema == "base"
            else {"type": "meta", "key": store.META_ID, "data": "{}"}
        )
    )
    w.commit(merge=False) if recipe.batch else w.commit()
    return {"turns": turns, "segments": len(ix._segments()), "build_s": time.perf_counter() - t0}


# --- checking ---------------------------------------------------------------------------------


def queries(recipe: Recipe, speaker: str):
    from whoosh.query import And, DateRange, Phrase, Term, TermRange

    if recipe.schema == "base":
        import datetime as dt

        date = DateRange("date", dt.datetime(2000, 1, 1), dt.datetime(2009, 12, 31))
    else:
        date = TermRange("date", "2000-01-01", "2009-12-31")
    t = Term
    return {
        "rare chernobyl": t("text", "chernobyl"),
        "AND nuclear disarmament": And([t("text", "nuclear"), t("text", "disarmament")]),
        'phrase "international community"': Phrase("text", ["international", "community"]),
        "security 2000-2009": And([t("text", "security"), date]),
        f"peace speaker:{speaker}": And([t("text", "peace"), t("speaker", speaker)])
        if recipe.schema != "lean-nospk"
        else And([t("text", "peace"), t("speaker_key", speaker)]),
    }


def check(recipe: Recipe, folder: Path, speaker: str) -> dict:
    ix = FileStorage(str(folder)).open_index()
    out = {"segments": len(ix._segments())}
    with ix.searcher() as s:
        counts, times = {}, []
        for name, q in queries(recipe, speaker).items():
            counts[name] = sum(1 for _ in q.docs(s))
            runs = []
            for _ in range(5):
                t0 = time.perf_counter()
                r = s.search(q, limit=10)
                _ = [hit.fields() for hit in r]
                runs.append(time.perf_counter() - t0)
            times.append(statistics.median(runs))
        out["counts"] = counts
        out["query_ms"] = round(sum(times) * 1000, 1)
    return out


def stored_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*_stored*"))


def sqlite_size(size: int) -> int:
    db = WORK / f"fts-{size}.db"
    if not db.exists():
        from baselines import build_sqlite

        build_sqlite(corpus(size) / "turns.jsonl", db)
    return db.stat().st_size


# --- driver -----------------------------------------------------------------------------------


def child(name: str, size: int, folder: Path, limitmb: int | None) -> None:
    recipe = BY_NAME[name]
    if limitmb:
        recipe = replace(recipe, limitmb=limitmb)
    print(json.dumps(build(recipe, size, folder)))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("size", type=int, help="which built corpus (benchmarks/work/corpus-N)")
    p.add_argument("--recipes", default=",".join(r.name for r in RECIPES if r.source == "jsonl"))
    p.add_argument("--limitmb", type=int, default=0, help="override every recipe's limitmb")
    p.add_argument("--keep", action="store_true", help="keep the built indexes")
    p.add_argument("--check-analyzer", action="store_true")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--out", help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.child:
        child(a.child, a.size, Path(a.out), a.limitmb)
        return
    if a.check_analyzer:
        check_analyzer(corpus(a.size) / "turns.jsonl", 10_000)
        time_analyzers(corpus(a.size) / "turns.jsonl", 10_000)
        return
    manifest = json.loads((corpus(a.size) / "manifest.json").read_text())
    from scale import busiest_speaker

    speaker = busiest_speaker(manifest).lower()
    fts = sqlite_size(a.size)
    print(
        f"{a.size:,} turns; SQLite FTS5 (porter, content stored): {fts / 2**20:.1f} MiB; "
        f"{os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}"
    )
    head = (
        "| recipe | wall s | CPU s | cores | peak RSS MiB | index MiB | ×SQLite | stored MiB "
        "| segs | 5 queries ms | counts |"
    )
    print(head)
    print("|---" * 11 + "|")
    reference = None
    for name in a.recipes.split(","):
        recipe = BY_NAME[name]
        folder = WORK / f"recipe-{name}"
        cmd = [
            sys.executable,
            str(Path(__file__)),
            str(a.size),
            "--child",
            name,
            "--out",
            str(folder),
        ]
        if a.limitmb:
            cmd += ["--limitmb", str(a.limitmb)]
        r = run(cmd)
        if r.returncode:
            print(f"| {name} | failed (exit {r.returncode}) |", flush=True)
            continue
        info = json.loads(r.stdout.strip().splitlines()[-1])
        assert info["turns"] > 0, info
        got = check(recipe, folder, speaker)
        counts = tuple(got["counts"].values())
        reference = reference or counts
        same = "same" if counts == reference else f"DIFF {counts}"
        size = du(folder)
        print(
            f"| {name} | {r.wall:.1f} | {r.cpu:.1f} | {r.cpu / r.wall:.2f} | "
            f"{r.peak_rss / 2**20:.0f} | {size / 2**20:.1f} | {size / fts:.2f} | "
            f"{stored_bytes(folder) / 2**20:.1f} | {got['segments']} | {got['query_ms']} | "
            f"{same} |",
            flush=True,
        )
        if not a.keep:
            shutil.rmtree(folder, ignore_errors=True)
    if reference:
        print(
            "counts: "
            + ", ".join(
                f"{k} {v:,}" for k, v in zip(queries(Recipe("x"), speaker), reference, strict=True)
            )
        )


if __name__ == "__main__":
    main()
