"""A menu bar on a page's first line ("Home | World | Africa") is dropped once, and the page's
last line is not dropped a second time with it (the bar has no row above it). Made-up page."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from nrc_search.cli import main

PAGE = """Best news in the capital | Best news in the region | News channels in the capital

The defence minister on Thursday expressed his government's support to the leadership of the
federal government during the inauguration ceremony of the regional president.

"We are fully behind the government of the president," the minister said.

Leave a Reply

Your email address will not be published. Required fields are marked *"""


def test_the_last_line_is_dropped_once(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(page), "--dropped", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert sum(line.startswith("Your email address") for line in out["dropped"]) == 1
    assert any("fully behind" in t["text"] for t in out["turns"])
