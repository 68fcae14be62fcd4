"""The kind of letter, on the whole corpus (the sidecars' `kind`), and what travels to the
deadline screen: the date written on the letter, the sender, whether a decision says how to
contest it, the days a notice gives to answer."""

from __future__ import annotations

from datetime import date

from app.deadlines.kinds import AppealMention, LetterKind
from app.domain.organisations import OrganisationKind
from app.parsing import parse_message
from app.parsing.letter_kind import read_letter

from .corpus import cases

EXPECTED = {
    "convocation": LetterKind.CONVOCATION,
    "document_request": LetterKind.DOCUMENTS_REQUEST,
    "sanction_notice": LetterKind.SANCTION_NOTICE,
    "decision": LetterKind.DECISION,
    "information": LetterKind.OTHER,
    "other": LetterKind.OTHER,
}


def test_letter_kind_on_the_corpus() -> None:
    right, wrong = 0, []
    all_cases = cases()
    for case in all_cases:
        reading = read_letter(parse_message(case.text, case.received), case.text)
        if reading.kind is EXPECTED[case.expected["kind"]]:
            right += 1
        else:
            wrong.append(f"{case.name}: expected {case.expected['kind']}, got {reading.kind}")
    print(f"\nletter kind: {right}/{len(all_cases)}", *wrong, sep="\n  ")
    assert right / len(all_cases) >= 0.95, wrong
    found = {EXPECTED[c.expected["kind"]] for c in all_cases}
    assert found == set(LetterKind)  # every kind is in the corpus


def _read(text: str, received: date = date(2026, 11, 20)):
    return read_letter(parse_message(text, received), text)


def test_a_sanction_notice_gives_its_days_and_its_date() -> None:
    text = (
        "Conseil départemental de la Loire\nSaint-Étienne, le 16 novembre 2026\n\n"
        "Madame,\nNous envisageons de suspendre votre RSA. Avant toute décision, vous pouvez "
        "présenter vos observations dans un délai de 10 jours."
    )
    reading = _read(text)
    assert reading.kind is LetterKind.SANCTION_NOTICE
    assert reading.answer_days == 10
    assert reading.letter_date == date(2026, 11, 16)
    payload = reading.handoff(received_on=date(2026, 11, 20), text=text, document_id=7)
    assert payload["kind"] == "sanction_notice"
    assert payload["letter_date"] == "2026-11-16"
    assert payload["received_on"] == "2026-11-20"
    assert payload["document_id"] == 7
    assert payload["organisation_kind"] == "conseil_departemental"


def test_a_decision_with_and_without_the_ways_to_contest_it() -> None:
    base = (
        "CAF de la Loire\nLe 10 novembre 2026\n\nMadame,\nNous avons décidé de suspendre le "
        "versement de votre RSA à compter du 1er décembre 2026. Cette décision vous est "
        "notifiée par ce courrier."
    )
    without = _read(base)
    assert without.kind is LetterKind.DECISION
    assert without.appeal_mention is AppealMention.NO
    with_ways = _read(
        base + "\nVoies et délais de recours : vous pouvez contester cette décision "
        "dans un délai de deux mois."
    )
    assert with_ways.kind is LetterKind.DECISION
    assert with_ways.appeal_mention is AppealMention.YES


def test_other_texts_are_other() -> None:
    assert _read("Bonjour, la médiathèque sera fermée pour travaux.").kind is LetterKind.OTHER
    assert _read("").kind is LetterKind.OTHER
    assert _read("مرحبا، موعدك مع المستشار").kind is LetterKind.OTHER


def test_a_decision_of_the_mdph_commission_is_a_decision_from_the_mdph() -> None:
    """A CDAPH decision names the session the case was examined at: a past day, not an
    appointment (it was read as a convocation before)."""
    text = (
        "Maison départementale des personnes handicapées de la Loire\n"
        "Saint-Étienne, le 3 novembre 2026\n\nMadame,\nLa Commission des droits et de "
        "l'autonomie des personnes handicapées (CDAPH) a examiné votre demande lors de sa "
        "séance du 28 octobre 2026. Elle a décidé de refuser la reconnaissance de la qualité de "
        "travailleur handicapé (RQTH).\nVoies et délais de recours : vous pouvez former un "
        "recours administratif préalable obligatoire auprès de la MDPH dans un délai de deux mois."
    )
    reading = _read(text, date(2026, 11, 6))
    assert reading.kind is LetterKind.DECISION
    assert reading.organisation_kind is OrganisationKind.MDPH
    assert reading.appeal_mention is AppealMention.YES
    assert reading.letter_date == date(2026, 11, 3)
    proposal = parse_message(text, date(2026, 11, 6))
    assert proposal.day is None  # the session of 28 October is not an appointment
    # The CDAPH alone names the MDPH, and its session ahead stays a convocation.
    cdaph = _read("Notification de décision de la CDAPH. La commission a rejeté votre demande.")
    assert (cdaph.kind, cdaph.organisation_kind) == (LetterKind.DECISION, OrganisationKind.MDPH)
    session = _read(
        "MDPH des Tilleuls\nVotre demande sera présentée à la CDAPH le jeudi 14 janvier 2027 à "
        "14 h, 5 place de la Mairie. Vous pouvez venir pour être entendue."
    )
    assert session.kind is LetterKind.CONVOCATION
