"""The `nrc` executable: a running `nrc serve` answers read-only commands, else the CLI does
(a plain `nrc search` without click: quick.py).

Imports only the stdlib on the served path (no click, Whoosh or rich), so a served search costs
a socket round trip on top of the interpreter's start-up.
"""

from __future__ import annotations

import sys

#: the commands a server may answer (serve.READ_ONLY; repeated so `nrc --help` imports nothing)
_SERVED = ("search", "speakers", "docs", "show")


def main() -> None:
    if sys.argv[1:2] and sys.argv[1] in _SERVED:
        from nrc_search.serve import forward

        code = forward(sys.argv[1:])
        if code is not None:
            sys.exit(code)
        if sys.argv[1] == "search":
            from nrc_search.quick import search

            code = search(sys.argv[2:])
            if code is not None:
                sys.exit(code)
    from nrc_search.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
