"""The words of the printed sheets: app/sheets gives the data, this module says it in sentences
(translated with Qt Linguist) and returns a Sheet that ui/printing.py puts on paper.

Appointments are said with RecordWords, so the card says things as the screens do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from app.domain.appointments import Mode
from app.domain.hours import Activity, ActivityKind
from app.domain.journal import ExchangeKind, JournalVersion
from app.sheets import (
    AppointmentCard,
    HelperReceipt,
    HoursStatement,
    JournalExtract,
    Line,
    Section,
    Sheet,
    WeekSheet,
)

from . import appearance
from .formatting import capitalised, duration_text, locale_day, time_text
from .screens.record_words import RecordWords


def _t(text: str) -> str:
    return QCoreApplication.translate("Sheets", text)


def _fill(text: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def _day(day: date, year: bool = True) -> str:
    return locale_day(day, "dddd d MMMM yyyy" if year else "dddd d MMMM")


def _short(day: date) -> str:
    return locale_day(day, "d MMMM yyyy")


def _moment(moment: datetime) -> str:
    return _fill(_t("%1 at %2"), _day(moment.date()), time_text(moment))


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text.endswith((".", "!", "?", "…", ":")) else text + "."


def grouped(digest: str) -> str:
    """A SHA-256 in groups of eight signs: wraps between groups, easier to compare by eye."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def _footer(now: datetime) -> str:
    return _fill(_t("Printed with Repères on %1."), _short(now.date()))


def _activity_kind(kind: ActivityKind) -> str:
    # The hours screen's own words (its context: translated once).
    return {
        ActivityKind.TRAINING: QCoreApplication.translate("HoursScreen", "Training"),
        ActivityKind.WORKSHOP: QCoreApplication.translate("HoursScreen", "Workshop"),
        ActivityKind.IMMERSION: QCoreApplication.translate("HoursScreen", "Immersion in a company"),
        ActivityKind.APPLICATIONS: QCoreApplication.translate("HoursScreen", "Job applications"),
        ActivityKind.JOB_INTERVIEW: QCoreApplication.translate("HoursScreen", "Job interview"),
        ActivityKind.SOCIAL_WORKER: QCoreApplication.translate(
            "HoursScreen", "Appointment with a social worker"
        ),
        ActivityKind.RIGHTS: QCoreApplication.translate("HoursScreen", "Steps for my rights"),
        ActivityKind.HEALTH: QCoreApplication.translate("HoursScreen", "Health care"),
        ActivityKind.CHILDCARE: QCoreApplication.translate("HoursScreen", "Finding childcare"),
        ActivityKind.OTHER: QCoreApplication.translate("HoursScreen", "Other"),
    }[ActivityKind(kind)]


def _exchange_kind(kind: ExchangeKind) -> str:
    return {
        ExchangeKind.CALL: QCoreApplication.translate("JournalScreen", "Phone call"),
        ExchangeKind.LETTER: QCoreApplication.translate("JournalScreen", "Letter"),
        ExchangeKind.EMAIL: QCoreApplication.translate("JournalScreen", "E-mail"),
        ExchangeKind.VISIT: QCoreApplication.translate("JournalScreen", "Visit"),
        ExchangeKind.DECISION: QCoreApplication.translate("JournalScreen", "Decision received"),
        ExchangeKind.OTHER: QCoreApplication.translate("JournalScreen", "Other"),
    }[ExchangeKind(kind)]


# -- the appointment card --------------------------------------------------------------------------
def appointment_card_sheet(card: AppointmentCard, now: datetime) -> Sheet:
    words = RecordWords()
    appt = card.appointment
    top = [Line(words.when(appt), big=True), Line(_sentence(appt.title))]
    if card.organisation is not None:
        top.append(Line(_fill(_t("With %1."), card.organisation.name)))
    if card.contact is not None and card.contact.name:
        top.append(Line(_fill(_t("I will see %1."), card.contact.name)))
    if appt.mandatory:
        top.append(Line(words.mandatory()))
    sections = [Section("", tuple(top))]

    where = (Line(words.place(appt) or _t("The place is not written in my carnet.")),)
    sections.append(Section(_t("Where"), where))
    notes = tuple(Line(line) for line in appt.notes.splitlines() if line.strip())
    if notes:  # how to get there, who to ask for: as the person wrote it
        sections.append(Section(_t("My notes"), notes))

    if appt.to_bring:
        bring = tuple(Line(_sentence(item), tick=True) for item in appt.to_bring)
        sections.append(Section(_t("What to bring"), bring))

    phones = card.phones_if_late()
    if phones:
        late = [Line(_fill(_t("Call %1."), _t(" or ").join(phones)), big=True)]
    else:
        late = [Line(_t("No phone number is written in my carnet."))]
    org = card.organisation
    if org is not None and org.hours:
        late.append(Line(_fill(_t("Open: %1"), _sentence(org.hours))))
    if card.contact is not None and card.contact.hours:
        late.append(Line(_fill(_t("When to call: %1"), _sentence(card.contact.hours))))
    sections.append(Section(_t("If I am late or cannot come"), tuple(late)))
    return Sheet(
        title=_t("My appointment"),
        sections=tuple(sections),
        one_page=True,
        footer=_footer(now),
        kind="appointment",
        file_name=_t("appointment.pdf"),
    )


# -- the week sheet --------------------------------------------------------------------------------
def week_sheet_sheet(week: WeekSheet, now: datetime) -> Sheet:
    words = RecordWords()
    language = appearance.current().settings.language
    appts = []
    for appt, org in week.appointments:
        line = _fill(_t("%1, %2: %3."), capitalised(_day(appt.starts_at.date(), False)),
                     time_text(appt.starts_at), appt.title.rstrip(".!?…"))  # fmt: skip
        if org and org.casefold() not in appt.title.casefold():
            line += " " + _fill(_t("With %1."), org)
        if appt.mode != Mode.IN_PERSON:  # the place and what to bring are on the card
            line += " " + words.place(appt)
        appts.append(Line(line, tick=True))
    if not appts:
        appts.append(Line(_t("No appointment this week.")))

    due = []
    for item in week.due:
        title = (
            item.titles.get(language)
            or item.titles.get("")
            or next(iter(item.titles.values()), _t("A step to do"))
        )
        if item.done:
            due.append(Line(_fill(_t("Done: %1."), title.rstrip("."))))
        else:
            when = _day(item.occurrence.closes_on, False)  # inside the sentence: no capital
            due.append(Line(_fill(_t("By %1: %2."), when, title.rstrip(".")), tick=True))
    if not due:
        due.append(Line(_t("Nothing to do this week.")))
    sections = [Section(_t("Appointments"), tuple(appts)), Section(_t("To do"), tuple(due))]

    hours = week.hours
    if week.hours_expected:
        lines = [
            Line(
                _fill(_t("%1 done out of %2."), duration_text(hours.total_minutes),
                      duration_text(hours.target_minutes)),
                big=True,
            )
        ]  # fmt: skip
        days = []  # one paragraph, two days a line, with room to write by hand
        for offset, minutes in enumerate(hours.by_day):
            day = locale_day(week.monday + timedelta(days=offset), "dddd d")
            amount = duration_text(minutes) if minutes else _t("……… hours")
            days.append(_fill(_t("%1: %2."), capitalised(day), amount))
        pairs = ["\u00a0\u00a0\u00a0\u00a0 ".join(days[i : i + 2]) for i in range(0, 7, 2)]
        lines.append(Line("\n".join(pairs)))
        sections.append(Section(_t("Hours of activity"), tuple(lines)))
    monday = locale_day(week.monday, "d MMMM")
    return Sheet(
        title=_fill(_t("My week, from %1 to %2"), monday, _short(week.sunday)),
        sections=tuple(sections),
        one_page=True,
        footer=_footer(now),
        kind="week",
        file_name=_t("week.pdf"),
    )


# -- the hours statement ---------------------------------------------------------------------------
def hours_statement_sheet(statement: HoursStatement, now: datetime) -> Sheet:
    sections = [
        Section(
            "",
            (
                Line(_t("This is my own record of my hours. It is not an official count.")),
                Line(
                    _fill(_t("Total from %1 to %2: %3."), _short(statement.start),
                          _short(statement.end), duration_text(statement.total_minutes)),
                    big=True,
                ),
            ),
        )
    ]  # fmt: skip
    for week in statement.weeks:
        heading = _fill(_t("Week of %1: %2 out of %3"), _short(week.week_start),
                        duration_text(week.total_minutes),
                        duration_text(week.target_minutes))  # fmt: skip
        lines = [_day_line(statement, day, entries) for day, entries in _by_day(week.entries)]
        if not lines:
            lines.append(Line(_t("No hours written this week.")))
        sections.append(Section(heading, tuple(lines)))
    return Sheet(
        title=_t("My hours of activity"),
        sections=tuple(sections),
        footer=_footer(now),
        kind="hours",
        file_name=_t("hours.pdf"),
    )


def _by_day(entries: tuple[Activity, ...]) -> list[tuple[date, list[Activity]]]:
    days: dict[date, list[Activity]] = {}
    for e in entries:
        days.setdefault(e.day, []).append(e)
    return sorted(days.items())


def _day_line(statement: HoursStatement, day: date, entries: list[Activity]) -> Line:
    """One paragraph a day: the total, the time by kind of activity, then the notes."""
    kinds: dict[ActivityKind, int] = {}
    for e in entries:
        kinds[ActivityKind(e.kind)] = kinds.get(ActivityKind(e.kind), 0) + e.minutes
    total = sum(kinds.values())
    text = _fill(_t("%1: %2."), capitalised(_day(day, False)), duration_text(total))
    text += (
        " "
        + "; ".join(
            _fill(_t("%1, %2"), _activity_kind(kind), duration_text(minutes))
            for kind, minutes in kinds.items()
        )
        + "."
    )
    orgs = dict.fromkeys(statement.organisations.get(e.organisation_id or -1, "") for e in entries)
    orgs.pop("", None)
    if orgs:
        text += " " + _fill(_t("With %1."), ", ".join(orgs))
    notes = dict.fromkeys(" ".join(e.note.split()).rstrip(".") for e in entries if e.note)
    if notes:
        text += " " + "; ".join(notes) + "."
    return Line(text)


# -- the journal extract ---------------------------------------------------------------------------
def _version_lines(version: JournalVersion, docs: dict[int, tuple]) -> list[Line]:
    lines = [
        Line(_fill(_t("Version %1, written on %2:"), str(version.version),
                   _moment(version.written_at)))
    ]  # fmt: skip
    draft = version.draft
    if draft.with_whom:
        lines.append(Line(_fill(_t("With %1."), draft.with_whom)))
    lines += [Line(p) for p in draft.summary.splitlines() if p.strip()]
    if draft.next_step:
        lines.append(Line(_fill(_t("Next step: %1"), _sentence(draft.next_step))))
    for doc in docs.get(version.seq, ()):
        text = _fill(_t("Document: %1."), doc.title.rstrip("."))
        if doc.received_on:
            text += " " + _fill(_t("Received on %1."), _short(doc.received_on))
        lines.append(Line(text))
        lines.append(Line(_fill(_t("Its fingerprint: %1"), grouped(doc.sha256)), mono=True))
    return lines


def journal_extract_sheet(extract: JournalExtract, now: datetime) -> Sheet:
    count = len(extract.entries)
    intro = [
        Line(_fill(_t("From %1 to %2."), _short(extract.start), _short(extract.end))),
        Line(_fill(_t("Exchanges in this extract: %1."), str(count))),
        Line(_t("A corrected exchange shows every version, the first one first.")),
    ]
    sections = [Section("", tuple(intro))]
    for entry in extract.entries:
        current = entry.current
        heading = _fill(_t("%1 — %2"), capitalised(_day(entry.day)),
                        _exchange_kind(current.draft.kind))  # fmt: skip
        lines = []
        if entry.organisation:
            lines.append(Line(_fill(_t("Organisation: %1."), entry.organisation)))
        docs = dict(entry.documents)
        for version in entry.versions:
            lines += _version_lines(version, docs)
        sections.append(Section(heading, tuple(lines)))
    if not extract.entries:
        sections.append(Section("", (Line(_t("No exchange is written for these days.")),)))

    check = extract.check
    seal = [
        Line(_fill(_t("Checked on %1."), _moment(now))),
    ]
    if check.ok:
        seal.append(
            Line(_fill(_t("%1 versions checked: nothing was changed."), str(check.checked)))
        )
    else:
        at = str(check.broken_at) if check.broken_at is not None else "?"
        seal.append(Line(_fill(_t("The check found a change at version number %1."), at)))
    if extract.head:
        number, _, digest = extract.head.partition(":")
        seal.append(Line(_fill(_t("Fingerprint of the whole journal, up to version %1:"), number)))
        seal.append(Line(grouped(digest), mono=True))
        seal.append(Line(_t("This fingerprint changes if anything in the journal changes.")))
        seal.append(Line(_t("Fingerprints are SHA-256 codes: a computer can check them again.")))
    sections.append(Section(_t("Check of my journal"), tuple(seal)))
    return Sheet(
        title=_t("Extract from my journal of exchanges"),
        sections=tuple(sections),
        footer=_footer(now),
        kind="journal",
        file_name=_t("journal-extract.pdf"),
    )


# -- the helper receipt ----------------------------------------------------------------------------
def helper_receipt_sheet(receipt: HelperReceipt, now: datetime | None = None) -> Sheet:
    now = now or receipt.ended_at or receipt.started_at
    who = [
        Line(_fill(_t("%1, from %2."), receipt.first_name, receipt.organisation), big=True),
        Line(_fill(_t("What I allowed: %1"), _sentence(receipt.rights))),
        Line(_fill(_t("Start: %1."), _moment(receipt.started_at))),
        Line(
            _fill(_t("End: %1."), _moment(receipt.ended_at))
            if receipt.ended_at
            else _t("The help is still going on.")
        ),
    ]
    did = tuple(Line(_sentence(a)) for a in receipt.actions) or (
        Line(_t("Nothing was changed in my carnet.")),
    )
    return Sheet(
        title=_t("Receipt: someone helped me"),
        sections=(
            Section(_t("Who helped me"), tuple(who)),
            Section(_t("What was done"), did),
            Section("", (Line(_t("I keep this paper.")),)),
        ),
        one_page=True,
        footer=_footer(now),
        kind="helper",
        file_name=_t("help-receipt.pdf"),
    )


SheetBuilder = Callable[[], Sheet]
