"""Repères: everything that is not Qt. Importable without a display; never imports PySide6."""

__version__ = "0.1.0"
