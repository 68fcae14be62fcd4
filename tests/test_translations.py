"""Translations (handbook §5): French (the default) and English are complete, placeholders are
kept, the committed .qm files are compiled from the committed .ts files, real screens show
French, and Qt's own French (qtbase_fr.qm) loads.

When a test here fails after you added or changed a string in the code, run

    python -m ui.i18n_tool update

then translate the strings marked "unfinished" in resources/translations/reperes_fr.ts (by
hand, or with pyside6-linguist), run the update once more and commit resources/translations/.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from ui import i18n_tool

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
UPDATE = i18n_tool.UPDATE_COMMAND
FIX = (
    f"\n\nThe translations are not up to date with the code. Run `{UPDATE}`, translate the "
    "strings marked unfinished in resources/translations/reperes_fr.ts (by hand or with "
    f"pyside6-linguist), run `{UPDATE}` again, and commit resources/translations/."
)


def _messages(language: str) -> list[tuple[str, str, list[str], str]]:
    """(context, source, translations, type) read straight from the committed .ts file."""
    rows = []
    root = ET.parse(FOLDER / f"reperes_{language}.ts").getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None, msg.findtext("source")
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            rows.append((ctx.findtext("name"), msg.findtext("source"), forms, tr.get("type", "")))
    return rows


# -- (a) every string of the code is in the .ts files, translated ---------------------------------
def test_ts_files_hold_every_string_of_the_code_translated():
    report = i18n_tool.check_up_to_date(FOLDER)
    assert report.errors == [], "\n".join(report.errors) + FIX
    assert report.counts["fr"] == report.counts["en"] > 0


def test_committed_ts_files_are_finished():
    for language in i18n_tool.LANGUAGES:
        rows = _messages(language)
        assert rows, f"reperes_{language}.ts holds no string"
        bad = [(c, s) for c, s, texts, kind in rows if kind or not all(texts)]
        assert bad == [], f"{language}: unfinished or empty: {bad}{FIX}"


def test_english_translation_is_the_source():
    differ = [(c, s, t) for c, s, t, _ in _messages("en") if any(x != s for x in t)]
    assert differ == [], f"reperes_en.ts: the translation must equal the source: {differ}{FIX}"


def test_french_and_english_hold_the_same_strings():
    def keys(language):
        return sorted((c, s) for c, s, _, _ in _messages(language))

    assert keys("fr") == keys("en"), FIX


def test_a_new_string_in_the_code_is_reported(tmp_path):
    """The check above can fail: a string that is not in the .ts yet is caught, in both
    languages."""
    extra = tmp_path / "new_screen.py"
    extra.write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class BrandNewScreen(QWidget):\n"
        "    def title(self):\n"
        '        return self.tr("A sentence nobody has translated yet.")\n',
        encoding="utf-8",
    )
    report = i18n_tool.check_up_to_date(FOLDER, extra_sources=(extra,))
    for language in ("fr", "en"):
        assert any(
            e.startswith(f"{language}: new in the code") and "nobody has translated" in e
            for e in report.errors
        ), report.errors


def test_an_unfinished_translation_is_reported(tmp_path):
    for language in i18n_tool.LANGUAGES:
        (tmp_path / f"reperes_{language}.ts").write_bytes(
            (FOLDER / f"reperes_{language}.ts").read_bytes()
        )
    fr = tmp_path / "reperes_fr.ts"
    tree = ET.parse(fr)
    first = next(tree.getroot().iter("message"))
    first.find("translation").set("type", "unfinished")
    tree.write(fr, encoding="utf-8", xml_declaration=True)
    report = i18n_tool.check_up_to_date(tmp_path)
    assert [e for e in report.errors if e.startswith("fr: unfinished")], report.errors
    assert not [e for e in report.errors if e.startswith("en:")], report.errors


def test_translate_and_adopt_fill_only_untranslated_french(tmp_path):
    """The two helpers for merges: `translate` sets French from a JSON map, `adopt` takes the
    French of another copy; neither touches a finished translation."""
    import json

    for language in i18n_tool.LANGUAGES:
        (tmp_path / f"reperes_{language}.ts").write_bytes(
            (FOLDER / f"reperes_{language}.ts").read_bytes()
        )
    fr = tmp_path / "reperes_fr.ts"
    entries = i18n_tool.read_ts(fr)
    first, second = entries[0], entries[1]
    tree = ET.parse(fr)
    messages = list(tree.getroot().iter("message"))
    for msg in messages[:2]:
        msg.find("translation").set("type", "unfinished")
        msg.find("translation").text = ""
    tree.write(fr, encoding="utf-8", xml_declaration=True)
    mapping = tmp_path / "fr.json"
    mapping.write_text(json.dumps({first.source: "Essai", entries[5].source: "Pas touché"}))
    i18n_tool.translate(mapping, tmp_path)
    after = {(e.context, e.source): e for e in i18n_tool.read_ts(fr)}
    assert after[(first.context, first.source)].translations == ("Essai",)
    assert after[(first.context, first.source)].done
    assert not after[(second.context, second.source)].done
    assert after[(entries[5].context, entries[5].source)].translations == entries[5].translations
    i18n_tool.adopt(FOLDER / "reperes_fr.ts", tmp_path)
    after = {(e.context, e.source): e for e in i18n_tool.read_ts(fr)}
    assert after[(second.context, second.source)].translations == second.translations
    assert after[(first.context, first.source)].translations == ("Essai",)


def test_helper_strings_are_found(tmp_path):
    """lupdate cannot see `_t("...")` in modules such as ui/messages.py; the tool finds them."""
    module = tmp_path / "module.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def _t(text: str) -> str:\n"
        '    """Translated."""\n'
        '    return QCoreApplication.translate("Somewhere", text)\n\n\n'
        'ANSWER = _t("A first sentence. " "And a second one.")\n',
        encoding="utf-8",
    )
    has_calls, found, notes = i18n_tool.scan_file(module, tmp_path)
    assert has_calls and notes == []
    assert [(f.context, f.source) for f in found] == [
        ("Somewhere", "A first sentence. And a second one.")
    ]
    scanned = i18n_tool.scan()
    contexts = {f.context for f in scanned.helper_strings}
    assert {"Messages", "Printing"} <= contexts


def test_app_holds_no_interface_strings():
    notes = [n for n in i18n_tool.scan().notes if n.startswith("app/")]
    assert notes == [], "\n".join(notes)


# -- (b) placeholders and French typography -------------------------------------------------------
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def _placeholders(text: str) -> Counter[str]:
    return Counter(p.replace("L", "") for p in PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_translations_keep_the_placeholders(language):
    bad = [
        (context, source, text)
        for context, source, texts, _ in _messages(language)
        for text in texts
        if _placeholders(text) != _placeholders(source)
    ]
    assert bad == [], f"{language}: placeholders (%1, %2…) must be kept exactly: {bad}"


def test_placeholder_check_catches_a_lost_placeholder():
    assert _placeholders("Lieu\u00a0: %1.") == _placeholders("Place: %1.")
    assert _placeholders("Lieu.") != _placeholders("Place: %1.")
    assert _placeholders("%2 puis %1") == _placeholders("%1 then %2")


def test_french_typography():
    bad = [
        (source, text, problems)
        for _, source, texts, _ in _messages("fr")
        for text in texts
        if (problems := i18n_tool.french_typography(text))
    ]
    assert bad == [], (
        "French punctuation: a non-breaking space U+00A0 before : ; ? ! and inside « », "
        f"the apostrophe ’: {bad}"
    )


def test_french_sentences_are_short():
    """Plain language (handbook §5): no French sentence over 20 words."""
    long = []
    for _, _, texts, _ in _messages("fr"):
        for text in texts:
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                words = [w for w in re.split(r"[\s\u00a0]+", sentence) if re.search(r"\w", w)]
                if len(words) > 20:
                    long.append(sentence)
    assert long == [], f"French sentences over 20 words: {long}"


def test_typography_rules_can_fail():
    nb = "\u00a0"
    assert i18n_tool.french_typography(f"Lieu{nb}: %1. Où{nb}? «{nb}Oui{nb}»") == []
    assert i18n_tool.french_typography("Rendez-vous à 9:30, voir https://exemple.fr") == []
    assert i18n_tool.french_typography("Lieu : %1.")  # ordinary space
    assert i18n_tool.french_typography("Lieu: %1.")  # no space
    assert i18n_tool.french_typography("Lieu\u202f: %1.")  # the other kind
    assert i18n_tool.french_typography("appuyez sur “Verrouiller”")
    assert i18n_tool.french_typography("l'agenda")


# -- (c) the .qm files are compiled from the .ts files --------------------------------------------
def _all_translate_the_same(ours: Path, fresh: Path, language: str) -> list[str]:
    a, b = QTranslator(), QTranslator()
    assert a.load(str(ours)) and b.load(str(fresh))
    differ = []
    for context, source, _, _ in _messages(language):
        mine, theirs = a.translate(context, source), b.translate(context, source)
        if mine != theirs:
            differ.append(f"[{context}] {source!r}: {mine!r} ≠ {theirs!r}")
    return differ


@pytest.mark.parametrize("language", ["fr", "en"])
def test_qm_is_compiled_from_the_committed_ts(language, tmp_path):
    committed = FOLDER / f"reperes_{language}.qm"
    assert committed.is_file(), f"{committed.name} is missing.{FIX}"
    fresh = tmp_path / committed.name
    i18n_tool.lrelease(FOLDER / f"reperes_{language}.ts", fresh)
    if committed.read_bytes() == fresh.read_bytes():
        return
    # Another lrelease may lay the bytes out differently: then every string must still match.
    differ = _all_translate_the_same(committed, fresh, language)
    assert differ == [], f"{committed.name} is older than the .ts file: {differ}{FIX}"


def test_check_command_passes():
    proc = subprocess.run(
        [sys.executable, "-m", "ui.i18n_tool", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr + FIX


# -- (d) real screens in French; (e) Qt's own French ----------------------------------------------
@pytest.fixture
def french(qapp):
    """The French translators installed the way the application does, removed afterwards so
    other tests keep the English source strings."""
    from ui.application import install_translations

    locale = QLocale()
    translators = install_translations(qapp, "fr")
    yield translators
    for t in translators:
        qapp.removeTranslator(t)
        t.deleteLater()
    QLocale.setDefault(locale)


def test_french_is_the_default_language():
    from app.settings import Settings

    assert Settings().language == "fr"


def test_real_screens_show_french(french, qtbot, tmp_path):
    from app.locations import Locations
    from ui.main_window import MainWindow
    from ui.session import Session

    session = Session(Locations(tmp_path / "c", tmp_path / "cfg", False))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    assert window.current.key == "welcome"
    welcome = window.welcome_screen
    assert "Créer mon carnet" in welcome.create_button.text()
    assert "Ouvrir mon carnet" in welcome.open_button.text()
    assert welcome.title() == "Bienvenue dans Repères"
    assert "Verrouiller" in window.lock_button.text()
    assert "Retour" in window.back_button.text()

    window.show_screen("create")
    create = window.create_screen
    assert create.title() == "Créer mon carnet"
    assert "Entrée" in create.create_button.text()  # the key written on the main button
    assert "mot de passe" in create.help_text()

    window.show_screen("unlock")
    unlock = window.unlock_screen
    assert unlock.title() == "Ouvrir mon carnet"
    assert "Entrée" in unlock.help_text()
    assert "code de secours" in window.recovery_screen.title()
    for screen in (welcome, create, unlock):
        read = " ".join([screen.title(), *(part.text for part in screen.reading_parts())])
        assert "carnet" in read
    session.lock()


def test_messages_and_printing_are_french(french):
    """The calm sentences of ui/messages.py and the recovery sheet: every one shown in French."""
    from app.carnet import errors
    from ui import messages, printing

    def french_of(context: str) -> set[str]:
        return {t for c, _, texts, _ in _messages("fr") if c == context for t in texts}

    said = french_of("Messages")
    failures = [
        errors.WrongPassphrase(), errors.WrongRecoveryCode(), errors.DamagedCarnet(),
        errors.NewerCarnet(), errors.NotACarnet(), errors.CarnetInUse(), errors.DiskFull(),
        errors.StorageError(), errors.CarnetExists(), errors.CarnetSettingsError(),
        errors.WeakPassphrase(["too_short"]), RuntimeError("anything else"),
    ]  # fmt: skip
    for exc in failures:
        assert messages.error_text(exc) in said, type(exc).__name__
    for reason in ("too_short", "too_long", "invalid_character", "easy_to_guess", "mismatch", "?"):
        assert messages.passphrase_reason(reason) in said, reason
    assert "«\u00a0Proposer un mot de passe\u00a0»" in messages.passphrase_reason("easy_to_guess")

    sheet = printing.recovery_sheet_html("ABCD-EFGH-2345-6789-ABCD-EFGH")
    for text in french_of("Printing"):
        assert html.escape(text) in sheet, text


def test_english_when_asked(qapp, qtbot, tmp_path):
    from app.locations import Locations
    from ui.application import install_translations
    from ui.main_window import MainWindow
    from ui.session import Session

    locale = QLocale()
    translators = install_translations(qapp, "en")
    try:
        session = Session(Locations(tmp_path / "c", tmp_path / "cfg", False))
        window = MainWindow(session)
        qtbot.addWidget(window)
        assert "Create my carnet" in window.welcome_screen.create_button.text()
        session.lock()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(locale)


def test_qt_own_french_loads(french, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator()
    assert qtbase.load("qtbase_fr", folder), f"qtbase_fr.qm is missing from {folder}"
    assert not qtbase.isEmpty()
    assert any("qtbase_fr" in t.filePath() for t in french)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_the_first_of_the_month_is_written_1er_in_french(french):
    """The obligations screen said « Fait le 1 décembre »: in French the first is « 1er »."""
    from datetime import date

    from ui.formatting import day_text, locale_day
    from ui.screens.record_kit import day_words

    assert day_text(date(2026, 12, 1)) == "mardi 1er décembre"
    assert day_words(date(2026, 12, 1), weekday=False) == "1er décembre"
    assert locale_day(date(2027, 1, 1), "dddd d MMMM yyyy") == "vendredi 1er janvier 2027"
    assert day_text(date(2026, 12, 11)) == "vendredi 11 décembre"  # 11 stays 11
    assert locale_day(date(2026, 12, 1), "dd/MM/yyyy") == "01/12/2026"  # digits untouched
