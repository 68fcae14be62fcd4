"""Understand my rights: short guides in plain words, each read aloud, each with where its rule
comes from, when it was last checked, what is not verified, and « à vérifier » once its review
date has passed. The guides are content (resources/content/guides): the screen only shows them.

`RuleNotes` (where a rule comes from) is shared with the letter path and the letters screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.content.packs import Guide, Packs, packs, text_in
from app.content.rules import RuleInfo
from app.domain.days import home_day
from app.domain.obligations import Verification

from .. import appearance
from ..reading import Part
from ..widgets import Button, Card, Text, Title
from .base import Screen
from .record_kit import ButtonRow, RecordList, day_words
from .registry import has_screen


def _t(text: str) -> str:
    return QCoreApplication.translate("RuleNotes", text)


def content_language() -> str:
    """The language of the interface chooses the language of the content (fr or en)."""
    return "en" if appearance.current().settings.language == "en" else "fr"



class RuleNotes(QWidget):
    """Where a rule comes from and how sure Repères is: shown under a guide, a procedure or a
    letter. Nothing here is a verdict: it tells the person what to check, and with whom."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.to_check = Text("", "error")  # « à vérifier »: the review date has passed
        # From an association's folder (any user of this PC account can write one): said first.
        self.local = Text("", "error")
        self.status = Text("")
        self.unverified = Text("")
        self.sources = Text("", "help")
        self.sources.setTextInteractionFlags(  # a helper can select and copy an address
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # The evidence beside the rule: each source's address, its decisive sentence, the day read.
        self.evidence = Text("", "help")
        self.evidence.setTextInteractionFlags(self.sources.textInteractionFlags())
        self.reviewed = Text("", "help")
        for label in (self.to_check, self.local, self.status, self.unverified, self.sources,
                      self.evidence, self.reviewed):  # fmt: skip
            layout.addWidget(label)

    def show_rule(self, info: RuleInfo, language: str, today) -> None:
        due = info.needs_review(today)
        self.to_check.setText(
            _t("To check: this information was last checked on %1. It may have changed.").replace(
                "%1", day_words(info.last_reviewed, weekday=False, year=True)
            )
            if due
            else ""
        )
        self.to_check.setVisible(due)
        self.local.setText(
            _t(
                "An association wrote or changed this page. It comes from the folder %1. "
                "Repères has not checked it."
            ).replace("%1", info.local_folder)
            if info.local_folder
            else ""
        )
        self.local.setVisible(bool(info.local_folder))
        if info.local_folder:
            status = ""  # the association's claim, not ours
        elif info.verification is Verification.VERIFIED:
            status = _t("Checked against the official text.")
        elif info.verification is Verification.PARTIAL:
            status = _t("Partly checked: from copies of the law, not the official site.")
        else:
            status = _t("Not yet checked against the official text.")
        self.status.setText(status)
        self.status.setVisible(bool(status))
        facts = [t.get(language) or t.get("fr", "") for t in info.unverified]
        self.unverified.setText(
            "\n".join([_t("Not verified:"), *(f"• {fact}" for fact in facts)]) if facts else ""
        )
        self.unverified.setVisible(bool(facts))
        lines = [_t("Where this comes from:")]
        lines += [f"• {s.code}, {s.article} — {s.link}" for s in info.legal]
        self.sources.setText("\n".join(lines))
        evidence = [_t("Sources")]
        for e in info.evidence:
            read = _t("read on %1").replace("%1", day_words(e.read_on, weekday=False, year=True))
            evidence.append(f"• « {e.quote} »\n   {e.url} — {read}")
        self.evidence.setText("\n".join(evidence) if info.evidence else "")
        self.evidence.setVisible(bool(info.evidence))
        self.reviewed.setText(
            _t("Last checked on %1. Next check due on %2.")
            .replace("%1", day_words(info.last_reviewed, weekday=False, year=True))
            .replace("%2", day_words(info.review_due_on, weekday=False, year=True))
        )

    def parts(self) -> list[Part]:
        return [
            Part(label.text(), label)
            for label in (self.to_check, self.local, self.status, self.unverified, self.reviewed)
            if label.isVisibleTo(self) and label.text()
        ]


class GuidesScreen(Screen):
    key = "guides"
    back_to = "today"

    def __init__(self, session, parent=None, *, content: Packs | None = None):
        super().__init__(parent)
        self.session = session
        self._content = content
        self.guide: Guide | None = None
        self._list_language = ""

        # The list: one big button per guide.
        self.list_box = QWidget()
        list_layout = QVBoxLayout(self.list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_title = Title(self.tr("Choose a subject"))
        list_layout.addWidget(self.list_title)
        self.model = QStandardItemModel(self)
        self.guides_list = RecordList(self.tr("Subjects"))
        self.guides_list.setModel(self.model)
        self.guides_list.activated.connect(lambda _index: self.open_chosen())
        self.guides_list.clicked.connect(lambda _index: self.open_chosen())
        list_layout.addWidget(self.guides_list)
        self.open_button = Button(self.tr("Open this guide"), "eye", primary=True)
        self.open_button.clicked.connect(self.open_chosen)
        list_layout.addWidget(ButtonRow(self.open_button))
        self.body.addWidget(self.list_box)

        # One guide.
        self.page = QWidget()
        page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_title = Title("")
        page_layout.addWidget(self.page_title)
        self.paragraphs: list[Text] = []
        self.paragraph_box = QVBoxLayout()
        page_layout.addLayout(self.paragraph_box)
        self.read_button = Button(self.tr("Read this guide"), "speaker", primary=True)
        self.read_button.clicked.connect(lambda: self.read_request.emit(self._guide_parts()))
        self.letter_button = Button(self.tr("Prepare a letter"), "pencil")
        self.letter_button.setAccessibleDescription(
            self.tr("Opens the letters that go with this guide, filled from your carnet.")
        )
        self.letter_button.clicked.connect(self._open_letters)
        self.back_button = Button(self.tr("Other subjects"), "back")
        self.back_button.clicked.connect(self.show_list)
        page_layout.addWidget(ButtonRow(self.read_button, self.letter_button, self.back_button))
        self.notes_card = Card()
        self.notes = RuleNotes()
        self.notes_card.layout_.addWidget(self.notes)
        page_layout.addWidget(self.notes_card)
        self.body.addWidget(self.page)
        self.body.addStretch(1)
        self._fill_list()
        self.show_list()

    # -- content ----------------------------------------------------------------------------------
    @property
    def content(self) -> Packs:
        return self._content or packs()

    def _fill_list(self) -> None:
        lang = content_language()
        if lang == self._list_language:
            return
        self._list_language = lang
        self.model.clear()
        for guide in self.content.guides_in_order():
            item = QStandardItem(text_in(guide.title, lang))
            item.setData(guide.id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)
        self.guides_list.fit_rows(20)
        if self.model.rowCount():
            self.guides_list.setCurrentIndex(self.model.index(0, 0))

    def guide_titles(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def open_chosen(self) -> None:
        index = self.guides_list.currentIndex()
        if index.isValid():
            self.show_guide(index.data(Qt.ItemDataRole.UserRole))

    def show_list(self) -> None:
        self.guide = None
        self.page.hide()
        self.list_box.show()
        self.header_changed.emit()
        self.guides_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_letters(self) -> None:
        if self.guide is not None and self.guide.letters:
            self.open_record.emit("letters", {"templates": list(self.guide.letters)})

    def show_guide(self, guide_id: str) -> None:
        guide = self.content.guides.get(guide_id)
        if guide is None:
            self.show_list()
            return
        self.guide = guide
        lang = content_language()
        self.page_title.setText(text_in(guide.title, lang))
        for label in self.paragraphs:
            label.deleteLater()
        self.paragraphs = []
        for text in guide.paragraphs.get(lang) or guide.paragraphs.get("fr", ()):
            label = Text(text)
            self.paragraph_box.addWidget(label)
            self.paragraphs.append(label)
        self.letter_button.setVisible(bool(guide.letters) and has_screen("letters"))
        self.notes.show_rule(guide.info, lang, home_day(self.session.clock()))
        self.list_box.hide()
        self.page.show()
        self.header_changed.emit()
        self.read_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _guide_parts(self) -> list[Part]:
        parts = [Part(self.page_title.text(), self.page_title)]
        parts += [Part(label.text(), label) for label in self.paragraphs]
        return parts + self.notes.parts()

    # -- Screen -----------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Understand my rights")

    def help_text(self) -> str:
        if self.guide is not None:
            return self.tr("Press “Read this guide” to hear it.")
        return self.tr("Short guides, in plain words. Choose one to read it or hear it.")

    def reading_parts(self) -> list[Part]:
        if self.guide is not None:
            return [Part(self.help_text(), self.help_line), *self._guide_parts()]
        return [Part(self.help_text(), self.help_line)] + [
            Part(title, None) for title in self.guide_titles()
        ]

    def first_focus(self) -> QWidget | None:
        if self.guide is not None:
            return self.read_button
        return self.guides_list

    def open(self, payload: object) -> None:
        """{"guide": id} opens that guide (from the letter path)."""
        if isinstance(payload, dict) and isinstance(payload.get("guide"), str):
            self.show_guide(payload["guide"])

    def entered(self) -> None:
        if self.guide is None:
            self._fill_list()  # the language may have changed
        super().entered()

