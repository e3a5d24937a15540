"""Speaker labels set off by a dash instead of a colon, as `nrc segment --format json` shows
them: a name in capitals before " - ", a dash glued to the name ("JANE DOE- Thank you") or to
its full stop ("PERIODISTA.- ..."), kept when the document prints the style again; a
dateline's city before a dash, printed once, is no label. Made-up house styles."""

from __future__ import annotations

from tests.test_labels_grammar import _turns

GLUED = """\
Entrevista especial con la ministra

PERIODISTA.- Buenas noches, ministra. ¿Cómo ve la situación en la frontera?

MARTA ELENA RUIZ.- Buenas noches. La vemos con preocupación, pero hay diálogo.

PERIODISTA.- ¿Habrá una reunión esta semana?

MARTA ELENA RUIZ.- Sí, el jueves nos reunimos con los vecinos.
"""


def test_a_dash_glued_to_the_labels_full_stop_opens_each_turn(tmp_path) -> None:
    turns = _turns(tmp_path, GLUED)
    got = [(t["label"], t["text"][:14]) for t in turns if t["label"]]
    assert got == [
        ("PERIODISTA.-", "Buenas noches,"),
        ("MARTA ELENA RUIZ.-", "Buenas noches."),
        ("PERIODISTA.-", "¿Habrá una reu"),
        ("MARTA ELENA RUIZ.-", "Sí, el jueves "),
    ]


HYPHENED = """\
Canlı yayın: dış politika

AYŞE NUR KAYA- İyi akşamlar, bu akşam konuğumuz Bakan Emre Yıldız.

EMRE YILDIZ- İyi akşamlar, davetiniz için teşekkür ederim.

AYŞE NUR KAYA- Görüşmeler nasıl geçti?

MEHMET CAN ÖZ- Bir ekleme yapmak isterim, efendim.

AYŞE NUR KAYA- Buyurun.
"""


def test_names_in_capitals_before_a_glued_hyphen_are_the_voices(tmp_path) -> None:
    turns = _turns(tmp_path, HYPHENED)
    got = [t["label"] for t in turns if t["label"]]
    assert got == [
        "AYŞE NUR KAYA-",
        "EMRE YILDIZ-",
        "AYŞE NUR KAYA-",
        "MEHMET CAN ÖZ-",
        "AYŞE NUR KAYA-",
    ]
    assert next(t["speaker"] for t in turns if t["label"]) == "Ayşe Nur Kaya"


SPACED = """\
LISBOA - O governo está pronto para retirar cidadãos da região, disse o ministro.

Qual a posição do país diante da crise?

JOÃO PEDRO MOTA - A nossa posição é clara e foi reafirmada ontem.

E qual a avaliação da diplomacia?

JOÃO PEDRO MOTA - Temos de deixar os inspetores trabalhar.
"""


def test_a_recurring_name_before_a_spaced_dash_is_a_label_and_the_dateline_is_not(
    tmp_path,
) -> None:
    turns = _turns(tmp_path, SPACED)
    labelled = [t["label"] for t in turns if t["label"]]
    assert labelled == ["JOÃO PEDRO MOTA -", "JOÃO PEDRO MOTA -"]
    assert not any((t["label"] or "").startswith("LISBOA") for t in turns)


ONCE = """\
BERLIN - The talks ended without an agreement, officials said on Monday.

ANNA WEBER - a spokeswoman - declined to comment on the talks.
"""


def test_a_name_before_a_dash_printed_once_is_no_label(tmp_path) -> None:
    turns = _turns(tmp_path, ONCE)
    assert all(not t["label"] for t in turns)


BRIEFING = """\
Tisková konference ministerstva, 3. března

Tiskový mluvčí Jan Novák: Dobrý den, vítám vás na dnešní konferenci.

Novinářka: Kdy se ministr vrátí z jednání?

Tiskový mluvčí Jan Novák: Zítra ráno, jednání pokračují.

Novinářka: Děkuji.
"""


def test_an_office_in_sentence_case_before_the_name_opens_each_turn(tmp_path) -> None:
    turns = _turns(tmp_path, BRIEFING)
    got = [(t["label"], t["speaker"]) for t in turns if t["label"]]
    assert [g[0] for g in got] == [
        "Tiskový mluvčí Jan Novák",
        "Novinářka",
        "Tiskový mluvčí Jan Novák",
        "Novinářka",
    ]
    assert got[0][1] == "Jan Novák"
    assert "Zítra ráno" in turns[[t["label"] for t in turns].index(got[2][0], 2)]["text"]


HEADLINE = """\
Ministra de externe a vizitat capitala: discuții despre securitate

Ministra de externe a spus că discuțiile au fost utile.
"""


def test_an_office_in_sentence_case_printed_once_is_no_label(tmp_path) -> None:
    turns = _turns(tmp_path, HEADLINE)
    assert all(not t["label"] for t in turns)


GEORGIAN = """\
ბრიფინგი

სპიკერი: გამარჯობა, დღეს ორი თემა გვაქვს.

ჟურნალისტი: როდის იქნება შეხვედრა?

სპიკერი: ხვალ, დილით.

ჟურნალისტი: გმადლობთ.
"""


def test_labels_in_a_caseless_script_are_read_where_they_recur(tmp_path) -> None:
    turns = _turns(tmp_path, GEORGIAN)
    got = [t["label"] for t in turns if t["label"]]
    assert got == ["სპიკერი", "ჟურნალისტი", "სპიკერი", "ჟურნალისტი"]
