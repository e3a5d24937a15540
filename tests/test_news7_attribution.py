"""News stories in languages whose credit phrases, report verbs and word order the English
rules do not read: "Segundo X," / "Volgens X," opening a paragraph (according to X), a verb
that opens an Arabic sentence before its subject, Hindi verbs ending in a vowel sign. Each
story is made up; the property it shows recurs across publishers and languages."""

from __future__ import annotations

from pathlib import Path

from tests.test_news_attribution import _turns


def test_according_to_phrases_of_more_languages_credit_the_person_named_before(
    tmp_path: Path,
) -> None:
    story = (
        "Chanceler defende acordo\n\n"
        "O chanceler Rui Valadares afirmou nesta segunda-feira que o acordo comercial com o "
        "bloco será assinado em março.\n\n"
        "Segundo Valadares, os negociadores já fecharam os capítulos mais difíceis do texto.\n\n"
        "O texto ainda precisa ser aprovado pelo Congresso antes da assinatura.\n"
    )
    turns = _turns(tmp_path, story)
    assert turns[1][0] == "Rui Valadares"  # not "Segundo Valadares"
    assert turns[1][2] == "reported"
    assert turns[2][2] == "narration"


def test_a_dutch_volgens_paragraph_is_reported(tmp_path: Path) -> None:
    story = (
        "Minister over de grens\n\n"
        "Minister Pieter Jansen heeft dinsdag in Den Haag gezegd dat de grenscontroles "
        "voorlopig blijven.\n\n"
        "Volgens Jansen is er geen reden om de controles nu al af te schaffen.\n\n"
        "De oppositie wil volgende week een debat over de maatregel.\n"
    )
    turns = _turns(tmp_path, story)
    assert turns[1][2] == "reported"
    assert turns[1][0] == "Pieter Jansen"  # not "Volgens Jansen"


def test_an_arabic_verb_first_sentence_credits_the_name_after_the_verb(tmp_path: Path) -> None:
    # Arabic opens a sentence with its verb: "قال X، office، إن ..." (X, the minister, said
    # that ...), then "وأضاف <surname>" (and <surname> added) and "وأكد الوزير" (the minister
    # stressed).
    story = (
        "وزير الخارجية: المحادثات مستمرة\n\n"
        'قال سامي الحداد، وزير الخارجية والتعاون الدولي، إن "المحادثات مع الجيران مستمرة '
        'ولن تتوقف".\n\n'
        "وأضاف الحداد، في تصريحات للصحفيين اليوم الاثنين، أن الجولة المقبلة ستعقد في الشهر "
        "المقبل.\n\n"
        "وأكد الوزير . أن بلاده ملتزمة بالحوار مع جميع الأطراف.\n"
    )
    turns = _turns(tmp_path, story)
    assert [who for who, _, _ in turns] == ["سامي الحداد"] * 3
    assert turns[0][1] == "وزير الخارجية والتعاون الدولي"
    assert [how for _, _, how in turns] == ["quoted", "reported", "reported"]


def _story_turns(tmp_path: Path, pars: list[str]) -> list[tuple[str | None, str | None, str]]:
    return _turns(tmp_path, "\n\n".join(pars) + "\n")


def test_hindi_report_verbs_end_in_a_vowel_sign_and_take_the_subject_before_ne(
    tmp_path: Path,
) -> None:
    # "कहा" (said) and "बताया" (told) end in a vowel sign, which is no word character to a
    # regex; the subject ends at the particle "ने", the words after it ("सोमवार को", on
    # Monday) are not the name; "उन्होंने" (he) is the last speaker.
    turns = _story_turns(
        tmp_path,
        [
            "विदेश मंत्री ने बातचीत पर बात की",
            "विदेश मंत्री राजेश वर्मा ने सोमवार को कहा कि भारत पड़ोसी देशों के साथ बातचीत जारी रखेगा.",
            "उन्होंने बताया कि अगले दौर की बैठक मार्च में होगी.",
            'वर्मा ने कहा, "हम हर मुद्दे पर बात करने के लिए तैयार हैं."',
            "बैठक में दोनों देशों के अधिकारी शामिल होंगे.",
        ],
    )
    assert [who for who, _, _ in turns] == ["राजेश वर्मा"] * 3 + [None]
    assert turns[0][1] == "विदेश मंत्री"
    assert [how for _, _, how in turns] == ["reported", "reported", "quoted", "narration"]


def test_indonesian_report_verbs_and_the_pronoun_verb_ujarnya(tmp_path: Path) -> None:
    turns = _story_turns(
        tmp_path,
        [
            "Menlu siap berunding",
            "JAKARTA - Menteri Luar Negeri Sari Wulandari mengatakan Indonesia siap melanjutkan "
            "perundingan perbatasan dengan negara tetangga.",
            '"Kami siap berunding kapan saja, tetapi harus ada itikad baik," kata Wulandari '
            "kepada wartawan di Jakarta, Senin.",
            "Menurut Wulandari, putaran berikutnya akan digelar bulan depan.",
            '"Kita tidak boleh terburu-buru," ujarnya.',
            "Perundingan itu sudah berlangsung sejak tahun lalu.",
        ],
    )
    assert [who for who, _, _ in turns] == ["Sari Wulandari"] * 4 + [None]
    assert [how for _, _, how in turns] == ["reported", "quoted", "reported", "quoted", "narration"]


def test_a_document_or_an_unnamed_institution_saying_something_is_reported_not_narration(
    tmp_path: Path,
) -> None:
    turns = _story_turns(
        tmp_path,
        [
            "Ports ministry answers critics",
            "The Harbour Affairs Ministry on Tuesday rejected claims that the new levy on cargo "
            "ships had been introduced without consultation.",
            "The media release also said the levy would be reviewed after twelve months.",
            "Shipping companies have complained about the levy since it was announced.",
        ],
    )
    assert turns[1] == (None, "Harbour Affairs Ministry", "reported")  # the release's body
    assert turns[2][2] == "narration"
    turns = _story_turns(
        tmp_path,
        [
            "Visa rules to change",
            "Travellers will need a new permit from June.",
            "Regarding the cost, the ministry explained that the fee would stay the same.",
            "Close allies of the mayor and the ministry said they had not been consulted.",
        ],
    )
    assert turns[1] == (None, "ministry", "reported")  # no ministry named before: as printed
    assert turns[2][1] != "ministry"  # one part of a larger subject is not its speaker


def test_romanian_and_hungarian_report_verbs_credit_their_subject(tmp_path: Path) -> None:
    turns = _story_turns(
        tmp_path,
        [
            "Ministrul de externe despre aderare",
            "Ministrul de externe Ion Vasilescu a declarat marți că negocierile de aderare vor "
            "continua în luna martie.",
            '"Nu renunțăm la niciun capitol al negocierilor", a spus Vasilescu la Chișinău.',
            "Vasilescu a precizat că următoarea rundă va avea loc la Bruxelles.",
            "Opoziția cere o dezbatere în parlament.",
        ],
    )
    assert [who for who, _, _ in turns] == ["Ion Vasilescu"] * 3 + [None]
    assert [how for _, _, how in turns] == ["reported", "quoted", "reported", "narration"]
    turns = _story_turns(
        tmp_path,
        [
            "A miniszter a tárgyalásokról",
            "Kovács Béla külügyminiszter kedden Brüsszelben tárgyalt a szomszédos ország "
            "kollégájával.",
            '"A tárgyalások jó irányba haladnak, de még sok a teendő" - összegzett Kovács.',
            "Kovács kiemelte, hogy a következő fordulót már márciusban megtartják.",
        ],
    )
    assert [who for who, _, _ in turns[1:]] == ["Kovács Béla"] * 2
    assert [how for _, _, how in turns[1:]] == ["quoted", "reported"]


def test_a_weekday_between_the_subject_and_its_verb_is_no_part_of_the_name(
    tmp_path: Path,
) -> None:
    # American wire copy puts the day after the subject without "on": "X Tuesday said".
    turns = _story_turns(
        tmp_path,
        [
            "Minister rejects calls for early vote",
            "DUBLIN - Foreign Minister Clara Moynihan Tuesday rejected calls for an early "
            "election, saying the coalition would serve its full term.",
            "The opposition has called for a vote since the budget was defeated in March.",
        ],
    )
    assert turns[0] == ("Clara Moynihan", "Foreign Minister", "reported")
