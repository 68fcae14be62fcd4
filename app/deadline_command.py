"""`reperes deadline PROCEDURE_ID --received DATE [--letter-date DATE] [--subject S] [--mention M]
[--json]` and `reperes deadline --list`: the steps of a procedure with their last days and safe
dates, exactly as the "J'ai reçu un courrier" screen computes them (the same plan_procedure).

For volunteers who check a case, and for the tests. Dates are YYYY-MM-DD. Without --letter-date,
the person could not find the date printed on the letter: a notice of an envisaged sanction is
then counted from receipt and marked uncertain. --mention says whether a decision states its
ways and deadlines of appeal (yes by default: look at the letter). Nothing is saved, no carnet is
opened. Exit codes: 0; 2 for an unknown procedure or subject, a date that is badly written or
impossible (31 February, in the future, received before the date printed on the letter).

JSON: {"procedure": id, "steps": [{"id", "last_day", "safe_date", "runs_from", "uncertain",
"text"}]}; last_day and safe_date are null for a step with no deadline or one known later.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from .cli_common import EXIT_OK, EXIT_USAGE
from .clock import system_clock
from .content.packs import Packs, Procedure, ProcedureStep, packs, text_in
from .deadlines import AppealMention, Deadline, Doubt, RunsFrom
from .domain.days import home_day
from .domain.validation import InvalidRecord
from .messages import language, say
from .records.letter_steps import LetterAnswers, LetterPlan, plan_procedure


class DeadlineArgError(Exception):
    def __init__(self, code: str, **values: object):
        super().__init__(code)
        self.code = code
        self.values = values


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise DeadlineArgError("deadline_bad_date", option=option, value=text) from exc


def _procedure(content: Packs, procedure_id: str | None) -> Procedure:
    if not procedure_id:
        raise DeadlineArgError("deadline_no_procedure")
    proc = content.procedures.get(procedure_id)
    if proc is None or proc.info.draft:
        raise DeadlineArgError("deadline_unknown_procedure", id=procedure_id)
    return proc


def _step_text(step: ProcedureStep, d: Deadline | None, later: bool, lang: str) -> str:
    name = text_in(step.name, lang)
    if d is None:
        return say(
            "deadline_step", name=name, what=say("deadline_later" if later else "deadline_none")
        )
    words = [say("deadline_dates", last=d.last_day.isoformat(), safe=d.safe_day.isoformat())]
    if d.runs_from is RunsFrom.LETTER_DATE:
        words.append(say("deadline_from_letter", day=d.starts_on.isoformat()))
    if d.outer_limit is not None and d.outer_limit != d.last_day:
        words.append(say("deadline_outer_limit", day=d.outer_limit.isoformat()))
    if d.doubt is Doubt.NO_LETTER_DATE:
        words.append(say("deadline_no_letter_date"))
    elif d.doubt is Doubt.NO_APPEAL_MENTION:
        words.append(say("deadline_no_mention"))
    return say("deadline_step", name=name, what=" ".join(words))


def steps_json(plan: LetterPlan, lang: str) -> list[dict[str, object]]:
    dated = {d.key: d for d in plan.deadlines.deadlines}
    found: list[dict[str, object]] = []
    for step in plan.steps:
        d = dated.get(step.key)
        found.append(
            {
                "id": step.key,
                "last_day": d.last_day.isoformat() if d else None,
                "safe_date": d.safe_day.isoformat() if d else None,
                "runs_from": (d.runs_from if d else step.runs_from).value,
                "uncertain": bool(d and not d.certain),
                "text": _step_text(step, d, step.key in plan.deadlines.later, lang),
            }
        )
    return found


def _list(content: Packs, lang: str) -> None:
    for proc in sorted(content.procedures.values(), key=lambda p: p.id):
        if proc.info.draft:
            continue
        print(f"{proc.id}  {text_in(proc.title, lang)}")
        if proc.subjects:
            keys = ", ".join(s.key for s in proc.subjects)
            print("    " + say("deadline_subjects", keys=keys))


def run(
    args: argparse.Namespace, *, content: Packs | None = None, today: date | None = None
) -> int:
    content = content or packs()
    lang = language()
    if args.list:
        _list(content, lang)
        return EXIT_OK
    try:
        proc = _procedure(content, args.procedure)
        if args.received is None:
            raise DeadlineArgError("deadline_no_received")
        received = _day(args.received, "--received")
        letter_date = _day(args.letter_date, "--letter-date")
        keys = [s.key for s in proc.subjects]
        if args.subject is not None and args.subject not in keys:
            raise DeadlineArgError("deadline_unknown_subject", subject=args.subject,
                                   keys=", ".join(keys) or "-")  # fmt: skip
        answers = LetterAnswers("other", "other", received, letter_date,
                                AppealMention(args.mention), subject=args.subject)  # fmt: skip
        plan = plan_procedure(proc, answers, today or home_day(system_clock()))
    except DeadlineArgError as exc:
        print(say(exc.code, **exc.values), file=sys.stderr)
        return EXIT_USAGE
    except InvalidRecord as exc:
        problem = exc.problems[0]
        print(say(f"deadline_{problem.field}_{problem.code}"), file=sys.stderr)
        return EXIT_USAGE
    steps = steps_json(plan, lang)
    if args.json:
        print(json.dumps({"procedure": proc.id, "steps": steps}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{proc.id} — {text_in(proc.title, lang)}")
    if plan.subject is not None:
        print(say("deadline_subject", subject=plan.subject))
    for number, step in enumerate(steps, start=1):
        print(f"{number}. [{step['id']}] {step['text']}")
    return EXIT_OK
