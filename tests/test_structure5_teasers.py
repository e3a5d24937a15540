"""Other stories at the top of a news page, as `nrc segment FILE --format json` shows them:
a run of teasers, each under its date and time, is dropped with its reason and is never a
turn, the page's own date-and-time line under them dates the page and its headline is the
title. Made up in the shape of a failure class real pages showed."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment, turn_texts

TEASERS = """Harbour Wire | Wednesday, 9 March 2022 | Login

Monday, 7 March 2022 | 21:28
Port Strike Ends After Two Days The dockers' union and the port agreed on a new wage deal,
which the members approved on Monday.
Monday, 7 March 2022 | 20:05
Ferry Timetable Changes From April The ferry company announced two new crossings
a day between the islands.
Trade Minister
Trade Minister Ana Novak in Varna. HARBOUR WIRE/Petra Ilieva
Thursday, 3 March 2022 | 10:15
Trade Minister

HARBOUR WIRE, Varna - Trade Minister Ana Novak said on Thursday that the new freight accord would open two new lines to the Black Sea ports this spring.

"We expect the first ships in May," Novak told reporters at the port.
"""


def test_teasers_under_their_date_and_time_are_dropped_and_never_turns(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, TEASERS)
    texts = turn_texts(doc)
    assert texts[0].startswith("HARBOUR WIRE, Varna - Trade Minister Ana Novak said")
    assert not any("Port Strike" in t or "Ferry Timetable" in t for t in texts)
    assert "Monday, 7 March 2022 | 21:28" in [line.strip() for line in doc["dropped"]]


def test_the_pages_own_stamp_under_the_teasers_dates_it_and_its_headline_is_the_title(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, TEASERS)
    assert doc["date"] == "2022-03-03"
    assert doc["title"] == "Trade Minister"


ONE_STAMP = """Monday, 7 March 2022 | 21:28
Dockers and the port agree on a new wage deal

VARNA - The dockers' union and the port agreed on a new wage deal on Monday, officials said.

"We are glad it is over," the union leader said.
"""


def test_one_stamp_over_a_headline_dates_the_page_and_drops_no_teaser(tmp_path: Path) -> None:
    doc = segment(tmp_path, ONE_STAMP)
    assert doc["title"] == "Dockers and the port agree on a new wage deal"
    assert doc["date"] == "2022-03-07"
    assert turn_texts(doc)[0].startswith("VARNA - The dockers' union")
    assert not any("other stories" in r["reason"] for r in doc["dropped_reasons"])


REPOST = """VARNA, Varna (HW) – The trade minister said on Thursday that the new freight accord would open two new lines to the Black Sea ports this spring.

"We expect the first ships in May," Ana Novak told reporters at the port on Thursday morning.

via Minister: first ships under the freight accord in May – HARBOURWIRE.com.

Leave a Reply
"""


def test_a_reposts_via_link_names_the_title_when_the_page_has_no_heading(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, REPOST)
    assert doc["title"] == "Minister: first ships under the freight accord in May"
    assert not any(t.startswith("via ") for t in turn_texts(doc))
