"""An answer's question: the turn a journalist asked just before an official's answer.

Used by `nrc search --with-question`. Reads turns through `store.Turns`; returns plain values.
"""

from __future__ import annotations

from nrc_search.model import ContextTurn

LOOK_BACK = 4  # turns: an answer continued over a few turns still finds its question


def question_for(turns, fields: dict) -> ContextTurn | None:
    """The question turn `fields` answers, or None (a question itself has none).

    Walks back over the answerer's own earlier turns to the nearest turn flagged "question" by
    someone else; any other speaker in between (a moderator, another official) ends the search.
    """
    if "question" in (fields.get("flags") or ()):
        return None
    numbers = turns.numbers(fields["doc_id"])
    speaker = fields.get("speaker")
    for k in range(fields["n"] - 1, max(0, fields["n"] - 1 - LOOK_BACK), -1):
        if k not in numbers:
            continue
        prev = turns.turn(numbers[k])
        if prev is None:
            continue
        if "question" in (prev.get("flags") or ()):
            if prev.get("speaker") and prev.get("speaker") == speaker:
                return None
            return ContextTurn(
                prev["turn_id"], prev["n"], prev.get("speaker"), prev.get("role"), prev["text"]
            )
        if prev.get("speaker") != speaker:
            return None
    return None
