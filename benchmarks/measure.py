"""Run a command and measure it: wall time, CPU user+sys, peak RSS of the whole process tree.

CPU comes from os.wait4 (it includes reaped children). Peak RSS is the larger of the largest
single process's high-water mark, from /usr/bin/time -f %M when installed, and the sum over live
descendants (e.g. parser processes) sampled from /proc every 10 ms. Not ru_maxrss from wait4:
on Linux a forked child starts with its parent's high-water mark, so a big benchmark process
would inflate every child's number. Stdlib only, Linux only.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
GNU_TIME = "/usr/bin/time"


@dataclass(frozen=True)
class Run:
    """One finished process."""

    wall: float  # seconds
    cpu: float  # user + sys seconds, children included
    peak_rss: int  # bytes: max of the sampled tree sum and the largest single process
    returncode: int
    stdout: str


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants right now."""
    kids = _children()
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(kids.get(p, ()))
        with contextlib.suppress(OSError, IndexError, ValueError):  # the process just ended
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * PAGE
    return total


def run(
    cmd: Sequence[str] | str,
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    sample: bool = True,
) -> Run:
    """Run `cmd` (a list, or a string for `bash -c`) to completion and measure it."""
    argv = ["bash", "-c", cmd] if isinstance(cmd, str) else list(cmd)
    peak = 0
    done = threading.Event()
    fd, name = tempfile.mkstemp(suffix=".maxrss")
    os.close(fd)
    hwm_path = Path(name)
    if os.access(GNU_TIME, os.X_OK):
        argv = [GNU_TIME, "-f", "%M", "-o", name, *argv]
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=cwd)

        def poll() -> None:
            nonlocal peak
            while not done.wait(0.01):
                peak = max(peak, tree_rss(proc.pid))

        thread = threading.Thread(target=poll, daemon=True)
        if sample:
            thread.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        if sample:
            thread.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", errors="replace")
    kib = hwm_path.read_text().strip().splitlines()[-1:] if hwm_path.stat().st_size else []
    hwm_path.unlink()
    single = int(kib[0]) * 1024 if kib and kib[0].isdigit() else 0
    return Run(wall, usage.ru_utime + usage.ru_stime, max(peak, single), proc.returncode, text)


def repeat(cmd: Sequence[str] | str, times: int, **kw: object) -> list[Run]:
    """`times` fresh runs of `cmd` after one unmeasured warm-up run (page cache)."""
    run(cmd, sample=False, **kw)  # type: ignore[arg-type]
    return [run(cmd, **kw) for _ in range(times)]  # type: ignore[arg-type]


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def p95(xs: Sequence[float]) -> float:
    """The 95th percentile (nearest rank)."""
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(0.95 * len(s) + 0.5) - 1))]


def du(path: Path) -> int:
    """Bytes on disk under `path` (allocated blocks, like du)."""
    if path.is_file():
        return path.stat().st_blocks * 512
    return sum(p.stat().st_blocks * 512 for p in path.rglob("*") if p.is_file())


CLOCK_TICK = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid: int) -> float:
    """User + sys seconds a live process has used so far (resolution 1/CLK_TCK, 10 ms)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICK


def proc_hwm(pid: int) -> int:
    """Peak resident bytes of a live process and its live descendants (the sum of their VmHWM
    in /proc/PID/status: the process's own peak when it has no workers, else an upper bound)."""
    kids = _children()
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(kids.get(p, ()))
        with contextlib.suppress(OSError, ValueError):  # the process just ended
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) * 1024
    return total
