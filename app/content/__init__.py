"""Content packs in resources/content/: obligation templates and calendars, checked at load."""

from .obligations import Catalogue, ContentError, catalogue, load_catalogue

__all__ = ["Catalogue", "ContentError", "catalogue", "load_catalogue"]
