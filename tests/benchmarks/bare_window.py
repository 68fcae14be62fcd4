"""The baseline of start-up: the least a PySide6 program does to show a window (a QMainWindow
with one label, painted once), then exits; prints its peak memory in KiB."""

import resource
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Bonjour"))
window.resize(1024, 768)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
window.grab()
print(f"smoke: bare {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
