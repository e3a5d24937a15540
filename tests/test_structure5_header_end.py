"""Where the header ends, as `nrc segment FILE --format json` shows it: a ministry's news
item with no labels and no blank lines (a headline in quotes, then a paragraph a line, a
photo caption among them) yields its paragraphs as turns, never as header metadata; a speech
printed a sentence a line stays one speech. Each page is made up in the shape of a failure
class real pages showed."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment, turn_texts

NEWS_ITEM = """"Open ports are the surest guarantee of a peaceful sea"
In a speech to the harbour chamber of commerce on Tuesday, Trade Minister Ana Novak spoke about the new freight accord. The minister of the coastal department set out how the two new lines will run from next spring.
Trade Minister Ana Novak at the harbour chamber of commerce in Varna on Tuesday. © Coastal Ministry
The speech, which was given in the great hall of the chamber before some two hundred members, covered the accord, the port's new cranes and the training of dock workers for the new ships.
With regard to the cost of the accord, the minister reiterated that the port would pay for the new cranes out of its own revenue, and that no new tax would be raised for them.
In the speech, the minister also spoke about the fishing fleet and the coming season, and she said that the ministry would help the small harbours along the coast.
"""


def test_a_news_item_with_no_labels_and_no_blank_lines_yields_its_paragraphs(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, NEWS_ITEM)
    assert doc["title"] == '"Open ports are the surest guarantee of a peaceful sea"'
    texts = turn_texts(doc)
    assert texts[0].startswith("In a speech to the harbour chamber of commerce on Tuesday")
    assert any(t.startswith("With regard to the cost of the accord") for t in texts)
    assert any(t.startswith("In the speech, the minister also spoke") for t in texts)
    dropped = [" ".join(line.split()) for line in doc["dropped"]]
    assert not any(line.startswith("In a speech to the harbour chamber") for line in dropped)


SPEECH = """It is my great honour to address this assembly of the harbour nations today.
For seventy years the ports of our coast have traded with every nation that came to them in peace, and we intend to keep them open to all who come in peace for seventy more.
We have built new cranes, trained new crews and opened two new lines for freight this year alone, and we did it together with our neighbours on the other shore.
We will keep the sea lanes open, we will keep the ports safe, and we will keep our word to every ship that sails into our harbours in good faith.
Thank you.
"""


def test_a_speech_a_sentence_a_line_stays_one_speech(tmp_path: Path) -> None:
    doc = segment(tmp_path, SPEECH)
    assert len(doc["turns"]) == 1
    assert turn_texts(doc)[0].startswith("It is my great honour to address this assembly")


DECK = """'The ferries are back', jokes the minister on the first day of spring

The islanders would have rubbed their hands if the crossings had stopped, says the minister, before adding that the boats will sail every day

Harbourwire.MX

03/03/2022 | 09:02 AM

Varna.– Trade Minister Ana Novak said on Thursday that the ferries would sail again every day from Monday, after two weeks of repairs on the quay.

"We are glad to see the boats back," she said at the port.
"""


def test_a_deck_with_no_stop_over_the_sites_name_is_header_not_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, DECK)
    texts = turn_texts(doc)
    assert texts[0].startswith("Varna.– Trade Minister Ana Novak said on Thursday")
    assert not any(t.startswith("The islanders would have rubbed") for t in texts)
    assert doc["title"] == "'The ferries are back', jokes the minister on the first day of spring"


def test_a_summary_sentence_over_a_date_line_stays_the_first_turn(tmp_path: Path) -> None:
    page = "Ferries sail again after two weeks of repairs\n\n"
    page += "The boats will cross to the islands every day from Monday, officials say.\n\n"
    page += "Published On 3 Mar 2022\n\n"
    page += "The ferry company said the repairs on the quay had been finished on time.\n"
    doc = segment(tmp_path, page)
    assert turn_texts(doc)[0].startswith("The boats will cross to the islands every day")


VIDEO_NAME = """Harbour Board Spokesperson Ana Novak's Regular Press Conference on March 3, 2022

双语记者会(1)

Harbour Post: The ferries were stopped for two weeks. When will they sail again?

Ana Novak: The ferries will sail again from Monday, once the yards have finished the quay.
"""


def test_a_short_name_line_right_over_the_first_label_is_header(tmp_path: Path) -> None:
    doc = segment(tmp_path, VIDEO_NAME)
    texts = turn_texts(doc)
    assert texts[0].startswith("The ferries were stopped for two weeks.")
    assert "双语记者会(1)" not in texts
