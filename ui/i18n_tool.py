"""Translations of the interface (Qt Linguist files in resources/translations/).

    python -m ui.i18n_tool update    find every string of the interface, update
                                     reperes_fr.ts and reperes_en.ts, then make the .qm files
    python -m ui.i18n_tool check     list what is missing or wrong; exit code 1 if anything is
    python -m ui.i18n_tool release   only make the .qm files from the .ts files
    python -m ui.i18n_tool translate FILE.json
                                     set French translations from a JSON object
                                     {"English source": "texte français", ...} (every context
                                     holding that source), then make the .qm files
    python -m ui.i18n_tool adopt OTHER.ts
                                     take the finished French translations of another copy of
                                     reperes_fr.ts (e.g. a branch's, after a merge conflict) for
                                     the strings still untranslated here

After `update`, new French strings are marked "unfinished": translate them in
resources/translations/reperes_fr.ts (by hand, or with `pyside6-linguist`), then run `update`
again to make the .qm. English translations are filled in by `update`: they are the source.

What is scanned: every .py file under ui/, and the files of app/ that call a translation
function (app/ should hold no interface strings; the tool says so if it finds any).
Strings are found by lupdate (`self.tr("...")`, `QCoreApplication.translate("Ctx", "...")`)
and, because lupdate cannot see them, by this tool for module helpers of the form
`def _t(text): return QCoreApplication.translate("Ctx", text)` called as `_t("...")`.

The .ts files keep no source locations (file names and line numbers): several people edit the
code at the same time, and a location in every entry would change with every edit.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from subprocess import run

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "en"
UPDATE_COMMAND = "python -m ui.i18n_tool update"
CHECK_COMMAND = "python -m ui.i18n_tool check"
_TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
_SELF = Path(__file__).resolve()


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"reperes_{language}.ts"


def qm_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"reperes_{language}.qm"


# -- Qt's tools -----------------------------------------------------------------------------------
def qt_tool(name: str) -> Path:
    """lupdate or lrelease, from the PySide6 package (what pyside6-lupdate runs)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    raise SystemExit(f"i18n_tool: Qt's {name} was not found (it comes with PySide6).")


def _run_tool(name: str, args: list[str]) -> str:
    result = run([str(qt_tool(name)), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{name} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


# -- what the code asks to translate --------------------------------------------------------------
@dataclass(frozen=True)
class Found:
    context: str
    source: str
    where: str  # "ui/messages.py:12", for messages only, never written into the .ts


@dataclass
class Scan:
    files: list[Path] = field(default_factory=list)  # given to lupdate
    helper_strings: list[Found] = field(default_factory=list)  # _t("...") that lupdate misses
    notes: list[str] = field(default_factory=list)


def _translate_context(node: ast.AST, param: str) -> str | None:
    """`QCoreApplication.translate("Ctx", param, ...)` → "Ctx"."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return None
    func = node.func
    owner = func.value
    if func.attr != "translate" or not (
        isinstance(owner, ast.Name) and owner.id in _TRANSLATE_OWNERS
    ):
        return None
    if len(node.args) < 2:
        return None
    ctx, text = node.args[0], node.args[1]
    if (
        isinstance(ctx, ast.Constant)
        and isinstance(ctx.value, str)
        and isinstance(text, ast.Name)
        and text.id == param
    ):
        return ctx.value
    return None


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level one-line translation helpers: name → context."""
    helpers: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args:
            body = [n for n in node.body if not _is_docstring(n)]
            if len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value is not None:
                ctx = _translate_context(body[0].value, node.args.args[0].arg)
                if ctx is not None:
                    helpers[node.name] = ctx
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Lambda)
            and node.value.args.args
        ):
            ctx = _translate_context(node.value.body, node.value.args.args[0].arg)
            if ctx is not None:
                helpers[node.targets[0].id] = ctx
    return helpers


def _is_translation_call(node: ast.Call, helpers: dict[str, str]) -> bool:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in helpers
    if isinstance(func, ast.Attribute):
        if func.attr == "tr":
            return True
        return (
            func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in _TRANSLATE_OWNERS
        )
    return False


def _literal_argument(node: ast.Call) -> ast.expr | None:
    func = node.func
    index = 1 if isinstance(func, ast.Attribute) and func.attr == "translate" else 0
    return node.args[index] if len(node.args) > index else None


def scan_file(path: Path, root: Path = ROOT) -> tuple[bool, list[Found], list[str]]:
    """(has translation calls, helper strings lupdate cannot see, notes)."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    except SyntaxError as exc:
        return False, [], [f"{rel}: cannot be read ({exc.msg}, line {exc.lineno})"]
    helpers = _helpers(tree)
    found: list[Found] = []
    notes: list[str] = []
    has_calls = False
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _is_translation_call(node, helpers)):
            continue
        arg = _literal_argument(node)
        literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        if isinstance(node.func, ast.Attribute) and node.func.attr == "tr" and not literal:
            continue  # str.tr-like calls on other objects, or tr(variable): lupdate decides
        has_calls = True
        if isinstance(node.func, ast.Name):  # a helper: _t("...")
            if literal:
                found.append(Found(helpers[node.func.id], arg.value, f"{rel}:{node.lineno}"))
            else:
                notes.append(
                    f"{rel}:{node.lineno}: {node.func.id}(...) is not given a plain string; "
                    "that text cannot be found for translation"
                )
    return has_calls, found, notes


def scan(root: Path = ROOT) -> Scan:
    result = Scan()
    for folder, always in (("ui", True), ("app", False)):
        for path in sorted((root / folder).rglob("*.py")):
            if path.resolve() == _SELF or "__pycache__" in path.parts:
                continue
            has_calls, found, notes = scan_file(path, root)
            result.notes.extend(notes)
            if not always and has_calls:
                result.notes.append(
                    f"{path.relative_to(root).as_posix()}: interface strings in app/ "
                    "(they belong in ui/); they are translated anyway"
                )
            if always or has_calls:
                result.files.append(path)
            result.helper_strings.extend(found)
    return result


def _shim(found: list[Found], folder: Path) -> Path:
    """A throw-away Python file that shows lupdate the helper strings as plain calls."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for f in found:
        ctx = json.dumps(f.context, ensure_ascii=False)
        text = json.dumps(f.source, ensure_ascii=False)
        lines.append(f"QCoreApplication.translate({ctx}, {text})")
    path = folder / "helper_strings.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lupdate(
    ts_files: dict[str, Path], *, extra_sources: tuple[Path, ...] = (), root: Path = ROOT
) -> Scan:
    """Merge the strings of the code into each .ts (language → file): keeps translations, adds
    new strings as unfinished, drops strings no longer in the code."""
    found = scan(root)
    with tempfile.TemporaryDirectory(prefix="reperes-i18n-") as tmp:
        sources = [*found.files, *extra_sources]
        if found.helper_strings:
            sources.append(_shim(found.helper_strings, Path(tmp)))
        for language, ts in ts_files.items():
            _run_tool(
                "lupdate",
                [
                    "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", SOURCE_LANGUAGE, "-target-language", language,
                    *(str(s) for s in sources), "-ts", str(ts),
                ],
            )  # fmt: skip
    return found


def lrelease(ts: Path, qm: Path) -> None:
    _run_tool("lrelease", ["-silent", str(ts), "-qm", str(qm)])


# -- reading .ts files ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def done(self) -> bool:
        return self.state == "" and all(t != "" for t in self.translations)

    def label(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = tr.findall("numerusform") if tr is not None else []
            if forms:
                texts = tuple(f.text or "" for f in forms)
            else:
                texts = (tr.text or "",) if tr is not None else ("",)
            state = tr.get("type", "") if tr is not None else "unfinished"
            entries.append(Entry(name, msg.findtext("source") or "", texts, state))
    return entries


def fill_english(path: Path) -> int:
    """English: the translation is the source. Returns how many entries were filled."""
    tree = ET.parse(path)
    filled = 0
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        forms = tr.findall("numerusform")
        if tr.get("type") == "unfinished" or not (forms or tr.text):
            if forms:
                for f in forms:
                    f.text = source
            else:
                tr.text = source
            tr.attrib.pop("type", None)
            filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


# -- what is checked ------------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def placeholders(text: str) -> Counter[str]:
    return Counter(p.replace("L", "") for p in PLACEHOLDER.findall(text))


NBSP = "\u00a0"  # the one space used before : ; ? ! and inside « » (every font has it)


def french_typography(text: str) -> list[str]:
    """French rules, with one kind of non-breaking space (U+00A0) everywhere."""
    problems = []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch in ":;?!":
            if ch == ":" and (after == "/" or (before.isdigit() and after.isdigit())):
                continue  # a web address or a time such as 9:30
            if before in (" ", "\u202f"):
                problems.append(f"use a non-breaking space (U+00A0) before “{ch}”")
            elif before and before != NBSP and before not in ":;?!":
                problems.append(f"put a non-breaking space (U+00A0) before “{ch}”")
        elif ch == "«" and after != NBSP:
            problems.append("put a non-breaking space (U+00A0) after “«”")
        elif ch == "»" and before != NBSP:
            problems.append("put a non-breaking space (U+00A0) before “»”")
        elif ch in '“”"':
            problems.append("use French quotes « like this »")
        elif ch == "'":
            problems.append("use the typographic apostrophe ’ (U+2019)")
        elif ch == "\u202f":
            problems.append("use U+00A0, not U+202F, for non-breaking spaces")
    return sorted(set(problems))


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _describe(language: str, entry: Entry, committed: dict[tuple[str, str], Entry]) -> str:
    if (entry.context, entry.source) not in committed:
        what = "new in the code, not in the .ts yet"
    elif entry.state == "unfinished":
        what = "unfinished"
    else:
        what = "empty"
    return f"{language}: {what}: {entry.label()}"


def check_up_to_date(
    folder: Path = TRANSLATIONS, *, extra_sources: tuple[Path, ...] = (), root: Path = ROOT
) -> Report:
    """Run lupdate into copies of the .ts files: every string of the code must be there, and
    translated, in every language."""
    report = Report()
    with tempfile.TemporaryDirectory(prefix="reperes-i18n-") as tmp:
        copies = {}
        for language in LANGUAGES:
            committed = ts_file(language, folder)
            if not committed.exists():
                report.errors.append(f"{language}: {committed.name} is missing")
                continue
            copies[language] = Path(tmp) / committed.name
            shutil.copyfile(committed, copies[language])
        found = lupdate(copies, extra_sources=extra_sources, root=root)
        report.notes.extend(found.notes)
        for language, copy in copies.items():
            before = {(e.context, e.source): e for e in read_ts(ts_file(language, folder))}
            after = read_ts(copy)
            report.counts[language] = len(after)
            for entry in after:
                if not entry.done:
                    report.errors.append(_describe(language, entry, before))
            now = {(e.context, e.source) for e in after}
            for key, entry in before.items():
                if key not in now:
                    report.notes.append(f"{language}: no longer in the code: {entry.label()}")
    return report


def check_contents(folder: Path = TRANSLATIONS) -> Report:
    """Placeholders kept, French typography."""
    report = Report()
    for language in LANGUAGES:
        path = ts_file(language, folder)
        if not path.exists():
            continue
        for entry in read_ts(path):
            for text in entry.translations:
                if text and placeholders(text) != placeholders(entry.source):
                    report.errors.append(
                        f"{language}: placeholders differ ({' '.join(placeholders(entry.source))}"
                        f" in the source): {entry.label()} → {text!r}"
                    )
                if text and language == "fr":
                    for problem in french_typography(text):
                        report.errors.append(f"fr: {problem}: {entry.label()} → {text!r}")
    return report


def check_compiled(folder: Path = TRANSLATIONS) -> Report:
    """The committed .qm files are what lrelease makes from the committed .ts files."""
    report = Report()
    with tempfile.TemporaryDirectory(prefix="reperes-i18n-") as tmp:
        for language in LANGUAGES:
            ts, qm = ts_file(language, folder), qm_file(language, folder)
            if not ts.exists():
                continue
            fresh = Path(tmp) / qm.name
            lrelease(ts, fresh)
            if not qm.exists():
                report.errors.append(f"{language}: {qm.name} is missing")
            elif qm.read_bytes() != fresh.read_bytes():
                report.errors.append(f"{language}: {qm.name} is not compiled from {ts.name}")
    return report


def check(folder: Path = TRANSLATIONS) -> Report:
    report = Report()
    for part in (check_up_to_date(folder), check_contents(folder), check_compiled(folder)):
        report.errors.extend(part.errors)
        report.notes.extend(part.notes)
        report.counts.update(part.counts)
    return report


# -- the commands ---------------------------------------------------------------------------------
def update(folder: Path = TRANSLATIONS) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    files = {language: ts_file(language, folder) for language in LANGUAGES}
    found = lupdate(files)
    if fill_english(files["en"]):
        lupdate({"en": files["en"]})  # lupdate writes the file back in its own layout
    for note in found.notes:
        print(f"note: {note}")
    release(folder)
    for path in files.values():
        entries = read_ts(path)
        todo = [e for e in entries if not e.done]
        print(f"{path.name}: {len(entries)} strings, {len(todo)} to translate")
        for e in todo:
            print(f"    {e.label()}")
    return 0


def _set_french(choose, folder: Path = TRANSLATIONS) -> int:
    """Fill untranslated French entries with choose(context, source) when it returns a text."""
    path = ts_file("fr", folder)
    tree = ET.parse(path)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation", {"type": "unfinished"})
            if tr.get("type") in ("vanished", "obsolete") or tr.findall("numerusform"):
                continue
            if tr.get("type") != "unfinished" and tr.text:
                continue
            text = choose(name, msg.findtext("source") or "")
            if text:
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        lupdate({"fr": path})  # back to lupdate's own layout
        release(folder)
    print(f"{path.name}: {filled} translation(s) set")
    return filled


def translate(mapping_file: Path, folder: Path = TRANSLATIONS) -> int:
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    _set_french(lambda _ctx, source: mapping.get(source), folder)
    return 0


def adopt(other: Path, folder: Path = TRANSLATIONS) -> int:
    known = {(e.context, e.source): e.translations[0] for e in read_ts(other)
             if e.done and len(e.translations) == 1}  # fmt: skip
    _set_french(lambda ctx, source: known.get((ctx, source)), folder)
    return 0


def release(folder: Path = TRANSLATIONS) -> int:
    for language in LANGUAGES:
        lrelease(ts_file(language, folder), qm_file(language, folder))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ui.i18n_tool",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=("update", "check", "release", "translate", "adopt"))
    parser.add_argument("file", nargs="?", type=Path, help="for translate and adopt")
    args = parser.parse_args(argv)
    if args.command in ("translate", "adopt"):
        if args.file is None:
            parser.error(f"{args.command} needs a file")
        return (translate if args.command == "translate" else adopt)(args.file)
    if args.command == "update":
        return update()
    if args.command == "release":
        return release()
    report = check()
    for note in report.notes:
        print(f"note: {note}")
    for error in report.errors:
        print(f"error: {error}")
    if report.ok:
        counts = ", ".join(f"{lang} {n}" for lang, n in report.counts.items())
        print(f"translations complete ({counts} strings)")
        return 0
    print(
        f"\n{len(report.errors)} problem(s). Run `{UPDATE_COMMAND}`, then translate or fix the "
        "strings listed above in resources/translations/reperes_fr.ts (by hand or with "
        f"pyside6-linguist), then run `{UPDATE_COMMAND}` again."
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
