"""meta.py and dates.py: title, date (published, inferred, never today), place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nrc_search.ingest import dates, parse_file, parse_text

SEEDS = Path(__file__).parent.parent / "seeds"


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(prefix + "_*.txt"))


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("  • 08 Jun. 2011", "2011-06-08"),
        ("Brussels, December 18, 2001.", "2001-12-18"),
        ("Brussels, 18.12.2001", "2001-12-18"),
        ("Published 2001-12-18", "2001-12-18"),
        ("Date: Monday, March 3, 2014", "2014-03-03"),
        ("on 4th July 2011, at the invitation", "2011-07-04"),
        ("12/18/2001", "2001-12-18"),
        ("18/12/2001", "2001-12-18"),
        ("18 décembre 2001", "2001-12-18"),
        ("Sept. 5, 2012", "2012-09-05"),
        ("3rd of March 2014", "2014-03-03"),
        ("2014/03/03", "2014-03-03"),
        ("Wednesday 4 July 2018", "2018-07-04"),
    ],
)
def test_full_dates_in_many_formats(line: str, iso: str) -> None:
    ymd = dates.full_date(line)
    assert ymd is not None and dates.iso(ymd) == iso


@pytest.mark.parametrize("line", ["31.02.2011", "2011-13-01", "the year 2011", "Resolution 1973"])
def test_things_that_are_not_dates(line: str) -> None:
    assert dates.full_date(line) is None


@pytest.mark.parametrize(
    ("line", "md"),
    [("BRUSSELS, July 6 (Itar-Tass) —", (7, 6)), ("6/7 Tass 355", (7, 6)), ("on 4 July", (7, 4))],
)
def test_datelines_without_a_year(line: str, md: tuple[int, int]) -> None:
    assert dates.partial_date(line) == md


def test_never_the_future_but_today_is_a_date() -> None:
    today = dt.date.today()
    for d in (today + dt.timedelta(days=1), today + dt.timedelta(days=400)):
        assert dates.full_date(d.strftime("%d %B %Y")) is None
    doc = parse_text(f"Press release\n\n{today:%B %d, %Y}\n\nMR. X: Hello.", "x.txt")
    assert doc.date == today.isoformat()  # a page published today is dated today


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Москва, 12 апреля 2022 года", "2022-04-12"),
        ("2024年10月18日", "2024-10-18"),
        ("Warszawa, 3 października 2023", "2023-10-03"),
    ],
)
def test_dates_in_other_languages(line: str, iso: str) -> None:
    ymd = dates.full_date(line)
    assert ymd is not None and dates.iso(ymd) == iso


def test_no_date_is_none() -> None:
    assert parse_text("Remarks\n\nMR. X: Hello there.\n\nMR. Y: Hi.", "x.txt").date is None


@pytest.mark.parametrize(
    ("prefix", "iso", "inferred"),
    [
        ("000", "2011-06-08", False),
        ("001", "2011-07-04", False),
        ("002", "2001-12-18", False),
        ("003", "2011-07-04", False),
        ("004", "2011-07-06", True),
    ],
)
def test_seed_dates_prefer_publication_over_last_updated(
    prefix: str, iso: str, inferred: bool
) -> None:
    doc = parse_file(seed(prefix))
    assert (doc.date, doc.date_inferred) == (iso, inferred)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Talks on July 4. The summit next year in 2012. Lavrov said on Monday.", 2011),
        (
            "In 1997 the Founding Act was signed. The 2012 summit will be in Chicago next year.",
            2011,
        ),
        ("The 2013 budget was adopted last year in 2012.", 2013),
        ("Elections are due in 2014.", 2014),
    ],
)
def test_year_inference(text: str, year: int) -> None:
    assert dates.infer_year((7, 6), text) == year


def test_no_year_anywhere_takes_the_latest_year_whose_weekday_fits_the_lead(monkeypatch) -> None:
    monkeypatch.setattr(dates, "today", lambda: dt.date(2026, 11, 26))
    lead = "BRUSSELS, Feb 24 (Reuters) - NATO will act, Stoltenberg said on Thursday."
    assert dates.infer_year((2, 24), lead) == 2022
    assert dates.infer_year((2, 24), "BRUSSELS, Feb 24 - NATO will act.") is None


def test_publication_date_beats_last_updated_even_when_listed_first() -> None:
    text = "Statement\n\nLast updated: 09 Jun. 2011\nPublished: 08 Jun. 2011\n\nMR. X: Hello.\n\nMR. Y: Hi."
    assert parse_text(text, "x").date == "2011-06-08"


def test_date_before_an_updated_note_on_the_same_line_is_the_publication_date() -> None:
    head = ["EU agrees sanctions", "June 20, 2024 4:15 PM GMT+2 Updated 3 hours ago"]
    assert dates.find_date(head, "The EU agreed on Thursday.") == ("2024-06-20", False)


def test_reporters_byline_names_no_speaker_and_section_crumbs_are_no_title() -> None:
    text = (
        "World\nEurope\n\nEU agrees new sanctions\n\nBy Julia Payne and Andrew Gray\n\n"
        "BRUSSELS, June 20, 2024 (Reuters) - The EU agreed a package, diplomats said.\n\n"
        "It targets LNG."
    )
    doc = parse_text(text, "x")
    assert (doc.title, doc.participants) == ("EU agrees new sanctions", ())


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        (
            "000",
            "Press conference by NATO Secretary General Anders Fogh Rasmussen following the "
            "meeting of the NATO-Russia Council at the level of Defence Ministers",
        ),
        ("002", "NATO and Russia Looking at New Challenges"),
        ("003", "NATO-Russia Council makes progress in Sochi"),
        ("004", "RF, NATO can agree on ABM by spring 2012 summit – Rasmussen."),
    ],
)
def test_title_is_the_documents_own_heading(prefix: str, title: str) -> None:
    assert parse_file(seed(prefix)).title == title


@pytest.mark.parametrize(
    ("prefix", "place"), [("002", "Brussels"), ("004", "Brussels"), ("001", "Sochi")]
)
def test_place(prefix: str, place: str) -> None:
    assert parse_file(seed(prefix)).place == place


@pytest.mark.parametrize(
    ("prefix", "kind"),
    [
        ("000", "transcript"),
        ("001", "statement"),
        ("002", "transcript"),
        ("003", "news"),
        ("004", "news"),
    ],
)
def test_kind(prefix: str, kind: str) -> None:
    assert parse_file(seed(prefix)).kind == kind


def test_participants_in_order_of_first_turn() -> None:
    doc = parse_file(seed("002"))
    assert doc.participants == ("Lord Robertson", "Sergei Ivanov")


def test_an_html_page_without_a_printed_date_falls_back_to_its_metadata() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2012-03-26T10:15:00Z">'
        "<title>Talks</title></head><body><article><h1>Talks in Seoul</h1>"
        "<p>MR. SMITH: We had a long and useful meeting today about many things.</p>"
        "<p>MR. JONES: I agree entirely with what my colleague has just said.</p>"
        "</article></body></html>"
    )
    assert parse_text(page, "p.html", html=True).date == "2012-03-26"


def test_a_printed_date_beats_the_html_metadata_date() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2012-03-28T10:15:00Z">'
        "</head><body><article><h1>Talks in Seoul</h1><p>26 March 2012</p>"
        "<p>MR. SMITH: We had a long and useful meeting today about many things.</p>"
        "<p>MR. JONES: I agree entirely with what my colleague has just said.</p>"
        "</article></body></html>"
    )
    assert parse_text(page, "p.html", html=True).date == "2012-03-26"


def test_a_place_above_the_date_is_no_title_and_the_heading_below_is() -> None:
    from nrc_search.ingest import parse_text

    text = (
        "New York\n\n16 September 2015\n\n"
        "Secretary-General's press conference (full transcript)\n\n"
        "Good afternoon, Ladies and Gentlemen. It is a great pleasure to see you.\n\n"
        "This year's session of the General Assembly opens at a time of turmoil and hope.\n"
    )
    doc = parse_text(text, "page.txt")
    assert doc.title == "Secretary-General's press conference (full transcript)"
    assert doc.turns[0].text.startswith("Good afternoon")


def test_an_upper_case_heading_with_a_comma_is_no_news_dateline() -> None:
    from nrc_search.ingest import parse_text

    text = (
        "Speeches\n\n"
        "LUIS ALMAGRO, SECRETARY GENERAL OF THE ORGANIZATION OF AMERICAN STATES\n"
        "AT HIS INAUGURATION\n\nMay 26, 2015 - Washington, DC\n\n"
        "Pope Francis has said that efforts to build bridges are never in vain. He has "
        "pointed out that all wars are due to a lack of dialogue.\n\n"
        "We have five years ahead of us to face up to reality and to make it better.\n"
    )
    doc = parse_text(text, "page.txt")
    assert (doc.title or "").startswith("LUIS ALMAGRO, SECRETARY GENERAL")
    assert not any(t.text.startswith("LUIS") for t in doc.turns)


def test_a_photo_caption_printed_twice_under_the_headline_is_no_title() -> None:
    from nrc_search.ingest import parse_text

    cap = "Iran's Foreign Minister speaks at a news conference in Tehran (file photo)"
    text = (
        "Breaking News\n\nIran Says Nuclear Talks May Resume Next Week\n\n\n"
        f"{cap}\n{cap}\n\n"
        "Iran has offered to resume nuclear talks with world powers as early as next week.\n\n"
        "Iranian Foreign Minister Manouchehr Mottaki said Tuesday that Tehran is ready.\n"
    )
    doc = parse_text(text, "wire.txt")
    assert doc.title == "Iran Says Nuclear Talks May Resume Next Week"
    assert doc.turns[0].text.startswith("Iran has offered")
    assert cap in doc.dropped


def test_an_image_alt_text_ending_in_photo_is_a_caption() -> None:
    from nrc_search.ingest.clean import is_photo_caption

    assert is_photo_caption("Barack Obama photo")
    assert not is_photo_caption("The ministers posed for a photo.")


def test_a_labelled_line_with_a_copyright_sign_in_its_text_is_speech_not_a_caption() -> None:
    from nrc_search.ingest import parse_text

    doc = parse_text("Press conference, 8 June 2011\n\nMr. Smith (France): cafÃ© and wombat\n", "x")
    assert [(t.speaker, t.text) for t in doc.turns] == [("Mr. Smith", "cafÃ© and wombat")]
