"""The agenda, appointment and directory screens in every state they can be in (not only the
state the audit opens), with the demo's long names: at 100 % and 200 % on 1024×768, in every
theme, nothing is cut or wider than the window, everything is named and big enough, and each
row of the lists, as drawn, reaches 7:1."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from datetime import time as clock_time

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QCheckBox, QRadioButton

from app import demo
from app.carnet import FAST_KDF, Carnet
from app.domain import HOME_ZONE, AppointmentStatus, StatusChange
from ui import theme as th

from .conftest import PASSPHRASE
from .test_design import _assert_labels_fit, _interactive

TODAY = date(2026, 11, 25)
NOW = datetime.combine(TODAY, clock_time(10, 0), tzinfo=HOME_ZONE)


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layout") / "carnet"
    carnet, _ = Carnet.create(folder, PASSPHRASE, owner_name="Camille", kdf=FAST_KDF,
                              clock=lambda: NOW)  # fmt: skip
    demo.populate(carnet, 2, today=TODAY)
    carnet.lock()
    return folder


def rect_contrast(shot, rect: QRect) -> float:
    """The contrast of the text drawn in `rect` (window coordinates) against its background."""
    counts: Counter[str] = Counter()
    for y in range(max(0, rect.top()), min(shot.height(), rect.bottom())):
        for x in range(max(0, rect.left()), min(shot.width(), rect.right())):
            counts[shot.pixelColor(x, y).name()] += 1
    if not counts:
        return 21.0
    background, _ = counts.most_common(1)[0]
    floor = max(3, sum(counts.values()) // 400)
    inks = [c for c, n in counts.items() if n >= floor and c != background]
    return max((th.contrast(c, background) for c in inks), default=21.0)


def check(window, qtbot, label: str, zoom: int) -> None:
    qtbot.wait(30)
    screen = window.current
    for w in _interactive(window):
        name = f"{label}: {type(w).__name__} {w.accessibleName()!r}"
        assert w.accessibleName().strip(), f"unnamed {name}"
        if not isinstance(w, QCheckBox | QRadioButton):
            assert w.height() >= 48 and w.width() >= 48, f"too small {name}"
    _assert_labels_fit(window, label)
    inner, seen = screen.scroll.widget(), screen.scroll.viewport()
    assert inner.width() <= seen.width(), f"{label}: wider than the window at {zoom} %"
    tab_reaches_everything(window, label)


def tab_reaches_everything(window, label: str) -> None:
    """Tab from the focused widget goes round every control and comes back (no trap). Radio
    buttons are left out: in a group, Tab stops on one and the arrows move inside."""
    wanted = {w for w in _interactive(window)
              if w.isEnabled() and not isinstance(w, QRadioButton)}  # fmt: skip
    start = window.focusWidget() or window
    seen, widget = set(), start
    for _ in range(200):
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & 0x1):
            widget = widget.nextInFocusChain()
        seen.add(widget)
        if widget is start:
            break
    missing = [w.accessibleName() for w in wanted if w not in seen]
    assert not missing, f"{label}: not reachable by Tab: {missing}"


def check_rows(window, qtbot, sentence_list, label: str) -> int:
    """Every row of a list that is on screen: its text against its own background."""
    qtbot.wait(30)
    shot = window.grab().toImage()
    viewport = sentence_list.viewport()
    seen = 0
    inset = 6  # the focus outline of the current row is not text
    for number in range(sentence_list.model().rowCount()):
        rect = sentence_list.visualRect(sentence_list.model().index(number, 0))
        if not viewport.rect().intersects(rect):
            continue
        rect = rect.intersected(viewport.rect()).adjusted(inset, inset, -inset, -inset)
        top_left = viewport.mapTo(window, rect.topLeft())
        ratio = rect_contrast(shot, QRect(top_left, rect.size()))
        row = sentence_list.model().rows[number]
        assert ratio >= 7.0, f"{label}: row {row.text[:40]!r} contrast {ratio:.2f} as drawn"
        seen += 1
    return seen


@pytest.fixture
def language(request, qapp):
    """English source strings, or French installed as the application does (longer words)."""
    from PySide6.QtCore import QLocale

    from ui.application import install_translations

    if request.param == "en":
        yield "en"
        return
    locale = QLocale()
    translators = install_translations(qapp, "fr")
    yield "fr"
    for t in translators:
        qapp.removeTranslator(t)
        t.deleteLater()
    QLocale.setDefault(locale)


@pytest.mark.parametrize(
    ("zoom", "theme", "language"),
    [(100, "light", "en"), (200, "light", "en"), (100, "light", "fr"), (200, "light", "fr"),
     (200, "dark", "fr"), (200, "yellow", "fr")],
    indirect=["language"],
)  # fmt: skip
def test_every_state_fits_and_reads(make_window, qtbot, two_years, zoom, theme, language):
    window = make_window(zoom=zoom, theme=theme, carnet_path=two_years, clock=lambda: NOW)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)

    window.show_screen("agenda")
    agenda = window.current
    check(window, qtbot, "agenda", zoom)
    # Today's heading is the current row (selected), with past and coming rows around it.
    assert check_rows(window, qtbot, agenda.list, "agenda") >= 2
    agenda.list.select_row(agenda.list.currentIndex().row() + 1)
    check_rows(window, qtbot, agenda.list, "agenda, next row selected")
    agenda.search_edit.setText("Formapro")
    agenda.run_search()
    check(window, qtbot, "search", zoom)
    check_rows(window, qtbot, agenda.list, "search")

    # The appointment with the most to say: a moved one (it opens its replacement).
    carnet = window.session.carnet
    from app.records import list_appointments, set_status

    moved = next(a for a in reversed(list_appointments(carnet))
                 if a.status == AppointmentStatus.MOVED and a.to_bring)  # fmt: skip
    window.open_record("appointment", moved.id)
    appointment = window.current
    assert appointment.new_button.isVisible()
    check(window, qtbot, "appointment view", zoom)
    appointment.open_form()
    appointment.bring_editor.add_line("Attestation de formation professionnelle continue")
    check(window, qtbot, "appointment form", zoom)
    appointment.open_status()
    appointment.status_buttons[AppointmentStatus.MOVED].setChecked(True)
    check(window, qtbot, "appointment moved", zoom)
    # Another one, cancelled by the person (then put back: the carnet serves every case).
    went = next(a for a in list_appointments(carnet)
                if a.status == AppointmentStatus.ATTENDED and a.to_bring)  # fmt: skip
    window.open_record("appointment", went.id)
    appointment.open_status()
    appointment.status_buttons[AppointmentStatus.CANCELLED_BY_ME].setChecked(True)
    appointment.channel_edit.setText("par téléphone, à l’accueil de l’agence")
    appointment.reason_edit.setText("rendez-vous médical à la même heure")
    appointment.save_status()
    assert appointment.saved.text() == {"en": "Saved.", "fr": "Enregistré."}[language]
    check(window, qtbot, "appointment cancelled", zoom)
    set_status(carnet, went.id, StatusChange(AppointmentStatus.ATTENDED), now=NOW)

    window.show_screen("directory")
    directory = window.current
    check(window, qtbot, "directory", zoom)
    check_rows(window, qtbot, directory.list, "directory")
    first_person = next(r for r in directory.model.rows if r.target and r.target[1][0] == "contact")
    window.open_record("directory", first_person.target[1])
    directory.remove_button.click()
    assert directory.confirm_yes.isVisible()
    check(window, qtbot, "contact form", zoom)
    window.open_record("directory", ("organisation", 1))
    check(window, qtbot, "organisation form", zoom)


def test_a_row_keeps_its_colours_when_the_theme_changes(make_window, qtbot, two_years):
    """The delegate paints from the theme in use: no colour is kept from an earlier theme."""
    window = make_window(carnet_path=two_years, clock=lambda: NOW)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    window.show_screen("agenda")
    from ui import appearance

    appearance.current().set_theme("yellow")
    qtbot.wait(30)
    shot = window.grab().toImage()
    agenda = window.current
    index = agenda.model.index(agenda.list.currentIndex().row() + 1, 0)
    rect = agenda.list.visualRect(index)
    point = agenda.list.viewport().mapTo(window, rect.topLeft() + QPoint(rect.width() - 30, 8))
    assert shot.pixelColor(point).name() == th.YELLOW_ON_BLACK.field.lower()
