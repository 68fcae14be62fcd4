"""The word list behind generated passphrases stays short, plain and kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

WORDLIST = Path(__file__).resolve().parents[1] / "resources" / "wordlists" / "fr-courants.txt"

# Words that would upset or expose someone if shown in their passphrase.
# fmt: off
BLOCKED = {
    "mort", "tuer", "sang", "guerre", "arme", "fusil", "bombe", "couteau",
    "police", "policier", "gendarme", "prison", "juge", "tribunal", "sanction", "amende",
    "dette", "loyer", "facture", "impot", "pauvre", "chomage", "emploi", "travail",
    "malade", "cancer", "douleur", "hopital", "docteur", "drogue", "alcool",
    "caf", "rsa", "mairie", "dossier", "prefecture", "aide",
}
# fmt: on


@pytest.fixture(scope="module")
def text() -> str:
    return WORDLIST.read_text("utf-8")


@pytest.fixture(scope="module")
def words(text: str) -> list[str]:
    return text.splitlines()


def test_count_fits_the_generator(words: list[str]):
    assert 1100 <= len(words) <= 2048


def test_words_are_distinct(words: list[str]):
    assert len(set(words)) == len(words)


def test_words_are_plain_lowercase_ascii(words: list[str]):
    bad = [w for w in words if not re.fullmatch(r"[a-z]{3,8}", w)]
    assert not bad


def test_words_are_sorted(words: list[str]):
    assert words == sorted(words)


def test_file_ends_with_one_newline(text: str):
    assert text.endswith("\n")
    assert not text.endswith("\n\n")


def test_no_blocked_word(words: list[str]):
    assert not BLOCKED & set(words)
