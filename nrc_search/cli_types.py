"""Click parameter types for the command definitions, kept light for `nrc --help`.

`click.Path(path_type=pathlib.Path)` needs pathlib (and urllib.parse, ipaddress, fnmatch)
imported when the commands are defined; `PathArg` checks the same things and turns the value
into a `pathlib.Path` only when an argument is converted, so `nrc --help` never loads them.
"""

from __future__ import annotations

import os
from typing import Any

import click


class PathArg(click.Path):
    """`click.Path` whose value is a `pathlib.Path` (imported on first use)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from pathlib import Path

        return Path(os.fsdecode(super().convert(value, param, ctx)))
