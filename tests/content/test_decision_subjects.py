"""France Travail decisions branch by subject (audit of 2026-12-07): the ARE's amount, payment or
overpayment → tribunal judiciaire, mediation optional; sanctions, radiation, cessation, state
allowances → réclamation, mandatory médiateur, tribunal administratif; "I don't know" → follow the
ways and deadlines printed on the decision, within 2 months. Mission locale and Cap emploi are not
sent to the France Travail médiateur. And what an editor can break in subjects is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.content.packs import load_packs, shipped_root
from app.deadlines import UNKNOWN_SUBJECT, Period, RunsFrom


@pytest.fixture(scope="module")
def shipped():
    return load_packs([("", shipped_root())])


def _words(steps, lang="fr") -> str:
    return " ".join(f"{s.name[lang]} {s.addressee[lang]} {s.what[lang]}" for s in steps).lower()


def test_france_travail_asks_what_the_decision_is_about(shipped):
    proc = shipped.procedure_for("france_travail", "decision")
    assert proc.id == "proc.ft.decision"
    assert [s.key for s in proc.subjects] == ["sanction", "are_money", UNKNOWN_SUBJECT]
    assert proc.subjects[-1].name["fr"] == "Je ne sais pas"


def test_sanctions_go_through_the_mandatory_mediator_to_the_administrative_court(shipped):
    steps = shipped.procedures["proc.ft.decision"].steps_for("sanction")
    mediation = next(s for s in steps if s.key == "mediation")
    assert mediation.mandatory and mediation.interrupts_court_deadline
    assert "tribunal administratif" in _words(steps)
    assert "tribunal judiciaire" not in _words(steps)


def test_the_are_amount_goes_to_the_judicial_court_and_mediation_is_optional(shipped):
    steps = shipped.procedures["proc.ft.decision"].steps_for("are_money")
    words = _words(steps)
    assert "tribunal judiciaire" in words and "pas obligatoire" in words
    assert not any(s.mandatory for s in steps)
    assert not any("tribunal administratif" in s.addressee["fr"].lower() for s in steps)
    assert any(s.deadline == Period(months=2) and s.needs_appeal_mention for s in steps)


def test_i_do_not_know_follows_the_decision_within_two_months(shipped):
    for subject in (UNKNOWN_SUBJECT, None, "autre"):
        [step] = shipped.procedures["proc.ft.decision"].steps_for(subject)
        assert step.key == "follow_decision"
        assert step.deadline == Period(months=2)
        assert step.runs_from is RunsFrom.NOTIFICATION
        assert "voies et délais de recours" in step.addressee["fr"]
        assert "2 mois" in step.what["fr"]


def test_mission_locale_and_cap_emploi_are_not_sent_to_the_france_travail_mediator(shipped):
    for org in ("mission_locale", "cap_emploi"):
        proc = shipped.procedure_for(org, "decision")
        assert proc.id == "proc.ml_cap.decision"
        assert "médiateur" not in _words(proc.steps)
        assert not any(s.mandatory for s in proc.steps)
        assert proc.info.verification.value == "unverified"
        assert any("médiateur de France Travail" in u["fr"] for u in proc.info.unverified)
        [step] = proc.steps
        assert step.deadline == Period(months=2) and "2 mois" in step.what["fr"]


# -- what an editor can break ---------------------------------------------------------------------
@pytest.fixture
def pack(tmp_path: Path) -> Path:
    for kind in ("procedures", "guides", "letters"):
        shutil.copytree(shipped_root() / kind, tmp_path / kind)
    return tmp_path


def _problems(pack: Path) -> tuple[str, ...]:
    return load_packs([("", pack)]).problems


@pytest.mark.parametrize(
    "old, new, said",
    [
        ('key = "unknown"', 'key = "inconnu"', "needs the subject 'unknown'"),
        (
            'subjects = ["are_money"]\ndeadline',
            'subjects = ["are"]\ndeadline',
            "'are' is not a subject of this procedure",
        ),
        ('key = "sanction"\nname', 'key = "are_money"\nname', "'are_money' used twice"),
        (
            'name.fr = "Une sanction ou une radiation"',
            'name.fr = "Une sanction, une radiation, la fin de l’inscription ou une allocation"',
            "name.fr: longer than 40 characters",
        ),
    ],
)
def test_broken_subjects_are_refused_with_file_and_line(pack, old, new, said):
    path = pack / "procedures" / "ft-decision.toml"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    problems = _problems(pack)
    assert problems and all(p.startswith("procedures/ft-decision.toml:") for p in problems)
    assert not any(p.startswith("procedures/ft-decision.toml:1:") for p in problems)  # a line
    assert any(said in p for p in problems), problems
