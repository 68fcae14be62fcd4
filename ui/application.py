"""QApplication set-up and the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Repères")
    window.setCentralWidget(QLabel("Bienvenue dans Repères"))
    window.show()
    if args.smoke:
        QTimer.singleShot(0, app.quit)
    return app.exec()
