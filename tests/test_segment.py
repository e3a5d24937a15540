"""segment.py, labels.py, news.py: speaker turns from every kind of transcript."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nrc_search.ingest import parse_file, parse_text
from nrc_search.ingest.labels import bare_label, match_label
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.paragraphs import join, paragraphs
from nrc_search.ingest.resolve import called_on, questioner

FIXTURES = Path(__file__).parent / "fixtures"
ANNOTATED = sorted(FIXTURES.glob("*.expected.json"))


def _source(ann: Path, spec: dict) -> Path:
    if "source" in spec:
        return (ann.parent / spec["source"]).resolve()
    stem = ann.name[: -len(".expected.json")]
    return next(p for p in ann.parent.glob(stem + ".*") if not p.name.endswith(".json"))


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("ann", ANNOTATED, ids=lambda p: p.name.split(".")[0])
def test_annotated_fixture(ann: Path) -> None:
    spec = json.loads(ann.read_text(encoding="utf-8"))
    doc = parse_file(_source(ann, spec))
    for key in ("title", "date", "date_inferred", "kind"):
        if key in spec:
            assert getattr(doc, key) == spec[key], key
    assert len(doc.turns) == len(spec["turns"])
    for n, (turn, want) in enumerate(zip(doc.turns, spec["turns"], strict=True), 1):
        assert _norm(turn.text).startswith(_norm(want["starts"])), n
        assert turn.speaker == want["speaker"], n
        assert turn.attribution == want["attribution"], n
        if "role" in want:
            assert turn.role == want["role"], n
        assert set(want.get("flags", ())) <= set(turn.flags), n


@pytest.mark.parametrize(
    ("line", "kind", "name", "role", "flags"),
    [
        (
            "OANA LUNGESCU (NATO Spokesperson): We'll make",
            "person",
            "OANA LUNGESCU",
            "NATO Spokesperson",
            (),
        ),
        ("Lord Robertson: We have just had", "person", "Lord Robertson", None, ()),
        ("Mr. Ivanov: Over and above", "person", "Mr. Ivanov", None, ()),
        ("SEC. PANETTA: Good afternoon.", "person", "SEC. PANETTA", None, ()),
        ("AMB. RICE: Thank you.", "person", "AMB. RICE", None, ()),
        ("NATO SECRETARY GENERAL: I would like", "role", None, "NATO Secretary General", ()),
        ("MODERATOR: First question.", "role", None, "Moderator", ()),
        (
            "SENIOR ADMINISTRATION OFFICIAL: Thanks.",
            "role",
            None,
            "Senior Administration Official",
            (),
        ),
        (
            "PRESIDENT OF FRANCE NICOLAS SARKOZY: Merci.",
            "person",
            "NICOLAS SARKOZY",
            "President of France",
            (),
        ),
        (
            "Mr. Churkin (Russian Federation) (spoke in Russian): The Russian",
            "person",
            "Mr. Churkin",
            "Russian Federation",
            ("interpreted",),
        ),
        ("The President: I invite", "chair", None, "President", ()),
        ("Q: Hello, Priit Simson.", "question", None, None, ("question",)),
        ("QUESTION: Can we start", "question", None, None, ("question",)),
        ("Question: Mr Ivanov,", "question", None, None, ("question",)),
        ("Q. Mr. Minister, how", "question", None, None, ("question",)),
        ("Q What would it take", "question", None, None, ("question",)),
        ("A: Because.", "answer", None, None, ()),
        ("Jane Doe, Reuters: Minister, is", "question", "Jane Doe", "Reuters", ("question",)),
        ("JOHN SMITH, BBC ANCHOR: Good evening.", "person", "JOHN SMITH", "BBC Anchor", ()),
        (
            "UNIDENTIFIED MALE (?): (inaudible)",
            "role",
            None,
            "Unidentified Male",
            ("unidentified",),
        ),
        (
            "VLADIMIR PUTIN (through interpreter): Good",
            "person",
            "VLADIMIR PUTIN",
            None,
            ("interpreted",),
        ),
        ("VLADIMIR PUTIN: (retranslated) Good", "person", "VLADIMIR PUTIN", None, ("interpreted",)),
        ("China Daily: The US has said", "question", None, "China Daily", ("question",)),
        ("Phoenix TV: Does China", "question", None, "Phoenix TV", ("question",)),
        ("CCTV: Could you share", "question", None, "CCTV", ("question",)),
        ("Follow-up: So you think", "question", None, None, ("question",)),
        ("Mr. CH1SSANO (Mozambique): Permit me", "person", "Mr. CH1SSANO", "Mozambique", ()),
        ("Mr. DHANABALAN:: You have spent", "person", "Mr. DHANABALAN", None, ()),
        ("Mr. DHANABALAN: (Singapore): Sir, I", "person", "Mr. DHANABALAN", "Singapore", ()),
        ("PRESENTER: The Defence Secretary joins us", "role", None, "Presenter", ()),
        ("Correspondent: Just a follow-up", "question", None, "Correspondent", ("question",)),
        ("Follow-up question: What consequences", "question", None, None, ("question",)),
        (
            "Q1. [905432] Dame Diana Johnson (Kingston upon Hull North) (Lab): If he",
            "person",
            "Dame Diana Johnson",
            "Kingston upon Hull North",
            (),
        ),
        (
            "The Prime Minister (Boris Johnson): This",
            "person",
            "Boris Johnson",
            "Prime Minister",
            (),
        ),
        ("The Prime Minister: We are helping", "role", None, "Prime Minister", ()),
        ("Mr Speaker: I call", "role", None, "Speaker", ()),
        ("Hon. Members: Hear, hear!", "role", None, "Members", ()),
        (
            "Official Spokesperson, Shri Arindam Bagchi: Namaskar",
            "person",
            "Arindam Bagchi",
            "Official Spokesperson",
            (),
        ),
    ],
)
def test_label_forms(line, kind, name, role, flags) -> None:
    lab = match_label(line)
    assert lab is not None
    assert (lab.kind, lab.name, lab.role, lab.flags) == (kind, name, role, flags)


@pytest.mark.parametrize(
    "line",
    [
        'So my answer to your question is: "Yes, the best possible assurance"',
        "Our vision is two independent systems with one goal: two systems",
        "Let me be clear: there is no military solution.",
        "Date: Monday, March 3, 2014",
        "Last updated: 09 Jun. 2011 10:17",
        "Finally: we agreed.",
        "Photo: NATO",
        "OSCE Secretary General Lamberto Zannier (OSCE/Micky Kroell). Photo: OSCE",
        "At 10:30 the meeting resumed.",
        "See http://www.nato.int for details",
        "President: Mr. Nogueira Filho . . . . . . (Brazil)",
        "(Applause.)",
        '"Quote: unquote" he said.',
        "Security Council Stakeout: Ambassador Samantha Power on Ukraine",
        "Foreign Ministry Briefing: Ukraine",
        "Members: Albania . . . . . . . . Mr. Hoxha",
    ],
)
def test_not_labels(line: str) -> None:
    assert match_label(line) is None


@pytest.mark.parametrize(
    ("line", "kind", "role"),
    [
        ("PRESIDENT PUTIN", "person", None),
        ("SECRETARY CLINTON", "person", None),
        ("Q", "question", None),
        ("QUESTION", "question", None),
        ("MODERATOR", "role", "Moderator"),
    ],
)
def test_bare_labels_alone_on_a_line(line: str, kind: str, role: str | None) -> None:
    lab = bare_label(line)
    assert lab is not None and (lab.kind, lab.role) == (kind, role)


@pytest.mark.parametrize(
    "line", ["OPENING STATEMENT", "BACKGROUND", "Thank you.", "NATO SUMMIT 2014"]
)
def test_not_bare_labels(line: str) -> None:
    assert bare_label(line) is None


def test_colon_inside_speech_stays_in_the_turn() -> None:
    doc = parse_file(next((FIXTURES.parent.parent / "seeds").glob("000_*.txt")))
    turn = next(t for t in doc.turns if "So my answer to your question is:" in t.text)
    assert turn.speaker == "Anders Fogh Rasmussen"
    assert turn.text.startswith("Yes, it is an issue")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Hello, Priit Simson. I am from Estonian Daily Eesti Paevaleht. My question",
            ("Priit Simson", "Eesti Paevaleht"),
        ),
        ("Giovanna Pancheri, Sky-TG24, Italy. If I may", ("Giovanna Pancheri", "Sky-TG24")),
        (
            "My name is Darius …..(inaudible). I'm from News Agency Baltic News Service.",
            ("Darius", "Baltic News Service"),
        ),
        ("Hi, Anne Berg from NRK. Will Norway", ("Anne Berg", "NRK")),
        ("Thank you. I am Suzuki from Kyodo News. On", ("Suzuki", "Kyodo News")),
        ("I am not sure that this is right.", None),
        ("Mr Ivanov, Russia-NATO relations, in the USA", None),
        ("Minister Ivanov, can you point out", None),
        ("Thank you. What about Libya?", None),
        ("Secretary General, a question on Libya.", None),
    ],
)
def test_questioner_introductions(text: str, who) -> None:
    assert questioner(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Thank you. We'll start with Robin Emmott, Reuters.", ("Robin Emmott", "Reuters")),
        ("Next question, Teri Schultz from NPR.", ("Teri Schultz", "NPR")),
        ("Alexander Yunashev, Life, please.", ("Alexander Yunashev", "Life")),
        ("I'll come back to you, Jen. Go ahead, Phil.", None),
        ("This concludes the press conference.", None),
        ("China has repeatedly raised its concerns at the IAEA Board of Governors.", None),
        ("Next question from the Finnish Broadcasting Company, Yle.", None),
    ],
)
def test_moderator_calls_on_a_questioner(text: str, who) -> None:
    assert called_on(text) == who


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Press Conference by Press Secretary KOBAYASHI Maki",
            [("Press Secretary", "Kobayashi Maki")],
        ),
        (
            "Speech by Secretary General Marija Pejčinović Burić at the Committee of Ministers",
            [("Secretary General", "Marija Pejčinović Burić")],
        ),
        (
            "The Hon Richard Marles MP, Deputy Prime Minister and Minister for Defence",
            [("Deputy Prime Minister and Minister for Defence", "Richard Marles")],
        ),
        (
            "Remarks by NATO Secretary General Jens Stoltenberg",
            [("NATO Secretary General", "Jens Stoltenberg")],
        ),
        (
            "Prime Minister\nThe Hon Anthony Albanese MP\nDeputy Prime Minister, Minister for Defence"
            "\nThe Hon Richard Marles MP",
            [("Prime Minister", "Anthony Albanese"), ("Deputy Prime Minister", "Richard Marles")],
        ),
        (
            "Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder Holds a Press Briefing",
            [("Pentagon Press Secretary", "Pat Ryder")],
        ),
        ("Air Force Maj. Gen. Pat Ryder, the Pentagon press secretary", [(None, "Pat Ryder")]),
        (
            "The Secretary General of the Organization of American States (OAS), Luis Almagro, said",
            [("Secretary General of the Organization of American States", "Luis Almagro")],
        ),
        (
            "European Commission President Ursula von der Leyen said",
            [("European Commission President", "Ursula von der Leyen")],
        ),
        ("US Vice President JD Vance on Friday", [("US Vice President", "JD Vance")]),
        ("OAS Secretary General Condemns Escalation of Violence in Haiti", []),
    ],
)
def test_people_named_in_headings(text: str, pairs) -> None:
    assert people_in(text) == pairs


def test_questions_labelled_alone_leave_the_reply_to_the_opening_speaker() -> None:
    text = (
        "Press remarks by High Representative Josep Borrell\n\nThank you. We met today.\n\n"
        "Q. Why not list them?\n\nIt is a legal question.\n\n"
        "Q. Is it over?\n\nAnd what comes next?\n"
    )
    turns = parse_text(text, "t.txt").turns
    assert [(t.speaker, t.text) for t in turns] == [
        ("Josep Borrell", "Thank you. We met today."),
        (None, "Why not list them?"),
        ("Josep Borrell", "It is a legal question."),
        (None, "Is it over?\n\nAnd what comes next?"),
    ]


def test_stage_notes_stay_in_text_and_create_no_turn() -> None:
    text = (
        "Remarks\n\nMR. SMITH: We agreed. (Applause.)\n\n(Laughter.)\n\n"
        "[inaudible]\n\nMR. JONES: Thank you -- \n\nMR. SMITH: -- and more."
    )
    doc = parse_text(text, "x")
    assert [t.label for t in doc.turns] == ["MR. SMITH", "MR. JONES", "MR. SMITH"]
    assert "(Laughter.)" in doc.turns[0].text and "[inaudible]" in doc.turns[0].text


def test_role_given_once_is_carried_to_later_turns() -> None:
    doc = parse_file(next((FIXTURES.parent.parent / "seeds").glob("000_*.txt")))
    roles = {t.role for t in doc.turns if t.speaker == "Oana Lungescu"}
    assert roles == {"NATO Spokesperson"}


# -- nothing lost: every character of the cleaned content lands in exactly one turn ---------

_LABELS = st.sampled_from(
    [
        "MR. SMITH",
        "ANDERS FOGH RASMUSSEN (NATO Secretary General)",
        "Q",
        "QUESTION",
        "Mr. Ivanov",
        "The President",
        "Mr. Churkin (Russian Federation) (spoke in Russian)",
        "MODERATOR",
        "Jane Doe, Reuters",
        "A",
        "Lord Robertson",
    ]
)
_WORDS = st.sampled_from(
    [
        "we",
        "agreed",
        "NATO",
        "Russia",
        "missile",
        "defence",
        "is:",
        "(Applause.)",
        "--",
        "said",
        "“quoted”",
        "the",
        "Council",
        "Sochi.",
        "Why?",
        "[laughter]",
        "said:",
        "2011.",
        "Rasmussen",
    ]
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=25).map(" ".join)
_TURN = st.tuples(st.one_of(st.none(), _LABELS), st.lists(_SENTENCE, min_size=1, max_size=3))


def _unbroken(text: str) -> str:
    """The text with words hyphenated across a line break rejoined, as paragraphs.join does
    ("escala-" + "tion" is "escalation"): the only characters the parser removes."""
    return re.sub(r"(?<=[a-z]{2})-[ \t]*\n[ \t]*(?=[a-z])", "", text)


def _render(title: str, turns, sep: str) -> str:
    """A transcript: blank lines between paragraphs, or none at all (sep "\n")."""
    out = [title, ""]
    for label, pars in turns:
        first = f"{label}: {pars[0]}" if label else pars[0]
        for par in (first, *pars[1:]):
            out.extend([par, ""] if sep == "\n\n" else [par])
    return "\n".join(out)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TURN, min_size=1, max_size=8), st.sampled_from(["\n", "\n\n"]))
def test_nothing_is_lost(turns, sep: str) -> None:
    raw = _render("Press conference", turns, sep)
    doc = parse_text(raw, "gen.txt")
    text = _unbroken(raw)
    pieces = [*doc.dropped, *(t.text for t in doc.turns)]
    pieces += [  # a label's colon, where it has one ("Q", a name alone on its line: none)
        t.label + (":" if f"{t.label}:" in text else "") for t in doc.turns if t.label
    ]
    assert Counter(re.sub(r"\s", "", text)) == Counter(re.sub(r"\s", "", "".join(pieces)))
    # the turns' words come out in document order, each exactly once (with the count above:
    # every word is in a turn or a dropped line). Which copy of a repeated line was dropped
    # ("NATO" in a turn and in a headline run at the end; the second of two identical lines
    # inside a turn) is the parser's choice, so the turns are a subsequence of the text.
    assert _subsequence(_norm(text).split(), _norm(" ".join(t.text for t in doc.turns)).split())


def _subsequence(hay: list[str], needle: list[str]) -> bool:
    """Whether `needle` is `hay` with some words left out, the rest in order."""
    words = iter(hay)
    return all(any(w == h for h in words) for w in needle)


@pytest.mark.parametrize(
    "path",
    sorted((FIXTURES.parent.parent / "seeds").glob("*.txt"))
    + [p for p in sorted(FIXTURES.glob("*.txt"))],
)
def test_nothing_is_lost_in_real_documents(path: Path) -> None:
    doc = parse_file(path)
    labels = [t.label for t in doc.turns if t.label]
    got = Counter(re.sub(r"\s", "", "".join([*doc.dropped, *(t.text for t in doc.turns), *labels])))
    want = Counter(re.sub(r"\s", "", _unbroken(path.read_text(encoding="utf-8"))))
    assert not got - want  # nothing invented or duplicated
    colons = Counter(":" * len(labels)) + Counter("：" * len(labels))  # "华春莹：" too
    assert want - got <= colons  # only the colons after labels are gone


def test_a_large_record_parses_into_all_its_turns() -> None:
    """(Its speed is measured by benchmarks/parse_speed.py, not by a timed test.)"""
    par = (
        "Mr. Smith (United Kingdom): We welcome the report of the Secretary-General and the\n"
        "efforts of the Council to support the peace process in the region. We must be\n"
        "clear: the international community stands ready to help.\n"
    )
    text = "Security Council\n6627th meeting\n4 October 2011\n\n" + par * 20_000  # ~3.5 MB
    doc = parse_text(text, "big.txt")
    assert len(doc.turns) == 20_000
    assert {t.speaker for t in doc.turns} == {"Mr. Smith"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_parses_without_error(text: str) -> None:
    doc = parse_text(text, "any.txt")
    assert doc.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date)
    assert [t.n for t in doc.turns] == list(range(1, len(doc.turns) + 1))
    assert all(t.attribution in ("verbatim", "quoted", "reported", "narration") for t in doc.turns)


@pytest.mark.parametrize("text", ["", "\n\n\n", "Q:", "MR. X:", "Title only", ":::", "(Applause.)"])
def test_degenerate_documents(text: str) -> None:
    doc = parse_text(text, "x.txt")
    assert doc.kind in ("transcript", "statement", "news", "record", "unknown")


@pytest.mark.parametrize(
    "lines, text",
    [
        (["a worrying escala-", "tion of violence"], "a worrying escalation of violence"),
        (["the Al-", "Aqsa Mosque"], "the Al- Aqsa Mosque"),  # a capital: a real hyphen, kept
        (["At the outset, I thank Mr.", "Wennesland for his briefing."], None),  # one paragraph
    ],
)
def test_pdf_line_breaks(lines: list[str], text: str | None) -> None:
    pars = paragraphs(["Heading.", "", *lines])
    assert len(pars) == 2
    if text:
        assert join(pars[1]) == text


def test_a_recurring_one_word_heading_is_no_speaker() -> None:
    doc = parse_text("Press conference\n\nNATO\n\nNATO we\n\nNATO\n\nNATO we\n", "h.txt")
    assert all(t.speaker is None for t in doc.turns)


@pytest.mark.parametrize(
    "text, who",
    [
        ("We'll go to Associated Press, Lita Baldor.", ("Lita Baldor", "Associated Press")),
        ("Okay. Jennifer Griffin, Fox.", ("Jennifer Griffin", "Fox")),
        ("Let us start with Reuters, Finland.", None),
    ],
)
def test_called_on_outlet_first(text: str, who) -> None:
    assert called_on(text) == who


def test_said_colon_block_goes_to_its_speaker_until_the_story_speaks_of_someone():
    doc = parse_text(
        "UK sanctions tankers\n\nThe UK today sanctioned 100 tankers.\n\n"
        "Foreign Secretary David Lammy said:\n\nThe shadow fleet is a lifeline.\n\n"
        "We will keep up the pressure.\n\nThe Foreign Secretary will travel to Rome.\n",
        "r.txt",
    )
    assert [t.speaker for t in doc.turns] == [
        None,
        "David Lammy",
        "David Lammy",
        "David Lammy",
        None,
    ]


def test_former_role_description_is_the_last_speaker_not_a_current_office_holder():
    doc = parse_text(
        "NATO chief urges spending\n\nBRUSSELS (AP) — NATO Secretary-General Mark Rutte urged "
        'allies on Thursday to spend more.\n\n"We are not at war," Rutte said.\n\n'
        "The former Dutch prime minister said allies must do more.\n",
        "n.txt",
    )
    assert [t.speaker for t in doc.turns] == ["Mark Rutte"] * 3


def test_role_only_label_resolves_to_the_surname_the_heading_gives():
    doc = parse_text(
        "Remarks by President Trump and Prime Minister Starmer Before Bilateral Meeting\n\n"
        "February 27, 2025\n\nTHE PRESIDENT: Thank you very much.\n\n"
        "PRIME MINISTER STARMER: Thank you, Mr. President.\n\nTHE PRESIDENT: Great honor.\n",
        "w.txt",
    )
    # the heading's surnames, spelled out by the office-holder table for the date
    assert [t.speaker for t in doc.turns] == ["Donald Trump", "Keir Starmer", "Donald Trump"]
    assert all("office-table" in t.flags for t in doc.turns)


def test_prefixed_surnames_given_name_titles_and_told_objects():
    doc = parse_text(
        "Gaza talks\n\nHamas official Taher al-Nunu told Al Jazeera the group was ready.\n\n"
        '"We are ready for a deal," al-Nunu said.\n\n'
        "Dame Meg Hillier, who chairs the committee, said the memo raised questions. "
        '"We will ask officials," Dame Meg said.\n\n'
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani was cautious. "
        'He said there had been "some progress".\n',
        "g.txt",
    )
    assert [t.speaker for t in doc.turns] == [
        "Taher al-Nunu",
        "Taher al-Nunu",
        "Meg Hillier",
        "Mohammed bin Abdulrahman Al Thani",
    ]


def test_release_signature_headings_and_venue_lines():
    doc = parse_text(
        "Minister Joly meets counterpart\n\nNews release\n\nJanuary 15, 2025 - Ottawa\n\n"
        "Today, the Honourable Mélanie Joly, Minister of Foreign Affairs, met her counterpart.\n\n"
        "Speaking afterwards, the top U.S. diplomat said nothing.\n\nQuotes\n\n"
        '"Canada will stand with Ukraine."\n\n- Mélanie Joly, Minister of Foreign Affairs\n\n'
        "Associated links\n\nCanada's response to the situation in Ukraine\n",
        "r.txt",
    )
    assert [(t.speaker, t.text[:9]) for t in doc.turns][-1] == ("Mélanie Joly", '"Canada w')
    assert not any("Associated" in t.text or t.text == "Quotes" for t in doc.turns)


def test_lead_office_holder_named_in_the_next_paragraph_only_when_unambiguous():
    text = (
        "Iran ready for talks\n\nDUBAI, April 2 (Reuters) - Iran's foreign minister said on "
        "Wednesday that Tehran was open to talks.\n\n"
        '"The path remains open," Abbas Araqchi told state media.\n'
    )
    assert [t.speaker for t in parse_text(text, "i.txt").turns] == ["Abbas Araqchi"] * 2
    official = text.replace("Iran's foreign minister", "A senior Iranian official")
    assert parse_text(official, "o.txt").turns[0].speaker is None


def test_a_broadcast_label_with_name_role_and_outlet_names_the_speaker() -> None:
    from nrc_search.ingest.labels import match_label

    lab = match_label("ISHA SESAY, HOST, CNN: -- just only there for at Joint Base Andrews.")
    assert lab is not None and lab.kind == "person"
    assert (lab.name, lab.role) == ("ISHA SESAY", "Host, CNN")
    text = (
        "ISHA SESAY, HOST, CNN: We are coming up to the top of the hour here.\n\n"
        "JOHN VAUSE, HOST, CNN: This has been a long journey.\n\n"
        "SESAY: And the three men.\n\nVAUSE: Here they are.\n"
    )
    doc = parse_text(text, "cnn.txt")
    assert [t.speaker for t in doc.turns] == ["Isha Sesay", "John Vause"] * 2


def test_a_host_who_says_i_am_is_named_without_the_pronoun() -> None:
    text = (
        "WHITFIELD: Hello, everyone. I'm Fredricka Whitfield. Welcome to the program.\n\n"
        "MIKE POMPEO, U.S. SECRETARY OF STATE: We have made it very clear.\n\n"
        "WHITFIELD: Days away, take two of the summit.\n"
    )
    doc = parse_text(text, "cnn.txt")
    assert doc.turns[0].speaker == "Fredricka Whitfield"
    assert doc.turns[2].speaker == "Fredricka Whitfield"


def test_a_quote_said_by_mr_surname_goes_to_that_person() -> None:
    text = (
        "KYIV (AP) - Ukraine's foreign minister says grain exports will not resume without "
        "assurances of safety for ship owners.\n\n"
        "\u201cRussia continues to be in a state of war and is not seeking negotiations in good "
        "faith,\u201d said Mr. Kuleba, who became Ukraine's foreign minister in March 2020.\n"
    )
    doc = parse_text(text, "wire.txt")
    # the story never gives his given name: the office-holder table's one Kuleba does
    assert (doc.turns[-1].speaker, doc.turns[-1].attribution) == ("Dmytro Kuleba", "quoted")


def test_a_broadcast_clock_before_a_label_keeps_the_label() -> None:
    text = (
        "[14:00:00] FAREED ZAKARIA, CNN HOST: This is a real problem and it is growing.\n\n"
        "MIKE POMPEO, U.S. SECRETARY OF STATE: We have made it very clear.\n"
    )
    doc = parse_text(text, "cnn.txt")
    assert [(t.speaker, t.text[:9]) for t in doc.turns] == [
        ("Fareed Zakaria", "This is a"),
        ("Mike Pompeo", "We have m"),
    ]
    assert doc.turns[0].label.startswith("[14:00:00]")


def test_a_list_of_items_ending_in_semicolons_is_one_paragraph_per_item() -> None:
    from nrc_search.ingest.paragraphs import paragraphs

    lines = [
        "Russia does not expect positive changes in relations with Britain;",
        "Russia is considering providing assistance to Venezuela after the earthquake in the",
        "south of the country;",
        "The EU's praise of the plan sounds like a mockery of common sense;",
    ]
    assert [len(p) for p in paragraphs(lines)] == [1, 2, 1]


def test_a_label_resolved_from_the_opening_takes_the_role_given_there() -> None:
    text = (
        "Yesterday's Department Press Briefing, featuring Department Spokesperson Ned Price, "
        "started with a long exchange.\n\n"
        "QUESTION: Thanks. Just before we get to Afghanistan, one question.\n\n"
        "MR PRICE: This is a matter before the Department of Justice.\n"
    )
    doc = parse_text(text, "blog.txt")
    assert (doc.turns[-1].speaker, doc.turns[-1].role) == ("Ned Price", "Department Spokesperson")
