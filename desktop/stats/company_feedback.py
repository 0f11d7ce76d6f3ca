"""Company feedback from consultations: an employer's consultation topics, k-anonymous.

Issue 19 point 3.  Which cases count: those with an employer party of that name (and,
when asked, that establishment), at least one consultation in the period (whole calendar
months, like the Safety report), and a **company feedback** consent (purpose
``company_feedback``) that is not withdrawn and names this employer as its recipient
(compared like the Safety records: Unicode-normalised, case-folded).  A worker who said
nothing, or took the consent back, is never counted.

Two tables are made from those cases, by ``topic`` and by ``subtopic`` (a case counts
once under each of its topics, once in the total), with the disclosure control of
:mod:`desktop.stats` (k at least 5 here, primary and complementary suppression, the
exact audit against every overlapping table in the sealed ledger, which the desk's own
statistics share: a company table cannot be subtracted from a desk table either).

Fewer than k consenting cases: refused (:class:`TooFewConsentingError`), nothing
written, nothing recorded.  A company told "nothing to report" learns that fewer than
k of its workers came, which is already more than it should.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.cases.model import ConsentPurpose, EntryKind, PartyRole
from desktop.errors import InvalidValueError
from desktop.stats.facts import Unit
from desktop.stats.ledger import earlier_figures, load_entries
from desktop.stats.suppression import PRIMARY
from desktop.stats.table import DEFAULT_K, StatsTable, ThresholdError, build_table
from desktop.store.vault import Vault

__all__ = [
    "COMPANY_DIMENSIONS",
    "MIN_COMPANY_K",
    "CompanyTables",
    "TooFewConsentingError",
    "company_tables",
    "consenting_cases",
    "feedback_employers",
]

COMPANY_DIMENSIONS = ("topic", "subtopic")
MIN_COMPANY_K = 5  # as the Safety company report: a company knows its own workforce


class TooFewConsentingError(ThresholdError):
    """Fewer than k cases of the employer consented to company feedback in the period."""

    code = "stats.too_few_consenting"


@dataclass(frozen=True)
class CompanyTables:
    """The topic and subtopic tables of one employer (and establishment) over whole months."""

    employer: str
    establishment: str | None
    start: date
    end: date
    k: int
    cases: int  # consenting cases counted (never published when below k)
    tables: tuple[StatsTable, ...]


def _norm(name: object) -> str:
    # The same matching as the Safety records: width and case do not make another company.
    return unicodedata.normalize("NFKC", str(name or "")).strip().casefold()


def _values(items: Iterable[object]) -> tuple[str, ...]:
    found = sorted({str(v) for v in items if v not in (None, "")})
    return tuple(found) or ("unknown",)


_EMPLOYERS = (
    "SELECT case_id, json_extract(data, '$.name'), json_extract(data, '$.establishment') "
    "FROM records WHERE entity='party' AND deleted_by IS NULL "
    "AND json_extract(data, '$.role')='employer'"
)
_CONSENTS = (
    "SELECT case_id, json_extract(data, '$.recipient') FROM records WHERE entity='consent' "
    "AND deleted_by IS NULL AND json_extract(data, '$.purpose')='company_feedback' "
    "AND COALESCE(json_extract(data, '$.withdrawn_on'), '')=''"
)
_CONSULTATION_DAYS = (
    "SELECT case_id, json_extract(data, '$.occurred_at') FROM records WHERE entity='timeline' "
    "AND deleted_by IS NULL AND json_extract(data, '$.kind')='consultation'"
)
_TOPICS = (
    "SELECT case_id, json_extract(data, '$.category'), json_extract(data, '$.subtopic') "
    "FROM records WHERE entity='topic' AND deleted_by IS NULL"
)
# The codes are spelled out above so the SQL is constant; keep them in step with the model.
assert PartyRole.EMPLOYER.value == "employer"
assert EntryKind.CONSULTATION.value == "consultation"
assert ConsentPurpose.COMPANY_FEEDBACK.value == "company_feedback"


def consenting_cases(
    vault: Vault, employer: str, establishment: str | None, start: date, end: date
) -> list[Unit]:
    """The counted cases as units with their topics and subtopics."""
    want, site = _norm(employer), _norm(establishment) if establishment else None
    if not want:
        raise InvalidValueError("Name the employer the report is about.", field="employer")
    with vault.reading(flush=True) as db:
        live = {row[0] for row in db.execute("SELECT case_id FROM cases")}
        employers = db.execute(_EMPLOYERS).fetchall()
        consents = db.execute(_CONSENTS).fetchall()
        days = db.execute(_CONSULTATION_DAYS).fetchall()
        topics = db.execute(_TOPICS).fetchall()
    of_employer = {
        case_id
        for case_id, name, establishment_name in employers
        if _norm(name) == want and (site is None or _norm(establishment_name) == site)
    }
    # The consent names its recipient: one for another company is not one for this one.
    consented = {case_id for case_id, recipient in consents if _norm(recipient) == want}
    consulted = {
        case_id
        for case_id, occurred in days
        if isinstance(occurred, str) and start.isoformat() <= occurred[:10] <= end.isoformat()
    }
    chosen = live & of_employer & consented & consulted
    categories: dict[str, list[object]] = defaultdict(list)
    subtopics: dict[str, list[object]] = defaultdict(list)
    for case_id, category, subtopic in topics:
        if case_id in chosen:
            categories[case_id].append(category)
            subtopics[case_id].append(subtopic)
    return [
        Unit(case_id, {"topic": _values(categories[case_id]),
                       "subtopic": _values(subtopics[case_id])})
        for case_id in sorted(chosen)
    ]  # fmt: skip


def feedback_employers(vault: Vault) -> dict[str, list[str]]:
    """Employers some case consented to give feedback to -> their establishments named
    in those cases (for the window's employer list; no count, no period)."""
    with vault.reading(flush=True) as db:
        employers = db.execute(_EMPLOYERS).fetchall()
        consents = db.execute(_CONSENTS).fetchall()
    consented: dict[str, set[str]] = defaultdict(set)
    for case_id, recipient in consents:
        consented[case_id].add(_norm(recipient))
    found: dict[str, set[str]] = {}
    for case_id, name, establishment in employers:
        if name and _norm(name) in consented.get(case_id, set()):
            sites = found.setdefault(str(name).strip(), set())
            if establishment:
                sites.add(str(establishment).strip())
    return {name: sorted(sites) for name, sites in sorted(found.items())}


def company_tables(
    vault: Vault,
    *,
    employer: str,
    establishment: str | None,
    start: date,
    end: date,
    k: int = DEFAULT_K,
) -> CompanyTables:
    """Both tables, audited against the ledger and against each other; records nothing.

    ``start``/``end`` must already be whole months (see
    :func:`desktop.safety.aggregate.snap_period`)."""
    if isinstance(k, bool) or not isinstance(k, int) or k < MIN_COMPANY_K:
        raise ThresholdError(
            f"The minimum group size k is {k}, but a company report cannot go below "
            f"{MIN_COMPANY_K}.",
            k=k,
            min_k=MIN_COMPANY_K,
        )
    units = consenting_cases(vault, employer, establishment, start, end)
    if len(units) < k:
        where = f"{employer} ({establishment})" if establishment else employer
        raise TooFewConsentingError(
            f"Fewer than {k} cases of {where} with a consultation from {start.isoformat()} to "
            f"{end.isoformat()} consented to company feedback; no report was made.",
            employer=where,
            k=k,
            start=start.isoformat(),
            end=end.isoformat(),
        )
    entries = load_entries(vault)
    ids = frozenset(u.unit_id for u in units)
    earlier, protected = earlier_figures(entries, ids, "case")
    tables: list[StatsTable] = []
    for dimension in COMPANY_DIMENSIONS:
        # The second table is audited against the first as if it were already published:
        # together they go out in one file.
        shown = [t.units[key] for t in tables for key, f in t.figures.items()
                 if f.hidden is None and f.count > 0]  # fmt: skip
        small = [t.units[key] for t in tables for key, f in t.figures.items()
                 if f.hidden == PRIMARY]  # fmt: skip
        tables.append(
            build_table(units, measure="cases", dimensions=(dimension,), start=start, end=end,
                        k=k, earlier=[*earlier, *shown], protected=[*protected, *small])
        )  # fmt: skip
    return CompanyTables(employer, establishment, start, end, k, len(units), tuple(tables))
