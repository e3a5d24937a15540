"""Which kinds of speaker and role error cost most where the turn boundary is right: every gold
turn that a predicted turn matches (segment_score's matching) and whose speaker (or role) the
scorer calls wrong, put in one class. Prints the classes with counts and the publishers each
recurs in; writes nothing.

    python tools/speaker_errors.py             # dev-fit: classes, counts, publishers, examples
    python tools/speaker_errors.py --check     # dev-check: class totals only, never its rows

Speaker classes (first that fits):
- question: a gold question read as someone's speech, or speech read as a question;
- narration: the outlet's own words (gold `narrative`) given to a person;
- unattributed: no speaker, where the gold names one (split by the gold label: none printed,
  an office only ("PRESIDENT:"), an anonymous label, or a name printed);
- name form: the right person in another form: honorific or role left in, surname only or a
  part missing, family name first, a case ending (Лаврова/Лавров), a spelling or
  transliteration (Latin/Cyrillic, one letter);
- office: an office or role word given as the speaker instead of the person;
- anonymous: a gold anonymous label (Moderator, Official) given as something else;
- wrong person: another name altogether.
Role classes: role missing, role where the gold has none is not counted (the scorer does not),
role differs.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import segment_score as s

from nrc_search.ingest import parse_file
from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.names import fold, is_role_word, latin

_ANON = terms("anonymous_officials")


def pairs(path: Path, gold: dict):
    """(gold turn, predicted turn, aliases) for every gold turn a predicted turn matches."""
    doc = parse_file(path)
    raw = path.read_text(encoding="utf-8", errors="replace")
    texts = [s.norm(x.text) for x in doc.turns]
    starts = s._offsets(raw, doc)
    aliases: dict[str, set[str]] = {}
    for g in gold.get("turns", []):
        aliases.setdefault(g["speaker"], set()).update(map(s.name_key, g.get("aliases", [])))
    used: set[int] = set()
    for g in gold.get("turns", []):
        sw, cs = s.norm(g["starts_with"]), g.get("char_start")
        hit = s.match_turn(texts, starts, used, sw, cs)
        if hit is not None:
            used.add(hit)
            yield g, doc.turns[hit], aliases


def _tokens(key: str) -> list[str]:
    return [latin(fold(w)) for w in re.findall(r"\w+", key)]


def _case_form(a: str, b: str) -> bool:
    """Two case forms of one word (after romanising): one the other plus an ending of up to
    three letters, or both one stem ("lavrova"/"lavrov", "sergeya"/"sergei", "putina"/"putin")."""
    if a == b:
        return True
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return k >= 4 and len(a) - k <= 3 and len(b) - k <= 3


def _office_only(text: str | None) -> bool:
    ws = re.findall(r"[\w\-]+", text or "")
    return bool(ws) and all(is_role_word(w) or w.casefold() in ("of", "the", "de") for w in ws)


def name_form(want: str, got: str) -> str | None:
    """The class of a wrong form of the right name, or None when the names differ."""
    w, g = _tokens(want), _tokens(got)
    if not w or not g:
        return None
    if set(w) < set(g):
        return "name form: honorific or role left in"
    if set(g) < set(w):
        return "name form: surname only / part missing"
    if sorted(w) == sorted(g):
        return "name form: family name first"
    if len(w) == len(g) and all(any(_case_form(x, y) for y in g) for x in w):
        return "name form: case ending"
    if SequenceMatcher(None, " ".join(w), " ".join(g)).ratio() >= 0.75 or (
        w[-1] == g[-1] or w[0] == g[0]
    ):
        return "name form: spelling / transliteration / one part"
    return None


def speaker_class(g: dict, t, aliases) -> str:
    if g["speaker"] == "Question":
        return "question: read as speech" + (" (no speaker)" if not t.speaker else "")
    if s.asks(t):
        return "question: speech read as a question"
    got = s.name_key(t.speaker) if t.speaker else ""
    if g.get("kind") == "narrative":
        return "narration: given a person"
    if not got or got == "unknown":
        label = g.get("label")
        if s.norm(g["speaker"]) in _ANON or s.norm(label).rstrip(":") in _ANON:
            return "unattributed: anonymous label"
        if g.get("kind") in ("quote", "reported"):
            return "unattributed: news quote/report"
        if not label:
            return "unattributed: no label printed"
        if _office_only(label.rstrip(":")):
            return "unattributed: office-only label"
        return "unattributed: name printed"
    if s.norm(g["speaker"]) in _ANON:
        return "anonymous: given another speaker"
    if _office_only(t.speaker):
        return "office: role word as the speaker"
    want = [g["speaker"], *g.get("aliases", [])]
    for w in want:
        c = name_form(s.name_key(w), got)
        if c:
            return c
    return "wrong person" + (" (news)" if g.get("kind") in ("quote", "reported") else "")


def role_class(g: dict, t, speaker_right: bool) -> str | None:
    if not g.get("role") or g["speaker"] == "Question":
        return None
    want, got = s._role_key(g["role"]), s._role_key(t.role)
    if got and (want in got or got in want):
        return None
    where = " (no label" if not g.get("label") else " (label"
    where += ", speaker right)" if speaker_right else ", speaker wrong)"
    return ("role: missing" if not got else "role: differs") + where


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="dev-check class totals only")
    ap.add_argument("--examples", type=int, default=3, help="examples a class (dev-fit only)")
    args = ap.parse_args(argv)
    part = "check" if args.check else "fit"
    dev = s.realdocs_cases(s.REALDOCS) + s.corpus_cases(s.REALCORPUS, "dev")
    cases = [c for c in dev if s.fold(c[0]) == part]
    counts: Counter[str] = Counter()
    pubs: dict[str, set[str]] = defaultdict(set)
    examples: dict[str, list[str]] = defaultdict(list)
    matched = right_n = roles = roles_ok = 0
    for pub, path, gold in cases:
        try:
            found = list(pairs(path, gold))
        except Exception as e:  # a crash is scored by segment_score
            print(f"error {path.name}: {e}", file=sys.stderr)
            continue
        for g, t, aliases in found:
            matched += 1
            classes = []
            right = s.speaker_ok(t, g, aliases)
            right_n += right
            if g.get("role") and g["speaker"] != "Question":
                roles += 1
            if not right:
                classes.append(speaker_class(g, t, aliases))
            rc = role_class(g, t, right)
            roles_ok += bool(g.get("role") and g["speaker"] != "Question" and not rc)
            if rc:
                classes.append(rc)
            for c in classes:
                counts[c] += 1
                pubs[c].add(pub)
                if len(examples[c]) < args.examples:
                    examples[c].append(
                        f"{path.name[:34]}: gold {g['speaker']!r}/{g.get('role')!r} "
                        f"label {g.get('label')!r} -> {t.speaker!r}/{t.role!r}"
                    )
    print(f"dev-{part}: {len(cases)} documents, {matched} matched turns")
    print(f"speaker right {right_n}/{matched}, role right {roles_ok}/{roles}")
    print(f"{'class':48} {'count':>6} {'pubs':>5}")
    for c, n in counts.most_common():
        print(f"{c:48} {n:6} {len(pubs[c]):5}")
        if not args.check:
            for e in examples[c]:
                print(f"    {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
