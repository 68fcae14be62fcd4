"""Procedures, guides and letter templates: the shipped packs pass their schema, and every bad
file an editor can write is refused with its file and line while the last good version stays."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.content.packs import PLACEHOLDERS, load_packs, shipped_root
from app.deadlines import LETTER_KINDS, AppealMention, Period, letter_deadlines
from app.domain.obligations import Verification
from app.domain.organisations import OrganisationKind

GUIDE_TOPICS = {
    "guide.actualisation",
    "guide.dtr",
    "guide.contrat_heures",
    "guide.rendez_vous_manque",
    "guide.lettre_sanction",
    "guide.contester_ft",
    "guide.contester_rsa",
    "guide.aide_gratuite",
    "guide.contester_mdph",
    "guide.proteger_delais",
}
LETTERS = {
    "letter.observations",
    "letter.hearing",
    "letter.absence",
    "letter.reclamation",
    "letter.rapo",
    "letter.fewer_hours",
    "letter.rapo_mdph",
    "letter.rapo_indu",
    "letter.remise_dette",
}


@pytest.fixture(scope="module")
def shipped():
    return load_packs([("", shipped_root())])


def test_the_shipped_packs_load_without_a_problem(shipped):
    assert shipped.problems == ()
    assert set(shipped.guides) == GUIDE_TOPICS
    assert set(shipped.letters) == LETTERS
    assert len(shipped.procedures) >= 8


def test_every_rule_says_where_it_comes_from_and_when_it_was_reviewed(shipped):
    for rule in shipped.rules():
        assert rule.legal, rule.id
        for source in rule.legal:
            assert source.code and source.article and source.link.startswith("https://")
        assert rule.last_reviewed <= date(2026, 12, 31)
        assert rule.review_every_months >= 1
        if rule.verification is not Verification.VERIFIED:
            continue
        assert not rule.unverified, rule.id


def test_every_organisation_and_kind_of_letter_finds_a_procedure(shipped):
    for org in OrganisationKind:
        for kind in LETTER_KINDS:
            assert shipped.procedure_for(org.value, kind) is not None, (org, kind)
    assert shipped.procedure_for("france_travail", "decision").id == "proc.ft.decision"
    assert shipped.procedure_for("conseil_departemental", "decision").id == "proc.rsa.decision"
    assert shipped.procedure_for("employer", "decision").id == "general"


def test_a_france_travail_decision_asks_for_mediation_within_two_months(shipped):
    proc = shipped.procedure_for("france_travail", "decision")
    mediation = next(s for s in proc.steps if s.key == "mediation")
    assert mediation.mandatory and mediation.interrupts_court_deadline
    assert mediation.deadline == Period(months=2)
    found = letter_deadlines(proc.timings("sanction"), date(2026, 12, 31), AppealMention.YES)
    assert [(d.key, d.last_day, d.safe_day) for d in found.deadlines] == [
        ("mediation", date(2027, 2, 28), date(2027, 2, 26))
    ]
    assert found.later == ("court",)


def test_a_sanction_notice_gives_ten_days_from_the_letter_date(shipped):
    """service-public F1638: « dans les 10 jours calendaires qui suivent l'envoi du courrier »."""
    for org in ("france_travail", "conseil_departemental"):
        proc = shipped.procedure_for(org, "sanction_notice")
        found = letter_deadlines(
            proc.timings(), date(2026, 3, 6), AppealMention.UNKNOWN, date(2026, 3, 2)
        )
        assert found.first().last_day == date(2026, 3, 12)
        assert found.first().outer_limit == date(2026, 3, 16)
        assert not found.uncertain
        unknown = letter_deadlines(proc.timings(), date(2026, 3, 6), AppealMention.UNKNOWN)
        assert unknown.first().last_day == date(2026, 3, 16) and unknown.uncertain


def test_guides_are_short_and_in_both_languages(shipped):
    for guide in shipped.guides.values():
        assert len(guide.paragraphs["fr"]) == len(guide.paragraphs["en"]) >= 2
        for text in (*guide.paragraphs["fr"], *guide.paragraphs["en"]):
            assert len(text.split()) < 60, text


def test_letters_use_known_placeholders_only(shipped):
    for letter in shipped.letters.values():
        for lang in ("fr", "en"):
            assert letter.placeholders(lang) <= PLACEHOLDERS
            assert "name" in letter.placeholders(lang)


# -- what an editor can break ---------------------------------------------------------------------
@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A copy of the shipped packs an editor can break."""
    for kind in ("procedures", "guides", "letters"):
        shutil.copytree(shipped_root() / kind, tmp_path / kind)
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def _line(path: Path, fragment: str) -> int:
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if fragment in line:
            return n
    raise AssertionError(fragment)


def _only_problem(pack_dir: Path) -> str:
    packs = load_packs([("", pack_dir)])
    assert len(packs.problems) == 1, packs.problems
    return packs.problems[0]


def test_a_missing_legal_source_is_refused_with_file_and_line(pack):
    path = pack / "guides" / "actualisation.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("[[legal]]", "[[legal_]]"), "utf-8")
    packs = load_packs([("", pack)])
    assert "guide.actualisation" not in packs.guides
    assert any(p.startswith("guides/actualisation.toml:") and "legal: missing" in p
               for p in packs.problems)  # fmt: skip


def test_an_unknown_field_is_refused_with_its_line(pack):
    path = pack / "procedures" / "ft-decision.toml"
    _edit(path, "review_every_months = 6", 'review_every_months = 6\nreviewed_by = "moi"')
    problem = _only_problem(pack)
    assert problem.startswith(f"procedures/ft-decision.toml:{_line(path, 'reviewed_by')}:")
    assert "reviewed_by: unknown field" in problem


def test_an_unknown_field_in_a_step_is_refused_with_its_line(pack):
    path = pack / "procedures" / "rsa-decision.toml"
    _edit(path, 'key = "court"', 'key = "court"\ndeadlin = "P2M"')
    problem = _only_problem(pack)
    assert problem.startswith(f"procedures/rsa-decision.toml:{_line(path, 'deadlin =')}:")
    assert "steps.1.deadlin: unknown field" in problem


def test_a_broken_date_is_refused_with_its_line(pack):
    path = pack / "letters" / "rapo.toml"
    _edit(path, "last_reviewed = 2026-12-07", "last_reviewed = 2026-02-30")
    problem = _only_problem(pack)
    assert problem.startswith(f"letters/rapo.toml:{_line(path, 'last_reviewed')}:")


def test_a_date_written_as_text_is_refused_with_its_line(pack):
    path = pack / "letters" / "rapo.toml"
    _edit(path, "valid_from = 2009-06-01", 'valid_from = "1er juin 2009"')
    problem = _only_problem(pack)
    assert problem.startswith(f"letters/rapo.toml:{_line(path, 'valid_from')}: valid_from:")
    assert "expected a date" in problem


def test_a_duplicated_id_is_refused_with_the_file_and_line_of_the_second(pack):
    first = pack / "guides" / "aide-gratuite.toml"
    second = pack / "guides" / "zz-copie.toml"
    shutil.copy(first, second)
    problem = _only_problem(pack)
    assert problem.startswith(f"guides/zz-copie.toml:{_line(second, 'id =')}:")
    assert "already used by guides/aide-gratuite.toml" in problem


def test_a_broken_period_and_an_unknown_placeholder_are_refused(pack):
    _edit(pack / "procedures" / "rsa-decision.toml", 'deadline = "P2M"', 'deadline = "2 mois"')
    _edit(pack / "letters" / "absence.toml", "{appointment_date}.", "{date_rdv}.")
    problems = load_packs([("", pack)]).problems
    assert any("rsa-decision.toml" in p and "not a period" in p for p in problems)
    assert any("absence.toml" in p and "unknown placeholder date_rdv" in p for p in problems)


def test_a_toml_syntax_error_names_its_line(pack):
    path = pack / "guides" / "dtr.toml" if (pack / "guides" / "dtr.toml").exists() else None
    path = path or pack / "guides" / "declaration-trimestrielle.toml"
    _edit(path, "order = 20", "order = = 20")
    problem = _only_problem(pack)
    assert problem.startswith(f"guides/{path.name}:{_line(path, 'order = =')}:")


def test_a_long_paragraph_is_refused(pack):
    path = pack / "guides" / "aide-gratuite.toml"
    _edit(path, "Venez avec vos lettres et ce carnet.", "Venez avec vos lettres. " * 20)
    assert "longer than 60 words" in _only_problem(pack)


def test_a_broken_local_file_keeps_the_last_good_version(pack, tmp_path_factory):
    local = tmp_path_factory.mktemp("association")
    (local / "guides").mkdir()
    good = (pack / "guides" / "aide-gratuite.toml").read_text("utf-8")
    corrected = good.replace("Vous n’êtes pas seul.", "Vous n’êtes pas seul, ni seule.")
    (local / "guides" / "aide.toml").write_text(corrected, "utf-8")
    layers = [("", pack), ("local:", local)]
    first = load_packs(layers)
    assert first.problems == ()
    assert "ni seule" in first.guides["guide.aide_gratuite"].paragraphs["fr"][0]
    # The association saves half a change: refused, and its last good version stays in use.
    (local / "guides" / "aide.toml").write_text(re.sub(r"version = \d+", "version =", corrected))
    second = load_packs(layers)
    assert second.problems and second.problems[0].startswith("local:guides/aide.toml:")
    assert second.kept == ("local:guides/aide.toml",)
    assert "ni seule" in second.guides["guide.aide_gratuite"].paragraphs["fr"][0]


def test_a_broken_local_file_never_seen_good_leaves_the_shipped_rule(pack, tmp_path_factory):
    local = tmp_path_factory.mktemp("association")
    (local / "letters").mkdir()
    (local / "letters" / "rapo.toml").write_text('id = "letter.rapo"\nversion = 2\n', "utf-8")
    shipped = load_packs([("", pack)]).letters["letter.rapo"].info.version
    (local / "letters" / "rapo.toml").write_text(
        f'id = "letter.rapo"\nversion = {shipped + 1}\n', "utf-8"
    )
    packs = load_packs([("", pack), ("local:", local)])
    assert packs.letters["letter.rapo"].info.version == shipped
    assert any(p.startswith("local:letters/rapo.toml:") for p in packs.problems)


def test_an_association_can_add_a_guide_without_code(pack, tmp_path_factory):
    """The example of the README, as written there."""
    local = tmp_path_factory.mktemp("association")
    (local / "guides").mkdir()
    readme = (shipped_root() / "README.md").read_text("utf-8")
    example = readme.split("```toml\n# guides/permanence.toml\n", 1)[1].split("```", 1)[0]
    (local / "guides" / "permanence.toml").write_text(example, "utf-8")
    packs = load_packs([("", pack), ("local:", local)])
    assert packs.problems == ()
    assert packs.guides["asso.permanence"].info.file == "local:guides/permanence.toml"
