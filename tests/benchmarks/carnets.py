"""The carnets the measures run on, made by the real command (`reperes demo --years N`), and the
time that command takes (issue: "10 years in seconds, not minutes").

    fast-N   demo carnets of N years (1, 5, 10) with the cheap test KDF (REPERES_FAST_KDF=1), so
             opening them measures the database and the screens, not Argon2id;
    empty    a new carnet with nothing in it (the baseline of Today);
    real-N   the largest demo with the real Argon2id (256 MiB, t=2, p=2): unlock and memory.

What the demo holds, in proportions, is written in app/demo.py's docstring (and the README)."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "cheval orange parapluie lointain 42"
DOC_MB = 20


@dataclass
class Carnets:
    root: Path
    passfile: Path
    folders: dict[str, Path]
    generator_ms: dict[str, list[float]]
    env: dict[str, str]
    years: int

    def __getitem__(self, name: str) -> Path:
        return self.folders[name]

    def real(self) -> Path:
        """The largest demo with the real Argon2id, made when first needed."""
        if "real" not in self.folders:
            self.folders["real"] = self.root / f"real-{self.years}"
            demo(self.folders["real"], self.years, self.passfile, self.env, fast=False)
        return self.folders["real"]


def reperes_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "ui.launcher", *args]


def demo(folder: Path, years: int, passfile: Path, env: dict[str, str], fast: bool) -> float:
    """`reperes demo FOLDER --years N`: wall time in ms."""
    env = dict(env)
    if fast:
        env["REPERES_FAST_KDF"] = "1"
    else:
        env.pop("REPERES_FAST_KDF", None)
    start = time.perf_counter()
    subprocess.run(
        reperes_argv("demo", str(folder), "--years", str(years), "--passphrase-file",
                     str(passfile)),
        env=env, check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    return (time.perf_counter() - start) * 1000


def empty_carnet(folder: Path) -> None:
    from app.carnet import FAST_KDF, Carnet

    carnet, _code = Carnet.create(folder, PASSPHRASE, owner_name="Camille Vasseur", kdf=FAST_KDF)
    carnet.lock()


def make(root: Path, env: dict[str, str], years: tuple[int, ...], repeats: int) -> Carnets:
    """The carnets, and the demo command's time for the largest and the smallest (baseline)."""
    root.mkdir(parents=True, exist_ok=True)
    passfile = root / "passphrase.txt"
    passfile.write_text(PASSPHRASE + "\n", "utf-8")
    folders: dict[str, Path] = {}
    timings: dict[str, list[float]] = {}
    for n in years:
        folders[f"fast-{n}"] = root / f"fast-{n}"
        timings[f"fast-{n}"] = [demo(folders[f"fast-{n}"], n, passfile, env, fast=True)]
    for n in sorted({min(years), max(years)}):  # more runs of the generator, thrown away
        for i in range(repeats - 1):
            again = root / f"again-{n}-{i}"
            timings[f"fast-{n}"].append(demo(again, n, passfile, env, True))
            shutil.rmtree(again)
    folders["empty"] = root / "empty"
    empty_carnet(folders["empty"])
    return Carnets(root, passfile, folders, timings, env, max(years))


def disk_bytes(folder: Path) -> int:
    """The carnet's database as carried on a stick (the WAL is folded in when it closes)."""
    return sum(p.stat().st_size for p in folder.glob("carnet.db*"))


def scanned_pdf(path: Path, megabytes: int = DOC_MB) -> Path:
    """A one-page PDF of `megabytes` MB: an uncompressed grey scan (random bytes, as noisy as a
    phone photo), the kind of file that arrives from a library scanner; with its xref table."""
    width = 2480
    height = megabytes * 1024 * 1024 // width
    pixels = os.urandom(width * height)
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        (f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace "
         f"/DeviceGray /BitsPerComponent 8 /Length {len(pixels)} >>\nstream\n").encode()
        + pixels + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]  # fmt: skip
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path.write_bytes(bytes(out))
    return path


def scanned_pdfs(folder: Path, count: int) -> list[Path]:
    """Different bytes each (the same bytes twice are stored once)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [scanned_pdf(folder / f"scan-{i}-{secrets.token_hex(3)}.pdf") for i in range(count)]
