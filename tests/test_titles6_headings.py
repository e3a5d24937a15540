"""The page's heading is its title, not the first paragraph or nothing: on a page with no
blank lines, a heading line over a paragraph that opens with a quotation mark or in a script
without capitals (its date's digits aside); under a breadcrumb trail, a long heading in
sentence case. Made-up pages, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main

ARABIC = """وزير الخارجية يلتقي سفراء الدول الأعضاء في العاصمة الجديدة
قال وزير الخارجية إن بلاده تعمل مع شركائها من أجل السلام في المنطقة كلها.
وأضاف أن الحوار هو الطريق الوحيد لحل الخلافات بين الدول.
وأكد الوزير أن الاجتماع المقبل سيعقد في الشهر القادم.
"""

JAPANESE = """外相、地域協力で一致=「平和と安定に貢献」
外相は5日、近隣国の外相と初めて電話会談した。両国の交流を後押ししていく考えで一致した。
外相は会談後、記者団に対し「協力は極めて重要だ」と強調した。
"""

KOREAN = """국토부 주간 정례 브리핑
3월 5일 수요일 정례브리핑을 시작하겠습니다.
오늘 말씀드릴 내용은 두 가지입니다. 먼저 새 도로 계획입니다.
"""

QUOTED = """Declaración de la directora de la Fundación Norte con motivo del décimo aniversario
“Cuando abrimos la primera escuela hace diez años, nadie creía que llegaríamos tan lejos”, dijo.
Hoy la fundación atiende a miles de niños en cuarenta ciudades del país.
"""

BREADCRUMB = """Você está aqui: Início > Imprensa > Entrevistas > Entrevista coletiva concedida pela Ministra

Entrevista coletiva concedida pela Ministra da Saúde, Ana Ribeiro, após visita ao hospital regional de Campo Alto

Campo Alto, 12 de março de 2031

Ministra: Boa tarde a todos. Podem perguntar.

Jornalista: Ministra, quando o hospital vai abrir as novas alas?

Ministra: No mês que vem, todas elas.
"""


def segment(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(
    "text", [ARABIC, JAPANESE, KOREAN, QUOTED], ids=["arabic", "japanese", "korean", "quoted"]
)
def test_a_heading_line_over_the_first_paragraph_is_the_title(tmp_path: Path, text: str) -> None:
    heading, first = text.splitlines()[:2]
    doc = segment(tmp_path, text)
    assert doc["title"] == heading
    assert doc["turns"][0]["text"].startswith(first[:20])  # the heading is no turn's text


def test_the_heading_under_a_breadcrumb_trail_is_the_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, BREADCRUMB)
    assert doc["title"].startswith("Entrevista coletiva concedida pela Ministra da Saúde")
    assert not any(t["text"].startswith("Entrevista coletiva") for t in doc["turns"])
    assert doc["turns"][0]["text"].startswith("Boa tarde")


CAPTIONS = """WEBVTT - Harbour Council Chair Talks Water Prices

00:00:01.000 --> 00:00:04.000
<v Anna Berg>Good evening, and thank you for coming.

00:00:04.500 --> 00:00:07.000
<v Tom Hale>Thank you. Let us begin with the prices.
"""


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "WEBVTT - Harbour Council Chair Talks Water Prices",
            "Harbour Council Chair Talks Water Prices",
        ),
        ("WEBVTT Kind: captions Language: en", "talk"),
    ],
)
def test_a_caption_files_header_text_is_its_title(tmp_path: Path, first: str, title: str) -> None:
    path = tmp_path / "talk.vtt"
    path.write_text(CAPTIONS.replace(CAPTIONS.splitlines()[0], first), encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json"])
    doc = json.loads(result.output)
    assert doc["title"] == title  # (settings are no title: the file's name is)
    assert [t["speaker"] for t in doc["turns"]] == ["Anna Berg", "Tom Hale"]


BYLINE = """Transcript by The Hon Jane Doe MP
Doorstop Interview, Harbour Bridge Works

JOURNALIST: Minister, when will the bridge reopen?

JANE DOE: Next month, as we promised.
"""


def test_a_transcript_byline_naming_the_hon_is_no_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, BYLINE)
    assert doc["title"] == "Doorstop Interview, Harbour Bridge Works"


FIELDS = """DISCOURS

Speaker:
Anne Morel, ministre des Affaires étrangères
Event:
Conférence annuelle des ambassadeurs – édition 2031
Location:
Lyon, Centre des congrès

La ministre des Affaires étrangères, Anne Morel: Bonjour à toutes et à tous. Je suis heureuse de vous accueillir.
"""


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("", "Conférence annuelle des ambassadeurs – édition 2031"),
        ("Discours de la ministre devant les ambassadeurs\n\n", "Discours de la ministre devant"),
    ],
    ids=["event-field", "heading-first"],
)
def test_a_block_of_fields_is_the_header_and_its_event_the_title(
    tmp_path: Path, heading: str, title: str
) -> None:
    doc = segment(tmp_path, FIELDS.replace("DISCOURS\n\n", "DISCOURS\n\n" + heading))
    assert doc["title"].startswith(title)
    assert len(doc["turns"]) == 1  # the fields are no turn: "Speaker:" heads nothing said
    assert doc["turns"][0]["text"].startswith("Bonjour à toutes")


GLUED = """Ministry of Water

Press releases

Minister meets the farmers of the northern valley about the new dam
The Minister of Water met the farmers of the northern valley on Monday to talk about the new dam, the reservoir it will fill and the fields and the towns the water will reach in the long dry months of the year.

"We will build it with you, not for you," the Minister told them.
"""


def test_a_sentence_case_heading_glued_to_the_lead_is_the_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, GLUED)
    assert doc["title"] == "Minister meets the farmers of the northern valley about the new dam"
    assert doc["turns"][0]["text"].startswith("The Minister of Water met")


SECTION = """{site}

{section}

Minister spotkał się z rolnikami z północnej doliny

Minister spotkał się w poniedziałek z rolnikami z północnej doliny, aby rozmawiać o nowej tamie.
"""


@pytest.mark.parametrize(
    ("site", "section", "title"),
    [
        ("Republika Nordia", "Aktualności", "Minister spotkał się z rolnikami z północnej doliny"),
        ("Press conference, Canberra", "Transcript", "Press conference, Canberra"),
    ],
    ids=["site-over-section", "event-over-section"],
)
def test_a_short_name_over_the_section_is_the_site_not_the_title(
    tmp_path: Path, site: str, section: str, title: str
) -> None:
    doc = segment(tmp_path, SECTION.format(site=site, section=section))
    assert doc["title"] == title


RUBRIC = """Eighth sitting of the Harbour Council, third week:

Council approves the new ferry timetable

The council approved the new ferry timetable on Monday after a long debate about the night boats.
"""


def test_a_rubric_ending_in_a_colon_and_the_headline_under_it_are_one_title(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, RUBRIC)
    assert doc["title"] == (
        "Eighth sitting of the Harbour Council, third week: Council approves the new ferry timetable"
    )
    assert doc["turns"][0]["text"].startswith("The council approved")
