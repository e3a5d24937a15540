"""A page of prose that credits nobody (no label, no "X said") but prints one speech: the
speech starts where a paragraph opens a quotation it leaves open, follows a line that hands
over to it, or addresses its audience ("Mesdames et Messieurs,"); the paragraphs above it stay
the page's narration. Made-up house styles, read through `nrc segment --format json`."""

from __future__ import annotations

from pathlib import Path

from tests.test_news3_story import _segment


def _turns(doc: dict) -> list[tuple[str | None, str, str]]:
    return [(t["speaker"], t["attribution"], t["text"].split()[0]) for t in doc["turns"]]


_HANDED_OVER = (
    "Harbour Cabinet meets on the coastal plan\n\n"
    "The Cabinet took up the coastal plan of Harbour Master Tomas Reed at its weekly session.\n\n"
    "First Minister Olena Brightwater, this morning (Monday, 3 March 2031), at the opening of "
    "the weekly Harbour Cabinet session, made the following remarks:\n\n"
    '"Good progress has been made on the coastal plan, and the Cabinet will approve its '
    "first part today.\n\n"
    "Tomorrow the Cabinet will discuss the ferry timetable with the island councils, and "
    "the ministers will travel to the islands next month.\n\n"
    "The harbour works begin in the spring, once the councils have agreed the routes.\n"
)


def test_the_quote_under_a_hand_over_line_is_the_named_persons_words(tmp_path: Path) -> None:
    doc = _segment(tmp_path, _HANDED_OVER)
    assert _turns(doc) == [
        (None, "narration", "The"),
        (None, "narration", "First"),
        ("Olena Brightwater", "quoted", '"Good'),
        ("Olena Brightwater", "quoted", "Tomorrow"),
        ("Olena Brightwater", "quoted", "The"),
    ]
    assert doc["kind"] == "news"


_GERMAN = (
    "Pressetermin im Hafenamt\n\n"
    "Mitschrift des Pressetermins vom 4. Mai 2031.\n\n"
    "„Herzlich willkommen!\n\n"
    "Seit Montag ist die neue Fähre zwischen den Inseln in Betrieb, und die Zahl der Fahrgäste "
    "ist schon jetzt größer als erwartet.\n\n"
    "Die Arbeiten am Kai gehen im Herbst weiter, so wie es der Plan vorsieht.“\n\n"
    "Die Mitschrift wurde vom Hafenamt veröffentlicht und am Abend ergänzt.\n"
)


def test_a_quote_left_open_runs_to_the_paragraph_that_closes_it(tmp_path: Path) -> None:
    turns = _turns(_segment(tmp_path, _GERMAN))
    assert [how for _, how, _ in turns] == ["narration", "quoted", "quoted", "quoted", "narration"]
    assert turns[1][2] == "„Herzlich" and turns[-1][2] == "Die"


_FRENCH = (
    "Déjeuner au ministère de la Mer\n\n"
    "Le ministère de la Mer a reçu les délégations des îles pour un déjeuner de travail.\n\n"
    "La rencontre a porté sur les liaisons maritimes et les travaux du port.\n\n"
    "Mesdames et Messieurs,\n\n"
    "Chers collègues,\n\n"
    "Je suis heureuse de vous accueillir pour cette deuxième rencontre sur les liaisons "
    "maritimes de notre archipel.\n\n"
    "Nous avons beaucoup à faire ensemble, et je compte sur chacun de vous.\n"
)


def test_a_speech_that_addresses_its_audience_is_one_turn_under_the_item(tmp_path: Path) -> None:
    doc = _segment(tmp_path, _FRENCH)
    assert _turns(doc) == [
        (None, "narration", "Le"),
        (None, "narration", "La"),
        (None, "verbatim", "Mesdames"),
    ]
    assert doc["turns"][-1]["text"].endswith("je compte sur chacun de vous.")
    assert doc["kind"] == "statement"


def test_a_page_that_only_narrates_keeps_a_turn_per_paragraph(tmp_path: Path) -> None:
    page = (
        "Ferry timetable agreed\n\n"
        "The island councils agreed the new ferry timetable on Monday.\n\n"
        'The "winter service" will run twice a day from November.\n\n'
        "The harbour office will publish the routes next week.\n"
    )
    doc = _segment(tmp_path, page)
    assert [how for _, how, _ in _turns(doc)] == ["narration"] * 3


_RELEASE = (
    "New ferry terminal opens\n\n"
    "Harbour Minister Ines Varga said on Monday that the ferry terminal would open in March.\n\n"
    "“This terminal brings the islands closer to the mainland than ever, and it took four "
    "years of work.\n\n"
    "The ferries will run every hour from March, and the fares stay as they are.\n\n"
    "The councils have been patient with us, and we thank them.”\n\n"
    "The terminal cost 40 million crowns and was built by a local firm.\n"
)


def test_a_quotation_left_open_goes_on_to_the_paragraph_that_closes_it(tmp_path: Path) -> None:
    turns = _turns(_segment(tmp_path, _RELEASE))
    assert [(who, how) for who, how, _ in turns] == [
        ("Ines Varga", "reported"),
        ("Ines Varga", "quoted"),
        ("Ines Varga", "quoted"),
        ("Ines Varga", "quoted"),
        (None, "narration"),
    ]


_SALUTED = (
    "Discurso del Ministro de Puertos en la apertura del terminal\n\n"
    "Excelentísimo Señor Presidente de la República, señoras y señores ministros, "
    "distinguidos invitados y amigos de la prensa\n\n"
    "Es un honor abrir hoy este terminal, que acerca las islas al continente.\n\n"
    "Durante cuatro años hemos trabajado con los municipios de las islas.\n\n"
    "Los transbordadores saldrán cada hora a partir de marzo.\n"
)


def test_a_speechs_salutation_is_its_first_words_not_a_standfirst(tmp_path: Path) -> None:
    doc = _segment(tmp_path, _SALUTED)
    assert doc["turns"][0]["text"].startswith("Excelentísimo Señor Presidente")
    assert "".join(t["text"] for t in doc["turns"]).endswith("cada hora a partir de marzo.")


def test_a_lists_heading_hands_over_to_no_ones_words(tmp_path: Path) -> None:
    page = (
        "Harbour council sitting\n\n"
        "The harbour council met on Tuesday in the town hall of Port Selby.\n\n"
        "The agenda of the sitting included the following items:\n\n"
        "The ferry timetable for the winter months and the new fares.\n\n"
        "The repairs to the northern pier before the spring storms.\n"
    )
    doc = _segment(tmp_path, page)
    assert [how for _, how, _ in _turns(doc)] == ["narration"] * 4
