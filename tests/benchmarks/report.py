"""bench-results/results.md (one table) and results.json (every run of every measure)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .stats import Measure

COLUMNS = ("Measure", "Median", "Min – max", "Baseline (median)", "Ratio", "Budget", "Verdict")


def number(value: float, unit: str) -> str:
    if unit in ("ms", "MiB", "KiB"):
        return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.3g} {unit}".strip()


def table_row(m: Measure) -> list[str]:
    s = m.series
    base = f"{number(m.baseline.median, m.unit)} ({m.baseline.what})" if m.baseline else "-"
    ratio = f"{m.ratio:.2f} ×" if m.ratio is not None else "-"
    spread = f"{number(s.min, m.unit)} – {number(s.max, m.unit)}"
    return [m.title, number(s.median, m.unit), spread, base, ratio, m.budget.text, m.verdict]


def markdown(measures: Sequence[Measure], machine: dict[str, Any]) -> str:
    memory = machine.get("memory_mib")
    lines = [
        "# Repères benchmark",
        "",
        f"Repères {machine['reperes_version']} ({machine.get('commit') or 'no commit'}), "
        f"{machine['date']}; {machine['cores']} cores ({machine['cpu']}), "
        f"{memory if memory is not None else '?'} MiB of memory; load average at start "
        f"{', '.join(str(x) for x in machine['load_average_at_start'])}; Python "
        f"{machine['python']}, PySide6 {machine['pyside6']}.",
        "",
        "Each number is the median of the runs (min – max beside it), with a baseline measured "
        "in the same run.",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join("---" for _ in COLUMNS) + "|",
    ]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in table_row(m)) + " |"
              for m in measures]  # fmt: skip
    notes = [(m.title, m.note) for m in measures if m.note]
    if notes:
        lines += ["", "Notes:", ""]
        lines += [f"- {title}: {note}" for title, note in notes]
    return "\n".join(lines) + "\n"


def write(
    out: Path, measures: Sequence[Measure], machine: dict[str, Any], problems: Sequence[str] = ()
) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    md, js = out / "results.md", out / "results.json"
    text = markdown(measures, machine)
    if problems:
        text += "\nMeasures that could not run:\n\n" + "".join(f"- {p}\n" for p in problems)
    md.write_text(text, "utf-8")
    data = {"machine": machine, "measures": [m.as_dict() for m in measures],
            "problems": list(problems)}  # fmt: skip
    js.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return md, js
