"""Schema steps 4-10 (contacts, documents, obligations, hours, journal, links, search): a carnet
made at step 3 and holding rows upgrades on unlock, keeps every row, and everything works after."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app import records
from app.carnet import FAST_KDF, Carnet, StorageError, migrations
from app.demo_files import tiny_pdf
from app.domain import HOME_ZONE, AppointmentStatus
from app.domain.contacts import Contact
from app.domain.documents import MediaType
from app.domain.hours import Activity, ActivityKind
from app.domain.journal import ExchangeKind, JournalDraft
from app.domain.obligations import OccurrenceStatus

from .conftest import PASSPHRASE


def _v3_carnet(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setattr(migrations, "STEPS", migrations.STEPS[:3])
        carnet, _ = Carnet.create(folder, PASSPHRASE, kdf=FAST_KDF)
        assert carnet.schema_version == 3
        with carnet.write() as con:
            con.execute(
                "INSERT INTO organisation(name, kind, notes) VALUES "
                "('Cap emploi des Tilleuls', 'cap_emploi', 'Chargé : M. Benali')"
            )
            con.executemany(
                "INSERT INTO appointment(uid, title, organisation_id, starts_at, status, "
                "status_reason, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, 'x', 'x')",
                [
                    ("u1", "Entretien Cap emploi", "2025-01-07T10:00:00+01:00", "attended", ""),
                    (
                        "u2",
                        "Bilan de compétences",
                        "2025-02-04T14:00:00+01:00",
                        "excused",
                        "Grève des bus",
                    ),
                ],
            )
        carnet.lock()


def test_a_step_3_carnet_with_rows_upgrades_to_the_latest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "carnet"
    _v3_carnet(folder, monkeypatch)
    clock = lambda: datetime(2026, 3, 20, 10, tzinfo=HOME_ZONE)  # noqa: E731
    with Carnet.unlock(folder, PASSPHRASE, clock=clock) as carnet:
        assert carnet.schema_version == migrations.LATEST >= 10
        assert (folder / "carnet-avant-v4.db").is_file()  # the copy taken before upgrading
        old = records.list_appointments(carnet)
        assert [(a.uid, a.status, a.contact_id) for a in old] == [
            ("u1", AppointmentStatus.ATTENDED, None),
            ("u2", AppointmentStatus.EXCUSED, None),
        ]
        counts = records.table_counts(carnet)
        assert counts["appointment"] == 2 and counts["organisation"] == 1
        for table in (
            "contact",
            "document",
            "situation",
            "obligation_occurrence",
            "activity",
            "hours_target",
            "journal",
            "document_link",
        ):
            assert counts[table] == 0, table
        # The rows that were there are searchable (backfilled by step 10)...
        assert [h.kind for h in records.search(carnet, "greve")] == ["appointment"]
        assert {h.kind for h in records.search(carnet, "cap emploi")} == {
            "appointment",
            "organisation",
        }
        # ...and every new record type works.
        contact = records.add_contact(carnet, Contact("M. Karim Benali", organisation_id=1))
        records.update_appointment(
            carnet, old[0].__class__(**{**old[0].__dict__, "contact_id": contact.id})
        )
        doc = records.import_document(carnet, tiny_pdf(["Bilan"]), title="Bilan").document
        records.write_journal_entry(
            carnet, JournalDraft(ExchangeKind.CALL, "Appel Cap emploi"), document_ids=[doc.id]
        )
        records.record_activity(carnet, Activity(date(2026, 3, 19), 90, ActivityKind.WORKSHOP))
        own = records.add_custom_obligation(
            carnet, "Envoyer le bilan", date(2026, 3, 20), date(2026, 3, 31)
        )
        records.mark_occurrence_done(carnet, own.id, proof_document_id=doc.id)
        assert records.verify_journal(carnet).ok
        assert carnet.integrity_problems() == []
    with Carnet.unlock(folder, PASSPHRASE, clock=clock) as again:
        assert records.get_appointment(again, 1).contact_id == contact.id
        assert records.get_occurrence(again, own.id).status is OccurrenceStatus.DONE
        assert records.get_document(again, doc.id).media_type is MediaType.PDF
    # One copy, from before the upgrade; the second unlock had nothing to migrate.
    assert [p.name for p in folder.glob("carnet-avant-*")] == ["carnet-avant-v4.db"]


def test_a_failing_step_leaves_the_carnet_at_step_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "carnet"
    _v3_carnet(folder, monkeypatch)
    steps = list(migrations.STEPS)
    broken = migrations.Step(8, "broken", lambda con: (steps[7].apply(con), con.execute("nope")))
    monkeypatch.setattr(migrations, "STEPS", [*steps[:7], broken, *steps[8:]])
    with pytest.raises(StorageError):
        Carnet.unlock(folder, PASSPHRASE)
    monkeypatch.setattr(migrations, "STEPS", steps)
    with Carnet.unlock(folder, PASSPHRASE) as carnet:  # steps 4-7 had held; 8 is done again
        assert carnet.schema_version == migrations.LATEST
        assert records.table_counts(carnet)["appointment"] == 2


@pytest.mark.parametrize(
    ("frozen", "enum"),
    [
        ("_MEDIA_TYPES", "app.domain.documents.MediaType"),
        ("_OCCURRENCE_STATUSES", "app.domain.obligations.OccurrenceStatus"),
        ("_ACTIVITY_KINDS", "app.domain.hours.ActivityKind"),
        ("_EXCHANGE_KINDS", "app.domain.journal.ExchangeKind"),
    ],
)
def test_frozen_lists_in_the_steps_match_the_domain(frozen: str, enum: str) -> None:
    import importlib

    module, name = enum.rsplit(".", 1)
    values = {v.value for v in getattr(importlib.import_module(module), name)}
    assert {s.strip(" '") for s in getattr(migrations, frozen).split(",")} == values
