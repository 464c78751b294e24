"""`python -m desktop`: the GUI with no command, the command line otherwise."""

from __future__ import annotations

import multiprocessing
import sys

GUI_FLAGS = {"--db", "--smoke-test", "--lang"}


def _wants_gui(argv: list[str]) -> bool:
    if not argv:
        return True
    first = argv[0]
    return first.split("=")[0] in GUI_FLAGS


def main(argv: list[str] | None = None) -> int:
    # In the frozen app a report's process (reports/process.py) starts this
    # same program: it runs its task here and exits.
    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    if _wants_gui(argv):
        from .app import run_gui

        return run_gui(argv)
    from .cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
