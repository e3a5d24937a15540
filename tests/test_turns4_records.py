"""Verbatim records of parliaments that set a dash after the speaker's label instead of a
colon, as `nrc segment FILE --format json` shows them: "Presidente. − ...", "Jane Doe,
rapporteur. − ..." (a full stop, then the dash), "THE PRESIDENT* – ...", "MR DOE (Minister
for Ports) – ..." (capitals after a courtesy title or an office), while a dateline or a
dash inside prose opens no turn. Made-up documents, no publisher's text."""

from __future__ import annotations

from tests.test_segment_properties import segment


def _turns(tmp_path, text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, label, first 24 characters of the text) of every turn."""
    doc = segment(tmp_path, text)
    return [(t["speaker"], t["label"], " ".join(t["text"].split())[:24]) for t in doc["turns"]]


DOTTED = """\
Harbour Assembly, sitting of 7 July 2008

Presidente. − L'ordine del giorno reca la relazione dell'onorevole Jane Doe sui porti.

Jane Doe, rapporteur. − Mr President, I hope colleagues will bear with me once again.

Presidente. − Grazie, onorevole Doe.
"""


def test_a_full_stop_then_a_dash_closes_a_label(tmp_path) -> None:
    got = _turns(tmp_path, DOTTED)
    assert [(s, lab, t) for s, lab, t in got if lab] == [
        (None, "Presidente. −", "L'ordine del giorno reca"),
        ("Jane Doe", "Jane Doe, rapporteur. −", "Mr President, I hope col"),
        (None, "Presidente. −", "Grazie, onorevole Doe."),
    ]


CAPITALS = """\
Harbour Assembly, first part of the session, second sitting

(Ms Doe, President of the Assembly, took the Chair at 3.05 p.m.)

THE PRESIDENT* – The next item on the agenda is a communication from the Minister for Ports.

We are glad to have you here today.

      MR VARGA (Minister for Ports of Ruritania) – Thank you, Madam President. I am pleased to be here.

THE PRESIDENT* – Thank you, Minister.
"""


def test_a_label_in_capitals_before_a_dash_opens_a_turn(tmp_path) -> None:
    got = _turns(tmp_path, CAPITALS)
    labelled = [(lab, t) for _, lab, t in got if lab]
    assert labelled == [
        ("THE PRESIDENT* –", "The next item on the age"),
        ("MR VARGA (Minister for Ports of Ruritania) –", "Thank you, Madam Preside"),
        ("THE PRESIDENT* –", "Thank you, Minister."),
    ]
    texts = [t["text"] for t in segment(tmp_path, CAPITALS)["turns"] if t["label"]]
    assert "We are glad to have you here today." in texts[0]


def test_a_dateline_or_a_dash_in_prose_is_no_label(tmp_path) -> None:
    text = (
        "Ports talks resume\n\n"
        "HARBOUR CITY – Ruritania and Vastmark resumed talks on the ferries on Monday.\n\n"
        "Jane Doe – the minister for ports – said the yards would finish in June.\n\n"
        "The talks went well. – Both sides said so.\n"
    )
    assert all(label is None for _, label, _ in _turns(tmp_path, text))


ABBREVIATED_OFFICE = """\
Auszug aus der Fragestunde im Hafenparlament

Vizepräsidentin Ilse Dorn:
Ich komme zur Frage 12 der Kollegin Jane Doe.

Jane Doe (Hafenpartei):
Wann kommen die Fähren?

Tomas Varga, Parl. Staatssekretär bei der Bundesministerin für Häfen:
Frau Kollegin, die Fähren kommen im Juni.
"""


def test_an_abbreviation_before_an_office_is_no_sentence_end(tmp_path) -> None:
    got = _turns(tmp_path, ABBREVIATED_OFFICE)
    assert [(s, t) for s, lab, t in got if lab] == [
        ("Ilse Dorn", "Ich komme zur Frage 12 d"),
        ("Jane Doe", "Wann kommen die Fähren?"),
        ("Tomas Varga", "Frau Kollegin, die Fähre"),
    ]


def test_a_sentence_before_an_office_is_no_label(tmp_path) -> None:
    text = (
        "Harbour talks\n\n"
        "The talks were long and hard. Minister Jane Doe: she said the ferries come in June.\n\n"
        "The yards will finish the work in June, officials said.\n"
    )
    assert all(label is None for _, label, _ in _turns(tmp_path, text))


ORAL_QUESTIONS = """\
Harbour House of Representatives, oral questions

1. Hon JANE DOE (Leader of the Opposition) to the Prime Minister: Does he have confidence in his Ministers?

Rt Hon TOMAS VARGA (Prime Minister): Yes.

2. ILSE DORN (Northshire) to the Minister for Ports: When will the ferries come?

Hon MARK ROE (Minister for Ports): In June, once the yards have finished.
"""


def test_a_members_question_to_an_office_opens_a_turn(tmp_path) -> None:
    got = _turns(tmp_path, ORAL_QUESTIONS)
    assert [(lab, t) for _, lab, t in got if lab] == [
        (
            "1. Hon JANE DOE (Leader of the Opposition) to the Prime Minister",
            "Does he have confidence ",
        ),
        ("Rt Hon TOMAS VARGA (Prime Minister)", "Yes."),
        ("2. ILSE DORN (Northshire) to the Minister for Ports", "When will the ferries co"),
        ("Hon MARK ROE (Minister for Ports)", "In June, once the yards "),
    ]


LOWER_CASE_OFFICE = """\
Intervention de Jeanne Dupont

Réunion du mercredi 7 octobre 2020 à 15h00
Commission des ports

Jeanne Dupont, ministre de l'Europe et des affaires portuaires :

Je vous remercie. Les ferries arriveront en juin.

Les chantiers auront alors terminé leur travail.
"""


def test_an_office_in_lower_case_after_the_name_closes_a_label(tmp_path) -> None:
    doc = segment(tmp_path, LOWER_CASE_OFFICE)
    labelled = [t for t in doc["turns"] if t["label"]]
    assert [(t["speaker"], t["role"]) for t in labelled] == [
        ("Jeanne Dupont", "ministre de l'Europe et des affaires portuaires")
    ]
    assert labelled[0]["text"].startswith("Je vous remercie.")


def test_a_name_then_a_clause_in_lower_case_is_no_label(tmp_path) -> None:
    text = (
        "Les ferries\n\n"
        "Jeanne Dupont, qui était là avec les autres :\n\n"
        "Les ferries arriveront en juin, a dit la ministre.\n"
    )
    assert all(t["label"] is None for t in segment(tmp_path, text)["turns"])


GLUED_TO_THE_DATE = """\
Die Abgeordneten Jane Doe und Ilse Dorn (Hafenpartei) nutzten die Fragestunde im \
Hafenparlament, um die Bundesregierung zu den Fähren und zu den Werften in Nordhafen zu befragen.
Auszug aus der Fragestunde im Hafenparlament am 22. April 2009Vizepräsident Dr. Tomas Varga:
Ich komme zur Frage 47 der Kollegin Jane Doe.
Mark Roe, Parl. Staatssekretär beim Bundesminister für Häfen:
Frau Kollegin, die Fähren kommen im Juni.
"""


def test_a_label_glued_to_the_date_of_a_heading_opens_a_turn(tmp_path) -> None:
    doc = segment(tmp_path, GLUED_TO_THE_DATE)
    labelled = [(t["speaker"], t["label"], t["text"]) for t in doc["turns"] if t["label"]]
    assert labelled[0] == (
        "Tomas Varga",
        "Vizepräsident Dr. Tomas Varga",
        "Ich komme zur Frage 47 der Kollegin Jane Doe.",
    )
    assert [s for s, _, _ in labelled] == ["Tomas Varga", "Mark Roe"]


def test_a_year_glued_to_a_word_in_prose_is_no_label(tmp_path) -> None:
    text = "Harbour talks\n\nIn 2009Ruritania said: the ferries come in June.\n"
    assert all(t["label"] is None for t in segment(tmp_path, text)["turns"])
