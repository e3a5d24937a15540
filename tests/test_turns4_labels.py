"""Speaker labels of other scripts and headlines that quote a speaker, as `nrc segment FILE
--format json` shows them: a Cyrillic label with the initial apart from the surname ("Ж.
Дорнова:") alone on its line over the speech, and a page's headline "Name: «quote»", printed
two or three times (once with the site after bars), that is the headline and not a turn.
Made-up documents, no publisher's text."""

from __future__ import annotations

from tests.test_segment_properties import segment


def _turns(tmp_path, text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, label, first 24 characters of the text) of every turn."""
    doc = segment(tmp_path, text)
    return [(t["speaker"], t["label"], " ".join(t["text"].split())[:24]) for t in doc["turns"]]


INITIAL_APART = """\
Пресс-конференция в Гавани

Министр провела пресс-конференцию в порту. Публикуем стенограмму.

Ж. Дорнова:

- Добрый день, коллеги. Мы начинаем нашу встречу с итогов года.

Паромы пришли вовремя, и верфи закончили работу в июне.

Вопрос:

- Когда придут новые суда?

Ж. Дорнова:

- В июне, когда верфи закончат работу.
"""


def test_a_cyrillic_initial_apart_from_the_surname_is_a_label(tmp_path) -> None:
    got = _turns(tmp_path, INITIAL_APART)
    labelled = [(label, start) for _, label, start in got if label]
    assert labelled == [
        ("Ж. Дорнова", "- Добрый день, коллеги. "),
        ("Вопрос", "- Когда придут новые суд"),
        ("Ж. Дорнова", "- В июне, когда верфи за"),
    ]


def test_initials_alone_are_no_label(tmp_path) -> None:
    text = "В.:\n\nДобрый день, коллеги. Мы начинаем.\n\nПаромы пришли вовремя.\n"
    assert all(label is None for _, label, _ in _turns(tmp_path, text))


QUOTED_HEADLINE = """\
Сетевое издание «Гавань Ньюс»

Политика

Ж. Дорнова: «Нет ничего важнее, чем паромы»

A- A+

Министр портов Жанна Дорнова считает паромы главным делом года.

Как сообщает пресс-служба, об этом она заявила журналистам в порту.

«Нет ничего важнее, чем паромы. Мы будем строить новые суда», - сказала министр.

Ж. Дорнова: «Нет ничего важнее, чем паромы» | Гавань Ньюс | Новости
"""


def test_a_headline_quoting_the_speaker_is_no_turn_in_any_copy(tmp_path) -> None:
    doc = segment(tmp_path, QUOTED_HEADLINE)
    texts = [" ".join(t["text"].split()) for t in doc["turns"]]
    assert not any("«Нет ничего важнее, чем паромы»" in t for t in texts)
    assert all(t["label"] is None for t in doc["turns"])
    assert any(t.startswith("Министр портов Жанна Дорнова считает") for t in texts)
    assert any(t.startswith("Как сообщает пресс-служба") for t in texts)


def test_a_quotation_under_a_label_among_others_stays_a_turn(tmp_path) -> None:
    text = (
        "Harbour talks, day two\n\n"
        "Jane Doe: “Nothing matters more than the ferries”\n\n"
        "Tomas Varga: Thank you, Jane. When will they come?\n\n"
        "Jane Doe: In June, once the yards have finished.\n"
    )
    got = _turns(tmp_path, text)
    assert [label for _, label, _ in got] == ["Jane Doe", "Tomas Varga", "Jane Doe"]
    assert got[0][2] == "“Nothing matters more th"
