"""Labels a record closes with a full stop, no colon, as `nrc segment --format json` shows
them, where the house style holds (two speakers or more, each labelled twice or more): a
hearing's titled members ("Senator Doe.", "Secretary Roe."), a Russian-language record's
surname before the initials, with the faction after a comma ("Жириновский В. В., фракция
ЛДПР.", "Иванов И.И."), a French record's member with the office after a comma ("M. Jean
Doe, ministre des affaires étrangères."); a member so labelled once is a label too. A page
whose lines open with such words once each is prose. Made-up records."""

from __future__ import annotations

from tests.test_labels_grammar import _turns

HEARING = """\
NOMINATION HEARING, COMMITTEE ON HARBOURS

The Chairman. The hearing will come to order. Good morning, everybody.

Senator Doe. Thank you, Mr. Chairman. I join you in welcoming the nominee.

Secretary Roe. Thank you, Senator. It is an honor to be here this morning.

Senator Poe. Thank you. Let me begin with a question about the northern port.

Senator Doe. I would add one point about the treaty before we go on.

Secretary Roe. I agree with both of you, and I will answer in turn.

The Chairman. Thank you all. We stand adjourned.
"""


def test_a_hearings_titled_members_closed_by_a_stop_are_the_voices(tmp_path) -> None:
    turns = _turns(tmp_path, HEARING)
    got = [(t["label"], t["speaker"], t["role"]) for t in turns if t["label"]]
    assert got == [
        ("The Chairman.", None, "Chairman"),
        ("Senator Doe.", "Doe", "Senator"),
        ("Secretary Roe.", "Roe", "Secretary"),
        ("Senator Poe.", "Poe", "Senator"),  # once, in the record's style
        ("Senator Doe.", "Doe", "Senator"),
        ("Secretary Roe.", "Roe", "Secretary"),
        ("The Chairman.", None, "Chairman"),
    ]
    assert turns[1]["text"].startswith("Thank you, Mr. Chairman.")


DUMA = """\
Стенограмма заседания 12 марта 2010 года

Председательствующий. Уважаемые коллеги, начинаем заседание. Слово предоставляется депутату.

Жириновский В. В., фракция ЛДПР. Уважаемые коллеги! Я хочу сказать о законопроекте.

Председательствующий. Спасибо. Следующий выступающий.

Иванов И.И. Уважаемые коллеги, я поддерживаю законопроект и прошу голосовать.

Председательствующий. Спасибо, ставлю на голосование.

Жириновский В. В. Я против этого законопроекта, коллеги.
"""


def test_a_surname_before_its_initials_and_a_faction_after_a_comma_open_turns(tmp_path) -> None:
    turns = [t for t in _turns(tmp_path, DUMA) if t["label"]]
    assert [t["label"] for t in turns] == [
        "Председательствующий",
        "Жириновский В. В., фракция ЛДПР.",
        "Председательствующий",
        "Иванов И.И.",
        "Председательствующий",
        "Жириновский В. В.",
    ]
    assert turns[1]["role"] == "фракция ЛДПР"
    assert turns[3]["speaker"] == "Иванов И. И."  # the initials spaced, as after a colon
    assert turns[3]["text"].startswith("Уважаемые коллеги, я поддерживаю")


ASSEMBLY = """\
Assemblée nationale, séance du 12 mars 2013

M. le président. La parole est à M. Jean Doe, ministre des affaires étrangères.

M. Jean Doe, ministre des affaires étrangères. Monsieur le président, la situation est grave.

M. le président. La parole est à M. Paul Roe.

M. Paul Roe. Monsieur le ministre, que compte faire le Gouvernement ?

M. Jean Doe, ministre des affaires étrangères. Nous agirons avec nos partenaires.
"""


def test_a_french_records_member_with_the_office_after_a_comma_opens_a_turn(tmp_path) -> None:
    turns = [t for t in _turns(tmp_path, ASSEMBLY) if t["label"]]
    assert [t["role"] for t in turns] == [
        "président",
        "ministre des affaires étrangères",
        "président",
        None,
        "ministre des affaires étrangères",
    ]
    assert turns[3]["text"] == "Monsieur le ministre, que compte faire le Gouvernement ?"


PROSE = """\
Harbour news

Senator Doe. That is how the harbour board introduced its new chair on Monday.

Secretary Roe. The title still sits oddly with the port's own staff, who call him Tom.

The board meets again in June to settle the dredging budget for the coming year.
"""


def test_titled_names_opening_lines_once_each_are_no_labels(tmp_path) -> None:
    assert not [t for t in _turns(tmp_path, PROSE) if t["label"]]
