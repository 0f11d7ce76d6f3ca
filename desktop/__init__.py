"""Madoguchi's application core.  Never imports Qt, ``ui`` or ``sync``."""

__version__ = "0.1.0"
