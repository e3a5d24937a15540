"""Turn boundaries on real pages' shapes, as `nrc segment FILE --format json --dropped` shows
them, each on a made-up page in the shape of the failure class: the deck a news page prints
under its headline and over its time bar ("8 min", "43 minutes ago") is header, not the
story's first turn, and the people it names are not the story's speakers."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment, turn_texts

DECK = """Harbour talks resume as ministers weigh new port fees

The transport minister Jane Doe heads to the coast for a second round of talks on the fees. But some officials are calling for tougher measures.

{bar}

A dispute inside the government over the port fees has been settled for now by the decision to keep talking with the shipping companies.

But as the two sides head toward a second round of talks on Saturday, it remains unclear what outcome the government is seeking and how long it will wait.

Harbour officials expect a decision on the fees before the end of the month, after the second round of talks.
"""


def test_a_deck_over_a_time_bar_is_header_not_a_turn(tmp_path: Path) -> None:
    for bar in (
        "8 min",
        "43 minutes ago",
        "Jane Doe at the harbour. Picture: Port Office\n2 hours ago",
    ):
        doc = segment(tmp_path, DECK.format(bar=bar))
        texts = turn_texts(doc)
        assert not any(t.startswith("The transport minister Jane Doe") for t in texts), texts
        assert texts[0].startswith("A dispute inside the government"), texts
        assert any(d.startswith("The transport minister Jane Doe") for d in doc["dropped"])
        assert all(t["speaker"] != "Jane Doe" for t in doc["turns"]), doc["turns"]


def test_a_lead_under_the_pages_date_bar_stays_the_first_turn(tmp_path: Path) -> None:
    page = DECK.format(bar="8 min").replace(
        "Harbour talks resume as ministers weigh new port fees\n",
        "Harbour talks resume as ministers weigh new port fees\n\n04 Jul. 2011 16:19\n",
    )
    texts = turn_texts(segment(tmp_path, page))
    assert texts[0].startswith("The transport minister Jane Doe"), texts


def test_a_deck_over_no_time_bar_stays_the_first_turn(tmp_path: Path) -> None:
    texts = turn_texts(segment(tmp_path, DECK.format(bar="The ministry said on Monday.")))
    assert texts[0].startswith("The transport minister Jane Doe"), texts


RELATED = """Minister says the alliance talks will go on

The foreign minister said on Tuesday that the talks with the alliance would go on through the summer.

"We will keep talking until there is an agreement," the minister told reporters in the capital.

{link}
"""


def test_a_read_also_link_in_any_language_is_no_turn(tmp_path: Path) -> None:
    for link in (
        "LÄS ÄVEN: Erdogan: Parliament infiltrated by agents",
        "Baca juga: Minister visits flood-hit villages",
        "Czytaj także: Minister meets his counterpart",
    ):
        doc = segment(tmp_path, RELATED.format(link=link))
        texts = turn_texts(doc)
        assert not any(t.startswith(link[:10]) for t in texts), texts
        assert link in doc["dropped"], doc["dropped"]
        assert any("The foreign minister said on Tuesday" in t for t in texts), texts


def test_a_speaker_label_in_capitals_stays_a_turn(tmp_path: Path) -> None:
    page = RELATED.format(link="ANNA BERG: We will keep talking, and we will agree by the autumn.")
    texts = turn_texts(segment(tmp_path, page))
    assert any("We will keep talking, and we will agree" in t for t in texts), texts


PICTURED = """Seven former ministers yet to start their envoy jobs

Former Sports Minister Hassan Ali. {credit}

Seven former ministers appointed as envoys are yet to report to their new stations, almost six months after they were nominated.

The group has not left the capital following delays in the credentials required for their departure.

The envoys are former ministers of agriculture, mining and sports, who were vetted by Parliament in the spring.

Officials at the ministry said the papers would be ready before the end of the month.
"""


def test_a_caption_with_a_bracketed_photo_credit_is_no_turn_and_no_speaker(
    tmp_path: Path,
) -> None:
    for credit in (
        "[Boniface Okendo, Standard]",
        "(Jabin Botsford/The Washington Post)",
        "Photo: Reuters",
    ):
        doc = segment(tmp_path, PICTURED.format(credit=credit))
        texts = turn_texts(doc)
        assert texts[0].startswith("Seven former ministers appointed"), texts
        assert len(texts) >= 3, texts  # the story's paragraphs, not one speech of his
        assert all(t["speaker"] != "Hassan Ali" for t in doc["turns"]), doc["turns"]
        assert any(credit in d for d in doc["dropped"]), doc["dropped"]


ABOUT = """Foreign Minister Jane Doe visits the flooded north

Foreign Minister Jane Doe travelled to the northern provinces on Monday, where the floods destroyed three villages.

In the capital of the province, Doe met the governor and the heads of the rescue services.

The minister Doe then inspected the dams on the river, which were repaired last year.

The visit ends on Wednesday with a meeting in the port city.
"""


def test_a_story_naming_its_headlines_person_again_is_no_statement_of_theirs(
    tmp_path: Path,
) -> None:
    texts = turn_texts(segment(tmp_path, ABOUT))
    assert len(texts) >= 3, texts  # the story's paragraphs, not one speech
    assert texts[0].startswith("Foreign Minister Jane Doe travelled"), texts


def test_a_statement_in_the_first_person_stays_one_turn(tmp_path: Path) -> None:
    page = ABOUT.replace(
        "In the capital of the province, Doe met", "In the capital of the province, we met"
    )
    doc = segment(tmp_path, page)
    assert len(doc["turns"]) == 1, turn_texts(doc)


SITTING = """SoVote

Decentralized Democracy

Senate Volume 153, Issue 11

44th Parl. 1st Sess.
December 14, 2021 02:00PM
  • Dec/14/21 2:00:00 p.m.

Hon. Jane Doe (Government Representative in the Senate): Thank you for your question, senator. The government has delivered on the income support measures for the provinces, and we will go on.

Hon. John Roe: Thank you, senator. When will the measures reach the northern provinces?
"""


def test_the_sittings_number_and_time_over_the_first_label_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, SITTING)
    texts = turn_texts(doc)
    assert texts[0].startswith("Thank you for your question"), texts
    assert "December 14, 2021 02:00PM" in " ".join(doc["dropped"]), doc["dropped"]
