"""The training carnet beyond appointments: contacts, the situation over the years, the hours
ledger, the journal of exchanges, documents and obligations (see app/demo.py for the story).

Everything goes through the repositories, in the demo's one transaction, with executemany.
Ids are known before insertion (the tables are empty: 1..n in order), checked after.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from .carnet.connection import Connection
from .content import Catalogue
from .demo_files import tiny_pdf, tiny_png
from .demo_people import (
    CAF,
    CE,
    CONTACTS,
    DEP,
    DOC,
    EMPLOYERS,
    FT,
    MDPH,
    ML,
    TRAIN,
)  # fmt: skip
from .domain.appointments import Appointment, AppointmentStatus
from .domain.documents import Document, DocumentKind, check_content
from .domain.hours import Activity, ActivityKind, HoursTarget, checked_activity
from .domain.journal import GENESIS, ExchangeKind, JournalDraft, JournalVersion, checked_draft, seal
from .domain.localtime import HOME_ZONE, instant
from .domain.obligations import (
    Calendar,
    CalendarEntry,
    Occurrence,
    OccurrenceStatus,
    Schedule,
    custom_occurrence,
    event_occurrences,
    plan,
)
from .domain.recurrence import add_months, month_key, months_touching
from .domain.situation import Situation, SituationVersion, Timeline
from .records import (
    activity_repo,
    contact_repo,
    document_repo,
    document_text_repo,
    journal_repo,
    occurrence_repo,
    situation_repo,
)
from .records.document_repo import Target
from .records.document_text_repo import DocumentText

MAX_DAY_MINUTES = 14 * 60  # the invented person never logs more than this in a day


def insert_contacts(con: Connection, org_ids: dict[str, int], now: datetime) -> int:
    """The people of demo_people.CONTACTS, ids 1..n (the appointments were built with them)."""
    contacts = [replace(c, organisation_id=org_ids[org]) for org, c in CONTACTS]
    contact_repo.insert_many(con, contacts, now)
    ids = sorted(c.id or 0 for c in contact_repo.list_all(con))
    if ids != list(range(1, len(contacts) + 1)):
        raise RuntimeError("contact ids differ from the demo's")
    return len(contacts)


def demo_catalogue(content: Catalogue, start: date, end: date) -> Catalogue:
    """The shipped content plus invented actualisation windows (the usual 28th-15th pattern) for
    the months no calendar file covers: the demo's past is as invented as its person."""
    calendars = dict(content.calendars)
    cal = calendars.get("ft_actualisation", Calendar("ft_actualisation", ()))
    known = {e.period for e in cal.entries}
    extra = []
    for year, month in months_touching(add_months(start, -1), end):
        period = month_key(year, month)
        if period not in known:
            opens = date(year, month, 26 if month == 2 else 28)
            closes = add_months(date(year, month, 15), 1)
            extra.append(CalendarEntry(period, opens, closes, verified=False))
    calendars["ft_actualisation"] = replace(
        cal, entries=tuple(sorted((*cal.entries, *extra), key=lambda e: e.period))
    )
    return Catalogue(content.templates, calendars)


# -- words of the invented life -----------------------------------------------------------------
JOBS = ("préparateur de commandes", "agent d'entretien", "vendeur en boulangerie", "cariste",
        "employé de libre-service", "aide à domicile", "agent de tri", "plongeur en restauration",
        "magasinier", "employé polyvalent")  # fmt: skip
COMPANIES = ("Entrepôt LogiNord", "Boulangerie Marchal", "Supermarché des Prés", "Net'Services",
             "Résidence Les Glycines", "Transports Vallon", "Cuisine centrale des Tilleuls",
             "Intérim Plus Tilleuls")  # fmt: skip
RIGHTS_NOTES = ("Mise à jour de mon espace CAF", "Dossier d'aide au logement (APL)",
                "Demande de complémentaire santé solidaire", "Renouvellement de la carte de bus",
                "Dossier de logement social", "Impression des attestations", "")  # fmt: skip
HOW_ACTUALISATION = ("Sur le site de France Travail", "Sur l'application", "Au 39 49",
                     "À la médiathèque, avec l'aide d'un bénévole")  # fmt: skip
HOW_CAF = ("Sur le site de la CAF", "Sur l'application de la CAF", "À l'accueil de la CAF")
HOW_OTHER = {
    "ft.changement_situation": ("Message sur mon espace personnel", "Au 39 49"),
    "contrat.signature": ("Signé au rendez-vous avec ma référente",),
    "mdph.rqth_renouvellement": ("Dossier déposé à l'accueil de la MDPH", "Envoyé par courrier"),
    "custom": ("Par courrier", "Déposé à l'accueil", "Par e-mail"),
}

K = ExchangeKind
# (organisation, kind, summary, next step); {d} is a date a few days ahead, as "12/03".
EXCHANGES: dict[str, tuple[tuple[K, str, str], ...]] = {
    FT: (
        (K.CALL, "Appel au 39 49 : question sur mon actualisation.", ""),
        (K.CALL, "Appel de ma conseillère : point sur mes candidatures.",
         "Envoyer mon CV à jour."),
        (K.CALL, "Appel au 39 49 : 25 minutes d'attente, pas de réponse.",
         "Rappeler demain matin."),
        (K.EMAIL, "Message sur mon espace : envoi de mon CV à jour.", ""),
        (K.EMAIL, "Message de ma conseillère : une offre de préparateur de commandes.",
         "Postuler avant le {d}."),
        (K.EMAIL, "Message envoyé : je ne peux pas venir le {d}, je suis en formation.",
         "Garder la capture d'écran du message."),
        (K.LETTER, "Courrier reçu : convocation à un entretien le {d}.",
         "Noter le rendez-vous dans l'agenda."),
        (K.LETTER, "Courrier reçu : attestation d'inscription.", ""),
        (K.VISIT, "Passage à l'accueil : impression de mon attestation.", ""),
        (K.DECISION, "Décision reçue : mes droits sont ouverts.", "Garder la lettre."),
    ),
    ML: (
        (K.CALL, "Appel de mon conseiller CEJ : atelier déplacé au {d}.", ""),
        (K.EMAIL, "Message de la Mission locale : programme des ateliers du mois.", ""),
        (K.VISIT, "Passage à la Mission locale : signature de la feuille de présence.", ""),
    ),
    CAF: (
        (K.EMAIL, "Message CAF : pièce demandée (avis d'imposition).", "Envoyer avant le {d}."),
        (K.LETTER, "Courrier CAF : montant du RSA recalculé.", "Vérifier le montant."),
        (K.DECISION, "Notification CAF : droit au RSA ouvert.", "Garder la notification."),
        (K.VISIT, "Accueil CAF : aide pour la déclaration trimestrielle.", ""),
        (K.CALL, "Appel à la CAF : question sur la prime d'activité.", ""),
    ),
    DEP: (
        (K.CALL, "Appel de ma référente RSA : préparation du contrat d'engagement.",
         "Apporter mes justificatifs le {d}."),
        (K.LETTER, "Courrier du Département : convocation pour faire le point le {d}.",
         "Prévenir si je ne peux pas venir."),
        (K.DECISION, "Décision du Département : orientation vers Cap emploi.",
         "Prendre rendez-vous avec Cap emploi."),
        (K.CALL, "Appel à l'assistante sociale : demande d'aide pour la facture d'énergie.", ""),
    ),
    CE: (
        (K.CALL, "Appel de M. Benali : une immersion possible en entreprise.",
         "Répondre avant le {d}."),
        (K.EMAIL, "Message de Cap emploi : compte rendu du club emploi.", ""),
        (K.VISIT, "Passage à Cap emploi : mise à jour du CV.", ""),
    ),
    MDPH: (
        (K.LETTER, "Accusé de réception de mon dossier MDPH.", ""),
        (K.DECISION, "Décision de la CDAPH : RQTH accordée.", "Donner une copie à Cap emploi."),
    ),
    EMPLOYERS[0]: (
        (K.EMAIL, "Réponse de la boulangerie : candidature non retenue.", ""),
        (K.CALL, "Appel de la boulangerie : entretien proposé le {d}.", "Préparer l'entretien."),
    ),
    DOC: ((K.CALL, "Rendez-vous pris chez le médecin.", ""),),
    TRAIN: ((K.EMAIL, "Message de Formapro : planning de la formation.", ""),),
}  # fmt: skip


@dataclass(frozen=True)
class LifeSummary:
    contacts: int
    activities: int
    journal_versions: int
    documents: int
    occurrences: int


class _Life:
    def __init__(self, rng: random.Random, today: date, start: date, org_ids: dict[str, int]):
        self.rng, self.today, self.start, self.org_ids = rng, today, start, org_ids
        self.contact_ids = {org: i for i, (org, _c) in enumerate(CONTACTS, start=1)}
        self.docs: list[tuple[Document, bytes]] = []
        self.links: list[tuple[int, Target, int]] = []
        self.texts: dict[int, str] = {}  # letters as if read by OCR (the person pressed "Read")

    def month(self, n: int) -> date:
        return add_months(self.start, n)

    def month_index(self, day: date) -> int:
        return (day.year - self.start.year) * 12 + day.month - self.start.month

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """A time of day the clock changes never touch (they happen at 2-3 h)."""
        assert 4 <= hour <= 23
        return datetime.combine(day, time(hour, minute), tzinfo=HOME_ZONE)

    def poisson(self, rate: float) -> int:
        k, p, limit = 0, self.rng.random(), 2.718281828459045 ** (-rate)
        while p > limit:
            k += 1
            p *= self.rng.random()
        return k

    # -- documents ------------------------------------------------------------------------------
    def document(self, title: str, day: date, *, pdf: bool, lines: tuple[str, ...] = ()) -> int:
        seed = len(self.docs) + 1
        data = (tiny_pdf([title, *lines, f"Réf. {seed:05d}"]) if pdf
                else tiny_png(seed))  # fmt: skip
        content = check_content(data)
        added = self.at(day, 20, self.rng.randrange(0, 60, 5))
        doc = Document(title, content.media_type, content.size, content.sha256, content.pages,
                       day, "", added, kind=_kind_of(title))  # fmt: skip
        self.docs.append((doc, data))
        if pdf:
            self.texts[seed] = "\n".join([title, *lines, f"Réf. {seed:05d}"])
        return seed

    # -- situation ------------------------------------------------------------------------------
    def situations(self) -> list[tuple[date, Situation]]:
        m, today = self.month, self.today
        start = Situation(registered_ft=True, in_cej=True, note="CEJ à la Mission locale.")
        versions = [(m(0), start), (m(18), replace(start, in_cej=False, note="Fin du CEJ."))]
        rsa = Situation(registered_ft=True, receives_rsa=True, dtr_month=m(26).month,
                        has_contrat_engagement=True,
                        orientation_notified_on=m(24) + timedelta(days=40),
                        note="RSA depuis mes 25 ans.")  # fmt: skip
        versions.append((m(24), rsa))
        rqth = replace(rsa, rqth_end_date=m(90) - timedelta(days=1), note="RQTH pour 5 ans.")
        versions.append((m(30), rqth))
        versions.append((m(72), replace(rqth, receives_prime_activite=True,
                                        note="Temps partiel à la boulangerie.")))  # fmt: skip
        versions.append((m(90), replace(versions[-1][1], rqth_end_date=m(210) - timedelta(days=1),
                                        note="RQTH renouvelée pour 10 ans.")))  # fmt: skip
        # A new orientation decision (after a diagnostic): a new month to sign the contract.
        reorientation = today - timedelta(days=300)
        if self.month_index(reorientation) > 24:
            last = [v for v in versions if v[0] <= reorientation][-1][1]
            versions.append((reorientation, replace(
                last, orientation_notified_on=reorientation + timedelta(days=6),
                note="Nouvelle orientation vers Cap emploi.")))  # fmt: skip
        return sorted((v for v in versions if v[0] <= today), key=lambda v: v[0])

    def targets(self) -> list[HoursTarget]:
        m = self.month
        found = [
            HoursTarget(m(0), 15 * 60, "CEJ : 15 à 20 heures par semaine."),
            HoursTarget(m(28), 15 * 60, "Contrat d'engagement signé : 15 heures."),
            HoursTarget(m(48), 0, "Dispense pour raison de santé (certificat médical)."),
            HoursTarget(m(54), 10 * 60, "Durée réduite à 10 heures pour raison de santé."),
            HoursTarget(m(84), 15 * 60, "Retour à 15 heures."),
        ]
        return [t for t in found if t.effective_from <= self.today]

    # -- hours ----------------------------------------------------------------------------------
    def activities(
        self, appts: list[Appointment], working_day: Callable[[date], bool]
    ) -> list[tuple[Activity, datetime]]:
        rng = self.rng
        per_day: dict[date, int] = defaultdict(int)
        found: list[tuple[Activity, datetime]] = []
        checked: set[tuple[ActivityKind, str]] = set()  # notes repeat: check each one once
        course_days = set()

        def add(day: date, minutes: int, kind: ActivityKind, org_id: int | None = None,
                note: str = "", proof: int | None = None) -> None:  # fmt: skip
            if per_day[day] + minutes > MAX_DAY_MINUTES:
                return
            per_day[day] += minutes
            entry = Activity(day, minutes, kind, org_id, note, proof)
            if (kind, note) not in checked:
                checked_activity(entry)
                checked.add((kind, note))
            found.append((entry, self.at(day, 19, rng.randrange(0, 60, 5))))

        for appt in appts:
            day = appt.starts_at.date()
            if appt.status is not AppointmentStatus.ATTENDED or day >= self.today:
                continue
            kind = _activity_kind(appt.title)
            minutes = int((appt.duration or timedelta(minutes=30)).total_seconds() // 60)
            proof = None
            if kind is ActivityKind.TRAINING:
                course_days.add(day)
                if rng.random() < 0.06:
                    proof = self.document(f"Attestation de présence du {day:%d/%m/%Y}", day,
                                          pdf=False)  # fmt: skip
            add(day, minutes, kind, appt.organisation_id, appt.title, proof)

        day = self.start
        while day < self.today:
            if working_day(day):
                m = self.month_index(day)
                rate = 0.3 if 48 <= m < 54 else 5.0 if m < 18 else 7.5
                if day in course_days:
                    rate *= 0.3
                for _ in range(self.poisson(rate)):
                    note = ""
                    if rng.random() < 0.25:
                        note = f"Candidature : {rng.choice(JOBS)} – {rng.choice(COMPANIES)}"
                    add(day, rng.randrange(20, 50, 5), ActivityKind.APPLICATIONS, None, note)
                if rng.random() < 0.9:
                    add(day, rng.randrange(30, 65, 5), ActivityKind.APPLICATIONS, self.org_ids[FT],
                        "Recherche d'offres sur le site de France Travail")  # fmt: skip
                if rng.random() < 0.25:
                    add(day, rng.randrange(20, 95, 5), ActivityKind.RIGHTS, None,
                        rng.choice(RIGHTS_NOTES))  # fmt: skip
                if 60 <= m < 66 and rng.random() < 0.2:
                    add(day, rng.randrange(30, 95, 5), ActivityKind.CHILDCARE, None,
                        "Garde de ma nièce : chercher une assistante maternelle")  # fmt: skip
            day += timedelta(days=1)
        # Two immersions (PMSMP) of a week, counted as such.
        for n in (40, 65):
            first = self.month(n) + timedelta(days=(7 - self.month(n).weekday()) % 7)
            for d in range(5):
                if first + timedelta(days=d) < self.today:
                    add(first + timedelta(days=d), 420, ActivityKind.IMMERSION,
                        self.org_ids[EMPLOYERS[1]],
                        "Immersion en entreprise (PMSMP) à l'entrepôt")  # fmt: skip
        return found

    # -- journal --------------------------------------------------------------------------------
    def journal(
        self, working_day: Callable[[date], bool]
    ) -> list[tuple[JournalDraft, datetime, list[int], int | None]]:
        """(draft, written at, document ids, entry number it corrects or None), by time."""
        rng = self.rng
        drafts: list[tuple[JournalDraft, datetime, list[int], int | None]] = []
        day = self.start
        while day < self.today:
            if working_day(day):
                for _ in range(self.poisson(1.15)):
                    drafts.append(self._exchange(day))
            day += timedelta(days=1)
        originals = list(range(len(drafts)))
        for index in rng.sample(originals, k=len(originals) // 25):
            draft, written, docs, _ = drafts[index]
            later = written + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 2))
            if later.date() >= self.today:
                continue
            happened = (draft.happened_on or later.date()) - timedelta(days=1)
            fixed = replace(draft, summary=draft.summary + " Correction : c'était la veille.",
                            happened_on=happened)  # fmt: skip
            drafts.append((checked_draft(fixed), later, docs, index))
        return drafts

    def _exchange(self, day: date) -> tuple[JournalDraft, datetime, list[int], None]:
        rng, m = self.rng, self.month_index(day)
        live = [FT, DOC, EMPLOYERS[0], TRAIN]
        live += [ML] if m < 18 else []
        live += [CAF, DEP] if m >= 24 else []
        live += [CE] if m >= 30 else []
        live += [MDPH] if 20 <= m < 30 or 84 <= m < 92 else []
        weights = {FT: 4, ML: 3, CAF: 2, DEP: 2, CE: 3, MDPH: 1, DOC: 1, EMPLOYERS[0]: 1,
                   TRAIN: 0.5}  # fmt: skip
        org = rng.choices(live, [weights[o] for o in live])[0]
        kind, summary, next_step = rng.choice(EXCHANGES[org])
        ahead = day + timedelta(days=rng.randint(3, 12))
        summary, next_step = (s.replace("{d}", f"{ahead:%d/%m}") for s in (summary, next_step))
        docs = []
        if kind in (K.LETTER, K.DECISION) and rng.random() < 0.6:
            docs.append(self.document(summary.split(":")[0], day, pdf=True, lines=(summary,)))
        contact = self.contact_ids.get(org)
        who = CONTACTS[contact - 1][1].name if contact else org
        draft = checked_draft(JournalDraft(kind, summary, who, next_step, self.org_ids[org],
                                           contact, day))  # fmt: skip
        return draft, self.at(day, rng.randint(17, 21), rng.randrange(0, 60, 5)), docs, None

    # -- obligations ----------------------------------------------------------------------------
    def occurrences(
        self, content: Catalogue, timeline: Timeline, hours: dict[date, int]
    ) -> list[Occurrence]:
        today = self.today
        planned = plan(content.templates, timeline, content.calendars, self.start,
                       today + timedelta(days=120)).occurrences  # fmt: skip
        weekly = {t.id for t in content.templates if t.schedule.rule is Schedule.WEEKLY}
        found = []
        for occ in planned:
            if occ.closes_on >= today and occ.opens_on > today - timedelta(days=3):
                found.append(occ)  # still to do
                continue
            if occ.template_id in weekly:
                total = sum(hours.get(occ.opens_on + timedelta(days=d), 0) for d in range(7))
                if occ.closes_on < today and total >= timeline.target_on(occ.opens_on):
                    occ = replace(occ, status=OccurrenceStatus.DONE,
                                  status_at=self.at(occ.closes_on, 20))  # fmt: skip
                found.append(occ)
                continue
            found.append(self._settled(occ))
        flags = timeline.flags_on(today - timedelta(days=200))
        for back, note, settled in ((200, "Début d'un contrat à temps partiel.", True),
                                    (2, "Déménagement dans le même quartier.", False)):  # fmt: skip
            for n, occ in enumerate(event_occurrences(
                content.templates, "change_of_situation", flags, today - timedelta(days=back),
                note=note,
            )):  # fmt: skip
                occ = replace(occ, period=f"{occ.period}#{n + 1}")
                found.append(self._settled(occ) if settled else occ)
        customs = (
            ("Renvoyer le dossier de logement social", 420, 400, True),
            ("Envoyer les justificatifs demandés par la CAF", 5, -10, False),
            ("Demander la carte Solidarité transport", -20, -50, False),
        )
        for title, opens_back, closes_back, settled in customs:
            occ = custom_occurrence(title, today - timedelta(days=opens_back),
                                    today - timedelta(days=closes_back),
                                    period=f"demo-{title[:20]}")  # fmt: skip
            found.append(self._settled(occ) if settled else occ)
        return [o for o in found if o.opens_on >= self.start or o.closes_on >= self.start]

    def _settled(self, occ: Occurrence) -> Occurrence:
        """A past window as the invented person left it: mostly done, sometimes missed."""
        rng = self.rng
        last = min(occ.closes_on, self.today - timedelta(days=1))
        if rng.random() < 0.04 and occ.closes_on < self.today:
            return replace(occ, status=OccurrenceStatus.MISSED,
                           status_at=self.at(occ.closes_on + timedelta(days=1), 10))  # fmt: skip
        span = max(0, (last - occ.opens_on).days)
        day = occ.opens_on + timedelta(days=rng.randint(0, min(span, 6)))
        caf = occ.template_id.startswith("caf.")
        how = rng.choice(HOW_OTHER.get(occ.template_id, HOW_CAF if caf else HOW_ACTUALISATION))
        proof = None
        if rng.random() < 0.3:
            proof = self.document(f"Capture : accusé de réception du {day:%d/%m/%Y}", day,
                                  pdf=False)  # fmt: skip
        return replace(occ, status=OccurrenceStatus.DONE, status_at=self.at(day, 19),
                       done_how=how, proof_document_id=proof)  # fmt: skip


def _activity_kind(title: str) -> ActivityKind:
    t = title.casefold()
    for words, kind in (
        (("formation", "bilan"), ActivityKind.TRAINING),
        (("atelier", "information collective", "réunion d'information", "club"),
         ActivityKind.WORKSHOP),
        (("entretien d'embauche",), ActivityKind.JOB_INTERVIEW),
        (("référente rsa",), ActivityKind.SOCIAL_WORKER),
        (("médecin", "psychologue"), ActivityKind.HEALTH),
        (("caf", "mdph", "permanence numérique"), ActivityKind.RIGHTS),
    ):  # fmt: skip
        if any(w in t for w in words):
            return kind
    return ActivityKind.OTHER


def write_life(
    con: Connection,
    appts: list[Appointment],
    *,
    org_ids: dict[str, int],
    today: date,
    start: date,
    content: Catalogue,
    working_day: Callable[[date], bool],
    rng: random.Random,
    now: datetime,
) -> LifeSummary:
    """Everything but organisations, contacts and appointments, into an empty carnet."""
    life = _Life(rng, today, start, org_ids)
    situations, targets = life.situations(), life.targets()
    situation_repo.upsert_many(con, situations, now)
    situation_repo.upsert_targets(con, targets, now)

    activities = life.activities(appts, working_day)
    drafts = life.journal(working_day)
    hours: dict[date, int] = defaultdict(int)
    for a, _at in activities:
        hours[a.day] += a.minutes
    timeline = Timeline(
        [SituationVersion(d, s) for d, s in situations],
        [(t.effective_from, t.minutes) for t in targets],
    )
    catalogue = demo_catalogue(content, start, today + timedelta(days=120))
    occurrences = life.occurrences(catalogue, timeline, hours)

    # Convocations for some mandatory appointments (attached to the appointment).
    for appt_id, appt in enumerate(appts, start=1):
        if appt.mandatory and rng.random() < 0.15:
            sent = min(appt.starts_at.date() - timedelta(days=10), today)
            doc = life.document(f"Convocation du {appt.starts_at:%d/%m/%Y}", sent, pdf=True,
                                lines=(appt.title, appt.place))  # fmt: skip
            life.links.append((doc, Target.APPOINTMENT, appt_id))

    document_repo.insert_many(con, life.docs)
    if document_repo.count(con) != len(life.docs):
        raise RuntimeError("document ids differ from the demo's")
    for doc_id, text in life.texts.items():
        doc = life.docs[doc_id - 1][0]
        document_text_repo.put(con, DocumentText(doc_id, text, doc.pages, doc.pages, 93,
                                                 doc.added_at))  # fmt: skip
    activity_repo.insert_many(con, activities)
    occurrence_repo.insert_new(con, occurrences, now)
    versions = _seal_journal(con, drafts, life.docs, now)
    # Activities with a proof also show it attached (what the screens list under a record).
    proofs = [(a.proof_document_id, Target.ACTIVITY, i)
              for i, (a, _) in enumerate(activities, start=1) if a.proof_document_id]  # fmt: skip
    document_repo.link_many(con, [*life.links, *proofs], now)
    return LifeSummary(len(CONTACTS), len(activities), versions, len(life.docs), len(occurrences))


def _seal_journal(
    con: Connection,
    drafts: list[tuple[JournalDraft, datetime, list[int], int | None]],
    docs: list[tuple[Document, bytes]],
    now: datetime,
) -> int:
    """Seal the drafts in time order (corrections after what they correct), then write them."""
    order = sorted(range(len(drafts)), key=lambda i: instant(drafts[i][1]))
    entry_of: dict[int, tuple[int, int]] = {}  # draft index -> (entry id, version)
    sealed: list[JournalVersion] = []
    links: list[tuple[int, Target, int]] = []
    prev = GENESIS
    for seq, index in enumerate(order, start=1):
        draft, written, doc_ids, corrects = drafts[index]
        if corrects is None:
            entry_id, version = seq, 1
        else:
            entry_id, last = entry_of[corrects]
            version = last + 1
            entry_of[corrects] = (entry_id, version)
        entry_of.setdefault(index, (entry_id, version))
        v = seal(draft, seq=seq, entry_id=entry_id, version=version, written_at=written,
                 documents=[docs[d - 1][0].sha256 for d in doc_ids], prev_hash=prev)  # fmt: skip
        sealed.append(v)
        links += [(d, Target.JOURNAL, seq) for d in doc_ids]
        prev = v.hash
    journal_repo.insert_many(con, sealed)
    document_repo.link_many(con, links, now)
    if sealed:
        journal_repo.set_head(con, sealed[-1].seq, sealed[-1].hash)
    return len(sealed)


def _kind_of(title: str) -> DocumentKind:
    """How the invented person sorted the paper, from its title."""
    lowered = title.lower()
    if lowered.startswith(("attestation", "capture", "certificat", "justificatif")):
        return DocumentKind.PROOF
    if lowered.startswith(("décision", "notification")):
        return DocumentKind.DECISION
    if lowered.startswith(("contrat", "cer ")):
        return DocumentKind.CONTRACT
    return DocumentKind.LETTER
