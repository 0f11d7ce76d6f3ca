"""The case list's filters on a statistics table: which cases a filtered table counts.

A table may be limited to the cases the case list would show for the same filter
(:class:`~desktop.cases.search.CaseFilter`: free text, statuses, topics, assignee,
nationality, flags).  The filter selects *cases*; a consultation table counts the
consultations of the selected cases.  Dates relative to today (due within 7 days,
residence expiring) and "with conflicts" are list conveniences, not populations a desk
reports on: they are refused rather than silently ignored.

A filtered table is a publication of its own.  Nothing in the ledger or the audit is
special about it: every figure is the set of units it counted, so a filtered table and
an unfiltered one of the same period are two sets of figures over the same units, and
the exact audit (:mod:`desktop.stats.suppression`) sees their difference ("all VN cases"
minus "open VN cases" = the closed VN cases) like any other.  The filter's terms are
kept with the table (the ledger, the report, the XLSX) so a reader knows what was counted.
"""

from __future__ import annotations

from desktop.cases.search import CaseFilter
from desktop.errors import InvalidValueError

__all__ = ["FILTER_FIELDS", "filter_terms"]

# The terms, in the order they are written out.
FILTER_FIELDS = ("text", "status", "topic", "assignee", "nationality", "flag")


def filter_terms(flt: CaseFilter | None) -> tuple[tuple[str, str], ...]:
    """The filter as (field, value) pairs; () when it selects every case.

    Raises InvalidValueError for the case list's filters a table does not take."""
    if flt is None:
        return ()
    if flt.due_on_or_before or flt.expiry_on_or_before or flt.with_conflicts:
        raise InvalidValueError(
            "Statistics take the case list's text, status, topic, assignee, nationality and "
            "flag filters, not due dates, residence expiry or conflicts."
        )
    terms: list[tuple[str, str]] = []
    if flt.text.strip():
        terms.append(("text", flt.text.strip()))
    terms += [("status", status) for status in flt.statuses]
    terms += [("topic", topic) for topic in flt.topics]
    if flt.assignee:
        terms.append(("assignee", flt.assignee))
    if flt.nationality:
        terms.append(("nationality", flt.nationality))
    terms += [("flag", flag) for flag in flt.flags]
    return tuple(terms)
