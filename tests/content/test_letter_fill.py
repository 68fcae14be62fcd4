"""Letters filled from the carnet: every value in place, empty ones visible as "…", lines of
empty values dropped; identifiers kept in the carnet only when the person asks."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.carnet import FAST_KDF, Carnet
from app.content.letter_fill import MISSING, fill_letter
from app.content.packs import load_packs, shipped_root
from app.domain.validation import InvalidRecord
from app.records.letter_identity import keep_letter_identifiers, letter_identifiers


@pytest.fixture(scope="module")
def letters():
    return load_packs([("", shipped_root())]).letters


def test_observations_are_filled_in_french(letters):
    subject, body = fill_letter(
        letters["letter.observations"],
        "fr",
        {
            "name": "Léa Martin",
            "identifiers": "Identifiant France Travail : 1234567A",
            "organisation": "France Travail",
            "letter_date": "27 février 2026",
            "received_on": "2 mars 2026",
            "today": "4 mars 2026",
            "reason": "J’étais à l’hôpital.",
            "journal_extract": "",
        },
    )
    assert subject == "Mes observations sur votre lettre du 27 février 2026"
    assert body.startswith("Léa Martin\nIdentifiant France Travail : 1234567A\n")
    assert "Votre lettre du 27 février 2026 annonce une sanction envisagée." in body
    assert "Je l’ai reçue le 2 mars 2026." in body
    assert "dans le délai de 10 jours qui suit l’envoi de votre lettre" in body  # F1638
    assert "J’étais à l’hôpital." in body
    assert "{" not in body and MISSING not in body
    assert "\n\n\n" not in body  # the empty journal extract left no gap


def test_missing_values_show_and_empty_lines_go(letters):
    subject, body = fill_letter(letters["letter.absence"], "en", {"name": "Léa"})
    assert subject == f"My absence from the appointment of {MISSING}"
    assert MISSING in body
    assert body.splitlines()[1] == ""  # no identifiers: their line is dropped


def test_identifiers_are_kept_only_when_asked(tmp_path: Path):
    carnet, _ = Carnet.create(tmp_path / "c", "cheval maison jardin tomate", kdf=FAST_KDF)
    try:
        assert letter_identifiers(carnet) == ""
        keep_letter_identifiers(carnet, "CAF : 998877\n")
        assert letter_identifiers(carnet) == "CAF : 998877"
        keep_letter_identifiers(carnet, "France Travail : 1234567A")
        assert letter_identifiers(carnet) == "France Travail : 1234567A"
        with pytest.raises(InvalidRecord):
            keep_letter_identifiers(carnet, "x" * 2000)
        assert letter_identifiers(carnet) == "France Travail : 1234567A"
        keep_letter_identifiers(carnet, "  ")
        assert letter_identifiers(carnet) == ""
    finally:
        carnet.lock()
