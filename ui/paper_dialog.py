"""The paper dialog: choose a sheet, then see it first, print it, or save it as a PDF file.

The PDF is made in memory (ui/printing.py) and written only to the file the person picks, through
the trace-free file dialog (ui/file_choice.py): no temp file in clear, no recent folders.
The preview opens at the person's text size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.carnet.atomic import atomic_write_bytes
from app.sheets.model import Sheet, SheetChoice

from . import appearance
from .file_choice import choose_file
from .helper_session import act_words, confirm_if_helped, helping
from .messages import error_text
from .printing import new_printer, page_count, print_to, recovery_sheet, sheet_pdf
from .tasks import run_in_background
from .widgets import Button, Message, Text, Title

_QT_PREVIEW = "QPrintPreviewDialog"  # Qt's own words (its translation), not ours


def printer_names() -> list[str]:
    """The printers this computer knows (none on many library PCs)."""
    return QPrinterInfo.availablePrinterNames()


class PaperDialog(QDialog):
    """Window-modal, opened with open() (no nested event loop). No personal data in its title."""

    def __init__(self, parent: QWidget | None, choices: list[SheetChoice], *, save: bool = True):
        super().__init__(parent)
        self.setWindowTitle("Repères")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAccessibleName(self.tr("Print"))
        self.choices = choices
        self._save = save
        self.allow_save = save
        self.sheet: Sheet | None = None
        self.printer: QPrinter | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.preview_print: QAction | None = None  # the preview's own Print button
        self.file_dialog = None
        self.working = False
        self.closed = False  # work finishing after the dialog closed must not touch it
        self.finished.connect(lambda _result: setattr(self, "closed", True))
        look = appearance.current()
        layout = QVBoxLayout(self)
        pad = look.px(24)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(look.px(16))
        self.heading = Title(self.tr("Print"))
        layout.addWidget(self.heading)
        self.choice_buttons: list[Button] = []
        self.question = Text(self.tr("Which sheet do you want?"))
        layout.addWidget(self.question)
        for choice in choices:
            button = Button(choice.label, "print")
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
            layout.addWidget(button)
            self.choice_buttons.append(button)
        self.about = Text()
        layout.addWidget(self.about)
        self.preview_button = Button(self.tr("See it before printing"), "eye")
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button = Button(self.tr("Print"), "print", primary=True)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = Button(self.tr("Save as a PDF file"), "save")
        self.save_button.setAccessibleDescription(
            self.tr("You choose where the file goes, for example your USB stick.")
        )
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = Button(self.tr("Close"), "cross")
        self.close_button.clicked.connect(self.reject)
        for b in (self.preview_button, self.print_button, self.save_button):
            layout.addWidget(b)
        self.message = Message()
        layout.addWidget(self.message)
        layout.addWidget(self.close_button)
        layout.addStretch(1)
        self.setMinimumWidth(look.px(600))  # the longest French label, whole, at every zoom
        self._show_actions(False)
        if len(choices) == 1:
            self.choose(choices[0])
        elif choices:
            self.choice_buttons[0].setFocus()

    def _show_actions(self, shown: bool) -> None:
        for b in (self.preview_button, self.print_button):
            b.setVisible(shown)
        self.save_button.setVisible(shown and self.allow_save)
        self.about.setVisible(shown)
        several = len(self.choices) > 1
        self.question.setVisible(several and not shown)
        for b in self.choice_buttons:
            b.setVisible(several and not shown)
        self.adjustSize()

    def choose(self, choice: SheetChoice) -> None:
        """Build and lay out the sheet off the GUI thread (a year of the journal takes about a
        second); the actions appear when it is ready."""
        if self.working:
            return
        self.message.clear_message()
        self.allow_save = self._save and choice.save
        self._set_working(True, self.tr("Preparing the sheet…"))

        def work() -> tuple[Sheet, int]:
            sheet = choice.build()
            return sheet, page_count(sheet)

        run_in_background(work, self._ready, self._failed)

    def _set_working(self, working: bool, text: str = "") -> None:
        self.working = working
        for b in (*self.choice_buttons, self.preview_button, self.print_button, self.save_button):
            b.setEnabled(not working)
        if working:
            self.message.show_ok(text)
        else:
            self.message.clear_message()

    def _ready(self, result: tuple[Sheet, int]) -> None:
        if self.closed:
            return
        self._set_working(False)
        self.sheet, pages = result
        text = (
            self.tr("The sheet “%1” has %2 pages.")
            if pages > 1
            else self.tr("The sheet “%1” fits on one page.")
        )
        self.about.setText(text.replace("%1", self.sheet.title).replace("%2", str(pages)))
        self._show_actions(True)
        self.print_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        if self.closed:
            return
        self._set_working(False)
        self.message.show_error(error_text(exc))

    # -- actions -----------------------------------------------------------------------------------
    def show_preview(self) -> QPrintPreviewDialog | None:
        if self.sheet is None:
            return None
        sheet = self.sheet
        self.printer = new_printer()
        preview = QPrintPreviewDialog(self.printer, self)
        preview.setWindowTitle("Repères")
        preview.paintRequested.connect(lambda printer: print_to(sheet, printer))
        # Its own Print button would print (or, without a printer, save a PDF through Qt's
        # file dialog) past the person's password: it goes through ours instead.
        for action in preview.findChildren(QAction):
            if action.text() == QCoreApplication.translate(_QT_PREVIEW, "Print"):
                action.triggered.disconnect()
                action.triggered.connect(self.print_sheet)
                self.preview_print = action
        widget = preview.findChild(QPrintPreviewWidget)
        if widget is not None:  # the person's zoom: 100 % shows the page at its real size
            widget.setZoomMode(QPrintPreviewWidget.ZoomMode.CustomZoom)
            widget.setZoomFactor(appearance.current().zoom / 100)
        preview.finished.connect(preview.deleteLater)
        self.preview = preview
        preview.open()
        return preview

    def print_sheet(self) -> QPrintDialog | None:
        if self.sheet is None:
            return None
        if not printer_names():  # nothing to print on: say so first, ask nothing for it
            self._no_printer()
            return None
        if helping() is not None:
            # A helper is there: any sheet on paper (or through the printer's "Print to File")
            # needs the person's password.
            confirm_if_helped(self, self.print_sheet_now, act_words("print", self.sheet.title))
            return None
        return self.print_sheet_now()

    def print_sheet_now(self) -> QPrintDialog | None:
        if self.sheet is None:
            return None
        if not printer_names():
            # Qt's dialog would offer "print to a file" into the home folder and we would say
            # "sent to the printer": say what is true, and let the person choose where it goes.
            self._no_printer()
            return None
        sheet = self.sheet
        self.printer = printer = new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Repères")
        # A file is made only through Repères' own chooser (the person's stick first), never
        # by Qt's "Print to File (PDF)": not for a print-only sheet (the recovery code), and
        # during a help session only through "Save as a PDF file" (the person's password).
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)

        def done(result: int) -> None:
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.send_to(sheet, printer)

        dialog.finished.connect(done)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # QPrintDialog.open() wants a slot in PySide6; no nested event loop either
        return dialog

    def send_to(self, sheet: Sheet, printer: QPrinter) -> None:
        """Paint on the printer the person chose and say only what happened."""
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
            self._no_printer()  # a file after all: where the person chooses, not where Qt says
            return
        print_to(sheet, printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            self.message.show_error(self.tr("The printer did not take the sheet. Check that it "
                                            "is on and has paper, then try again."))  # fmt: skip
            return
        self.message.show_ok(
            self.tr("The sheet was sent to the printer “%1”.").replace("%1", printer.printerName())
        )

    def _no_printer(self) -> None:
        if not self.allow_save:
            self.message.show_ok(self.tr("No printer is connected to this computer. "
                                         "This sheet is only printed on paper: try on a "
                                         "computer with a printer."))  # fmt: skip
            return
        self.message.show_ok(self.tr("No printer is connected to this computer. Choose where "
                                     "to save the sheet as a PDF file, for example your USB "
                                     "stick, to print it elsewhere."))  # fmt: skip
        self.save_pdf()

    def save_pdf(self) -> None:
        if self.sheet is None or not self.allow_save:
            return
        # A file is an export: during a help session, only with the person's password.
        confirm_if_helped(self, self._choose_pdf_file, act_words("pdf", self.sheet.title))

    def _choose_pdf_file(self) -> None:
        if self.sheet is None:
            return
        sheet = self.sheet
        self.file_dialog = choose_file(
            self,
            self.tr("Where to save the PDF file"),
            [self.tr("PDF files (*.pdf)")],
            lambda path: self.write_pdf(sheet, path),
            save_as=sheet.file_name,
        )

    def write_pdf(self, sheet: Sheet, path: Path | None) -> None:
        """Make the PDF in memory and write it only there (temp name beside it, fsync, rename:
        a full or pulled stick leaves nothing half-written). Off the GUI thread."""
        self.file_dialog = None
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._set_working(True, self.tr("Saving…"))

        def saved(_none: object) -> None:
            if not self.closed:
                self._set_working(False)
                self.message.show_ok(self.tr("Saved: %1").replace("%1", path.name))

        run_in_background(lambda: atomic_write_bytes(path, sheet_pdf(sheet)), saved, self._failed)


def show_sheets(
    parent: QWidget | None, choices: list[SheetChoice], *, save: bool = True
) -> PaperDialog:
    dialog = PaperDialog(parent, choices, save=save)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def show_sheet(parent: QWidget | None, sheet: Sheet, *, save: bool = True) -> PaperDialog:
    """One ready sheet (the helper receipt, the recovery sheet)."""
    return show_sheets(parent, [SheetChoice(sheet.title, lambda: sheet, save=save)])


SheetsOf = Callable[[], list[SheetChoice]]


def print_recovery_sheet(parent: QWidget, code: str) -> None:
    # Paper only: a PDF of the code left on a shared PC would open the carnet for anyone.
    show_sheet(parent, recovery_sheet(code), save=False)
