"""Choosing a file without leaving a trace on a shared PC.

Qt's own file dialog (DontUseNativeDialog: the same, readable, zoomable dialog everywhere) writes
its history and the last folder visited to QtProject.conf (or the registry) when it is destroyed,
and reads other programs' history when it opens. On a library PC that history would tell the next
person which folders this person opened. Repères keeps no Qt settings at all, so QSettings is
pointed at a place where nothing can be written (a path under an existing *file*): the dialog
then neither reads nor writes any history. On Windows, where Qt's native settings are the
registry, the values the dialog wrote are put back as they were once it is destroyed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QStandardPaths, QStorageInfo
from PySide6.QtWidgets import QFileDialog, QWidget

_GROUP = "FileDialog"
_void_set = False


def keep_no_qt_settings() -> None:
    """Make every QSettings of the process unable to write (Repères has its own settings)."""
    global _void_set
    if _void_set:
        return
    nowhere = str(Path(sys.executable).resolve() / "no-qt-settings")  # under a file: unwritable
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, nowhere)
    _void_set = True


def _registry_snapshot() -> dict[str, object] | None:
    if sys.platform != "win32":
        return None
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup(_GROUP)
    return {key: settings.value(key) for key in settings.childKeys()}


def _registry_restore(before: dict[str, object] | None) -> None:
    if before is None:
        return
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup(_GROUP)
    for key in settings.childKeys():
        if key not in before:
            settings.remove(key)
    for key, value in before.items():
        settings.setValue(key, value)
    settings.sync()


STICK_ROOTS = ("/media/", "/run/media/", "/Volumes/")  # where Linux and macOS put sticks


def _removable_on_windows(root: str) -> bool:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root) == 2  # DRIVE_REMOVABLE


def stick_folders() -> list[str]:
    """The USB sticks plugged in, writable: a PDF or a copy goes there first, not into the home
    folder of a shared PC where the next person would find it."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        if sys.platform == "win32":
            if _removable_on_windows(root):
                found.append(root)
        elif (root + "/").startswith(STICK_ROOTS):
            found.append(root)
    return found


def start_folder() -> str:
    sticks = stick_folders()
    if sticks:
        return sticks[0]
    for kind in (
        QStandardPaths.StandardLocation.PicturesLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
    ):
        folder = QStandardPaths.writableLocation(kind)
        if folder and QDir(folder).exists():
            return folder
    return QDir.homePath()


def choose_file(
    parent: QWidget,
    caption: str,
    name_filters: list[str],
    on_chosen: Callable[[Path | None], None],
    *,
    save_as: str | None = None,
    folder: bool = False,
) -> QFileDialog:
    """Open Qt's file dialog (window-modal, not a nested event loop); `on_chosen` gets the path,
    or None when the person cancels. Returns the dialog (tests drive it).
    `save_as`: choose where to save, starting with this file name (Qt asks before replacing a
    file). `folder`: choose a folder (a USB stick) rather than a file."""
    keep_no_qt_settings()
    before = _registry_snapshot()
    dialog = QFileDialog(parent, caption, start_folder())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif save_as is not None:
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(save_as)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if name_filters:
        dialog.setNameFilters(name_filters)
    dialog.setHistory([])
    dialog.setAccessibleName(caption)

    def finished(result: int) -> None:
        files = dialog.selectedFiles() if result == QFileDialog.DialogCode.Accepted else []
        dialog.hide()
        dialog.deleteLater()  # its destructor saves Qt's settings: restored when it is gone
        on_chosen(Path(files[0]) if files else None)

    dialog.destroyed.connect(lambda *_: _registry_restore(before))
    dialog.finished.connect(finished)
    dialog.open()
    return dialog
