"""Site furniture written in other languages than English, as `nrc segment FILE --format json`
shows it: a skip link, a "follow us" prompt, a font-size control, a paywall notice, an
e-government banner and a "the spoken word applies" note are interface or editor's text in
any language, so they are never the title and never a turn. Each page is made up in the shape
of a failure class real pages of several publishers showed."""

from __future__ import annotations

from pathlib import Path

from tests.test_structure3_titles import segment, turn_texts

PORTUGUESE = """Saltar para o conteúdo principal

  Siga o Diário do Porto no Twitter
04/05/2021 - 10h12
Ministra defende nova linha de ferry entre Porto e Vigo

A ministra dos Transportes, Ana Novais, afirmou nesta terça-feira que a nova linha de ferry vai ligar as duas cidades em maio.

"Esperamos os primeiros navios em maio", disse Novais aos jornalistas no porto.
"""


def test_a_skip_link_and_a_follow_prompt_in_portuguese_are_not_the_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, PORTUGUESE)
    assert doc["title"] == "Ministra defende nova linha de ferry entre Porto e Vigo"
    assert not any("Saltar" in t or "Siga o" in t for t in turn_texts(doc))


CONNECT = """Connect with us
Port of Varna opens two new freight lines
VARNA — Trade Minister Petra Ilieva on Friday opened two new freight lines to the Black Sea ports.
"We expect the first ships in May," Ilieva told reporters at the harbour.
"""


def test_connect_with_us_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, CONNECT)
    assert doc["title"] == "Port of Varna opens two new freight lines"


DANISH = """Pressemøde i Havneministeriet

Pressemøde den 3. maj 2021

Udskrift fra pressemøde den 3. maj 2021 kl. 10.00.

Det talte ord gælder

Ministeren: ”Velkommen til. I dag åbner vi to nye færgeruter mellem Aarhus og Oslo, og de første skibe sejler i maj.

Journalist: Hvad koster det?

Ministeren: Havnen betaler selv for de nye kraner.
"""


def test_the_spoken_word_applies_note_is_no_turn(tmp_path: Path) -> None:
    doc = segment(tmp_path, DANISH)
    texts = turn_texts(doc)
    assert not any(t.startswith(("Det talte ord", "Udskrift fra")) for t in texts)
    assert texts[0].startswith("”Velkommen til")
    assert "Det talte ord gælder" in doc["dropped"]


NOTICES = """Minister Novak: freight lines will open in May

This is AI generated summarization, which may have errors. For context, always refer to the full article.

Trade Minister Ana Novak said on Monday that two new freight lines to the Black Sea ports would open in May.

"We expect the first ships in May," Novak said.

Článek mohou odemknout uživatelé s odpovídajícím placeným předplatným, nebo přihlášení
"""


def test_an_ai_summary_notice_and_a_paywall_notice_are_no_turns(tmp_path: Path) -> None:
    doc = segment(tmp_path, NOTICES)
    texts = turn_texts(doc)
    assert texts[0].startswith("Trade Minister Ana Novak said")
    assert not any("AI generated" in t or "předplatným" in t for t in texts)


KOREAN = """본문 바로가기 주메뉴 바로가기

이 누리집은 대한민국 공식 전자정부 누리집입니다.

콘텐츠 영역

정례 브리핑

글자크기 설정

대변인: 안녕하십니까? 브리핑을 시작하겠습니다. 오늘 장관은 부산 항구를 방문합니다.

기자: 일정은 언제 발표됩니까?

대변인: 다음 주에 발표하겠습니다.
"""


def test_an_e_government_banner_and_a_font_size_control_are_not_the_title(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, KOREAN)
    assert doc["title"] == "정례 브리핑"
    assert not any("글자크기" in t or "전자정부" in t for t in turn_texts(doc))


RECORD = """STORTING OF ELBONIA ___

SYNOPSIS OF PROCEEDINGS (Questions excluded) ______

Tuesday, 4 May 2021 ______

HON. SPEAKER: The House will now take up the freight bill. The Minister may begin.

THE MINISTER OF TRANSPORT: Thank you. The bill opens two new freight lines to the ports.
"""


def test_a_legislature_letterhead_is_not_the_title(tmp_path: Path) -> None:
    doc = segment(tmp_path, RECORD)
    assert doc["title"] is not None
    assert doc["title"].startswith("SYNOPSIS OF PROCEEDINGS")
    assert turn_texts(doc)[0].startswith("The House will now take up")


RELATED_TAIL = """Port of Varna to open two freight lines in May

VARNA — Trade Minister Petra Ilieva said on Monday that two new freight lines to the Black Sea ports would open in May.

“We expect the first ships in May,” Ilieva told reporters at the harbour.

The two lines will link Varna with Constanta and Odessa, the ministry said in a statement.

Ilieva said the port would pay for the new cranes itself and hire two hundred workers.

“The cranes arrive in April and the first crews are already training,” she said.

Shipping companies welcomed the plan, saying it would cut the time goods spend at sea.

The ministry said a third line, to Batumi, could follow next year if demand grows.

Ilieva said talks with Georgian officials on that line would begin in the autumn.

Port workers' unions said they would watch closely how the new jobs are filled.

The port handled eleven million tonnes of cargo last year, the ministry said.

Ilieva will present the plan to parliament's transport committee next week.

“This is a good day for the port and for the city,” she told reporters.

Singer Surprises Fans With New Album Release -
‘Shocking’ Storm Leaves Coastal Towns Without Power -
Court Allows Ferry Operator To Resume Sailings -
Star Striker Breaks Silence On Transfer Rumours -
Mayor Unveils Plan For Riverside Park -
Actress Shows Off Chic New Hairstyle -
"""


def test_related_headlines_at_the_end_are_no_turn_even_when_one_opens_with_a_quote(
    tmp_path: Path,
) -> None:
    doc = segment(tmp_path, RELATED_TAIL)
    texts = turn_texts(doc)
    assert len(texts) == 12
    assert not any("Storm Leaves" in t or "Album" in t or "Hairstyle" in t for t in texts)


WIRE = """Trade Minister Petra Ilieva will visit the port of Varna on Monday. During her
participation in the opening of the new freight terminal she is scheduled to have two
meetings with the heads of the shipping companies, the ministry said in a statement.
"""


def test_a_title_never_opens_in_lower_case(tmp_path: Path) -> None:
    # a hard-wrapped wire story printed many times over (a feed dumped into one file): the
    # middle of a wrapped sentence repeats as often as any line, and is still no title
    doc = segment(tmp_path, "VARNA, May 3 (Harbour Wire) -- " + WIRE * 60)
    assert doc["title"] is None or not doc["title"][:1].islower()
