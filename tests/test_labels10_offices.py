"""Speaker labels that give an office and its holder, as `nrc segment --format json` shows
them. Small made-up documents in house styles no real page of the corpus prints."""

from __future__ import annotations

from tests.test_labels_grammar import _turns

# A ministry's briefing in Vietnamese, the spokesperson's office naming its ministry (in
# sentence case) before the holder's name.
OFFICE_OF_A_MINISTRY = """\
Họp báo thường kỳ của Bộ Cảng biển

Phóng viên: Khi nào cầu cảng phía bắc mở cửa trở lại?

Người phát ngôn Bộ Cảng biển Trần Văn An: Cầu cảng sẽ mở cửa vào thứ Hai tới.

Phóng viên: Giá vé phà có tăng không?

Người phát ngôn Bộ Cảng biển Trần Văn An: Hiện tại giá vé không thay đổi.
"""


def test_an_office_naming_its_ministry_before_the_holder(tmp_path):
    turns = [t for t in _turns(tmp_path, OFFICE_OF_A_MINISTRY) if t["label"]]
    answers = [t for t in turns if "question" not in t["flags"]]
    assert [(t["speaker"], t["role"]) for t in answers] == [
        ("Trần Văn An", "Người phát ngôn Bộ Cảng biển"),
        ("Trần Văn An", "Người phát ngôn Bộ Cảng biển"),
    ]
    assert answers[0]["text"] == "Cầu cảng sẽ mở cửa vào thứ Hai tới."


# A background briefing in Arabic, the anonymous briefer's office in square brackets with a
# colon after them, as translated transcripts print it.
BRACKETED_OFFICE = """\
إحاطة خلفية حول الموانئ

مدير الحوار: شكرا لكم جميعا على الحضور اليوم.

[المسؤول الكبير في هيئة الموانئ]: شكرا. سيفتح الرصيف الشمالي يوم الاثنين المقبل.

السؤال: هل سترتفع أسعار التذاكر؟

[المسؤول الكبير في هيئة الموانئ]: لا، ستبقى الأسعار كما هي.
"""


def test_an_office_in_brackets_then_a_colon_in_arabic(tmp_path):
    turns = [t for t in _turns(tmp_path, BRACKETED_OFFICE) if t["label"]]
    assert [t["label"] for t in turns] == [
        "مدير الحوار",
        "[المسؤول الكبير في هيئة الموانئ]",
        "السؤال",
        "[المسؤول الكبير في هيئة الموانئ]",
    ]
    assert turns[3]["text"] == "لا، ستبقى الأسعار كما هي."


# A parliament's record in Portuguese, a speech's line opening with the feminine article and
# a courtesy title ("A Sr.ª Ministra ...", "A" no answer tag), as a PDF's line breaks leave it.
ARTICLE_BEFORE_COURTESY = """\
Reunião plenária da Comissão dos Portos

O Sr. Presidente: — Tem a palavra o Sr. Deputado João Costa.

O Sr. João Costa (PSD): — Sr. Presidente, a pergunta é simples.
A Sr.ª Ministra sabe bem que o cais norte está fechado desde março.

O Sr. Presidente: — Muito obrigado.
"""


def test_the_article_before_a_courtesy_title_is_no_answer_tag(tmp_path):
    turns = _turns(tmp_path, ARTICLE_BEFORE_COURTESY)
    assert [t["label"] for t in turns if t["label"]] == [
        "O Sr. Presidente",
        "O Sr. João Costa (PSD)",
        "O Sr. Presidente",
    ]
    assert "A Sr.ª Ministra sabe bem" in turns[-2]["text"]


# An upper house's debates, the presiding officer for the time being labelled by the office
# and the Latin after it, a courtesy title before the office's article.
PRO_TEMPORE = """\
Debates of the Harbour Senate

Senator Doe: Would the senator take a question?

The Hon. the Speaker pro tempore: Senator Roe, would you take a question from Senator Doe?

Senator Roe: Yes.
"""


def test_an_office_held_pro_tempore(tmp_path):
    turns = [t for t in _turns(tmp_path, PRO_TEMPORE) if t["label"]]
    assert [t["label"] for t in turns] == [
        "Senator Doe",
        "The Hon. the Speaker pro tempore",
        "Senator Roe",
    ]
    assert turns[1]["role"] == "Speaker pro tempore"


# A chamber's record in Spanish, the chair's office with the holder's surname in brackets,
# then a stop and a dash in place of a colon.
NOTE_THEN_DASH = """\
Sesión ordinaria de la Cámara de Puertos

SR. PRESIDENTE (DOE).- En consideración el proyecto del muelle norte.

SR. ROE.- Señor presidente: el muelle abrirá el lunes.

SR. PRESIDENTE (DOE).- Se va a votar.
"""


def test_a_note_in_brackets_then_a_stop_and_a_dash(tmp_path):
    turns = [t for t in _turns(tmp_path, NOTE_THEN_DASH) if t["label"]]
    assert [t["label"] for t in turns] == [
        "SR. PRESIDENTE (DOE).-",
        "SR. ROE.-",
        "SR. PRESIDENTE (DOE).-",
    ]
    assert turns[2]["text"] == "Se va a votar."
