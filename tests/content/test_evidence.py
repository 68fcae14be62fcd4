"""Evidence beside each rule (issue 13, part 7): for each source the address, the decisive
sentence quoted and the day it was read, checked by the schema; the review sheet written by
`reperes check-content --review FILE.pdf` (Qt renders it, as the app prints)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pypdf
import pytest

from app import cli
from app.content import ContentError, load_catalogue
from app.content.packs import load_packs, shipped_root
from app.content.review_sheet import review_sheet
from ui import launcher

# Every shipped rule carries its evidence (the sanction and France Travail decision rules since
# their rewrite in the same issue).
NOT_YET: set[str] = set()


@pytest.fixture(autouse=True)
def french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("REPERES_CONTENT_DIR", raising=False)


def test_every_shipped_rule_carries_its_evidence():
    packs = load_packs([("", shipped_root())])
    assert packs.problems == ()
    missing = {r.id for r in packs.rules() if not r.evidence}
    assert missing <= NOT_YET, missing
    for rule in packs.rules():
        for e in rule.evidence:
            assert e.url.startswith(("https://", "http://")) and e.quote and e.about, rule.id
            assert e.read_on <= rule.last_reviewed
        if rule.verified:  # a rule said verified has its evidence beside it
            assert rule.evidence
    rsa = {r.id: r for r in packs.rules()}["proc.rsa.decision"]
    assert any("L. 262-47" in e.quote or "L262-47" in e.about for e in rsa.evidence)


def test_every_obligation_carries_its_evidence_and_bad_evidence_is_refused(tmp_path: Path):
    for t in load_catalogue().templates:
        if t.id == "custom":  # the person's own steps
            continue
        assert t.evidence, t.id
        assert all(e.read_on <= t.last_reviewed and e.quote for e in t.evidence), t.id
    rqth = load_catalogue().template("mdph.rqth_renouvellement")
    assert rqth is not None and any("proroge" in e.quote for e in rqth.evidence)
    root = tmp_path / "content"
    shutil.copytree(shipped_root(), root)
    path = root / "obligations" / "caf-dtr.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('url = "https://', 'url = "www.', 1), "utf-8")
    with pytest.raises(ContentError) as err:
        load_catalogue(root)
    assert any("caf-dtr.toml evidence[0]: url" in p for p in err.value.problems)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    for kind in ("procedures", "guides", "letters"):
        shutil.copytree(shipped_root() / kind, tmp_path / kind)
    return tmp_path


def _problems_after(pack: Path, old: str, new: str) -> list[str]:
    path = pack / "letters" / "rapo.toml"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    return list(load_packs([("", pack)]).problems)


def test_evidence_without_its_day_or_with_a_bad_address_is_refused_with_its_line(pack):
    problems = _problems_after(pack, "read_on = 2026-12-07\n", "")
    assert any(
        p.startswith("letters/rapo.toml:") and "evidence.0.read_on: missing" in p for p in problems
    ), problems
    problems = _problems_after(pack, 'url = "https://juriblio', 'url = "juriblio')
    assert any("evidence.0.url: an address starts with https://" in p for p in problems)


def test_evidence_read_after_the_review_or_a_whole_page_quoted_is_refused(pack):
    [problem] = _problems_after(pack, "read_on = 2026-12-07", "read_on = 2026-12-31")
    assert "evidence.0.read_on: after last_reviewed" in problem
    problems = _problems_after(pack, 'quote = "', 'quote = "' + "mot " * 100)
    assert any("evidence.0.quote: longer than 90 words" in p for p in problems)


def test_verified_needs_evidence(pack):
    path = pack / "letters" / "rapo.toml"
    text = path.read_text("utf-8")
    assert 'verification = "verified"' in text
    path.write_text(text[: text.index("\n[[evidence]]")] + "\n", "utf-8")
    [problem] = load_packs([("", pack)]).problems
    assert "'verified' needs its [[evidence]]" in problem


def test_the_review_sheet_has_one_block_per_rule_with_claim_evidence_and_boxes():
    sheet = review_sheet(date(2026, 12, 7))
    blocks = {s.heading.split(" — ")[0]: s for s in sheet.sections if s.heading}
    packs = load_packs([("", shipped_root())])
    assert {r.id for r in packs.rules()} <= set(blocks)
    assert "mdph.rqth_renouvellement" in blocks  # the obligations too, with their evidence
    assert "R5213-1-1" in block_text(blocks["mdph.rqth_renouvellement"])
    assert "proroge les effets" in block_text(blocks["mdph.rqth_renouvellement"])
    mdph = block_text(blocks["proc.mdph.decision"])
    assert "Étape 1 (obligatoire)" in mdph and "2 mois, à partir de la notification" in mdph
    assert "http://mdph35.fr/faire-une-demande/contester-une-decision (lu le 07/12/2026)" in mdph
    assert "« recours administratif préalable obligatoire" in mdph
    assert sum(line.tick for line in blocks["proc.mdph.decision"].lines) == 3
    assert "Aucune preuve citée" not in block_text(blocks["proc.ft.decision"])


def block_text(section) -> str:
    return "\n".join([section.heading, *(line.text for line in section.lines)])


def test_check_content_review_writes_the_pdf(qapp, capsys, tmp_path: Path):
    out = tmp_path / "relecture.pdf"
    capsys.readouterr()
    code = launcher.main(["check-content", "--today", "2026-12-07", "--review", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert f"Feuille de relecture écrite : {out}" in captured.out
    assert "Règles sans preuve citée" in captured.out
    reader = pypdf.PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert len(reader.pages) > 10
    assert "Repères — relecture des règles" in text
    assert "proc.mdph.decision" in text and "☐" in text
    assert "mdph10.fr/recours-contentieux" in text


def test_without_qt_or_with_a_missing_folder_the_review_says_so(capsys, tmp_path: Path):
    capsys.readouterr()
    code = cli.main(["check-content", "--review", str(tmp_path / "r.pdf")])  # no renderer
    assert code == 1
    assert "interface de Repères" in capsys.readouterr().err
    code = launcher.main(["check-content", "--review", str(tmp_path / "nowhere" / "r.pdf")])
    assert code == 2
    assert "n'existe pas" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
