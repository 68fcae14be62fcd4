"""`reperes export-ics` / `import-ics` on real carnets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from app import records
from app.carnet import FAST_KDF, Carnet
from app.domain import HOME_ZONE, Appointment, AppointmentStatus, Organisation, OrganisationKind

from .conftest import PASSPHRASE, folder_hashes


def snapshot(folder: Path) -> set[tuple]:
    """What must survive a round trip, keyed by UID (organisation by name: ids differ)."""
    with Carnet.unlock(folder, PASSPHRASE) as carnet:
        names = {o.id: o.name for o in records.list_organisations(carnet)}
        return {
            (a.uid, a.title, a.starts_at.astimezone(UTC), a.ends_at and a.ends_at.astimezone(UTC),
             a.place, a.mode, a.to_bring, a.mandatory, a.status, a.moved_to_uid,
             names.get(a.organisation_id))
            for a in records.list_appointments(carnet)
        }  # fmt: skip


def test_export_import_round_trip(demo_carnet: Path, tmp_path: Path, passfile, run) -> None:
    out = tmp_path / "agenda.ics"
    exported = run("export-ics", demo_carnet, out, "--passphrase-file", passfile)
    assert exported.code == 0, exported.err
    assert "pas chiffré" in exported.out
    other = tmp_path / "other"
    Carnet.create(other, PASSPHRASE, kdf=FAST_KDF)[0].lock()
    imported = run("import-ics", other, out, "--passphrase-file", passfile)
    assert imported.code == 0, imported.err
    assert snapshot(other) == snapshot(demo_carnet)
    total = len(snapshot(demo_carnet))
    assert f"Rendez-vous importés : {total}." in imported.out
    again = run("import-ics", other, out, "--passphrase-file", passfile)
    assert "Rendez-vous importés : 0." in again.out
    assert f"Déjà dans le carnet (non modifiés) : {total}." in again.out
    assert len(snapshot(other)) == total


def test_exported_file_is_valid_with_alarms(demo_carnet: Path, tmp_path: Path, passfile, run):
    out = tmp_path / "agenda.ics"
    assert run("export-ics", demo_carnet, out, "--passphrase-file", passfile).code == 0
    data = out.read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    cal = Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0" and "PRODID" in cal
    events = cal.walk("VEVENT")
    assert len(events) == len(snapshot(demo_carnet))
    planned = 0
    for event in events:
        assert all(name in event for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"))
        triggers = sorted(a["TRIGGER"].to_ical() for a in event.walk("VALARM"))
        if str(event["X-REPERES-STATUS"]) == "planned":
            planned += 1
            assert triggers == [b"-P1D", b"-PT2H"]
        else:
            assert triggers == []
    assert planned >= 1


def test_a_planned_agenda_round_trips_with_its_alarms(tmp_path: Path, passfile, run) -> None:
    """Appointments made through the operations, across both clock changes, all planned."""
    source = tmp_path / "source"
    carnet, _ = Carnet.create(source, PASSPHRASE, kdf=FAST_KDF)
    with carnet:
        org = records.add_organisation(
            carnet, Organisation("Cap emploi", OrganisationKind.CAP_EMPLOI)
        )
        times = [
            datetime(2026, 3, 28, 9, 30, tzinfo=HOME_ZONE),
            datetime(2026, 3, 30, 1, 30, tzinfo=HOME_ZONE),
            datetime(2026, 10, 25, 2, 30, tzinfo=HOME_ZONE, fold=0),
            datetime(2026, 10, 25, 2, 30, tzinfo=HOME_ZONE, fold=1),
        ]
        for i, start in enumerate(times):
            end = (start.astimezone(UTC) + timedelta(minutes=50)).astimezone(HOME_ZONE)
            records.add_appointment(carnet, Appointment(
                f"Entretien n°{i}, bureau; 2", start, end, organisation_id=org.id,
                to_bring=("CV", "Notification RQTH"), mandatory=i % 2 == 0,
            ))  # fmt: skip
    out = tmp_path / "rdv.ics"
    assert run("export-ics", source, out, "--passphrase-file", passfile).code == 0
    cal = Calendar.from_ical(out.read_bytes())
    for event in cal.walk("VEVENT"):
        assert len(event.walk("VALARM")) == 2
        assert {a["TRIGGER"].to_ical() for a in event.walk("VALARM")} == {b"-P1D", b"-PT2H"}
    target = tmp_path / "target"
    Carnet.create(target, PASSPHRASE, kdf=FAST_KDF)[0].lock()
    assert run("import-ics", target, out, "--passphrase-file", passfile).code == 0
    assert snapshot(target) == snapshot(source)
    assert all(row[8] is AppointmentStatus.PLANNED for row in snapshot(target))


def test_export_writes_only_where_asked(demo_carnet: Path, tmp_path: Path, passfile, run):
    place = tmp_path / "sortie"
    place.mkdir()
    (place / "agenda.ics").write_bytes(b"old")
    carnet_files = set(folder_hashes(demo_carnet))
    result = run("export-ics", demo_carnet, place / "agenda.ics", "--passphrase-file", passfile)
    assert result.code == 0
    assert [p.name for p in place.iterdir()] == ["agenda.ics"]  # replaced, no temp file left
    assert (place / "agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert set(folder_hashes(demo_carnet)) == carnet_files  # nothing in clear beside the carnet


@pytest.mark.parametrize("where", ["folder", "missing-parent"])
def test_export_to_a_bad_place(demo_carnet: Path, tmp_path: Path, passfile, run, where: str):
    target = tmp_path if where == "folder" else tmp_path / "nope" / "a.ics"
    result = run("export-ics", demo_carnet, target, "--passphrase-file", passfile)
    assert result.code == 2 and result.out == ""
    assert not (tmp_path / "nope").exists()


CAL = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Autre//FR\r\n{}END:VCALENDAR\r\n"


def vevent(*lines: str) -> str:
    return "BEGIN:VEVENT\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VEVENT\r\n"


@pytest.fixture
def empty_carnet(tmp_path: Path) -> Path:
    folder = tmp_path / "vide"
    Carnet.create(folder, PASSPHRASE, kdf=FAST_KDF)[0].lock()
    return folder


def count(folder: Path) -> int:
    with Carnet.unlock(folder, PASSPHRASE) as carnet:
        return len(records.list_appointments(carnet))


def test_import_skips_what_it_cannot_take_and_says_why(
    empty_carnet: Path, tmp_path: Path, passfile, run
) -> None:
    file = tmp_path / "autre.ics"
    file.write_bytes(CAL.format("".join([
        vevent("UID:a", "DTSTART;TZID=Europe/Paris:20261201T140000", "SUMMARY:Mission locale"),
        vevent("UID:b", "SUMMARY:Pas de début"),
        vevent("UID:c", "DTSTART;TZID=Europe/Paris:20260231T100000", "SUMMARY:31 février"),
        vevent("UID:d", "DTSTART;TZID=Europe/Paris:20261201T100000",
               "DTEND;TZID=Europe/Paris:20261201T090000", "SUMMARY:À l'envers"),
    ])).encode())  # fmt: skip
    result = run("import-ics", empty_carnet, file, "--passphrase-file", passfile)
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Rendez-vous importés : 1.",
        "Événements ignorés : 3.",
        "  - l'heure de fin est avant l'heure de début : 1",
        "  - avec une date impossible (par exemple un 31 février) : 1",
        "  - sans date de début : 1",
    ]
    assert count(empty_carnet) == 1


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"", "Le fichier est vide."),
        (b"\xff\xd8\xff\xe0 JPEG garbage \x00\x01", "n'est pas un calendrier"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026", "n'est pas un calendrier"),
    ],
    ids=["empty", "binary", "truncated"],
)
def test_import_of_a_bad_file_changes_nothing(
    empty_carnet: Path, tmp_path: Path, passfile, run, content: bytes, sentence: str
) -> None:
    file = tmp_path / "bad.ics"
    file.write_bytes(content)
    before = folder_hashes(empty_carnet)
    result = run("import-ics", empty_carnet, file, "--passphrase-file", passfile)
    assert result.code == 1
    assert sentence in result.err and len(result.err.strip().splitlines()) == 1
    assert result.out == "" and "Traceback" not in result.err
    assert folder_hashes(empty_carnet) == before  # checked before the carnet is even opened


def test_import_of_a_missing_file(empty_carnet: Path, tmp_path: Path, passfile, run) -> None:
    result = run("import-ics", empty_carnet, tmp_path / "absent.ics", "--passphrase-file", passfile)
    assert result.code == 2 and "ne peut pas être lu" in result.err
