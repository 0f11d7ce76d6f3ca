"""Warnings from the PDF libraries become sentences for the filer, never stderr noise.

pikepdf reports things it noticed (a copied page with orphaned form widgets, a
damaged object it worked around) as Python warnings, which a terminal prints with
a source path and line.  Around every pikepdf call on an exhibit they are caught
and turned into one sentence naming the exhibit, for the bundle's summary.

``warnings.catch_warnings`` changes process-wide state: a warning raised by another
thread while a bundle is built may be collected here too (harmless: it is shown
instead of printed).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["sentences_from_warnings"]


@contextmanager
def sentences_from_warnings(into: list[str], label: str, quoted: str) -> Iterator[None]:
    """Collect warnings raised inside the block as sentences appended to ``into``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for message in dict.fromkeys(str(w.message).strip() for w in caught):
        into.append(f"{label}: the PDF library noted, while copying {quoted}: {message}")
