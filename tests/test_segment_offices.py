"""The office-holder table: a speaker named only by office resolves by organisation and date;
a hand-over day is flagged, not guessed; a speakers file adds rows."""

from __future__ import annotations

import pytest

from nrc_search.errors import UnreadableFile
from nrc_search.ingest import offices, parse_text
from nrc_search.ingest.speakers import SpeakerRegistry


def test_statement_by_office_resolves_through_the_table() -> None:
    text = (
        "Opening Statement by the Secretary General\n\nBrussels, 12 May 2016\n\n"
        "NATO Defence Ministers met today. We have agreed to strengthen our defence.\n\n"
        "We will continue our work with partners.\n"
    )
    doc = parse_text(text, "sg.txt")
    assert [t.speaker for t in doc.turns] == ["Jens Stoltenberg"]


def test_role_only_label_resolves_by_the_page_organisation_and_date() -> None:
    text = (
        "Kremlin, Moscow, 20 November 2010\n\nPRESIDENT: Good afternoon. We have had talks.\n\n"
        "QUESTION: Will Russia join?\n\nPRESIDENT: We are ready to discuss it.\n"
    )
    doc = parse_text(text, "kremlin.txt")
    assert [t.speaker for t in doc.turns] == ["Dmitry Medvedev", None, "Dmitry Medvedev"]
    assert "office-table" in doc.turns[0].flags


def test_hand_over_day_is_flagged_not_guessed() -> None:
    held = offices.holder("NATO", "Secretary General", "2024-10-01")  # Stoltenberg -> Rutte
    assert held is not None and held.name is None and "handover" in held.flags
    assert offices.holder("NATO", "Secretary General", "2024-09-30").name == "Jens Stoltenberg"
    # the list read ends Rasmussen's term on 30 September 2014: 1 October is Stoltenberg's
    assert offices.holder("NATO", "Secretary General", "2014-09-30").name == "Anders Fogh Rasmussen"
    assert offices.holder("NATO", "Secretary General", "2014-10-01").name == "Jens Stoltenberg"
    assert offices.holder("NATO", "Secretary General", "1989-01-01") is not None
    assert offices.holder("NATO", "Secretary General", "1960-01-01") is None


def test_no_date_no_guess() -> None:
    text = "PRESIDENT: Good afternoon.\n\nQUESTION: Will Russia join?\n\nPRESIDENT: Yes.\n"
    doc = parse_text("Kremlin\n\n" + text, "undated.txt")
    assert doc.turns[0].speaker is None and doc.turns[0].role == "President"


def test_every_row_has_dates_in_order_and_a_source_or_says_unverified() -> None:
    for t in offices.terms():
        assert t.start and (not t.end or t.start <= t.end), t
        assert t.source.startswith("http") or t.verified == "no", t


def test_speakers_file_adds_office_rows(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv(offices.ROWS_ENV, raising=False)
    path = tmp_path / "speakers.txt"
    path.write_text("office: OSCE; Secretary General; Feridun Sinirlioğlu; 2024-12-04\n")
    SpeakerRegistry().load_aliases(path)
    held = offices.holder("OSCE", "Secretary General", "2025-03-01")
    assert held is not None and held.name == "Feridun Sinirlioğlu"


def test_malformed_office_row_names_the_line(tmp_path) -> None:
    path = tmp_path / "speakers.txt"
    path.write_text("# rows\noffice: NATO; Secretary General; Somebody\n")
    with pytest.raises(UnreadableFile, match=r"speakers\.txt:2"):
        SpeakerRegistry().load_aliases(path)
