"""Repères' PySide6 interface: windows, screens, widgets, theme, printing."""
