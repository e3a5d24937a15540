"""A person named after "According to" is a person, with the role set off after the name, as
`nrc segment --format json` shows it, on a story made up for the purpose (no publisher's
text): "According to Tomas Virta, the official spokesperson of the ministry, the visit ..."
credits Tomas Virta, "official spokesperson of the ministry"."""

from __future__ import annotations

from tests.test_segment_properties import segment

STORY = """\
Vastmark minister to visit Nordmark

PORT ELLEN, March 3 (Harbour Wire) - The new foreign minister of Vastmark is going to Nordmark \
on his first visit abroad.

According to Tomas Virta, the official spokesperson of the ministry, the visit will be at the \
invitation of the hosts.
"""


def test_a_person_after_according_to_is_credited_with_the_role(tmp_path) -> None:
    turns = segment(tmp_path, STORY)["turns"]
    assert (turns[-1]["speaker"], turns[-1]["role"]) == (
        "Tomas Virta",
        "official spokesperson of the ministry",
    )
