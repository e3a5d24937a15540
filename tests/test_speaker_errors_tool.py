"""tools/speaker_errors.py puts a wrong speaker in the class a maintainer would name."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "speaker_errors", ROOT / "tools/speaker_errors.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_name_forms_are_told_apart() -> None:
    tool = _tool()
    assert tool.name_form("anne brasseur", "brasseur") == "name form: surname only / part missing"
    assert tool.name_form("ignazio cassis", "federal councillor ignazio cassis") == (
        "name form: honorific or role left in"
    )
    assert tool.name_form("kishida fumio", "fumio kishida") == "name form: family name first"
    assert tool.name_form("сергей лавров", "сергея лаврова") == "name form: case ending"
    assert tool.name_form("anders rasmussen", "wang yi") is None
