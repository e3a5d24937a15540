"""Interviews printed with no speaker labels, their voices told apart by the page's layout.

Many papers and ministry sites (Russian, Ukrainian, Mongolian, Polish, Lithuanian, Spanish
and Portuguese ones among them) print an interview as a dialogue: each change of voice
opens a paragraph with a dialogue dash ("— ", "– ", "-"), the interviewer's paragraphs ask
("...?") and the interviewee's answer; nobody's name is printed before either. Others print
the bare questions as paragraphs of their own, the answers below them. This module finds
which paragraphs are the interviewer's; `segment.py` makes the turns. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nrc_search.ingest.lexicon import phrase_re
from nrc_search.model import Turn

# A dialogue dash opening a paragraph: a change of voice ("— Спасибо.", "–Tak.", "- Yes.").
_DASH = re.compile(r"^[-–—―‒]\s*(?=[^\W\d_]|[«\"“„(¿¡])")
# A dash quote in a story, its speaker after a second dash ("– Tai svarbu, – sakė ministras.",
# "— Это важно, — сказал он."): a small letter after a dash that follows a clause's end.
_REPORTING_DASH = re.compile(r"[,.!?…]\s*[-–—]\s+[^\W\d_]")
# What may follow a question's mark at the end of its paragraph: closing quotes, a bracket.
_CLOSERS = "»”\"’') ]"


def dash_opens(par: str) -> bool:
    """Whether the paragraph opens with a dialogue dash (a change of voice in a dialogue)."""
    return _DASH.match(par) is not None


def dash_split(pars: list[list[str]]) -> list[list[str]]:
    """Paragraphs (lists of lines) cut again above each line that opens with a dialogue dash:
    a page printing one line a paragraph runs a lead ending in ":" into the first reply."""
    out: list[list[str]] = []
    for par in pars:
        out.append([par[0]])
        for line in par[1:]:
            if dash_opens(line):
                out.append([line])
            else:
                out[-1].append(line)
    return out


def asks(par: str) -> bool:
    """Whether the paragraph reads as a question: it ends in "?" ("？", "؟"), or opens with
    "¿" and holds its "?" (a Spanish question, the asker's comment after it)."""
    text = par.rstrip(_CLOSERS)
    if text.endswith(("?", "？", "؟")):
        return True
    body = _DASH.sub("", par, count=1).lstrip()
    return body.startswith("¿") and "?" in body[:400]


def says_interview(text: str) -> bool:
    """Whether a heading or an intro calls the page an interview, in any language the lexicon
    knows ("интервью", "entrevista", "wywiad", "rozmowa z", "haastattelu")."""
    return phrase_re("interview_words").search(text) is not None


def dash_voices(pars: list[str], interview: bool) -> tuple[int, list[list[int]]] | None:
    """(index of the first dash paragraph, the turns as lists of paragraph indices) of a
    dialogue printed with dashes, the interviewer's turns the even ones; None where the page
    is no such dialogue. Each dash paragraph opens a turn, an undashed one goes on the turn
    above it. It holds where four dash paragraphs or more (two, on a page that calls itself an
    interview and opens its dialogue with a question) make most of the text from the first
    one (among the first eight paragraphs), the turns that ask all fall at the same places
    (every other turn) and, unless the page calls itself an interview, half those places ask.
    A story quoting people with dashes ("– Tai svarbu, – sakė ministras.") names a speaker
    after a second dash and asks at no such rhythm."""
    dashed = [k for k, p in enumerate(pars) if dash_opens(p)]
    least = 2 if interview and dashed and asks(pars[dashed[0]]) else 4
    if len(dashed) < least or dashed[0] > 7 or 2 * len(dashed) < len(pars) - dashed[0]:
        return None
    turns: list[list[int]] = []
    for k in range(dashed[0], len(pars)):
        if k in dashed or not turns:
            turns.append([k])
        else:
            turns[-1].append(k)
    said = [k for k in dashed if (m := _REPORTING_DASH.search(pars[k])) and m.group()[-1].islower()]
    if 4 * len(said) > len(dashed):
        return None  # a story quoting people with dashes, each quote attributed
    asking = [t for t, ks in enumerate(turns) if asks(pars[ks[0]]) or asks(pars[ks[-1]])]
    odd = sum(t % 2 for t in asking)  # (an answer may end on a question of its own)
    even = len(asking) - odd
    if even < 1 or 4 * odd > even:
        return None
    if not interview and 2 * even < len(turns[::2]):
        return None
    return dashed[0], turns


_QUESTION_CHARS = 400  # a question longer than this is a speech that ends on one


def bare_questions(turns: list[Turn]) -> list[Turn]:
    """The turns of a labelled transcript with the interviewer's unlabelled questions split
    off: where a page labels only the interviewee ("LUIZ ALBERTO FIGUEIREDO - ..."), each
    question is a bare paragraph that runs on the answer above it. A turn's last paragraph
    that asks, under which the same person speaks again (or the interviewee's first labelled
    answer follows the editor's lead), is somebody else's: the question between."""
    out: list[Turn] = []
    for k, turn in enumerate(turns):
        nxt = turns[k + 1] if k + 1 < len(turns) else None
        head, _, last = turn.text.rpartition("\n\n")
        if head and nxt is not None and _asked_between(turn, last, nxt):
            out.append(replace(turn, text=head))
            out.append(Turn(0, None, None, "verbatim", last, flags=("question",)))
        else:
            out.append(turn)
    return [replace(t, n=k + 1) for k, t in enumerate(out)]


def _asked_between(turn: Turn, last: str, nxt: Turn) -> bool:
    """Whether `last`, the closing paragraph of `turn`, is a question put to the speaker of
    `nxt`: it asks, is short, and `nxt` is that speaker's labelled reply, its speaker the one
    of `turn` (a change of voice no label marks) or `turn` the editor's narration."""
    if not asks(last) or len(last) > _QUESTION_CHARS or "question" in turn.flags:
        return False
    if nxt.speaker is None or not nxt.label or "question" in nxt.flags:
        return False
    same = turn.speaker == nxt.speaker and turn.label is not None
    return same or (turn.attribution == "narration" and turn.speaker is None)
