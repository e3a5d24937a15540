"""Speakers, round eleven: the role a page states stays with the person (made-up house styles)."""

from __future__ import annotations

from pathlib import Path

from tests.test_news_attribution import _turns

# A wire story in Russian from an invented outlet: the office is printed once, before the name
# in Cyrillic, and the later paragraphs name him by surname or by pronoun.
_CYRILLIC_STORY = """Новости Заречья

Министр иностранных дел Заречья Остап Величко заявил, что переговоры продолжатся в марте.

«Мы готовы к диалогу без предварительных условий», — сказал Величко журналистам.

Он добавил, что делегация вылетит в Женеву на следующей неделе.
"""


def test_a_name_in_cyrillic_keeps_the_office_printed_before_it(tmp_path: Path) -> None:
    turns = _turns(tmp_path, _CYRILLIC_STORY)
    said = [(who, role) for who, role, how in turns if how != "narration"]
    assert said, turns
    assert all(who == "Остап Величко" for who, _ in said), said
    # (an invented country is no genitive the lexicon knows: the office stops before it)
    assert all(role == "Министр иностранных дел" for _, role in said), said
