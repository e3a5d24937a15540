"""The role a story's heading gives a surname is kept with the person the story then names in
full, as `nrc segment --format json` shows it, on a story made up for the purpose (no
publisher's text): "Vastmark Prime Minister Virta meets ..." over "Tomas Virta and Anna Berg
met ..." gives every paragraph of Tomas Virta's the role "Prime Minister"."""

from __future__ import annotations

from tests.test_segment_properties import segment

STORY = """\
Vastmark Prime Minister Virta meets his counterpart Berg

PORT ELLEN, March 3 (Harbour Wire) - Tomas Virta and Anna Berg met on Sunday to discuss the \
border.

Virta said the visit showed the warm relationship between the two countries.

"We value the partnership," Virta said.
"""


def test_the_headings_role_for_a_surname_stays_with_the_full_name(tmp_path) -> None:
    turns = segment(tmp_path, STORY)["turns"]
    assert [(t["speaker"], t["role"]) for t in turns[1:]] == [
        ("Tomas Virta", "Prime Minister"),
        ("Tomas Virta", "Prime Minister"),
    ]
