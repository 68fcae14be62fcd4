"""Hostile inputs, made by code (the big ones would weigh megabytes in the repository).

Each input is what a person may really hand to Repères — a pasted web-mail full of blank
space, a calendar from another program, a photo or a PDF — pushed to where a careless reader
backtracks, loops or fills the memory. `HOSTILE` lists them with the command that reads them,
the exit code it must end with and a piece of the sentence it must say. tests/hostile runs
them under the budget of handbook §9 (app.limits), the benchmark measures them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

RECEIVED = "2026-12-01"
WHEN = "Quand : mardi 15 décembre 2026, à 10 h 30."
SENTENCE = "Convocation le mardi 15 décembre 2026 à 10h30 à l'agence France Travail.\n"


@dataclass(frozen=True)
class Hostile:
    kind: str  # message, calendar, photo, pdf
    name: str
    make: Callable[[Path], Path]  # writes the file into a folder, returns its path
    command: str  # parse-message, import-ics
    exit_code: int
    says: str  # a piece of what stdout or stderr must hold


def _text(name: str, content: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_text(content, "utf-8")
        return path

    return make


# -- messages: runs of blank space and digits where the patterns look ---------------------------
MESSAGES = [
    # The street-address pattern tried every split of the run (cubic: 53 s for 2,000 spaces).
    Hostile(
        "message",
        "number_then_spaces",
        _text("m.txt", SENTENCE + "12" + " " * 20_000 + "x"),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "number_then_tabs_and_lines",
        _text("m.txt", SENTENCE + "Adresse 4 bis" + "\t \n" * 5_000 + ", rue"),
        "parse-message",
        0,
        WHEN,
    ),
    # A run of spaces after a date grew with its square (21 s for 40,000).
    Hostile(
        "message",
        "date_then_spaces",
        _text("m.txt", "RDV le 15/12/2026" + " " * 200_000 + "à 10h30\n"),
        "parse-message",
        0,
        "Quand : mardi 15 décembre 2026",
    ),
    Hostile(
        "message",
        "blank_lines_around_keywords",
        _text(
            "m.txt",
            SENTENCE
            + "".join(
                w + "\n" * 2_000 for w in ("le", "du", "lundi", "75001", "rue", "premier", "à")
            ),
        ),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "postcode_after_blank_lines",
        _text("m.txt", SENTENCE + "3 rue des Lilas" + " \n" * 20_000 + "75011 Paris"),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "digits_and_spaces",
        _text("m.txt", SENTENCE + "1 " * 200_000),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "a_long_number",
        _text("m.txt", SENTENCE + "9" * 500_000),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "weekday_then_spaces",
        _text("m.txt", SENTENCE + "jeudi" + " \n" * 50_000 + "premier" + " " * 50_000 + "x"),
        "parse-message",
        0,
        WHEN,
    ),
]

HOSTILE: list[Hostile] = [*MESSAGES]
