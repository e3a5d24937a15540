"""`nrc trend --plot FILE.png|FILE.svg`: the trend as a chart file, drawn with matplotlib.

matplotlib is imported here only, and this module only by `--plot`, so no other command pays
for it. Years and months are drawn as lines (one per query), other buckets as grouped bars.
"""

from __future__ import annotations

from pathlib import Path

from nrc_search.buckets import CHRONOLOGICAL
from nrc_search.errors import UsageError
from nrc_search.trend import Trend, value

FORMATS = (".png", ".svg")
_LABELS = {
    "per_10k": "matches per 10,000 words",
    "matches": "matches",
    "turns": "matching turns",
}


def _y(cell, measure: str) -> float:
    """The plotted value; a bucket with no words at all is a gap, not a zero rate."""
    if measure == "per_10k" and cell.per_10k is None:
        return float("nan")
    return value(cell, measure)


def plot(tr: Trend, path: Path, measure: str = "per_10k") -> None:
    """Write `tr` to `path` (.png or .svg) with labelled axes, a title and a legend."""
    if path.suffix.lower() not in FORMATS:
        raise UsageError(f"--plot {path}: give a file ending in .png or .svg.")
    import matplotlib

    matplotlib.use("Agg")  # files only; never opens a window
    import matplotlib.pyplot as plt

    plt.rcParams["svg.fonttype"] = "none"  # SVG text stays text: searchable and editable

    labels = [r.bucket for r in tr.rows]
    fig, ax = plt.subplots(figsize=(max(6.0, min(18.0, 0.35 * len(labels) + 3)), 4.5))
    try:
        if tr.by in CHRONOLOGICAL:
            for i, q in enumerate(tr.queries):
                ys = [_y(r.cells[i], measure) for r in tr.rows]
                ax.plot(labels, ys, marker="o", label=q)
        else:
            width = 0.8 / max(1, len(tr.queries))
            for i, q in enumerate(tr.queries):
                xs = [k + i * width for k in range(len(labels))]
                ax.bar(xs, [value(r.cells[i], measure) for r in tr.rows], width, label=q)
            ax.set_xticks([k + 0.4 - width / 2 for k in range(len(labels))])
            ax.set_xticklabels(labels)
        ax.set_xlabel(tr.by)
        ax.set_ylabel(_LABELS[measure])
        ax.set_title(f"{' / '.join(tr.queries)} by {tr.by} (duplicates counted once)")
        ax.legend()
        step = max(1, len(labels) // 30)
        for k, tick in enumerate(ax.get_xticklabels()):
            tick.set_visible(k % step == 0)
        plt.setp(ax.get_xticklabels(), rotation=45, ha="right")
        fig.tight_layout()
        try:
            fig.savefig(path, format=path.suffix.lower().lstrip("."))
        except OSError as exc:
            raise UsageError(f"Cannot write {path} ({exc.strerror or exc}).") from exc
    finally:
        plt.close(fig)
