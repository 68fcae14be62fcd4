"""The screens of the records (issue "Records"). Each is built with the window's Session, has a
unique `key`, returns True from `needs_carnet()`, and is opened from Today or another screen
with `navigate.emit(key)` or `open_record.emit(key, payload)`."""

from __future__ import annotations

from .agenda import AgendaScreen
from .appointment import AppointmentScreen
from .base import Screen
from .directory import DirectoryScreen
from .documents import DocumentsScreen
from .hours import HoursScreen
from .journal import JournalScreen
from .obligations import ObligationsScreen

RECORD_SCREENS: list[type[Screen]] = []
# Agenda, appointment, directory:
RECORD_SCREENS += [AgendaScreen, AppointmentScreen, DirectoryScreen]
# Obligations, hours, journal, documents:
RECORD_SCREENS += [ObligationsScreen, HoursScreen, JournalScreen, DocumentsScreen]

# Rights and deadlines (guides, "I received a letter", letters): keys guides, received_letter,
# letters.
from .guides import GuidesScreen  # noqa: E402
from .letters import LettersScreen  # noqa: E402
from .received_letter import ReceivedLetterScreen  # noqa: E402

RECORD_SCREENS += [GuidesScreen, ReceivedLetterScreen, LettersScreen]

# Paper (print sheets) and backup: key backup.
from .backup import BackupScreen  # noqa: E402

RECORD_SCREENS += [BackupScreen]

# A message or a letter into the carnet (paste, OCR): key message.
from .message import MessageScreen  # noqa: E402

RECORD_SCREENS += [MessageScreen]

# Shared PC (modes, what Repères does not protect): key protection.
from .protection import ProtectionScreen  # noqa: E402

RECORD_SCREENS += [ProtectionScreen]  # reachable without a carnet, from About and Settings

# Helper sessions: key helper.
