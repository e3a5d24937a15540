"""The shape of the code: import direction between stages, a light `nrc --help`, the seeds."""

from __future__ import annotations

import ast
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "nrc_search"

#: module (or package prefix) -> modules it must never import
FORBIDDEN = {
    "nrc_search.model": {"whoosh", "rich", "click", "nrc_search"},
    "nrc_search.errors": {"whoosh", "rich", "click", "nrc_search"},
    "nrc_search.ingest": {
        "whoosh",
        "rich",
        "click",
        "nrc_search.store",
        "nrc_search.search",
        "nrc_search.cli",
    },
    "nrc_search.store": {"rich", "click", "nrc_search.cli", "nrc_search.render"},
    "nrc_search.search": {"rich", "click", "nrc_search.cli", "nrc_search.render"},
    "nrc_search.export": {"rich", "whoosh", "click"},
    "nrc_search.render": {"whoosh", "click", "nrc_search.export"},
    "nrc_search.variants": {"whoosh", "rich", "click"},
    "nrc_search.buckets": {"whoosh", "rich", "click"},
    "nrc_search.export_views": {"rich", "whoosh", "click"},
    "nrc_search.render_views": {"whoosh", "click", "nrc_search.export"},
    **{
        f"nrc_search.{m}": {"rich", "click", "nrc_search.cli", "nrc_search.render"}
        for m in ("matches", "corpus", "facets", "kwic", "trend", "similar", "watch", "plot")
    },
    "nrc_search.console": {"whoosh", "click", "nrc_search.cli", "nrc_search.render"},
    "nrc_search.complete": {"rich", "nrc_search.cli"},
}


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    return ".".join(rel.parts).removesuffix(".__init__")


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted(PKG.rglob("*.py")), ids=lambda p: module_name(p))
def test_import_direction(path: Path) -> None:
    name = module_name(path)
    for owner, banned in FORBIDDEN.items():
        if name == owner or name.startswith(owner + "."):
            for imported in imports(path):
                hits = [b for b in banned if imported == b or imported.startswith(b + ".")]
                assert not hits, f"{name} imports {imported}"


def test_nothing_imports_the_cli() -> None:
    """Not even cli_support, whose bodies cli.py imports: console.py holds what both need."""
    entry_points = {"__main__.py", "launch.py", "serve.py"}  # they run the CLI: the top
    for path in PKG.rglob("*.py"):
        if path.name not in entry_points:
            assert "nrc_search.cli" not in imports(path), path


def test_console_is_a_light_leaf() -> None:
    """cli.py imports it for `nrc --help`: stdlib and nrc_search.errors only, rich on demand."""
    code = (
        "import sys\nimport nrc_search.console\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('whoosh', 'rich', 'click')"
        " or (m.startswith('nrc_search.') and m not in ('nrc_search.console', 'nrc_search.errors'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_load_neither_whoosh_nor_rich(flag: str) -> None:
    code = (
        "import sys\nfrom nrc_search.cli import main\n"
        f"try:\n    main(['{flag}'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('whoosh', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("[]"), out.stdout


def test_python_dash_m_works() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "nrc_search", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and "nrc" in out.stdout


SEED_SHA256 = {  # the first 16 hex digits of each shared seed's SHA-256
    "000_d1db97aa885e651d.txt": "3a35a34b94f7dcca",
    "001_9ce5e1803fa77808.txt": "3cbb06ae7a4b00ff",
    "002_b4809b6312dd73e9.txt": "d216df031dbd243f",
    "003_70ece60cd860c727.txt": "b3591e003309a947",
    "004_fbef40a881d0f922.txt": "5c76de31926db9a4",
}


def test_seeds_are_byte_for_byte_the_shared_ones() -> None:
    digests = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in (ROOT / "seeds").iterdir()
    }
    assert digests == SEED_SHA256
