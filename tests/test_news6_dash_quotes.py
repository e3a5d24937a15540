"""News stories in languages and house styles the English rules never saw, as `nrc segment FILE
--format json` shows them: quotes led by a dash ("– ..., sier X.", "- ... - odgovorio je"),
report verbs of Nordic, Baltic, Finnish, Hungarian and other papers. Each paragraph is one turn;
a dash-led paragraph is the quoted person's. Small made-up stories in made-up house styles."""

from __future__ import annotations

from pathlib import Path

from tests.test_news3_story import _segment


def _who(doc: dict) -> list[tuple[str | None, str | None, str]]:
    return [(t["speaker"], t["role"], t["attribution"]) for t in doc["turns"]]


# A Norwegian-style story: a headline naming the minister, "sier"/"mener" as report verbs,
# quotes printed as paragraphs opened by an en dash, one of them with no verb closing it.
_NORDIC = (
    "Utenriksminister Kari Nordvik advarer mot ny uro i Fjellandia\n\n"
    "Utenriksminister Kari Nordvik mener situasjonen i Fjellandia er blitt verre den siste uken.\n\n"
    "Mandag kunngjorde regjeringen i Fjellandia at grensen stenges for all trafikk.\n\n"
    "– Dette er en situasjon vi ser svært alvorlig på. Vi følger utviklingen nøye, sier "
    "utenriksminister Kari Nordvik til Nordposten.\n\n"
    "– Vi har kontakt med våre nordiske naboer hver dag.\n\n"
    "Statsminister Ola Bergsvik har ennå ikke kommentert saken.\n\n"
    "– Grensen må åpnes igjen så raskt som mulig, sier Bergsvik.\n"
)


def test_a_story_with_dash_quotes_is_news_one_turn_a_paragraph(tmp_path: Path) -> None:
    doc = _segment(tmp_path, _NORDIC)
    assert doc["kind"] == "news"
    assert _who(doc) == [
        ("Kari Nordvik", "Utenriksminister", "reported"),
        (None, None, "narration"),
        ("Kari Nordvik", "utenriksminister", "quoted"),  # the office its credit prints
        ("Kari Nordvik", "utenriksminister", "quoted"),  # no verb: the last quoted speaker's
        (None, None, "narration"),
        ("Ola Bergsvik", "Statsminister", "quoted"),
    ]


def test_a_dash_quote_is_credited_to_the_name_in_its_closing_clause(tmp_path: Path) -> None:
    story = (
        "Ulkoministeri Aino Korpela vaatii lisää painetta\n\n"
        "Ulkoministeri Aino Korpela sanoi maanantaina, että painetta on lisättävä.\n\n"
        "Puolustusministeri Veli Rantanen on samaa mieltä.\n\n"
        "– Rajat on pidettävä auki kaikille, Rantanen toteaa.\n\n"
        "– Tilanne on vakava ja vaatii nopeita päätöksiä, Korpela sanoo.\n\n"
        "- Kad dođe odgovor, komentirat ćemo ga - odgovorio je Rantanen.\n"
    )
    doc = _segment(tmp_path, story)
    assert doc["kind"] == "news"
    assert [(w, a) for w, _, a in _who(doc)] == [
        ("Aino Korpela", "reported"),
        (None, "narration"),
        ("Veli Rantanen", "quoted"),
        ("Aino Korpela", "quoted"),
        ("Veli Rantanen", "quoted"),
    ]


def test_report_verbs_of_other_languages_make_a_story_of_a_titled_page(tmp_path: Path) -> None:
    # An Estonian-style story under a headline naming the minister: "lausus", "märkis".
    story = (
        "Välisminister Mari Tamm: surve peab jätkuma\n\n"
        "Välisminister Mari Tamm märkis teisipäeval, et sanktsioonid peavad jätkuma.\n\n"
        "\u201eKindlasti jätkame seda tööd koos partneritega,\u201c lausus Tamm.\n\n"
        "Riigikogu liige Jaan Kask leidis, et samm oli hiline.\n\n"
        "\u201eMe oleksime pidanud seda tegema juba varem,\u201c ütles Kask.\n"
    )
    doc = _segment(tmp_path, story)
    assert doc["kind"] == "news"
    assert [(w, a) for w, _, a in _who(doc)] == [
        ("Mari Tamm", "reported"),
        ("Mari Tamm", "quoted"),
        ("Jaan Kask", "reported"),
        ("Jaan Kask", "quoted"),
    ]


def test_bulleted_points_of_a_statement_are_no_dash_quotes(tmp_path: Path) -> None:
    statement = (
        "Statement by the Foreign Minister of Vastmark\n\n"
        "We welcome the agreement reached today and call on all parties to honour it:\n\n"
        "- the ceasefire must hold along the whole line;\n\n"
        "- humanitarian access must be granted without delay;\n\n"
        "- we stand ready to support the talks in every way we can.\n"
    )
    doc = _segment(tmp_path, statement)
    assert doc["kind"] == "statement"
    assert all(a != "quoted" for _, _, a in _who(doc))


def test_a_dash_quote_whose_verb_prints_no_subject_is_the_storys_person(tmp_path: Path) -> None:
    # A Croatian-style story: the verb closing the quote carries its subject ("odgovorio je",
    # "he answered"), as does "Komentirao je" opening a paragraph: the person the story is
    # about, named in its headline, then the last one quoted.
    story = (
        "Premijer Ivan Horvatić dao je izjavu za medije nakon sjednice vlade u Zadru\n\n"
        "Govoreći o pregovorima s predsjednicom Anom Kovač, novinari su ga pitali o rokovima.\n\n"
        "- Kad dođe prijedlog, onda ćemo ga komentirati - odgovorio je te dodao da rok stoji.\n\n"
        "- Treba neko vrijeme da se napravi novi sustav, a to se ne može preko noći.\n\n"
        "Komentirao je i izbore u susjednoj zemlji.\n"
    )
    doc = _segment(tmp_path, story)
    assert doc["kind"] == "news"
    assert [(w, a) for w, _, a in _who(doc)][-4:] == [
        (None, "narration"),
        ("Ivan Horvatić", "quoted"),
        ("Ivan Horvatić", "quoted"),
        ("Ivan Horvatić", "reported"),
    ]


def test_a_postposition_or_an_office_with_its_ending_credits_the_person(tmp_path: Path) -> None:
    # A Finnish-style story: "Korpelan mukaan" (according to Korpela, the name inflected), an
    # office with its case ending ("Ulkoministerin mukaan"); a Norwegian-style one: the
    # office with its article suffixed ("Utenriksministeren mener").
    finnish = (
        "Ulkoministeri Aino Korpela puhui suurlähettiläille\n\n"
        "Ulkoministeri Aino Korpela sanoi maanantaina, että painetta on lisättävä.\n\n"
        "Korpelan mukaan Suomi osallistuu turvallisuusjärjestelyihin mahdollisuuksiensa "
        "mukaan.\n\n"
        "Ulkoministerin mukaan pakotteista luovutaan vain asteittain ja tarkoin ehdoin.\n"
    )
    assert [(w, a) for w, _, a in _who(_segment(tmp_path, finnish))] == [
        ("Aino Korpela", "reported"),
        ("Aino Korpela", "reported"),
        ("Aino Korpela", "reported"),
    ]
    norwegian = _NORDIC.replace(
        "Statsminister Ola Bergsvik har ennå ikke kommentert saken.",
        "Utenriksministeren mener at grensen bør åpnes innen en uke.",
    )
    assert _who(_segment(tmp_path, norwegian))[4] == (
        "Kari Nordvik",
        "utenriksminister",  # the office as the story printed it last ("sier utenriksminister")
        "reported",
    )


def test_a_verb_last_sentence_is_credited_to_the_name_opening_it(tmp_path: Path) -> None:
    # A Turkish-style story: the subject opens the sentence behind a long office ("Parti
    # Sözcüsü Kemal Aydın, ... yanıtladı."), or closes a participle clause before its comma
    # ("... dile getiren Aydın, ... dedi."); the verb ends it.
    story = (
        "Parti Sözcüsü Kemal Aydın ittifak sorularını yanıtladı\n\n"
        "Yeni Birlik Parti Sözcüsü Kemal Aydın, parti genel merkezinde düzenlediği basın "
        "toplantısında açıklamalarda bulundu, soruları yanıtladı.\n\n"
        "Görüşmelerin sürdüğünü dile getiren Aydın, \u201cHer iki parti de ittifakın "
        "devamından yanadır.\u201d dedi.\n\n"
        "Heyetlerin yeniden bir araya geleceklerini aktaran Aydın, kararın sonra "
        "açıklanacağını bildirdi.\n"
    )
    assert [(w, a) for w, _, a in _who(_segment(tmp_path, story))] == [
        ("Kemal Aydın", "reported"),
        ("Kemal Aydın", "quoted"),
        ("Kemal Aydın", "reported"),
    ]


def test_a_pronoun_of_another_language_is_the_last_speaker(tmp_path: Path) -> None:
    # A Romanian-style story: "Ea a afirmat că ..." (she said that), after her report.
    story = (
        "Ministra de Externe, Ioana Dragomir, despre vecini\n\n"
        "Ministrul Afacerilor Externe, Ioana Dragomir, a declarat luni că situaţia rămâne "
        "stabilă.\n\n"
        "Guvernul a anunţat marţi un nou pachet de sprijin pentru fermieri.\n\n"
        "Ea a afirmat că \u201eparteneriatul cu vecinii rămâne o prioritate\u201d.\n"
    )
    assert [(w, a) for w, _, a in _who(_segment(tmp_path, story))] == [
        ("Ioana Dragomir", "reported"),
        (None, "narration"),
        ("Ioana Dragomir", "quoted"),
    ]
