"""An answer's question: the turn a journalist asked just before an official's answer.

Used by `nrc search --with-question`. Reads turns through `store.Turns`; returns plain values.
"""

from __future__ import annotations

from nrc_search.model import ContextTurn

LOOK_BACK = 4  # turns: an answer continued over a few turns still finds its question


def question_for(turns, fields: dict) -> ContextTurn | None:
    """The question turn `fields` answers, or None (a question itself has none).

    The nearest turn flagged "question" among the LOOK_BACK turns before it: an answer given in
    several turns, or by two officials in a row ("Q: ...", "Marles: ...", "Albanese: ..."),
    still finds the question they answer.
    """
    if "question" in (fields.get("flags") or ()):
        return None
    numbers = turns.numbers(fields["doc_id"])
    for k in range(fields["n"] - 1, max(0, fields["n"] - 1 - LOOK_BACK), -1):
        prev = turns.turn(numbers[k]) if k in numbers else None
        if prev is not None and "question" in (prev.get("flags") or ()):
            return ContextTurn(
                prev["turn_id"], prev["n"], prev.get("speaker"), prev.get("role"), prev["text"]
            )
    return None
