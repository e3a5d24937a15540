"""Real documents: nothing is lost (every line of a file is in a turn, in the title or
metadata, or dropped with its reason), and `nrc segment FILE --explain` says why.

The real documents are /work/shared/realdocs and the development split of
benchmarks/realcorpus (a gold file whose "split" is "dev"); the blind split is never read.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.ingest import read_path, read_stages
from nrc_search.ingest.units import line_label, unglued

ROOT = Path(__file__).resolve().parent.parent
REALDOCS = Path("/work/shared/realdocs/docs")
CORPUS = ROOT / "benchmarks" / "realcorpus"


def _dev_docs() -> list[Path]:
    out = sorted(REALDOCS.glob("*.txt")) if REALDOCS.is_dir() else []
    dev = re.compile(r'"split"\s*:\s*"dev"')
    for gold in sorted((CORPUS / "gold").glob("*.json")) if (CORPUS / "gold").is_dir() else []:
        raw = gold.read_text(encoding="utf-8")
        if dev.search(raw):  # the blind split is never parsed, let alone run
            out.append(CORPUS / "docs" / json.loads(raw)["file"])
    return out


DOCS = _dev_docs()
_WS = re.compile(r"\s+")


def _flat(text: str) -> str:
    return _WS.sub("", re.sub(r"(?<=[a-z]{2})-[ \t]*\n[ \t]*(?=[a-z])", "", text))


@pytest.mark.skipif(not DOCS, reason="no real documents on this machine")
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:40])
def test_every_line_is_in_a_turn_the_metadata_or_dropped_with_a_reason(path: Path) -> None:
    text, html = read_path(path)
    st = read_stages(text, str(path), html=html)
    doc = st.doc
    labels = [t.label for t in doc.turns if t.label]
    got = Counter(_flat("".join([*doc.dropped, *(t.text for t in doc.turns), *labels])))
    want = Counter(_flat(st.text))
    assert not got - want  # nothing invented or duplicated
    # a label's separator (':', '：', or the full stop or dash some records print) is not text
    separators = sum((Counter(c * len(labels)) for c in ":：.-–—"), Counter())
    assert want - got <= separators
    spoken = _flat("".join(t.text for t in doc.turns))
    meta = {s.strip() for s in (*st.header.lines, *st.header.captions, *st.segmented.dropped)}
    metaflat = _flat("\n".join(meta))  # a line may be part of a dropped paragraph
    labelflat = _flat("\n".join(labels))  # a label wrapped over lines holds each of them
    for line in (s.strip() for s in st.text.split("\n")):
        if not line or line in meta or _flat(line) in spoken or line in labels:
            continue  # (a label alone on its line is its turn's label)
        if len(line) > 8 and _flat(line) in labelflat:
            continue  # "THE MINISTER OF STATE OF ..." / "" / "(SHRI X) ..., said:"
        ends = [lab[-30:] for lab in labels if len(lab) > 60 and lab[-30:] in line]
        if ends and _flat(line[line.find(ends[0]) + 30 :].lstrip(" :：")) in spoken:
            continue  # the wrapped label's last line, the speech after it
        if line in st.cleaned.why:
            assert st.cleaned.why[line], line  # dropped, with its reason
            continue
        pieces = [p for p in unglued([line]) if p.strip()]  # a heading glued to a label
        if len(pieces) == 1 and line_label(line) is None:  # labels run on inside the line,
            whole = unglued(st.text.split("\n"))  # which only the whole document shows
            pieces = [p for p in whole if p.strip() and p.strip() in line] or pieces
        for piece in pieces:
            lab = line_label(piece)
            head = piece[lab.rest :] if lab else piece
            assert _flat(head) in spoken or _flat(head) in metaflat, f"lost: {line[:60]!r}"


_PAGE = (
    "NATO MULTIMEDIA ACCOUNT\n\nCreate an account\n\nSubscribe to our newsletter\n\n"
    "Press conference by the Secretary General\n\n14 June 2007\n\n"
    "MR. SCHEFFER: Good afternoon. We had a good meeting today.\n\n"
    "We agreed on the next steps.\n\nQUESTION: Will you meet again?\n\n"
    "MR. SCHEFFER: Yes, in December.\n"
)


def test_explain_gives_each_block_a_role_and_each_drop_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(_PAGE, encoding="utf-8")
    out = CliRunner().invoke(main, ["segment", str(path), "--explain", "--format", "json"])
    assert out.exit_code == 0, out.output
    blocks = json.loads(out.output)["blocks"]
    roles = {b["text"].split("\n")[0][:24]: b for b in blocks}
    roles["Subscribe to our newsletter"] = roles["Subscribe to our newslet"]
    assert roles["Create an account"]["role"] == "dropped"
    assert "furniture" in roles["Create an account"]["why"]
    assert "ui=" in roles["Subscribe to our newsletter"]["why"]
    assert roles["Press conference by the "]["role"] == "title"
    assert roles["14 June 2007"]["role"] == "dateline"
    first = roles["MR. SCHEFFER: Good after"]
    assert first["role"] == "label+speech" and first["turn"] == 1
    assert roles["We agreed on the next st"]["role"] == "continuation"
    assert roles["QUESTION: Will you meet "]["role"] == "label+speech"
    assert {b["role"] for b in blocks} <= {
        "dropped", "furniture", "title", "dateline", "byline", "caption", "label+speech",
        "continuation", "narration", "stage", "procedural",
    }  # fmt: skip


def test_explain_table_names_roles(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(_PAGE, encoding="utf-8")
    out = CliRunner().invoke(main, ["segment", str(path), "--explain"])
    assert out.exit_code == 0
    assert "label+speech" in out.output and "dropped" in out.output


def test_dropped_lines_come_with_their_reasons(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(_PAGE, encoding="utf-8")
    out = CliRunner().invoke(main, ["segment", str(path), "--dropped", "--format", "json"])
    assert out.exit_code == 0, out.output
    d = json.loads(out.output)
    reasons = {r["line"]: r["reason"] for r in d["dropped_reasons"]}
    assert [r["line"] for r in d["dropped_reasons"]] == d["dropped"]
    assert reasons["Create an account"].startswith("furniture")
    assert reasons["Press conference by the Secretary General"] == "title"
    assert all(reasons.values())
