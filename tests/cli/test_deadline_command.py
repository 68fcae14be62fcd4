"""`reperes deadline`: the README's worked examples with a letter, printed by the command exactly
as the engine and the screens compute them; the JSON shape the issue gives; --list; and exit 2,
with a plain sentence, for an unknown procedure or subject and a bad or impossible date."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.content.packs import packs
from app.deadlines import AppealMention
from app.records.letter_steps import LetterAnswers, plan_letter
from tests.deadlines.test_engine import letter_examples


def _json(run, *argv: str) -> dict:
    outcome = run("deadline", *argv, "--json")
    assert outcome.code == 0, outcome.err
    return json.loads(outcome.out)


@pytest.mark.parametrize("row", letter_examples(), ids=lambda r: r["why"][:40])
def test_the_readme_examples_are_what_the_command_prints(run, row):
    argv = [row["procedure"], "--received", row["received"]]
    if row["letter_date"] not in ("–", "-"):
        argv += ["--letter-date", row["letter_date"]]
    if row["subject"] not in ("–", "-"):
        argv += ["--subject", row["subject"]]
    data = _json(run, *argv)
    assert data["procedure"] == row["procedure"]
    step = next(s for s in data["steps"] if s["id"] == row["step"])
    assert (step["last_day"], step["safe_date"]) == (row["last_day"], row["safe_date"])
    assert step["uncertain"] == (row["sure"] == "no")
    if row["outer_limit"] not in ("–", "-") and row["outer_limit"] != row["last_day"]:
        assert row["outer_limit"] in step["text"]  # said, as the outer limit only
        assert "Limite extérieure" in step["text"]


def test_the_json_has_exactly_the_keys_the_issue_gives(run):
    data = _json(run, "proc.ft.decision", "--received", "2026-03-12", "--subject", "sanction",
                 "--mention", "no")  # fmt: skip
    assert set(data) == {"procedure", "steps"}
    assert [s["id"] for s in data["steps"]] == ["reclamation", "mediation", "court"]
    for s in data["steps"]:
        assert set(s) == {"id", "last_day", "safe_date", "runs_from", "uncertain", "text"}
    reclamation, mediation, court = data["steps"]
    assert reclamation["last_day"] is None and not reclamation["uncertain"]
    assert (mediation["last_day"], mediation["safe_date"], mediation["runs_from"]) == (
        "2026-05-12", "2026-05-10", "notification")  # fmt: skip
    assert mediation["uncertain"]  # --mention no: the decision does not state its deadlines
    assert (court["last_day"], court["runs_from"]) == (None, "end_of_mediation")
    assert "plus tard" in court["text"]


def test_a_notice_without_its_letter_date_counts_from_receipt_and_says_so(run):
    [step] = _json(run, "proc.rsa.sanction_notice", "--received", "2026-03-05")["steps"]
    assert (step["last_day"], step["runs_from"], step["uncertain"]) == (
        "2026-03-15", "receipt", True)  # fmt: skip
    assert "peut-être plus tôt" in step["text"]


def test_the_command_and_the_screens_use_the_same_engine(run):
    """The screens' plan (organisation and kind chosen) and the command (procedure named)."""
    for org, kind, subject in (("france_travail", "sanction_notice", None),
                               ("france_travail", "decision", "are_money"),
                               ("conseil_departemental", "decision", None),
                               ("cap_emploi", "decision", None)):  # fmt: skip
        answers = LetterAnswers(org, kind, date(2026, 3, 5), date(2026, 3, 2),
                                AppealMention.YES, subject=subject)  # fmt: skip
        plan = plan_letter(answers, date(2026, 12, 7))
        argv = [plan.procedure.id, "--received", "2026-03-05", "--letter-date", "2026-03-02"]
        data = _json(run, *argv, *(["--subject", subject] if subject else []))
        screen = {d.key: (d.last_day.isoformat(), d.safe_day.isoformat())
                  for d in plan.deadlines.deadlines}  # fmt: skip
        printed = {s["id"]: (s["last_day"], s["safe_date"]) for s in data["steps"]
                   if s["last_day"]}  # fmt: skip
        assert printed == screen, (org, kind)
        assert [s["id"] for s in data["steps"]] == [s.key for s in plan.steps]


def test_list_names_every_procedure_and_the_subjects(run):
    outcome = run("deadline", "--list")
    assert outcome.code == 0
    ids = [line.split()[0] for line in outcome.out.splitlines() if not line.startswith(" ")]
    assert ids == sorted(p.id for p in packs().procedures.values() if not p.info.draft)
    assert "sanction, are_money, unknown" in outcome.out


def test_the_text_output_is_in_plain_sentences(run):
    outcome = run("deadline", "proc.ft.sanction_notice", "--letter-date", "2026-03-02",
                  "--received", "2026-03-05")  # fmt: skip
    assert outcome.code == 0
    assert "dernier jour 2026-03-12, à faire au plus tard le 2026-03-10" in outcome.out
    assert "Compté depuis la date écrite sur la lettre (2026-03-02)" in outcome.out


@pytest.mark.parametrize(
    "argv, said",
    [
        (["proc.ft.sanction_notice", "--received", "2026-02-31"], "n'est pas une date qui existe"),
        (["proc.ft.sanction_notice", "--received", "05/03/2026"], "Écrivez AAAA-MM-JJ"),
        (
            ["proc.ft.sanction_notice", "--received", "2026-03-05", "--letter-date", "2026-03-06"],
            "avant la date écrite dessus",
        ),
        (["proc.ft.sanction_notice", "--received", "2999-01-01"], "pas encore arrivé"),
        (
            ["proc.ft.sanction_notice", "--received", "2026-03-05", "--letter-date", "2999-01-01"],
            "pas encore arrivée",
        ),
        (["proc.ft.sanction_notice"], "jour de réception"),
        (["proc.inconnue", "--received", "2026-03-05"], "n'existe pas"),
        ([], "identifiant d'une démarche"),
        (
            ["proc.ft.decision", "--received", "2026-03-05", "--subject", "argent"],
            "Sujets : sanction, are_money, unknown",
        ),
    ],
)
def test_bad_or_impossible_input_exits_2_with_a_sentence(run, argv, said):
    outcome = run("deadline", *argv)
    assert outcome.code == 2
    assert said in outcome.err and outcome.out == ""
    assert "Traceback" not in outcome.err
