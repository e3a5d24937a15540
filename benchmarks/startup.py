"""How fast `nrc --help` and `nrc --version` start, against `python -c "import click"`.

Fresh processes, median of N. Also checks, in a fresh interpreter running the same paths,
that neither whoosh nor rich was imported (sys.modules at exit), and lists the slowest
imports from `python -X importtime`. Stdlib only; runs nrc as a subprocess.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from measure import median, run

# Runs the console entry point like the `nrc` script does, then reports heavy modules at exit.
PROBE = (
    "import atexit,sys\n"
    "atexit.register(lambda: sys.stderr.write('HEAVY=' + ','.join(sorted({m.split('.')[0] "
    "for m in sys.modules if m.split('.')[0] in ('whoosh','rich')})) + '\\n'))\n"
    "sys.argv=['nrc',*sys.argv[1:]]\n"
    "from nrc_search.cli import main\n"
    "main()\n"
)
# One line of -X importtime output, e.g. "import time:      1234 |      56789 | click.core".
IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


@dataclass(frozen=True)
class Startup:
    """Median wall seconds of each command and what the nrc paths imported."""

    help: float
    version: float
    click: float
    heavy: dict[str, str]  # "--help" -> "" or "whoosh,rich"
    slowest: list[tuple[str, float]]  # top-level imports of `nrc --help`, cumulative ms


def heavy_modules(python: str, flag: str) -> str:
    """Which of whoosh/rich a fresh `nrc FLAG` imported ('' when neither)."""
    p = subprocess.run([python, "-c", PROBE, flag], capture_output=True, text=True, check=False)
    m = re.search(r"^HEAVY=(.*)$", p.stderr, re.MULTILINE)
    return m.group(1) if m else "?"


def slowest_imports(python: str, top: int = 6) -> list[tuple[str, float]]:
    """Top-level imports of `nrc --help` by cumulative time (ms), from -X importtime."""
    p = subprocess.run(
        [python, "-X", "importtime", "-c", PROBE, "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    rows = [
        (m.group(4), int(m.group(2)) / 1000)
        for m in IMPORT_LINE.finditer(p.stderr)
        if len(m.group(3)) == 1
    ]  # one space of indent: imported by the script itself
    return sorted(rows, key=lambda r: -r[1])[:top]


def measure_startup(nrc: str, python: str, runs: int = 10) -> Startup:
    """Time the three commands `runs` times each, interleaved so drift hits all equally."""
    times: dict[str, list[float]] = {"help": [], "version": [], "click": []}
    cmds = {
        "help": [nrc, "--help"],
        "version": [nrc, "--version"],
        "click": [python, "-c", "import click"],
    }
    for cmd in cmds.values():
        run(cmd, sample=False)
    for _ in range(runs):
        for key, cmd in cmds.items():
            times[key].append(run(cmd, sample=False).wall)
    heavy = {flag: heavy_modules(python, flag) for flag in ("--help", "--version")}
    return Startup(
        median(times["help"]),
        median(times["version"]),
        median(times["click"]),
        heavy,
        slowest_imports(python),
    )


if __name__ == "__main__":
    venv = Path(sys.executable).parent
    print(measure_startup(str(venv / "nrc"), sys.executable))
