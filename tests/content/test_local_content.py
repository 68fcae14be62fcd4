"""Local content (`<data folder>/content`, which any later user of a shared PC account can create)
may correct texts and add rules, never silently override the law (issue 22): a changed deadline
is refused and the shipped rule stays, a local draft cannot hide a shipped procedure, a new id
sorting first does not win, and every local rule says which folder it comes from, on screen and
in `check-content`."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from app import cli
from app.content.packs import load_packs, shipped_root
from app.deadlines import Period

FT = shipped_root() / "procedures" / "ft-decision.toml"


def _local(tmp_path: Path, name: str, text: str, kind: str = "procedures") -> Path:
    folder = tmp_path / "content"
    (folder / kind).mkdir(parents=True, exist_ok=True)
    (folder / kind / name).write_text(text, "utf-8")
    return folder


def _load(folder: Path):
    return load_packs([("", shipped_root()), ("local:", folder)])


def _mediation(packs) -> Period | None:
    proc = packs.procedure_for("france_travail", "decision")
    return next(s for s in proc.steps if s.key == "mediation").deadline


def test_a_local_file_cannot_turn_two_months_into_six(tmp_path):
    text = FT.read_text("utf-8")
    six = re.sub(r'deadline = "P2M"', 'deadline = "P6M"', text, count=1)
    assert six != text
    packs = _load(_local(tmp_path, "ft-decision.toml", six))
    assert _mediation(packs) == Period(months=2)
    proc = packs.procedures["proc.ft.decision"]
    assert proc.info.file == "procedures/ft-decision.toml" and not proc.info.local_folder
    assert any("overrides the shipped rule 'proc.ft.decision'" in p for p in packs.problems)


def test_a_text_correction_is_kept_and_marked_as_the_associations(tmp_path):
    text = FT.read_text("utf-8").replace(
        'fr = "Contester une décision de France Travail"',
        'fr = "Contester une décision de France Travail (relu par notre association)"',
    )
    folder = _local(tmp_path, "ft-decision.toml", text)
    packs = _load(folder)
    proc = packs.procedure_for("france_travail", "decision")
    assert proc.title["fr"].endswith("(relu par notre association)")
    assert proc.info.local_folder == str(folder)
    assert proc.info.overrides == "procedures/ft-decision.toml"
    assert _mediation(packs) == Period(months=2)
    assert packs.problems == ()


def test_a_local_draft_cannot_hide_a_shipped_procedure(tmp_path):
    text = FT.read_text("utf-8").replace('status = "published"', 'status = "draft"')
    packs = _load(_local(tmp_path, "ft-decision.toml", text))
    assert packs.procedure_for("france_travail", "decision").id == "proc.ft.decision"
    assert any("a local draft cannot hide" in p for p in packs.problems)


def test_a_new_id_sorting_first_does_not_win(tmp_path):
    text = FT.read_text("utf-8").replace('id = "proc.ft.decision"', 'id = "aaa.ft"')
    text = re.sub(r'deadline = "P2M"', 'deadline = "P6M"', text, count=1)
    packs = _load(_local(tmp_path, "aaa.toml", text))
    assert "aaa.ft" in packs.procedures  # added: an association may add rules
    assert packs.procedure_for("france_travail", "decision").id == "proc.ft.decision"
    assert _mediation(packs) == Period(months=2)


@pytest.fixture
def french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("REPERES_CONTENT_DIR", raising=False)


def _check(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["check-content", "--today", "2026-12-07", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_content_refuses_a_deadline_override(capsys, tmp_path, french):
    six = re.sub(r'deadline = "P2M"', 'deadline = "P6M"', FT.read_text("utf-8"), count=1)
    code, _out, err = _check(capsys, str(_local(tmp_path, "ft-decision.toml", six)))
    assert code == cli.EXIT_CONTENT
    assert "local:procedures/ft-decision.toml: steps: overrides the shipped rule" in err


def test_check_content_says_a_text_correction_overrides(capsys, tmp_path, french):
    text = FT.read_text("utf-8").replace("Contester une décision", "Contester la décision")
    folder = _local(tmp_path, "ft-decision.toml", text)
    code, out, err = _check(capsys, str(folder))
    assert (code, err) == (0, "")
    assert f"Règles du dossier de l’association ({folder}) : 1, dont 1 qui remplacent" in out
    assert "proc.ft.decision  (local:procedures/ft-decision.toml: replaces " in out
    code, out, _ = _check(capsys, str(folder), "--json")
    report = json.loads(out)
    assert [r["overrides"] for r in report["overrides"]] == ["procedures/ft-decision.toml"]
    assert report["overrides"][0]["local_folder"] == str(folder)


def test_the_screen_shows_a_local_rule_as_the_associations_with_its_folder(qtbot, tmp_path):
    from app.settings import Settings
    from ui import appearance
    from ui.screens.guides import RuleNotes

    appearance.install(appearance.Appearance(Settings()))
    text = FT.read_text("utf-8").replace("Contester une décision", "Contester la décision")
    folder = _local(tmp_path, "ft-decision.toml", text)
    info = _load(folder).procedures["proc.ft.decision"].info
    notes = RuleNotes()
    qtbot.addWidget(notes)
    notes.show_rule(info, "en", date(2026, 12, 7))
    shown = "\n".join(p.text for p in notes.parts())
    assert str(folder) in shown
    assert "association" in shown.lower()
    # The verification status is the association's claim, not Repères': not shown as ours.
    assert "Partly checked" not in shown and "Checked against" not in shown
