"""`reperes demo` and `reperes check`: the round trip, the exit codes, nothing secret printed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.carnet import DB_NAME, ENVELOPE_NAME, FAST_KDF, Carnet, KdfParams
from app.carnet.envelope import Envelope

from .conftest import PASSPHRASE, assert_untouched, folder_hashes


def check_json(out: str) -> dict:
    lines = out.strip().splitlines()
    assert len(lines) == 1, out  # one JSON object, nothing else on stdout
    return json.loads(lines[0])


def test_demo_then_check_round_trip(tmp_path: Path, passfile: Path, run) -> None:
    folder = tmp_path / "formation"
    made = run("demo", folder, "--years", "3", "--passphrase-file", passfile)
    assert made.code == 0 and made.err == ""
    assert str(folder) in made.out and "entraîner" in made.out
    assert "Code de secours" not in made.out  # only with --show-recovery-code
    checked = run("check", folder, "--passphrase-file", passfile)
    assert checked.code == 0 and checked.err == ""
    summary = check_json(checked.out)
    assert summary["ok"] is True and summary["error"] is None
    assert summary["integrity"] == "ok"
    assert summary["schema_version"] >= 3
    assert summary["cipher_version"].startswith("4.")
    counts = summary["counts"]
    # The demo grew (two more organisations, regular series, ledger, journal, documents): the
    # appointments were 70-150 over 3 years at 2-4 a month; now about 13 a month.
    assert counts["organisation"] == 14
    assert 350 <= counts["appointment"] <= 650
    assert counts["activity"] > 3000 and counts["journal"] > 500 and counts["document"] > 50
    assert summary["journal"] == "ok"
    with Carnet.unlock(folder, PASSPHRASE) as carnet:
        assert carnet.owner_name == "Camille Vasseur"
        assert carnet.query("SELECT count(*) FROM appointment")[0][0] == counts["appointment"]


def test_global_passphrase_option_before_the_subcommand(demo_carnet: Path, passfile, run) -> None:
    result = run("--passphrase-file", passfile, "check", demo_carnet)
    assert result.code == 0, result.err


def test_the_recovery_code_is_printed_only_when_asked(tmp_path: Path, passfile, run) -> None:
    result = run("demo", tmp_path / "d", "--passphrase-file", passfile, "--show-recovery-code")
    assert result.code == 0
    code = result.out.split("Code de secours : ")[1].strip()
    with Carnet.unlock_with_recovery(tmp_path / "d", code, "nouvelle phrase 92 pour le jardin"):
        pass


def test_fast_kdf_only_when_the_environment_says_so(
    tmp_path: Path, passfile, run, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("demo", tmp_path / "fast", "--passphrase-file", passfile).code == 0
    fast = Envelope.read(tmp_path / "fast" / ENVELOPE_NAME).passphrase.kdf
    assert fast == FAST_KDF
    monkeypatch.delenv("REPERES_FAST_KDF")
    assert run("demo", tmp_path / "real", "--passphrase-file", passfile).code == 0
    real = Envelope.read(tmp_path / "real" / ENVELOPE_NAME).passphrase.kdf
    assert real == KdfParams() and real.memory_cost >= 64 * 1024


def test_demo_refuses_an_existing_carnet_and_leaves_it_alone(
    demo_carnet: Path, passfile, run
) -> None:
    before = folder_hashes(demo_carnet)
    result = run("demo", demo_carnet, "--passphrase-file", passfile)
    assert result.code == 10
    assert result.err.strip() == "Il y a déjà un carnet à cet endroit. Il n'a pas été touché."
    assert folder_hashes(demo_carnet) == before


@pytest.mark.parametrize("years", ["0", "-1", "31"])
def test_demo_years_out_of_range(tmp_path: Path, passfile, run, years: str) -> None:
    result = run("demo", tmp_path / "d", "--years", years, "--passphrase-file", passfile)
    assert result.code == 2 and "années" in result.err
    assert not (tmp_path / "d").exists()


def test_demo_refuses_a_folder_with_other_files(tmp_path: Path, passfile, run) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "photo.jpg").write_bytes(b"not mine")
    result = run("demo", tmp_path / "d", "--passphrase-file", passfile)
    assert result.code == 2 and "pas vide" in result.err
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["photo.jpg"]


def test_demo_refuses_a_weak_passphrase(tmp_path: Path, run) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text("azerty\n")
    result = run("demo", tmp_path / "d", "--passphrase-file", weak)
    assert result.code == 11 and "trop facile" in result.err


def test_without_passphrase_file_or_terminal(tmp_path: Path, demo_carnet: Path, run) -> None:
    result = run("check", demo_carnet)  # stdin is not a terminal under pytest
    assert result.code == 2 and "--passphrase-file" in result.err
    assert check_json(result.out)["error"] == "no_passphrase"
    missing = run("check", demo_carnet, "--passphrase-file", tmp_path / "nope.txt")
    assert missing.code == 2 and "ne peut pas être lu" in missing.err


def test_passphrase_typed_at_a_terminal(
    demo_carnet: Path, run, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import sys

    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    assert run("check", demo_carnet).code == 0
    assert prompts == ["Phrase de passe : "]


@pytest.mark.parametrize(
    "wrong",
    ["", "x" * 10_000, "lanterne\x00marché", "🙂🔑🙂🔑🙂", "مرحبا بالعالم", PASSPHRASE + " "],
    ids=["empty", "10k", "nul", "emoji", "rtl", "one-space-more"],
)
def test_check_wrong_passphrase(demo_carnet: Path, tmp_path: Path, run, wrong: str) -> None:
    wrong_file = tmp_path / "wrong.txt"
    wrong_file.write_text(wrong, "utf-8")
    before = folder_hashes(demo_carnet)
    result = run("check", demo_carnet, "--passphrase-file", wrong_file)
    assert result.code == 3
    assert result.err.strip() == "Cette phrase de passe n'ouvre pas ce carnet."
    assert check_json(result.out) == {
        "ok": False, "schema_version": None, "cipher_version": None, "integrity": None,
        "counts": {}, "journal": None, "upgrade_pending": None, "error": "wrong_passphrase",
    }  # fmt: skip
    assert folder_hashes(demo_carnet) == before  # the database is never even opened
    if wrong:
        assert wrong not in result.out + result.err


def damage_flip(folder: Path) -> None:
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(b ^ 0xFF for b in data[middle : middle + 16])
    db.write_bytes(bytes(data))


def damage_truncate(folder: Path) -> None:
    db = folder / DB_NAME
    db.write_bytes(db.read_bytes()[: 4096 + 100])


def damage_zero_pages(folder: Path) -> None:
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    data[4096 : 3 * 4096] = bytes(2 * 4096)
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [damage_flip, damage_truncate, damage_zero_pages])
def test_check_damaged_carnet(demo_carnet: Path, passfile, run, damage) -> None:
    damage(demo_carnet)
    before = folder_hashes(demo_carnet)
    result = run("check", demo_carnet, "--passphrase-file", passfile)
    assert result.code == 4, result
    assert "abîmé" in result.err and len(result.err.strip().splitlines()) == 1
    summary = check_json(result.out)
    assert summary["ok"] is False and summary["error"] == "damaged"
    assert summary["integrity"] != "ok"
    assert_untouched(demo_carnet, before)


def test_check_not_a_carnet(tmp_path: Path, passfile, run) -> None:
    empty = tmp_path / "vide"
    empty.mkdir()
    stranger = tmp_path / "lettre.pdf"
    stranger.write_bytes(b"%PDF-1.4 not a carnet")
    for target in (empty, stranger, tmp_path / "absent"):
        result = run("check", target, "--passphrase-file", passfile)
        assert result.code == 6
        assert result.err.strip() == "Il n'y a pas de carnet Repères à cet endroit."
        assert check_json(result.out)["error"] == "not_a_carnet"
    assert list(empty.iterdir()) == []
    assert stranger.read_bytes() == b"%PDF-1.4 not a carnet"


def test_check_accepts_the_database_file_path(demo_carnet: Path, passfile, run) -> None:
    assert run("check", demo_carnet / DB_NAME, "--passphrase-file", passfile).code == 0


def test_check_newer_schema(demo_carnet: Path, passfile, run) -> None:
    with Carnet.unlock(demo_carnet, PASSPHRASE) as carnet, carnet.write() as con:
        con.execute("PRAGMA user_version = 99")
    before = folder_hashes(demo_carnet)
    result = run("check", demo_carnet, "--passphrase-file", passfile)
    assert result.code == 5
    assert "version plus récente" in result.err
    assert check_json(result.out)["error"] == "newer_version"
    assert_untouched(demo_carnet, before)


def test_messages_in_english(demo_carnet: Path, tmp_path: Path, run, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the right one at all")
    result = run("check", demo_carnet, "--passphrase-file", wrong)
    assert result.err.strip() == "This passphrase does not open this carnet."


def test_say_is_for_later(run) -> None:
    result = run("say", "Bonjour")
    assert result.code == 1 and "voix" in result.err and result.out == ""


def test_the_passphrase_never_appears_anywhere(tmp_path: Path, passfile, run) -> None:
    folder = tmp_path / "c"
    outputs = [
        run("demo", folder, "--years", "1", "--passphrase-file", passfile, "--show-recovery-code"),
        run("check", folder, "--passphrase-file", passfile),
        run("export-ics", folder, tmp_path / "out.ics", "--passphrase-file", passfile),
        run("import-ics", folder, tmp_path / "out.ics", "--passphrase-file", passfile),
        run("demo", folder, "--passphrase-file", passfile),
    ]
    for result in outputs:
        for secret in (PASSPHRASE, PASSPHRASE.encode().hex(), PASSPHRASE.lower()):
            assert secret not in result.out and secret not in result.err
        assert "Traceback" not in result.err
    assert PASSPHRASE.encode() not in (tmp_path / "out.ics").read_bytes()


def test_ten_year_demo_is_made_and_stays_small(tmp_path: Path, passfile, run) -> None:
    """Its time is the benchmark's (demo 3–10 s by load): a timed assertion failed at load 10."""
    result = run("demo", tmp_path / "ten", "--years", "10", "--passphrase-file", passfile)
    assert result.code == 0
    size = sum(p.stat().st_size for p in (tmp_path / "ten").iterdir())
    # 5 MiB before the demo held the ledger, journal and documents; about 9 MB now.
    assert size < 25 * 1024 * 1024
    assert os.environ["REPERES_FAST_KDF"] == "1"


def test_check_writes_nothing(demo_carnet: Path, passfile, run) -> None:
    """`check` only reads: the carnet's files are byte for byte the same afterwards (no unlock
    recorded, nothing migrated), so it can be run on a carnet somebody wants to keep as proof."""
    before = folder_hashes(demo_carnet)
    for _ in range(2):
        assert run("check", demo_carnet, "--passphrase-file", passfile).code == 0
    assert_untouched(demo_carnet, before)
    assert folder_hashes(demo_carnet) == before  # not even the empty sidecars are left


def test_check_reads_an_older_schema_without_upgrading_it(
    tmp_path: Path, passfile, run, monkeypatch
) -> None:
    from app.carnet import migrations

    folder = tmp_path / "older"
    with monkeypatch.context() as m:
        m.setattr(migrations, "STEPS", migrations.STEPS[:-1])
        carnet, _ = Carnet.create(folder, PASSPHRASE, owner_name="Camille", kdf=FAST_KDF)
        carnet.lock()
    before = folder_hashes(folder)
    result = run("check", folder, "--passphrase-file", passfile)
    assert result.code == 0, result.err
    summary = check_json(result.out)
    assert summary["schema_version"] == migrations.LATEST - 1
    assert summary["upgrade_pending"] is True and summary["journal"] == "not_checked"
    assert "prochaine ouverture" in result.err
    assert folder_hashes(folder) == before  # no upgrade, no pre-upgrade copy
    with Carnet.unlock(folder, PASSPHRASE) as opened:
        assert opened.schema_version == migrations.LATEST  # the app still upgrades it
