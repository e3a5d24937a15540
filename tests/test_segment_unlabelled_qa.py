"""Interviews whose turns carry no printed speaker label: dialogue dashes, bare questions
between the interviewee's labelled answers. A story that quotes people with dashes stays a
story."""

from __future__ import annotations

from nrc_search.ingest import parse_text

_DASH_INTERVIEW = """Интервью министра

Министр иностранных дел Иван Петров дал интервью нашей редакции. Приводим текст интервью:
— Иван Сергеевич, спасибо, что нашли время для разговора.
— Пожалуйста. Спрашивайте.
— Как вы оцениваете переговоры с соседями на этой неделе?
— Переговоры прошли хорошо. Мы договорились о новых встречах.
Работа продолжится осенью.
— Когда будет подписан договор?
— Думаю, до конца года.
"""

_DASH_STORY = """Министр о переговорах

Министр иностранных дел Иван Петров в среду встретился с коллегами.
— Переговоры прошли хорошо, — сказал министр журналистам.
— Мы договорились о новых встречах, — добавил он.
— Работа продолжится осенью, — отметил Петров.
— Что будет дальше? Увидим, — сказал он в завершение.
"""

_ANSWERS_LABELLED = """Chanceler fala ao jornal

LISBOA - O novo ministro João Silva falou ao jornal sobre a crise.

Qual a posição do governo diante da crise?

JOÃO SILVA - A nossa posição é clara. Defendemos o diálogo.

E qual a avaliação sobre uma intervenção?

JOÃO SILVA - Temos de esperar pelos inspetores.

O que pretende fazer pelos cidadãos no país?

JOÃO SILVA - Já estamos a preparar uma missão.
"""


def _turns(text: str):
    return parse_text(text, "test.txt").turns


def test_dash_dialogue_is_an_interview_with_questions_and_the_guests_answers() -> None:
    doc = parse_text(_DASH_INTERVIEW, "test.txt")
    assert doc.kind == "transcript"
    asked = [t.text[:20] for t in doc.turns if "question" in t.flags]
    assert asked == ["— Иван Сергеевич, сп", "— Как вы оцениваете ", "— Когда будет подпис"]
    replies = [t for t in doc.turns if t.attribution == "verbatim" and "question" not in t.flags]
    assert [t.speaker for t in replies] == ["Иван Петров"] * 3
    assert "Работа продолжится осенью." in replies[1].text  # an undashed line goes on the reply


def test_a_story_quoting_with_dashes_is_not_read_as_questions_and_answers() -> None:
    turns = _turns(_DASH_STORY)
    assert not any("question" in t.flags for t in turns)


def test_bare_questions_between_labelled_answers_are_the_interviewers_turns() -> None:
    turns = _turns(_ANSWERS_LABELLED)
    asked = [t.text for t in turns if "question" in t.flags]
    assert asked == [
        "Qual a posição do governo diante da crise?",
        "E qual a avaliação sobre uma intervenção?",
        "O que pretende fazer pelos cidadãos no país?",
    ]
    answers = [t for t in turns if t.label]
    assert all("?" not in t.text for t in answers)  # no answer holds the next question


_BARE_QUESTIONS = """Embajador, ¿cree que el viaje debió hacerse de todos modos?

Creo que sí, era una visita importante para las relaciones con la región.

¿Cómo ve la actuación del nuevo ministro? Él no se ha pronunciado todavía.

Lo fundamental es mantener un diálogo fluido con el Congreso en estos temas.

¿Qué le pareció el mensaje a la nación?

Entiendo que fue una decisión personal de la presidenta.
"""

_STORY_ASKING = """¿Habrá acuerdo esta semana?

El ministro de Economía dijo el lunes que las negociaciones seguirán.

Según fuentes oficiales, el acuerdo podría firmarse el jueves.

El Congreso votará la propuesta, informó la agencia.
"""


def test_a_page_that_opens_on_its_first_question_is_an_unlabelled_interview() -> None:
    doc = parse_text(_BARE_QUESTIONS, "test.txt")
    assert doc.kind == "transcript"
    asked = [t.text[:12] for t in doc.turns if "question" in t.flags]
    assert asked == ["Embajador, ¿", "¿Cómo ve la ", "¿Qué le pare"]  # "¿...?" then a comment
    assert all(t.speaker is None for t in doc.turns if "question" in t.flags)  # no host named


def test_a_story_under_a_question_lead_stays_a_story() -> None:
    doc = parse_text(_STORY_ASKING, "test.txt")
    assert not any("question" in t.flags for t in doc.turns)


_SHORT_DASH_INTERVIEW = """Ministras apie derybas

Užsienio reikalų ministras Jonas Petraitis interviu BNS kalbėjo apie derybas.

– Ministre, kaip vertinate šios savaitės derybas su kaimynais?

– Derybos vyko gerai. Susitarėme dėl naujų susitikimų rudenį.
"""


def test_two_dash_paragraphs_under_an_interview_intro_are_a_question_and_its_answer() -> None:
    turns = _turns(_SHORT_DASH_INTERVIEW)
    assert ["question" in t.flags for t in turns[-2:]] == [True, False]
    assert turns[-1].attribution == "verbatim"
    assert turns[-2].speaker is None  # the answer's names are not the interviewer's


_HEADLINE_OVER_DIALOGUE = """Сайт новостей

И.Петров: Мы должны говорить с соседями одним голосом

Советник премьер-министра И.Петров рассказал нам о внешней политике.

— Кто утверждает план визитов за рубеж?

— Совет безопасности, по предложению министерства.

— Значит, президент не может высказать своё мнение?

— Конечно, может, и высказывает.
"""


def test_a_headline_quoting_the_guest_over_a_dash_dialogue_names_the_answers() -> None:
    doc = parse_text(_HEADLINE_OVER_DIALOGUE, "test.txt")
    assert doc.kind == "transcript"
    assert not any(t.text.startswith("И.Петров:") for t in doc.turns)  # the headline: dropped
    replies = [t for t in doc.turns if t.text.startswith("— ") and "question" not in t.flags]
    assert len(replies) == 2
    assert {t.speaker for t in replies} == {"И. Петров"}
