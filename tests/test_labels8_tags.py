"""Question and answer labels the grammar read as speech, as `nrc segment --format json`
shows them: a question or answer tag in brackets with no colon, in any script. Small made-up
documents in house styles no real page of the corpus prints."""

from __future__ import annotations

import pytest

from tests.test_labels_grammar import _turns

# A ministry's briefing in Korean, its questions and answers tagged in angle brackets at the
# start of the paragraph, no colon (the Korean words for question and answer).
ANGLE_TAGS = """\
정례 브리핑

안녕하십니까? 오늘 발표할 내용은 없습니다.

<질문> 항만 협정에 대해서 입장이 있으신지 궁금합니다.

<답변> 정부는 협정 내용을 면밀히 검토하고 있습니다.

<질문> 다음 회담 일정은 정해졌습니까?

<답변> 아직 정해진 바가 없습니다.
"""

# The same in English, the tags in angle and double angle brackets, and a question tagged in
# round brackets.
ROUND_TAGS = """\
Harbour Authority weekly briefing

(Q) What is the status of the northern pier?

<A> The northern pier reopens on Monday.

《Question》 And the ferry timetable?

《Answer》 Unchanged for now.
"""

# An enumeration in a statement: "(a)", "(A)" open no answer.
ENUMERATED = """\
Harbour Authority notice

The Authority has decided the following:

(a) the northern pier reopens on Monday;

(A) the ferry timetable is unchanged.
"""


def test_angle_bracket_tags_open_question_and_answer_turns(tmp_path):
    turns = _turns(tmp_path, ANGLE_TAGS)
    tagged = [t for t in turns if t["label"]]
    assert [t["label"] for t in tagged] == ["<질문>", "<답변>", "<질문>", "<답변>"]
    assert ["question" in t["flags"] for t in tagged] == [True, False, True, False]
    assert tagged[0]["text"].startswith("항만 협정에")
    assert tagged[3]["text"] == "아직 정해진 바가 없습니다."


def test_angle_round_and_double_angle_tags_in_english(tmp_path):
    turns = _turns(tmp_path, ROUND_TAGS)
    tagged = [(t["label"], "question" in t["flags"], t["text"]) for t in turns if t["label"]]
    assert tagged == [
        ("(Q)", True, "What is the status of the northern pier?"),
        ("<A>", False, "The northern pier reopens on Monday."),
        ("《Question》", True, "And the ferry timetable?"),
        ("《Answer》", False, "Unchanged for now."),
    ]


def test_an_enumeration_is_no_answer(tmp_path):
    turns = _turns(tmp_path, ENUMERATED)
    assert all(t["label"] is None for t in turns)
    assert [t["text"].count("\n\n(") for t in turns] == [2]  # both items stay in the notice


# An interview in Arabic, its question and answer labels with the glued article ("the
# question", "the answer"), and one in Spanish with the article a word of its own.
ARTICLED = """\
حوار مع وزير الموانئ

السؤال: ما هي خططكم للميناء الشمالي؟

الجواب: سنعيد افتتاحه يوم الاثنين.

السؤال: وماذا عن العبارات؟

الجواب: لا تغيير في الوقت الحاضر.
"""

ARTICLED_ES = """\
Entrevista con la ministra de Puertos

La pregunta: ¿Qué planes tiene para el muelle norte?

La respuesta: Lo reabriremos el lunes.

La pregunta: ¿Y los transbordadores?

La respuesta: Por ahora no cambia nada.
"""


@pytest.mark.parametrize("text", [ARTICLED, ARTICLED_ES])
def test_question_and_answer_labels_with_their_article(tmp_path, text):
    turns = [t for t in _turns(tmp_path, text) if t["label"]]
    assert len(turns) == 4
    assert ["question" in t["flags"] for t in turns] == [True, False, True, False]
    assert all(t["speaker"] is None for t in turns)  # no one named: never "السؤال" as a person


# A press encounter whose journalists are labelled by outlet and name, in no form the grammar
# knows as a journalist's, each answered under "Answer:".
OUTLET_NAMED = """\
Harbour Minister meets the press

HBC Jane Marlow: Your deputy has criticised the pier contract. How do you respond.

Answer: The contract was tendered openly and I stand by it.

Tidewater Tom Pryce: The ferry fares rise in March.

Answer: They rise less than inflation.
"""


def test_a_label_before_an_answer_label_asks(tmp_path):
    turns = [t for t in _turns(tmp_path, OUTLET_NAMED) if t["label"]]
    assert [t["label"] for t in turns] == [
        "HBC Jane Marlow",
        "Answer",
        "Tidewater Tom Pryce",
        "Answer",
    ]
    assert ["question" in t["flags"] for t in turns] == [True, False, True, False]
    assert [t["speaker"] for t in turns if t["label"] == "Answer"] == [None, None]  # not an asker


# A committee's record in Hindi, each speaker's label alone on its line over the speech with
# no blank line between turns (one after the heading): the chair by office and name, a member by name and party.
CASELESS_RECORD = """\
बंदरगाह समिति की बैठक

अध्यक्ष राम कुमार
बैठक शुरू होती है। पहला विषय उत्तरी बंदरगाह का अनुबंध है और दूसरा विषय नौका सेवा का किराया है।
सीता देवी (जनता दल)
मेरे पास एक प्रश्न है। क्या अनुबंध की शर्तें सदस्यों को पढ़ने के लिए दी जाएंगी?
अध्यक्ष राम कुमार
कृपया बोलिए। शर्तें कल सुबह सभी सदस्यों को भेज दी जाएंगी।
सीता देवी (जनता दल)
बंदरगाह का अनुबंध सबके सामने होना चाहिए। जनता को यह जानने का अधिकार है।
अध्यक्ष राम कुमार
धन्यवाद। अब हम दूसरे विषय पर चलते हैं।
"""


def test_labels_alone_on_a_line_in_a_script_without_capitals(tmp_path):
    turns = [t for t in _turns(tmp_path, CASELESS_RECORD) if t["label"]]
    assert [(t["speaker"], t["role"]) for t in turns] == [
        ("राम कुमार", "अध्यक्ष"),  # the office opens the label: no part of the name
        ("सीता देवी", "जनता दल"),
        ("राम कुमार", "अध्यक्ष"),
        ("सीता देवी", "जनता दल"),
        ("राम कुमार", "अध्यक्ष"),
    ]
    assert turns[4]["text"] == "धन्यवाद। अब हम दूसरे विषय पर चलते हैं।"


# A ministry's written answers in Polish, each question numbered before its label.
NUMBERED_QA = """\
Odpowiedzi rzecznika ministerstwa portów

1. Pytanie: Kiedy zostanie otwarte północne nabrzeże?

Odpowiedź: Nabrzeże zostanie otwarte w poniedziałek.

2. Pytanie: Czy ceny biletów promowych wzrosną?

Odpowiedź: Na razie ceny się nie zmienią.
"""


def test_a_numbered_question_label_in_any_language(tmp_path):
    turns = [t for t in _turns(tmp_path, NUMBERED_QA) if t["label"]]
    assert [(t["label"], "question" in t["flags"]) for t in turns] == [
        ("1. Pytanie", True),
        ("Odpowiedź", False),
        ("2. Pytanie", True),
        ("Odpowiedź", False),
    ]
    assert turns[2]["text"] == "Czy ceny biletów promowych wzrosną?"


# A briefing printed as a list, each label after a list's mark ("+ ", and ". " where a page's
# bullet glyph was lost in the text).
BULLETED = """\
Họp báo thường kỳ của Bộ Cảng biển

. Phóng viên Báo Cảng: Khi nào cầu cảng phía bắc mở cửa trở lại?

+ Người phát ngôn Trần Văn An: Cầu cảng sẽ mở cửa vào thứ Hai tới.

. Phóng viên Đài Biển: Giá vé phà có tăng không?

+ Người phát ngôn Trần Văn An: Hiện tại giá vé không thay đổi.
"""


def test_labels_after_a_lists_marks(tmp_path):
    turns = [t for t in _turns(tmp_path, BULLETED) if t["label"]]
    assert [("question" in t["flags"], t["speaker"]) for t in turns] == [
        (True, "Báo Cảng"),  # a reporter of the newspaper named after the asker's word
        (False, "Trần Văn An"),
        (True, "Đài Biển"),
        (False, "Trần Văn An"),
    ]
    assert turns[1]["text"] == "Cầu cảng sẽ mở cửa vào thứ Hai tới."


# A ministry's press conference in French, the office after its article, then its holder's
# courtesy title and name after a comma.
OFFICE_THEN_HOLDER = """\
Conférence de presse du ministère des Ports

Le ministre des Ports, M. Jean Dupont : Mesdames et Messieurs, bonjour.

Question : Quand le quai nord rouvrira-t-il ?

Le ministre des Ports, M. Jean Dupont : Lundi prochain.
"""


def test_an_office_then_its_holder_after_a_comma(tmp_path):
    turns = [t for t in _turns(tmp_path, OFFICE_THEN_HOLDER) if t["label"]]
    assert [(t["speaker"], t["role"]) for t in turns if "question" not in t["flags"]] == [
        ("Jean Dupont", "ministre des Ports"),  # the name no part of the role
        ("Jean Dupont", "ministre des Ports"),
    ]
