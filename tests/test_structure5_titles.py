"""Titles under a page's furniture, as `nrc segment FILE --format json` shows them: a
newspaper's masthead over the headline is never the title, a headline in title case with its
little words is no menu row, a dash byline under the headline names the reporter (no speaker),
and a photo caption credited "— Picture via ..." is a caption that dates the page when the
story's dateline gives the same day. Each page is made up in the shape of a failure class
real pages showed."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment, turn_texts

MASTHEAD = """Harbourside Evening Herald

Welcome to the port of Varna for Novak

Trade ministers meet in Varna to sign the new freight accord

- Petra Ilieva

Trade ministers of the two countries signed a new freight accord in Varna on Thursday, officials said.

Novak said the accord would open two new lines for freight. "We expect the first ships in May," Novak said.

Asked about the cost, Novak said the port would pay for the new cranes itself.
"""


def test_a_masthead_over_the_headline_is_never_the_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, MASTHEAD)
    assert doc["title"] == "Welcome to the port of Varna for Novak"


def test_a_dash_byline_under_the_headline_is_the_reporter_not_a_speaker(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, MASTHEAD)
    assert len(doc["turns"]) == 3
    assert "Petra Ilieva" not in {t["speaker"] for t in doc["turns"]}
    assert turn_texts(doc)[1].startswith("Novak said the accord")


def test_a_headline_with_the_same_words_is_kept_when_no_masthead_word_is_alone(
    tmp_path: Path,
) -> None:
    page = MASTHEAD.replace("Harbourside Evening Herald\n\n", "")
    page = page.replace(
        "Welcome to the port of Varna for Novak", "Herald Welcomes New Freight Lines"
    )
    doc = segment(tmp_path, page)
    assert doc["title"] == "Herald Welcomes New Freight Lines"


TWO_HEADLINES = """Minister Novak Talks about Freight Lines of the Black Sea Ports
Ministrul Novak Vorbeste despre Liniile Maritime

VARNA - Trade Minister Ana Novak talked about the new freight lines to the Black Sea ports on Thursday.

"The accord opens two new lines for freight," Novak said.

"We expect the first ships in May," said Novak.
"""


def test_a_title_case_headline_with_its_little_words_is_no_menu_row(tmp_path: Path) -> None:
    doc = segment(tmp_path, TWO_HEADLINES)
    assert doc["title"] == "Minister Novak Talks about Freight Lines of the Black Sea Ports"
    assert turn_texts(doc)[0].startswith("VARNA - Trade Minister Ana Novak")


CAPTION = """Harbourside Evening Herald
Trade Minister Ana Novak speaks at the port of Varna during the signing of the freight accord on June 27, 2024. — Picture via HARBOUR PRESS OFFICE

Ministers sign the new freight accord in Varna

VARNA, June 27 — Trade ministers of the two countries signed a new freight accord on Thursday, officials said.

"We expect the first ships in May," Novak said.
"""


def test_a_picture_via_credit_is_a_caption_that_dates_the_story(tmp_path: Path) -> None:
    doc = segment(tmp_path, CAPTION)
    assert doc["title"] == "Ministers sign the new freight accord in Varna"
    assert doc["date"] == "2024-06-27"
    assert not any("Picture via" in t for t in turn_texts(doc))


def test_a_caption_of_another_day_does_not_date_the_story(tmp_path: Path) -> None:
    doc = segment(tmp_path, CAPTION.replace("on June 27, 2024", "on March 3, 2019"))
    assert doc["date"] != "2019-03-03"


APPEAL = """You come to us for the harbour news nobody else prints.

Sign up for the Harbour Wire's morning letter to get our latest stories delivered to your inbox every day.

Watch the Harbour Wire's Tenth Anniversary Evening

Special Programme

JANE DOE: Welcome to the tenth anniversary evening of the Harbour Wire. It is good to see you all here tonight.

JOHN ROE: Thank you, Jane. Ten years ago we started with one boat and one radio.
"""


def test_a_site_appeal_and_sign_up_line_at_the_top_are_never_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, APPEAL)
    assert doc["title"] == "Watch the Harbour Wire's Tenth Anniversary Evening"
    assert [t["speaker"] for t in doc["turns"]] == ["Jane Doe", "John Roe"]
    assert turn_texts(doc)[0].startswith("Welcome to the tenth anniversary evening")


CAPTION_TWICE = """Harbour Wire
Politics 3 March 2022 10:15

Minister Novak's press conference on the freight accord: the full transcript

The Harbour Wire gives the full transcript of the minister's press conference in Varna.

Trade Minister Ana Novak during the press conference in Varna.
Trade Minister Ana Novak during the press conference in Varna.

Photo: Petra Ilieva

ANA NOVAK: Good morning. The accord opens two new lines for freight this spring.

REPORTER: When will the first ships come?

ANA NOVAK: In May, we expect.
"""


def test_a_caption_printed_twice_leaves_the_headline_above_it(tmp_path: Path) -> None:
    doc = segment(tmp_path, CAPTION_TWICE)
    assert doc["title"] == (
        "Minister Novak's press conference on the freight accord: the full transcript"
    )
    assert turn_texts(doc)[-1] == "In May, we expect."


QUOTE_HEADLINE = """Online gazette «Harbour Truth»

Varna

Weather Icon

A. Novak: «Nothing is worth more than hearing what the dockers think»

Many dockers expected that the minister would not come to the port this winter, but she came on Monday and met them in the old customs house for two hours.

«I came to listen, not to talk,» the minister said at the start of the meeting.
"""


def test_a_name_and_quote_headline_under_a_masthead_and_a_widget_is_the_title(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, QUOTE_HEADLINE)
    assert doc["title"] == ("A. Novak: «Nothing is worth more than hearing what the dockers think»")
    assert turn_texts(doc)[0].startswith("Many dockers expected")


WIDGET = """Varna

Weather Icon

Remarks at the harbour forum

Thank you all for coming. We have built new cranes this year and we will open two new lines for freight in the spring.

I want to thank the dockers for their work. Our port is open to every ship that comes in peace.

We will keep our word.
"""


def test_a_weather_widgets_name_is_furniture_and_no_speaker(tmp_path: Path) -> None:
    doc = segment(tmp_path, WIDGET)
    assert "Weather Icon" not in {t["speaker"] for t in doc["turns"]}
    reasons = {r["line"]: r["reason"] for r in doc["dropped_reasons"]}
    assert reasons["Weather Icon"].startswith("furniture")
    assert doc["title"] == "Remarks at the harbour forum"
