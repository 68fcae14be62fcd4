"""The content pack (resources/content): every template and calendar passes its schema, every rule
says where it comes from and how sure we are, and a broken file is refused with its name."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.content import ContentError, catalogue, load_catalogue
from app.content.obligations import content_root
from app.domain.obligations import Confidence, Schedule, Verification

EXPECTED = {
    "ft.actualisation",
    "caf.dtr",
    "contrat.heures",
    "contrat.signature",
    "mdph.rqth_renouvellement",
    "ft.changement_situation",
    "caf.changement_situation",
    "custom",
}


def test_the_shipped_pack_loads_with_every_obligation_of_the_issue() -> None:
    pack = catalogue()
    assert {t.id for t in pack.templates} == EXPECTED
    for t in pack.templates:
        assert t.source and t.title["fr"] and t.title["en"] and t.explanation["fr"]
        assert t.valid_from <= t.last_reviewed <= t.review_due_on
        assert t.review_every_months >= 1
        assert isinstance(t.confidence, Confidence) and isinstance(t.verification, Verification)
        assert t.consequence in {
            "registration_ends",
            "payment_stops",
            "contract_commitment",
            "recognition_ends",
            "declaration_late",
            "none",
        }
        # Information, never verdicts: no amount, no sanction predicted in what is shown.
        shown = " ".join([*t.title.values(), *t.explanation.values()])
        assert not re.search(r"\d+\s*(€|%|euros?)", shown), t.id
        assert "sanction" not in shown.lower(), t.id
    calendar = pack.calendars["ft_actualisation"]
    assert {e.period for e in calendar.entries} >= {f"2026-{m:02d}" for m in range(1, 13)}
    assert {e.period for e in calendar.entries} >= {f"2027-{m:02d}" for m in range(1, 13)}


def test_nothing_is_presented_as_verified_that_was_not_checked() -> None:
    """Only what the content audit of 2026-12-07 checked is verified: the 2026 actualisation
    calendar and the December 2025 period (France Travail's published calendar). 2027 follows
    the arrêté's rule and says so; no obligation template claims to be verified."""
    pack = catalogue()
    assert all(t.verification is not Verification.VERIFIED for t in pack.templates)
    entries = {e.period: e for e in pack.calendars["ft_actualisation"].entries}
    assert entries["2025-12"].verified and entries["2025-12"].basis == "published"
    assert entries["2025-12"].opens_on == date(2025, 12, 28)
    assert entries["2025-12"].closes_on == date(2026, 1, 15)
    assert all(entries[f"2026-{m:02d}"].verified for m in range(1, 13))
    assert all(
        not entries[f"2027-{m:02d}"].verified and entries[f"2027-{m:02d}"].basis == "rule"
        for m in range(1, 13)
    )
    for path in (content_root() / "calendars").glob("*.toml"):
        text = path.read_text("utf-8")
        assert "arrêté du 22 décembre 2015" in text and "changes" not in text
        assert ("VERIFIED" in text) != ("BY RULE, TO CONFIRM" in text), path.name


def test_a_date_computed_by_rule_cannot_claim_to_be_verified(pack: Path) -> None:
    path = pack / "calendars" / "actualisation-2027.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("verified = false", "verified = true", 2), "utf-8")
    with pytest.raises(ContentError) as err:
        load_catalogue(pack)
    assert any("not verified until it is published" in p for p in err.value.problems)


def test_falc_explanations_are_short() -> None:
    for t in catalogue().templates:
        for lang, text in t.explanation.items():
            assert len(text.split()) <= 60, (t.id, lang)


def test_actualisation_calendar_follows_its_documented_pattern() -> None:
    for e in catalogue().calendars["ft_actualisation"].entries:
        year, month = map(int, e.period.split("-"))
        assert e.opens_on == date(year, month, 26 if month == 2 else 28)
        assert e.closes_on.day == 15 and e.closes_on > e.opens_on
        assert (e.closes_on.year * 12 + e.closes_on.month) - (year * 12 + month) == 1


def test_every_file_documents_the_schema_at_its_top() -> None:
    for path in (content_root() / "obligations").glob("*.toml"):
        head = path.read_text("utf-8")[:400]
        assert "obligation template" in head and "README.md" in head, path.name
    readme = (content_root() / "README.md").read_text("utf-8")
    for key in (
        "audience",
        "schedule",
        "confidence",
        "verification",
        "valid_from",
        "last_reviewed",
        "review_every_months",
        "[[entries]]",
    ):
        assert key in readme, key


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(content_root(), root)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "obligations/caf-dtr.toml",
            'status = "published"',
            'status = "published"\nstatut = 1',
            "statut: unknown key",
        ),
        ("obligations/caf-dtr.toml", 'any = ["receives_rsa"', 'any = ["is_poor"', "is_poor"),
        ("obligations/caf-dtr.toml", 'confidence = "medium"', 'confidence = "sure"', "confidence"),
        ("obligations/contrat-signature.toml", "months = 1", "months = -1", "negative"),
        (
            "obligations/contrat-signature.toml",
            'field = "orientation_notified_on"',
            'field = "birthday"',
            "field",
        ),
        (
            "obligations/rqth-renouvellement.toml",
            "valid_from = 2019-01-01",
            'valid_from = "soon"',
            "valid_from: expected date",
        ),
        (
            "obligations/ft-actualisation.toml",
            'calendar = "ft_actualisation"',
            'calendar = "nowhere"',
            "has no file",
        ),
        (
            "calendars/actualisation-2026.toml",
            "closes = 2026-02-15",
            "closes = 2026-01-15",
            "before opens",
        ),
        (
            "calendars/actualisation-2026.toml",
            'period = "2026-02"',
            'period = "2026-01"',
            "listed twice",
        ),
        (
            "calendars/actualisation-2027.toml",
            'period = "2027-01"',
            'period = "2026-13"',
            "expected YYYY-MM",
        ),
    ],
)
def test_a_broken_file_is_refused_with_its_name_and_key(
    pack: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(pack / file, old, new)
    with pytest.raises(ContentError) as caught:
        load_catalogue(pack)
    assert message in str(caught.value)
    assert Path(file).name in str(caught.value) or "has no file" in message


def test_a_rule_without_source_or_a_long_explanation_is_refused(pack: Path) -> None:
    path = pack / "obligations" / "caf-dtr.toml"
    text = path.read_text("utf-8")
    start = text.index("source = [")
    end = text.index("]", start) + 1
    path.write_text(text[:start] + "source = []" + text[end:], "utf-8")
    _edit(
        pack / "obligations" / "contrat-heures.toml",
        'fr = """Votre contrat',
        'fr = """' + "mot " * 61 + "Votre contrat",
    )
    with pytest.raises(ContentError) as caught:
        load_catalogue(pack)
    problems = " | ".join(caught.value.problems)
    assert "caf-dtr.toml: source" in problems and "longer than 60 words" in problems


def test_a_new_calendar_year_needs_no_code(pack: Path) -> None:
    text = (pack / "calendars" / "actualisation-2027.toml").read_text("utf-8")
    (pack / "calendars" / "actualisation-2028.toml").write_text(
        text.replace("2028-", "2029-").replace("2027", "2028"), "utf-8"
    )
    loaded = load_catalogue(pack)
    periods = {e.period for e in loaded.calendars["ft_actualisation"].entries}
    assert "2028-06" in periods and len(periods) == 37  # 2025-12, then 2026 to 2028
    rules = {t.id: t.schedule.rule for t in loaded.templates}
    assert rules["ft.actualisation"] is Schedule.CALENDAR


def test_drafts_are_not_used(pack: Path) -> None:
    _edit(pack / "obligations" / "caf-dtr.toml", 'status = "published"', 'status = "draft"')
    assert "caf.dtr" not in {t.id for t in load_catalogue(pack).templates}


def test_review_dates_say_when_a_rule_must_be_checked_again() -> None:
    t = catalogue().template("ft.actualisation")
    assert t is not None
    assert not t.needs_review(t.last_reviewed)
    assert t.needs_review(t.review_due_on.replace(day=1).replace(year=t.review_due_on.year + 1))
