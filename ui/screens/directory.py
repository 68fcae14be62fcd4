"""The person's directory: the organisations they deal with and the people there (conseiller,
référent…), with phone numbers and opening hours. A list of sentences, and a form for one.

The usual bodies are there by name only (add_usual_organisations): no address or number is
invented; the person adds their own agency, numbers and hours.

open_record("directory", payload): ("organisation", id) or ("contact", id) opens its form;
("new_contact", organisation id or None) and ("new_organisation", None) open an empty one."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.carnet import CarnetError
from app.domain import InvalidRecord, Problem
from app.domain.contacts import EMAIL_MAX, Contact, ContactRole
from app.domain.organisations import HOURS_MAX, NAME_MAX, Organisation, OrganisationKind
from app.records import (
    RecordNotFound,
    add_contact,
    add_organisation,
    add_usual_organisations,
    get_contact,
    get_organisation,
    list_contacts,
    list_organisations,
    remove_contact,
    update_contact,
    update_organisation,
)

from .. import appearance
from ..actions import beside, write
from ..messages import error_text
from ..reading import Part
from ..widgets import Button, Message, Text
from .base import Screen
from .record_form import FormField, button_row, narrow, show_problems
from .record_words import RecordWords
from .sentence_list import Row, RowKind, SentenceList, SentenceModel

ORG_ORDER = ["name", "kind", "phone", "hours", "notes"]
CONTACT_ORDER = ["name", "role", "organisation_id", "phone", "phone2", "email", "hours", "notes"]


class DirectoryScreen(Screen):
    key = "directory"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.words = RecordWords(self)
        self.mode = ""  # "list" | "organisation" | "contact"
        self.org: Organisation | None = None  # the one in the form; None: a new one
        self.contact: Contact | None = None
        self._removed: Contact | None = None  # for "Undo"
        self._select_after: tuple[str, object] | None = None

        self.message = Message()
        self.body.addWidget(self.message)
        self.undo_button = Button(self.tr("Undo"), "back", shortcut="Ctrl+Z")
        self.undo_button.clicked.connect(self._undo_remove)
        self.undo_button.hide()
        self.body.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._build_list()
        self._build_org_form()
        self._build_contact_form()
        self._show_mode("list")

    # -- building --------------------------------------------------------------------------------
    def _build_list(self) -> None:
        self.list_box = QWidget()
        box = QVBoxLayout(self.list_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.add_contact_button = Button(
            self.tr("Add a person"), "person", shortcut="Ctrl+N", primary=True
        )
        self.add_contact_button.clicked.connect(lambda: self.open_contact(None))
        self.add_org_button = Button(self.tr("Add an organisation"), "add")
        self.add_org_button.clicked.connect(lambda: self.open_organisation(None))
        box.addWidget(button_row(self.add_contact_button, self.add_org_button))
        self.model = SentenceModel(self)
        self.list = SentenceList(
            self.tr("Organisations and contacts"),
            self.tr("Move with the arrow keys. Press Enter to change one."),
        )
        self.list.setModel(self.model)
        self.list.opened.connect(lambda row: self._open_payload(row.target[1]))
        self.list.setMinimumHeight(appearance.current().px(280))
        box.addWidget(self.list, 1)
        self.body.addWidget(self.list_box, 1)

    def _form(self) -> tuple[QWidget, QVBoxLayout]:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(appearance.current().px(16))
        self.body.addWidget(widget)
        return widget, layout

    def _buttons(self, layout: QVBoxLayout, save, extra: tuple[Button, ...] = ()) -> Button:
        save_button = Button(self.tr("Save"), "save", shortcut="Ctrl+S", primary=True)
        save_button.clicked.connect(save)
        cancel = Button(self.tr("Cancel"), "back")
        cancel.clicked.connect(self.show_list)
        layout.addWidget(button_row(save_button, cancel))
        for b in extra:
            layout.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        return save_button

    def _build_org_form(self) -> None:
        self.org_box, layout = self._form()
        self.o: dict[str, FormField] = {}

        def add(name: str, label: str, widget: QWidget, help_text: str = "") -> None:
            self.o[name] = FormField(label, widget, help_text)
            layout.addWidget(self.o[name])

        self.org_name = QLineEdit()
        self.org_name.setMaxLength(NAME_MAX * 2)
        add("name", self.tr("Name"), self.org_name,
            self.tr("For example: France Travail, agency of your town."))
        self.org_kind = narrow(QComboBox())
        for kind in OrganisationKind:
            self.org_kind.addItem(self.words.kind_name(kind), str(kind))
        add("kind", self.tr("What kind of organisation?"), self.org_kind)
        self.org_phone = QLineEdit()
        self.org_phone.setMaxLength(200)
        add("phone", self.tr("Phone number"), self.org_phone,
            self.tr("Write the number you find on their letters."))
        self.org_hours = QPlainTextEdit()
        self.org_hours.setMinimumHeight(appearance.current().px(72))
        add("hours", self.tr("Opening hours"), self.org_hours,
            self.tr("For example: Monday to Friday, 9:00 to 12:30."))
        self.org_notes = QPlainTextEdit()
        self.org_notes.setMinimumHeight(appearance.current().px(72))
        add("notes", self.tr("Notes (you can leave them empty)"), self.org_notes)
        self.org_message = Message()
        layout.addWidget(self.org_message)
        self.org_save = self._buttons(layout, self.save_organisation)
        self._hours_max = HOURS_MAX

    def _build_contact_form(self) -> None:
        self.contact_box, layout = self._form()
        self.c: dict[str, FormField] = {}

        def add(name: str, label: str, widget: QWidget, help_text: str = "") -> None:
            self.c[name] = FormField(label, widget, help_text)
            layout.addWidget(self.c[name])

        self.contact_name = QLineEdit()
        self.contact_name.setMaxLength(NAME_MAX * 2)
        add("name", self.tr("Name"), self.contact_name,
            self.tr("For example: Mrs Martin, or Karim."))
        self.contact_role = narrow(QComboBox())
        for role in ContactRole:
            self.contact_role.addItem(self.words.role_name(role), str(role))
        add("role", self.tr("What do they do for you?"), self.contact_role)
        self.contact_org = narrow(QComboBox())
        add("organisation_id", self.tr("Organisation"), self.contact_org)
        self.contact_phone = QLineEdit()
        self.contact_phone.setMaxLength(100)
        add("phone", self.tr("Phone number"), self.contact_phone,
            self.tr("For example: 01 23 45 67 89."))
        self.contact_phone2 = QLineEdit()
        self.contact_phone2.setMaxLength(100)
        add("phone2", self.tr("Other phone number (you can leave it empty)"), self.contact_phone2)
        self.contact_email = QLineEdit()
        self.contact_email.setMaxLength(EMAIL_MAX * 2)
        add("email", self.tr("E-mail address (you can leave it empty)"), self.contact_email)
        self.contact_hours = QPlainTextEdit()
        self.contact_hours.setMinimumHeight(appearance.current().px(72))
        add("hours", self.tr("When to call them (you can leave it empty)"), self.contact_hours)
        self.contact_notes = QPlainTextEdit()
        self.contact_notes.setMinimumHeight(appearance.current().px(72))
        add("notes", self.tr("Notes (you can leave them empty)"), self.contact_notes)
        self.contact_message = Message()
        layout.addWidget(self.contact_message)
        self.remove_button = Button(self.tr("Remove this person"), "cross")
        self.remove_button.clicked.connect(self._ask_remove)
        self.confirm_text = Text("", "error")
        self.confirm_yes = Button(self.tr("Yes, remove"), "check")
        self.confirm_yes.clicked.connect(self._remove)
        self.confirm_no = Button(self.tr("No, keep"), "back")
        self.confirm_no.clicked.connect(self._keep)
        self.contact_save = self._buttons(layout, self.save_contact, (self.remove_button,))
        layout.addWidget(self.confirm_text)
        for b in (self.confirm_yes, self.confirm_no):
            layout.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        self._keep()

    # -- the screen ------------------------------------------------------------------------------
    def title(self) -> str:
        if self.mode == "organisation":
            return self.org.name if self.org else self.tr("New organisation")
        if self.mode == "contact":
            return self.contact.name if self.contact else self.tr("New person")
        return self.tr("Organisations and contacts")

    def help_text(self) -> str:
        if self.mode in ("organisation", "contact"):
            return self.tr("Write what you know. Then press “Save”.")
        return self.tr(
            "Add your agency, your adviser, their phone numbers and hours. "
            "Press Enter to change one."
        )

    @property
    def back_to(self) -> str:  # type: ignore[override]
        return self.key if self.mode in ("organisation", "contact") else "today"


    def first_focus(self):
        if self.mode == "organisation":
            return self.org_name
        if self.mode == "contact":
            return self.contact_name
        return self.list

    def entered(self) -> None:
        pending, payload = self.take_payload()
        if pending and self._open_payload(payload):
            pass
        else:
            self.show_list()
        super().entered()

    def left(self) -> None:
        self._clear_forms()
        self.model.clear()
        self.message.clear_message()
        self.undo_button.hide()
        self._removed = None
        self.org = self.contact = None
        self._show_mode("list")

    def reading_parts(self) -> list[Part]:
        if self.mode != "list":
            return super().reading_parts()
        parts = [Part(self.help_text(), self.help_line)]
        start = max(0, self.list.currentIndex().row())
        parts += [Part(row.text, None) for row in self.model.rows[start : start + 12]]
        return parts

    def _show_mode(self, mode: str) -> None:
        self.mode = mode
        self.list_box.setVisible(mode == "list")
        self.org_box.setVisible(mode == "organisation")
        self.contact_box.setVisible(mode == "contact")
        self.scroll.verticalScrollBar().setValue(0)
        self.header_changed.emit()

    def _open_payload(self, payload: object) -> bool:
        if not isinstance(payload, tuple) or len(payload) != 2:
            return False
        what, ident = payload
        if what == "organisation" and isinstance(ident, int):
            return self.open_organisation(ident)
        if what == "contact" and isinstance(ident, int):
            return self.open_contact(ident)
        if what == "new_contact":
            org_id = ident if isinstance(ident, int) else None
            return self.open_contact(None, organisation_id=org_id)
        if what == "new_organisation":
            return self.open_organisation(None)
        return False

    # -- list ------------------------------------------------------------------------------------
    def show_list(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        try:
            orgs = list_organisations(carnet)
            if not orgs:  # a new carnet: the usual bodies, by name only
                add_usual_organisations(carnet)
                orgs = list_organisations(carnet)
            contacts = list_contacts(carnet)
        except CarnetError as exc:
            self.message.show_error(error_text(exc))
            return
        rows: list[Row] = []
        for org in orgs:
            rows.append(Row(RowKind.HEADING, self.words.organisation_line(org),
                            target=("directory", ("organisation", org.id))))
            for person in contacts:
                if person.organisation_id == org.id:
                    rows.append(self._contact_row(person))
        alone = [p for p in contacts if p.organisation_id is None]
        if alone:
            rows.append(Row(RowKind.HEADING, self.tr("People of no organisation")))
            rows += [self._contact_row(p) for p in alone]
        self._clear_forms()
        self.model.set_rows(rows)
        self._show_mode("list")
        chosen = 0
        if self._select_after is not None:
            wanted = ("directory", self._select_after)
            chosen = next((n for n, r in enumerate(rows) if r.target == wanted), 0)
            self._select_after = None
        self.list.select_row(chosen)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _contact_row(self, person: Contact) -> Row:
        return Row(RowKind.ITEM, self.words.contact_line(person),
                   target=("directory", ("contact", person.id)))

    def _clear_forms(self) -> None:
        for edit in (self.org_name, self.org_phone, self.contact_name, self.contact_phone,
                     self.contact_phone2, self.contact_email):
            edit.clear()
        for edit in (self.org_hours, self.org_notes, self.contact_hours, self.contact_notes):
            edit.clear()
        for f in (*self.o.values(), *self.c.values()):
            f.clear_problem()
        self.org_message.clear_message()
        self.contact_message.clear_message()
        self._keep()

    # -- organisation ----------------------------------------------------------------------------
    def open_organisation(self, org_id: int | None) -> bool:
        carnet = self.session.carnet
        if carnet is None:
            return False
        self._clear_forms()
        self.message.clear_message()
        self.undo_button.hide()
        self.org = None
        if org_id is not None:
            try:
                self.org = get_organisation(carnet, org_id)
            except RecordNotFound:
                return False
        org = self.org or Organisation("")
        self.org_name.setText(org.name)
        self.org_kind.setCurrentIndex(max(0, self.org_kind.findData(str(org.kind))))
        self.org_phone.setText(org.phone)
        self.org_hours.setPlainText(org.hours)
        self.org_notes.setPlainText(org.notes)
        self._show_mode("organisation")
        self.org_name.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def save_organisation(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        base = self.org or Organisation("")
        draft = replace(
            base,
            name=self.org_name.text(),
            kind=OrganisationKind(self.org_kind.currentData()),
            phone=self.org_phone.text(),
            hours=self.org_hours.toPlainText(),
            notes=self.org_notes.toPlainText(),
        )
        save = add_organisation if draft.id is None else update_organisation
        write(self.org_message, lambda: save(carnet, draft),
              problems=beside(self.o, ORG_ORDER, self.words.problem, self.org_message, self.scroll),
              done=lambda saved: self._saved(("organisation", saved.id)))  # fmt: skip

    # -- contact ---------------------------------------------------------------------------------
    def _fill_orgs(self, chosen: int | None) -> None:
        carnet = self.session.carnet
        self.contact_org.clear()
        self.contact_org.addItem(self.tr("None"), None)
        for org in list_organisations(carnet) if carnet is not None else []:
            self.contact_org.addItem(org.name, org.id)
        self.contact_org.setCurrentIndex(max(0, self.contact_org.findData(chosen)))

    def open_contact(self, contact_id: int | None, *, organisation_id: int | None = None) -> bool:
        carnet = self.session.carnet
        if carnet is None:
            return False
        self._clear_forms()
        self.message.clear_message()
        self.undo_button.hide()
        self.contact = None
        if contact_id is not None:
            try:
                self.contact = get_contact(carnet, contact_id)
            except RecordNotFound:
                return False
        person = self.contact or Contact("", organisation_id=organisation_id)
        self._fill_orgs(person.organisation_id)
        self.contact_name.setText(person.name)
        self.contact_role.setCurrentIndex(max(0, self.contact_role.findData(str(person.role))))
        phones = list(person.phones)
        self.contact_phone.setText(phones[0] if phones else "")
        self.contact_phone2.setText(phones[1] if len(phones) > 1 else "")
        self.contact_email.setText(person.email)
        self.contact_hours.setPlainText(person.hours)
        self.contact_notes.setPlainText(person.notes)
        self.remove_button.setVisible(self.contact is not None)
        self._show_mode("contact")
        self.contact_name.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _contact_draft(self) -> Contact:
        base = self.contact or Contact("")
        # Numbers beyond the two shown (from a calendar file, say) are kept as they were.
        phones = (self.contact_phone.text(), self.contact_phone2.text(), *base.phones[2:])
        return replace(
            base,
            name=self.contact_name.text(),
            role=ContactRole(self.contact_role.currentData()),
            organisation_id=self.contact_org.currentData(),
            phones=tuple(p for p in phones if p.strip()),
            email=self.contact_email.text(),
            hours=self.contact_hours.toPlainText(),
            notes=self.contact_notes.toPlainText(),
        )

    def _phone_problem(self, draft: Contact, problem: Problem) -> Problem:
        """The domain says "phones"; the form has two fields: the one holding the problem."""
        if problem.field != "phones":
            return problem
        second = self.contact_phone2.text().strip()
        first = self.contact_phone.text().strip()
        if problem.code == "not_a_phone_number" and first and _is_phone(first) and second:
            return Problem("phone2", problem.code, problem.limit)
        if problem.code == "too_long" and len(first) <= (problem.limit or 0) and second:
            return Problem("phone2", problem.code, problem.limit)
        return Problem("phone", problem.code, problem.limit)

    def save_contact(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        draft = self._contact_draft()
        save = add_contact if draft.id is None else update_contact

        def problems(exc: InvalidRecord) -> None:
            found = [self._phone_problem(draft, p) for p in exc.problems]
            show_problems(found, self.c, CONTACT_ORDER, self.words.problem,
                          self.contact_message, self.scroll)  # fmt: skip

        write(self.contact_message, lambda: save(carnet, draft), problems=problems,
              done=lambda saved: self._saved(("contact", saved.id)))  # fmt: skip

    def _ask_remove(self) -> None:
        if self.contact is None:
            return
        text = self.tr("Remove %1 from your carnet? Appointments with them are kept.")
        self.confirm_text.setText(text.replace("%1", self.contact.name))
        for w in (self.confirm_text, self.confirm_yes, self.confirm_no):
            w.show()
        self.confirm_no.setFocus(Qt.FocusReason.OtherFocusReason)  # the safe answer first

    def _keep(self) -> None:
        for w in (self.confirm_text, self.confirm_yes, self.confirm_no):
            w.hide()
        self.confirm_text.setText("")

    def _remove(self) -> None:
        carnet, person = self.session.carnet, self.contact
        if carnet is None or person is None or person.id is None:
            return
        write(self.contact_message, lambda: remove_contact(carnet, person.id),
              done=lambda _: self._contact_removed(person))  # fmt: skip

    def _contact_removed(self, person: Contact) -> None:
        self._removed = person
        self.contact = None
        self.show_list()
        self.message.show_ok(self.tr("%1 was removed.").replace("%1", person.name))
        self.undo_button.show()

    def _undo_remove(self) -> None:
        carnet, person = self.session.carnet, self._removed
        if carnet is None or person is None:
            return
        write(self.message, lambda: add_contact(carnet, replace(person, id=None)),
              invalid=lambda _exc: self.tr("Check what is written here."),
              done=lambda back: self._contact_back(person, back))  # fmt: skip

    def _contact_back(self, person: Contact, back: Contact) -> None:
        self._removed = None
        self.undo_button.hide()
        self._select_after = ("contact", back.id)
        self.show_list()
        self.message.show_ok(self.tr("%1 is back in your carnet.").replace("%1", person.name))

    # -- after a write ---------------------------------------------------------------------------
    def _saved(self, which: tuple[str, object]) -> None:
        self.org = self.contact = None
        self._select_after = which
        self.undo_button.hide()
        self.show_list()
        self.message.show_ok(self.tr("Saved."))



def _is_phone(text: str) -> bool:
    from app.domain.contacts import validate_contact

    return not [p for p in validate_contact(Contact("x", phones=(text,))) if p.field == "phones"]
