"""CLI messages: French by default, English on request, a sentence for every code."""

from __future__ import annotations

import pytest

from app import carnet, messages
from app.carnet import errors
from app.domain.appointments import TITLE_MAX
from app.ics import IcsError


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "fr"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, "fr"),
        ({"LC_ALL": "", "LANG": "en"}, "en"),
    ],
)
def test_language_choice(environ: dict[str, str], expected: str) -> None:
    assert messages.language(environ) == expected


def _all_subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_all_subclasses(sub)]
    return found


def test_every_carnet_error_has_its_sentence() -> None:
    for cls in [errors.CarnetError, *_all_subclasses(errors.CarnetError)]:
        assert messages.has(cls.code), cls
    assert carnet.WrongPassphrase.exit_code == 3


@pytest.mark.parametrize("lang", ["fr_FR.UTF-8", "en_US.UTF-8"])
def test_every_domain_and_import_code_reads_as_words(monkeypatch, lang: str) -> None:
    monkeypatch.setenv("LANG", lang)
    codes = [
        "no_start", "invalid_date", "all_day", "recurring", "cancelled", "duplicate",
        "unreadable_event", "end_before_start", "nonexistent_time", "too_long_duration",
        "year_out_of_range", "naive_time", "required", "too_long", "too_many",
        "invalid_character", "unknown_value", "not_yet_happened", "moved_to_itself",
        "only_when_moved", "not_found", "invalid_record",
    ]  # fmt: skip
    for code in codes:
        text = messages.reason(code, 24)
        assert messages.has(code) and text and "{" not in text, code
    assert "strange_code" in messages.reason("strange_code")
    for code in ("ics_empty", "ics_too_large", "ics_unreadable"):
        assert messages.has(IcsError(code).code)


def test_calendar_words_follow_the_language(monkeypatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    texts = messages.ics_texts()
    assert texts.to_bring == "To bring:"
    assert texts.alarm_day_before.format(title="X") == "Tomorrow: X"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert messages.ics_texts().default_title == "Rendez-vous"
    assert len(messages.ics_texts().default_title) <= TITLE_MAX
