"""Dates and titles of pages not in English, as `nrc segment FILE --format json` shows them,
each on a made-up page: a date written with the month's name in Spanish or Portuguese ("21 de
octubre de 2021"), Arabic, Greek or Ukrainian dates the document; a page-type label or a site
section's name in the page's language ("DISCOURS", "Gündem Haberleri") is never its title."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_structure3_titles import segment

RELEASE = """{dateline}

{headline}

{lead}

{quote}
"""

DATED = [
    (
        "Guatemala, 21 de octubre de 2021",
        "Cancilleres firman acuerdo de cooperación portuaria",
        "El ministro de Relaciones Exteriores firmó este jueves un acuerdo de cooperación portuaria con su homólogo.",
        "2021-10-21",
    ),
    (
        "Brasília, 5 de agosto de 2019",
        "Ministro inaugura nova linha de balsas no lago",
        "O ministro dos Transportes inaugurou nesta segunda-feira a nova linha de balsas entre as duas margens do lago.",
        "2019-08-05",
    ),
    (
        "السبت 16 نوفمبر 2024",
        "وزير النقل يفتتح خطا بحريا جديدا",
        "افتتح وزير النقل اليوم السبت خطا بحريا جديدا بين الميناءين بحضور عدد من المسؤولين.",
        "2024-11-16",
    ),
    (
        "Λευκωσία, 15 Μαΐου 2009",
        "Νέα γραμμή πλοίων ανάμεσα στα δύο λιμάνια",
        "Ο Υπουργός Μεταφορών εγκαινίασε σήμερα τη νέα γραμμή πλοίων ανάμεσα στα δύο λιμάνια.",
        "2009-05-15",
    ),
    (
        "Київ, 1 квітня 2008",
        "Міністр відкрив нову поромну лінію",
        "Міністр транспорту сьогодні відкрив нову поромну лінію між двома портами країни.",
        "2008-04-01",
    ),
]


@pytest.mark.parametrize(("dateline", "headline", "lead", "date"), DATED)
def test_a_date_with_the_month_named_in_the_pages_language_dates_it(
    tmp_path: Path, dateline: str, headline: str, lead: str, date: str
) -> None:
    page = RELEASE.format(dateline=dateline, headline=headline, lead=lead, quote="")
    doc = segment(tmp_path, page)
    assert doc["date"] == date
    assert doc["title"] == headline


TAGGED = """{label}

Ulaştırma Bakanı Ayşe Demir: Limanlarımızı büyütmeye devam edeceğiz

#Ayşe Demir#Liman#Gemi
Oluşturulma Tarihi: Mart 07, 2026 21:25

Ulaştırma Bakanı Ayşe Demir, İzmir'de düzenlenen “Ege Limanları Toplantısı”nın ardından basın toplantısı düzenledi. Yeni hatlarla ilgili konuşan Ulaştırma Bakanı Ayşe Demir, "Limanlarımızı büyütmeye devam edeceğiz. İlk gemileri mayısta bekliyoruz" dedi.

Ulaştırma Bakanı Ayşe Demir, "Yeni hatlar bölgenin ticaretini artıracak" diye konuştu.
"""


@pytest.mark.parametrize("label", ["Gündem Haberleri", "Ειδήσεις", "Noticias", "Actualités"])
def test_a_page_type_or_section_in_the_pages_language_is_not_the_title(
    tmp_path: Path, label: str
) -> None:
    doc = segment(tmp_path, TAGGED.format(label=label))
    headline = "Ulaştırma Bakanı Ayşe Demir: Limanlarımızı büyütmeye devam edeceğiz"
    assert (doc["title"] or "").startswith(headline)
    assert not any(t["text"].strip() == label for t in doc["turns"])


def test_a_question_on_the_pages_first_line_over_the_story_is_its_headline(
    tmp_path: Path,
) -> None:
    page = (
        "Is the new ferry line to Oslo already in deep water?\n"
        "The minister opened the line this morning. She is a huge fan of ferries, and she said "
        "so to the reporters on the quay in front of the new terminal building.\n"
        '"We expect the first ships in May," she told reporters after the ceremony.\n'
    )
    doc = segment(tmp_path, page)
    assert doc["title"] == "Is the new ferry line to Oslo already in deep water?"
    assert not any(t["text"].startswith("Is the new ferry line") for t in doc["turns"])
    assert any(t["text"].startswith("The minister opened the line") for t in doc["turns"])
