"""Who each paragraph of a news story belongs to, as `nrc segment FILE --format json` shows
it: a subject after its verb with an article and an office in lower case in another language
('"...", dijo el canciller X'). Small made-up stories, one per property."""

from __future__ import annotations

from pathlib import Path

from tests.test_segment_properties import segment


def _turns(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    turns = segment(tmp_path, text, "story.txt")["turns"]
    return [(t["speaker"], t["attribution"]) for t in turns]


# The lead of a German story that names its minister in full (the tests below go on from it).
_BRANDNER_LEAD = (
    "Minister verteidigt Kurs\n\n"
    "Einmal mehr erklärte Außenminister Lukas Brandner am Sonntag, die Regierung bleibe "
    "bei ihrem Kurs in der Migrationspolitik.\n\n"
)


def test_a_speaker_after_the_verb_with_an_article_and_a_lower_case_office(
    tmp_path: Path,
) -> None:
    story = (
        "EL CANCILLER DICE QUE LA REUNIÓN FUE UN PASO\n\n"
        "La reunión bilateral entre los dos gobiernos duró una hora en el hotel de la cumbre.\n\n"
        "Los periodistas esperaron fuera de la sala durante toda la mañana.\n\n"
        '"No lo escuché", dijo el canciller Tomás Arriaga ante los reportes que por la mañana '
        "ya habían llenado la radio, la televisión y los diarios del país entero.\n\n"
        "La cumbre terminó el lunes.\n"
    )
    assert _turns(tmp_path, story)[2:] == [("Tomás Arriaga", "quoted"), (None, "narration")]


def test_an_article_before_a_word_that_is_no_office_names_nobody(tmp_path: Path) -> None:
    story = (
        "LA CUMBRE TERMINA SIN ACUERDO\n\n"
        "La cumbre de los ministros terminó el lunes sin un acuerdo sobre el comercio.\n\n"
        '"Seguiremos hablando", dijo la mañana del martes un comunicado breve del gobierno '
        "sobre las conversaciones que continuarán la próxima semana en la capital.\n"
    )
    assert _turns(tmp_path, story)[1][0] is None


def test_a_person_credited_once_is_named_for_the_paragraphs_after(tmp_path: Path) -> None:
    story = (
        "New minister goes to Moscow first\n\n"
        "The new foreign minister of Kazakhstan Murat Tokayev is going to Russia on his first "
        "visit abroad. According to Arman Zhaksylykov, the official spokesperson of the "
        "ministry, the visit will be at the invitation of the Russian side.\n\n"
        '"On April 11, the minister will make a trip to Russia with an official visit," '
        "Zhaksylyakov said during a press briefing today.\n\n"
        "The minister was appointed last month.\n"
    )
    assert _turns(tmp_path, story) == [
        ("Arman Zhaksylykov", "reported"),
        ("Arman Zhaksylykov", "quoted"),
        (None, "narration"),
    ]


def test_quotes_alone_before_any_credit_are_the_one_person_the_story_named(
    tmp_path: Path,
) -> None:
    story = (
        "Conferenza stampa a Roma\n\n"
        "Alle 11, nella sala stampa del ministero, la conferenza stampa del ministro "
        "Lorenzo Bellandi, organizzata con l'associazione della stampa estera.\n\n"
        "«Entro la fine del mese il ministero presenterà un piano nuovo per i porti».\n\n"
        "«Non credo a un intervento militare, non converrebbe a nessuno».\n"
    )
    assert _turns(tmp_path, story) == [
        (None, "narration"),
        ("Lorenzo Bellandi", "quoted"),
        ("Lorenzo Bellandi", "quoted"),
    ]


def test_a_quote_alone_after_two_people_named_goes_to_neither(tmp_path: Path) -> None:
    story = (
        "Incontro a Roma\n\n"
        "Alle 11, nella sala stampa del ministero, l'incontro del ministro Lorenzo Bellandi "
        "con l'ambasciatore Piero Castaldi, organizzato con la stampa estera.\n\n"
        "«Entro la fine del mese il ministero presenterà un piano nuovo per i porti».\n"
    )
    assert _turns(tmp_path, story)[1][0] is None


def test_an_office_word_glued_before_an_office_holder_is_no_part_of_the_name(
    tmp_path: Path,
) -> None:
    story = (
        "Conferenza stampa di inizio anno\n\n"
        "Al via alle 11, nell'aula dei gruppi della Camera, la conferenza stampa della "
        "presidente del Consiglio Giorgia Meloni, con le domande dei giornalisti.\n\n"
        "«Entro la fine di questo mese il governo presenterà una strategia sull'Artico».\n"
    )
    assert _turns(tmp_path, story)[1] == ("Giorgia Meloni", "quoted")


def test_a_subject_after_its_verb_where_a_phrase_opens_the_sentence(tmp_path: Path) -> None:
    story = _BRANDNER_LEAD + (
        "Die Opposition im Parlament kritisierte die Beschlüsse der letzten Woche scharf.\n\n"
        "Zum Widerstand von Ungarn und auch Polen auf EU-Ebene meinte Brandner, "
        '"Befindlichkeiten muss man akzeptieren", das Thema sei aber schwierig.\n'
    )
    assert _turns(tmp_path, story)[2] == ("Lukas Brandner", "quoted")


def test_a_name_after_the_verb_is_no_subject_when_nobody_named_it_before(
    tmp_path: Path,
) -> None:
    story = _BRANDNER_LEAD + (
        "Zum Widerstand von Ungarn auf EU-Ebene meinte Kollegin Hanna Pichler, das Thema sei "
        "schwierig.\n"
    )
    assert _turns(tmp_path, story)[1][0] != "Lukas Brandner"


def test_briefed_and_informed_that_report_a_persons_words(tmp_path: Path) -> None:
    story = (
        "Premier reports on summit\n\n"
        "The national assembly met on Tuesday for its weekly session in the capital.\n\n"
        "Prime Minister Tomas Varga today briefed the assembly on the outcome of last week's "
        "summit in Brussels.\n\n"
        "Later, Varga informed that he had talked with the energy minister about gas supplies "
        "for the winter.\n"
    )
    assert _turns(tmp_path, story)[1:] == [("Tomas Varga", "reported"), ("Tomas Varga", "reported")]


def test_a_verb_holding_its_pronoun_is_the_last_speakers_past_capitalised_nouns(
    tmp_path: Path,
) -> None:
    story = _BRANDNER_LEAD + (
        "Beim Thema Migration erklärte er, Österreich sei nun einmal davon stark betroffen.\n"
    )
    assert _turns(tmp_path, story)[1] == ("Lukas Brandner", "reported")


def test_an_honorific_after_the_verb_and_a_pronoun_verb_after_a_new_name(
    tmp_path: Path,
) -> None:
    story = (
        "Le nouveau ministre prête serment\n\n"
        "Le nouveau chef de la diplomatie a déjà une longue carrière au sein du ministère. "
        '"Cela fait vingt ans que je suis entré aux Affaires étrangères", a expliqué M. Durieux '
        "au cours d'une conférence de presse qui a suivi sa prestation de serment.\n\n"
        '"C\'est la bonne personne au bon moment", a assuré le président du parti, '
        'Jean-Marc Lefèvre. "On fera un nouveau gouvernement", a-t-il affirmé en rappelant '
        "la guerre en Ukraine.\n"
    )
    got = _turns(tmp_path, story)
    assert [a for _, a in got] == ["quoted", "quoted"]
    assert got[1][0] == "Jean-Marc Lefèvre" and got[0][0] != got[1][0]


def test_quipped_credits_a_quote_to_the_person_named_before_it(tmp_path: Path) -> None:
    story = (
        "Coast guard answers the editorial\n\n"
        "Coast guard spokesperson Commodore Ramon Tavera stressed that the country will "
        "keep its vigilance at sea.\n\n"
        "The editorial in the state newspaper had accused the country of provoking tensions.\n\n"
        "\u201cUntil now they have not come to terms with the fact that their narratives are not "
        "that convincing,\u201d Tavera quipped.\n"
    )
    assert _turns(tmp_path, story)[2] == ("Ramon Tavera", "quoted")
