"""A record that lost its line breaks runs its labels on inside one paragraph; a label that
ends in a dash ("NAME (Seat) -", "PRESIDENT -") starts a turn there as a colon label does,
after a sentence's end or after the stage note that closes the last speech, in any script,
as `nrc segment --format json` shows it. Made-up house styles."""

from __future__ import annotations

from tests.test_labels_grammar import _turns

ONE_PARAGRAPH = """\
Assembleia Regional de Vastmark - sessão de 3 de março de 2021

TOMAS VARGA (Norvik) - Senhor Presidente, peço a palavra para uma questão de ordem. \
PRESIDENTE - Tem a palavra o senhor deputado, por dois minutos. Seja breve, por favor. \
TOMAS VARGA (Norvik) - Obrigado. A votação não pode começar sem o relatório da comissão. \
(Aplausos na bancada da oposição) ÅSA LINDQVIST (Söderby) - Senhor Presidente, o relatório \
foi distribuído ontem a todos os deputados. PRESIDENTE - Obrigado. Vamos continuar a votação. \
(Continuou a votação) TOMAS VARGA (Norvik) - Protesto contra esta decisão.
"""


def test_dash_labels_run_on_inside_one_paragraph_each_open_a_turn(tmp_path) -> None:
    turns = _turns(tmp_path, ONE_PARAGRAPH)
    labelled = [(t["label"], t["text"].split()[0]) for t in turns if t["label"]]
    assert labelled == [
        ("TOMAS VARGA (Norvik) -", "Senhor"),
        ("PRESIDENTE -", "Tem"),
        ("TOMAS VARGA (Norvik) -", "Obrigado."),
        ("ÅSA LINDQVIST (Söderby) -", "Senhor"),
        ("PRESIDENTE -", "Obrigado."),
        ("TOMAS VARGA (Norvik) -", "Protesto"),
    ]
    by_label = {t["label"]: t["speaker"] for t in turns if t["label"]}
    assert by_label["ÅSA LINDQVIST (Söderby) -"] == "Åsa Lindqvist"
    # the stage note that closes a speech stays in it, and nothing of the speech is lost
    third = next(t for t in turns if t["text"].startswith("Obrigado. A votação"))
    assert third["text"].endswith("(Aplausos na bancada da oposição)")


NEWS = """\
Harbour talks resume

NORVIK - Talks on the harbour resumed on Monday, officials said. The mayor - who spoke to \
reporters - said the dispute was close to an end. "We are close," she said. The port - the \
largest in the region - has been closed for a week. SÖDERBY - Workers in Söderby said they \
would return on Tuesday. The union - which called the strike - said it agreed. VASTMARK - The \
regional council met on Monday evening and said it welcomed the news from Norvik and Söderby.
"""


def test_datelines_in_a_story_that_lost_its_line_breaks_open_no_turn(tmp_path) -> None:
    turns = _turns(tmp_path, NEWS)
    assert not any(t["label"] for t in turns)
    assert not any((t["speaker"] or "") in ("Norvik", "Söderby", "Vastmark") for t in turns)


BRACKET_MARKS = """\
항만청 정례 브리핑

안녕하십니까? 정례 브리핑을 시작하겠습니다. 오늘 일정은 두 건입니다.

항만청장은 오전 10시 노르빅 항만 점검에 참석합니다.

<질문> 노르빅 항만 공사는 언제 끝납니까? 일정이 늦어지고 있다는 보도가 있습니다.

<답변> 공사는 내년 봄에 끝날 예정입니다. 일정은 늦어지지 않았습니다.

<질문> 예산은 얼마입니까?

<답변> 예산은 추후에 말씀드리겠습니다.
"""


def test_marks_in_angle_brackets_are_labels_as_square_ones_are(tmp_path) -> None:
    turns = _turns(tmp_path, BRACKET_MARKS)
    labelled = [(t["label"], "question" in t["flags"], t["text"][:2]) for t in turns if t["label"]]
    assert labelled == [
        ("<질문>", True, "노르"),
        ("<답변>", False, "공사"),
        ("<질문>", True, "예산"),
        ("<답변>", False, "예산"),
    ]
    assert not any("<질문>" in t["text"] or "<답변>" in t["text"] for t in turns)


UNCASED_ALONE = """\
פרוטוקול ישיבת ועדת הנמל

סדר היום
הצעת חוק הנמל
נכחו
דנה לוי
משה כהן

הצעת חוק הנמל
היו"ר דנה לוי
אנחנו פותחים את הישיבה. נושא הישיבה הוא הצעת חוק הנמל.
משה כהן (סיעת הנמל)
יש לי שאלה.
היו"ר דנה לוי
בבקשה.
משה כהן (סיעת הנמל)
מתי תסתיים העבודה בנמל? התושבים מחכים כבר שנה
"""


def test_a_label_line_with_no_case_printed_again_over_each_speech_opens_turns(tmp_path) -> None:
    turns = _turns(tmp_path, UNCASED_ALONE)
    labelled = [(t["label"], t["text"]) for t in turns if t["label"]]
    assert labelled == [
        ('היו"ר דנה לוי', "אנחנו פותחים את הישיבה. נושא הישיבה הוא הצעת חוק הנמל."),
        ("משה כהן (סיעת הנמל)", "יש לי שאלה."),
        ('היו"ר דנה לוי', "בבקשה."),
        ("משה כהן (סיעת הנמל)", "מתי תסתיים העבודה בנמל? התושבים מחכים כבר שנה"),
    ]
    # the heading printed twice stands over a label, not over speech: it opens no turn
    assert not any(t["label"] == "הצעת חוק הנמל" for t in turns)


NUMBERED_QA = """\
Përgjigjet e zëdhënësit të Ministrisë për pyetjet e medias

1. Pyetje: Si e vlerëson ministria marrëveshjen e re për portin e Norvikut?

Përgjigje: Ministria e mirëpret marrëveshjen. Ajo është një hap i rëndësishëm për rajonin.

Ne u bëjmë thirrje të gjitha palëve ta zbatojnë atë.

2. Pyetje: Kur do të nisë puna në port?

Përgjigje: Puna do të nisë në pranverë.
"""


def test_numbered_question_labels_and_answer_labels_of_another_language(tmp_path) -> None:
    turns = _turns(tmp_path, NUMBERED_QA)
    got = [(t["label"], "question" in t["flags"], t["text"][:8]) for t in turns if t["label"]]
    assert got == [
        ("1. Pyetje", True, "Si e vle"),
        ("Përgjigje", False, "Ministri"),
        ("2. Pyetje", True, "Kur do t"),
        ("Përgjigje", False, "Puna do "),
    ]
    answer = next(t for t in turns if t["text"].startswith("Ministria"))
    assert answer["text"].endswith("ta zbatojnë atë.")  # the answer's second paragraph in it


STOPPED = """\
Vastmarkas Saeimas sēdes stenogramma

2021.gada 3.martā

Sēdes vadītājs. Labdien, godātie kolēģi! Sākam sēdi. Darba kārtībā ir likumprojekts par ostu.

Vārds deputātei Annai Bērziņai.

A.Bērziņa (OSTU PARTIJA).

Godātais sēdes vadītāj! Kolēģi! Likumprojekts ir sagatavots trešajam lasījumam.

Sēdes vadītājs. Paldies. Vārds deputātam Tomasam Vargam.

T.Vargs (pie frakcijām nepiederošs deputāts).

Kolēģi, es aicinu balsot pret likumprojektu.

A.Bērziņa. Komisija šo priekšlikumu neatbalstīja.

Sēdes vadītājs. Deputāti atbalsta. Debates slēdzu.
"""


def test_labels_ending_in_a_full_stop_that_the_record_prints_again_open_turns(tmp_path) -> None:
    turns = _turns(tmp_path, STOPPED)
    got = [(t["label"], t["text"].split()[0]) for t in turns if t["label"]]
    assert got == [
        ("Sēdes vadītājs.", "Labdien,"),
        ("A.Bērziņa (OSTU PARTIJA).", "Godātais"),
        ("Sēdes vadītājs.", "Paldies."),
        ("T.Vargs (pie frakcijām nepiederošs deputāts).", "Kolēģi,"),
        ("A.Bērziņa.", "Komisija"),
        ("Sēdes vadītājs.", "Deputāti"),
    ]
    first = next(t for t in turns if t["label"] == "Sēdes vadītājs.")
    assert first["text"].endswith("Vārds deputātei Annai Bērziņai.")  # the chair's two paragraphs


INTERVIEW = """\
Harbour talks: an interview

Okay. So the talks resume on Monday?

Yes. We expect an agreement by the end of the week.

Okay. And the workers?

Yes. They will be back on Tuesday.
"""


def test_a_word_that_opens_two_answers_with_a_full_stop_is_no_label(tmp_path) -> None:
    turns = _turns(tmp_path, INTERVIEW)
    assert not any(t["label"] for t in turns)


GREEK_ONE_PARAGRAPH = """\
Ενημέρωση των συντακτών από τον εκπρόσωπο

ΒΑΡΓΑΣ: Καλημέρα σας. Παρακαλώ, τις ερωτήσεις σας. ΠΑΠΑΔΟΠΟΥΛΟΥ: Κύριε Εκπρόσωπε, τι \
σημαίνει για το λιμάνι η νέα συμφωνία με την Vastmark; ΒΑΡΓΑΣ: Η συμφωνία είναι καλή για \
όλους. Θα υπογραφεί τη Δευτέρα. ΠΑΠΑΔΟΠΟΥΛΟΥ: Και οι εργαζόμενοι; ΒΑΡΓΑΣ: Θα επιστρέψουν την Τρίτη.
"""


def test_capitals_labels_run_on_after_a_sentence_in_another_script(tmp_path) -> None:
    turns = _turns(tmp_path, GREEK_ONE_PARAGRAPH)
    got = [(t["label"], t["text"].split()[0]) for t in turns if t["label"]]
    assert got == [
        ("ΒΑΡΓΑΣ", "Καλημέρα"),
        ("ΠΑΠΑΔΟΠΟΥΛΟΥ", "Κύριε"),
        ("ΒΑΡΓΑΣ", "Η"),
        ("ΠΑΠΑΔΟΠΟΥΛΟΥ", "Και"),
        ("ΒΑΡΓΑΣ", "Θα"),
    ]
