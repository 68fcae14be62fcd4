"""Journal: the exchanges with the bodies (calls, letters, e-mails, visits, decisions), newest
first in a model-based list that loads page by page (the 10-year demo holds about 3,000 versions).
Writing an entry, correcting one (a new version: the old ones stay and are shown on the entry),
and the chain check of `verify_journal` in plain words, run off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from app.domain.days import home_day
from app.domain.journal import ChainCheck, ExchangeKind, JournalDraft, JournalVersion
from app.domain.validation import InvalidRecord
from app.records import (
    correct_journal_entry,
    journal_documents,
    journal_entries,
    journal_history,
    list_contacts,
    list_organisations,
    verify_journal,
    write_journal_entry,
)
from app.records.db import RecordNotFound
from app.sheets.model import SheetChoice

from ..actions import write
from ..formatting import time_text
from ..reading import Part
from ..tasks import run_in_background
from ..widgets import Button, Card, Field, Message, Text
from . import paper_choices
from .base import Screen
from .document_links import DocumentLinks
from .record_form import DraftForm
from .record_kit import (
    ButtonRow,
    RecordList,
    capital,
    date_edit,
    day_words,
    read_day,
    short_day,
)

PAGE = 100  # rows read at a time as the list scrolls
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class JournalModel(QAbstractListModel):
    """The current version of each entry, newest first, read from the carnet a page at a time."""

    def __init__(self, screen: JournalScreen):
        super().__init__(screen)
        self.screen = screen
        self.rows: list[JournalVersion] = []
        self.texts: list[str] = []  # the words of each row, made once
        self.complete = True

    def reload(self) -> None:
        self.beginResetModel()
        self.rows, self.texts = [], []
        self.complete = self.screen.session.carnet is None
        self.endResetModel()
        if not self.complete:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.texts, self.complete = [], [], True
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: Index) -> None:
        carnet = self.screen.session.carnet
        if parent.isValid() or self.complete or carnet is None:
            return
        page = journal_entries(carnet, limit=PAGE, offset=len(self.rows))
        if len(page) < PAGE:
            self.complete = True
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows += page
            self.texts += [self.screen.row_words(v) for v in page]
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        version = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts[index.row()]
        if role == ID_ROLE:
            return version.entry_id
        return None

    def row_of(self, entry_id: int) -> int | None:
        for row, version in enumerate(self.rows):
            if version.entry_id == entry_id:
                return row
        return None


class JournalScreen(DraftForm, Screen):
    key = "journal"
    back_to = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.shown: list[JournalVersion] = []  # the chosen entry's versions, first one first
        self.correcting: int | None = None
        self.org_names: dict[int, str] = {}
        self.contact_names: dict[int, str] = {}
        self._check_number = 0

        self.chain = Text()
        self.write_button = Button(self.tr("Write an entry"), "pencil", primary=True)
        self.write_button.clicked.connect(self.start_write)
        self.print_button = Button(self.tr("Print an extract for a contestation"), "print")
        self.print_button.clicked.connect(lambda: paper_choices.offer(self, self.sheets()))
        self.write_row = ButtonRow(self.write_button, self.print_button)
        self.message = Message()
        self.list_title = Text(self.tr("Exchanges, newest first"), "title")
        self.empty = Text(self.tr("Nothing written yet. Press “Write an entry” after a call."))
        self.model = JournalModel(self)
        self.entries = RecordList(self.tr("Exchanges, newest first"))
        self.entries.setModel(self.model)
        # Rows of wrapped text are measured a few at a time, between events: no long stall.
        self.entries.setLayoutMode(RecordList.LayoutMode.Batched)
        self.entries.setBatchSize(20)
        self.entries.selectionModel().currentChanged.connect(self._chosen)
        for widget in (
            self.chain, self.write_row, self.message, self.list_title, self.empty, self.entries,
        ):  # fmt: skip
            self.body.addWidget(widget)

        # -- the chosen entry --------------------------------------------------------------
        self.detail = Card()
        self.detail_title = Text("", "title")
        self.detail_text = Text()
        self.detail_documents = Text()
        self.doc_buttons_row = ButtonRow()
        self.doc_buttons: list[Button] = []
        self.versions_title = Text(self.tr("Earlier versions"), "title")
        self.versions_text = Text()
        self.correct_button = Button(self.tr("Correct this entry"), "pencil")
        self.correct_button.setAccessibleDescription(
            self.tr("Writes a new version. The old one stays visible.")
        )
        self.correct_button.clicked.connect(self.start_correct)
        self.read_entry_button = Button(self.tr("Read this entry"), "speaker")
        self.read_entry_button.clicked.connect(self._read_entry)
        for widget in (
            self.detail_title, self.detail_text, self.detail_documents, self.doc_buttons_row,
            self.versions_title, self.versions_text,
            ButtonRow(self.correct_button, self.read_entry_button),
        ):  # fmt: skip
            self.detail.layout_.addWidget(widget)
        self.detail.hide()
        self.body.addWidget(self.detail)

        # -- writing -------------------------------------------------------------------------
        self.form = Card()
        self.watch_draft()  # a draft is kept when the carnet locks itself
        self.form_title = Text("", "title")
        self.kind_box = QComboBox()
        for kind in ExchangeKind:
            self.kind_box.addItem(self.kind_words(kind), kind.value)
        self.day_edit = date_edit(self.tr("Day of the exchange"))
        self.org_box = QComboBox()
        self.whom_edit = QLineEdit()
        self.whom_edit.setMaxLength(200)
        self.said_edit = QPlainTextEdit()
        self.said_edit.setTabChangesFocus(True)  # Tab leaves the box: no keyboard trap
        self.next_edit = QLineEdit()
        self.next_edit.setMaxLength(2000)
        self.contact_box = QComboBox()
        self.docs = DocumentLinks(
            session,
            self.tr("Documents"),
            self.tr("Letters or photos kept with this entry. They are sealed with it."),
        )
        self.docs.show_document.connect(lambda i: self.open_record.emit("documents", i))
        self.doc_field = self.docs
        self.save_button = Button(self.tr("Save this entry"), "check", primary=True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = Button(self.tr("Cancel"), "cross")
        self.cancel_button.clicked.connect(self.close_form)
        self.form_message = Message()
        for widget in (
            self.form_title,
            Field(self.tr("What kind of exchange"), self.kind_box),
            Field(self.tr("Day of the exchange"), self.day_edit),
            Field(self.tr("Organisation"), self.org_box),
            Field(
                self.tr("Person in your directory"),
                self.contact_box,
                self.tr("Your conseiller or référent, if you wrote them in your directory."),
            ),
            Field(
                self.tr("With whom"), self.whom_edit, self.tr("For example: Ms Martin, my adviser.")
            ),
            Field(self.tr("What was said"), self.said_edit),
            Field(self.tr("Next step"), self.next_edit, self.tr("What you or they will do next.")),
            self.doc_field,
            self.form_message,
            ButtonRow(self.save_button, self.cancel_button),
        ):
            self.form.layout_.addWidget(widget)
        self.form.hide()
        self.body.addWidget(self.form)
        self.body.addStretch(1)

    # -- the frame ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Journal of exchanges")

    def help_text(self) -> str:
        return self.tr(
            "Write down each call, letter or visit. A correction never erases the old text."
        )

    def sheets(self) -> list[SheetChoice]:
        return paper_choices.journal_choices(self.session) if self.session.carnet else []


    def _show_later(self, widget) -> None:
        """Scroll to a widget once the layout has placed what was just shown."""
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(widget, 0, 80))

    def first_focus(self):
        return self.write_button

    def entered(self) -> None:
        self.message.clear_message()
        carnet = self.session.carnet
        if carnet is not None:
            self.org_names = {o.id: o.name for o in list_organisations(carnet) if o.id}
            self.contact_names = {c.id: c.name for c in list_contacts(carnet) if c.id}
        self.close_form(focus=False)
        self.model.reload()
        self._fit_list()
        if self.model.rowCount() and not self.shown:
            self.entries.setCurrentIndex(self.model.index(0, 0))
        self.check_chain()
        super().entered()

    def left(self) -> None:
        self._check_number += 1  # a check still running reports to nobody
        self.model.clear()
        self.shown = []
        self.detail.hide()
        self.close_form(focus=False)
        self.chain.clear()
        self.detail_text.clear()
        self.versions_text.clear()

    def reading_parts(self) -> list[Part]:
        parts = [Part(self.help_text(), self.help_line), Part(self.chain.text(), self.chain)]
        if self.detail.isVisible():
            parts += self._entry_parts()
        elif self.empty.isVisible():
            parts.append(Part(self.empty.text(), self.empty))
        return parts

    # -- words --------------------------------------------------------------------------------
    def kind_words(self, kind: ExchangeKind) -> str:
        return {
            ExchangeKind.CALL: self.tr("Phone call"),
            ExchangeKind.LETTER: self.tr("Letter"),
            ExchangeKind.EMAIL: self.tr("E-mail"),
            ExchangeKind.VISIT: self.tr("Visit"),
            ExchangeKind.DECISION: self.tr("Decision received"),
            ExchangeKind.OTHER: self.tr("Other"),
        }[ExchangeKind(kind)]

    @staticmethod
    def day_of(version: JournalVersion) -> date:
        return version.draft.happened_on or home_day(version.written_at)

    def row_words(self, version: JournalVersion) -> str:
        d = version.draft
        parts = [capital(day_words(self.day_of(version), year=True)), self.kind_words(d.kind)]
        who = d.with_whom or self.org_names.get(d.organisation_id or 0, "")
        if who:
            parts.append(who)
        summary = " ".join(d.summary.split())
        parts.append(summary if len(summary) <= 100 else summary[:99] + "…")
        text = " · ".join(parts)
        if version.version > 1:
            text += " " + self.tr("(corrected)")
        return text

    def _version_words(self, version: JournalVersion) -> str:
        d = version.draft
        lines = []
        names = (
            d.with_whom,
            self.contact_names.get(d.contact_id or 0, ""),
            self.org_names.get(d.organisation_id or 0, ""),
        )
        who = [x for x in dict.fromkeys(names) if x]
        if who:
            lines.append(self.tr("With: %1.").replace("%1", ", ".join(who)))
        lines.append(self.tr("What was said: %1").replace("%1", d.summary))
        if d.next_step:
            lines.append(self.tr("Next step: %1").replace("%1", d.next_step))
        return "\n".join(lines)

    def _written_words(self, version: JournalVersion) -> str:
        at = version.written_at
        return (
            self.tr("Written on %1 at %2.")
            .replace("%1", day_words(home_day(at), weekday=False, year=True))
            .replace("%2", time_text(at))  # France's time, like the day
        )

    # -- the chain ----------------------------------------------------------------------------
    def check_chain(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        self._check_number += 1
        number = self._check_number
        self.chain.setText(self.tr("Repères is checking that nothing was changed…"))
        run_in_background(
            lambda: verify_journal(carnet),
            lambda result: self._chain_checked(number, result),
            lambda _exc: self._chain_checked(number, None),
        )

    def _chain_checked(self, number: int, result: ChainCheck | None) -> None:
        if number != self._check_number:
            return
        if result is None:
            text = self.tr("Repères could not check the journal. Please try again later.")
        elif result.ok and result.checked == 1:
            text = self.tr("The journal holds 1 version. Nothing was changed behind Repères’ back.")
        elif result.ok:
            text = self.tr(
                "The journal holds %1 versions. Nothing was changed behind Repères’ back."
            ).replace("%1", QLocale().toString(result.checked))
        elif result.broken_at is None:
            text = self.tr(
                "The journal was changed outside Repères, or it is damaged. "
                "Keep a copy of your carnet and ask for help."
            )
        else:
            text = self.tr(
                "The journal was changed outside Repères, or it is damaged, near version %1. "
                "Keep a copy of your carnet and ask for help."
            ).replace("%1", str(result.broken_at))
        self.chain.setText(text)
        self.chain.setProperty("role", "" if result is not None and result.ok else "error")
        self.chain.style().unpolish(self.chain)
        self.chain.style().polish(self.chain)

    # -- the list and the chosen entry --------------------------------------------------------
    def _fit_list(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.entries.setVisible(has_rows)
        self.list_title.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.entries.setFixedHeight(self.entries.sizeHint().height())
        _, pending = self.take_payload()  # opened on one entry (its entry id)
        if isinstance(pending, int):
            self.show_entry(pending)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_entry(current.data(ID_ROLE), select=False)

    def show_entry(self, entry_id: int, *, select: bool = True) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        try:
            versions = journal_history(carnet, entry_id)
        except RecordNotFound:
            self.message.show_error(self.tr("This entry is not in your carnet."))
            return
        self.shown = versions
        if select:
            row = self.model.row_of(entry_id)
            if row is not None:
                self.entries.setCurrentIndex(self.model.index(row, 0))
        last = versions[-1]
        self.detail_title.setText(
            self.tr("%1 on %2")
            .replace("%1", self.kind_words(last.draft.kind))
            .replace("%2", day_words(self.day_of(last), year=True))
        )
        text = self._version_words(last) + "\n" + self._written_words(last)
        self.detail_text.setText(text)
        for button in self.doc_buttons:
            button.deleteLater()
        self.doc_buttons = []
        docs = journal_documents(carnet, last.seq)
        if docs:
            self.detail_documents.setText(
                self.tr("Documents sealed with this entry: %1.").replace(
                    "%1", ", ".join(d.title for d in docs)
                )
            )
            for doc in docs[:5]:
                button = Button(self.tr("Show “%1”").replace("%1", doc.title[:40]), "document")
                doc_id = doc.id
                button.clicked.connect(
                    lambda _=False, i=doc_id: self.open_record.emit("documents", i)
                )
                self.doc_buttons.append(button)
                self.doc_buttons_row.add(button)
                button.show()
        self.detail_documents.setVisible(bool(docs))
        self.doc_buttons_row.setVisible(bool(docs))
        older = versions[:-1]
        self.versions_title.setVisible(bool(older))
        self.versions_text.setVisible(bool(older))
        if older:
            blocks = []
            for v in reversed(older):
                blocks.append(
                    self.tr("Version %1. %2")
                    .replace("%1", str(v.version))
                    .replace("%2", self._written_words(v))
                    + "\n"
                    + self._version_words(v)
                )
            self.versions_text.setText("\n\n".join(blocks))
        self.detail.show()

    def _entry_parts(self) -> list[Part]:
        labels = [self.detail_title, self.detail_text, self.detail_documents]
        if self.versions_text.isVisible():
            labels += [self.versions_title, self.versions_text]
        return [Part(label.text(), label) for label in labels if label.isVisible() and label.text()]

    def _read_entry(self) -> None:
        self.read_request.emit(self._entry_parts())

    # -- writing and correcting ---------------------------------------------------------------
    def _fill_choices(self) -> None:
        carnet = self.session.carnet
        self.org_box.clear()
        self.org_box.addItem(self.tr("None"), 0)
        for org_id, name in sorted(self.org_names.items(), key=lambda kv: kv[1].lower()):
            self.org_box.addItem(name, org_id)
        self.contact_box.clear()
        self.contact_box.addItem(self.tr("None"), 0)
        if carnet is not None:
            for contact in list_contacts(carnet):
                if contact.id:
                    self.contact_box.addItem(contact.name, contact.id)

    def start_write(self) -> None:
        self._fill_choices()
        self.correcting = None
        self.form_title.setText(self.tr("New entry"))
        self.kind_box.setCurrentIndex(0)
        self.day_edit.setText(short_day(home_day(self.session.clock())))
        for edit in (self.whom_edit, self.next_edit):
            edit.clear()
        self.said_edit.clear()
        self.contact_box.setCurrentIndex(0)
        self.docs.collect()
        self._open_form()

    def start_correct(self) -> None:
        if not self.shown:
            return
        self._fill_choices()
        last = self.shown[-1]
        d = last.draft
        self.correcting = last.entry_id
        self.form_title.setText(self.tr("Correct this entry"))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(str(d.kind))))
        self.day_edit.setText(short_day(self.day_of(last)))
        self.org_box.setCurrentIndex(max(0, self.org_box.findData(d.organisation_id or 0)))
        self.whom_edit.setText(d.with_whom)
        self.said_edit.setPlainText(d.summary)
        self.next_edit.setText(d.next_step)
        self.contact_box.setCurrentIndex(max(0, self.contact_box.findData(d.contact_id or 0)))
        carnet = self.session.carnet
        sealed = journal_documents(carnet, last.seq) if carnet is not None else []
        self.docs.collect([doc.id for doc in sealed if doc.id is not None])
        self._open_form()

    # -- a draft kept across an auto-lock (record_form.DraftForm) ---------------------------------
    def draft_box(self):
        return self.form

    def draft_state(self) -> object:
        return self.correcting

    def draft_open(self, state: object) -> None:
        if isinstance(state, int):
            self.show_entry(state)
            if self.shown and self.shown[-1].entry_id == state:
                self.start_correct()
                return
        self.start_write()

    def _open_form(self) -> None:
        self.message.clear_message()
        self.form_message.clear_message()
        self.form.show()
        self.kind_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_later(self.form)

    def close_form(self, *, focus: bool = True) -> None:
        self.form.hide()
        self.correcting = None
        for edit in (self.whom_edit, self.next_edit, self.day_edit):
            edit.clear()
        self.said_edit.clear()
        if focus:
            self.write_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        self.form_message.clear_message()
        now, docs, correcting = self.session.clock(), self.docs.chosen_ids(), self.correcting

        def save() -> tuple[JournalVersion, str]:
            day = read_day(self.day_edit, "happened_on", required=False)
            draft = JournalDraft(
                kind=ExchangeKind(self.kind_box.currentData()),
                summary=self.said_edit.toPlainText(),
                with_whom=self.whom_edit.text(),
                next_step=self.next_edit.text(),
                organisation_id=int(self.org_box.currentData() or 0) or None,
                contact_id=int(self.contact_box.currentData() or 0) or None,
                happened_on=day,
            )
            if correcting is not None:
                saved = correct_journal_entry(carnet, correcting, draft, document_ids=docs,
                                              now=now)  # fmt: skip
                return saved, self.tr("The correction is saved. The old version stays visible.")
            saved = write_journal_entry(carnet, draft, document_ids=docs, now=now)
            return saved, self.tr("The entry is saved in your journal.")

        write(self.form_message, save, done=self._saved, refused=self._not_saved)

    def _not_saved(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidRecord):
            field = exc.problems[0].field if exc.problems else ""
            wrong = {"happened_on": self.day_edit, "with_whom": self.whom_edit,
                     "next_step": self.next_edit}.get(field, self.said_edit)  # fmt: skip
            wrong.setFocus(Qt.FocusReason.OtherFocusReason)
        if not isinstance(exc, RecordNotFound):
            self._show_later(self.form_message)

    def _saved(self, result: tuple[JournalVersion, str]) -> None:
        saved, done = result
        self.close_form(focus=False)
        self.model.reload()
        self._fit_list()
        self.show_entry(saved.entry_id)
        self.check_chain()
        self.message.show_ok(done)
        self.write_button.setFocus(Qt.FocusReason.OtherFocusReason)
