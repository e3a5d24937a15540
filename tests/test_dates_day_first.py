"""Numeric dates are day first in a document not in English (month first is mainly a US-English
habit): "04/11/2022" over an Italian or Indonesian transcript is 4 November, over an English one
April 11. Made-up house styles, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main

ITALIAN = """Conferenza stampa del ministro sul vertice regionale

Roma, 04/11/2022 - ore 12:30

MINISTRO: Buongiorno a tutti. Oggi abbiamo discusso della cooperazione economica tra i nostri
paesi, della sicurezza alimentare e delle prossime tappe del dialogo politico. Siamo molto
soddisfatti dei risultati raggiunti durante questa giornata di lavoro insieme ai colleghi.

DOMANDA: Signor ministro, quali sono i prossimi passi per il negoziato sulle frontiere?

MINISTRO: Continueremo a lavorare con pazienza, perché la fiducia si costruisce nel tempo e
ogni passo avanti è importante per le nostre popolazioni.
"""

INDONESIAN = """Keterangan pers menteri usai pertemuan bilateral

Jakarta, 04/11/2022

MENTERI: Selamat siang. Hari ini kami membahas kerja sama ekonomi, ketahanan pangan dan
langkah berikutnya dalam dialog politik antara kedua negara. Kami sangat puas dengan hasil
pertemuan ini dan berharap kerja sama ini terus berlanjut di masa depan bagi rakyat kita.

WARTAWAN: Apa langkah berikutnya dalam perundingan perbatasan?

MENTERI: Kami akan terus bekerja dengan sabar, karena kepercayaan dibangun perlahan.
"""

ENGLISH = """Press remarks by the minister after the regional summit

Washington, 04/11/2022

MINISTER: Good afternoon to all of you. Today we discussed the economic cooperation of our
countries, food security and the next steps in the political dialogue. We are very satisfied
with the results of this day of work with our colleagues, and with the progress on the border.

QUESTION: Minister, what are the next steps in the negotiation on the border?

MINISTER: We will continue to work with patience, because trust is built over time.
"""


def segment_date(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "remarks.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["date"]


@pytest.mark.parametrize("text", [ITALIAN, INDONESIAN])
def test_numeric_date_is_day_first_in_a_document_not_in_english(tmp_path: Path, text: str) -> None:
    assert segment_date(tmp_path, text) == "2022-11-04"


def test_numeric_date_stays_month_first_in_english(tmp_path: Path) -> None:
    assert segment_date(tmp_path, ENGLISH) == "2022-04-11"


def test_day_over_twelve_decides_in_either_language(tmp_path: Path) -> None:
    assert segment_date(tmp_path, ENGLISH.replace("04/11/2022", "18/11/2022")) == "2022-11-18"
    assert segment_date(tmp_path, ITALIAN.replace("04/11/2022", "11/18/2022")) == "2022-11-18"
