"""What a proposal holds besides dates, how it turns into an Appointment (only once every
question is answered), and its JSON form."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest

from app.domain.appointments import Appointment, Mode, Source
from app.domain.localtime import HOME_ZONE
from app.domain.organisations import OrganisationKind
from app.domain.validation import InvalidRecord
from app.parsing import (
    Answers,
    MessageKind,
    QuestionKind,
    Unanswered,
    open_questions,
    parse_message,
    proposal_to_json,
    to_appointment,
)

RECEIVED = date(2026, 11, 20)
CONVOCATION = (
    "Vous êtes convoqué(e) le jeudi 3 décembre 2026 à 14h30 à l'agence France Travail de "
    "Bourg-les-Tilleuls Centre, 12 rue des Tilleuls, 42999 Bourg-les-Tilleuls. Merci de vous "
    "munir de votre CV et d'une pièce d'identité. En cas d'absence, votre allocation pourrait "
    "être suspendue."
)


def test_the_example_of_the_issue_reads_whole() -> None:
    p = parse_message(CONVOCATION, RECEIVED)
    assert p.start == datetime(2026, 12, 3, 14, 30, tzinfo=HOME_ZONE)
    assert p.place.value.mode is Mode.IN_PERSON
    assert p.place.value.text.startswith("agence France Travail de Bourg-les-Tilleuls Centre")
    assert "12 rue des Tilleuls" in p.place.value.text
    assert p.organisation.value.kind is OrganisationKind.FRANCE_TRAVAIL
    assert [f.value for f in p.to_bring] == ["CV", "pièce d'identité"]
    assert p.mandatory.value is True and p.mandatory.text == "convoqué(e)"
    assert p.mentions_sanction
    assert p.sanction_sentences[0].value.startswith("En cas d'absence")
    assert p.kind.value is MessageKind.CONVOCATION
    assert p.questions == ()
    for found in (p.day, p.time, p.place, p.organisation, *p.to_bring, p.mandatory):
        assert found.span is not None and 0 < found.confidence <= 1
        assert found.text == " ".join(found.span.quote(CONVOCATION).split())


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("RDV Pôle emploi le 3/12 à 9h", "Pôle emploi", OrganisationKind.FRANCE_TRAVAIL),
        ("La CAF vous attend le 3/12 à 9h", "CAF", OrganisationKind.CAF),
        ("RDV MSA le 3/12 à 9h", "MSA", OrganisationKind.MSA),
        (
            "Conseil départemental : RDV le 3/12 à 9h",
            "Conseil départemental",
            OrganisationKind.DEPARTEMENT,
        ),
        ("RDV Mission Locale le 3/12 à 9h", "Mission Locale", OrganisationKind.MISSION_LOCALE),
        ("RDV Cap emploi le 3/12 à 9h", "Cap emploi", OrganisationKind.CAP_EMPLOI),
        ("La MDPH vous convoque le 3/12 à 9h", "MDPH", OrganisationKind.MDPH),
        (
            "Entretien d'embauche le 3/12 à 9h, Société Tilleuls Bois",
            "Société Tilleuls Bois",
            OrganisationKind.EMPLOYER,
        ),
    ],
)
def test_organisation_kind_and_name_as_written(text: str, name: str, kind) -> None:
    found = parse_message(text, RECEIVED).organisation
    assert found.value.kind is kind and found.value.name == name


def test_places_phone_video_and_contact_sentences() -> None:
    phone = parse_message(
        "Entretien téléphonique le 3/12 à 9h : votre conseillère vous appellera.", RECEIVED
    ).place
    assert phone.value.mode is Mode.PHONE
    video = parse_message(
        "RDV en visio le 3/12 à 9h : https://visio.exemple.test/abc.", RECEIVED
    ).place
    assert video.value == video.value.__class__("https://visio.exemple.test/abc", Mode.VIDEO)
    contact = parse_message(
        "RDV le 3/12 à 9h au 5 rue des Peupliers. En cas d'empêchement, "
        "prévenez-nous par téléphone.",
        RECEIVED,
    ).place
    assert contact.value.mode is Mode.IN_PERSON and contact.value.text == "5 rue des Peupliers"


def test_the_persons_own_address_above_is_not_the_place() -> None:
    letter = (
        "Madame Nadia Exemple\n4 allée des Lilas\n42999 Bourg-les-Tilleuls\n\n"
        "Vous êtes attendue le 3/12/2026 à 9h au 2 rue de la Gare, 42997 Saint-Tilleul."
    )
    place = parse_message(letter, RECEIVED).place
    assert place.value.text == "2 rue de la Gare, 42997 Saint-Tilleul"


def test_to_bring_inline_and_bullets() -> None:
    inline = parse_message("Apportez votre CV, une photo et vos diplômes.", RECEIVED)
    assert [f.value for f in inline.to_bring] == ["CV", "photo", "diplômes"]
    bullets = parse_message("Documents à fournir :\n• avis d'imposition\n• RIB\n\nMerci.", RECEIVED)
    assert [f.value for f in bullets.to_bring] == ["avis d'imposition", "RIB"]
    assert bullets.kind.value is MessageKind.DOCUMENT_REQUEST


def test_mandatory_and_its_negations() -> None:
    assert parse_message("Votre présence est indispensable.", RECEIVED).mandatory.value
    assert not parse_message("Cette réunion est facultative.", RECEIVED).mandatory.value
    assert not parse_message("Ce n'est pas une convocation.", RECEIVED).mandatory.value
    assert not parse_message("Bonjour, à bientôt.", RECEIVED).mandatory.value


def test_sanction_is_quoted_never_judged() -> None:
    p = parse_message("Bonjour. Un manquement pourrait entraîner une radiation. Merci.", RECEIVED)
    assert [f.value for f in p.sanction_sentences] == [
        "Un manquement pourrait entraîner une radiation."
    ]
    assert not parse_message("Atelier CV le 3/12 à 9h.", RECEIVED).mentions_sanction


def test_kinds() -> None:
    notice = parse_message(
        "Nous envisageons une suspension de votre allocation. Vous disposez "
        "d'un délai de 10 jours pour présenter vos observations.",
        RECEIVED,
    )
    assert notice.kind.value is MessageKind.SANCTION_NOTICE
    decision = parse_message(
        "Nous avons décidé de vous radier. Voies et délais de recours : deux mois.", RECEIVED
    )
    assert decision.kind.value is MessageKind.DECISION
    assert parse_message("Hello, see you soon.", RECEIVED).kind.value is MessageKind.OTHER


# -- to_appointment ------------------------------------------------------------------------------
def test_a_clear_proposal_becomes_an_appointment_with_no_answers() -> None:
    p = parse_message(CONVOCATION, RECEIVED)
    appt = to_appointment(p, Answers(), default_title="Rendez-vous")
    assert isinstance(appt, Appointment)
    assert appt.starts_at == datetime(2026, 12, 3, 14, 30, tzinfo=HOME_ZONE)
    assert appt.title == "Rendez-vous – France Travail"
    assert appt.to_bring == ("CV", "pièce d'identité")
    assert appt.mandatory and appt.mode is Mode.IN_PERSON and appt.id is None


def test_nothing_is_built_while_a_question_is_open() -> None:
    p = parse_message("Mission locale : RDV le 3 décembre à 10h ou le 4 décembre à 14h.", RECEIVED)
    assert {q.kind for q in p.questions} == {QuestionKind.TWO_DATES, QuestionKind.NO_PLACE}
    with pytest.raises(Unanswered) as refused:
        to_appointment(p, Answers())
    assert {q.kind for q in refused.value.questions} == {
        QuestionKind.TWO_DATES,
        QuestionKind.NO_PLACE,
    }
    chosen = p.question(QuestionKind.TWO_DATES).candidates[1]
    half = Answers(start=datetime.combine(chosen, time(14)))
    assert [q.kind for q in open_questions(p, half)] == [QuestionKind.NO_PLACE]
    appt = to_appointment(p, Answers(start=half.start, place=""))
    assert appt.starts_at == datetime(2026, 12, 4, 14, tzinfo=HOME_ZONE)
    assert appt.place == "" and appt.title == "Rendez-vous – Mission locale"


def test_confirming_a_past_date_keeps_it() -> None:
    p = parse_message("Convocation le 16/11/2026 à 9h au 2 rue de la Gare.", RECEIVED)
    with pytest.raises(Unanswered):
        to_appointment(p, Answers())
    appt = to_appointment(p, Answers(confirmed=frozenset({QuestionKind.DATE_IN_PAST})))
    assert appt.starts_at == datetime(2026, 11, 16, 9, tzinfo=HOME_ZONE)


def test_confirming_is_not_enough_when_the_day_is_missing() -> None:
    p = parse_message("Votre conseiller vous appellera la semaine prochaine.", RECEIVED)
    with pytest.raises(Unanswered):
        to_appointment(p, Answers(confirmed=frozenset({QuestionKind.VAGUE_DATE})))
    appt = to_appointment(p, Answers(start=datetime(2026, 11, 24, 10), source=Source.SMS))
    assert appt.mode is Mode.PHONE and appt.source is Source.SMS


def test_what_cannot_be_an_appointment_is_refused_by_the_domain() -> None:
    p = parse_message(CONVOCATION, RECEIVED)
    with pytest.raises(InvalidRecord):
        to_appointment(p, Answers(end=datetime(2026, 12, 3, 9, tzinfo=HOME_ZONE)))
    with pytest.raises(ValueError):
        to_appointment(p, Answers(start=datetime(2026, 3, 29, 2, 30)))  # spring gap


# -- JSON ----------------------------------------------------------------------------------------
def test_json_is_plain_and_complete() -> None:
    p = parse_message(CONVOCATION, RECEIVED)
    data = json.loads(json.dumps(proposal_to_json(p), ensure_ascii=False))
    assert data["start"] == "2026-12-03T14:30:00+01:00"
    assert data["day"]["value"] == "2026-12-03" and data["time"]["value"] == "14:30"
    start, end = data["day"]["span"]
    assert CONVOCATION[start:end] == "jeudi 3 décembre 2026"
    assert data["place"]["value"]["mode"] == "in_person"
    assert data["organisation"]["value"] == {"kind": "france_travail", "name": "France Travail"}
    assert [i["value"] for i in data["to_bring"]] == ["CV", "pièce d'identité"]
    assert data["mentions_sanction"] is True and data["questions"] == []
    two = proposal_to_json(parse_message("RDV le 3/12 à 9h ou le 4/12 à 9h.", RECEIVED))
    assert two["questions"][0] == {
        "kind": "two_dates",
        "field": "start",
        "candidates": ["2026-12-03", "2026-12-04"],
        "spans": [[7, 11], [23, 27]],
    }


def test_the_message_does_not_stay_in_memory_caches() -> None:
    from app.parsing import dates, text

    parse_message(CONVOCATION, RECEIVED)
    assert text._last == [] and dates._opening == []
    assert dates.month_of.cache_info().currsize == 0
