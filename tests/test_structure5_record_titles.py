"""A record's furniture above its heading, as `nrc segment FILE --format json` shows it: a
classification marking, a document symbol, a page counter and the body's name over the
meeting's dates are never the title; the record's own heading is. Each page is made up in
the shape of a failure class real records showed."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment

MINUTES = """RESTRICTED

HB/AS/M/12

3 March 2021

(21-0042) Page: 1/12

Harbour Board

1-2 March 2021

MINUTES OF MEETING

HELD IN THE OLD CUSTOMS HOUSE ON 1-2 MARCH 2021

Chairperson: Ms Ana Novak (Varna)

1 ADOPTION OF THE AGENDA

1.1. The Chairperson said that the Board had before it the draft agenda circulated in the convening notice, and that two items had been added at the request of members since then.

1.2. The Board adopted the agenda as amended.
"""


def test_a_records_marking_symbol_and_page_counter_are_never_the_title(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, MINUTES)
    assert doc["title"] == "MINUTES OF MEETING"


def test_a_code_of_letters_and_digits_alone_is_never_the_title(tmp_path: Path) -> None:
    page = MINUTES.replace("RESTRICTED\n\nHB/AS/M/12\n", "HB21AS02\n\nHB (2021) AS 02\n")
    doc = segment(tmp_path, page)
    assert doc["title"] == "MINUTES OF MEETING"


def test_a_page_counter_over_a_heading_is_never_the_title(tmp_path: Path) -> None:
    page = "You are on page 1 of 3\n\nPress Briefing by the Harbour Board Spokesperson\n\n"
    page += "SPOKESPERSON: Good morning. The Board met on Monday and adopted the new tariffs.\n"
    doc = segment(tmp_path, page)
    assert doc["title"] == "Press Briefing by the Harbour Board Spokesperson"


def test_a_briefing_named_over_its_date_stays_the_title(tmp_path: Path) -> None:
    page = "Daily Briefing\n12 March 2024\n\n"
    page += "SPOKESPERSON: Good morning. The Board met on Monday and adopted the new tariffs.\n"
    doc = segment(tmp_path, page)
    assert doc["title"] == "Daily Briefing"


def test_a_sections_tagline_yields_to_the_event_heading_below_it(tmp_path: Path) -> None:
    page = "Harbour news: what's been happening at the port\n\n3 March 2022, Varna\n\n"
    page += "Harbour Board Chair Ana Novak's first press conference\n\n"
    page += "Chair: Good morning. The Board met on Monday and adopted the new tariffs.\n"
    doc = segment(tmp_path, page)
    assert doc["title"] == "Harbour Board Chair Ana Novak's first press conference"


def test_a_headline_with_a_colon_and_a_capital_stays_the_title(tmp_path: Path) -> None:
    page = "Harbour news: Board adopts the new tariffs\n\n3 March 2022, Varna\n\n"
    page += "VARNA - The harbour board adopted the new tariffs on Monday, officials said.\n"
    doc = segment(tmp_path, page)
    assert doc["title"] == "Harbour news: Board adopts the new tariffs"


FIELDS = """跳到主要內容區塊

港務局例行新聞說明會紀要---貨運司

  • 發布時間:2022-03-03
  • 資料來源:港務局

※單位主管新聞說明會紀要:
一、時 間:111年3月3日(星期四)上午11時
二、地 點:港務局一樓新聞中心
三、主持人:港務局發言人兼公眾外交協調會執行長伊列娃
四、出席者:港務局國際貨運傳播司司長諾瓦克

※貨運司司長諾瓦克報告:

一、新的貨運航線將於五月開通,第一批船隻預計在第二週抵達。港務局將在下週公布新的時刻表。
"""


def test_a_records_field_list_is_header_and_never_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, FIELDS)
    texts = [" ".join(t["text"].split()) for t in doc["turns"]]
    assert not any("地 點" in t for t in texts)
    assert any(t.startswith("一、新的貨運航線將於五月開通") for t in texts)
