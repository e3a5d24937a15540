"""The role a news story gives a person in lower case, set off by commas after the name, as
`nrc segment --format json` shows it, on a story made up for the purpose (no publisher's
text): "Tomas Virta, minister of foreign affairs, says" is Tomas Virta, "minister of foreign
affairs", in that paragraph and in the later ones that quote him by surname; a relative
clause after a name ("Lena Holm, who was minister until May, said") is no role."""

from __future__ import annotations

from tests.test_segment_properties import segment


def _who(tmp_path, text: str) -> list[tuple[str | None, str | None]]:
    return [(t["speaker"], t["role"]) for t in segment(tmp_path, text)["turns"]]


STORY = """\
Vastmark urges calm over border dispute

PORT ELLEN, March 3 (Harbour Wire) - Tomas Virta, minister of foreign affairs, says the talks \
with Nordmark must continue "without alarm".

"We will not leave the table," Virta told reporters after the meeting.

Anna Berg, the president of the Institute for Northern Studies, said the dispute was older \
than both governments.

Lena Holm, who was minister until May, said the talks had stalled twice before.
"""


def test_a_lower_case_role_after_the_name_is_the_role_in_every_paragraph(tmp_path) -> None:
    assert _who(tmp_path, STORY) == [
        ("Tomas Virta", "minister of foreign affairs"),
        ("Tomas Virta", "minister of foreign affairs"),
        ("Anna Berg", "president of the Institute for Northern Studies"),
        ("Lena Holm", None),
    ]
