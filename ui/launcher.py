"""Console entry point `reperes`: admin commands run without Qt; Qt loads only for the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import cli


def _gui(args: argparse.Namespace) -> int:
    from .application import run_app  # Qt is imported only for the GUI

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, gui=_gui)


if __name__ == "__main__":
    sys.exit(main())
