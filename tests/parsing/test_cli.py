"""`reperes parse-message`: through the real entry point in a child process (no Qt loaded),
and its refusals (not text, too large, empty, bad --received), each with exit 2."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli, messages
from app.parsing.command import MAX_MESSAGE_BYTES, ORGANISATION_KEYS, QUESTION_KEYS

from .corpus import CORPUS

ROOT = Path(__file__).resolve().parents[2]


def launch(*args: object, lang: str = "fr_FR.UTF-8") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LANG=lang, PYTHONPATH=str(ROOT))
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ui.launcher", "parse-message", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_json_through_the_launcher_without_qt() -> None:
    proc = launch(CORPUS / "01_ft_convocation_lettre.txt", "--received", "2026-11-20", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["start"] == "2026-12-01T10:15:00+01:00"
    assert data["organisation"]["value"]["kind"] == "france_travail"
    assert data["mandatory"]["value"] is True and data["questions"] == []
    text = (CORPUS / "01_ft_convocation_lettre.txt").read_text("utf-8")
    start, end = data["place"]["span"]
    assert "12 rue des Tilleuls" in text[start:end]
    imported = proc.stderr  # -X importtime writes the import log there
    assert "app.parsing.parse" in imported
    assert "PySide6" not in imported and "Traceback" not in imported


def test_plain_sentences_in_french_and_english() -> None:
    french = launch(CORPUS / "11_mission_locale_deux_dates.txt", "--received", "2026-11-25")
    assert french.returncode == 0
    assert french.stdout.splitlines()[0] == messages._M["parse_intro"][0]
    assert "Quand : jeudi 3 décembre 2026, à 10 h." in french.stdout
    assert "jeudi 3 décembre 2026 ou vendredi 4 décembre 2026" in french.stdout
    assert "Rien n'a été enregistré dans le carnet." in french.stdout
    english = launch(
        CORPUS / "36_ft_avant_sanction.txt", "--received", "2026-11-20", lang="en_US.UTF-8"
    )
    assert english.returncode == 0
    assert "It is a letter before a possible sanction. You can reply." in english.stdout
    assert "Ce manquement à vos obligations peut entraîner une sanction." in english.stdout


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"PK\x03\x04" + bytes(range(256)) * 4, "parse_not_text"),
        (b"RDV le 3/12\x00\x01\x02 a 9h", "parse_not_text"),
        (bytes(range(1, 32)) * 40, "parse_not_text"),
        (b"\x81\x8d\x8f\x90\x9d" * 10, "parse_not_text"),
        (b"   \n\n  ", "parse_empty"),
        (b"A" * (MAX_MESSAGE_BYTES + 1), "parse_too_large"),
    ],
)
def test_files_that_are_not_a_message_are_refused(
    tmp_path: Path, content: bytes, code: str, capsys
) -> None:
    path = tmp_path / "message.txt"
    path.write_bytes(content)
    assert cli.main(["parse-message", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == messages.say(code)


@pytest.mark.parametrize(
    ("content", "code"),
    [  # a photo or a PDF goes to OCR: a broken one is said, exit 13
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "parse_ocr_failed"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "parse_ocr_broken_pdf"),
    ],
)
def test_broken_photos_and_pdfs_are_said(tmp_path: Path, content: bytes, code: str, capsys) -> None:
    path = tmp_path / "lettre"
    path.write_bytes(content)
    assert cli.main(["parse-message", str(path)]) == 13
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == messages.say(code)


def test_missing_file_and_bad_received(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "absent.txt"
    assert cli.main(["parse-message", str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err
    good = tmp_path / "sms.txt"
    good.write_text("RDV le 3/12 à 9h", "utf-8")
    assert cli.main(["parse-message", str(good), "--received", "20/11/2026"]) == 2
    assert capsys.readouterr().err.strip() == messages.say("parse_bad_received")
    for far in ("9999-12-31", "0001-01-01"):  # a real date, out of the carnet's years
        assert cli.main(["parse-message", str(good), "--received", far]) == 2
        said = capsys.readouterr().err.strip()
        assert said == messages.say("parse_received_out_of_range", first=1900, last=2200)
    assert cli.main(["parse-message", str(tmp_path)]) == 2  # a folder


def test_old_windows_text_and_a_one_megabyte_letter_are_read(tmp_path: Path, capsys) -> None:
    cp1252 = tmp_path / "lettre.txt"
    cp1252.write_bytes("Convoqué le 3 décembre 2026 à 9h.".encode("cp1252"))
    assert cli.main(["parse-message", str(cp1252), "--json", "--received", "2026-11-20"]) == 0
    assert json.loads(capsys.readouterr().out)["start"] == "2026-12-03T09:00:00+01:00"
    big = tmp_path / "big.txt"
    letter = (CORPUS / "39_lettre_longue_100ko.txt").read_text("utf-8")
    big.write_text(letter * 9, "utf-8")
    assert MAX_MESSAGE_BYTES - 200_000 < big.stat().st_size <= MAX_MESSAGE_BYTES
    assert cli.main(["parse-message", str(big), "--json", "--received", "2026-11-25"]) == 0
    assert json.loads(capsys.readouterr().out)["day"]["value"] == "2026-12-10"


@pytest.mark.parametrize("lang", [0, 1])
def test_every_parse_sentence_exists_is_short_and_plain(lang: int) -> None:
    keys = [k for k in messages._M if k.startswith("parse_")]
    assert set(QUESTION_KEYS) <= set(keys) and set(ORGANISATION_KEYS) <= set(keys)
    for key in keys:
        sentence = re.sub(r"\{\w+\}", "X", messages._M[key][lang])
        for part in re.split(r"(?<=[.!?])\s+", sentence):
            assert len(part.split()) <= 20, (key, part)
