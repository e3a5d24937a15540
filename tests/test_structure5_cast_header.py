"""An event transcript's header with a cast list, as `nrc segment FILE --format json` shows
it: an editor's note over a "Host and Moderator:" field and its names and roles, the
location, time and transcriber lines are all header, never a turn; the event the note quotes
is the title. Made up in the shape of a failure class real pages showed."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment, turn_texts

EVENT = """Full transcript from the March 3, 2022, event “Open Ports: Trade on the Black Sea After the Accord” where Trade Minister Ana Novak spoke to a full hall at the Harbour Forum on Thursday.

Host and Moderator:
Petra Ilieva,
Director,
Harbour Forum

Ana Novak,
Minister of Trade,
Republic of Varna

Location: Harbour Forum, Varna

Time: 4:30 p.m.
Date: Thursday, March 3, 2022

Transcript by
Harbour Transcripts Service

PETRA ILIEVA: Good afternoon, everyone. It is a delight to welcome the minister to the forum.

ANA NOVAK: Thank you, Petra. The accord opens two new lines for freight this spring.
"""


def test_a_cast_list_under_an_editors_note_is_header_and_never_a_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, EVENT)
    assert [t["speaker"] for t in doc["turns"]] == ["Petra Ilieva", "Ana Novak"]
    assert turn_texts(doc)[0].startswith("Good afternoon, everyone.")


def test_the_event_an_editors_note_quotes_is_the_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, EVENT)
    assert doc["title"] == "Open Ports: Trade on the Black Sea After the Accord"


ARTICLE_HEADING = """HARBOUR FORUM
Presents

A Conversation with Ana Novak
March 3, 2022
Old Customs House
Varna
[TRANSCRIPT PREPARED FROM AUDIO RECORDING]
Petra Ilieva: Good morning, ladies and gentlemen, I am Petra
Ilieva, the director of the Harbour Forum, and I am very pleased
to welcome the minister of trade to the forum this morning.
Ana Novak: Thank you, Petra. The accord opens two new lines for
freight this spring, and we expect the first ships in May.
"""


def test_a_heading_opening_with_the_article_a_is_no_answer_label(tmp_path: Path) -> None:
    doc = segment(tmp_path, ARTICLE_HEADING)
    assert doc["title"] == "A Conversation with Ana Novak"
    assert [t["speaker"] for t in doc["turns"]] == ["Petra Ilieva", "Ana Novak"]
