"""Site furniture of the newer page kinds, as `nrc segment FILE --format json` shows it: a
calendar widget over the heading is dropped and never the title, a skip link in another
language is dropped and never the title, and a page in Chinese keeps its heading as the title
(its paragraphs are prose, so the heading is not taken for a sidebar link). Each page is made
up in the shape of a failure class real pages showed."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment, turn_texts

CALENDAR = """< March 2021 >
Mo Tu We Th Fr Sa Su
1 2 3 4 5 6 7
8 9 10 11 12 13 14
15 16 17 18 19 20 21
22 23 24 25 26 27 28
29 30 31

News conference

Remarks of the Minister of Trade Ana Novak to journalists at the Harbour Forum

Harbour Post: Minister, what will the new agreement change for the port of Varna this year?

Ana Novak: The agreement opens two new lines for freight, and we expect the first ships in May.
"""


def test_a_calendar_widget_over_the_heading_is_dropped_and_never_the_title(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, CALENDAR)
    assert doc["title"] == (
        "Remarks of the Minister of Trade Ana Novak to journalists at the Harbour Forum"
    )
    texts = turn_texts(doc)
    assert not any("Mo Tu We" in t or "1 2 3 4" in t for t in texts)
    assert "Mo Tu We Th Fr Sa Su" in [line.strip() for line in doc["dropped"]]
    assert texts[-1].startswith("The agreement opens two new lines")


def test_a_row_of_short_words_over_no_day_numbers_stays_a_heading(tmp_path: Path) -> None:
    page = CALENDAR.replace("1 2 3 4 5 6 7\n", "").replace("8 9 10 11 12 13 14\n", "")
    page = page.replace("15 16 17 18 19 20 21\n22 23 24 25 26 27 28\n29 30 31\n", "")
    page = page.replace("< March 2021 >\nMo Tu We Th Fr Sa Su\n", "How We Won the War at Sea\n")
    doc = segment(tmp_path, page)
    assert doc["title"] == "How We Won the War at Sea"


CHINESE = """跳到主要內容區塊

外交部發言人例行新聞說明會紀要

  • 發布時間:2023-05-09

一、外交部發言人表示,本部今日就區域安全情勢發表聲明,呼籲各方保持克制,共同維護和平與穩定。

二、針對近期國際媒體報導,外交部說明我國立場,並感謝理念相近國家持續表達支持與關切。
"""


def test_a_skip_link_in_chinese_is_dropped_and_the_chinese_heading_is_the_title(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, CHINESE)
    assert doc["title"] == "外交部發言人例行新聞說明會紀要"
    texts = turn_texts(doc)
    assert not any("跳到主要內容區塊" in t for t in texts)
    assert any("跳到主要內容區塊" in line for line in doc["dropped"])
    assert any(t.startswith("一、外交部發言人表示") for t in texts)


def test_a_skip_link_in_german_is_dropped_never_the_title(tmp_path: Path) -> None:
    page = CALENDAR.split("\n\n", 1)[1].replace("News conference", "Zum Inhalt springen")
    doc = segment(tmp_path, page)
    assert doc["title"] == (
        "Remarks of the Minister of Trade Ana Novak to journalists at the Harbour Forum"
    )
    assert not any("Zum Inhalt springen" in t for t in turn_texts(doc))


STORY = """Novak hails port deal as a new start for the region

Foreign Minister Ana Novak said on Sunday that the new port agreement would open two freight lines to the south and bring the first ships to Varna in the spring, officials said.

Hafenabkommen "historisch"

The minister told the broadcaster that the talks had lasted for almost two years and that the partners had agreed on every point of the customs chapter before the summit began.

"Continent of Doomsayers"

Novak warned that the region had spent too long listening to those who predicted its decline, and she said the agreement showed what the neighbours could do together.
"""


def test_a_subheading_between_story_paragraphs_is_dropped_never_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, STORY)
    texts = turn_texts(doc)
    assert len(texts) == 3 and texts[0].startswith("Foreign Minister Ana Novak said")
    assert doc["title"] == "Novak hails port deal as a new start for the region"
    assert not any(t in ('Hafenabkommen "historisch"', '"Continent of Doomsayers"') for t in texts)
    dropped = [line.strip() for line in doc["dropped"]]
    assert 'Hafenabkommen "historisch"' in dropped and '"Continent of Doomsayers"' in dropped


def test_a_short_sentence_between_paragraphs_is_content_not_a_subheading(tmp_path: Path) -> None:
    page = STORY.replace('Hafenabkommen "historisch"', "Parliament agreed.")
    doc = segment(tmp_path, page)
    assert "Parliament agreed." in turn_texts(doc)
    assert "Parliament agreed." not in [line.strip() for line in doc["dropped"]]


RELEASE = """Minister Novak's remarks at the start of the weekly Cabinet meeting

Minister Ana Novak, this morning, at the start of the weekly Cabinet meeting, made the following remarks about the port agreement and the freight lines:

    Minister Novak heads Cabinet meeting Minister Novak heads Cabinet meeting Copyright: Harbour Photo Agency

    (Communicated by the Minister's Media Adviser)

"Today the Cabinet will discuss the port agreement, which opens two new freight lines and brings the first ships to Varna in the spring."
"""


def test_a_doubled_photo_caption_and_a_source_note_are_dropped_never_turns(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, RELEASE)
    texts = turn_texts(doc)
    assert not any("heads Cabinet meeting" in t or "Communicated by" in t for t in texts)
    dropped = " ".join(doc["dropped"])
    assert "Communicated by the Minister's Media Adviser" in dropped
    assert "Copyright: Harbour Photo Agency" in dropped
    assert any(t.startswith('"Today the Cabinet will discuss') for t in texts)


def test_a_bracketed_note_that_is_speech_stays(tmp_path: Path) -> None:
    page = RELEASE.replace(
        "(Communicated by the Minister's Media Adviser)", "(The minister continued in English.)"
    )
    doc = segment(tmp_path, page)
    assert any("(The minister continued in English.)" in t for t in turn_texts(doc))
    assert not any("continued in English" in line for line in doc["dropped"])


RECORD = """HL15CR03

2015 ORDINARY SESSION

(Second part)

REPORT

Third sitting

Tuesday 3 March 2015 at 10 a.m.

THE PRESIDENT: The sitting is open. The first item on our agenda is the report of the Committee on Ports, which Ms Novak will present.

MS NOVAK: Thank you, Madam President. The committee met four times this year and agreed on two new freight lines.
"""


def test_a_records_header_with_a_bracketed_part_note_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, RECORD)
    texts = turn_texts(doc)
    assert len(texts) == 2 and texts[0].startswith("The sitting is open.")
    assert not any("Third sitting" in t or "(Second part)" in t for t in texts)
    assert doc["date"] == "2015-03-03"


BLOG = """Novak hails port deal as a new start for the region

Foreign Minister Ana Novak said on Sunday that the new port agreement would open two freight lines to the south and bring the first ships to Varna in the spring.

"We will not wait for others to build what we can build ourselves," Novak said.


Tidak ada komentar

Diberdayakan oleh Blogger.
"""


def test_a_blog_platform_credit_in_another_language_is_dropped_never_a_turn(
    tmp_path: Path,
) -> None:
    for credit in ("Diberdayakan oleh Blogger.", "Con la tecnología de Blogger."):
        doc = segment(tmp_path, BLOG.replace("Diberdayakan oleh Blogger.", credit))
        texts = turn_texts(doc)
        assert len(texts) == 2 and not any("Blogger" in t for t in texts), credit
        assert credit in [line.strip() for line in doc["dropped"]]


TITLE_LINE = """Ana Novak: «The port deal is a new start for the region» | harbour.example | News
Bulgaria

Ana Novak: «The port deal is a new start for the region»

Foreign Minister Ana Novak said on Sunday that the new port agreement would open two freight lines to the south and bring the first ships to Varna in the spring.

«We will not wait for others to build what we can build ourselves», Novak said.
"""


def test_a_name_and_quote_headline_printed_twice_is_the_title_not_a_turn(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, TITLE_LINE)
    assert doc["title"] == "Ana Novak: «The port deal is a new start for the region»"
    texts = turn_texts(doc)
    assert len(texts) == 2 and texts[0].startswith("Foreign Minister Ana Novak said")
    assert not any("new start for the region" in t for t in texts)
