"""Paper: the recovery sheet (more sheets come with the 'paper' issue). Large type, no colour."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from app.carnet.recovery import spoken_groups


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def recovery_sheet_html(code: str) -> str:
    esc = html.escape
    groups = code.split("-")
    big = " &nbsp; ".join(html.escape(g) for g in groups)
    spelled = "<br>".join(html.escape(g) for g in spoken_groups(code))
    return f"""
<h1 style="font-size:28pt">{esc(_t("Repères: my recovery code"))}</h1>
<p style="font-size:18pt">{esc(_t("If I forget my password, this code opens my carnet."))}</p>
<p style="font-size:30pt; font-family:monospace; font-weight:bold">{big}</p>
<p style="font-size:16pt">{spelled}</p>
<p style="font-size:18pt">{esc(_t("I keep this paper at home, not with my USB stick."))}</p>
<p style="font-size:18pt">{esc(_t("Nobody else needs this code. I do not give it to anyone."))}</p>
"""


def _document(code: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(recovery_sheet_html(code))
    return doc


def recovery_sheet_pdf(code: str, printer: QPrinter | None = None) -> QPrinter:
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    _document(code).print_(printer)
    return printer


def print_recovery_sheet(parent: QWidget, code: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        recovery_sheet_pdf(code, printer)
