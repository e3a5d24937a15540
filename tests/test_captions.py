"""Caption files (WebVTT, SRT): running speech, speakers from marks, times kept and shown."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.ingest import parse_file
from nrc_search.ingest.captions import parse_captions, seconds

FIXTURES = Path(__file__).parent / "fixtures"
DVIDS = Path("/work/shared/realdocs/docs/130_dvids_nrc_press_conference_captions_webvtt.txt")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def turns(text: str) -> list[tuple[str | None, str]]:
    return [(t.speaker, t.text) for t in parse_captions(text, "x.vtt").turns]


@pytest.mark.parametrize(
    ("clock", "value"),
    [("00:04:12.500", 252.5), ("00:04.140", 4.14), ("01:00:00,250", 3600.25), ("00:00:07", 7.0)],
)
def test_caption_clocks(clock: str, value: float) -> None:
    assert seconds(clock) == pytest.approx(value)


def test_voice_tags_name_the_speakers_and_cues_join_into_turns() -> None:
    doc = parse_file(FIXTURES / "un_briefing_voices.vtt")
    assert [t.speaker for t in doc.turns] == [
        "Stéphane Dujarric",
        "Edith Lederer",
        "Stéphane Dujarric",
        "Edith Lederer",
        "Stéphane Dujarric",
    ]
    first = doc.turns[0]
    assert first.text.startswith("Good afternoon. I will start")
    assert first.text.endswith("cease hostilities immediately.")
    assert (first.start, first.end) == (1.2, 15.0)
    assert doc.title.startswith("Daily press briefing")
    assert doc.date == "2023-03-14"
    assert all("-->" not in t.text and "<v" not in t.text for t in doc.turns)
    assert "& I will share" in doc.turns[-1].text  # entities decoded


def test_rolling_captions_are_deduplicated_and_split_at_long_pauses() -> None:
    doc = parse_file(FIXTURES / "youtube_rolling_autocaptions.vtt")
    assert [t.text for t in doc.turns] == [
        "good morning everyone and welcome to the ministerial meeting in brussels "
        "allies agreed on missile defence",
        "now i'm happy to take questions from the press",
    ]
    assert all(t.speaker is None and t.attribution == "verbatim" for t in doc.turns)
    assert doc.turns[1].start == pytest.approx(14.87)


def test_srt_markers_alternate_between_a_named_and_an_unnamed_voice() -> None:
    doc = parse_file(FIXTURES / "cnn_broadcast_markers.srt")
    assert [t.speaker for t in doc.turns] == [
        "Wolf Blitzer",
        "Speaker 2",
        "Wolf Blitzer",
        "Speaker 2",
        "Wolf Blitzer",
    ]
    assert doc.turns[0].text == (
        "WELCOME BACK. JOINING US NOW FROM BRUSSELS IS THE NATO SECRETARY GENERAL."
    )


VTT = "WEBVTT\n\n{cues}"


def cues(*texts: str, gap: float = 0.2) -> str:
    out, t = [], 1.0
    for text in texts:
        out.append(f"00:00:{t:06.3f} --> 00:00:{t + 2:06.3f}\n{text}\n")
        t += 2 + gap
    return VTT.format(cues="\n".join(out))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # NAME: prefixes
            cues("KIRBY: Good afternoon.", "QUESTION: Any news on Kyiv?", "KIRBY: Not today."),
            [
                ("Kirby", "Good afternoon."),
                ("Question", "Any news on Kyiv?"),
                ("Kirby", "Not today."),
            ],
        ),
        (  # leading dashes: a dialogue inside one cue
            cues("- Are you coming?\n- Yes, right away."),
            [("Speaker 1", "Are you coming?"), ("Speaker 2", "Yes, right away.")],
        ),
        (  # an unnamed voice is Speaker 2 until a label names it
            cues("Welcome to the briefing.", ">> Thank you.", ">> LAVROV: We disagree."),
            [
                ("Speaker 1", "Welcome to the briefing."),
                ("Speaker 2", "Thank you."),
                ("Lavrov", "We disagree."),
            ],
        ),
        (  # no marks at all, no long pause: one speaker's turn, not one per cue
            cues("first words", "second words", "third words"),
            [(None, "first words second words third words")],
        ),
        (  # a pause of 3 s starts a new turn
            cues("before the pause", "after the pause", gap=3.0),
            [(None, "before the pause"), (None, "after the pause")],
        ),
    ],
)
def test_speaker_marks(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert turns(text) == expected


def test_the_real_dvids_autocaptions_keep_their_first_cue_and_lose_the_timings() -> None:
    if not DVIDS.exists():
        pytest.skip("shared real documents not present")
    doc = parse_file(DVIDS)  # a .txt that holds WebVTT: recognised by content
    assert doc.turns[0].text.startswith("Good morning . Sorry for the delay . So")
    assert all("-->" not in t.text and "WEBVTT" not in t.text for t in doc.turns)
    assert doc.turns[0].start == pytest.approx(4.14)


def test_times_are_indexed_shown_and_exported(tmp_path: Path) -> None:
    index = tmp_path / "ix"
    result = run("ingest", str(FIXTURES / "un_briefing_voices.vtt"), "--index", str(index))
    assert result.exit_code == 0, result.output
    data = json.loads(run("search", "corridor", "--json", "--index", str(index)).stdout)
    hit = data["hits"][0]
    assert (hit["speaker"], hit["start"], hit["end"]) == ("Edith Lederer", 26.6, 29.0)
    table = run("search", "Khartoum", "--index", str(index)).stdout
    assert "[00:00:01]" in table
    rows = list(
        csv.DictReader(
            io.StringIO(run("search", "corridor", "-f", "csv", "--index", str(index)).stdout)
        )
    )
    assert (rows[0]["start"], rows[0]["end"]) == ("26.6", "29.0")
    shown = run("show", hit["turn_id"], "--index", str(index)).stdout
    assert "[00:00:26]" in shown
    as_json = json.loads(
        run("show", hit["turn_id"], "--format", "json", "--index", str(index)).stdout
    )
    assert (as_json["start"], as_json["end"]) == (26.6, 29.0)


def test_turns_without_times_export_no_time_fields(tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    src.write_text(
        "Briefing, 8 June 2011\n\nMr. Smith (France): quokka treaty.\n", encoding="utf-8"
    )
    index = tmp_path / "ix"
    assert run("ingest", str(src), "--index", str(index)).exit_code == 0
    hit = json.loads(run("search", "quokka", "--json", "--index", str(index)).stdout)["hits"][0]
    assert "start" not in hit and "end" not in hit
    rows = list(
        csv.DictReader(
            io.StringIO(run("search", "quokka", "-f", "csv", "--index", str(index)).stdout)
        )
    )
    assert (rows[0]["start"], rows[0]["end"]) == ("", "")


def test_a_broken_caption_file_is_one_warning(tmp_path: Path) -> None:
    bad = tmp_path / "bad.srt"
    bad.write_text("1\nnot a timing line\nhello\n", encoding="utf-8")
    good = tmp_path / "good.vtt"
    good.write_text(cues("<v Ann>hello quokka"), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 1
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("nrc: warning:")]
    assert len(warnings) == 1 and "bad.srt" in warnings[0], warnings
    assert "1 added" in result.stderr
