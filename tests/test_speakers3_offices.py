"""A label that names only an office, resolved as `nrc segment --format json` shows it: by the
page's own statement of who holds it first, then by the shipped office-holder table of the
page's country and date (rows written without a page read say so: "office-unverified"), in
the office's own language ("PRESIDEN REPUBLIK INDONESIA", "EL PRESIDENTE"); a "SG:" page that
names a country before the UN is still the UN's; anonymous labels keep what they print.
Made-up documents, no publisher's text."""

from __future__ import annotations

import pytest

from nrc_search.ingest import offices
from tests.test_segment_properties import segment


def _who(tmp_path, text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    turns = segment(tmp_path, text)["turns"]
    return [(t["speaker"], t["role"], tuple(t["flags"])) for t in turns]


def _briefing(heading: str, label: str) -> str:
    """A page under `heading` where `label` speaks, is asked a question and answers it."""
    text = f"{heading}\n\n{label}: Good afternoon. Thank you all for coming today.\n\n"
    text += "QUESTION: What did the cabinet decide?\n\n"
    return text + f"{label}: We decided to go ahead with the new port, and work starts in June.\n"


OFFICE_ONLY = [
    (
        "Siaran pers, Istana Merdeka, Jakarta, 12 Mei 2016",
        "PRESIDEN REPUBLIK INDONESIA",
        "Joko Widodo",
        "Presiden Republik Indonesia",
        "2016-05-12",
    ),
    (
        "Post-Cabinet press conference, New Zealand, 5 May 2025",
        "PM",
        "Christopher Luxon",
        None,
        "2025-05-05",
    ),
    (
        "Versión estenográfica, Palacio Nacional, México, May 10, 2020",
        "EL PRESIDENTE",
        "Andrés Manuel López Obrador",
        "Presidente",
        "2020-05-10",
    ),
    (
        "Press conference by the Taoiseach, Dublin, Ireland, 20 March 2019",
        "TAOISEACH",
        "Leo Varadkar",
        None,
        "2019-03-20",
    ),
]


@pytest.mark.parametrize(("heading", "label", "name", "role", "on"), OFFICE_ONLY)
def test_an_office_label_is_the_tables_holder_of_the_pages_country_and_date(
    tmp_path, heading: str, label: str, name: str, role: str | None, on: str
) -> None:
    who = _who(tmp_path, _briefing(heading, label))
    assert [w[0] for w in who] == [name, None, name]
    assert "office-table" in who[0][2]
    # the flag says whether the holder's row was read on a page, whichever it is today
    rows = [t for t in offices.terms() if t.name == name and t.start <= on <= (t.end or "9999")]
    unchecked = any(t.verified == "no" for t in rows)
    assert ("office-unverified" in who[0][2]) == unchecked
    assert "question" in who[1][2]
    if role:
        assert who[0][1] == role


STATED = """\
Press statement, Jakarta, Indonesia, 5 May 2016

President Arjuna Wirasena received the visiting Prime Minister at the palace on Monday. After \
the talks the two leaders spoke to the press.

THE PRESIDENT: Thank you. Today we agreed to speed up the border talks.

QUESTION: Mr President, when will the agreement be signed?

THE PRESIDENT: Before the end of the year.
"""


def test_the_pages_own_statement_of_the_holder_comes_before_the_table(tmp_path) -> None:
    who = _who(tmp_path, STATED)
    speakers = [w[0] for w in who if w[0] or "question" in w[2]]
    assert speakers == ["Arjuna Wirasena", None, "Arjuna Wirasena"]
    assert all("office-table" not in w[2] for w in who)


UN_PAGE = """\
SG: I know you all want to hear about the match. Tomorrow the cup goes to South Africa, and I \
wish every team well.

Q: You meet the Foreign Minister upstairs. Will you raise the nuclear file?

SG: I will, and I will report to the Security Council of the United Nations afterwards.
"""


def test_an_sg_page_that_names_a_country_first_is_still_the_uns(tmp_path) -> None:
    who = _who(tmp_path, UN_PAGE.replace("SG: I know", "27 June 2006\n\nSG: I know", 1))
    assert who[0][0] == who[-1][0] == "Kofi Annan"


def test_anonymous_labels_keep_their_label(tmp_path) -> None:
    text = (
        "Background briefing, Washington, 3 March 2023\n\n"
        "MODERATOR: Our briefer today is a senior official.\n\n"
        "SENIOR STATE DEPARTMENT OFFICIAL: Thanks. Let me start with the talks.\n"
    )
    who = _who(tmp_path, text)
    assert [(w[0], w[1]) for w in who] == [
        (None, "Moderator"),
        (None, "Senior State Department Official"),
    ]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Address by Tánaiste, Departmental Conference, 16 January 2018", "Simon Coveney"),
        ("Speech by An Taoiseach, 20 March 2019", "Leo Varadkar"),
    ],
)
def test_a_heading_that_names_an_irish_office_is_its_holder(tmp_path, heading, name) -> None:
    text = (
        f"{heading}\n\nThank you, Niall. And welcome home to all colleagues. It is terrific to "
        "have you back with us as we plan for a busy year ahead.\n\nWe will open two new "
        "embassies this year and we will need every one of you.\n"
    )
    assert {w[0] for w in _who(tmp_path, text)} == {name}


@pytest.mark.parametrize(
    ("heading", "label", "name"),
    [
        ("Пресс-конференция, Кремль, Москва, 12 мая 2010 года", "ПРЕЗИДЕНТ", "Dmitry Medvedev"),
        (
            "Conferencia de prensa, Palacio Nacional, México, May 5, 2025",
            "LA PRESIDENTA",
            "Claudia Sheinbaum",
        ),
        (
            "Pressekonferenz, Bundeskanzleramt, Berlin, 3 June 2019",
            "Bundeskanzlerin",
            "Angela Merkel",
        ),
        ("Keterangan pers, Istana Merdeka, Jakarta, 12 Mei 2016", "BAPAK PRESIDEN", "Joko Widodo"),
    ],
)
def test_an_office_label_in_the_pages_language_is_its_holder(
    tmp_path, heading, label, name
) -> None:
    who = _who(tmp_path, _briefing(heading, label))
    assert [w[0] for w in who] == [name, None, name]
    assert "office-table" in who[0][2]
