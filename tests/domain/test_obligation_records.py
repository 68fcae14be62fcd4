"""Obligations in a real carnet: the situation decides, generation is idempotent, nothing the
person touched is ever moved or removed, and every refusal leaves the carnet as it was."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app import records
from app.carnet import Carnet, StorageError
from app.content import load_catalogue
from app.content.obligations import content_root
from app.domain import HOME_ZONE, InvalidRecord
from app.domain.hours import HoursTarget
from app.domain.obligations import OccurrenceStatus
from app.domain.situation import Situation

from .conftest import StepClock

RSA = Situation(registered_ft=True, receives_rsa=True, dtr_month=2, has_contrat_engagement=True)


def periods(carnet: Carnet, template_id: str) -> list[str]:
    found = records.occurrences_between(carnet, date(2000, 1, 1), date(2100, 1, 1))
    return sorted(o.period for o in found if o.template_id == template_id)


def test_nothing_applies_until_the_person_says_so(carnet: Carnet) -> None:
    report = records.refresh_obligations(carnet)
    assert (report.created, report.missing) == (0, ())
    assert records.situation_on(carnet, date(2026, 3, 20)) is None


def test_the_situation_says_which_templates_apply(carnet: Carnet, clock: StepClock) -> None:
    records.set_situation(carnet, Situation(registered_ft=True), date(2026, 1, 1))
    records.refresh_obligations(carnet)  # today is 20 March 2026; four months ahead
    # February's window (26 Feb - 15 Mar) closed before today: not made after the fact.
    assert periods(carnet, "ft.actualisation") == ["2026-03", "2026-04", "2026-05", "2026-06"]
    assert periods(carnet, "caf.dtr") == [] and periods(carnet, "contrat.heures") == []


def test_generation_is_idempotent_and_reports_what_is_missing(carnet: Carnet) -> None:
    records.set_situation(
        carnet, Situation(registered_ft=True, receives_rsa=True), date(2025, 6, 1)
    )
    first = records.generate_occurrences(carnet, date(2025, 12, 1), date(2028, 2, 1))
    again = records.generate_occurrences(carnet, date(2025, 12, 1), date(2028, 2, 1))
    assert first.created > 0 and (again.created, again.removed, again.recomputed) == (0, 0, 0)
    # No calendar entry before December 2025 nor for 2028, no DTR month given: said, not guessed.
    assert "calendar:ft_actualisation:2025-11" in first.missing
    assert "calendar:ft_actualisation:2025-12" not in first.missing  # its window runs into 2026
    assert "calendar:ft_actualisation:2028-01" in first.missing
    assert "field:dtr_month" in first.missing
    assert periods(carnet, "caf.dtr") == []
    assert periods(carnet, "ft.actualisation")[0] == "2025-12"


def test_dtr_every_third_month_and_the_contract_windows(carnet: Carnet) -> None:
    records.set_situation(
        carnet,
        Situation(receives_rsa=True, dtr_month=11, orientation_notified_on=date(2026, 1, 31)),
        date(2025, 10, 1),
    )
    records.generate_occurrences(carnet, date(2026, 1, 1), date(2026, 12, 31))
    dtr = records.occurrences_between(carnet, date(2026, 1, 1), date(2026, 12, 31))
    windows = {(o.template_id, o.period): (o.opens_on, o.closes_on, o.safe_on) for o in dtr}
    assert [p for t, p in sorted(windows) if t == "caf.dtr"] == [
        "2026-02",
        "2026-05",
        "2026-08",
        "2026-11",
    ]
    assert windows[("caf.dtr", "2026-02")] == (
        date(2026, 2, 1),
        date(2026, 2, 25),
        date(2026, 2, 23),
    )
    # One month from 31 January is the end of February; the safe date is two days before.
    assert windows[("contrat.signature", "2026-01-31")] == (
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 2, 26),
    )


def test_weekly_hours_follow_the_target_and_an_exemption(carnet: Carnet) -> None:
    records.set_situation(carnet, RSA, date(2026, 1, 1))
    records.set_hours_target(carnet, HoursTarget(date(2026, 4, 6), 0, "Dispense santé"))
    records.set_hours_target(carnet, HoursTarget(date(2026, 4, 20), 10 * 60))
    records.generate_occurrences(carnet, date(2026, 3, 30), date(2026, 4, 26))
    assert periods(carnet, "contrat.heures") == ["2026-W14", "2026-W17"]  # W15, W16 exempted


def test_untouched_future_occurrences_follow_the_situation_touched_ones_stay(
    carnet: Carnet,
) -> None:
    records.set_situation(carnet, RSA, date(2026, 1, 1))
    span = (date(2026, 3, 20), date(2026, 9, 30))
    records.generate_occurrences(carnet, *span)
    _may, aug = (
        o for o in records.occurrences_between(carnet, *span) if o.template_id == "caf.dtr"
    )
    records.annotate_occurrence(carnet, aug.id, "Demander de l'aide à l'accueil CAF")
    # RSA ends in April: the untouched May declaration goes, the annotated one stays.
    records.set_situation(carnet, Situation(registered_ft=True), date(2026, 4, 1))
    report = records.generate_occurrences(carnet, *span)
    assert report.removed >= 1 and report.created == 0
    assert periods(carnet, "caf.dtr") == [aug.period]
    assert records.get_occurrence(carnet, aug.id).note.startswith("Demander")


def test_a_changed_rule_recomputes_only_untouched_future_windows(
    carnet: Carnet, tmp_path: Path
) -> None:
    records.set_situation(carnet, RSA, date(2026, 1, 1))
    span = (date(2026, 3, 20), date(2026, 12, 31))
    records.generate_occurrences(carnet, *span)
    may, aug, nov = (
        o for o in records.occurrences_between(carnet, *span) if o.template_id == "caf.dtr"
    )
    records.mark_occurrence_done(carnet, aug.id, how="En avance")
    pack = tmp_path / "content"
    shutil.copytree(content_root(), pack)
    rule = pack / "obligations" / "caf-dtr.toml"
    text = rule.read_text("utf-8").replace("closes_day = 25", "closes_day = 20")
    rule.write_text(text.replace("version = 1", "version = 2"), "utf-8")
    report = records.generate_occurrences(carnet, *span, content=load_catalogue(pack))
    assert (report.created, report.recomputed, report.removed) == (0, 2, 0)
    assert records.get_occurrence(carnet, may.id).closes_on == date(2026, 5, 20)
    assert records.get_occurrence(carnet, nov.id).template_version == 2
    assert records.get_occurrence(carnet, aug.id).closes_on == date(2026, 8, 25)  # touched


def test_done_missed_and_back_to_due(carnet: Carnet, clock: StepClock) -> None:
    records.set_situation(carnet, RSA, date(2026, 1, 1))
    records.refresh_obligations(carnet)
    [march] = [
        o
        for o in records.occurrences_between(carnet, date(2026, 3, 28), date(2026, 3, 28))
        if o.template_id == "ft.actualisation"
    ]
    with pytest.raises(InvalidRecord) as caught:
        records.mark_occurrence_missed(carnet, march.id)  # its last day has not passed
    assert caught.value.problems[0].code == "not_yet_closed"
    with pytest.raises(InvalidRecord) as caught:
        records.mark_occurrence_done(carnet, march.id, proof_document_id=99)
    assert caught.value.problems[0].code == "not_found"
    clock.now = datetime(2026, 4, 2, 19, 30, tzinfo=HOME_ZONE)
    done = records.mark_occurrence_done(carnet, march.id, how="Sur l'application 🙂")
    assert (done.status, done.status_at, done.done_how) == (
        OccurrenceStatus.DONE,
        clock.now,
        "Sur l'application 🙂",
    )
    clock.now = datetime(2026, 4, 16, 9, 0, tzinfo=HOME_ZONE)
    assert records.reopen_occurrence(carnet, march.id).status is OccurrenceStatus.DUE
    missed = records.mark_occurrence_missed(carnet, march.id)
    assert missed.status is OccurrenceStatus.MISSED
    assert records.get_occurrence(carnet, march.id) == missed


def test_custom_obligations_and_reported_changes(carnet: Carnet) -> None:
    own = records.add_custom_obligation(
        carnet,
        "Renvoyer le formulaire de la mutuelle",
        date(2026, 3, 20),
        date(2026, 4, 3),
        note="مرحبا — formulaire rose",
    )
    assert own.template_id == "custom" and own.note.startswith("مرحبا")
    with pytest.raises(InvalidRecord) as caught:
        records.add_custom_obligation(carnet, "Rien", date(2026, 4, 3), date(2026, 3, 20))
    assert caught.value.problems[0].code == "end_before_start"
    with pytest.raises(InvalidRecord) as caught:
        records.add_custom_obligation(carnet, "x" * 201, date(2026, 4, 3), date(2026, 4, 3))
    assert caught.value.problems[0].code == "too_long"
    assert records.report_change(carnet, date(2026, 3, 18)) == []  # nobody to tell yet
    records.set_situation(carnet, RSA, date(2026, 1, 1))
    made = records.report_change(carnet, date(2026, 3, 18), note="Nouveau travail")
    again = records.report_change(carnet, date(2026, 3, 18), note="Déménagement")
    assert sorted(o.template_id for o in made) == [
        "caf.changement_situation",
        "ft.changement_situation",
    ]
    assert {o.period for o in again} == {"2026-03-18#2"}
    assert all(o.closes_on == date(2026, 3, 21) for o in made)
    with pytest.raises(InvalidRecord):
        records.remove_custom_obligation(carnet, made[0].id)
    records.remove_custom_obligation(carnet, own.id)
    with pytest.raises(records.RecordNotFound):
        records.get_occurrence(carnet, own.id)


def test_the_schema_refuses_what_the_domain_would(carnet: Carnet) -> None:
    own = records.add_custom_obligation(carnet, "À faire", date(2026, 3, 20), date(2026, 3, 25))
    for sql in (
        "UPDATE obligation_occurrence SET status = 'forgotten'",
        "UPDATE obligation_occurrence SET closes_on = '2026-01-01'",
    ):
        with pytest.raises(StorageError), carnet.write() as con:
            con.execute(sql)
    assert records.get_occurrence(carnet, own.id) == own


def test_situation_versions(carnet: Carnet) -> None:
    records.set_situation(carnet, Situation(registered_ft=True), date(2026, 1, 1))
    records.set_situation(carnet, RSA, date(2026, 3, 1))
    records.set_situation(carnet, Situation(registered_ft=True, note="corrigé"), date(2026, 3, 1))
    history = records.situation_history(carnet)
    assert [v.effective_from for v in history] == [date(2026, 1, 1), date(2026, 3, 1)]
    assert records.situation_on(carnet, date(2026, 2, 28)).registered_ft
    assert records.situation_on(carnet, date(2026, 3, 1)).note == "corrigé"
    with pytest.raises(InvalidRecord) as caught:
        records.set_situation(carnet, Situation(dtr_month=13), date(2026, 3, 1))
    assert caught.value.problems[0].code == "out_of_range"
    records.remove_situation_version(carnet, date(2026, 3, 1))
    assert len(records.situation_history(carnet)) == 1
    assert records.situation_on(carnet, date(2025, 12, 31)) is None
    with pytest.raises(InvalidRecord):
        records.generate_occurrences(carnet, date(2026, 3, 1), date(2026, 2, 1))


def test_a_rule_past_its_review_date_is_flagged(carnet: Carnet, clock: StepClock) -> None:
    records.set_situation(carnet, Situation(registered_ft=True), date(2026, 1, 1))
    records.generate_occurrences(carnet, date(2027, 6, 1), date(2027, 7, 31))
    clock.now = datetime(2027, 7, 1, 9, tzinfo=HOME_ZONE)
    view = records.today(carnet)
    [item] = [i for i in view.open_obligations if i.occurrence.template_id == "ft.actualisation"]
    assert item.needs_review  # reviewed 28 Nov 2026, every 3 months
    assert item.template is not None and item.template.title["fr"].startswith("Actualisation")
    assert timedelta(0) < clock.now.date() - item.template.review_due_on
