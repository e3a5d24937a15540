"""A member's title or office printed before the name in a record's label ("Zastupnik M.
Horvat:", "Presidenta Senadora Ana Lidia Ruiz:") is the turn's role, never part of the
speaker's name, in whatever language the record is written, as `nrc segment --format json`
shows it. Made-up house styles."""

from __future__ import annotations

import json

from click.testing import CliRunner

from nrc_search.cli import main
from tests.test_labels_grammar import _turns

ALONE = """\
Srijeda, 4. ožujka 2009.

Zastupnik T. Horvat:

Poštovani predsjedavajući, kolege, ovaj prijedlog nije u skladu s poslovnikom.

Predsjedavajući I. Kovač:

Gospodine zastupniče, molim vas da se držite teme.

Zastupnik T. Horvat:

Držim se teme, gospodine predsjedavajući.
"""


def test_a_members_title_before_an_initial_and_surname_is_the_role(tmp_path) -> None:
    turns = _turns(tmp_path, ALONE)
    got = [(t["speaker"], t["role"]) for t in turns if t["label"]]
    assert got[0] == ("T. Horvat", "Zastupnik")
    assert got[2] == ("T. Horvat", "Zastupnik")
    assert all(not (s or "").startswith("Zastupnik") for s, _ in got)


INLINE = """\
Sesión ordinaria de la Comisión
Martes 3 de marzo de 2020
La
Presidenta Senadora Ana Lidia Ruiz Campos: (10:02 horas) Se abre la sesión. Pido a la
Secretaría dar cuenta del orden del día.
La
Secretaria Diputada Rosa Elena Mora Ibarra: Se da cuenta con el orden del día, señora
Presidenta.
La
Presidenta Senadora Ana Lidia Ruiz Campos: Gracias. Se levanta la sesión.
"""


def test_an_office_and_a_members_title_before_the_name_both_stay_out_of_it(tmp_path) -> None:
    turns = _turns(tmp_path, INLINE)
    speakers = [t["speaker"] for t in turns if t["label"]]
    assert "Ana Lidia Ruiz Campos" in speakers
    assert not any((s or "").split()[0] in ("Senadora", "Diputada") for s in speakers if s)


SITTING = """\
Official Report of the House of Assembly of Vastmark

The House met at 09:30.

MADAM SPEAKER took the Chair and read the Prayer.

The Clerk announced the order of business for the day.

MR T. OKONJO: Madam Speaker, I rise on a point of order about the sitting's schedule.

MADAM SPEAKER: Hon. Member, the order of business stands. Please take your seat.
"""


def test_the_sittings_procedure_above_the_first_label_is_no_turn(tmp_path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(SITTING, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json", "--dropped"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    texts = [t["text"] for t in doc["turns"]]
    assert texts[0].startswith("Madam Speaker, I rise on a point of order")
    assert not any("took the Chair" in t or "met at 09:30" in t for t in texts)
    dropped = json.dumps(doc, ensure_ascii=False)
    assert "The House met at 09:30." in dropped and "took the Chair" in dropped
