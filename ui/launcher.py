"""Console entry point `reperes`: admin commands run without Qt; Qt loads only for the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import cli


def _gui(args: argparse.Namespace) -> int:
    from .application import run_app  # Qt is imported only for the GUI

    return run_app(args)


def _pdf(sheet: object) -> bytes:
    """A printed sheet as PDF bytes, for commands that write one (check-content --review): Qt
    lays it out exactly as the app prints, without showing anything."""
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .printing import sheet_pdf

    app = QGuiApplication.instance() or QGuiApplication(["reperes"])  # noqa: F841 (kept alive)
    return sheet_pdf(sheet)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, gui=_gui, pdf=_pdf)


if __name__ == "__main__":
    sys.exit(main())
