"""The role a story prints before a name as a body's acronym, a lower-case office and a rank,
as `nrc segment --format json` shows it, on a story made up for the purpose (no publisher's
text): "VCG spokesperson Commodore Lena Sørby said" is Lena Sørby, "VCG spokesperson" (the
body's office, not "spokesperson Commodore"), in the later paragraph that quotes her too."""

from __future__ import annotations

from tests.test_segment_properties import segment

STORY = """\
Coast guard reports second incident near the shoal

PORT ELLEN, March 3 (Harbour Wire) - VCG spokesperson Commodore Lena Sørby said two patrol \
boats were shadowed near the shoal on Sunday.

"We will keep our vigilance," Sørby said in a post on the agency's page.
"""


def test_an_acronyms_office_before_a_rank_and_name_is_the_role(tmp_path) -> None:
    turns = segment(tmp_path, STORY)["turns"]
    assert [(t["speaker"], t["role"]) for t in turns] == [
        ("Lena Sørby", "VCG spokesperson"),
        ("Lena Sørby", "VCG spokesperson"),
    ]
