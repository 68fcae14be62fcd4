"""The journal of exchanges: versions instead of edits, a hash chain, and a check that finds the
first row changed behind Repères' back — by raw SQL, as someone with the passphrase could."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app import cli, records
from app.carnet import Carnet, StorageError
from app.demo_files import tiny_pdf
from app.domain import InvalidRecord
from app.domain.journal import ExchangeKind, JournalDraft, canonical

from .conftest import PASSPHRASE, StepClock

CALL = JournalDraft(
    ExchangeKind.CALL,
    "Appel de ma conseillère : RDV le 3 avril.",
    "Mme Ouali",
    "Apporter le CV",
    happened_on=date(2026, 3, 20),
)


def fill(carnet: Carnet, clock: StepClock, n: int = 5) -> list:
    written = []
    for i in range(n):
        clock.now += timedelta(hours=3)
        draft = JournalDraft(ExchangeKind.EMAIL, f"Message n° {i} 🙂 مرحبا", f"Personne {i}")
        written.append(records.write_journal_entry(carnet, draft))
    return written


def test_entries_and_corrections_keep_every_version(carnet: Carnet, clock: StepClock) -> None:
    doc = records.import_document(carnet, tiny_pdf(["Convocation"]), title="Convocation").document
    first = records.write_journal_entry(carnet, CALL, document_ids=[doc.id])
    assert (first.seq, first.entry_id, first.version) == (1, 1, 1)
    assert first.written_at == clock.now and len(first.hash) == 64
    other = records.write_journal_entry(carnet, JournalDraft(ExchangeKind.VISIT, "Accueil CAF"))
    clock.now += timedelta(days=2)
    fixed = records.correct_journal_entry(
        carnet,
        first.entry_id,
        JournalDraft(
            ExchangeKind.CALL,
            "Appel : RDV le 4 avril, pas le 3.",
            "Mme Ouali",
            happened_on=date(2026, 3, 20),
        ),
    )
    assert (fixed.seq, fixed.entry_id, fixed.version) == (3, 1, 2)
    assert fixed.prev_hash == other.hash and fixed.written_at == clock.now
    assert fixed.documents == first.documents  # the documents follow by default
    history = records.journal_history(carnet, first.entry_id)
    assert [v.draft.summary for v in history] == [CALL.summary, "Appel : RDV le 4 avril, pas le 3."]
    assert [v.entry_id for v in records.journal_entries(carnet)] == [other.entry_id, 1]
    assert records.journal_entries(carnet)[1].version == 2
    assert records.last_journal_entry(carnet) == records.journal_entries(carnet)[0]
    assert [d.id for d in records.journal_documents(carnet, fixed.seq)] == [doc.id]
    assert records.verify_journal(carnet).ok and records.verify_journal(carnet).checked == 3
    with pytest.raises(records.RecordNotFound):
        records.correct_journal_entry(carnet, 99, CALL)


def test_bad_entries_are_refused_and_nothing_is_written(carnet: Carnet) -> None:
    for draft, code in (
        (JournalDraft(ExchangeKind.CALL, "   "), "required"),
        (JournalDraft("rumour", "x"), "unknown_value"),  # type: ignore[arg-type]
        (JournalDraft(ExchangeKind.CALL, "x" * 20_001), "too_long"),
        (JournalDraft(ExchangeKind.CALL, "x", "w" * 201), "too_long"),
        (JournalDraft(ExchangeKind.CALL, "x", organisation_id=7), "not_found"),
        (JournalDraft(ExchangeKind.CALL, "x", happened_on=datetime(2026, 1, 1)), "not_a_date"),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidRecord) as caught:
            records.write_journal_entry(carnet, draft)
        assert caught.value.problems[0].code == code
    with pytest.raises(InvalidRecord) as caught:
        records.write_journal_entry(carnet, CALL, document_ids=[12])
    assert caught.value.problems[0].code == "not_found"
    assert records.journal_entries(carnet) == [] and records.verify_journal(carnet).ok


def test_the_schema_refuses_edits_deletes_and_forged_links(
    carnet: Carnet, clock: StepClock
) -> None:
    written = fill(carnet, clock, 3)
    for sql in (
        "UPDATE journal SET summary = 'changé' WHERE seq = 2",
        "DELETE FROM journal WHERE seq = 3",
    ):
        with pytest.raises(StorageError), carnet.write() as con:
            con.execute(sql)
    forged = written[-1]
    with pytest.raises(StorageError), carnet.write() as con:
        con.execute(  # a version that does not extend the chain
            "INSERT INTO journal(seq, entry_id, version, kind, summary, written_at, prev_hash, "
            "hash) VALUES (4, 4, 1, 'call', 'faux', 'x', ?, 'h')",
            (written[0].hash,),
        )
    assert records.journal_entries(carnet)[0] == forged
    assert records.verify_journal(carnet).ok


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE journal SET summary = summary || '.' WHERE seq = 3", "hash_mismatch"),
        (
            "UPDATE journal SET written_at = '2026-03-21T09:00:00+01:00' WHERE seq = 3",
            "hash_mismatch",
        ),
        ("UPDATE journal SET kind = 'visit' WHERE seq = 3", "hash_mismatch"),
        ("UPDATE journal SET happened_on = '2026-02-31' WHERE seq = 3", "unreadable_row"),
        ("DELETE FROM journal WHERE seq = 3", "sequence_gap"),
        ("DELETE FROM journal WHERE seq = 5", "head_mismatch"),
        ("UPDATE journal SET prev_hash = hash WHERE seq = 3", "link_broken"),
    ],
)
def test_a_row_edited_with_raw_sql_is_found(
    carnet: Carnet, clock: StepClock, sql: str, reason: str
) -> None:
    fill(carnet, clock, 5)
    with carnet.write() as con:
        # What someone who holds the passphrase could do with any SQLite tool.
        con.execute("DROP TRIGGER journal_no_update")
        con.execute("DROP TRIGGER journal_no_delete")
        con.execute(sql)
    check = records.verify_journal(carnet)
    assert not check.ok and check.reason == reason
    # The first version that does not hold: the one after a gap, the one the head names.
    assert check.broken_at == {"head_mismatch": 5, "sequence_gap": 4}.get(reason, 3)
    assert check.checked == (4 if reason == "head_mismatch" else 2)


def test_a_rebuilt_tail_or_a_missing_guard_is_reported(carnet: Carnet, clock: StepClock) -> None:
    written = fill(carnet, clock, 2)
    with carnet.write() as con:
        con.execute("DROP TRIGGER journal_no_update")
    check = records.verify_journal(carnet)
    assert (check.ok, check.reason, check.broken_at) == (False, "guard_missing", None)
    # Even a rewrite that recomputes the hash of the last row is caught by the next link or the
    # head kept in meta, unless the whole chain and head are rewritten (see app/domain/journal).
    v = written[-1]
    data = canonical(
        seq=v.seq,
        entry_id=v.entry_id,
        version=v.version,
        draft=JournalDraft(ExchangeKind.EMAIL, "réécrit", v.draft.with_whom),
        written_at=v.written_at.isoformat(),
        documents=(),
        prev_hash=v.prev_hash,
    )
    import hashlib

    with carnet.write() as con:
        con.execute(
            "UPDATE journal SET summary = 'réécrit', hash = ? WHERE seq = ?",
            (hashlib.sha256(data).hexdigest(), v.seq),
        )
    assert records.verify_journal(carnet).reason == "head_mismatch"


def test_a_sealed_document_cannot_change_or_go(carnet: Carnet, clock: StepClock) -> None:
    doc = records.import_document(carnet, tiny_pdf(["Décision RSA"]), title="Décision").document
    entry = records.write_journal_entry(carnet, CALL, document_ids=[doc.id, doc.id])
    assert len(entry.documents) == 1
    with pytest.raises(InvalidRecord) as caught:
        records.remove_document(carnet, doc.id)
    assert caught.value.problems[0].code == "sealed_in_journal"
    with pytest.raises(InvalidRecord):
        records.detach_document(carnet, doc.id, records.Target.JOURNAL, entry.seq)
    for sql in (
        "UPDATE document SET content = x'00' WHERE id = 1",
        "DELETE FROM document_link WHERE journal_seq = 1",
        "DELETE FROM document WHERE id = 1",
    ):
        with pytest.raises(StorageError), carnet.write() as con:
            con.execute(sql)
    with carnet.write() as con:
        con.execute("DROP TRIGGER document_bytes_fixed")
        con.execute(
            "UPDATE document SET content = ? WHERE id = ?",
            (tiny_pdf(["Décision falsifiée"]), doc.id),
        )
    check = records.verify_journal(carnet)
    assert (check.reason, check.broken_at) == ("document_changed", 1)


def test_reperes_check_reports_the_journal(
    carnet: Carnet,
    clock: StepClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    fill(carnet, clock, 4)
    folder = carnet.folder
    carnet.lock()
    passfile = tmp_path / "phrase.txt"
    passfile.write_text(PASSPHRASE, "utf-8")

    def check() -> tuple[int, dict, str]:
        code = cli.main(["check", str(folder), "--passphrase-file", str(passfile)])
        out = capsys.readouterr()
        return code, json.loads(out.out), out.err

    code, summary, err = check()
    assert (code, summary["journal"], summary["ok"]) == (0, "ok", True)
    with Carnet.unlock(folder, PASSPHRASE) as again, again.write() as con:
        con.execute("DROP TRIGGER journal_no_update")
        con.execute("UPDATE journal SET with_whom = 'quelqu''un d''autre' WHERE seq = 2")
    code, summary, err = check()
    assert code == 4 and summary["ok"] is False and summary["error"] == "journal_broken"
    assert summary["journal"] == {"broken_at": 2, "reason": "hash_mismatch", "checked": 1}
    assert summary["integrity"] == "ok"  # the file itself is sound: someone changed a row
    assert "journal des échanges" in err
