"""Documents: photos and PDFs of letters kept inside the carnet (encrypted), shown large.

Import reads the file on a worker thread (a 25 MB file never blocks the window) and the file
dialog leaves no history on the PC (ui/file_choice.py). Viewing decodes and scales the image on a
worker thread, from bytes in memory: no decrypted file is ever written. PDF pages are drawn by
PDFium (app/pdf_pages.py) from the bytes in memory, one page at a time; a PDF locked with a
password or damaged is said in one sentence.

A document's description (title, kind, day received, note) can be corrected; it can be removed,
except when a journal entry sealed it (the journal's chain covers its bytes: it stays, and the
screen says why). It can be linked to an appointment, a step, hours or a journal entry (for the
journal: a new version of the entry, the old one stays), and each link opens its record.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QStandardItem, QStandardItemModel, QTransform
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.days import day_start, home_day
from app.domain.documents import (
    MAX_BYTES,
    MAX_MEGABYTES,
    NOTE_MAX,
    Document,
    DocumentKind,
    MediaType,
)
from app.domain.validation import InvalidRecord, Problem
from app.pdf_pages import PdfProblem, render_page
from app.records import (
    DocumentImport,
    Target,
    activities_between,
    add_document_to_journal_entry,
    attach_document,
    attachments_of,
    detach_document,
    document_content,
    get_activity,
    get_appointment,
    get_document,
    get_occurrence,
    import_document_file,
    journal_entries,
    journal_entry_of,
    journal_history,
    list_appointments,
    list_documents,
    occurrences_between,
    remove_document,
    template_of,
    update_document,
)
from app.records.db import RecordNotFound

from .. import appearance
from ..actions import REFUSALS, refusal_text, write
from ..file_choice import choose_file
from ..reading import Part
from ..tasks import run_in_background
from ..widgets import Button, Card, Field, Message, Text, plain_label
from .base import Screen
from .record_kit import (
    ButtonRow,
    RecordList,
    capital,
    date_edit,
    day_words,
    duration_words,
    problem_words,
    read_day,
    refusal_words,
    short_day,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ZOOMS = (1.0, 1.5, 2.0, 3.0)  # times the width that fits the viewer


def decode_image(data: bytes) -> QImage:
    """On a worker thread: QImage is not tied to the GUI thread."""
    return QImage.fromData(data)


def render_pdf_page(data: bytes, index: int, width: int) -> tuple[QImage, int]:
    """On a worker thread: page `index` of a PDF from memory (never a file), and the number of
    pages. PdfProblem for a PDF locked with a password or damaged."""
    page = render_page(data, index, width)
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy(), page.page_count  # copy: the image owns its pixels


def transformed(image: QImage, width: int, turns: int) -> QImage:
    """On a worker thread: rotate by quarter turns, then scale to `width` (smooth)."""
    if turns % 4:
        image = image.transformed(QTransform().rotate(90 * (turns % 4)))
    return image.scaledToWidth(max(16, width), Qt.TransformationMode.SmoothTransformation)


class DocumentsScreen(Screen):
    key = "documents"
    back_to = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.chosen_path: Path | None = None
        self.dialog = None
        self.importing = False
        self.current: Document | None = None
        self.image: QImage | None = None
        self.zoom_step = 0
        self.turns = 0
        self._render_number = 0
        self.link_choices: list[tuple[Target, int]] = []
        self.page = 0  # PDFs: the page shown (0-based)
        self.page_count = 0

        # -- the list ----------------------------------------------------------------------
        self.add_button = Button(self.tr("Add a letter or a photo"), "add", primary=True)
        self.add_button.clicked.connect(self.choose)
        self.add_help = Text(
            self.tr("A photo (JPEG or PNG) or a PDF file, up to %1 MB.").replace(
                "%1", str(MAX_MEGABYTES)
            ),
            "help",
        )
        self.message = Message()
        self.list_title = Text(self.tr("My documents, newest first"), "title")
        self.empty = Text(self.tr("No document yet. Add the photo of a letter you received."))
        self.model = QStandardItemModel(self)
        self.documents = RecordList(self.tr("My documents, newest first"))
        self.documents.setModel(self.model)
        self.documents.activated.connect(lambda _index: self.show_chosen())
        self.show_button = Button(self.tr("Show this document"), "eye")
        self.show_button.clicked.connect(self.show_chosen)
        self.list_part = [
            ButtonRow(self.add_button), self.add_help, self.message, self.list_title,
            self.empty, self.documents, ButtonRow(self.show_button),
        ]  # fmt: skip

        # -- importing: title and day received ---------------------------------------------
        self.import_card = Card()
        self.import_title = Text(self.tr("Add this document"), "title")
        self.import_file = Text()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.received_edit = date_edit(self.tr("Day you received it"))
        self.kind_box = self._kind_box()
        self.save_button = Button(self.tr("Keep it in my carnet"), "check", primary=True)
        self.save_button.clicked.connect(self.start_import)
        self.cancel_button = Button(self.tr("Cancel"), "cross")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.import_message = Message()
        # The wait is visible: the file is read, checked and encrypted on a worker thread.
        self.import_progress = QProgressBar()
        self.import_progress.setRange(0, 0)
        self.import_progress.setTextVisible(False)
        self.import_progress.setAccessibleName(self.tr("Adding the document, please wait"))
        self.import_progress.hide()
        for widget in (
            self.import_title,
            self.import_file,
            Field(self.tr("Title"), self.title_edit, self.tr("For example: CAF letter, March.")),
            Field(self.tr("What kind of paper"), self.kind_box),
            Field(
                self.tr("Day you received it"),
                self.received_edit,
                self.tr("For a letter: deadlines count from this day. Leave it empty otherwise."),
            ),
            self.import_message,
            self.import_progress,
            ButtonRow(self.save_button, self.cancel_button),
        ):
            self.import_card.layout_.addWidget(widget)
        self.import_card.hide()
        self.list_part.insert(3, self.import_card)
        for widget in self.list_part:
            self.body.addWidget(widget)

        # -- the viewer --------------------------------------------------------------------
        self.viewer_title = Text("", "title")
        self.viewer_info = Text()
        self.smaller = Button(self.tr("Smaller"), "zoom-out")
        self.bigger = Button(self.tr("Bigger"), "zoom-in")
        self.rotate = Button(self.tr("Turn"), "rotate")
        self.rotate.setAccessibleDescription(self.tr("Turns the page a quarter turn."))
        self.back_to_list = Button(self.tr("Back to my documents"), "list")
        self.smaller.clicked.connect(lambda: self.zoom(-1))
        self.bigger.clicked.connect(lambda: self.zoom(1))
        self.rotate.clicked.connect(self.turn)
        self.back_to_list.clicked.connect(self.close_viewer)
        self.viewer_tools = ButtonRow(self.smaller, self.bigger, self.rotate, self.back_to_list)
        self.page_before = Button(self.tr("Previous page"), "previous")
        self.page_after = Button(self.tr("Next page"), "next")
        self.page_before.clicked.connect(lambda: self.turn_page(-1))
        self.page_after.clicked.connect(lambda: self.turn_page(1))
        self.page_words = Text()
        self.page_tools = ButtonRow(self.page_before, self.page_after)
        # The text of a letter (OCR) is read and understood on the `message` screen.
        self.read_text_button = Button(self.tr("Read the text of this letter"), "document")
        self.read_text_button.clicked.connect(
            lambda: (
                self.current is not None
                and self.open_record.emit("message", {"document_id": self.current.id})
            )
        )
        self.viewer_tools.add(self.read_text_button)
        self.viewer_note = Text()
        self.picture = plain_label()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setAccessibleName(self.tr("The document"))
        self.picture_area = QScrollArea()
        self.picture_area.setProperty("role", "viewer")
        self.picture_area.setWidget(self.picture)
        self.picture_area.setWidgetResizable(False)
        self.picture_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.picture_area.setMinimumHeight(420)
        self.picture_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows scroll the page
        self.picture_area.setAccessibleName(self.tr("The document, shown large"))

        # -- what is linked, and linking one more --------------------------------------
        self.links_title = Text(self.tr("Linked to"), "title")
        self.links_text = Text()
        self.link_rows = QWidget()
        self.link_rows_layout = QVBoxLayout(self.link_rows)
        self.link_rows_layout.setContentsMargins(0, 0, 0, 0)
        self.link_box = QComboBox()
        self.link_field = Field(
            self.tr("Link it to an appointment, a step to do, hours or a journal entry"),
            self.link_box,
            self.tr("For a journal entry, a new version is written. The old one stays."),
        )
        self.link_button = Button(self.tr("Link"), "link")
        self.link_button.clicked.connect(self.link)
        self.link_message = Message()

        # -- correcting the description, removing --------------------------------------
        self.edit_button = Button(self.tr("Change the description"), "pencil")
        self.edit_button.clicked.connect(self.start_edit)
        self.remove_button = Button(self.tr("Remove from my carnet"), "cross")
        self.remove_button.clicked.connect(self.ask_remove)
        self.doc_actions = ButtonRow(self.edit_button, self.remove_button)
        self.doc_message = Message()
        self.edit_card = Card()
        self.edit_title = QLineEdit()
        self.edit_title.setMaxLength(200)
        self.edit_kind = self._kind_box()
        self.edit_received = date_edit(self.tr("Day you received it"))
        self.edit_note = QPlainTextEdit()
        self.edit_note.setTabChangesFocus(True)  # Tab leaves the box: no keyboard trap
        self.edit_save = Button(self.tr("Save"), "check", primary=True)
        self.edit_save.clicked.connect(self.save_edit)
        self.edit_cancel = Button(self.tr("Cancel"), "back")
        self.edit_cancel.clicked.connect(self.cancel_edit)
        self.edit_message = Message()
        for widget in (
            Text(self.tr("Change the description"), "title"),
            Field(self.tr("Title"), self.edit_title),
            Field(self.tr("What kind of paper"), self.edit_kind),
            Field(self.tr("Day you received it"), self.edit_received,
                  self.tr("Leave it empty if it is not a letter.")),
            Field(self.tr("Note"), self.edit_note),
            self.edit_message,
            ButtonRow(self.edit_save, self.edit_cancel),
        ):  # fmt: skip
            self.edit_card.layout_.addWidget(widget)
        self.remove_card = Card()
        self.remove_question = Text()
        self.remove_yes = Button(self.tr("Yes, remove it"), "cross")
        self.remove_no = Button(self.tr("No, keep it"), "back", primary=True)
        self.remove_yes.clicked.connect(self.remove)
        self.remove_no.clicked.connect(self.cancel_remove)
        self.remove_card.layout_.addWidget(self.remove_question)
        self.remove_card.layout_.addWidget(ButtonRow(self.remove_no, self.remove_yes))

        self.viewer_part = [
            self.viewer_title, self.viewer_info, self.viewer_tools, self.page_words,
            self.page_tools, self.viewer_note, self.picture_area, self.links_title,
            self.links_text, self.link_rows, self.link_field, ButtonRow(self.link_button),
            self.link_message, self.doc_actions, self.doc_message, self.edit_card,
            self.remove_card,
        ]  # fmt: skip
        for widget in self.viewer_part:
            self.body.addWidget(widget)
            widget.hide()
        self.body.addStretch(1)

    def _kind_box(self) -> QComboBox:
        box = QComboBox()
        for kind in DocumentKind:
            box.addItem(self.kind_words(kind), kind.value)
        return box

    def kind_words(self, kind: DocumentKind) -> str:
        return {
            DocumentKind.LETTER: self.tr("Letter or convocation"),
            DocumentKind.DECISION: self.tr("Decision"),
            DocumentKind.PROOF: self.tr("Proof (certificate, receipt, doctor’s note)"),
            DocumentKind.CONTRACT: self.tr("Contract"),
            DocumentKind.PAYSLIP: self.tr("Pay slip"),
            DocumentKind.IDENTITY: self.tr("Identity paper"),
            DocumentKind.OTHER: self.tr("Other"),
        }[DocumentKind(kind)]

    # -- the frame ----------------------------------------------------------------------------
    def title(self) -> str:
        if self.current is not None:
            return self.tr("A document")
        return self.tr("My documents")

    def help_text(self) -> str:
        if self.current is not None:
            return self.tr("Use “Bigger” and “Turn” to read it well.")
        return self.tr("Your letters and photos stay locked inside your carnet.")


    def first_focus(self):
        return self.back_to_list if self.current is not None else self.add_button

    def entered(self) -> None:
        self.message.clear_message()
        self.refresh()
        _, pending = self.take_payload()
        if isinstance(pending, int):
            self.open_document(pending)
        else:
            self.close_viewer(focus=False)
        super().entered()

    def left(self) -> None:
        self._render_number += 1
        self.model.clear()
        self.cancel_import()
        self.close_viewer(focus=False)
        self.image = None
        self.picture.clear()

    def reading_parts(self) -> list[Part]:
        parts = [Part(self.help_text(), self.help_line)]
        labels = (
            [self.viewer_title, self.viewer_info, self.page_words, self.viewer_note,
             self.links_title, self.links_text, self.doc_message]
            if self.current is not None
            else [self.add_help, self.list_title, self.empty]
        )  # fmt: skip
        parts += [
            Part(label.text(), label)
            for label in labels
            if label.isVisible() or (label is self.links_text and self.current is not None)
        ]
        if self.current is None:
            rows = min(self.model.rowCount(), 20)
            parts += [Part(self.model.item(r).text()) for r in range(rows)]
        return parts

    # -- words --------------------------------------------------------------------------------
    def describe(self, doc: Document, *, with_title: bool = True) -> str:
        if doc.media_type is MediaType.PDF:
            if doc.pages == 1:
                kind = self.tr("PDF, 1 page")
            elif doc.pages:
                kind = self.tr("PDF, %1 pages").replace("%1", str(doc.pages))
            else:
                kind = self.tr("PDF")
        else:
            kind = self.tr("Photo")
        kind = f"{self.kind_words(doc.kind)} ({kind})"
        parts = [doc.title, kind] if with_title else [kind]
        if doc.received_on is not None:
            parts.append(
                self.tr("received on %1").replace("%1", day_words(doc.received_on, year=True))
            )
        elif doc.added_at is not None:
            parts.append(
                self.tr("added on %1").replace(
                    "%1", day_words(home_day(doc.added_at), weekday=False, year=True)
                )
            )
        return " · ".join(parts)

    # -- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        self.model.clear()
        for doc in list_documents(carnet):
            item = QStandardItem(self.describe(doc))
            item.setData(doc.id, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        has_rows = self.model.rowCount() > 0
        if has_rows:
            self.documents.setCurrentIndex(self.model.index(0, 0))
        self.documents.setVisible(has_rows and self.current is None)
        self.show_button.setEnabled(has_rows)
        self.empty.setVisible(not has_rows and self.current is None)

    def show_chosen(self) -> None:
        index = self.documents.currentIndex()
        if index.isValid():
            self.open_document(int(index.data(ID_ROLE)))

    # -- importing ----------------------------------------------------------------------------
    def choose(self) -> None:
        if self.importing:
            return
        self.message.clear_message()
        self.dialog = choose_file(
            self,
            self.tr("Choose a photo or a PDF file"),
            [self.tr("Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)"),
             self.tr("All files (*)")],
            self.chosen,
        )  # fmt: skip

    def chosen(self, path: Path | None) -> None:
        self.dialog = None
        if path is None:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            size = path.stat().st_size
        except OSError:
            self.message.show_error(problem_words(Problem("content", "unreadable_file")))
            return
        if size > MAX_BYTES:  # said at once, before the person types a title
            self.message.show_error(
                problem_words(Problem("content", "file_too_large", MAX_MEGABYTES))
            )
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.chosen_path = path
        self.import_file.setText(self.tr("File: %1").replace("%1", path.name))
        stem = path.stem.replace("_", " ").strip()
        self.title_edit.setText(" ".join(stem.split())[:200])
        self.received_edit.clear()
        self.kind_box.setCurrentIndex(0)
        self.import_message.clear_message()
        self.import_card.show()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def cancel_import(self) -> None:
        if self.importing:
            return
        self.chosen_path = None
        self.import_card.hide()
        self.title_edit.clear()
        self.received_edit.clear()
        self.import_file.clear()

    def start_import(self) -> None:
        carnet = self.session.carnet
        path = self.chosen_path
        if carnet is None or path is None or self.importing:
            return
        try:
            received = read_day(self.received_edit, "received_on", required=False)
        except InvalidRecord as exc:
            self.import_message.show_error(refusal_words(exc))
            return
        title = self.title_edit.text().strip()
        if not title:
            self.import_message.show_error(problem_words(Problem("title", "required")))
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        now = self.session.clock()
        kind = DocumentKind(self.kind_box.currentData())
        self._set_importing(True)
        self.import_message.show_ok(self.tr("Adding the document to your carnet…"))
        run_in_background(
            lambda: import_document_file(
                carnet, path, title=title, received_on=received, kind=kind, now=now
            ),
            self._imported,
            self._import_failed,
        )

    def _set_importing(self, busy: bool) -> None:
        self.importing = busy
        for widget in (self.save_button, self.cancel_button, self.add_button, self.show_button):
            widget.setEnabled(not busy)
        self.title_edit.setReadOnly(busy)
        self.received_edit.setReadOnly(busy)
        self.import_progress.setVisible(busy)

    def _imported(self, result: DocumentImport) -> None:
        self._set_importing(False)
        if self.session.carnet is None:
            return
        self.cancel_import()
        self.refresh()
        if result.already_present:
            text = self.tr("This document was already in your carnet. It was not added twice.")
        else:
            text = self.tr("The document is kept in your carnet.")
        self.message.show_ok(text)
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(ID_ROLE) == result.document.id:
                self.documents.setCurrentIndex(self.model.index(row, 0))
        self.show_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _import_failed(self, exc: BaseException) -> None:
        self._set_importing(False)
        if isinstance(exc, REFUSALS):  # the record's problem, or the carnet's own sentence
            self.import_message.show_error(refusal_text(exc))
        else:  # the file could not be read
            self.import_message.show_error(
                self.tr("The document could not be added. Nothing was changed.")
            )
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the viewer ---------------------------------------------------------------------------
    def open_document(self, doc_id: int) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        try:
            doc = get_document(carnet, doc_id)
        except RecordNotFound:
            self.message.show_error(self.tr("This document is not in your carnet."))
            return
        self.current = doc
        self.image = None
        self.zoom_step, self.turns, self.page = 0, 0, 0
        self.page_count = doc.pages or 0
        self.picture.clear()
        for widget in self.list_part:
            widget.hide()
        for widget in self.viewer_part:
            widget.show()
        for widget in (self.edit_card, self.remove_card, self.doc_message, self.link_message):
            widget.hide()
        self._describe_current()
        self.scroll.verticalScrollBar().setValue(0)
        self._fill_links()
        self.header_changed.emit()
        self.picture_area.show()
        self._show_page_tools()
        self.viewer_note.setText(self.tr("Opening the document…"))
        self.viewer_note.show()
        self._load(doc)
        self.back_to_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _describe_current(self) -> None:
        doc = self.current
        if doc is None:
            return
        self.viewer_title.setText(doc.title)
        info = capital(self.describe(doc, with_title=False))
        if doc.note:
            info += "\n" + self.tr("Note: %1").replace("%1", doc.note)
        self.viewer_info.setText(info)

    def _show_page_tools(self) -> None:
        is_pdf = self.current is not None and self.current.media_type is MediaType.PDF
        several = is_pdf and self.page_count > 1
        self.page_tools.setVisible(several)
        self.page_words.setVisible(several)
        if several:
            self.page_words.setText(
                self.tr("Page %1 of %2")
                .replace("%1", str(self.page + 1))
                .replace("%2", str(self.page_count))
            )
            self.page_before.setEnabled(self.page > 0)
            self.page_after.setEnabled(self.page < self.page_count - 1)

    def _load(self, doc: Document) -> None:
        carnet = self.session.carnet
        if carnet is None or doc.id is None:
            return
        self._render_number += 1
        number, doc_id, page = self._render_number, doc.id, self.page
        width = self._fit_width()
        is_pdf = doc.media_type is MediaType.PDF

        def work() -> tuple[QImage, int]:
            data = document_content(carnet, doc_id)  # bytes in memory, never a file
            if is_pdf:  # drawn sharp for the largest zoom; zooming scales it down
                return render_pdf_page(data, page, round(width * ZOOMS[-1]))
            return decode_image(data), 0

        run_in_background(
            work,
            lambda result: self._decoded(number, *result),
            lambda exc: self._decoded(number, None, 0, exc),
        )

    def _decoded(
        self, number: int, image: QImage | None, pages: int, exc: BaseException | None = None
    ) -> None:
        if number != self._render_number:
            return
        if image is None or image.isNull():
            code = exc.code if isinstance(exc, PdfProblem) else ""
            if code == "encrypted":
                text = self.tr(
                    "This PDF file is locked with a password. Repères cannot show it. "
                    "It stays safe in your carnet."
                )
            elif code == "damaged" or (
                self.current is not None and self.current.media_type is MediaType.PDF
            ):
                text = self.tr(
                    "This PDF file is damaged. Repères cannot show it. "
                    "Ask for the letter again, or scan the paper."
                )
            else:
                text = self.tr("This document cannot be shown. It stays in your carnet.")
            self.viewer_note.setText(text)
            self.viewer_note.show()
            self.picture_area.hide()
            for button in (self.smaller, self.bigger, self.rotate):
                button.setEnabled(False)
            return
        if pages:
            self.page_count = pages
            self._show_page_tools()
        for button in (self.smaller, self.bigger, self.rotate):
            button.setEnabled(True)
        self.image = image
        self.viewer_note.setText("")
        self.viewer_note.hide()
        self._render()

    def turn_page(self, step: int) -> None:
        if self.current is None or not self.page_count:
            return
        page = min(max(0, self.page + step), self.page_count - 1)
        if page == self.page:
            return
        self.page = page
        self._show_page_tools()
        self._load(self.current)
        target = self.page_after if step > 0 and self.page_after.isEnabled() else (
            self.page_before if self.page_before.isEnabled() else self.page_after)  # fmt: skip
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_width(self) -> int:
        return max(200, self.picture_area.viewport().width() - 8)

    def _render(self) -> None:
        if self.image is None:
            return
        self._render_number += 1
        number, image = self._render_number, self.image
        width, turns = round(self._fit_width() * ZOOMS[self.zoom_step]), self.turns
        run_in_background(
            lambda: transformed(image, width, turns),
            lambda out: self._rendered(number, out),
            lambda _e: None,
        )

    def _rendered(self, number: int, image: QImage) -> None:
        if number != self._render_number:
            return
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.resize(image.size())
        self.smaller.setEnabled(self.zoom_step > 0)
        self.bigger.setEnabled(self.zoom_step < len(ZOOMS) - 1)

    def zoom(self, step: int) -> None:
        self.zoom_step = min(max(0, self.zoom_step + step), len(ZOOMS) - 1)
        self._render()

    def turn(self) -> None:
        self.turns = (self.turns + 1) % 4
        self._render()

    def close_viewer(self, *, focus: bool = True) -> None:
        was_open = self.current is not None
        self.current = None
        self.image = None
        self._render_number += 1
        self.picture.clear()
        for widget in self.viewer_part:
            widget.hide()
        for widget in self.list_part:
            widget.show()
        self.import_card.setVisible(self.chosen_path is not None)
        has_rows = self.model.rowCount() > 0
        self.documents.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.message.setVisible(bool(self.message.text()))
        if was_open:
            self.header_changed.emit()
        if focus:
            self.documents.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- correcting the description -----------------------------------------------------------
    def start_edit(self) -> None:
        doc = self.current
        if doc is None:
            return
        self.remove_card.hide()
        self.edit_message.clear_message()
        self.edit_title.setText(doc.title)
        self.edit_kind.setCurrentIndex(max(0, self.edit_kind.findData(str(doc.kind))))
        self.edit_received.setText(short_day(doc.received_on) if doc.received_on else "")
        self.edit_note.setPlainText(doc.note)
        self.edit_card.show()
        self.edit_title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(self.edit_card, 0, 80)

    def cancel_edit(self) -> None:
        self.edit_card.hide()
        self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_edit(self) -> None:
        carnet, doc = self.session.carnet, self.current
        if carnet is None or doc is None:
            return
        note = self.edit_note.toPlainText()
        if len(note) > NOTE_MAX:
            self.edit_message.show_error(problem_words(Problem("note", "too_long")))
            return

        def update() -> Document:
            received = read_day(self.edit_received, "received_on", required=False)
            changed = replace(doc, title=self.edit_title.text(), note=note, received_on=received,
                              kind=DocumentKind(self.edit_kind.currentData()))  # fmt: skip
            return update_document(carnet, changed)

        write(self.edit_message, update, done=self._edited)

    def _edited(self, updated: Document) -> None:
        self.current = updated
        self._describe_current()
        self.edit_card.hide()
        self.doc_message.show_ok(self.tr("Saved."))
        self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- removing -----------------------------------------------------------------------------
    def ask_remove(self) -> None:
        carnet, doc = self.session.carnet, self.current
        if carnet is None or doc is None or doc.id is None:
            return
        self.edit_card.hide()
        self.doc_message.clear_message()
        links = attachments_of(carnet, doc.id)
        if any(target is Target.JOURNAL for target, _ in links):
            self.doc_message.show_error(
                self.tr(
                    "This document is sealed with an entry of your journal. It stays, "
                    "so that the journal stays whole and can be trusted."
                )
            )
            self.remove_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        question = self.tr("Remove “%1” from your carnet? It cannot be undone.").replace(
            "%1", doc.title
        )
        if links:
            question += " " + self.tr(
                "It will be taken off the records it is linked to. Those records stay."
            )
        self.remove_question.setText(question)
        self.remove_card.show()
        self.remove_no.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(self.remove_card, 0, 80)

    def cancel_remove(self) -> None:
        self.remove_card.hide()
        self.remove_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove(self) -> None:
        carnet, doc = self.session.carnet, self.current
        if carnet is None or doc is None or doc.id is None:
            return
        def remove() -> None:
            with contextlib.suppress(RecordNotFound):  # already gone: what was asked is done
                remove_document(carnet, doc.id)

        write(
            self.doc_message,
            remove,
            done=lambda _: self._removed(),
            # The only refusal of the record itself: a journal entry holds it.
            invalid=lambda _exc: self.tr(
                "This document is sealed with an entry of your journal. It stays."
            ),
            refused=lambda _exc: self.remove_card.hide(),
        )

    def _removed(self) -> None:
        self.close_viewer(focus=False)
        self.refresh()
        self.message.show_ok(self.tr("The document is removed from your carnet."))
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- links --------------------------------------------------------------------------------
    def _link_label(self, target: Target, target_id: int) -> tuple[str, str, object] | None:
        """Words for a linked record, and the screen and payload that open it."""
        carnet = self.session.carnet
        if carnet is None:
            return None
        try:
            if target is Target.APPOINTMENT:
                appt = get_appointment(carnet, target_id)
                when = day_words(appt.starts_at.date(), weekday=False, year=True)
                return (self.tr("Appointment: %1, %2").replace("%1", appt.title)
                        .replace("%2", when), "appointment", target_id)  # fmt: skip
            if target is Target.OCCURRENCE:
                occ = get_occurrence(carnet, target_id)
                return (self.tr("Step to do: %1, before %2").replace("%1", self._step_name(occ))
                        .replace("%2", day_words(occ.closes_on, weekday=False, year=True)),
                        "obligations", target_id)  # fmt: skip
            if target is Target.ACTIVITY:
                act = get_activity(carnet, target_id)
                return (self.tr("Hours: %1, %2").replace("%1", duration_words(act.minutes))
                        .replace("%2", day_words(act.day, weekday=False, year=True)),
                        "hours", target_id)  # fmt: skip
            entry_id = journal_entry_of(carnet, target_id)
            if entry_id is None:
                return None
            first = journal_history(carnet, entry_id)[-1]
            day = first.draft.happened_on or first.written_at.date()
            summary = " ".join(first.draft.summary.split())
            summary = summary if len(summary) <= 60 else summary[:59] + "…"
            return (self.tr("Journal: %1, %2").replace("%1", summary)
                    .replace("%2", day_words(day, weekday=False, year=True)),
                    "journal", entry_id)  # fmt: skip
        except RecordNotFound:
            return None

    def _step_name(self, occ) -> str:
        template = template_of(occ)
        language = appearance.current().settings.language
        return occ.title or (template.title_in(language) if template else "")

    def _clear_link_rows(self) -> None:
        while self.link_rows_layout.count():
            widget = self.link_rows_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _fill_links(self) -> None:
        carnet = self.session.carnet
        doc = self.current
        if carnet is None or doc is None or doc.id is None:
            return
        self._clear_link_rows()
        links = attachments_of(carnet, doc.id)
        shown: list[tuple[str, str, object, Target, int]] = []
        journal_entries_seen: set[object] = set()
        for target, target_id in links:
            found = self._link_label(target, target_id)
            if found is None:
                continue
            words, key, payload = found
            if target is Target.JOURNAL:
                if payload in journal_entries_seen:
                    continue  # each version of an entry seals it: the entry is named once
                journal_entries_seen.add(payload)
            shown.append((words, key, payload, target, target_id))
        if shown:
            self.links_text.setText(" ".join(capital(w) + "." for w, *_ in shown[:10]))
        else:
            self.links_text.setText(self.tr("Nothing yet."))
        for words, key, payload, target, target_id in shown[:10]:
            open_button = Button(self.tr("Open"), "next")
            open_button.setAccessibleName(self.tr("Open: %1").replace("%1", words))
            open_button.clicked.connect(
                lambda _=False, k=key, p=payload: self.open_record.emit(k, p)
            )
            row = ButtonRow(Text(capital(words)), open_button)
            if target is not Target.JOURNAL:
                off = Button(self.tr("Take it off"), "cross")
                off.setAccessibleName(self.tr("Take it off: %1").replace("%1", words))
                off.clicked.connect(lambda _=False, t=target, i=target_id: self.unlink(t, i))
                row.add(off)
            self.link_rows_layout.addWidget(row)
            row.show()
        self.link_rows.setVisible(bool(shown))
        self.links_text.setVisible(not shown)  # the rows say it; read aloud all the same
        self._fill_link_choices(links)

    def _fill_link_choices(self, links: list[tuple[Target, int]]) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        today = home_day(self.session.clock())
        self.link_box.clear()
        self.link_choices = []
        self.link_box.addItem(self.tr("Choose…"), -1)
        for appt in list_appointments(
            carnet, day_start(today - timedelta(days=60)), day_start(today + timedelta(days=60))
        ):
            if appt.id is None or (Target.APPOINTMENT, appt.id) in links:
                continue
            label = (
                self.tr("Appointment: %1, %2")
                .replace("%1", appt.title)
                .replace("%2", day_words(appt.starts_at.date(), weekday=False, year=True))
            )
            self._add_choice(label, Target.APPOINTMENT, appt.id)
        for occ in occurrences_between(
            carnet, today - timedelta(days=60), today + timedelta(days=60)
        ):
            if occ.id is None or (Target.OCCURRENCE, occ.id) in links:
                continue
            label = (
                self.tr("Step to do: %1, before %2")
                .replace("%1", self._step_name(occ))
                .replace("%2", day_words(occ.closes_on, weekday=False, year=True))
            )
            self._add_choice(label, Target.OCCURRENCE, occ.id)
        for act in reversed(activities_between(carnet, today - timedelta(days=14), today)):
            if act.id is None or (Target.ACTIVITY, act.id) in links:
                continue
            label = (
                self.tr("Hours: %1, %2")
                .replace("%1", duration_words(act.minutes))
                .replace("%2", day_words(act.day, weekday=False, year=True))
            )
            self._add_choice(label, Target.ACTIVITY, act.id)
        sealed = {seq for target, seq in links if target is Target.JOURNAL}
        for version in journal_entries(carnet, limit=20):
            if version.seq in sealed:
                continue
            day = version.draft.happened_on or version.written_at.date()
            summary = " ".join(version.draft.summary.split())
            summary = summary if len(summary) <= 60 else summary[:59] + "…"
            label = (
                self.tr("Journal: %1, %2")
                .replace("%1", summary)
                .replace("%2", day_words(day, weekday=False, year=True))
            )
            self._add_choice(label, Target.JOURNAL, version.entry_id)

    def _add_choice(self, label: str, target: Target, target_id: int) -> None:
        self.link_box.addItem(capital(label), len(self.link_choices))
        self.link_choices.append((target, target_id))

    def link(self) -> None:
        carnet = self.session.carnet
        doc = self.current
        choice = int(self.link_box.currentData() if self.link_box.currentData() is not None else -1)
        if carnet is None or doc is None or doc.id is None:
            return
        if choice < 0:
            self.link_message.show_error(self.tr("Choose what to link it to in the list."))
            self.link_box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        target, target_id = self.link_choices[choice]
        now = self.session.clock()
        if target is Target.JOURNAL:
            op = lambda: add_document_to_journal_entry(carnet, target_id, doc.id, now=now)  # noqa: E731
            done = self.tr("Linked. The journal entry has a new version with this document.")
        else:
            op = lambda: attach_document(carnet, doc.id, target, target_id, now=now)  # noqa: E731
            done = self.tr("Linked.")
        write(self.link_message, op, done=lambda _: self._links_changed(done))

    def _links_changed(self, said: str) -> None:
        self._fill_links()
        self.link_message.show_ok(said)
        self.link_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlink(self, target: Target, target_id: int) -> None:
        carnet, doc = self.session.carnet, self.current
        if carnet is None or doc is None or doc.id is None:
            return
        write(
            self.link_message,
            lambda: detach_document(carnet, doc.id, target, target_id),
            done=lambda _: self._links_changed(
                self.tr("Taken off. The record and the document both stay.")
            ),
        )
