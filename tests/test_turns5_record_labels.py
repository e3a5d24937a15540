"""The one label grammar on records and press conferences not in English, as `nrc segment
--format json` shows them: an article and a courtesy title before a member or an office ("El
señor X:", "O SR. X (PT - SP) -", "M. le président. –"), a dash or a hyphen after the label
in place of a colon, a party with a number in its note, an office of another language's
record before the name ("Poseł X:"), a record's mark or corner brackets before a Chinese or
Japanese label with no colon ("○委員長（X君）　", "【发言人】"), a verb closing a Han label
("※X報告:"), and a record's list fields that open no turn. An English story with colons and
dashes stays one turn per paragraph. Made-up documents in made-up house styles."""

from __future__ import annotations

import pytest

from nrc_search.ingest.labels import match_label
from tests.test_segment_properties import segment


def _shape(tmp_path, text: str) -> list[tuple]:
    """(speaker, role, the first words of the speech) of every turn."""
    turns = segment(tmp_path, text)["turns"]
    return [(t["speaker"], t["role"], " ".join(t["text"].split())[:20]) for t in turns]


FRENCH = """\
Compte rendu intégral de la séance du 14 mars

M. le président. – La séance est ouverte.

Mme Jeanne Dupont (groupe Écologiste). – Monsieur le ministre, la situation se dégrade.

M. Paul Garnier, ministre de l'Europe et des affaires étrangères. – Madame la députée, merci.

Nous agissons avec nos partenaires.

Mme la présidente. - La parole est à M. Lucien Bastide.

M. Lucien Bastide (LR). - Monsieur le ministre, vos réponses ne suffisent pas.
"""

SPANISH = """\
DIARIO DE SESIONES, sesión plenaria núm. 42

La señora PRESIDENTA: Se abre la sesión.

El señor MOLINA RUIZ: Gracias, señora presidenta. ¿Cuándo piensa actuar?

El señor MINISTRO DE ASUNTOS EXTERIORES (Ortega Vidal): Muchas gracias, señora presidenta.

Hemos trabajado con nuestros socios.
"""

PORTUGUESE = """\
SESSÃO DELIBERATIVA ORDINÁRIA

O SR. PRESIDENTE (Carlos Mota. Bloco/PSD - BA) - Está aberta a sessão.

O SR. JOÃO SILVA (PT - SP) - Sr. Presidente, obrigado. Quero tratar da política externa.

A SRA. MARIA SOUZA (PSDB - MG) - Sr. Presidente, peço a palavra pela ordem.
"""

GERMAN_POLISH = """\
Stenografischer Bericht, 112. Sitzung

Präsident Dr. Norbert Kessler:
Guten Morgen! Die Sitzung ist eröffnet.

Dr. Anna Schmidt (BÜNDNIS 90/DIE GRÜNEN):
Herr Präsident! Die Lage ist ernst.

Poseł Jan Kowalski:
Panie Marszałku! Polityka zagraniczna wymaga zmian.

Posłanka Ewa Zielińska:
Pani Marszałek! Nie zgadzam się.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            FRENCH,
            [
                (None, "président", "La séance est ouvert"),
                ("Mme Jeanne Dupont", None, "Monsieur le ministre"),
                (
                    "M. Paul Garnier",
                    "ministre de l'Europe et des affaires étrangères",
                    "Madame la députée, m",
                ),
                (None, "présidente", "La parole est à M. L"),
                ("M. Lucien Bastide", "LR", "Monsieur le ministre"),
            ],
        ),
        (
            SPANISH,
            [
                (None, "Presidenta", "Se abre la sesión."),
                ("Molina Ruiz", None, "Gracias, señora pres"),
                ("Ortega Vidal", "Ministro De Asuntos Exteriores", "Muchas gracias, seño"),
            ],
        ),
        (
            PORTUGUESE,
            [
                ("Carlos Mota", "Presidente", "Está aberta a sessão"),
                ("João Silva", "PT - SP", "Sr. Presidente, obri"),
                ("Maria Souza", "PSDB - MG", "Sr. Presidente, peço"),
            ],
        ),
        (
            GERMAN_POLISH,
            [
                ("Norbert Kessler", "Präsident", "Guten Morgen! Die Si"),
                ("Dr. Anna Schmidt", "BÜNDNIS 90/DIE GRÜNEN", "Herr Präsident! Die "),
                ("Jan Kowalski", "Poseł", "Panie Marszałku! Pol"),
                ("Ewa Zielińska", "Posłanka", "Pani Marszałek! Nie "),
            ],
        ),
    ],
    ids=["french-dash", "spanish-article", "portuguese-hyphen", "german-polish"],
)
def test_records_in_other_languages(tmp_path, text, want):
    assert _shape(tmp_path, text) == want


CHINESE = """\
外交部例行记者会

【发言人】各位记者朋友，大家好。今天没有要发布的消息。

【记者】中方对此有何评论？

【发言人】我们已经多次表明立场。

※国际新闻司司长王明报告:
一、关于近期情况。

出席委員:林一 陳二 張三
"""

JAPANESE = """\
外務委員会議録　第三号

○委員長（山田太郎君）　これより会議を開きます。鈴木一郎君。

○鈴木一郎君　おはようございます。大臣にお伺いします。

○佐藤外務大臣　お答えいたします。政府としては注視しております。
"""


def test_chinese_briefing_corner_brackets_mark_and_verb(tmp_path):
    turns = segment(tmp_path, CHINESE)["turns"]
    got = [(t["label"], t["role"], "question" in t.get("flags", []) or t["speaker"]) for t in turns]
    assert [t["text"].split("。")[0] for t in turns] == [
        "各位记者朋友，大家好",
        "中方对此有何评论？",
        "我们已经多次表明立场",
        "一、关于近期情况",
    ]  # the list field "出席委員:林一 陳二 張三" opens no turn
    assert [g[0] for g in got] == [
        "【发言人】",
        "【记者】",
        "【发言人】",
        "※国际新闻司司长王明报告",
    ]
    assert turns[3]["speaker"] == "王明" and turns[3]["role"] == "国际新闻司司长"


def test_japanese_record_mark_without_colon(tmp_path):
    assert _shape(tmp_path, JAPANESE) == [
        ("山田太郎", "委員長", "これより会議を開きます。鈴木一郎君。"),
        ("鈴木一郎", None, "おはようございます。大臣にお伺いします。"),
        ("佐藤", "外務大臣", "お答えいたします。政府としては注視してお"),
    ]


# An English story whose lines hold colons, dashes and words that open labels in other
# languages' records ("Don", "Pan", "Tuan", "Le", "A"): every paragraph one turn, no label.
ENGLISH_STORY = """\
Harbour talks stall as ministers trade blame

By Jane Porter

LINDHOLM, March 3 (Harbour Post) - Talks on the harbour treaty stalled on Tuesday, officials said.

The sticking point: who pays for the dredging. Neither side would say how far apart they were.

Don Alvarez, a shipping analyst, put it bluntly: the deal is dead unless the fees come down.

A senior official - speaking on condition of anonymity - said the talks would resume next week.

Pan Wei, the delegation's spokesman, told reporters: "We remain hopeful."

Le Monde. - The French paper reported similar doubts on Monday.

Tuan Nguyen, a trader in the port, said: business has slowed to a crawl.

The lesson of the week: patience. The ministers meet again on March 10.
"""


def test_english_story_with_colons_stays_one_turn_per_paragraph(tmp_path):
    doc = segment(tmp_path, ENGLISH_STORY)
    firsts = [" ".join(t["text"].split())[:14] for t in doc["turns"]]
    assert firsts == [
        "LINDHOLM, Marc",
        "The sticking p",
        "Don Alvarez, a",
        "A senior offic",
        "Pan Wei, the d",
        "Le Monde. - Th",
        "Tuan Nguyen, a",
        "The lesson of ",
    ]
    assert all(t["label"] is None for t in doc["turns"])


@pytest.mark.parametrize(
    "line",
    [
        "Don Alvarez: the deal is dead.",
        "Pan Wei: We remain hopeful.",
        "A man - a plan - a canal.",
        "Le Monde. - The paper said so.",
        "O Canada - the anthem was sung.",
        "The President - who spoke first - left early.",
        "Herr Schmidt said: no.",
    ],
)
def test_other_languages_leads_make_no_english_label(line):
    lab = match_label(line)
    assert lab is None or lab.weak or lab.name in ("Don Alvarez", "Pan Wei"), lab  # names stay


# A record's running head between the lines of a speech (its page number changing), and a
# label cut by a page break: the heads go to the dropped lines, the sentence and the label
# are whole again, the page break opens no turn.
PAGED_RECORD = """\
LANDTAG VON VASTMARK – 12. SITZUNG

Präsidentin Dr. Ilse Dorn: Ich eröffne die Sitzung. Wir beraten heute den

Landtag von Vastmark – 12. Sitzung – 14. März 2023                      Seite 2

Entwurf eines Hafengesetzes.

Herr Tomas Varga (Vastmark-Partei) (übersetzt aus dem

Landtag von Vastmark – 12. Sitzung – 14. März 2023                      Seite 3

Französischen): Frau Präsidentin, wir lehnen den Entwurf ab.

Die Fraktion hat das mehrfach gesagt, und sie bleibt dabei, weil die

Landtag von Vastmark – 12. Sitzung – 14. März 2023                      Seite 4

Gebühren für die Fischer zu hoch sind.

Präsidentin Dr. Ilse Dorn: Vielen Dank.
"""


def test_running_heads_and_a_label_cut_by_a_page_break(tmp_path):
    doc = segment(tmp_path, PAGED_RECORD, name="record.txt")
    texts = [" ".join(t["text"].split()) for t in doc["turns"]]
    assert [t["speaker"] for t in doc["turns"]] == ["Ilse Dorn", "Tomas Varga", "Ilse Dorn"]
    assert texts[0] == "Ich eröffne die Sitzung. Wir beraten heute den Entwurf eines Hafengesetzes."
    assert texts[1].startswith("Frau Präsidentin, wir lehnen den Entwurf ab.")
    assert texts[1].endswith("weil die Gebühren für die Fischer zu hoch sind.")
    assert not any("Seite" in t for t in texts)


def test_a_blank_line_inside_a_sentence_of_a_story_in_another_language(tmp_path):
    story = (
        "Hafengespräche stocken\n\n"
        "LINDHOLM (dpa) - Die Gespräche über den Hafenvertrag sind am Dienstag ins Stocken geraten.\n\n"
        "Der Minister sprach von einem schwierigen Treffen mit der\n\n"
        "Delegation aus Ruritanien, die neue Forderungen gestellt habe.\n\n"
        "Die Verhandlungen sollen in der kommenden Woche weitergehen.\n"
    )
    texts = [" ".join(t["text"].split())[:30] for t in segment(tmp_path, story)["turns"]]
    assert texts == [
        "LINDHOLM (dpa) - Die Gespräche",
        "Der Minister sprach von einem ",
        "Die Verhandlungen sollen in de",
    ]


# A parliament's record in a script without capitals, and an assembly's in Arabic with a long
# name: the courtesy title makes the label ("জনাব", "মাননীয়"); a bare name counts once the
# document prints it again.
BENGALI = """\
জাতীয় সংসদ বিতর্ক

মাননীয় স্পিকার: আলোচনা শুরু হোক। জনাব আজাদ, বলুন।

জনাব আবুল কালাম আজাদ (ঢাকা-১০): ধন্যবাদ মাননীয় স্পিকার। আমি প্রস্তাব সমর্থন করি।

মাননীয় স্পিকার: ধন্যবাদ।
"""

ARABIC = """\
محضر الجلسة

الرئيس: أعطي الكلمة الآن لممثل مصر.

السيد عبد الله بن زايد آل نهيان الثاني: شكرا سيدي الرئيس.

الرئيس: شكرا.
"""


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (BENGALI, ["মাননীয় স্পিকার", "জনাব আবুল কালাম আজাদ", "মাননীয় স্পিকার"]),
        (ARABIC, ["الرئيس", "السيد عبد الله بن زايد آل نهيان الثاني", "الرئيس"]),
    ],
    ids=["bengali", "arabic"],
)
def test_labels_in_scripts_without_capitals_and_long_arabic_names(tmp_path, text, speakers):
    turns = segment(tmp_path, text)["turns"]
    assert [t["label"].split(" (")[0] for t in turns] == speakers
    assert turns[1]["text"].startswith(("ধন্যবাদ", "شكرا"))


# A parliament's synopsis of its debates: an office in capitals wrapped over lines, the
# holder in the note, what the member did and "said:" closing the label.
SYNOPSIS = """\
SYNOPSIS OF DEBATES

Tuesday, March 4, 2025

HON. SPEAKER: The House will now take up the Harbours Bill.

THE MINISTER OF STATE IN THE MINISTRY

OF HARBOURS AND FISHERIES (SHRI TOMAS

VARGA) moving the motion for consideration of the Bill, said: The Bill gives the ports a new board.

THE MINISTER OF EXTERNAL AFFAIRS (DR. JANE DOE): The treaty with Ruritania is signed.
"""


def test_synopsis_labels_wrapped_with_said_and_office_holders(tmp_path):
    turns = segment(tmp_path, SYNOPSIS)["turns"]
    assert [(t["speaker"], t["role"], t["text"][:20]) for t in turns][1:] == [
        (
            "Tomas Varga",
            "Minister of State in the Ministry of Harbours and Fisheries",
            "The Bill gives the p",
        ),
        ("Jane Doe", "Minister of External Affairs", "The treaty with Ruri"),
    ]


ITALIAN = """\
RESOCONTO STENOGRAFICO, seduta n. 12

PRESIDENTE. Ha facoltà di parlare il Ministro degli affari esteri.

TOMAS VARGA, Ministro degli affari esteri. Grazie, Presidente. Il trattato è firmato.

PRESIDENTE. Grazie, Ministro.
"""

KOREAN = """\
외교부 정례 브리핑

사회자: 지금부터 브리핑을 시작하겠습니다.

김민준 대변인: 오늘 발표할 사항은 없습니다.

기자: 회담 일정이 정해졌습니까?

김민준 대변인: 아직 정해지지 않았습니다.
"""

ARTICLED = """\
Compte rendu de la commission

La présidente : Nous accueillons le ministre.

M. Paul Garnier, ministre des affaires étrangères : Merci, madame la présidente.

La présidente : La parole est aux députés.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            ITALIAN,
            [
                (None, "Presidente", "Ha facoltà di parlar"),
                ("Tomas Varga", "Ministro degli affari esteri", "Grazie, Presidente. "),
                (None, "Presidente", "Grazie, Ministro."),
            ],
        ),
        (
            ARTICLED,
            [
                (None, "présidente", "Nous accueillons le "),
                ("M. Paul Garnier", "ministre des affaires étrangères", "Merci, madame la pré"),
                (None, "présidente", "La parole est aux dé"),
            ],
        ),
    ],
    ids=["italian-full-stop", "french-article-office"],
)
def test_office_labels_with_a_full_stop_or_an_article(tmp_path, text, want):
    assert _shape(tmp_path, text) == want


def test_korean_briefing_labels(tmp_path):
    turns = segment(tmp_path, KOREAN)["turns"]
    assert [t["label"] for t in turns] == ["사회자", "김민준 대변인", "기자", "김민준 대변인"]
    assert "question" in turns[2]["flags"]


# Minutes in indirect speech: each numbered paragraph one reported turn, the chair by office
# the person the heading names, "He" and a paragraph naming nobody the last speaker's.
MINUTES = """\
HARBOUR COUNCIL

MINUTES OF MEETING

Chairperson: Ms. Ilse Dorn (Vastmark)

1.1. The Chairperson said that the Council met for the first time since the storm and welcomed the delegations.

1.2. The meeting had been convened at the request of three members, whose letters had been circulated.

1.3. She recalled that the harbour fees would be reviewed in June.

1.4. Mr. Tomas Varga (Ruritania) said that his delegation supported the review.
"""


def test_minutes_numbered_paragraphs_in_indirect_speech(tmp_path):
    turns = segment(tmp_path, MINUTES)["turns"]
    assert [(t["speaker"], t["attribution"], t["text"][:4]) for t in turns] == [
        ("Ilse Dorn", "reported", "1.1."),
        ("Ilse Dorn", "reported", "1.2."),
        ("Ilse Dorn", "reported", "1.3."),
        ("Mr. Tomas Varga", "reported", "1.4."),
    ]


HEARING = """\
Harbour Committee - Oral Evidence

Taken on Wednesday 4 March 2025

Witnesses: Jane Doe MP, Minister for Harbours, and Tomas Varga, Director of Ports

Q1 Chair: Welcome to the committee. Minister, will you open?

Jane Doe: Thank you, Chair. The harbour fees will be reviewed in June.
"""


def test_roster_field_above_the_first_speaker_is_no_turn(tmp_path):
    doc = segment(tmp_path, HEARING)
    assert [t["label"] for t in doc["turns"]] == ["Q1 Chair", "Jane Doe"]
    assert doc["turns"][0]["text"].startswith("Welcome to the committee.")


@pytest.mark.parametrize(
    ("line", "kind", "name", "role"),
    [
        (
            "Председательствующий. Уважаемые коллеги, переходим к вопросу.",
            "role",
            None,
            "Председательствующий",
        ),
        ("ГОЛОВУЮЧИЙ. Шановні колеги, продовжуємо.", "role", None, "Головуючий"),
        ("BAŞKAN – Sayın milletvekilleri, birleşimi açıyorum.", "role", None, "Başkan"),
        (
            "MEHMET YILMAZ (İstanbul) – Teşekkür ederim Sayın Başkan.",
            "person",
            "MEHMET YILMAZ",
            "İstanbul",
        ),
        ("De voorzitter: Ik open de vergadering.", "role", None, "voorzitter"),
        ("De heer Van Dijk (PVV): Voorzitter, dank u wel.", "person", "Van Dijk", "PVV"),
    ],
)
def test_chair_and_member_labels_of_more_parliaments(line, kind, name, role):
    lab = match_label(line)
    assert lab is not None and (lab.kind, lab.name, lab.role) == (kind, name, role)


@pytest.mark.parametrize(
    "line",
    [
        "MOSCOW (Reuters) – Russia said on Monday it would respond.",
        "NEW YORK (AP) – The United Nations met on Monday.",
        "JOHN SMITH (Reuters) – The talks resumed.",
        "President. The meeting was short.",
        "WATER ECONOMY. OUR PRIORITY IS TO SATISFY DEMAND.",
        "RESPECT FOR INTERNATIONAL LAW, AND THE PROMOTION OF GROWTH. AS THE UN MEETS",
    ],
)
def test_datelines_and_capitals_make_no_label(line):
    lab = match_label(line)
    assert lab is None or lab.weak, lab


CHAIRED = """\
DIARIO DE SESIONES

Presidencia de la Excma. Sra. D.ª Ilse Dorn Varga

La señora PRESIDENTA: Se abre la sesión.

El señor MOLINA RUIZ: Gracias, señora presidenta.

La señora PRESIDENTA: Muchas gracias, señor Molina.
"""


def test_the_chair_a_record_names_speaks_under_the_office_label(tmp_path):
    turns = segment(tmp_path, CHAIRED)["turns"]
    assert [(t["speaker"], t["role"]) for t in turns] == [
        ("Ilse Dorn Varga", "Presidenta"),
        ("Molina Ruiz", None),
        ("Ilse Dorn Varga", "Presidenta"),
    ]


def test_french_record_chair_from_its_heading(tmp_path):
    turns = segment(tmp_path, "Présidence de Mme Claire Vautrin\n\n" + FRENCH)["turns"]
    assert [t["speaker"] for t in turns if t["role"] in ("président", "présidente")] == [
        "Claire Vautrin",
        "Claire Vautrin",
    ]
