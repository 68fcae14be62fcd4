"""A letter received becomes dated steps in a real carnet: obligations with their last day and
safe date (Today reminds of them), the letter attached, a journal entry; bad dates refused with
nothing written; a letter older than its deadlines writes no overdue step."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.carnet import FAST_KDF, Carnet
from app.deadlines import AppealMention
from app.domain import HOME_ZONE
from app.domain.journal import ExchangeKind
from app.domain.validation import InvalidRecord
from app.records import (
    documents_for,
    import_document,
    journal_documents,
    journal_entries,
    occurrences_between,
    today,
    verify_journal,
)
from app.records.document_repo import Target
from app.records.letter_steps import LetterAnswers, plan_letter, record_received_letter

NOW = datetime(2026, 3, 4, 10, 0, tzinfo=HOME_ZONE)
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 1"
    b"/Kids[3 0 R]>>endobj 3 0 obj<</Type/Page/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n"
    b"%%EOF\n"
)


@pytest.fixture
def carnet(tmp_path: Path):
    c, _ = Carnet.create(tmp_path / "c", "cheval maison jardin tomate", kdf=FAST_KDF,
                         clock=lambda: NOW)  # fmt: skip
    yield c
    c.lock()


def _save(carnet, answers, **kw):
    return record_received_letter(
        carnet,
        answers,
        titles={"observations": "Répondre à France Travail", "mediation": "Écrire au médiateur"},
        notes={"observations": "Écrire vos explications."},
        summary="Lettre de France Travail reçue le 2 mars.",
        next_step="Répondre avant le 10 mars.",
        **kw,
    )


def test_a_sanction_notice_makes_a_step_with_its_safe_date_on_today(carnet):
    doc = import_document(carnet, PDF, title="Lettre France Travail").document
    answers = LetterAnswers("france_travail", "sanction_notice", date(2026, 3, 2),
                            letter_date=date(2026, 2, 27), document_id=doc.id)  # fmt: skip
    saved = _save(carnet, answers)
    [occ] = saved.occurrences
    # 10 days from the letter's date (service-public F1638), not from the day it arrived
    assert (occ.opens_on, occ.closes_on, occ.safe_on) == (
        date(2026, 2, 27),
        date(2026, 3, 9),
        date(2026, 3, 7),
    )
    assert occ.title == "Répondre à France Travail" and occ.note == "Écrire vos explications."
    assert [d.id for d in documents_for(carnet, Target.OCCURRENCE, occ.id)] == [doc.id]
    [entry] = journal_entries(carnet)
    assert entry.draft.kind is ExchangeKind.LETTER
    assert entry.draft.happened_on == date(2026, 3, 2)
    assert [d.id for d in journal_documents(carnet, entry.seq)] == [doc.id]
    assert verify_journal(carnet).ok
    view = today(carnet, NOW)
    assert [i.occurrence.id for i in view.open_obligations] == [occ.id]

    def reminders(day: int) -> list[tuple[int, date, bool]]:
        view = today(carnet, datetime(2026, 3, day, 9, 0, tzinfo=HOME_ZONE))
        return [(r.days_before, r.on, r.safe_date) for r in view.reminders]

    assert reminders(5) == []
    assert reminders(6) == [(3, date(2026, 3, 9), False)]
    assert reminders(7) == [(2, date(2026, 3, 9), True)]  # the safe date: the day to send it
    assert reminders(8) == [(1, date(2026, 3, 9), False)]
    assert reminders(9) == [(0, date(2026, 3, 9), False)]


def test_a_notice_without_its_letter_date_counts_from_receipt(carnet):
    answers = LetterAnswers("conseil_departemental", "sanction_notice", date(2026, 3, 2))
    plan = plan_letter(answers, date(2026, 3, 4))
    [d] = plan.deadlines.deadlines
    assert (d.last_day, d.safe_day, d.certain) == (date(2026, 3, 12), date(2026, 3, 10), False)


def test_a_france_travail_decision_dates_the_mediation_and_says_uncertain(carnet):
    answers = LetterAnswers("france_travail", "decision", date(2026, 3, 2),
                            mention=AppealMention.NO, subject="sanction")  # fmt: skip
    plan = plan_letter(answers, date(2026, 3, 4))
    assert plan.deadlines.uncertain
    saved = _save(carnet, answers)
    assert [(o.title, o.closes_on) for o in saved.occurrences] == [
        ("Écrire au médiateur", date(2026, 5, 2))
    ]
    assert journal_entries(carnet)[0].draft.kind is ExchangeKind.DECISION


@pytest.mark.parametrize(
    "received, letter_date, field, code",
    [
        (date(2026, 3, 5), None, "received_on", "in_future"),
        (date(2026, 2, 20), date(2026, 2, 25), "received_on", "before_letter_date"),
        (None, None, "received_on", "required"),
        (date(2026, 3, 2), date(2026, 3, 9), "letter_date", "in_future"),
    ],
)
def test_impossible_dates_are_refused_and_nothing_is_written(carnet, received, letter_date,
                                                             field, code):  # fmt: skip
    answers = LetterAnswers("france_travail", "sanction_notice", received, letter_date=letter_date)
    with pytest.raises(InvalidRecord) as caught:
        _save(carnet, answers)
    assert (field, code) in {(p.field, p.code) for p in caught.value.problems}
    assert journal_entries(carnet) == []
    assert occurrences_between(carnet, date(2026, 1, 1), date(2026, 12, 31)) == []


def test_an_unknown_organisation_or_kind_is_refused(carnet):
    for answers in (
        LetterAnswers("prefecture", "decision", date(2026, 3, 2)),
        LetterAnswers("caf", "menace", date(2026, 3, 2)),
    ):
        with pytest.raises(InvalidRecord):
            plan_letter(answers, date(2026, 3, 4))


def test_a_letter_older_than_its_deadline_writes_no_overdue_step(carnet):
    answers = LetterAnswers("france_travail", "sanction_notice", date(2026, 2, 1))
    plan = plan_letter(answers, date(2026, 3, 4))
    assert plan.late and plan.ahead() == []
    assert plan.procedure.when_late["fr"].startswith("Les 10 jours sont passés")
    saved = _save(carnet, answers)
    assert saved.occurrences == ()
    assert len(journal_entries(carnet)) == 1  # the letter is still kept in the journal


def test_a_convocation_day_becomes_a_step(carnet):
    answers = LetterAnswers("mission_locale", "convocation", date(2026, 3, 3),
                            date_in_letter=date(2026, 3, 16))  # fmt: skip
    saved = record_received_letter(carnet, answers, titles={"date_in_letter": "Rendez-vous"},
                                   notes={}, summary="Convocation.", next_step="")  # fmt: skip
    [occ] = saved.occurrences
    assert (occ.closes_on, occ.safe_on, occ.title) == (date(2026, 3, 16), date(2026, 3, 14),
                                                       "Rendez-vous")  # fmt: skip


def test_a_missing_document_is_refused(carnet):
    answers = LetterAnswers("caf", "decision", date(2026, 3, 2), document_id=999)
    with pytest.raises(InvalidRecord):
        _save(carnet, answers)
    assert journal_entries(carnet) == []


def test_every_step_ahead_stays_ahead_of_today(carnet):
    for days in range(0, 70, 7):
        received = NOW.date() - timedelta(days=days)
        plan = plan_letter(LetterAnswers("caf", "decision", received), NOW.date())
        assert all(d.last_day >= NOW.date() for d in plan.ahead())


@pytest.mark.parametrize(
    "subject, steps, dated",
    [
        ("sanction", ["reclamation", "mediation", "court"], ["mediation"]),
        ("are_money", ["are_reclamation", "are_court"], ["are_reclamation"]),
        ("unknown", ["follow_decision"], ["follow_decision"]),
        (None, ["follow_decision"], ["follow_decision"]),  # not answered: the careful path
        ("menace", ["follow_decision"], ["follow_decision"]),
    ],
)
def test_a_france_travail_decision_branches_by_subject(carnet, subject, steps, dated):
    answers = LetterAnswers("france_travail", "decision", date(2026, 3, 2),
                            mention=AppealMention.YES, subject=subject)  # fmt: skip
    plan = plan_letter(answers, date(2026, 3, 4))
    assert [s.key for s in plan.steps] == steps
    assert [d.key for d in plan.deadlines.deadlines] == dated
    assert plan.deadlines.first().last_day == date(2026, 5, 2)
    saved = _save(carnet, answers)
    assert [o.closes_on for o in saved.occurrences] == [date(2026, 5, 2)]
