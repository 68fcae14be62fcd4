"""The documents of one record, on the record's own screen: the papers attached to an
appointment, a step to do, hours or a journal entry, each with "Show", and a way to attach one
more — chosen among the carnet's documents, or a new file imported on a worker thread.

Two ways to work:
- bound to a saved record (`bind`): attaching and taking off are written at once;
- collecting (`collect`): the choice is kept until the screen saves the record with it (a proof
  given with "I was excused", the documents of a journal version), in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from app.domain.documents import Document
from app.domain.validation import InvalidRecord
from app.records import (
    DocumentImport,
    Target,
    attach_document,
    detach_document,
    documents_for,
    get_document,
    import_document_file,
    list_documents,
)
from app.records.db import RecordNotFound

from ..actions import write
from ..file_choice import choose_file
from ..tasks import run_in_background
from ..widgets import Button, Field, Message, Text
from .record_form import narrow
from .record_kit import ButtonRow, refusal_words

SHOWN = 8  # documents listed with their own buttons; more are named in the sentence
CHOICES = 60  # the newest documents offered in the list


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentLinks", text)


class DocumentLinks(QWidget):
    """Heading, the attached documents (Show, Take off), then attach or add a new file."""

    show_document = Signal(int)
    changed = Signal()

    def __init__(self, session, heading: str, help_text: str = "", parent=None):
        super().__init__(parent)
        self.session = session
        self.target: tuple[Target, int] | None = None  # bound; None: collecting
        self.chosen: list[Document] = []
        self.sealed = False  # journal: taking off happens through a correction
        self.importing = False
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = Text(heading, "title")
        self.help = Text(help_text, "help")
        self.help.setVisible(bool(help_text))
        self.summary = Text()
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.box = narrow(QComboBox())
        self.field = Field(_t("A document of your carnet"), self.box)
        self.attach_button = Button(_t("Attach this document"), "link")
        self.attach_button.clicked.connect(self.attach_chosen)
        self.new_button = Button(_t("Add a new file"), "add")
        self.new_button.setAccessibleDescription(
            _t("A photo or a PDF file from this computer or a USB stick.")
        )
        self.new_button.clicked.connect(self.choose_file)
        self.message = Message()
        for widget in (
            self.heading, self.help, self.summary, self.rows, self.field,
            ButtonRow(self.attach_button, self.new_button), self.message,
        ):  # fmt: skip
            layout.addWidget(widget)

    # -- what it is about ---------------------------------------------------------------------
    def bind(self, target: Target, target_id: int) -> None:
        """Attached documents of a saved record; changes are written at once."""
        self.target = (target, target_id)
        self.sealed = target is Target.JOURNAL
        self.message.clear_message()
        self.reload()

    def collect(self, document_ids: list[int] | tuple[int, ...] = ()) -> None:
        """A choice kept until the screen saves it (chosen_ids)."""
        self.target = None
        self.sealed = False
        self.message.clear_message()
        carnet = self.session.carnet
        self.chosen = []
        if carnet is not None:
            for doc_id in dict.fromkeys(document_ids):
                try:
                    self.chosen.append(get_document(carnet, doc_id))
                except RecordNotFound:
                    continue
        self._fill()

    def chosen_ids(self) -> list[int]:
        return [d.id for d in self.chosen if d.id is not None]

    def clear(self) -> None:
        self.target = None
        self.chosen = []
        self.box.clear()
        self.message.clear_message()
        self._clear_rows()
        self.summary.clear()

    def reload(self) -> None:
        carnet = self.session.carnet
        if carnet is not None and self.target is not None:
            self.chosen = documents_for(carnet, *self.target)
        self._fill()

    # -- showing ------------------------------------------------------------------------------
    def _clear_rows(self) -> None:
        while self.rows_layout.count():
            widget = self.rows_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _fill(self) -> None:
        self._clear_rows()
        if not self.chosen:
            self.summary.setText(_t("No document attached."))
        elif len(self.chosen) == 1:
            self.summary.setText(_t("1 document: %1.").replace("%1", self.chosen[0].title))
        else:
            names = ", ".join(d.title for d in self.chosen)
            self.summary.setText(
                _t("%1 documents: %2.").replace("%1", str(len(self.chosen))).replace("%2", names)
            )
        for doc in self.chosen[:SHOWN]:
            doc_id = doc.id
            show = Button(_t("Show “%1”").replace("%1", doc.title[:40]), "eye")
            show.clicked.connect(lambda _=False, i=doc_id: self.show_document.emit(i))
            row = ButtonRow(show)
            if not self.sealed:
                off = Button(_t("Take it off"), "cross")
                off.setAccessibleName(_t("Take off “%1”").replace("%1", doc.title[:40]))
                off.clicked.connect(lambda _=False, i=doc_id: self.take_off(i))
                row.add(off)
            self.rows_layout.addWidget(row)
            row.show()
        self.rows.setVisible(bool(self.chosen))
        self._fill_choices()

    def _fill_choices(self) -> None:
        carnet = self.session.carnet
        self.box.clear()
        self.box.addItem(_t("Choose…"), 0)
        if carnet is None:
            return
        taken = set(self.chosen_ids())
        for doc in list_documents(carnet, limit=CHOICES):
            if doc.id not in taken:
                self.box.addItem(doc.title, doc.id)
        self.field.setVisible(self.box.count() > 1)
        self.attach_button.setVisible(self.box.count() > 1)

    # -- changing -----------------------------------------------------------------------------
    def _add(self, doc_id: int) -> bool:
        carnet = self.session.carnet
        if carnet is None:
            return False
        if self.target is None:
            if doc_id not in self.chosen_ids():
                self.chosen.append(get_document(carnet, doc_id))
            return True
        target, now = self.target, self.session.clock()
        return write(self.message, lambda: attach_document(carnet, doc_id, *target, now=now),
                     done=lambda _: self.reload())  # fmt: skip

    def attach_chosen(self) -> None:
        doc_id = int(self.box.currentData() or 0)
        if not doc_id:
            self.message.show_error(_t("Choose a document in the list first."))
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._add(doc_id):
            self._fill()
            self.message.show_ok(_t("The document is attached."))
            self.changed.emit()

    def take_off(self, doc_id: int) -> None:
        carnet = self.session.carnet
        if carnet is None or self.sealed:
            return
        if self.target is not None:
            target = self.target
            if not write(self.message, lambda: detach_document(carnet, doc_id, *target),
                         done=lambda _: self.reload()):  # fmt: skip
                return
        else:
            self.chosen = [d for d in self.chosen if d.id != doc_id]
            self._fill()
        self.message.show_ok(_t("The document is taken off. It stays in “My documents”."))
        self.changed.emit()
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_file(self) -> None:
        if self.importing:
            return
        self.message.clear_message()
        self.dialog = choose_file(
            self,
            _t("Choose a photo or a PDF file"),
            [_t("Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)"),
             _t("All files (*)")],
            self._chosen_file,
        )  # fmt: skip

    def _chosen_file(self, path: Path | None) -> None:
        self.dialog = None
        carnet = self.session.carnet
        if path is None or carnet is None:
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._busy(True)
        self.message.show_ok(_t("Adding the document to your carnet…"))
        now = self.session.clock()
        run_in_background(
            lambda: import_document_file(carnet, path, now=now),
            self._imported,
            self._import_failed,
        )

    def _busy(self, busy: bool) -> None:
        self.importing = busy
        for button in (self.new_button, self.attach_button):
            button.setEnabled(not busy)

    def _imported(self, result: DocumentImport) -> None:
        self._busy(False)
        if self.session.carnet is None or result.document.id is None:
            return
        if self._add(result.document.id):
            self._fill()
            self.message.show_ok(
                _t("The document is attached. You can change its title in “My documents”.")
            )
            self.changed.emit()
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _import_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, InvalidRecord):
            self.message.show_error(refusal_words(exc))
        else:
            self.message.show_error(_t("The document could not be added. Nothing was changed."))
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reading_texts(self) -> list[Text]:
        return [w for w in (self.heading, self.help, self.summary) if w.text()]
