"""Speakers, round thirteen: names and offices printed with letters beyond ASCII, and an
initial that looks like a courtesy title (made-up house styles).

A word is never cut at a letter outside ASCII: "ł", "ş", "č" are small letters, so no name or
office starts in the middle of "marszałek" or "konuşan". After an office word, "M." is the
member's initial ("Zastupnik M. Horvat:"), not the French "Monsieur".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_news_attribution import _turns
from tests.test_speakers3_registry import _people

# An invented Turkish wire story: the verb before the office ends in "ş" + "an" ("konuşan",
# speaking), glued to nothing, and the office and name follow it.
_TURKISH = """Bakan Korkmaz: Bölgede barış için çalışıyoruz

Ankara'da düzenlenen toplantının ardından konuşan Dışişleri Bakanı Ayşe Korkmaz, "Bölgede kalıcı barış için tüm taraflarla çalışıyoruz," dedi.

Korkmaz, görüşmelerin gelecek hafta süreceğini söyledi.
"""


def test_an_office_is_never_cut_out_of_the_word_before_it(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _TURKISH)
    said = [(who, role) for who, role, how in turns if who]
    assert said and all(who == "Ayşe Korkmaz" for who, _ in said), turns
    assert said[0][1] == "Dışişleri Bakanı", turns


# An invented Polish record: its chair note names the chair after "marszałek" (a small "ł"
# inside the word) and the chair's speech follows with no label.
_POLISH = """(Obradom przewodniczy marszałek Sejmu Anna Wiśniewska)

Otwieram posiedzenie Sejmu.

Proszę o zajęcie miejsc.
"""


def test_a_name_never_starts_inside_a_word(tmp_path: Path) -> None:
    words = set(_POLISH.replace("(", " ").replace(")", " ").split())
    for who, role, _ in _turns(tmp_path, _POLISH):
        for part in (who or "").split() + (role or "").split():
            assert part in words, (who, role)


# An invented Croatian record: a member's label is the title "Zastupnik" and an initial.
_CROATIAN = """Sjednica Sabora Ruritanije

Predsjednik Goran Jandrić: Otvaram sjednicu. Riječ ima zastupnik.

Zastupnik M. Horvat: Hvala, poštovani predsjedniče. Ovaj zakon je važan.

Predsjednik Goran Jandrić: Hvala. Sljedeći je zastupnik.
"""


def test_an_initial_after_an_office_is_no_courtesy_title(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _CROATIAN)
    assert [(who, role) for who, role, _ in turns] == [
        ("Goran Jandrić", "Predsjednik"),
        ("M. Horvat", "Zastupnik"),
        ("Goran Jandrić", "Predsjednik"),
    ], turns


# An invented Croatian government release: the office's complement, the government in the
# genitive, stands between the office and the name.
_GENITIVE = """Kovač u Saboru o sastanku Europskoga vijeća

Predsjednik Vlade Republike Hrvatske Ivan Kovač danas je u Saboru izvijestio zastupnike o sastanku Europskoga vijeća.

Govor predsjednika Vlade prenosimo u cijelosti:

„Drugi dan zaredom sam u Saboru i moram reći da je rasprava bila korisna,” rekao je Kovač.
"""


def test_a_government_in_the_genitive_belongs_to_the_office(tmp_path: Path) -> None:
    named = [(who, role) for who, role, _ in _turns(tmp_path, _GENITIVE) if who]
    assert named and all(who == "Ivan Kovač" for who, _ in named), named
    assert named[-1][1] == "Predsjednik Vlade Republike Hrvatske", named


# `nrc speakers` after `nrc ingest`: a name printed with letters no accent folding takes
# apart (a stroke "ł", "ø", "đ", the dotless "ı") in one document and in plain letters in
# another is one person.
@pytest.mark.parametrize(
    "spellings",
    [
        ["Jolanta Wałęsińska", "Jolanta Walesinska"],
        ["Ingrid Sørlie", "Ingrid Sorlie"],
        ["Marko Đurić", "Marko Duric"],
        ["Elif Kılınç", "Elif Kilinc"],
    ],
)
def test_a_name_in_plain_letters_is_the_same_speaker(tmp_path: Path, spellings) -> None:
    people = _people(tmp_path, spellings)
    assert people == [(spellings[0], 2)] or people == [(spellings[1], 2)], people


# An invented press release: the speaker is named only by office and surname.
_OFFICE_SURNAME = """Assembly leaders meet online

The bureau of the Riverine Parliamentary Assembly met by video link on Monday.

"We will keep our work going whatever the circumstances," said President Varga.

The next meeting is planned for the autumn.
"""


def test_an_office_printed_before_a_surname_is_the_role(tmp_path: Path) -> None:
    named = [(who, role) for who, role, _ in _turns(tmp_path, _OFFICE_SURNAME) if who]
    assert named == [("President Varga", "President")], named


# An invented debate: a name-and-office label whose name opens with a capital beyond Latin-1
# ("Ž", as "Ł", "Š", "Č", "Ő" open names of Central European languages).
_DEBATE = """Debate in the Riverine Assembly

Łukasz Nowak (Poland): Thank you, Madam President. We support the draft.

Željko Marić, Minister of Foreign Affairs of Ruritania: Thank you. Let me be brief.
"""


def test_a_label_s_name_may_open_with_any_latin_capital(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _DEBATE)
    assert [(who, role) for who, role, _ in turns] == [
        ("Łukasz Nowak", "Poland"),
        ("Željko Marić", "Minister of Foreign Affairs of Ruritania"),
    ], turns
