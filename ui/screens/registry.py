"""The table of screens: each screen declared once, by key, with where its class lives, whether it
needs an open carnet, and the tile that Today draws for it (title, icon, short description).

The window builds a screen the first time it is shown (Anki's DialogManager is the model): the
module named here is imported only then, so start-up pays for the first screen only. This module
imports no screen, which is why a screen may ask the table whether another screen exists
(`has_screen`) without a circle of imports."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from .base import Screen


def _t(text: str) -> str:
    return QCoreApplication.translate("Screens", text)


@dataclass(frozen=True)
class Tile:
    """What Today shows to open a screen. Texts are functions: they are translated when drawn,
    in the language chosen then."""

    title: Callable[[], str]
    icon: str
    description: Callable[[], str]


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    where: str  # "module:Class", imported the first time the screen is shown
    needs_carnet: bool = False
    tile: Tile | None = None  # on Today, in the table's order

    def screen_class(self) -> type[Screen]:
        module, _, name = self.where.partition(":")
        return getattr(importlib.import_module(module), name)


_S = "ui.screens."
SCREENS: tuple[ScreenEntry, ...] = (
    # Before a carnet is open.
    ScreenEntry("welcome", _S + "welcome:WelcomeScreen"),
    ScreenEntry("create", _S + "create:CreateScreen"),
    ScreenEntry("unlock", _S + "unlock:UnlockScreen"),
    ScreenEntry("recovery_code", _S + "recovery_code:RecoveryCodeScreen"),
    ScreenEntry("today", _S + "today:TodayScreen", True),
    # The records, in the order of Today's tiles.
    ScreenEntry("agenda", _S + "agenda:AgendaScreen", True, Tile(
        lambda: _t("My agenda"), "calendar",
        lambda: _t("Your appointments, week by week."))),
    ScreenEntry("obligations", _S + "obligations:ObligationsScreen", True, Tile(
        lambda: _t("What I must do"), "check",
        lambda: _t("The steps to do, and their last day."))),
    ScreenEntry("hours", _S + "hours:HoursScreen", True, Tile(
        lambda: _t("My hours of activity"), "calendar",
        lambda: _t("The hours you do each week."))),
    ScreenEntry("journal", _S + "journal:JournalScreen", True, Tile(
        lambda: _t("My exchanges"), "help",
        lambda: _t("What you said and what you were told."))),
    ScreenEntry("documents", _S + "documents:DocumentsScreen", True, Tile(
        lambda: _t("My letters and papers"), "folder",
        lambda: _t("Your letters, photos and PDF files."))),
    ScreenEntry("directory", _S + "directory:DirectoryScreen", True, Tile(
        lambda: _t("Organisations and contacts"), "home",
        lambda: _t("Who to call, where to go."))),
    ScreenEntry("message", _S + "message:MessageScreen", True, Tile(
        lambda: _t("Add a message or a letter"), "document",
        lambda: _t("Paste a message, or read a letter with the camera."))),
    ScreenEntry("received_letter", _S + "received_letter:ReceivedLetterScreen", True, Tile(
        lambda: _t("I received a letter"), "document",
        lambda: _t("What it asks, and until when you can answer."))),
    ScreenEntry("guides", _S + "guides:GuidesScreen", True, Tile(
        lambda: _t("Understand my rights"), "help",
        lambda: _t("Guides in simple words."))),
    ScreenEntry("letters", _S + "letters:LettersScreen", True, Tile(
        lambda: _t("Write a letter"), "pencil",
        lambda: _t("Ready-made letters to fill in."))),
    ScreenEntry("helper", _S + "helper:HelperScreen", True, Tile(
        lambda: _t("Someone is helping me"), "person",
        lambda: _t("Let a helper see or write, for a while."))),
    ScreenEntry("backup", _S + "backup:BackupScreen", True, Tile(
        lambda: _t("Copy or restore my carnet"), "save",
        lambda: _t("A copy on a USB stick, in case."))),
    # Reachable with or without a carnet.
    ScreenEntry("appointment", _S + "appointment:AppointmentScreen", True),
    ScreenEntry("settings", _S + "settings:SettingsScreen", False, Tile(
        lambda: _t("Settings: colours, language"), "settings",
        lambda: _t("Text size, colours, language, voice."))),
    ScreenEntry("about", _S + "about:AboutScreen", False, Tile(
        lambda: _t("About Repères and help"), "help",
        lambda: _t("What Repères does, and who can help."))),
    ScreenEntry("protection", _S + "protection:ProtectionScreen"),  # from About and Settings
)

BY_KEY: dict[str, ScreenEntry] = {entry.key: entry for entry in SCREENS}


def entry(key: str) -> ScreenEntry:
    return BY_KEY[key]


def has_screen(key: str) -> bool:
    """True when this version of Repères has a screen with this key."""
    return key in BY_KEY


def tiles() -> list[ScreenEntry]:
    """The screens Today offers, in order."""
    return [e for e in SCREENS if e.tile is not None]
