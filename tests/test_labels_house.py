"""The one label grammar on house styles it was not written for, as `nrc segment --format json`
shows them: numbered questions with the outlet in a note ("Q3 (Northern Post):"), initials for
labels set off by a gap ("SL<tab>Good morning"), an office before the name after a comma
("Minister of Trade of Vastmark, Ivan Petrov:"), an office in lower case or after a dash, an
abbreviated title before a dot ("Prof. Ilse Dorn:"); one person across a document's spellings;
a news story's reporting verbs in another language. Made-up documents, no publisher's text."""

from __future__ import annotations

import pytest

from nrc_search.ingest.labels import match_label
from tests.test_segment_properties import segment


def _turns(tmp_path, text: str) -> list[dict]:
    return segment(tmp_path, text)["turns"]


NUMBERED = """\
Press conference of the Minister of Trade of Vastmark

4 March 2022

Minister of Trade of Vastmark, Ivan Petrov: Good morning. We signed the accord with Ruritania \
today and I will take your questions.

Q1 (Northern Post): Minister, when does the accord enter into force?

Ivan Petrov: In June, once both parliaments have voted.

Q2 (Harbour Radio): And the tariffs on grain?

Ivan Petrov: They fall by half in the first year.

Question 3: Will you meet the Ruritanian minister again?

Ivan Petrov: Yes, in Lindholm next month.
"""


def test_numbered_questions_keep_their_outlet_and_open_turns(tmp_path) -> None:
    turns = _turns(tmp_path, NUMBERED)
    got = [(t["speaker"], t["role"], "question" in t["flags"], t["text"][:12]) for t in turns]
    assert got == [
        ("Ivan Petrov", "Minister of Trade of Vastmark", False, "Good morning"),
        (None, "Northern Post", True, "Minister, wh"),
        ("Ivan Petrov", "Minister of Trade of Vastmark", False, "In June, onc"),
        (None, "Harbour Radio", True, "And the tari"),
        ("Ivan Petrov", "Minister of Trade of Vastmark", False, "They fall by"),
        (None, None, True, "Will you mee"),
        ("Ivan Petrov", "Minister of Trade of Vastmark", False, "Yes, in Lind"),
    ]
    labels = [t["label"] for t in turns][1::2]
    assert labels == ["Q1 (Northern Post)", "Q2 (Harbour Radio)", "Question 3"]


INITIALS = """\
Online briefing on the harbour project - 12 May 2023

SL\tGood afternoon and welcome to this briefing. My name is Sara Lindqvist and I moderate \
today. With me is Dr Oskar Brandt Moe, head of the harbour authority, who will open.

OBM\tThank you, Sara. The first stage of the harbour works is finished and the second begins \
in the autumn, on time and on budget.

SL\tThank you, Oskar. We take the first question from the floor now, please go ahead.

OBM\tAnd if I may add one thing before the questions, the new quay opens to ships in July.
"""


def test_initials_labels_resolve_to_the_names_the_document_gives(tmp_path) -> None:
    turns = _turns(tmp_path, INITIALS)
    assert [(t["speaker"], t["label"], t["text"][:13]) for t in turns] == [
        ("Sara Lindqvist", "SL", "Good afternoo"),
        ("Oskar Brandt Moe", "OBM", "Thank you, Sa"),
        ("Sara Lindqvist", "SL", "Thank you, Os"),
        ("Oskar Brandt Moe", "OBM", "And if I may "),
    ]


@pytest.mark.parametrize(
    ("line", "kind", "name", "role"),
    [
        ("Q3 (Northern Post): And trade?", "question", None, "Northern Post"),
        ("Q. 2 (Harbour Radio): Why?", "question", None, "Harbour Radio"),
        ("3. Question (Harbour Radio): Why?", "question", None, "Harbour Radio"),
        ("QUESTION NO. 4: Why?", "question", None, None),
        ("Q169 Chair: I welcome the witnesses.", None, None, None),  # a hearing: read elsewhere
        ("Tomas Varga — Minister: Thank you.", "person", "Tomas Varga", "Minister"),
        ("Tomas Varga - Harbour Radio: Minister, why?", "question", "Tomas Varga", "Harbour Radio"),
        ("Ilse Dorn, chair: Order.", "person", "Ilse Dorn", "chair"),
        ("Prof. Ilse Dorn: Thank you.", "person", "Prof. Ilse Dorn", None),
        ("Capt. Tomas Varga: Thank you.", "person", "Capt. Tomas Varga", None),
        (
            "Prime Minister of Vastmark, Ivan Petrov: Thank you.",
            "person",
            "Ivan Petrov",
            "Prime Minister of Vastmark",
        ),
        ("Journalist, Harbour Radio: Why?", "question", None, "Harbour Radio"),
        ("OBM\tThank you, Sara, and welcome to all of you.", "person", "OBM", None),
        ("NATO   Allies agreed on the plan today in Lindholm.", None, None, None),
        ("US   12.3   14.1", None, None, None),
        ("Zannier, Lamberto. Photo: Harbour", None, None, None),  # a sentence ends first
        ("Ilse Dorn (replying to a question): Yes.", "person", "Ilse Dorn", None),
        ("Tomas Varga (via video link): Thank you.", "person", "Tomas Varga", None),
        ("TOMAS VARGA (OFF-MIC): Thank you.", "person", "TOMAS VARGA", None),
        ("Ilse Dorn (chair): Order.", "person", "Ilse Dorn", "chair"),
        ("Tomas Varga (Ruritania): Thank you.", "person", "Tomas Varga", "Ruritania"),
        (
            "Permanent Representative of Ruritania to the UN Tomas Varga: Thank you.",
            "person",
            "Tomas Varga",
            "Permanent Representative of Ruritania to the UN",
        ),
        (
            "Tomas Varga, Special Envoy on Harbour Affairs: Thank you.",
            "person",
            "Tomas Varga",
            "Special Envoy on Harbour Affairs",
        ),
        ("Question from Harbour Radio: Why?", "question", None, "Harbour Radio"),
        ("Ilse Dorn from Harbour Radio: Why?", "question", "Ilse Dorn", "Harbour Radio"),
        ("Harbour Radio reporter: Why?", "question", None, "Harbour Radio"),
        ("Unidentified participant: Why?", "role", None, "Unidentified participant"),
        ("Co-Chair (Ilse Dorn): Order.", "person", "Ilse Dorn", "Co-Chair"),
        ("Acting Chair: Order.", "role", None, "Acting Chair"),
        ("T.V.Varga: Thank you.", "person", "T. V. Varga", None),
        ("Q Minister, on the border: when does it open?", "question", None, None),
        ("A NATO summit: what it means", None, None, None),  # a headline, no answer
        ("1. Introduction: the plan", None, None, None),  # a numbered heading, no member
        ("The Minister for Harbours: Yes.", "role", None, "Minister for Harbours"),
        ("The Harbour Show: tonight", None, None, None),
        ("**Tomas Varga:** Thank you.", "person", "Tomas Varga", None),
        ("**Tomas Varga**: Thank you.", "person", "Tomas Varga", None),
        ("**Note:** the text is provisional.", None, None, None),
        ("Mrs. DORN. Will the gentleman yield?", "person", "Mrs. DORN", None),
        ("The PRESIDING OFFICER. Without objection.", "role", None, "Presiding Officer"),
        ("Mr. Dorn. He said so.", None, None, None),  # a surname in capitals only
        ("Periodista: ¿Por qué?", "question", None, "Periodista"),
        ("Soru: Neden?", "question", None, None),
        ("Cevap: Çünkü.", "answer", None, None),
        ("Risposta: Perché sì.", "answer", None, None),
        ("Member of the Media: Minister, why?", "question", None, None),
        ("Chief Executive: Good morning.", "role", None, "Chief Executive"),
        ("[Ilse Dorn / Spokesperson]", "person", "Ilse Dorn", "Spokesperson"),
        ("[Video / Music]", None, None, None),
        ("[Reporter]", "question", None, "Reporter"),
        ("- Tomas Varga: Thank you.", "person", "Tomas Varga", None),
        (
            "Tomas Varga, foreign minister of Ruritania: Thanks.",
            "person",
            "Tomas Varga",
            "foreign minister of Ruritania",
        ),
        (
            "Marcelo Varga, secretario de Relaciones Exteriores: Gracias.",
            "person",
            "Marcelo Varga",
            "secretario de Relaciones Exteriores",
        ),
        (
            "M. Tomas VARGA, ministre des Affaires étrangères : Merci.",
            "person",
            "M. Tomas VARGA",
            "ministre des Affaires étrangères",
        ),
        ("However, the minister said: no", None, None, None),
        ("00:01:02 - Tomas Varga: Thank you.", "person", "Tomas Varga", None),
        ("(00:01:02) Tomas Varga: Thank you.", "person", "Tomas Varga", None),
        ("00:01 Tomas Varga: Thank you.", "person", "Tomas Varga", None),
        ("2:00 PM: Press briefing opens", None, None, None),  # a time of day, no office
        ("• Q: Why?", "question", None, None),
        ("Q (Harbour Radio, Anna Berg): Why?", "question", "Anna Berg", "Harbour Radio"),
        ("Q (Anna Berg, Harbour Radio): Why?", "question", "Anna Berg", "Harbour Radio"),
        ("[Applause]", None, None, None),
        ("Le Premier ministre : « Oui. »", "role", None, "Premier ministre"),
        ("La porte-parole : Bonjour.", "role", None, "porte-parole"),
        (
            "Le ministre des Affaires étrangères : Merci.",
            "role",
            None,
            "ministre des Affaires étrangères",
        ),
        ("Der Bundeskanzler: Danke.", "role", None, "Bundeskanzler"),
    ],
)
def test_label_shapes(line, kind, name, role) -> None:
    lab = match_label(line)
    if kind is None:
        assert lab is None or lab.kind not in ("question", "person"), lab
        return
    assert lab is not None and (lab.kind, lab.name, lab.role) == (kind, name, role)


SPELLINGS = """\
Talks between the foreign ministers of Ruritania and Vastmark

12 June 2019

Mr. KOVALENKO: Good afternoon, ladies and gentlemen. We have had useful talks today.

Ilse Dorn: Thank you, Petro. I agree with my colleague on the main points.

Question: Mr. Minister, what about the pipeline?

P. Kovalenko: The pipeline will be finished next year, as we agreed in Lindholm.

Kovalenko (Ruritania): We also discussed the border crossings and the railway.

Petr Kovalenko: And let me add that the railway opens in May.

Foreign Minister Kovalenko: Thank you all.

KOVALENKO: One more word on the grain deal, which we signed today.

Petro Kovalenko, Minister for Foreign Affairs of Ruritania: That is all from me.

Ms. DORN: Thank you.
"""


def test_one_person_across_the_spellings_of_a_document(tmp_path) -> None:
    """A surname with an honorific, in capitals, with an initial, with a country, after an
    office, and two transliterations of the first name ("Petr", "Petro"): one speaker."""
    turns = _turns(tmp_path, SPELLINGS)
    speakers = [t["speaker"] for t in turns]
    assert speakers == ["Petr Kovalenko", "Ilse Dorn", None] + ["Petr Kovalenko"] * 6 + [
        "Ilse Dorn"
    ]
    assert turns[-2]["label"].startswith("Petro Kovalenko")  # the label stays as printed


SERBIAN = """\
Varga: Ruritanija želi trajni mir

BEOGRAD, 3. maj 2024 - Ministar spoljnih poslova Tomas Varga izjavio je danas da Ruritanija \
ne traži nove sankcije.

Podvukao je da Ruritanija želi dugoročni i trajni mir u regionu i da su razgovori korisni.

Sastanak je održan u Lindholmu.
"""


def test_a_story_in_another_language_credits_its_reporting_verbs(tmp_path) -> None:
    """A verb that opens the sentence with its subject dropped ("Podvukao je da ...") credits
    the paragraph to the person the story last named; the office in the language's own case
    pattern ("Ministar spoljnih poslova") is the role."""
    turns = _turns(tmp_path, SERBIAN)
    got = [(t["speaker"], t["role"], t["attribution"]) for t in turns]
    assert got == [
        ("Tomas Varga", "Ministar spoljnih poslova", "reported"),
        ("Tomas Varga", "Ministar spoljnih poslova", "reported"),
        (None, None, "narration"),
    ]


ORDER_PAPER = """\
House of Delegates, 3 May 2023

Harbour Safety

1. Tomas Varga (Eastholm) (Con): What steps the Government are taking on harbour safety.

The Minister for Harbours (Ilse Dorn): We are investing in every port.

Tomas Varga: I thank the Minister. Will she visit Eastholm?

Ilse Dorn: I will.

2. Ms Anna Lind (Westford) (Lab): What assessment has she made of the grain trade?

The Minister for Harbours: The grain trade is growing.
"""


def test_numbered_members_questions_and_an_office_with_its_complement(tmp_path) -> None:
    """An order paper's number before a member and constituency opens a turn, the number kept
    in the label; "The Minister for Harbours:" is the office the document gave a person."""
    turns = _turns(tmp_path, ORDER_PAPER)
    got = [(t["speaker"], t["label"]) for t in turns]
    assert got == [
        ("Tomas Varga", "1. Tomas Varga (Eastholm) (Con)"),
        ("Ilse Dorn", "The Minister for Harbours (Ilse Dorn)"),
        ("Tomas Varga", "Tomas Varga"),
        ("Ilse Dorn", "Ilse Dorn"),
        ("Ms Anna Lind", "2. Ms Anna Lind (Westford) (Lab)"),
        ("Ilse Dorn", "The Minister for Harbours"),
    ]


EXPORT = """\
Interview with the harbour master of Lindholm

Jane Mossley  0:00
Hello and welcome. Today my guest is Tomas Varga, the harbour master.

Tomas Varga  0:12
Thank you, Jane. It is a pleasure to be here with you today.

Jane Mossley  0:20
Let us start with the new quay. When does it open?

Tomas Varga  0:26
In July, if the weather holds.
"""


def test_a_name_and_a_time_over_the_speech_is_a_label(tmp_path) -> None:
    """A transcription service's export: each speaker's name and the time alone on a line,
    the speech below."""
    turns = _turns(tmp_path, EXPORT)
    got = [(t["speaker"], t["label"], t["text"][:9]) for t in turns]
    assert got == [
        ("Jane Mossley", "Jane Mossley 0:00", "Hello and"),
        ("Tomas Varga", "Tomas Varga 0:12", "Thank you"),
        ("Jane Mossley", "Jane Mossley 0:20", "Let us st"),
        ("Tomas Varga", "Tomas Varga 0:26", "In July, "),
    ]


RECORD = """\
HARBOUR SAFETY ACT

House of Delegates, May 3, 2023

The SPEAKER pro tempore. The Chair recognizes the gentleman from Eastholm.

Mr. VARGA of Eastholm. Madam Speaker, I yield myself such time as I may consume.

Mrs. DORN. Will the gentleman yield?

Mr. VARGA of Eastholm. I yield to the gentlewoman.

The SPEAKER pro tempore. The question is on the motion.
"""


def test_a_legislatures_record_ends_its_labels_with_a_full_stop(tmp_path) -> None:
    turns = _turns(tmp_path, RECORD)
    got = [(t["speaker"], t["role"], t["text"][:10]) for t in turns]
    assert got == [
        (None, "Speaker pro tempore", "The Chair "),
        ("Mr. Varga", "Eastholm", "Madam Spea"),
        ("Mrs. Dorn", None, "Will the g"),
        ("Mr. Varga", "Eastholm", "I yield to"),
        (None, "Speaker pro tempore", "The questi"),
    ]


BRACKETS = """\
Press conference of the President of Ruritania

[Ilse Dorn / Spokesperson]
Let us begin. The President will take questions on every subject.
[Tomas Varga / President]
Thank you. Ask me anything, and I will try to answer all of it.
[Ilse Dorn / Spokesperson]
The first question, please.
[Anna Berg / Harbour Radio]
Mr. President, when does the quay open?
[Tomas Varga / President]
In July.
"""


def test_a_name_and_office_in_brackets_over_the_speech_is_a_label(tmp_path) -> None:
    """Bracketed labels with no blank line between the turns."""
    turns = _turns(tmp_path, BRACKETS)
    got = [(t["speaker"], t["role"], t["text"][:9]) for t in turns]
    assert got == [
        ("Ilse Dorn", "Spokesperson", "Let us be"),
        ("Tomas Varga", "President", "Thank you"),
        ("Ilse Dorn", "Spokesperson", "The first"),
        ("Anna Berg", "Harbour Radio", "Mr. Presi"),
        ("Tomas Varga", "President", "In July."),
    ]


@pytest.mark.parametrize(
    ("story", "said", "role"),
    [
        (  # Slovak: the verb after the quoted words, the office in lower case
            "Varga: sankcie nie sú riešením\n\nBRATISLAVA, 3. mája 2024 - Sankcie nie sú "
            "riešením, povedal minister Tomas Varga novinárom po stretnutí.\n\n"
            "Stretnutie sa konalo v Lindholme.\n",
            1,
            "minister",
        ),
        (  # Tagalog: "according to" opens the sentence
            "Varga: bukas ang daungan sa Hulyo\n\nMAYNILA — Bubuksan ang bagong daungan sa "
            "Hulyo.\n\nAyon kay Harbour Secretary Tomas Varga, handa na ang lahat ng "
            "kagamitan.\n\nDumalo rin ang ilang opisyal.\n",
            2,
            "Harbour Secretary",
        ),
    ],
)
def test_reporting_words_of_more_languages(tmp_path, story, said, role) -> None:
    turns = _turns(tmp_path, story)
    got = [(t["speaker"], t["role"], t["attribution"]) for t in turns]
    want = [(None, None, "narration")] * len(turns)
    want[said - 1] = ("Tomas Varga", role, "reported")
    assert got == want


def test_an_interpreters_note_inside_the_office_flags_the_turn() -> None:
    lab = match_label("TOMAS VARGA (Foreign Minister of Ruritania, through interpreter): Thanks.")
    assert lab is not None
    assert (lab.name, lab.role, lab.flags) == (
        "TOMAS VARGA",
        "Foreign Minister of Ruritania",
        ("interpreted",),
    )


DASHED = """\
Press conference of the President of Vastmark

4 March 2022

Tomas Varga – Harbour Radio: Mr President, when does the bridge open?

President Ivan Petrov: In June, once both parliaments have voted.

Ilse Dorn — Northern Post: And the tolls?

President Ivan Petrov: There will be none in the first year.
"""


def test_a_label_with_a_dash_is_kept_as_printed_and_its_note_read(tmp_path) -> None:
    """'Name – Outlet:' is the person with the outlet as the note, and the label the user sees
    is the one printed, its dash kept (it once read 'Tomas Varga, Harbour Radio', a comma the
    page never had)."""
    turns = _turns(tmp_path, DASHED)
    assert [(t["speaker"], t["role"], t["label"]) for t in turns] == [
        ("Tomas Varga", "Harbour Radio", "Tomas Varga – Harbour Radio"),
        ("Ivan Petrov", "President", "President Ivan Petrov"),
        ("Ilse Dorn", "Northern Post", "Ilse Dorn — Northern Post"),
        ("Ivan Petrov", "President", "President Ivan Petrov"),
    ]
