"""A statement page with no labels: the site's narrated intro above the speaker's own words
is its own turn ("The Prime Minister, Hon. Jane Doe, MP has left ..." over "Today I announce
..."), and a speech that opens by addressing a minister or an ambassador ("Señor Ministro,
muchas gracias.") is one turn, not a turn a paragraph, as `nrc segment --format json` shows.
Made-up pages."""

from __future__ import annotations

from tests.test_labels_grammar import _turns

INTRO_OVER_SPEECH = """\
Statement by the Prime Minister of Norvik

The Prime Minister, Hon. Jane Doe, MP has left the country today for a three-day official visit to Vastmark.

Today I announce my departure for a formal visit to Vastmark, travelling through Ostland for a meeting with the leaders of the region.

My visit to Vastmark is to thank its people for their help after the floods, and I will sign two agreements on trade.

In this visit, we hope to deepen our ties in education, fisheries and energy.
"""


def test_a_statements_narrated_intro_is_apart_from_the_speakers_words(tmp_path) -> None:
    turns = _turns(tmp_path, INTRO_OVER_SPEECH)
    assert [t["speaker"] for t in turns] == [None, "Jane Doe"]
    assert turns[0]["text"].startswith("The Prime Minister, Hon. Jane Doe, MP has left")
    assert turns[1]["text"].startswith("Today I announce my departure")
    assert turns[1]["text"].endswith("fisheries and energy.")


THE_STATEMENT_ITSELF = """\
Statement by the Prime Minister of Norvik

The Prime Minister, Hon. Jane Doe, announced today a new fund for the fishing towns of the north.

The fund will hold two million crowns for the next three years.

It will be run by the Ministry of Fisheries with the town councils.
"""


def test_a_statement_all_in_the_third_person_keeps_its_one_turn(tmp_path) -> None:
    turns = _turns(tmp_path, THE_STATEMENT_ITSELF)
    assert len(turns) == 1


VOCATIVE_SPEECH = """\
Conferencia de prensa en Vastmark

Señor Ministro, muchísimas gracias. Es un honor y un placer estar aquí con ustedes hoy en Vastmark.

Estamos muy agradecidos también con la participación de las organizaciones invitadas por la Cancillería.

Estábamos comentando que este trabajo ocupa a nuestro equipo desde hace meses, y seguirá así.
"""


def test_a_speech_opening_on_a_ministers_title_is_one_turn(tmp_path) -> None:
    turns = _turns(tmp_path, VOCATIVE_SPEECH)
    assert len(turns) == 1
    assert turns[0]["text"].endswith("y seguirá así.")


MEETING = """\
Jane Doe met with the editors of the Norvik Herald

12 March 2023, 10:15

As part of her official visit to Vastmark, President of Norvik Jane Doe met with the editors of the leading newspapers at the Herald's offices.

The Herald's Director General Tomas Varga said welcoming the participants: Good morning, colleagues. We are glad to welcome the President to our newsroom today. Would you like to say a few words?

President Jane Doe: Thank you very much. I would like to thank the editors of the Herald for the chance to meet the people who write about our two countries every day. Our trade has doubled in five years, and we will open two new consulates this spring. I am sure that the talks of the coming days will bring our peoples closer still, and I look forward to your questions.
"""


def test_a_lead_that_says_who_speaks_and_one_label_below_it_are_two_turns(tmp_path) -> None:
    turns = _turns(tmp_path, MEETING)
    assert [t["speaker"] for t in turns] == [None, "Tomas Varga", "Jane Doe"]
    assert turns[1]["text"].startswith("Good morning, colleagues.")
    assert turns[1]["label"].startswith("The Herald's Director General Tomas Varga said")
    assert turns[2]["text"].startswith("Thank you very much.")


ONE_BLOCK = """\
Es un gran honor estar hoy con ustedes en la ciudad de Vastmark.
Estamos muy agradecidos con todas las organizaciones que trabajaron en este acuerdo.
El equipo de la embajada seguirá en contacto con las autoridades durante todo el año.
"""


def test_a_page_crediting_nobody_printed_one_line_a_paragraph_is_one_turn(tmp_path) -> None:
    turns = _turns(tmp_path, ONE_BLOCK)
    assert len(turns) == 1
    assert turns[0]["text"].endswith("durante todo el año.")
