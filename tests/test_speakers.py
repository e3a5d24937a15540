"""speakers.py: one canonical person across spellings, honorifics, roles and documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nrc_search.errors import NrcError, UnreadableFile
from nrc_search.ingest import parse_file
from nrc_search.ingest.speakers import SpeakerRegistry
from nrc_search.model import Document, Turn

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def _registry_of_seeds() -> tuple[SpeakerRegistry, list[Document]]:
    reg = SpeakerRegistry()
    return reg, [reg.canonicalize(parse_file(p)) for p in SEEDS]


def _doc(*speakers: str, roles: tuple[str | None, ...] = ()) -> Document:
    roles = roles or (None,) * len(speakers)
    turns = tuple(
        Turn(n, s, r, "verbatim", "text", s)
        for n, (s, r) in enumerate(zip(speakers, roles, strict=True), 1)
    )
    return Document("x.txt", None, None, turns=turns)


def test_rasmussen_is_one_person_across_all_five_seeds() -> None:
    reg, docs = _registry_of_seeds()
    with_him = [Path(d.source).name[:3] for d in docs if "Anders Fogh Rasmussen" in d.participants]
    assert with_him == ["000", "001", "003", "004"]  # 002 is Robertson and Ivanov
    people = {p.name: p for p in reg.people()}
    assert [n for n in people if "Rasmussen" in n] == ["Anders Fogh Rasmussen"]
    assert "NATO Secretary General" in people["Anders Fogh Rasmussen"].roles


@pytest.mark.parametrize(
    "spelling",
    [
        "ANDERS FOGH RASMUSSEN",
        "Secretary General Rasmussen",
        "Rasmussen",
        "A. F. Rasmussen",
        "Anders Rasmussen",
        "Mr. Rasmussen",
    ],
)
def test_spellings_resolve_to_the_canonical_name(spelling: str) -> None:
    reg, _ = _registry_of_seeds()
    assert reg.canonicalize(_doc(spelling)).turns[0].speaker == "Anders Fogh Rasmussen"


def test_a_different_first_name_is_a_different_person() -> None:
    reg, _ = _registry_of_seeds()
    doc = reg.canonicalize(_doc("Lars Lokke Rasmussen"))
    assert doc.turns[0].speaker == "Lars Lokke Rasmussen"
    assert reg.resolve("Rasmussen") == "Rasmussen"  # now ambiguous: left as printed


def test_surname_seen_first_joins_the_full_name_later() -> None:
    reg = SpeakerRegistry()
    reg.canonicalize(_doc("Mr. Ivanov"))
    reg.canonicalize(_doc("Sergei Ivanov", roles=("Minister of Defence",)))
    assert [p.name for p in reg.people()] == ["Sergei Ivanov"]
    assert reg.resolve("Mr. Ivanov") == "Sergei Ivanov"


def test_roles_and_aliases_are_recorded() -> None:
    reg = SpeakerRegistry()
    reg.canonicalize(
        _doc("Sergei Ivanov", "Mr. Ivanov", roles=("Minister of Defence", "Defence Minister"))
    )
    (person,) = reg.people()
    assert person.roles == ("Minister of Defence", "Defence Minister")
    assert "Mr. Ivanov" in person.aliases


def test_registry_round_trips_through_json() -> None:
    reg, _ = _registry_of_seeds()
    again = SpeakerRegistry.from_dict(json.loads(json.dumps(reg.to_dict())))
    assert again.people() == reg.people()
    assert again.resolve("Secretary General Rasmussen") == "Anders Fogh Rasmussen"


def test_speakers_file_adds_aliases_merges_and_splits(tmp_path: Path) -> None:
    path = tmp_path / "speakers.txt"
    path.write_text(
        "# who is who\n"
        "George Robertson = Lord Robertson; Secretary General Robertson\n"
        "Anders Fogh Rasmussen = AFR   # initials used by one outlet\n"
        "\n"
        "split: Ivanov\n",
        encoding="utf-8",
    )
    reg = SpeakerRegistry()
    reg.canonicalize(_doc("Sergei Ivanov"))
    reg.load_aliases(path)
    doc = reg.canonicalize(_doc("Lord Robertson", "AFR", "Ivanov"))
    assert [t.speaker for t in doc.turns] == ["George Robertson", "Anders Fogh Rasmussen", "Ivanov"]


def test_a_merge_line_joins_two_existing_people(tmp_path: Path) -> None:
    reg = SpeakerRegistry()
    reg.canonicalize(_doc("Lord Robertson", "George Robertson"))
    path = tmp_path / "speakers.txt"
    path.write_text("George Robertson = Lord Robertson\n", encoding="utf-8")
    reg.load_aliases(path)
    assert [p.name for p in reg.people()] == ["George Robertson"]


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ("Anders Fogh Rasmussen\n", 1),
        ("# ok\nGeorge Robertson =\n", 2),
        ("= Robertson\n", 1),
        ("A = B\nsplit:\n", 2),
    ],
)
def test_a_bad_speakers_line_names_its_line_number(content: str, line: int, tmp_path: Path) -> None:
    path = tmp_path / "speakers.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NrcError, match=rf"speakers.txt:{line}:"):
        SpeakerRegistry().load_aliases(path)


def test_a_missing_speakers_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile):
        SpeakerRegistry().load_aliases(tmp_path / "nope.txt")


def test_canonicalize_keeps_turns_without_speakers() -> None:
    reg = SpeakerRegistry()
    doc = Document("x", None, None, turns=(Turn(1, None, None, "narration", "text"),))
    assert reg.canonicalize(doc).turns == doc.turns
    assert reg.people() == []


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Sergey Lavrov", "Sergei Lavrov", True),
        ("Dmitry Medvedev", "Dmitri Medvedev", True),
        ("Anders Fogh Rasmussen", "Andrew Rasmussen", False),
        ("Jens Stoltenberg", "J. Stoltenberg", True),
    ],
)
def test_transliterated_first_names_are_one_person(first: str, second: str, same: bool) -> None:
    reg = SpeakerRegistry()
    reg.canonicalize(_doc(first))
    assert (reg.canonicalize(_doc(second)).turns[0].speaker == first) is same


def test_a_bare_surname_seen_first_resolves_to_the_full_name_at_query_time() -> None:
    reg = SpeakerRegistry()
    assert reg.canonicalize(_doc("Ivanov")).participants == ("Ivanov",)  # stored as printed
    reg.canonicalize(_doc("Sergei Ivanov"))
    for printed in ("Ivanov", "IVANOV", "Minister Ivanov"):
        assert reg.resolve(printed) == "Sergei Ivanov"
    assert SpeakerRegistry.from_dict(reg.to_dict()).resolve("Ivanov") == "Sergei Ivanov"


def test_a_generational_suffix_is_not_the_surname() -> None:
    reg = SpeakerRegistry()
    reg.canonicalize(_doc("Lloyd J. Austin III"))
    assert reg.resolve("Austin") == "Lloyd J. Austin III"
