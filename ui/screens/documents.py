"""Documents: photos and PDFs of letters kept inside the carnet (encrypted), shown large.

Import reads the file on a worker thread (a 25 MB file never blocks the window) and the file
dialog leaves no history on the PC (ui/file_choice.py). Viewing decodes and scales the image on a
worker thread, from bytes in memory: no decrypted file is ever written. PDFs are shown when
Qt's PDF module is there (it is not part of PySide6-Essentials); otherwise the screen says so.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QStandardItem, QStandardItemModel, QTransform
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QProgressBar, QScrollArea

from app.domain.days import day_start, home_day
from app.domain.documents import MAX_BYTES, MAX_MEGABYTES, Document, MediaType
from app.domain.validation import InvalidRecord, Problem
from app.records import (
    DocumentImport,
    Target,
    activities_between,
    attach_document,
    attachments_of,
    document_content,
    get_document,
    import_document_file,
    list_appointments,
    list_documents,
    occurrences_between,
    template_of,
)
from app.records.db import RecordNotFound

from .. import appearance
from ..file_choice import choose_file
from ..reading import Part
from ..tasks import run_in_background
from ..widgets import Button, Card, Field, Message, Text
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
)

try:  # Qt's PDF module ships with the full PySide6, not with PySide6-Essentials
    from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the wheel installed
    QPdfDocument = None

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ZOOMS = (1.0, 1.5, 2.0, 3.0)  # times the width that fits the viewer


def decode_image(data: bytes) -> QImage:
    """On a worker thread: QImage is not tied to the GUI thread."""
    return QImage.fromData(data)


def render_pdf_page(data: bytes, width: int) -> QImage:  # pragma: no cover - needs QtPdf
    """Page 1 of a PDF from memory (a QBuffer, never a file)."""
    assert QPdfDocument is not None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    size = doc.pagePointSize(0)
    height = round(width * size.height() / max(1.0, size.width()))
    return doc.render(0, QSize(width, height))


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
        self._pending: int | None = None
        self.link_choices: list[tuple[Target, int]] = []

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
        self.picture = QLabel()
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
        self.links_title = Text(self.tr("Linked to"), "title")
        self.links_text = Text()
        self.link_box = QComboBox()
        self.link_field = Field(
            self.tr("Link it to an appointment, a step to do or hours"), self.link_box
        )
        self.link_button = Button(self.tr("Link"), "link")
        self.link_button.clicked.connect(self.link)
        self.link_message = Message()
        self.viewer_part = [
            self.viewer_title, self.viewer_info, self.viewer_tools, self.viewer_note,
            self.picture_area, self.links_title, self.links_text, self.link_field,
            ButtonRow(self.link_button), self.link_message,
        ]  # fmt: skip
        for widget in self.viewer_part:
            self.body.addWidget(widget)
            widget.hide()
        self.body.addStretch(1)

    # -- the frame ----------------------------------------------------------------------------
    def title(self) -> str:
        if self.current is not None:
            return self.tr("A document")
        return self.tr("My documents")

    def help_text(self) -> str:
        if self.current is not None:
            return self.tr("Use “Bigger” and “Turn” to read it well.")
        return self.tr("Your letters and photos stay locked inside your carnet.")

    def needs_carnet(self) -> bool:
        return True

    def first_focus(self):
        return self.back_to_list if self.current is not None else self.add_button

    def show_record(self, payload: object) -> None:
        if isinstance(payload, int):
            self._pending = payload

    def entered(self) -> None:
        self.message.clear_message()
        self.refresh()
        pending, self._pending = self._pending, None
        if pending is not None:
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
            [self.viewer_title, self.viewer_info, self.viewer_note, self.links_title,
             self.links_text]
            if self.current is not None
            else [self.add_help, self.list_title, self.empty]
        )  # fmt: skip
        parts += [Part(label.text(), label) for label in labels if label.isVisible()]
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
        self._set_importing(True)
        self.import_message.show_ok(self.tr("Adding the document to your carnet…"))
        run_in_background(
            lambda: import_document_file(carnet, path, title=title, received_on=received, now=now),
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
        if isinstance(exc, InvalidRecord):
            self.import_message.show_error(refusal_words(exc))
        else:
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
        self.zoom_step, self.turns = 0, 0
        self.picture.clear()
        for widget in self.list_part:
            widget.hide()
        for widget in self.viewer_part:
            widget.show()
        self.link_message.clear_message()
        self.viewer_title.setText(doc.title)
        self.viewer_info.setText(capital(self.describe(doc, with_title=False)))
        self.scroll.verticalScrollBar().setValue(0)
        self._fill_links()
        self.header_changed.emit()
        pdf_without_viewer = doc.media_type is MediaType.PDF and QPdfDocument is None
        self.picture_area.setVisible(not pdf_without_viewer)
        for button in (self.smaller, self.bigger, self.rotate):
            button.setVisible(not pdf_without_viewer)
        if pdf_without_viewer:
            self.viewer_note.setText(
                self.tr(
                    "Repères cannot show PDF files on the screen yet. "
                    "This one is kept safe in your carnet."
                )
            )
        else:
            self.viewer_note.setText(self.tr("Opening the document…"))
            self._load(doc)
        self.back_to_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, doc: Document) -> None:
        carnet = self.session.carnet
        if carnet is None or doc.id is None:
            return
        self._render_number += 1
        number, doc_id = self._render_number, doc.id
        width = self._fit_width()
        is_pdf = doc.media_type is MediaType.PDF

        def work() -> QImage:
            data = document_content(carnet, doc_id)  # bytes in memory, never a file
            return render_pdf_page(data, width * 2) if is_pdf else decode_image(data)

        run_in_background(
            work, lambda image: self._decoded(number, image), lambda _e: self._decoded(number, None)
        )

    def _decoded(self, number: int, image: QImage | None) -> None:
        if number != self._render_number:
            return
        if image is None or image.isNull():
            self.viewer_note.setText(
                self.tr("This document cannot be shown. It stays in your carnet.")
            )
            return
        self.image = image
        self.viewer_note.setText("")
        self.viewer_note.hide()
        self._render()

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

    # -- links --------------------------------------------------------------------------------
    def _fill_links(self) -> None:
        carnet = self.session.carnet
        doc = self.current
        if carnet is None or doc is None or doc.id is None:
            return
        names = {
            Target.APPOINTMENT: self.tr("an appointment"),
            Target.OCCURRENCE: self.tr("a step to do"),
            Target.ACTIVITY: self.tr("hours of activity"),
            Target.JOURNAL: self.tr("the journal"),
        }
        links = attachments_of(carnet, doc.id)
        if links:
            counts: dict[Target, int] = {}
            for target, _ in links:
                counts[target] = counts.get(target, 0) + 1
            self.links_text.setText(
                capital(
                    ", ".join(f"{names[t]} ({n})" if n > 1 else names[t] for t, n in counts.items())
                )
                + "."
            )
        else:
            self.links_text.setText(self.tr("Nothing yet."))
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
        language = appearance.current().settings.language
        for occ in occurrences_between(
            carnet, today - timedelta(days=60), today + timedelta(days=60)
        ):
            if occ.id is None or (Target.OCCURRENCE, occ.id) in links:
                continue
            template = template_of(occ)
            what = occ.title or (template.title_in(language) if template else "")
            label = (
                self.tr("Step to do: %1, before %2")
                .replace("%1", what)
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
        try:
            attach_document(carnet, doc.id, target, target_id, now=self.session.clock())
        except InvalidRecord as exc:
            self.link_message.show_error(refusal_words(exc))
            return
        self._fill_links()
        self.link_message.show_ok(self.tr("Linked."))
