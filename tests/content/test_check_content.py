"""`reperes check-content`: exit 0 when the packs pass, 12 with file:line when one is refused;
the rules due for review and those not verified are listed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app import cli
from app.content.packs import shipped_root


@pytest.fixture(autouse=True)
def french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("REPERES_CONTENT_DIR", raising=False)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["check-content", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_shipped_packs_pass_and_every_unverified_rule_is_listed(capsys):
    code, out, err = _run(capsys, "--today", "2026-11-29")
    assert (code, err) == (0, "")
    assert "10 guides, 9 modèles de lettres" in out
    assert "Règles à revoir (date de relecture passée) : 0" in out
    assert "  proc.rsa.sanction_notice  [unverified, high]" in out
    assert "calendar.ft_actualisation" in out  # 2027 follows the arrêté's rule: to confirm
    assert "periods by rule, to confirm: 2027-01 to 2027-12" in out
    assert "2026-01" not in out  # the 2026 calendar is verified


def test_rules_past_their_review_date_are_listed(capsys):
    code, out, _ = _run(capsys, "--today", "2027-12-01", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"]
    due = {r["id"] for r in report["due_for_review"]}
    assert {"guide.actualisation", "proc.ft.decision", "letter.rapo"} <= due
    assert all(r["verification"] != "verified" for r in report["not_verified"])


def test_a_refused_local_file_exits_12_with_its_line(capsys, tmp_path: Path):
    (tmp_path / "letters").mkdir()
    text = (shipped_root() / "letters" / "rapo.toml").read_text("utf-8")
    broken = text.replace("review_every_months = 6", "review_every_months = 6\nsigne_par = 1")
    (tmp_path / "letters" / "rapo.toml").write_text(broken, "utf-8")
    line = broken.splitlines().index("signe_par = 1") + 1
    code, out, err = _run(capsys, str(tmp_path))
    assert code == cli.EXIT_CONTENT == 12
    assert f"local:letters/rapo.toml:{line}: signe_par: unknown field" in err
    assert "La dernière bonne version reste utilisée." in err
    assert "Contenus lus" in out  # the rest was still read


def test_a_missing_folder_is_said_kindly(capsys, tmp_path: Path):
    code, _, err = _run(capsys, str(tmp_path / "absent"))
    assert code == cli.EXIT_USAGE
    assert err.strip() == "Ce dossier de contenus n'existe pas."


def test_a_broken_shipped_obligation_is_reported(capsys, tmp_path: Path, monkeypatch):
    root = tmp_path / "content"
    shutil.copytree(shipped_root(), root)
    (root / "obligations" / "caf-dtr.toml").write_text("id = \n", "utf-8")
    monkeypatch.setattr("app.content.obligations.content_root", lambda: root)
    code, _, err = _run(capsys)
    assert code == 12
    assert "caf-dtr.toml" in err


def test_an_obligation_pointing_to_a_missing_guide_is_refused(capsys, tmp_path, monkeypatch):
    root = tmp_path / "content"
    shutil.copytree(shipped_root(), root)
    path = root / "obligations" / "rqth-renouvellement.toml"
    text = path.read_text("utf-8").replace('"guide.contester_mdph"', '"guide.nowhere"')
    path.write_text(text, "utf-8")
    monkeypatch.setattr("app.content.obligations.content_root", lambda: root)
    code, _, err = _run(capsys, "--today", "2026-12-07")
    assert code == 12
    assert "mdph.rqth_renouvellement: guide: no guide 'guide.nowhere'" in err
