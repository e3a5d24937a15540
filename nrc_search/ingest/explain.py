"""Why a file was read the way it was: per block of the page, the role it got (one of
`blocks.ROLES`, or "dropped"), the features that decided it, and each dropped line with its
reason. `nrc segment FILE --explain` prints this. Stdlib only.

    from nrc_search.ingest.explain import explain_file
    for row in explain_file(Path("page.txt")): print(row.role, row.why, row.text[:40])
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nrc_search.ingest import Stages, dates, read_path, read_stages
from nrc_search.ingest import blocks as model
from nrc_search.ingest.labels import match_label
from nrc_search.ingest.learned_titles import Choice
from nrc_search.ingest.paragraphs import STAGE_NOTE, topic_heading
from nrc_search.ingest.segment import editor_intro
from nrc_search.model import Turn


@dataclass(frozen=True)
class Row:
    """One block of the page as the parser saw it."""

    first: int  # 1-based first line
    last: int  # 1-based last line
    role: str  # a role of blocks.ROLES, or "dropped"
    why: str  # the features or rule that decided the role
    turn: int | None  # the turn the block went into
    speaker: str | None
    text: str  # the block's text (lines joined with "\n")
    dropped: tuple[tuple[str, str], ...] = ()  # (line, reason) for lines dropped inside it

    def to_dict(self) -> dict:
        return {
            "lines": [self.first, self.last],
            "role": self.role,
            "why": self.why,
            "turn": self.turn,
            "speaker": self.speaker,
            "text": self.text,
            "dropped": [{"line": line, "reason": r} for line, r in self.dropped],
        }


def dropped_file(path: Path) -> list[tuple[str, str]]:
    """(line, reason) for every line the parse of `path` kept out of its turns."""
    text, html = read_path(path)
    return dropped(read_stages(text, str(path), html=html))


def dropped(st: Stages) -> list[tuple[str, str]]:
    header, captions = set(st.header.lines), set(st.header.captions)
    over = max((k for k, line in enumerate(st.doc.dropped) if editor_intro(line)), default=-1)
    out = []
    for k, line in enumerate(st.doc.dropped):
        if line in st.cleaned.why:
            out.append((line, st.cleaned.why[line]))
        elif line == st.doc.title or (st.doc.title and line in st.doc.title):
            out.append((line, "title"))
        elif line in st.header.decks:
            out.append((line, 'the headline\'s deck and the time bar under it ("43 minutes ago")'))
        elif line in header:
            out.append((line, "header metadata (date line, site name, page type, field)"))
        elif line in captions:
            out.append((line, "caption in the header"))
        elif model.intro(line):
            out.append((line, 'editor\'s introduction to the recording ("X discusses ...")'))
        elif model.editorial(line):
            out.append(
                (line, 'editor\'s note about the text ("The following is a transcript ...")')
            )
        elif topic_heading(line):
            out.append((line, 'topic heading ("(1) ...", "**Ukraine")'))
        elif k <= over:
            out.append(
                (
                    line,
                    "editor's introduction above the transcript (\"Here's the full transcript:\")",
                )
            )
        else:
            out.append((line, "caption, date line or time stamp in the body"))
    return out


def explain_file(path: Path) -> list[Row]:
    text, html = read_path(path)
    return explain(read_stages(text, str(path), html=html))


def explain(st: Stages) -> list[Row]:
    lines = st.text.split("\n")
    blocks = model.text_blocks(lines)
    scored, _ = model.scores(blocks)
    header = {s.strip() for s in st.header.lines}
    captions = {s.strip() for s in (*st.header.captions, *st.segmented.dropped)}
    out = []
    finder = _TurnFinder(st.doc.turns)
    for b, (score, feats) in zip(blocks, scored, strict=True):
        rows = [s.strip() for s in lines[b.start : b.end]]
        gone = tuple((s, st.cleaned.why.get(s, "boilerplate")) for s in rows if s in st.cleaned.why)
        feature = f"furniture score {score:+.1f} ({' '.join(feats)})"
        kept = [s for s in rows if s not in st.cleaned.why]
        if not kept:
            out.append(Row(b.start + 1, b.end, "dropped", gone[0][1], None, None, b.text, gone))
            continue
        role, why, turn = _role(kept, header, captions, st, finder)
        if st.retitled is not None:
            role, why = _retitled(st.retitled, kept, role, why, turn)
        out.append(
            Row(
                b.start + 1,
                b.end,
                role,
                f"{why}; {feature}",
                turn.n if turn else None,
                turn.speaker if turn else None,
                b.text,
                gone,
            )
        )
    return out


def _role(kept: list[str], header: set[str], captions: set[str], st: Stages, finder):
    """(role, why, turn) for the kept lines of one block."""
    text = " ".join(kept)
    if all(s in header for s in kept):
        if st.header.title and kept[0] in st.header.title:
            return "title", "the headline of the header blocks", None
        if dates.full_date(text) or dates.partial_date(text):
            return "dateline", "a date line in the header", None
        if text.startswith("By "):
            return "byline", "a reporters' byline", None
        return "furniture", "header metadata (site name, page type, field)", None
    if all(s in captions for s in kept):
        if dates.full_date(text):
            return "dateline", "a date line above the speech", None
        if model.editorial(text):
            return "procedural", "an editor's or source note about the text", None
        return "caption", "a photo caption, event line or credit", None
    lab = match_label(kept[0])
    content = [kept[0][lab.rest :].strip(), *kept[1:]] if lab else kept
    turn = finder.find([s for s in content if s] or kept)
    if STAGE_NOTE.match(text):
        return "stage", "a bracketed stage note", turn
    if turn and lab and turn.label and kept[0].startswith(turn.label):
        return "label+speech", f"label {lab.label!r} ({lab.kind}) by the label grammar", turn
    if turn is None:
        return "procedural", "in no turn (procedural or metadata)", None
    if turn.attribution == "narration":
        return "narration", "the site's or outlet's own words (no speaker)", turn
    if turn.label is None and finder.opens(turn, kept):
        return "label+speech", f"an unlabelled turn: {turn.attribution}", turn
    return "continuation", f"continues turn {turn.n}", turn


def _retitled(choice: Choice, kept: list[str], role: str, why: str, turn) -> tuple[str, str]:
    """(role, why) where the learned title chooser overruled the rules' title: its title's
    block is the title (a block that holds it with other lines says so), the rules' title's
    block is header metadata."""
    held = [s for s in kept if s in choice.title]
    if held and len(held) == len(kept) and turn is None:
        return "title", choice.why()
    if held:
        return role, f"{why}; holds the title {held[0][:60]!r}: {choice.why()}"
    if role == "title":
        return "furniture", "header metadata: the rules' title, overruled by the learned chooser"
    return role, why


class _TurnFinder:
    """The turn each block's words went into, searching forward through the turns."""

    def __init__(self, turns: tuple[Turn, ...]) -> None:
        self.turns = turns
        self.flat = [" ".join(t.text.split()) for t in turns]
        self.pos = 0

    def find(self, kept: list[str]) -> Turn | None:
        probe = " ".join(" ".join(kept).split())[-60:]
        for k in range(self.pos, len(self.turns)):
            if probe and probe in self.flat[k]:
                self.pos = k
                return self.turns[k]
        for k, flat in enumerate(self.flat):  # a block printed above its turn's label
            if probe and probe in flat:
                return self.turns[k]
        return None

    def opens(self, turn: Turn, kept: list[str]) -> bool:
        return self.flat[turn.n - 1].startswith(" ".join(" ".join(kept).split())[:40])
