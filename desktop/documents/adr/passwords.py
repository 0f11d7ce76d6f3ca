"""Exhibit passwords as the person types them, and as the PDF's writer stored them.

ISO 32000-2:2020 (PDF 2.0) §7.6.4.3.3, Algorithm 2.A, step a: for AES-256
encryption (revision 6) "the UTF-8 password string shall be generated from Unicode
input by processing the input string with the SASLprep (Internet RFC 4013) profile
of stringprep (Internet RFC 3454) using the Normalize and BiDi options".  qpdf takes
the bytes it is given, so a password typed with a half-width ｱ, a non-breaking
space or a decomposed Å does not open a file whose writer prepared it.  Revisions
2-4 (§7.6.4.3.2) use PDFDocEncoding, which has no combining marks: there the
composed (NFC) form is the one a writer could have stored.

``candidates`` lists the forms to try, the password as typed first.
"""

from __future__ import annotations

import stringprep
import unicodedata

__all__ = ["candidates", "saslprep"]

# RFC 4013 §2.3: prohibited output (C.1.2 non-ASCII spaces are mapped first, §2.1).
_PROHIBITED = (
    stringprep.in_table_c12,
    stringprep.in_table_c21,
    stringprep.in_table_c22,
    stringprep.in_table_c3,
    stringprep.in_table_c4,
    stringprep.in_table_c5,
    stringprep.in_table_c6,
    stringprep.in_table_c7,
    stringprep.in_table_c8,
    stringprep.in_table_c9,
)


def saslprep(text: str) -> str | None:
    """RFC 4013 SASLprep of ``text`` as a query (unassigned code points allowed).

    None when the result would contain a prohibited character or break the bidi
    rule: no writer can have stored such a password, so there is nothing to try.
    """
    # §2.1 mapping: non-ASCII spaces become SPACE; "commonly mapped to nothing" go.
    mapped = "".join(
        " " if stringprep.in_table_c12(ch) else ch for ch in text if not stringprep.in_table_b1(ch)
    )
    prepared = unicodedata.normalize("NFKC", mapped)  # §2.2
    if any(check(ch) for ch in prepared for check in _PROHIBITED):  # §2.3
        return None
    # §2.5 → RFC 3454 §6: right-to-left text must be wholly so, and start and end so.
    rtl = [stringprep.in_table_d1(ch) for ch in prepared]
    if any(rtl) and (
        any(stringprep.in_table_d2(ch) for ch in prepared) or not (rtl[0] and rtl[-1])
    ):
        return None
    return prepared


def candidates(typed: str) -> list[str]:
    """Forms of ``typed`` to try, in order, without repeats.

    As typed; its SASLprep form (PDF 2.0, AES-256); NFC (what PDFDocEncoding can
    hold); NFKC (half-width kana and compatibility forms, for older writers that
    normalised without the rest of SASLprep).
    """
    forms = [typed, saslprep(typed), unicodedata.normalize("NFC", typed),
             unicodedata.normalize("NFKC", typed)]  # fmt: skip
    return list(dict.fromkeys(form for form in forms if form is not None))
