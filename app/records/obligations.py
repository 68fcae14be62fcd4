"""Operations on obligations (what screens call): the person's situation, the occurrences the
templates ask for, and what became of each.

    set_situation(...)         the person says what applies, from a day on
    refresh_obligations(...)   on unlock: make the occurrences of the weeks around today
    mark_occurrence_done(...)  when, how, proof

Generation is idempotent: a (template, period) is made once. Occurrences in the future that the
person has not touched follow the situation: if it no longer applies they are removed, if the
template's window changed they are recomputed. Anything the person marked, annotated or attached
a proof to is never removed or moved.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from ..carnet import Carnet
from ..carnet.connection import Connection, DatabaseError
from ..carnet.errors import HelperRefused
from ..content import Catalogue, catalogue
from ..domain.days import home_day
from ..domain.hours import DEFAULT_WEEKLY_MINUTES
from ..domain.obligations import (
    CUSTOM_TEMPLATE_ID,
    ObligationTemplate,
    Occurrence,
    Repeat,
    Schedule,
    checked_occurrence,
    custom_occurrence,
    custom_series,
    event_occurrences,
    mark_done,
    mark_missed,
    plan,
    reopen,
)
from ..domain.situation import Situation, SituationVersion, Timeline, checked_situation
from ..domain.validation import InvalidRecord, Problem
from . import document_repo, occurrence_repo, situation_repo
from .db import Db, RecordNotFound
from .document_repo import Target
from .documents import link_documents

REFRESH_DAYS_AHEAD = 120


# -- situation ------------------------------------------------------------------------------------
def set_situation(
    carnet: Carnet, situation: Situation, effective_from: date, *, now: datetime | None = None
) -> SituationVersion:
    """Record the person's situation from `effective_from` on (the same day again: corrected)."""
    situation = checked_situation(situation)
    with carnet.write() as con:
        situation_repo.upsert(con, effective_from, situation, now or carnet.clock())
    return SituationVersion(effective_from, situation)


def situation_history(db: Db) -> list[SituationVersion]:
    return situation_repo.versions(db)


def situation_on(db: Db, day: date) -> Situation | None:
    """What the person said was true on `day` (None: they have not said anything yet)."""
    return timeline(db).situation_on(day)


def remove_situation_version(carnet: Carnet, effective_from: date) -> None:
    with carnet.write() as con:
        if not situation_repo.delete(con, effective_from):
            raise RecordNotFound(f"situation {effective_from}")


def timeline(db: Db) -> Timeline:
    return Timeline(
        situation_repo.versions(db),
        [(t.effective_from, t.minutes) for t in situation_repo.targets(db)],
        DEFAULT_WEEKLY_MINUTES,
    )


# -- generation -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class GenerationReport:
    created: int
    recomputed: int  # untouched future occurrences whose template window changed
    removed: int  # untouched future occurrences that no longer apply
    missing: tuple[str, ...]  # what is needed to compute more (see domain.obligations.Planned)


def generate_occurrences(
    carnet: Carnet,
    start: date,
    end: date,
    *,
    now: datetime | None = None,
    content: Catalogue | None = None,
) -> GenerationReport:
    """Make the occurrences whose windows share a day with [start, end]; one transaction."""
    if end < start:
        raise InvalidRecord([Problem("end", "end_before_start")])
    content = content or catalogue()
    now = now or carnet.clock()
    today = home_day(now)
    generated = {
        t.id
        for t in content.templates
        if t.schedule.rule not in (Schedule.ON_EVENT, Schedule.MANUAL)
    }
    with carnet.write() as con:
        planned = plan(content.templates, timeline(con), content.calendars, start, end)
        wanted = {(o.template_id, o.period): o for o in planned.occurrences}
        stale, changed = [], []
        for o in occurrence_repo.untouched_in(con, start, end):
            if o.template_id not in generated or o.opens_on <= today:
                continue
            new = wanted.get((o.template_id, o.period))
            if new is None:
                stale.append(o.id)
            elif (new.opens_on, new.closes_on, new.safe_on, new.template_version) != (
                o.opens_on,
                o.closes_on,
                o.safe_on,
                o.template_version,
            ):
                changed.append(new)
        removed = _remove_stale(con, [i for i in stale if i is not None])
        occurrence_repo.update_many(con, changed, now)
        created = occurrence_repo.insert_new(con, planned.occurrences, now)
    return GenerationReport(created, len(changed), removed, planned.missing)


def _remove_stale(con: Connection, ids: list[int]) -> int:
    """Future obligations the situation no longer calls for. During a help session the guard
    refuses (removing needs the person's password): they stay until the next refresh without
    a helper, and the new obligations are made all the same."""
    if not ids:
        return 0
    con.execute("SAVEPOINT stale")
    try:
        removed = occurrence_repo.delete_ids(con, ids)
    except DatabaseError as exc:
        if HelperRefused.PREFIX not in str(exc):
            raise
        con.execute("ROLLBACK TO stale")
        removed = 0
    con.execute("RELEASE stale")
    return removed


def refresh_obligations(
    carnet: Carnet, *, now: datetime | None = None, content: Catalogue | None = None
) -> GenerationReport:
    """What the screens call on unlock and after the situation changes: the windows open today
    and those of the next months. Windows that closed before are not made after the fact (a new
    user would otherwise find "overdue" things done long before they used Repères); they were
    made while they were ahead, by an earlier refresh."""
    now = now or carnet.clock()
    today = home_day(now)
    return generate_occurrences(
        carnet, today, today + timedelta(days=REFRESH_DAYS_AHEAD), now=now, content=content
    )


# -- occurrences the person makes -----------------------------------------------------------------
def add_custom_obligation(
    carnet: Carnet,
    title: str,
    opens_on: date,
    closes_on: date,
    *,
    note: str = "",
    every: Repeat = Repeat.ONCE,
    now: datetime | None = None,
) -> Occurrence:
    """An obligation the person writes themselves (a document to send, a form to return…),
    once or repeated for a year (every week, month or three months); returns the first one."""
    if every is Repeat.ONCE:
        occs = [custom_occurrence(title, opens_on, closes_on, period=str(uuid.uuid4()), note=note)]
    else:
        occs = custom_series(title, opens_on, closes_on, every, series=str(uuid.uuid4()), note=note)
    with carnet.write() as con:
        stamp = now or carnet.clock()
        made = [occurrence_repo.insert_one(con, occ, stamp) for occ in occs]
    return made[0]


def report_change(
    carnet: Carnet,
    happened_on: date,
    *,
    note: str = "",
    now: datetime | None = None,
    content: Catalogue | None = None,
) -> list[Occurrence]:
    """The person reports a change of situation: one occurrence per body to tell (France Travail,
    CAF or MSA), as their situation on that day says. Empty when none applies."""
    content = content or catalogue()
    now = now or carnet.clock()
    with carnet.write() as con:
        flags = timeline(con).flags_on(happened_on)
        made = []
        for occ in event_occurrences(
            content.templates, "change_of_situation", flags, happened_on, note=note
        ):
            # Two changes the same day are two occurrences: number the period.
            prefix = f"{happened_on.isoformat()}#"
            n = len(occurrence_repo.periods(con, occ.template_id, prefix)) + 1
            made.append(
                occurrence_repo.insert_one(
                    con, checked_occurrence(replace(occ, period=f"{prefix}{n}")), now
                )
            )
    return made


# -- what became of an occurrence -----------------------------------------------------------------
def get_occurrence(db: Db, occurrence_id: int) -> Occurrence:
    occ = occurrence_repo.get(db, occurrence_id)
    if occ is None:
        raise RecordNotFound(f"occurrence {occurrence_id}")
    return occ


def mark_occurrence_done(
    carnet: Carnet,
    occurrence_id: int,
    *,
    how: str = "",
    proof_document_id: int | None = None,
    document_ids: Sequence[int] = (),
    now: datetime | None = None,
) -> Occurrence:
    """Done, how, and the documents that prove it (attached in the same transaction)."""
    now = now or carnet.clock()
    with carnet.write() as con:
        if proof_document_id is not None and document_repo.get(con, proof_document_id) is None:
            raise InvalidRecord([Problem("proof_document_id", "not_found")])
        occ = mark_done(
            get_occurrence(con, occurrence_id), now, how=how, proof_document_id=proof_document_id
        )
        occurrence_repo.update(con, occ, now)
        link_documents(con, document_ids, Target.OCCURRENCE, occurrence_id, now)
    return occ


def mark_occurrence_missed(
    carnet: Carnet, occurrence_id: int, *, now: datetime | None = None
) -> Occurrence:
    now = now or carnet.clock()
    with carnet.write() as con:
        occ = mark_missed(get_occurrence(con, occurrence_id), now)
        occurrence_repo.update(con, occ, now)
    return occ


def reopen_occurrence(
    carnet: Carnet, occurrence_id: int, *, now: datetime | None = None
) -> Occurrence:
    now = now or carnet.clock()
    with carnet.write() as con:
        occ = reopen(get_occurrence(con, occurrence_id))
        occurrence_repo.update(con, occ, now)
    return occ


def annotate_occurrence(
    carnet: Carnet, occurrence_id: int, note: str, *, now: datetime | None = None
) -> Occurrence:
    now = now or carnet.clock()
    with carnet.write() as con:
        occ = checked_occurrence(replace(get_occurrence(con, occurrence_id), note=note))
        occurrence_repo.update(con, occ, now)
    return occ


def remove_custom_obligation(carnet: Carnet, occurrence_id: int) -> None:
    """Only the person's own obligations can be removed; the others follow the situation."""
    with carnet.write() as con:
        if get_occurrence(con, occurrence_id).template_id != CUSTOM_TEMPLATE_ID:
            raise InvalidRecord([Problem("template_id", "not_custom")])
        occurrence_repo.delete_ids(con, [occurrence_id])


def occurrences_between(db: Db, start: date, end: date) -> list[Occurrence]:
    """Occurrences whose window shares a day with [start, end], by last day."""
    return occurrence_repo.touching(db, start, end)


def template_of(occ: Occurrence, content: Catalogue | None = None) -> ObligationTemplate | None:
    """The template an occurrence came from (its title, explanation, sources, confidence)."""
    return (content or catalogue()).template(occ.template_id)
