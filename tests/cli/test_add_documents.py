"""`reperes add-documents CARNET FILE...` (issue 17, part 5): many scans at once through the
documents operation of the screen (same checks and limits), progress on stderr, real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app import records
from app.carnet import Carnet
from app.demo_files import tiny_pdf, tiny_png
from app.domain.documents import MAX_BYTES, DocumentKind

from .conftest import PASSPHRASE, assert_untouched, folder_hashes

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + os.urandom(4096)


def _documents(folder: Path) -> list[records.Document]:
    with Carnet.unlock(folder, PASSPHRASE) as carnet:
        return records.list_documents(carnet)


@pytest.fixture
def scans(tmp_path: Path) -> list[Path]:
    made = []
    for name, data in [("Courrier CAF.pdf", tiny_pdf(["Courrier CAF"])),
                       ("reçu-loyer.png", tiny_png(7)), ("photo 3.jpg", JPEG)]:  # fmt: skip
        path = tmp_path / name
        path.write_bytes(data)
        made.append(path)
    return made


def test_many_files_are_added_with_progress(demo_carnet, scans, passfile, run):
    before = len(_documents(demo_carnet))
    result = run("add-documents", demo_carnet, *scans, "--passphrase-file", passfile,
                 "--kind", "decision")  # fmt: skip
    assert result.code == 0, result.err
    lines = result.err.splitlines()
    assert [line.split("]")[0] for line in lines] == ["[1/3", "[2/3", "[3/3"]
    assert all("ajouté (0," in line for line in lines)  # a French decimal comma
    assert "Documents ajoutés : 3. Déjà dans le carnet : 0. Pas ajoutés : 0." in result.out
    docs = _documents(demo_carnet)
    assert len(docs) == before + 3
    new = [d for d in docs if d.title in ("Courrier CAF", "reçu-loyer", "photo 3")]
    assert len(new) == 3 and {d.kind for d in new} == {DocumentKind.DECISION}
    again = run("add-documents", demo_carnet, *scans, "--passphrase-file", passfile)
    assert again.code == 0
    assert "Déjà dans le carnet : 3." in again.out
    assert len(_documents(demo_carnet)) == before + 3


def test_bad_files_are_said_and_the_others_added(demo_carnet, scans, tmp_path, passfile, run):
    text = tmp_path / "notes.txt"
    text.write_text("pas une image")
    big = tmp_path / "énorme.pdf"
    with big.open("wb") as f:
        f.write(b"%PDF-1.4\n")
        f.truncate(MAX_BYTES + 1)
    pipe = tmp_path / "tube.jpg"
    os.mkfifo(pipe)  # would block a plain open() for ever
    before = len(_documents(demo_carnet))
    files = [text, scans[0], big, pipe, tmp_path / "absent.jpg", tmp_path]
    result = run("add-documents", demo_carnet, *files, "--passphrase-file", passfile)
    assert result.code == 14, result.err
    err = result.err
    assert "[1/6] " in err and "ni une photo (JPEG, PNG) ni un PDF" in err
    assert "trop gros (plus de 25 Mo)" in err
    assert err.count("ce n'est pas un fichier") == 2  # the pipe and the folder
    assert "ne peut pas être lu" in err
    assert "Documents ajoutés : 1. Déjà dans le carnet : 0. Pas ajoutés : 5." in result.out
    assert len(_documents(demo_carnet)) == before + 1


def test_nothing_to_add_asks_no_passphrase_and_touches_nothing(demo_carnet, tmp_path, run):
    empty = tmp_path / "vide.jpg"
    empty.write_bytes(b"")
    before = folder_hashes(demo_carnet)
    # No passphrase file and no terminal: had it asked for one, the exit code would be 2.
    result = run("add-documents", demo_carnet, empty, tmp_path / "absent.pdf", tmp_path)
    assert result.code == 14
    assert "Pas ajoutés : 3." in result.out
    assert "le fichier est vide" in result.err
    assert_untouched(demo_carnet, before)


def test_wrong_passphrase_and_bad_kind(demo_carnet, scans, tmp_path, run):
    wrong = tmp_path / "faux.txt"
    wrong.write_text("pas la bonne phrase de passe du tout\n")
    before = folder_hashes(demo_carnet)
    assert run("add-documents", demo_carnet, *scans, "--passphrase-file", wrong).code == 3
    with pytest.raises(SystemExit) as info:
        run("add-documents", demo_carnet, *scans, "--kind", "gateau")
    assert info.value.code == 2
    assert_untouched(demo_carnet, {k: v for k, v in before.items() if k != "attempts.json"})
