"""Make the portable copy: a zip to unpack on a USB stick, which runs without installing anything.

    .venv/bin/python packaging/build_portable.py                       # builds the bundle if needed
    .venv/bin/python packaging/build_portable.py --bundle dist/reperes --out Reperes.zip

Inside the zip, one folder `Reperes/`:

    Reperes/
        reperes(.exe)        the program (Windows also: reperes-console.exe, for `check` etc.)
        _internal/           what it needs
        reperes-portable     the marker: carnets and settings stay in `donnees/`, on the stick
        donnees/             empty; Repères writes here, and only here
        LISEZ-MOI.txt        how to use it, in plain French

`donnees/` is in the zip so that the program folder itself can be read-only (a stick's folder
protected by an administrator, or a copy locked against mistakes) while Repères still writes.

The bundle's symbolic links are left out: USB sticks (FAT32, exFAT) cannot hold them, and each
library finds its neighbours through its own search path (RPATH), so nothing needs them; the
test runs the unpacked copy to prove it. Unix permissions are kept in the zip (the program must
stay executable when unpacked with `unzip` or a Linux archive manager).
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOP = "Reperes"  # ASCII: older Windows zip tools mangle accented folder names
MARKER = "reperes-portable"  # app/locations.py: PORTABLE_MARKER
DATA = "donnees"  # app/locations.py: PORTABLE_DATA
README_NAME = "LISEZ-MOI.txt"

MARKER_TEXT = (
    "Ce fichier dit à Repères de tout garder sur la clé, dans le dossier « donnees ».\n"
    "Ne le supprimez pas.\n"
)

LISEZ_MOI = """\
Repères — la version pour clé USB
=================================

Repères garde vos rendez-vous, vos courriers et vos preuves dans un carnet.
Le carnet est protégé par un mot de passe. Vous seul le connaissez.
Repères ne va jamais sur Internet.

Démarrer
--------
1. Copiez le dossier « Reperes » sur votre clé USB.
2. Ouvrez ce dossier sur la clé.
3. Sous Windows : double-cliquez sur « reperes.exe ».
   Sous Linux : double-cliquez sur « reperes ».
Il n’y a rien à installer. Il ne faut pas de droits d’administrateur.

Où est votre carnet ?
---------------------
Votre carnet reste sur la clé, dans le dossier « donnees ».
Repères n’écrit rien sur l’ordinateur.
Ne supprimez pas le dossier « donnees » : votre carnet est dedans.

Avant de retirer la clé
-----------------------
1. Fermez Repères.
2. Éjectez la clé (clic droit sur la clé, puis « Éjecter »).
Ce qui était enregistré reste sur la clé.

Si Repères dit qu’il ne peut pas écrire
---------------------------------------
La clé est peut-être protégée contre l’écriture, ou pleine.
Vérifiez le petit bouton « Lock » sur le côté de la clé, s’il y en a un.
Vous pouvez aussi copier le dossier « Reperes » sur une autre clé.

Faites une copie de votre carnet de temps en temps
--------------------------------------------------
Une clé USB se perd ou s’abîme. Copiez le dossier « donnees » sur une autre clé.
Gardez aussi le code de secours imprimé : il ouvre le carnet si vous oubliez
votre mot de passe.

Besoin d’aide ?
---------------
Un conseiller d’un espace France Services, ou une association près de chez
vous, peut vous aider à utiliser Repères.

Sous Linux, la voix a besoin du programme espeak-ng sur l’ordinateur.
Repères est un logiciel libre (licence GPL, version 3 ou suivante).
"""


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def _platform() -> str:
    return "windows" if sys.platform == "win32" else "linux"


def french_spacing(text: str) -> str:
    """No-break spaces where French typography puts them: before : ; ? ! and inside « »."""
    for plain, fixed in ((" :", "\u00a0:"), (" ;", "\u00a0;"), (" ?", "\u00a0?"),
                         (" !", "\u00a0!"), ("« ", "«\u00a0"), (" »", "\u00a0»")):  # fmt: skip
        text = text.replace(plain, fixed)
    return text


def _text(text: str) -> bytes:
    """UTF-8 with a byte order mark and Windows line ends: Notepad on any Windows reads it."""
    return b"\xef\xbb\xbf" + french_spacing(text).replace("\n", "\r\n").encode("utf-8")


def _info(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))  # reproducible
    info.external_attr = (mode & 0xFFFF) << 16
    info.create_system = 3  # Unix: the permission bits above are read back
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def make_zip(bundle: Path, out: Path) -> Path:
    bundle = Path(bundle)
    program = "reperes.exe" if (bundle / "reperes.exe").exists() else "reperes"
    if not (bundle / program).is_file():
        raise SystemExit(f"{bundle} is not a Repères bundle (no {program})")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    with zipfile.ZipFile(partial, "w", compresslevel=6) as zf:
        for path in sorted(bundle.rglob("*")):
            rel = path.relative_to(bundle).as_posix()
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(bundle.resolve()) or not target.exists():
                    raise SystemExit(f"{rel}: a link to a file outside the bundle")
                continue  # the real file is in the zip at its own place
            if path.is_dir():
                zf.writestr(_info(f"{TOP}/{rel}/", stat.S_IFDIR | 0o755), b"")
                continue
            mode = path.stat().st_mode
            mode = 0o755 if mode & stat.S_IXUSR else 0o644
            info = _info(f"{TOP}/{rel}", stat.S_IFREG | mode)
            with path.open("rb") as src, zf.open(info, "w") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
        zf.writestr(_info(f"{TOP}/{MARKER}", stat.S_IFREG | 0o644), _text(MARKER_TEXT))
        zf.writestr(_info(f"{TOP}/{README_NAME}", stat.S_IFREG | 0o644), _text(LISEZ_MOI))
        zf.writestr(_info(f"{TOP}/{DATA}/", stat.S_IFDIR | 0o755), b"")
    os.replace(partial, out)
    return out


def extract(archive: Path, dest: Path) -> Path:
    """Unpack like `unzip` does (permissions kept): the folder of the program."""
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = dest / info.filename
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
            mode = (info.external_attr >> 16) & 0o777
            if mode:
                target.chmod(mode)
    return dest / TOP


def default_out() -> Path:
    return ROOT / "dist" / f"Reperes-{_version()}-portable-{_platform()}.zip"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make the portable (USB stick) zip of Repères.")
    parser.add_argument("--bundle", type=Path, help="the one-folder bundle (default: build it)")
    parser.add_argument("--out", type=Path, help="the zip to write")
    args = parser.parse_args(argv)
    bundle = args.bundle
    if bundle is None:
        sys.path.insert(0, str(HERE))
        from build_bundle import build

        bundle, _seconds = build()
    out = make_zip(bundle, args.out or default_out())
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
