"""Paper: any Sheet (app/sheets/model.py) in large black-on-white type, to a printer or to a PDF
made in memory. The recovery sheet lives here too.

Nothing touches the disk here: the PDF is bytes in a QBuffer; the paper dialog
(ui/paper_dialog.py) writes them only where the person chooses."""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from app.carnet.recovery import spoken_groups
from app.sheets.model import Line, Section, Sheet

# Sizes in points at scale 1; a sheet that must fit one page is shrunk, never below BODY_MIN.
TITLE_PT, HEADING_PT, BODY_PT, BIG_PT = 26, 20, 16, 24
BODY_MIN = 14
MARGIN_MM = 10  # most printers print to 5 mm from the edge
LAYOUT_DPI = 96  # QTextDocument lays out in 1/96 inch; printing scales to the device
BOX = "\u2610"  # ☐


def _t(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


# -- HTML ------------------------------------------------------------------------------------------
def _line_html(line: Line, scale: float) -> str:
    size = round((BIG_PT if line.big else BODY_PT) * scale, 1)
    text = html.escape(line.text).replace("\n", "<br>")
    style = f"font-size:{size}pt; margin-top:0; margin-bottom:{round(2 * scale)}px"
    if line.big:
        style += "; font-weight:bold"
    if line.mono:
        style += "; font-family:monospace"
    if line.tick:
        text = f"{BOX}&nbsp;&nbsp;{text}"
    return f'<p style="{style}">{text}</p>'


def _section_html(section: Section, scale: float) -> str:
    parts = []
    if section.heading:
        size = round(HEADING_PT * scale, 1)
        parts.append(
            f'<p style="font-size:{size}pt; font-weight:bold; margin-top:{round(8 * scale)}px; '
            f'margin-bottom:{round(2 * scale)}px">{html.escape(section.heading)}</p>'
        )
    parts += [_line_html(line, scale) for line in section.lines]
    return "\n".join(parts)


def sheet_html(sheet: Sheet, scale: float = 1.0) -> str:
    """Black on white, no colour needed: boxes are characters, emphasis is bold and size."""
    title = round(TITLE_PT * scale, 1)
    parts = [
        f'<p style="font-size:{title}pt; font-weight:bold; margin-top:0; '
        f'margin-bottom:{round(12 * scale)}px">{html.escape(sheet.title)}</p>'
    ]
    parts += [_section_html(s, scale) for s in sheet.sections]
    if sheet.footer:
        size = BODY_MIN
        parts.append(
            f'<p style="font-size:{size}pt; margin-top:{round(4 * scale)}px">'
            f"{html.escape(sheet.footer)}</p>"
        )
    return '<div style="color:#000000">' + "\n".join(parts) + "</div>"


# -- layout ----------------------------------------------------------------------------------------
def _layout_size(layout: QPageLayout) -> QSizeF:
    """The printable area in layout units (1/96 inch)."""
    rect = layout.paintRect(QPageLayout.Unit.Inch)
    return QSizeF(rect.width() * LAYOUT_DPI, rect.height() * LAYOUT_DPI)


def _scales(sheet: Sheet) -> list[float]:
    if not sheet.one_page:
        return [1.0]
    steps = [1.25, 1.12, 1.0, 0.94, 0.875]  # the largest type that fits one page
    return [s for s in steps if BODY_PT * s >= BODY_MIN] or [1.0]


def sheet_document(sheet: Sheet, layout: QPageLayout | None = None) -> QTextDocument:
    """The sheet laid out on pages; a one-page sheet shrunk a little if that makes it fit."""
    size = _layout_size(layout or page_layout())
    doc = QTextDocument()
    for scale in _scales(sheet):
        doc = QTextDocument()
        doc.setDocumentMargin(0)  # every size is in the HTML; the page keeps its margins
        doc.setHtml(sheet_html(sheet, scale))
        doc.setPageSize(size)
        if doc.pageCount() <= 1:
            break
    return doc


def page_count(sheet: Sheet) -> int:
    return sheet_document(sheet).pageCount()


def print_to(sheet: Sheet, device: QPagedPaintDevice) -> None:
    """Paint the sheet on a printer or a PDF writer (the device keeps its own page layout)."""
    layout = device.pageLayout()
    if not layout.isValid():
        layout = page_layout()
    sheet_document(sheet, layout).print_(device)


def sheet_pdf(sheet: Sheet) -> bytes:
    """The sheet as a PDF, made in memory. The PDF's title is "Repères": no personal data in
    metadata that file managers show."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setResolution(300)
    writer.setTitle("Repères")
    writer.setCreator("Repères")
    print_to(sheet, writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName("Repères")
    return printer


# -- the recovery sheet ----------------------------------------------------------------------------
def recovery_sheet(code: str) -> Sheet:
    groups = code.split("-")
    return Sheet(
        title=_t("Repères: my recovery code"),
        sections=(
            Section(
                "",
                (
                    Line(_t("If I forget my password, this code opens my carnet.")),
                    Line("   ".join(groups), big=True, mono=True),
                    Line("\n".join(spoken_groups(code))),
                    Line(_t("I keep this paper at home, not with my USB stick.")),
                    Line(_t("Nobody else needs this code. I do not give it to anyone.")),
                ),
            ),
        ),
        one_page=True,
        kind="recovery",
        file_name="reperes-code.pdf",
    )


def recovery_sheet_html(code: str) -> str:
    return sheet_html(recovery_sheet(code))


def recovery_sheet_pdf(code: str, printer: QPrinter | None = None) -> QPrinter:
    printer = printer or new_printer()
    print_to(recovery_sheet(code), printer)
    return printer
