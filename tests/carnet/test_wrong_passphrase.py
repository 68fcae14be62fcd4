"""C5: any wrong passphrase is one typed error; no file changes; nothing on stderr."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.carnet import Carnet, WrongPassphrase, WrongRecoveryCode

from .kit import NEW_PASSPHRASE, PASSPHRASE, add_organisations, folder_state, make_carnet

SEED = 20240605
RANDOM_CASES = 200

# Pools of characters a person (or a broken keyboard, or a file) can send.
_POOLS = [
    [chr(c) for c in range(0x20, 0x7F)],  # ASCII
    [chr(c) for c in range(0xA0, 0x180)],  # accents
    [chr(c) for c in range(0x600, 0x6FF)],  # Arabic (right to left)
    [chr(c) for c in range(0x5D0, 0x5EB)],  # Hebrew
    [chr(c) for c in range(0x1F300, 0x1F64F)],  # emoji
    [chr(c) for c in range(0x4E00, 0x4F00)],  # CJK
    ["\x00", "\t", "\n", "\r", "\x1b", "\u200b", "\u200f", "\u202e", "\ufeff", "\ufffd"],
    ["\ud800", "\udfff", "\udcff"],  # lone surrogates (surrogateescape'd bytes from a file)
]


def _random_phrase(rng: random.Random) -> str:
    length = rng.choice([0, 1, 7, 8, 20, 64, 72, 73, 200, rng.randrange(0, 400)])
    pools = rng.sample(_POOLS, rng.randint(1, 3))
    return "".join(rng.choice(rng.choice(pools)) for _ in range(length))


SPECIAL = {
    "empty": "",
    "10k": "a" * 10_000,
    "10k-mixed": ("é🌳ش\u202e" * 2500),
    "nul": "\x00",
    "nul-inside": PASSPHRASE[:5] + "\x00" + PASSPHRASE[5:],
    "emoji": "🐘🌳🚲🍎🎈🐟",
    "rtl": "مرحبا بكم في البيت",
    "rtl-override": "\u202e" + PASSPHRASE,
    "surrogate": "\udcff\udcfe",
    "trailing-space": PASSPHRASE + " ",
    "upper": PASSPHRASE.upper(),
    "prefix": PASSPHRASE[:-1],
    "newline": PASSPHRASE + "\n",
}


@pytest.fixture(scope="module")
def carnet_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wrong") / "carnet"
    carnet, _ = make_carnet(folder)
    add_organisations(carnet, ["Mission locale"], notes="rendez-vous mardi")
    carnet.lock()
    return folder


def _cases() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    cases = list(SPECIAL.items())
    while len(cases) < len(SPECIAL) + RANDOM_CASES:
        phrase = _random_phrase(rng)
        if phrase != PASSPHRASE:
            cases.append((f"random-{len(cases)}", phrase))
    return cases


def test_every_wrong_passphrase_is_one_typed_error_and_leaves_no_trace(carnet_folder, capfd):
    cases = _cases()
    assert len(cases) >= 200
    before = folder_state(carnet_folder)
    capfd.readouterr()
    messages = set()
    for name, phrase in cases:
        with pytest.raises(WrongPassphrase) as info:
            Carnet.unlock(carnet_folder, phrase)
        assert type(info.value) is WrongPassphrase, name
        text = str(info.value)
        if len(phrase) >= 4:
            assert phrase not in text and phrase not in repr(info.value.args), name
        messages.add(text)
    out, err = capfd.readouterr()
    assert err == "", f"stderr: {err[:300]!r}"
    assert out == ""
    assert folder_state(carnet_folder) == before
    assert len(messages) == 1, messages  # one generic message
    print(f"wrong passphrases tried: {len(cases)}, files unchanged, stderr empty")
    Carnet.unlock(carnet_folder, PASSPHRASE).lock()  # the right one still works


def test_wrong_recovery_codes_leave_no_trace(carnet_folder, capfd):
    rng = random.Random(SEED + 1)
    before = folder_state(carnet_folder)
    capfd.readouterr()
    codes = [_random_phrase(rng) for _ in range(40)]
    codes += ["2222-2222-2222-2222-2222-2222", "zzzz zzzz zzzz zzzz zzzz zzzz", "\x00" * 24]
    for code in codes:
        with pytest.raises(WrongRecoveryCode):
            Carnet.unlock_with_recovery(carnet_folder, code, NEW_PASSPHRASE)
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    assert folder_state(carnet_folder) == before
