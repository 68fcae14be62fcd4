"""A training carnet: an invented person followed over N years, for volunteers to practise on.

Everything here is invented: the person (Camille Vasseur), the town (Bourg-les-Tilleuls), the
conseillers, the employers (app/demo_people.py). Phone numbers use the 01 99 00 xx xx range kept
for fiction.

The story, in months from the start of the demo:
    0-17   23 years old, registered with France Travail, in the contrat d'engagement jeune
           (CEJ) at the Mission locale: collective workshops twice a week;
    12-83  a psychologist at the CMP every other week;
    20-30  a disability recognition (RQTH) asked to the MDPH, granted for 5 years at 30;
    24-    RSA at 25: CAF file, a référente RSA at the conseil départemental, contrat
           d'engagement (15 h a week; exempted for health at 48-53, 10 h at 54-83);
    30-    Cap emploi follows the job search (weekly job club); France Travail appointments
           become rarer; 40-: volunteering at the épicerie solidaire once a week;
    72-    part-time job and prime d'activité; 84-90 RQTH renewed (for 10 years);
    about 10 months before today: a new orientation decision (a new contract to sign).
Throughout: health appointments, job interviews, the library's digital help desk on Fridays,
about one training course a year (4-10 weeks, Monday to Thursday, 9 h-16 h).

Proportions of appointments (per month, Poisson-drawn, on working days, 9 h-16 h 30):
    France Travail 0.8 (0.3 once Cap emploi follows) · Mission locale 1.5 (CEJ only)
    CAF 0.15 · conseil départemental 0.35 (RSA) · Cap emploi 0.7 · MDPH 0.3 (months 20-30)
    health 0.5 · job interviews 0.25 · training information 0.2
plus the regular series above => about 14 a month; about 1,700 appointments over 10 years.
Statuses of past appointments: attended 84 %, excused 5 %, missed 4 %, moved 3 % (a replacement
1-3 weeks later), cancelled by them 2.5 %, cancelled by me 1.5 %. Appointments of the last two
days stay "planned" (not marked yet, as in life); the next six weeks hold planned ones.
About a third of appointments have something to bring; most France Travail and RSA ones say
they are mandatory; one in five is by phone.

The rest of the life (app/demo_life.py), over 10 years:
    hours ledger  about 20,000 entries: every attended workshop, course, interview or health
                  appointment; job applications (Poisson 5 a working day during the CEJ, 7.5
                  after, 0.3 while exempted), a search for offers most days, steps for rights,
                  two one-week immersions, some childcare arrangements;
    journal       about 3,000 versions: Poisson 1.15 exchanges a working day with the bodies
                  followed at the time (calls, e-mails, letters, visits, decisions), 4 % of them
                  corrected a few days later (a second version);
    documents     about 450 tiny PNG and PDF files: letters and decisions (60 %, sealed with
                  their journal entry), convocations for 15 % of mandatory appointments,
                  screenshots as proof for 30 % of obligations done, a few attendance sheets;
    obligations   from the content pack and the situation above: monthly actualisation (the
                  usual 28th-15th pattern where no calendar file exists: invented too),
                  quarterly declaration, weekly hours, contract signing, RQTH renewal, two
                  changes of situation and three obligations of the person's own. Rules only
                  apply from their `valid_from` (2024-2025 for most), so the older years hold
                  none. Past windows: done 96 %, missed 4 %; a week of hours is done when the
                  ledger reached the target.

Deterministic: the same (years, seed, today) gives the same carnet, UIDs included. Everything is
written with executemany in one transaction: 10 years take about two seconds.
"""

from __future__ import annotations

import math
import random
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from . import demo_life
from .carnet import Carnet
from .content import Catalogue, catalogue
from .demo_people import (
    CAF,
    CE,
    CMP,
    DEP,
    DOC,
    EMPLOYERS,
    FT,
    GROCERY,
    LIBRARY,
    MAIN_CONTACT,
    MDPH,
    ML,
    ORGANISATIONS,
    TRAIN,
)  # fmt: skip
from .domain.appointments import Appointment, AppointmentStatus, Mode, Source, checked_appointment
from .domain.localtime import HOME_ZONE, at_home, instant, to_home
from .records import appointment_repo, organisation_repo

PERSON_NAME = "Camille Vasseur"
DEFAULT_SEED = 2024
FUTURE_DAYS = 42
UNMARKED_DAYS = 2

@dataclass(frozen=True)
class Template:
    title: str
    minutes: int
    to_bring: tuple[str, ...] = ()
    mandatory: float = 0.0  # probability the letter says it is mandatory
    phone: float = 0.0  # probability it happens by phone
    place: str = ""


@dataclass(frozen=True)
class Stream:
    """A kind of appointment with its monthly rate over a span of months [start, end)."""

    organisation: str | tuple[str, ...]
    rate: float
    templates: tuple[tuple[float, Template], ...]
    start: int = 0
    end: int | None = None
    sources: tuple[Source, ...] = (Source.LETTER,)


FT_PLACE = "France Travail, 12 rue des Tilleuls, Bourg-les-Tilleuls"

STREAMS: tuple[Stream, ...] = (
    Stream(FT, 0.8, (
        (0.6, Template("Entretien avec ma conseillère France Travail", 40,
                       ("Convocation", "CV à jour", "Pièce d'identité"), 0.8, 0.25, FT_PLACE)),
        (0.2, Template("Atelier CV et lettre de motivation", 120, ("CV", "Clé USB"), 0.3, 0,
                       FT_PLACE)),
        (0.2, Template("Information collective : métiers de la logistique", 90, (), 0.2, 0,
                       FT_PLACE)),
    ), end=30, sources=(Source.LETTER, Source.ONLINE, Source.SMS)),
    Stream(FT, 0.3, (
        (1.0, Template("Point avec ma conseillère France Travail", 30,
                       ("Convocation", "Pièce d'identité"), 0.8, 0.4, FT_PLACE)),
    ), start=30, sources=(Source.LETTER, Source.ONLINE)),
    Stream(ML, 1.5, (
        (0.6, Template("Rendez-vous avec mon conseiller Mission locale (CEJ)", 45,
                       ("Carnet de suivi CEJ", "Justificatifs d'heures d'activité"), 0.5, 0.1,
                       "Mission locale, 3 place du Marché, Bourg-les-Tilleuls")),
        (0.25, Template("Atelier CEJ : simulation d'entretien", 180, ("CV",), 0.3, 0,
                        "Mission locale, salle 2")),
        (0.15, Template("Atelier code de la route", 120, ("Pièce d'identité",), 0, 0,
                        "Mission locale, salle 1")),
    ), end=18, sources=(Source.PHONE_CALL, Source.SMS, Source.MANUAL)),
    Stream(CAF, 0.15, (
        (0.6, Template("Accueil CAF : mon dossier", 30,
                       ("Avis d'imposition", "Relevé d'identité bancaire",
                        "Justificatifs de ressources des 3 derniers mois"), 0, 0,
                       "CAF, 5 avenue de la Gare, Bourg-les-Tilleuls")),
        (0.4, Template("Rendez-vous téléphonique CAF : prime d'activité", 20, (), 0, 1.0)),
    ), sources=(Source.ONLINE, Source.LETTER)),
    Stream(DEP, 0.35, (
        (0.8, Template("Rendez-vous avec ma référente RSA", 45,
                       ("Contrat d'engagements réciproques", "Justificatifs de démarches"), 0.9,
                       0.15, "Maison départementale des solidarités, 8 rue Pasteur")),
        (0.2, Template("Atelier mobilité (permis, transports)", 120, (), 0.3, 0,
                       "Maison départementale des solidarités, salle B")),
    ), start=24, sources=(Source.RDV_INSERTION, Source.LETTER)),
    Stream(CE, 0.7, (
        (0.8, Template("Entretien Cap emploi", 45, ("Notification RQTH", "CV"), 0.6, 0.2,
                       "Cap emploi, 20 boulevard Carnot")),
        (0.2, Template("Bilan de compétences (séance)", 90, ("Carnet de bilan",), 0, 0,
                       "Cap emploi, 20 boulevard Carnot")),
    ), start=30, sources=(Source.LETTER, Source.EMAIL, Source.PHONE_CALL)),
    Stream(MDPH, 0.3, (
        (0.5, Template("Accueil MDPH : déposer mon dossier", 30,
                       ("Formulaire de demande", "Certificat médical de moins d'un an",
                        "Pièce d'identité"), 0, 0, "MDPH, 1 rue de l'Hôtel-de-Ville")),
        (0.5, Template("Rendez-vous d'évaluation MDPH", 60, ("Comptes rendus médicaux",), 0.5, 0,
                       "MDPH, 1 rue de l'Hôtel-de-Ville")),
    ), start=20, end=30, sources=(Source.LETTER,)),
    Stream((DOC, CMP), 0.5, (
        (0.6, Template("Médecin traitant", 20, ("Carte Vitale", "Ordonnance"), 0, 0,
                       "Cabinet médical, 4 rue des Écoles")),
        (0.4, Template("Rendez-vous avec la psychologue du CMP", 45, ("Carte Vitale",), 0, 0.1,
                       "CMP, 16 rue du Stade")),
    ), sources=(Source.MANUAL, Source.PHONE_CALL)),
    Stream(EMPLOYERS, 0.25, (
        (1.0, Template("Entretien d'embauche", 40, ("CV", "Lettre de motivation"), 0, 0.2)),
    ), sources=(Source.EMAIL, Source.PHONE_CALL)),
    Stream(TRAIN, 0.2, (
        (0.5, Template("Réunion d'information : formation cariste", 90, ("CV",), 0, 0,
                       "Formapro, zone d'activités des Prés")),
        (0.5, Template("Formation : journée de cours", 420, ("Cahier", "Chaussures de sécurité"),
                       0.5, 0, "Formapro, zone d'activités des Prés")),
    ), sources=(Source.LETTER, Source.EMAIL)),
)  # fmt: skip


@dataclass(frozen=True)
class Series:
    """Regular sessions (a weekly workshop, a follow-up every two weeks) over months [start, end);
    `attend` is the chance a given session is in the agenda (holidays, a week off)."""

    organisation: str
    template: Template
    weekday: int  # 0 = Monday
    hour: tuple[int, int]
    every_weeks: int = 1
    start: int = 0
    end: int | None = None
    attend: float = 1.0


SERIES: tuple[Series, ...] = (
    Series(ML, Template("Atelier collectif CEJ", 180, (), 0.6, 0, "Mission locale, salle 2"),
           1, (9, 30), end=18, attend=0.85),
    Series(ML, Template("Atelier collectif CEJ", 180, (), 0.6, 0, "Mission locale, salle 2"),
           3, (13, 30), end=18, attend=0.85),
    Series(CMP, Template("Séance avec la psychologue du CMP", 45, ("Carte Vitale",), 0, 0,
                         "CMP, 16 rue du Stade"), 2, (14, 0), every_weeks=2, start=12, end=84,
           attend=0.9),
    Series(LIBRARY, Template("Permanence numérique à la médiathèque", 90,
                             ("Identifiants France Travail et CAF",), 0, 0,
                             "Médiathèque des Tilleuls, espace public numérique"),
           4, (10, 0), attend=0.6),
    Series(CE, Template("Club recherche d'emploi", 150, ("CV", "Liste des candidatures"), 0.3, 0,
                        "Cap emploi, 20 boulevard Carnot"), 0, (13, 30), start=30, attend=0.75),
    Series(GROCERY, Template("Bénévolat à l'épicerie solidaire", 180, (), 0, 0,
                             "Épicerie solidaire, 2 rue Haute"), 1, (9, 0), start=40, attend=0.8),
)  # fmt: skip

# Training courses: about one a year, 4-10 weeks, Monday to Thursday, 9 h-16 h.
COURSES = (
    "Formation cariste (CACES) : journée de cours",
    "Formation remise à niveau en français et calcul",
    "Formation préparateur de commandes : journée de cours",
    "Formation agent de propreté et d'hygiène",
    "Formation assistant de vie aux familles : journée de cours",
)
COURSE_PLACE = "Formapro, zone d'activités des Prés"

S = AppointmentStatus
PAST_STATUSES = (
    (0.84, S.ATTENDED), (0.05, S.EXCUSED), (0.04, S.MISSED), (0.03, S.MOVED),
    (0.025, S.CANCELLED_BY_THEM), (0.015, S.CANCELLED_BY_ME),
)  # fmt: skip
REASONS = {
    S.EXCUSED: ("Malade, arrêt de travail envoyé", "Entretien d'embauche le même jour",
                "Enfant malade, pas de garde", "Pas de bus (grève)"),
    S.CANCELLED_BY_ME: ("J'ai commencé une mission d'intérim", "Rendez-vous en double"),
    S.CANCELLED_BY_THEM: ("Conseillère absente", "Atelier annulé, pas assez d'inscrits"),
    S.MOVED: ("Déplacé à la demande de la conseillère", "Déplacé à ma demande (formation)"),
    S.MISSED: ("", "J'avais oublié"),
}  # fmt: skip
CHANNELS = ("Téléphone", "Message sur l'espace personnel", "Courrier", "E-mail")
NOTES = (
    "Parler de la formation cariste.", "Demander une attestation pour la CAF.",
    "Apporter la liste des candidatures envoyées.", "Demander le numéro direct.",
    "Bus 12, arrêt Mairie. Partir 30 minutes avant.",
)  # fmt: skip


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def public_holidays(year: int) -> set[date]:
    easter = _easter(year)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    movable = [easter + timedelta(days=n) for n in (1, 39, 50)]
    return {date(year, m, d) for m, d in fixed} | set(movable)


def _later(moment: datetime, delta: timedelta) -> datetime:
    """Real elapsed time (not wall-clock arithmetic, which can land in the spring gap)."""
    return to_home(instant(moment) + delta)


class _Story:
    def __init__(
        self,
        rng: random.Random,
        today: date,
        years: int,
        org_ids: dict[str, int],
        contact_ids: dict[str, int],
    ):
        self.rng = rng
        self.contact_ids = contact_ids
        self.today = today
        self.now = at_home(datetime.combine(today, time(12, 0)))
        self.start = date(today.year - years, today.month, 1)
        self.org_ids = org_ids
        self.holidays: dict[int, set[date]] = {}

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def working_day(self, day: date) -> bool:
        if day.year not in self.holidays:
            self.holidays[day.year] = public_holidays(day.year)
        hols = self.holidays[day.year]
        return day.weekday() < 5 and day not in hols

    def poisson(self, rate: float) -> int:
        limit, k, p = math.exp(-rate), 0, self.rng.random()
        while p > limit:
            k += 1
            p *= self.rng.random()
        return k

    def pick(self, weighted):  # type: ignore[no-untyped-def]
        x, total = self.rng.random(), 0.0
        for weight, value in weighted:
            total += weight
            if x < total:
                return value
        return weighted[-1][1]

    def slot(self, day: date, minutes: int) -> tuple[datetime, datetime]:
        latest = 16 * 60 + 30 - min(minutes, 240)
        choices = [m for m in range(9 * 60, latest + 1, 15) if not 12 * 60 <= m < 13 * 60 + 30]
        m = self.rng.choice(choices or [9 * 60])
        start = at_home(datetime.combine(day, time(m // 60, m % 60)))
        return start, _later(start, timedelta(minutes=minutes))

    def day_in_month(self, year: int, month: int) -> date | None:
        for _ in range(20):
            day = date(year, month, self.rng.randint(1, 28))
            if self.working_day(day):
                return day
        return None

    def appointment(self, stream: Stream, day: date, *, phone_ok: bool = True) -> Appointment:
        rng = self.rng
        tpl: Template = self.pick(stream.templates)
        org = stream.organisation
        org_name = org if isinstance(org, str) else rng.choice(org)
        title = f"{tpl.title} – {org_name}" if org_name in EMPLOYERS else tpl.title
        start, end = self.slot(day, tpl.minutes)
        by_phone = rng.random() < tpl.phone and phone_ok
        return Appointment(
            title=title,
            starts_at=start,
            ends_at=end,
            organisation_id=self.org_ids[org_name],
            contact_id=self.contact_ids.get(org_name),
            place="01 99 00 00 00 (on m'appelle)" if by_phone else tpl.place,
            mode=Mode.PHONE if by_phone else Mode.IN_PERSON,
            to_bring=tpl.to_bring if rng.random() < 0.85 else (),
            mandatory=rng.random() < tpl.mandatory,
            notes=rng.choice(NOTES) if rng.random() < 0.15 else "",
            source=rng.choice(stream.sources),
            uid=self.uid(),
        )

    def outcome(self, appt: Appointment) -> list[Appointment]:
        """The appointment with its status, plus a replacement when it was moved."""
        rng = self.rng
        if appt.starts_at.date() > self.today - timedelta(days=UNMARKED_DAYS):
            return [appt]
        status = self.pick(PAST_STATUSES)
        marked = _later(appt.ends_at or appt.starts_at, timedelta(hours=rng.randint(1, 30)))
        if status in (S.CANCELLED_BY_ME, S.CANCELLED_BY_THEM, S.MOVED, S.EXCUSED):
            before = timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5))
            marked = _later(appt.starts_at, -before)
        result = replace(
            appt,
            status=status,
            status_at=marked,
            status_reason=rng.choice(REASONS.get(status, ("",))),
            status_channel=rng.choice(CHANNELS) if status in (S.EXCUSED, S.CANCELLED_BY_ME) else "",
        )
        if status is not S.MOVED:
            return [result]
        day = appt.starts_at.date() + timedelta(days=rng.randint(7, 21))
        while not self.working_day(day):
            day += timedelta(days=1)
        start, end = self.slot(day, int((appt.duration or timedelta(minutes=30)).seconds // 60))
        replacement = replace(
            appt, uid=self.uid(), starts_at=start, ends_at=end, status=S.PLANNED, status_at=None,
            status_reason="", status_channel="",
        )  # fmt: skip
        return [replace(result, moved_to_uid=replacement.uid), *self.outcome(replacement)]

    def appointments(self) -> list[Appointment]:
        end = self.today + timedelta(days=FUTURE_DAYS)
        found: list[Appointment] = []
        year, month, index = self.start.year, self.start.month, 0
        while date(year, month, 1) <= end:
            for stream in STREAMS:
                if index < stream.start or (stream.end is not None and index >= stream.end):
                    continue
                for _ in range(self.poisson(stream.rate)):
                    day = self.day_in_month(year, month)
                    if day is not None and day <= end:
                        found += self.outcome(self.appointment(stream, day))
            month, index = month % 12 + 1, index + 1
            year += month == 1
        found += self.next_follow_up(index - 2)
        found += self.series(end) + self.courses(end)
        return sorted(found, key=lambda a: instant(a.starts_at))

    def month_index(self, day: date) -> int:
        return (day.year - self.start.year) * 12 + day.month - self.start.month

    def session(self, org: str, tpl: Template, day: date, hour: tuple[int, int]) -> Appointment:
        start = at_home(datetime.combine(day, time(*hour)))
        return Appointment(
            title=tpl.title,
            starts_at=start,
            ends_at=_later(start, timedelta(minutes=tpl.minutes)),
            organisation_id=self.org_ids[org],
            contact_id=self.contact_ids.get(org),
            place=tpl.place,
            to_bring=tpl.to_bring,
            mandatory=self.rng.random() < tpl.mandatory,
            source=Source.MANUAL,
            uid=self.uid(),
        )

    def series(self, end: date) -> list[Appointment]:
        found: list[Appointment] = []
        for series in SERIES:
            day = self.start + timedelta(days=(series.weekday - self.start.weekday()) % 7)
            while day <= end:
                index = self.month_index(day)
                live = index >= series.start and (series.end is None or index < series.end)
                if live and self.working_day(day) and self.rng.random() < series.attend:
                    appt = self.session(series.organisation, series.template, day, series.hour)
                    found += self.outcome(appt)
                day += timedelta(weeks=series.every_weeks)
        return found

    def courses(self, end: date) -> list[Appointment]:
        found: list[Appointment] = []
        year = self.start.year
        while date(year, 1, 1) <= end:
            if self.rng.random() < 0.8:
                first = date(year, self.rng.choice((2, 3, 5, 9, 10, 11)), 1)
                first += timedelta(days=(7 - first.weekday()) % 7)  # a Monday
                title = self.rng.choice(COURSES)
                tpl = Template(title, 420, ("Cahier", "Chaussures de sécurité"), 0.5, 0,
                               COURSE_PLACE)  # fmt: skip
                for n in range(self.rng.randint(4, 10) * 7):
                    day = first + timedelta(days=n)
                    if self.start <= day <= end and day.weekday() < 4 and self.working_day(day):
                        found += self.outcome(self.session(TRAIN, tpl, day, (9, 0)))
            year += 1
        return found

    def next_follow_up(self, index: int) -> list[Appointment]:
        """A training carnet always shows a next appointment: the main follow-up, in 3-10 days."""
        main = [s for s in STREAMS[:3] if s.start <= index and (s.end is None or index < s.end)]
        if index >= 30:
            main = [s for s in STREAMS if s.organisation == CE]
        day = self.today + timedelta(days=self.rng.randint(3, 10))
        while not self.working_day(day):
            day += timedelta(days=1)
        appt = self.appointment(main[-1], day, phone_ok=False)
        return [replace(appt, mandatory=True, source=Source.LETTER)]


@dataclass(frozen=True)
class DemoSummary:
    organisations: int
    appointments: int
    by_status: dict[str, int]
    contacts: int = 0
    activities: int = 0
    journal_versions: int = 0
    documents: int = 0
    occurrences: int = 0


def build(years: int, *, today: date, seed: int = DEFAULT_SEED) -> list[Appointment]:
    """The demo appointments (organisation ids 1..n in ORGANISATIONS order), checked."""
    org_ids = {o.name: i for i, o in enumerate(ORGANISATIONS, start=1)}
    contact_ids = {org: index + 1 for org, index in MAIN_CONTACT.items()}
    # The seed covers the span too, so two demo carnets never share an appointment UID.
    rng = random.Random(f"{seed}/{years}/{today.isoformat()}")
    story = _Story(rng, today, years, org_ids, contact_ids)
    return [checked_appointment(a) for a in story.appointments()]


def populate(
    carnet: Carnet,
    years: int,
    *,
    today: date | None = None,
    seed: int = DEFAULT_SEED,
    content: Catalogue | None = None,
) -> DemoSummary:
    """Fill a new, empty carnet with the invented person's life, in one transaction."""
    today = today or carnet.clock().astimezone(HOME_ZONE).date()
    rng = random.Random(seed + 1)
    appts = build(years, today=today, seed=seed)
    now = at_home(datetime.combine(today, time(12, 0)))
    story = _Story(random.Random(seed + 2), today, years, {}, {})
    with carnet.write() as con:
        if organisation_repo.count(con) or appointment_repo.count(con):
            raise ValueError("the demo fills only an empty carnet")
        organisation_repo.insert_many(con, ORGANISATIONS)
        ids = {o.name: o.id for o in organisation_repo.list_all(con)}
        expected = {o.name: i for i, o in enumerate(ORGANISATIONS, start=1)}
        if ids != expected:  # the appointments were built with these ids
            raise RuntimeError("organisation ids differ from the demo's")
        contacts = demo_life.insert_contacts(con, expected, now)
        rows = []
        for a in appts:
            created = min(
                _later(a.starts_at, -timedelta(days=rng.randint(3, 21))), now, key=instant
            )
            rows.append((a, created, max(created, a.status_at or created, key=instant)))
        appointment_repo.insert_rows_with_times(con, rows)
        life = demo_life.write_life(
            con, appts, org_ids=expected, today=today, start=story.start,
            content=content or catalogue(), working_day=story.working_day,
            rng=random.Random(seed + 3), now=now,
        )  # fmt: skip
    return DemoSummary(
        len(ORGANISATIONS), len(appts), dict(Counter(str(a.status) for a in appts)), contacts,
        life.activities, life.journal_versions, life.documents, life.occurrences,
    )  # fmt: skip
