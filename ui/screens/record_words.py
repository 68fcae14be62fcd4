"""Appointments, organisations and contacts said in sentences, and the problems of their forms
said calmly: what the Agenda, the Appointment screen and the Directory share.

The domain gives facts and codes (app.domain); the words are here, translated with Qt Linguist.
A status is told in words ("Missed.", "Cancelled by you."), never as a verdict."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QLocale, QObject

from app.domain import InvalidRecord, Problem
from app.domain.appointments import Appointment, AppointmentStatus, Mode
from app.domain.contacts import Contact, ContactRole
from app.domain.organisations import Organisation, OrganisationKind

from ..formatting import capitalised, locale_day, time_text

_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:(?:[:hH.]|\s)\s*(\d{2})?)?\s*(?:min)?\s*$")
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\b")


def parse_time(text: str, field: str) -> time:
    """A time typed as people write it: "14:30", "14h30", "14 h 30", "9 h", "9"."""
    if not text.strip():
        raise InvalidRecord([Problem(field, "required")])
    found = _TIME.match(text)
    if found:
        hour, minute = int(found[1]), int(found[2] or 0)
        if hour <= 23 and minute <= 59:
            return time(hour, minute)
    raise InvalidRecord([Problem(field, "not_a_time")])


class RecordWords(QObject):
    """One per screen (a QObject so that lupdate finds its strings in one context)."""

    # -- dates and times -----------------------------------------------------------------------
    def day(self, day: date, *, year: bool = True) -> str:
        form = "dddd d MMMM yyyy" if year else "dddd d MMMM"
        return locale_day(day, form)

    def short_day(self, day: date) -> str:
        """"26 October 2026": for ranges, where the weekday would be too much."""
        return locale_day(day, "d MMMM yyyy")

    def heading(self, day: date, today: date) -> str:
        """The title of a day in the agenda: "Today, Sunday 29 November"."""
        text = self.day(day, year=day.year != today.year)
        if day == today:
            return self.tr("Today, %1").replace("%1", text)
        if (day - today).days == 1:
            return self.tr("Tomorrow, %1").replace("%1", text)
        if (day - today).days == -1:
            return self.tr("Yesterday, %1").replace("%1", text)
        return capitalised(text)

    def when(self, appt: Appointment) -> str:
        """"Tuesday 3 December 2025 at 14:30." or "… from 14:30 to 15:30."."""
        start = appt.starts_at
        day = self.day(start.date())
        if appt.ends_at is not None and appt.ends_at.date() == start.date():
            text = self.tr("%1, from %2 to %3.").replace("%1", day)
            text = text.replace("%2", time_text(start)).replace("%3", time_text(appt.ends_at))
        elif appt.ends_at is not None:
            text = self.tr("From %1 at %2 to %3 at %4.").replace("%1", day)
            text = text.replace("%2", time_text(start))
            text = text.replace("%3", self.day(appt.ends_at.date()))
            text = text.replace("%4", time_text(appt.ends_at))
        else:
            text = self.tr("%1 at %2.").replace("%1", day).replace("%2", time_text(start))
        return capitalised(text)

    # -- appointments --------------------------------------------------------------------------
    def place(self, appt: Appointment) -> str:
        if appt.mode == Mode.PHONE:
            if appt.place:
                return self.tr("By phone: %1.").replace("%1", appt.place)
            return self.tr("By phone.")
        if appt.mode == Mode.VIDEO:
            if appt.place:
                return self.tr("By video: %1.").replace("%1", appt.place)
            return self.tr("By video.")
        return self.tr("Place: %1.").replace("%1", appt.place) if appt.place else ""

    def bring(self, appt: Appointment) -> str:
        if not appt.to_bring:
            return ""
        return self.tr("Bring: %1.").replace("%1", ", ".join(appt.to_bring))

    def mandatory(self) -> str:
        return self.tr("The letter says you must come.")

    def status(self, appt: Appointment, now: datetime, moved_to: Appointment | None = None) -> str:
        """What became of the appointment, in words; "" for a planned one still to come."""
        s = appt.status
        if s == AppointmentStatus.PLANNED:
            return self.tr("Past. Say what happened.") if appt.is_past(now) else ""
        if s == AppointmentStatus.ATTENDED:
            return self.tr("Past: you were there.")
        if s == AppointmentStatus.MISSED:
            return self.tr("Missed.")
        if s == AppointmentStatus.EXCUSED:
            if appt.status_reason:
                return self.tr("Missed, with a reason: %1.").replace("%1", appt.status_reason)
            return self.tr("Missed, with a reason.")
        if s == AppointmentStatus.CANCELLED_BY_ME:
            return self.tr("Cancelled by you.")
        if s == AppointmentStatus.CANCELLED_BY_THEM:
            return self.tr("Cancelled by them.")
        if moved_to is not None:
            text = self.tr("Moved to %1 at %2.").replace("%1", self.day(moved_to.starts_at.date()))
            return text.replace("%2", time_text(moved_to.starts_at))
        return self.tr("Moved to another day.")

    def status_name(self, status: AppointmentStatus) -> str:
        return {
            AppointmentStatus.PLANNED: self.tr("Planned"),
            AppointmentStatus.ATTENDED: self.tr("I went"),
            AppointmentStatus.MISSED: self.tr("I did not go"),
            AppointmentStatus.EXCUSED: self.tr("I did not go, for a reason"),
            AppointmentStatus.CANCELLED_BY_ME: self.tr("I cancelled it"),
            AppointmentStatus.CANCELLED_BY_THEM: self.tr("They cancelled it"),
            AppointmentStatus.MOVED: self.tr("It moved to another day"),
        }[AppointmentStatus(status)]

    def agenda_line(
        self,
        appt: Appointment,
        organisation: str,
        now: datetime,
        moved_to: Appointment | None = None,
    ) -> str:
        """One item of the agenda: "14:30 — Title. With X. Bring: CV. Missed."."""
        title = appt.title.rstrip(".!?…")
        parts = [self.tr("%1 — %2.").replace("%1", time_text(appt.starts_at)).replace("%2", title)]
        if organisation and organisation.casefold() not in appt.title.casefold():
            parts.append(self.tr("With %1.").replace("%1", organisation))
        parts += [self.place(appt) if appt.mode != Mode.IN_PERSON else "", self.bring(appt)]
        if appt.mandatory and appt.holds_slot and not appt.is_past(now):
            parts.append(self.mandatory())
        parts.append(self.status(appt, now, moved_to))
        return " ".join(p for p in parts if p)

    # -- organisations and contacts ------------------------------------------------------------
    def kind_name(self, kind: OrganisationKind) -> str:
        return {
            OrganisationKind.FRANCE_TRAVAIL: "France Travail",
            OrganisationKind.CAF: self.tr("CAF (family benefits)"),
            OrganisationKind.MSA: self.tr("MSA (farm workers’ benefits)"),
            OrganisationKind.DEPARTEMENT: self.tr("Département (county council)"),
            OrganisationKind.MISSION_LOCALE: self.tr("Mission locale (for young people)"),
            OrganisationKind.CAP_EMPLOI: self.tr("Cap emploi (work and disability)"),
            OrganisationKind.MDPH: self.tr("MDPH (disability centre)"),
            OrganisationKind.EMPLOYER: self.tr("Employer"),
            OrganisationKind.HEALTH: self.tr("Health"),
            OrganisationKind.TRAINING: self.tr("Training"),
            OrganisationKind.OTHER: self.tr("Other"),
        }[OrganisationKind(kind)]

    def role_name(self, role: ContactRole) -> str:
        return {
            ContactRole.CONSEILLER: self.tr("Adviser (conseiller or conseillère)"),
            ContactRole.REFERENT: self.tr("Référent or référente"),
            ContactRole.SOCIAL_WORKER: self.tr("Social worker"),
            ContactRole.HEALTH: self.tr("Health care"),
            ContactRole.EMPLOYER: self.tr("Employer"),
            ContactRole.RECEPTION: self.tr("Reception desk"),
            ContactRole.OTHER: self.tr("Other"),
        }[ContactRole(role)]

    def role_short(self, role: ContactRole) -> str:
        return {
            ContactRole.CONSEILLER: self.tr("adviser"),
            ContactRole.REFERENT: self.tr("référent"),
            ContactRole.SOCIAL_WORKER: self.tr("social worker"),
            ContactRole.HEALTH: self.tr("health care"),
            ContactRole.EMPLOYER: self.tr("employer"),
            ContactRole.RECEPTION: self.tr("reception desk"),
            ContactRole.OTHER: "",
        }[ContactRole(role)]

    def phones(self, phones: tuple[str, ...] | str) -> str:
        numbers = (phones,) if isinstance(phones, str) else phones
        numbers = tuple(n for n in numbers if n)
        if not numbers:
            return ""
        return self.tr("Phone: %1.").replace("%1", self.tr(" or ").join(numbers))

    def organisation_line(self, org: Organisation) -> str:
        parts = [org.name.rstrip(".") + ".", self.phones(org.phone)]
        if org.hours:
            parts.append(self.tr("Open: %1").replace("%1", _sentence(org.hours)))
        return " ".join(p for p in parts if p)

    def contact_line(self, contact: Contact) -> str:
        role = self.role_short(contact.role)
        who = self.tr("%1, %2.").replace("%1", contact.name).replace("%2", role) if role else (
            contact.name.rstrip(".") + "."
        )
        parts = [who, self.phones(contact.phones)]
        if contact.email:
            parts.append(self.tr("E-mail: %1").replace("%1", contact.email))
        if contact.hours:
            parts.append(self.tr("When: %1").replace("%1", _sentence(contact.hours)))
        return " ".join(p for p in parts if p)

    # -- problems ------------------------------------------------------------------------------
    def problem(self, problem: Problem, typed: str = "") -> str:
        """One calm sentence for a problem code, shown next to its field."""
        code = problem.code
        if code == "impossible_date":
            found = _DAY_MONTH.match(typed)
            if found and 1 <= int(found[2]) <= 12:
                month = QLocale().monthName(int(found[2]), QLocale.FormatType.LongFormat)
                text = self.tr("There is no %1 %2. Check the day and the month.")
                return text.replace("%1", str(int(found[1]))).replace("%2", month)
            return self.tr("This date does not exist. Check the day and the month.")
        limit = str(problem.limit or "")
        texts = {
            "required": self.tr("Please fill this in."),
            "not_a_date": self.tr("Write the date like this: 25/03/2026."),
            "year_out_of_range": self.tr("Check the year: it has 4 digits, like 2026."),
            "not_a_time": self.tr("Write the time like this: 14:30."),
            "nonexistent_time": self.tr(
                "The clocks change that night: this time does not exist. Choose another time."
            ),
            "end_before_start": self.tr("The end is before the start. Check the two times."),
            "too_long_duration": self.tr("An appointment lasts %1 hours at most.").replace(
                "%1", limit
            ),
            "too_long": self.tr("This text is too long: %1 letters at most.").replace("%1", limit),
            "too_many": self.tr("There are too many lines: %1 at most.").replace("%1", limit),
            "invalid_character": self.tr("There is a sign here that cannot be kept. Remove it."),
            "not_yet_happened": self.tr(
                "This appointment has not happened yet. Come back after it."
            ),
            "not_found": self.tr("This is no longer in your carnet. Choose again."),
            "not_a_phone_number": self.tr("Write only digits and spaces, like 01 23 45 67 89."),
            "not_an_email": self.tr("An e-mail address looks like name@example.fr."),
            "unknown_value": self.tr("Choose one of the answers in the list."),
            "future_day": self.tr(
                "This day has not come yet. Write today’s date or an earlier one."
            ),
        }
        return texts.get(code, self.tr("Check what is written here."))


def _sentence(text: str) -> str:
    """A free text the person wrote, on one line, ending with a full stop."""
    line = " ".join(text.split())
    return line if line.endswith((".", "!", "?", "…")) else line + "."
