"""Exhibits described only: listed in the papers and the bundle's index, with no pages.

An exhibit may have no file: an object that cannot be attached (a passport the employer
holds, a uniform, a notice board), or a document still to come.  As lawyers list such
evidence, it keeps its 号証 and its row in the 証拠説明書 (標目, 立証趣旨, 備考 say what it
is) and in 第3 証拠方法 of the 申立書; the bundle's index lists it too, with a dash where
a page number would be and no link, and no page, stamp or bookmark is made for it.  A
sentence in the warnings says so (a file still to come is then noticed before filing),
and the manifest lists it under ``described_only``.  A matter whose exhibits are all
described only has nothing to bundle and is refused.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desktop.documents.adr.matter import Exhibit, MatterData
from desktop.errors import DocumentError

__all__ = ["NO_PAGE", "described_only", "filed_only", "manifest_entries", "sentence"]

NO_PAGE = "—"  # printed in the index where a page number would be


def described_only(exhibit: Exhibit) -> bool:
    """True for an exhibit recorded without a file."""
    return not exhibit.data.get("evidence_id")


def filed_only(data: MatterData) -> MatterData:
    """The matter with only the exhibits that have a file (those the bundle holds)."""
    filed = [e for e in data.exhibits if not described_only(e)]
    if not filed:
        raise DocumentError(
            f"No exhibit of ADR matter '{data.title}' has a file (all are described only); "
            "attach at least one exhibit's file to build the bundle.",
            code="document.no_exhibit_files",
            title=data.title,
        )
    return replace(data, exhibits=filed)


def sentence(exhibit: Exhibit) -> str:
    """The warning for one described-only exhibit."""
    return (
        f"{exhibit.label}: 「{exhibit.title}」 has no file (described only): it is listed in "
        "the 証拠説明書 and the bundle's index, with no pages"
    )


def manifest_entries(exhibits: list[Exhibit]) -> list[dict[str, Any]]:
    """The manifest's ``described_only`` entries: label, exhibit id and title."""
    return [
        {"label": e.label, "exhibit_id": e.exhibit_id, "title": e.title}
        for e in exhibits
        if described_only(e)
    ]
