"""Snapshot of what the segmenter makes of every input we have, to prove a change (a speed-up)
moves no output: `nrc segment --format json --dropped` (with the reasons) and `--explain
--format json` per file, as one JSON file per input under a folder.

    python tools/segment_snapshot.py save /tmp/snap-before     # from the unchanged code
    python tools/segment_snapshot.py compare /tmp/snap-before  # after a change: byte-identical?

Inputs: tests/fixtures/* (not the *.expected.json gold), seeds/*, /work/shared/realdocs/docs/*,
the development documents of benchmarks/realcorpus (split "dev" only: the blind documents are
never read) and the synthetic texts of benchmarks/parse_speed.py. `compare` prints each input
whose output differs and exits 1 if any does.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from nrc_search import export  # noqa: E402
from nrc_search.errors import NrcError  # noqa: E402
from nrc_search.ingest import parse_file, parse_text, read_stages  # noqa: E402
from nrc_search.ingest.explain import dropped, dropped_file, explain, explain_file  # noqa: E402


def _files() -> list[Path]:
    """The inputs, those of the repository relative to it (so two checkouts compare)."""
    from segment_score import REALCORPUS, corpus_cases

    fixtures = [
        p
        for p in sorted(Path("tests/fixtures").iterdir())
        if p.is_file() and not p.name.endswith(".expected.json")
    ]
    seeds = sorted(p for p in Path("seeds").iterdir() if p.is_file())
    real = sorted(Path("/work/shared/realdocs/docs").glob("*"))
    dev = sorted(path.relative_to(ROOT) for _, path, _ in corpus_cases(REALCORPUS, "dev"))
    return fixtures + seeds + real + dev


def _file_output(path: Path) -> str:
    try:
        doc = parse_file(path)
    except NrcError as e:
        return f"error: {type(e).__name__}: {e}\n"
    try:  # the text readers' block view; PDF, docx, captions and datasets have none
        why, rows = dropped_file(path), explain_file(path)
    except NrcError as e:
        return export.document_json(doc, dropped=True) + f"no block view: {e}\n"
    out = export.document_json(doc, dropped=True, reasons=why)
    return out + export.explain_json(str(path), rows)


def _text_output(name: str, text: str) -> str:
    st = read_stages(text, name)
    doc = parse_text(text, name)
    out = export.document_json(doc, dropped=True, reasons=dropped(st))
    return out + export.explain_json(name, explain(st))


def outputs() -> dict[str, str]:
    """{input key: its output text}, every input once."""
    import parse_speed

    out = {}
    for path in _files():
        out[str(path)] = _file_output(path)
    for make in (parse_speed._record, parse_speed._news):
        for name, text in make():
            out[f"synthetic:{name}"] = _text_output(name, text)
    return out


def _key_file(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:16] + ".json"


def save(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    index = []
    for key, text in outputs().items():
        (folder / _key_file(key)).write_text(text, encoding="utf-8")
        index.append(key)
    (folder / "INDEX").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"saved {len(index)} outputs to {folder}")
    return 0


def compare(folder: Path) -> int:
    keys = (folder / "INDEX").read_text(encoding="utf-8").split("\n")[:-1]
    now = outputs()
    bad = [k for k in keys if k not in now]
    bad += [k for k in now if k not in keys]
    bad += [
        k
        for k in keys
        if k in now and (folder / _key_file(k)).read_text(encoding="utf-8") != now[k]
    ]
    for k in bad:
        print(f"DIFFERS: {k}")
    print(f"{len(now) - len(bad)} of {len(now)} outputs identical, {len(bad)} differ")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "compare"):
        print(__doc__)
        return 2
    folder = Path(argv[1]).resolve()
    os.chdir(ROOT)  # inputs named relative to the checkout: a snapshot of another compares
    return (save if argv[0] == "save" else compare)(folder)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
