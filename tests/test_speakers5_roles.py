"""The role a page states for a speaker, as `nrc segment --format json` shows it: the office a
speaker gives themself in their first words ("I'm Lena Wirth, the director of ..."), the office
a chair's introduction gives the next speaker ("I give the floor to the Ambassador of
Freedonia, Ms Ana Ruiz."), a short surname before a sentence's full stop read as a name and not
as an abbreviation. Made-up documents in a made-up house style, no publisher's text."""

from __future__ import annotations

import pytest

from nrc_search.ingest.mentions import people_in
from tests.test_segment_properties import segment


def _who(tmp_path, text: str) -> list[tuple[str | None, str | None]]:
    return [(t["speaker"], t["role"]) for t in segment(tmp_path, text)["turns"]]


SELF_INTRODUCED = [
    (
        "Lena Wirth: Good morning. I'm Lena Wirth, the director of the Harbour Institute for "
        "Peace and I welcome you all.",
        "the director of the Harbour Institute for Peace",
    ),
    (
        "Lena Wirth: Friends, as our host said, I'm Lena Wirth. I'm the director of the "
        "Harbour Institute for the Study of Ports at the School of Maritime Service. It is a "
        "pleasure.",
        "the director of the Harbour Institute for the Study of Ports at the School of "
        "Maritime Service",
    ),
]


@pytest.mark.parametrize(("opening", "role"), SELF_INTRODUCED)
def test_a_speaker_who_gives_their_office_in_their_first_words_has_it_as_role(
    tmp_path, opening, role
):
    text = "Harbour Forum, opening session\n\n4 May 2023\n\n" + opening + "\n\n"
    text += "Piet Dam: Thank you, Director. When does the forum close?\n\n"
    text += "Lena Wirth: On Sunday, after the last panel.\n"
    who = _who(tmp_path, text)
    assert who[0] == ("Lena Wirth", role)
    assert who[2] == ("Lena Wirth", role)  # the office holds for the speaker's later turns


def test_a_speaker_who_says_their_name_without_an_office_gets_none(tmp_path):
    text = "Harbour Forum\n\n4 May 2023\n\nLena Wirth: I'm Lena Wirth and I welcome you.\n\n"
    text += "Piet Dam: Thank you. When does it close?\n\nLena Wirth: On Sunday.\n"
    assert _who(tmp_path, text)[0] == ("Lena Wirth", None)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "I now give the floor to the Ambassador of Freedonia, Ms Ana Ruiz.",
            [("Ambassador of Freedonia", "Ana Ruiz")],
        ),
        ("The talks were led by Foreign Minister Jan Lee.", [("Foreign Minister", "Jan Lee")]),
        ("Our guest today is Wang Yi.", [(None, "Wang Yi")]),
        ("The briefing was given by Sec. Rice.", []),  # a title and a surname: no full name
    ],
)
def test_a_short_surname_before_a_full_stop_is_a_name_not_an_abbreviation(sentence, found):
    assert people_in(sentence) == found


@pytest.mark.parametrize("earlier", [0, 60])  # the introduction at the top, or far below it
def test_a_chair_introducing_the_next_speaker_by_office_gives_them_name_and_role(tmp_path, earlier):
    text = "Harbour Forum, closing session\n\n4 May 2023\n\n"
    for k in range(earlier):
        text += f"CHAIR: Item {k + 1} is adopted.\n\nMS HOLM: We agree to item {k + 1}.\n\n"
    text += "CHAIR: Good morning. I now give the floor to the Ambassador of Freedonia, "
    text += "Ms Ana Ruiz.\n\n"
    text += "RUIZ: Thank you, Chair. It is an honour to speak here.\n\n"
    text += "CHAIR: Thank you. Are there other speakers? None.\n"
    who = _who(tmp_path, text)
    assert who[2 * earlier + 1] == ("Ana Ruiz", "Ambassador of Freedonia")


def _interview(date: str, label: str) -> str:
    """A made-up interview on `date`: a host asks `label` two questions."""
    text = f"Harbour Radio, evening interview\n\n{date}\n\n"
    text += "HOST: Welcome to the programme. What brings you to the harbour?\n\n"
    text += f"{label}: The talks on the new port, which open tomorrow.\n\n"
    text += "HOST: Will they succeed?\n\n"
    return text + f"{label}: I am sure they will, if both sides want it.\n"


@pytest.mark.parametrize(
    ("date", "label", "speaker", "role"),
    [
        ("17 February 2022", "DMYTRO KULEBA", "Dmytro Kuleba", "Foreign Minister"),
        ("3 June 2015", "PHILIP HAMMOND", "Philip Hammond", "Foreign Secretary"),
        ("3 June 2015", "JOHN KERRY", "John Kerry", "Secretary of State"),
    ],
)
def test_a_named_speaker_the_page_gives_no_role_has_the_office_the_table_says_they_held(
    tmp_path, date, label, speaker, role
):
    turns = segment(tmp_path, _interview(date, label))["turns"]
    answer = [t for t in turns if t["speaker"] == speaker]
    assert [(t["role"], "office-table" in t["flags"]) for t in answer] == [(role, True)] * 2


@pytest.mark.parametrize(
    ("date", "label"),
    [
        ("17 February 2025", "DMYTRO KULEBA"),  # his term ended in 2024
        ("17 February 2022", "IVANA PETROVA"),  # no one the table knows
    ],
)
def test_no_role_is_made_up_out_of_the_table_for_a_date_or_person_it_does_not_cover(
    tmp_path, date, label
):
    turns = segment(tmp_path, _interview(date, label))["turns"]
    assert [t["role"] for t in turns if t["label"] == label] == [None, None]


def test_a_role_the_page_prints_is_kept_over_the_table(tmp_path):
    text = _interview("17 February 2022", "DMYTRO KULEBA, GUEST OF HARBOUR RADIO")
    turns = segment(tmp_path, text)["turns"]
    assert {(t["speaker"], t["role"]) for t in turns if t["label"] and "KULEBA" in t["label"]} == {
        ("Dmytro Kuleba", "Guest of Harbour Radio")
    }


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Министр иностранных дел Молдавии Иван Петренко заявил журналистам",
            [("Министр иностранных дел Молдавии", "Иван Петренко")],
        ),
        ("заявил глава МИД Армении Иван Петренко.", [("глава МИД Армении", "Иван Петренко")]),
        ("Президент России Иван Петренко сказал", [("Президент России", "Иван Петренко")]),
        (
            "Міністр закордонних справ України Іван Петренко заявив",
            [("Міністр закордонних справ України", "Іван Петренко")],
        ),
        ("Вчера Иван Петренко заявил", [(None, "Иван Петренко")]),  # a sentence's first word
        ("Иван Иванович Петренко сказал", [(None, "Иван Иванович Петренко")]),  # patronymic
    ],
)
def test_names_and_offices_in_cyrillic_text_are_read_like_latin_ones(sentence, found):
    assert people_in(sentence) == found


def test_a_quote_in_a_russian_story_goes_to_the_person_named_in_cyrillic(tmp_path):
    text = "Новости Гавани\n\n12 марта 2024\n\n"
    text += "Министр иностранных дел Молдавии Иван Петренко провёл переговоры в Гавани.\n\n"
    text += "«Мы готовы к диалогу с соседями», — заявил Иван Петренко журналистам.\n\n"
    text += "Переговоры продолжатся в апреле.\n"
    turns = segment(tmp_path, text)["turns"]
    said = [t for t in turns if t["text"].startswith("«Мы готовы")]
    assert [(t["speaker"], t["attribution"]) for t in said] == [("Иван Петренко", "quoted")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "le chef de la diplomatie ruritanienne Karel Novak a dit",
            [("chef de la diplomatie ruritanienne", "Karel Novak")],
        ),
        ("o chanceler Karel Novak disse", [("chanceler", "Karel Novak")]),
        (
            "la conferenza stampa della presidente del Consiglio Ana Ruiz, organizzata",
            [("presidente del Consiglio", "Ana Ruiz")],
        ),
        ("el secretario de Estado Karel Novak dijo", [("secretario de Estado", "Karel Novak")]),
        (
            "o ministro das Relações Exteriores Karel Novak disse",
            [("ministro das Relações Exteriores", "Karel Novak")],
        ),
        ("the minister said that Karel Novak was right", [(None, "Karel Novak")]),
        ("a meeting with Karel Novak", [(None, "Karel Novak")]),
    ],
)
def test_an_office_written_in_lower_case_before_a_name_is_its_role(sentence, found):
    assert people_in(sentence) == found


def test_a_french_story_gives_the_quoted_minister_the_office_it_writes_before_his_name(tmp_path):
    text = "Actualités du port\n\n12 mars 2024\n\n"
    text += "« Nous sommes prêts au dialogue », a déclaré le chef de la diplomatie "
    text += "ruritanienne Karel Novak lors d'une conférence de presse.\n\n"
    text += "Les négociations reprendront en avril.\n"
    turns = segment(tmp_path, text)["turns"]
    said = [t for t in turns if "prêts" in t["text"]]
    assert [(t["speaker"], t["role"]) for t in said] == [
        ("Karel Novak", "chef de la diplomatie ruritanienne")
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Tan Sri Karim Yusof berkata", [(None, "Karim Yusof")]),  # "Tan" heads the title
        ("Prime Minister Tan Boon Kiat said", [("Prime Minister", "Tan Boon Kiat")]),  # a name
        (
            "Menteri Luar Negeri Siti Rahma mengatakan",
            [("Menteri Luar Negeri", "Siti Rahma")],
        ),
        ("Menlu Siti Rahma mengatakan", [("Menlu", "Siti Rahma")]),
        (
            "Juru Bicara Kementerian Luar Negeri Budi Santoso mengatakan",
            [("Juru Bicara Kementerian Luar Negeri", "Budi Santoso")],
        ),
        ("Kalihim Jose Reyes said", [("Kalihim", "Jose Reyes")]),
        ("Crown Prince Faisal bin Khalid said", [("Crown Prince", "Faisal bin Khalid")]),
        ("Foreign Minister Dr. A.K. Abdul Karim said", [("Foreign Minister", "A.K. Abdul Karim")]),
    ],
)
def test_titles_and_offices_of_malay_indonesian_filipino_and_gulf_pages(sentence, found):
    assert people_in(sentence) == found


def test_a_label_with_a_malay_title_and_the_bare_name_are_one_person_across_documents(tmp_path):
    from nrc_search.ingest.speakers import SpeakerRegistry

    text = "Sidang media, Putrajaya\n\n12 Mei 2021\n\n"
    text += "TAN SRI KARIM YUSOF: Selamat pagi. Kita mulakan.\n\n"
    text += "SOALAN: Bila kerja akan tamat?\n\nTAN SRI KARIM YUSOF: Minggu depan.\n"
    labelled = segment(tmp_path, text)["turns"][0]["speaker"]
    reg = SpeakerRegistry()
    assert reg.add(labelled) == reg.add("Karim Yusof") == reg.add("Tan Sri Karim Yusof")
    assert reg.add("Tan Boon Kiat") != reg.add(labelled)  # the family name Tan is no title


@pytest.mark.parametrize(
    ("heading", "label", "name"),
    [
        (
            "Conférence de presse, Paris, France, 5 janvier 2022",
            "LE PREMIER MINISTRE",
            "Jean Castex",
        ),
        (
            "Point de presse, Paris, France, 5 janvier 2022",
            "LA MINISTRE DES ARMÉES",
            "Florence Parly",
        ),
    ],
)
def test_an_office_label_in_french_is_resolved_through_the_office_table(
    tmp_path, heading, label, name
):
    text = f"{heading}\n\n{label} : Bonjour à tous. Merci d'être venus.\n\n"
    text += "QUESTION : Que décide le gouvernement ?\n\n"
    text += f"{label} : Nous lançons le nouveau port en juin.\n"
    turns = segment(tmp_path, text)["turns"]
    assert [t["speaker"] for t in turns if t["label"] == label] == [name, name]


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        (
            "Remarks by the Minister of Foreign Affairs of Ruritania, Karel Novak, at the Forum",
            "Minister of Foreign Affairs of Ruritania",
        ),
        ("Karel Novak, Minister of Trade: remarks at the port opening", "Minister of Trade"),
        (
            "Intervention du ministre des Affaires étrangères, M. Karel Novak",
            "ministre des Affaires étrangères",
        ),
        (
            "Discurso del canciller de Ruritania, Karel Novak, en la Cumbre",
            "canciller de Ruritania",
        ),
        ("By Karel Novak, Minister of Trade", "Minister of Trade"),
    ],
)
def test_the_office_a_speech_heading_gives_its_speaker_is_the_role(tmp_path, heading, role):
    text = (
        f"{heading}\n\n12 March 2024\n\nThank you, Chair. Excellencies, ladies and gentlemen.\n\n"
    )
    text += "We meet at a time of change. We must work together for the port.\n\nThank you.\n"
    turns = segment(tmp_path, text)["turns"]
    assert {(t["speaker"], t["role"]) for t in turns if t["speaker"]} == {("Karel Novak", role)}


def test_a_chinese_office_label_keeps_the_office_as_its_role(tmp_path):
    text = "外交及國防委員會會議紀錄\n\n2022年4月14日\n\n主席:現在開會。\n\n"
    text += "王委員小明:請問部長,預算何時送出?\n\n主席:請部長答復。\n"
    turns = segment(tmp_path, text)["turns"]
    assert [(t["speaker"], t["role"]) for t in turns if t["label"] == "主席"] == [
        (None, "主席"),
        (None, "主席"),
    ]


def test_a_chinese_heading_gives_the_labelled_speaker_the_office_it_writes_before_the_name(
    tmp_path,
):
    text = "2024年3月12日港务局发言人李明主持例行记者会\n\n"
    text += "港口日报记者:新港口何时开放?\n\n李明:新港口将于六月开放。\n\n"
    text += "港口日报记者:费用多少?\n\n李明:我们稍后公布。\n"
    turns = segment(tmp_path, text)["turns"]
    assert {(t["speaker"], t["role"]) for t in turns if t["label"] == "李明"} == {
        ("李明", "港务局发言人")
    }


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Senator Ana Ruiz (R-Harbour), ranking member of the Ports Committee, said",
            [("ranking member of the Ports Committee", "Ana Ruiz")],
        ),
        (
            "Ambassador Ana Ruiz, the director of the Harbour Institute, said",
            [("director of the Harbour Institute", "Ana Ruiz")],
        ),
        ("Ambassador Ana Ruiz, who leads the talks, said", [("Ambassador", "Ana Ruiz")]),
        ("Senator Ana Ruiz said", [("Senator", "Ana Ruiz")]),
    ],
)
def test_the_office_set_off_after_a_name_says_more_than_the_title_before_it(sentence, found):
    assert people_in(sentence) == found


def test_a_label_that_prints_only_a_romance_office_means_the_minister_the_page_names(tmp_path):
    text = "Conférence de presse conjointe\n\n12 mars 2024\n\n"
    text += "M. Karel Novak, ministre des Affaires étrangères de Ruritanie : Bonjour.\n\n"
    text += "QUESTION : Quand ?\n\nLE MINISTRE : En juin.\n"
    turns = segment(tmp_path, text)["turns"]
    assert (turns[-1]["speaker"], turns[-1]["role"]) == (
        "M. Karel Novak",
        "ministre des Affaires étrangères de Ruritanie",
    )


@pytest.mark.parametrize("titled", ["Sra. Ana Ruiz", "Señora Ana Ruiz", "Signora Ana Ruiz"])
def test_a_courtesy_title_in_another_language_is_no_part_of_the_persons_key(titled):
    from nrc_search.ingest.speakers import SpeakerRegistry

    reg = SpeakerRegistry()
    assert reg.add(titled) == reg.add("Ana Ruiz")


def test_a_label_without_the_courtesy_title_keeps_the_role_the_titled_label_printed(tmp_path):
    text = "Rueda de prensa\n\n12 de marzo de 2024\n\n"
    text += "Sra. Ana Ruiz, Ministra de Relaciones Exteriores: Buenos días.\n\n"
    text += "Pregunta: ¿Cuándo?\n\nAna Ruiz: En junio.\n"
    turns = segment(tmp_path, text)["turns"]
    assert [t["role"] for t in turns if t["label"] and "Ruiz" in t["label"]] == [
        "Ministra de Relaciones Exteriores"
    ] * 2


@pytest.mark.parametrize(
    "order",
    [
        ["Carla Ebro Casal", "Carla Ebro"],  # a second surname, printed or not
        ["Carla Ebro", "Carla Ebro Casal"],
        ["Faisal bin Khalid", "Faisal bin Khalid Al Harbi"],  # a dynasty's name after it
    ],
)
def test_a_name_with_and_without_its_last_surname_is_one_speaker(tmp_path, order):
    from tests.test_speakers3_registry import _people

    assert _people(tmp_path, order) == [(max(order, key=len), 2)]


def test_two_people_whose_names_differ_in_the_last_word_stay_two(tmp_path):
    from tests.test_speakers3_registry import _people

    got = _people(tmp_path, ["Kim Sung Ho", "Kim Sung Min"])
    assert got == [("Kim Sung Ho", 1), ("Kim Sung Min", 1)]


def _ingested_people(tmp_path, labels: list[str]) -> list[tuple[str, int]]:
    import json

    from click.testing import CliRunner

    from nrc_search.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    for k, label in enumerate(labels):
        text = (
            f"Press conference\n\n{k + 3} May 2021\n\n{label}: Good afternoon. One thing today.\n\n"
        )
        text += f"QUESTION: When does it start?\n\n{label}: In June.\n"
        (docs / f"d{k}.txt").write_text(text, encoding="utf-8")
    index = str(tmp_path / "index")
    runner = CliRunner()
    done = runner.invoke(main, ["ingest", str(docs), "--index", index], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    out = runner.invoke(main, ["speakers", "--format", "json", "--index", index])
    return sorted((p["name"], p["docs"]) for p in json.loads(out.stdout))


@pytest.mark.parametrize(
    "labels", [["TANAKA Hiroshi", "Hiroshi Tanaka"], ["Hiroshi Tanaka", "TANAKA Hiroshi"]]
)
def test_a_name_printed_family_name_first_in_capitals_is_the_same_person(tmp_path, labels):
    got = _ingested_people(tmp_path, labels)
    assert len(got) == 1 and got[0][1] == 2


def test_two_names_in_mixed_case_and_reversed_order_stay_two_people(tmp_path):
    assert len(_ingested_people(tmp_path, ["James Scott", "Scott James"])) == 2
