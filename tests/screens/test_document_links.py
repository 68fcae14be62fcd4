"""Documents and the records they prove, from the screens, on a real carnet: a document's
description corrected and removed (refused for one sealed in the journal), linked from its own
screen to an appointment or a journal entry (a new version) and opened from there; a proof given
with "I was excused" or with a step done; a journal entry with several documents and a person
of the directory, corrected; everything found again after the carnet is locked and reopened."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from app.demo_files import tiny_pdf
from app.domain.appointments import Appointment, AppointmentStatus
from app.domain.contacts import Contact
from app.domain.documents import DocumentKind
from app.domain.journal import ExchangeKind, JournalDraft
from app.domain.obligations import OccurrenceStatus
from app.domain.situation import Situation
from app.records import (
    Target,
    add_appointment,
    add_contact,
    attachments_of,
    documents_for,
    get_appointment,
    get_document,
    import_document,
    journal_documents,
    journal_history,
    list_documents,
    occurrences_between,
    set_situation,
    verify_journal,
    write_journal_entry,
)

from .records_window import NOW, new_carnet, open_on


def _photo(path: Path) -> Path:
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(path), "PNG")
    return path


def _reopen(window, make_window, qtbot, folder, key):
    """Lock (the carnet is closed, memory purged) and open it again in a new window."""
    window.session.lock()
    window.close()
    return open_on(make_window, qtbot, folder, key)


def _pick(links, title: str) -> None:
    links.box.setCurrentIndex(links.box.findText(title))
    links.attach_button.click()


def test_a_description_is_corrected_and_kept_after_a_relaunch(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    doc = import_document(carnet, tiny_pdf(["Notification"]), title="scan0001").document
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "documents")
    screen.open_document(doc.id)
    screen.edit_button.click()
    assert screen.edit_card.isVisibleTo(screen) and screen.edit_title.text() == "scan0001"
    screen.edit_title.setText("Décision RSA")
    screen.edit_kind.setCurrentIndex(screen.edit_kind.findData("decision"))
    screen.edit_received.setText("31/02/2026")
    screen.edit_save.click()
    assert "does not exist" in screen.edit_message.text()
    assert get_document(window.session.carnet, doc.id).title == "scan0001"  # nothing written
    screen.edit_received.setText("20/11/2026")
    screen.edit_note.setPlainText("Droits ouverts jusqu’en mai.")
    screen.edit_save.click()
    assert screen.doc_message.text() == "Saved." and not screen.edit_card.isVisibleTo(screen)
    assert screen.viewer_title.text() == "Décision RSA"
    assert "Decision (PDF, 1 page)" in screen.viewer_info.text()

    window, screen = _reopen(window, make_window, qtbot, folder, "documents")
    again = get_document(window.session.carnet, doc.id)
    assert (again.title, again.kind, again.received_on, again.note) == (
        "Décision RSA", DocumentKind.DECISION, date(2026, 11, 20), "Droits ouverts jusqu’en mai."
    )  # fmt: skip
    assert screen.model.item(0).text().startswith("Décision RSA · Decision (PDF, 1 page)")


def test_removing_asks_first_and_a_journal_document_stays(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    loose = import_document(carnet, tiny_pdf(["Publicité"]), title="Publicité").document
    sealed = import_document(carnet, tiny_pdf(["Décision"]), title="Décision").document
    write_journal_entry(
        carnet, JournalDraft(ExchangeKind.DECISION, "Refus"), document_ids=[sealed.id], now=NOW
    )
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "documents")
    screen.open_document(sealed.id)
    screen.remove_button.click()
    assert "sealed with an entry of your journal" in screen.doc_message.text()
    assert not screen.remove_card.isVisibleTo(screen)
    screen.close_viewer()
    screen.open_document(loose.id)
    screen.remove_button.click()
    assert "cannot be undone" in screen.remove_question.text()
    screen.remove_no.click()
    assert len(list_documents(window.session.carnet)) == 2
    screen.remove_button.click()
    screen.remove_yes.click()
    assert screen.message.text() == "The document is removed from your carnet."
    assert [d.id for d in list_documents(window.session.carnet)] == [sealed.id]
    assert verify_journal(window.session.carnet).ok


def test_linked_from_the_document_to_a_journal_entry_and_an_appointment(
    make_window, qtbot, places
):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    doc = import_document(carnet, tiny_pdf(["Attestation"]), title="Attestation").document
    entry = write_journal_entry(
        carnet, JournalDraft(ExchangeKind.CALL, "Appel à la CAF"), now=NOW - timedelta(days=1)
    )
    appt = add_appointment(carnet, Appointment("Atelier CV", NOW + timedelta(days=3)), now=NOW)
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "documents")
    screen.open_document(doc.id)
    for start in ("Journal: Appel à la CAF", "Appointment: Atelier CV"):
        index = next(i for i in range(screen.link_box.count())
                     if screen.link_box.itemText(i).startswith(start))  # fmt: skip
        screen.link_box.setCurrentIndex(index)
        screen.link_button.click()
    c = window.session.carnet
    versions = journal_history(c, entry.entry_id)
    assert [v.version for v in versions] == [1, 2] and versions[0].documents == ()
    assert [d.id for d in journal_documents(c, versions[1].seq)] == [doc.id]
    assert verify_journal(c).ok
    assert (Target.APPOINTMENT, appt.id) in attachments_of(c, doc.id)
    assert "Journal: Appel à la CAF" in screen.links_text.text()
    # Taken off the appointment (the journal link stays: it is sealed).
    row = screen.link_rows_layout.itemAt(1).widget()
    off = next(b for b in row.findChildren(type(screen.link_button)) if b.text() == "Take it off")
    off.click()
    assert documents_for(c, Target.APPOINTMENT, appt.id) == []
    # Each link opens its record.
    row = screen.link_rows_layout.itemAt(0).widget()
    opener = next(b for b in row.findChildren(type(screen.link_button)) if b.text() == "Open")
    opener.click()
    assert window.current.key == "journal"
    assert window.current.shown and window.current.shown[-1].entry_id == entry.entry_id


def test_excused_with_a_proof_picked_and_a_new_one_added(make_window, qtbot, places, tmp_path):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    note = import_document(carnet, tiny_pdf(["Certificat"]), title="Certificat médical").document
    appt = add_appointment(carnet, Appointment("Entretien", NOW - timedelta(days=1)), now=NOW)
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "today")
    window.open_record("appointment", appt.id)
    screen = window.current
    assert screen.docs.summary.text() == "No document attached."
    screen.open_status()
    screen.status_buttons[AppointmentStatus.EXCUSED].setChecked(True)
    assert screen.proof.isVisibleTo(screen)
    _pick(screen.proof, "Certificat médical")
    screen.proof.choose_file()
    screen.proof.dialog.selectFile(str(_photo(tmp_path / "arret.png")))
    screen.proof.dialog.accept()
    qtbot.waitUntil(lambda: len(screen.proof.chosen) == 2, timeout=20000)
    screen.reason_edit.setText("malade")
    screen.status_save.click()
    c = window.session.carnet
    assert get_appointment(c, appt.id).status is AppointmentStatus.EXCUSED
    titles = [d.title for d in documents_for(c, Target.APPOINTMENT, appt.id)]
    assert titles == ["Certificat médical", "arret"]
    assert screen.docs.summary.text() == "2 documents: Certificat médical, arret."

    window, screen = _reopen(window, make_window, qtbot, folder, "today")
    window.open_record("appointment", appt.id)
    assert window.current.docs.summary.text() == "2 documents: Certificat médical, arret."
    assert note.id in [d.id for d in documents_for(window.session.carnet, Target.APPOINTMENT,
                                                    appt.id)]  # fmt: skip


def test_a_step_done_with_its_proof(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    set_situation(carnet, Situation(registered_ft=True), date(2026, 11, 1))
    receipt = import_document(carnet, tiny_pdf(["Accusé"]), title="Accusé de réception").document
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "obligations")
    card = next(c for c in screen.cards if c.done_button is not None)
    occ_id = card.occurrence.id
    card.done_button.click()
    assert card.proof is not None and card.proof.isVisibleTo(screen)
    _pick(card.proof, "Accusé de réception")
    next(b for b in card.how_buttons if b.accessibleName() == "Online").click()
    assert screen.message.text() == "Marked as done, with its proof. Well done."
    c = window.session.carnet
    occ = next(o for o in occurrences_between(c, date(2026, 9, 1), date(2027, 3, 1))
               if o.id == occ_id)  # fmt: skip
    assert occ.status is OccurrenceStatus.DONE
    assert [d.id for d in documents_for(c, Target.OCCURRENCE, occ_id)] == [receipt.id]
    marked = next(c for c in screen.cards if c.occurrence.id == occ_id)
    marked.papers_button.click()
    assert marked.papers.summary.text() == "1 document: Accusé de réception."


def test_a_journal_entry_with_documents_and_a_person_then_corrected(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    who = add_contact(carnet, Contact("Mme Ouali"), now=NOW)
    first = import_document(carnet, tiny_pdf(["Lettre"]), title="Lettre CAF").document
    second = import_document(carnet, tiny_pdf(["Relevé"]), title="Relevé").document
    third = import_document(carnet, tiny_pdf(["Attestation"]), title="Attestation").document
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "journal")
    screen.write_button.click()
    screen.said_edit.setPlainText("Elle demande le relevé de septembre.")
    screen.contact_box.setCurrentIndex(screen.contact_box.findText("Mme Ouali"))
    _pick(screen.docs, "Lettre CAF")
    _pick(screen.docs, "Relevé")
    screen.save_button.click()
    c = window.session.carnet
    (v1,) = journal_history(c, screen.shown[-1].entry_id)
    assert v1.draft.contact_id == who.id and len(v1.documents) == 2
    assert "Mme Ouali" in screen.detail_text.text()

    screen.start_correct()
    assert screen.docs.chosen_ids() == [first.id, second.id]
    screen.docs.take_off(second.id)
    _pick(screen.docs, "Attestation")
    screen.save_button.click()
    v1_again, v2 = journal_history(c, v1.entry_id)
    assert v1_again == v1  # the first version is untouched, with its two documents
    assert sorted(d.id for d in journal_documents(c, v2.seq)) == sorted([first.id, third.id])
    assert verify_journal(c).ok and "Earlier versions" in screen.versions_title.text()

    window, screen = _reopen(window, make_window, qtbot, folder, "journal")
    assert verify_journal(window.session.carnet).ok
    screen.show_entry(v1.entry_id)
    assert "Lettre CAF" in screen.detail_documents.text()
    assert "Attestation" in screen.detail_documents.text()


def test_hours_with_a_proof_then_taken_off(make_window, qtbot, places):
    from app.records import week_view

    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    sheet = import_document(carnet, tiny_pdf(["Émargement"]), title="Feuille d’émargement").document
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "hours")
    screen.add_button.click()
    screen.hours_edit.setText("3")
    _pick(screen.docs, "Feuille d’émargement")
    screen.save_button.click()
    (entry,) = week_view(window.session.carnet, NOW.date()).entries
    assert [d.id for d in documents_for(window.session.carnet, Target.ACTIVITY, entry.id)] == [
        sheet.id
    ]

    window, screen = _reopen(window, make_window, qtbot, folder, "hours")
    screen.edit_button.click()
    assert screen.docs.chosen_ids() == [sheet.id]
    screen.docs.take_off(sheet.id)
    screen.save_button.click()
    assert documents_for(window.session.carnet, Target.ACTIVITY, entry.id) == []
    assert [d.id for d in list_documents(window.session.carnet)] == [sheet.id]  # it stays
