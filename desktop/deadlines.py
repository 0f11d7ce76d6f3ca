"""The legal clock: every dated thing a case must not miss, computed from its data.

- each pay period's wage claim expiry (pay date + 3 years, held off by a demand letter),
  with the amount that would be lost;
- the residence card's expiry, and the day its renewal window opens (three months before);
- ADR session dates and other task due dates (open tasks; ADR sessions are tasks of kind
  ``adr_session``).

Qt-free: the CLI (``deadlines``) and My work read the same list.  Wage claims are watched
in closed cases too (money does not stop expiring when the file closes); the residence
card and tasks only in cases still open.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from desktop.cases.model import CaseStatus, TaskKind
from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from desktop.cases.wages_ops import cases_with_wages, demand_dates
from desktop.wages.calculator import PeriodResult
from desktop.wages.case_claim import case_claim
from desktop.wages.law import LawBook, shipped_law
from desktop.wages.limitation import add_months

RENEWAL_WINDOW_MONTHS = 3  # a residence card can be renewed from three months before expiry

WAGE_CLAIM = "wage_claim"
RESIDENCE_EXPIRY = "residence_expiry"
RENEWAL_OPENS = "residence_renewal_opens"
ADR_SESSION = "adr_session"
TASK = "task"
KINDS = (WAGE_CLAIM, RESIDENCE_EXPIRY, RENEWAL_OPENS, ADR_SESSION, TASK)


@dataclass(frozen=True)
class Deadline:
    case_id: str
    ref: str
    kind: str  # one of KINDS
    on: date
    detail: str  # the pay period, the task's title; data, not a sentence
    amount_at_risk: Decimal | None = None  # wage claims: what is lost on expiry
    record_id: str = ""  # the task, or the case for a claim or the residence card

    @property
    def overdue(self) -> bool:
        return self.on < date.today()


# My work asks for every case's claims at each refresh; a desk with a hundred wage cases
# spent about a second a refresh recomputing the same figures (10 ms a case).  A claim is a
# pure function of the stored inputs, the demand letters, the rules and the day, so it is
# kept under a digest of exactly those; any edit makes a new key.  The rules are compared
# by identity and kept beside the figures, so a collected LawBook's id is never reused.
_CLAIM_CACHE: OrderedDict[str, tuple[LawBook, list[PeriodResult]]] = OrderedDict()
_CLAIM_CACHE_SIZE = 2048
_CLAIM_CACHE_LOCK = threading.Lock()  # the CLI, the window's background and tests share it


def _claim_key(details: CaseDetails, today: date, law: LawBook) -> str | None:
    if details.wages is None or details.wages.deleted:
        return None
    inputs = json.dumps(
        [details.case_id, details.wages.data, [d.isoformat() for d in demand_dates(details)],
         today.isoformat(), id(law)],
        sort_keys=True, default=str,
    )  # fmt: skip
    return hashlib.sha256(inputs.encode()).hexdigest()


def live_claim_periods(details: CaseDetails, today: date, law: LawBook | None = None
                       ) -> list[PeriodResult]:  # fmt: skip
    """The pay periods of the case with money still claimable as of ``today`` (computed
    once per distinct inputs; the periods returned are shared: read them, do not change
    them)."""
    law = law or shipped_law()
    key = _claim_key(details, today, law)
    with _CLAIM_CACHE_LOCK:
        cached = _CLAIM_CACHE.get(key) if key else None
        if key and cached is not None and cached[0] is law:
            _CLAIM_CACHE.move_to_end(key)
            return cached[1]
    claim, _ = case_claim(details, today, law)
    live = [] if claim is None else claim.periods
    periods = [p for p in live if not p.expired and p.figures["claimable"].amount > 0]
    if key:
        with _CLAIM_CACHE_LOCK:
            _CLAIM_CACHE[key] = (law, periods)
            while len(_CLAIM_CACHE) > _CLAIM_CACHE_SIZE:
                _CLAIM_CACHE.popitem(last=False)
    return periods


def _parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None  # a malformed date from elsewhere is no deadline, not a crash


def _wage_deadlines(service: CaseService, today: date, law: LawBook) -> list[Deadline]:
    found = []
    for case_id in cases_with_wages(service):
        details = service.get_case(case_id)
        for period in live_claim_periods(details, today, law):
            found.append(Deadline(
                case_id, details.ref, WAGE_CLAIM, period.expires_on,
                f"{period.start.isoformat()}/{period.end.isoformat()}",
                period.figures["claimable"].amount, case_id,
            ))  # fmt: skip
    return found


def deadlines(service: CaseService, within_days: int, today: date | None = None,
              law: LawBook | None = None) -> list[Deadline]:  # fmt: skip
    """Every deadline on or before ``today + within_days``, earliest first.  Overdue tasks
    and expired residence cards are included (they still need acting on); passed ADR
    sessions, passed renewal-window openings and expired claims are not."""
    today = today or date.today()
    horizon = today + timedelta(days=within_days)
    found = _wage_deadlines(service, today, law or shipped_law())
    open_cases = [r for r in service.list_cases() if r.status != CaseStatus.CLOSED.value]
    for row in open_cases:
        expiry = _parse_day(row.residence_expiry)
        if expiry is None:
            continue
        found.append(Deadline(row.case_id, row.ref, RESIDENCE_EXPIRY, expiry, "",
                              None, row.case_id))  # fmt: skip
        opens = add_months(expiry, -RENEWAL_WINDOW_MONTHS)
        if opens >= today:
            found.append(Deadline(row.case_id, row.ref, RENEWAL_OPENS, opens,
                                  expiry.isoformat(), None, row.case_id))  # fmt: skip
    open_ids = {r.case_id for r in open_cases}
    for task in service.tasks_due(horizon):
        due = _parse_day(task.due_on)
        if due is None or task.case_id not in open_ids:
            continue
        session = task.kind == TaskKind.ADR_SESSION.value
        if session and due < today:
            continue
        found.append(Deadline(task.case_id, task.ref, ADR_SESSION if session else TASK, due,
                              task.title, None, task.task_id))  # fmt: skip
    kept = [d for d in found if d.on <= horizon and (d.on >= today or d.kind in (TASK,
            RESIDENCE_EXPIRY))]  # fmt: skip
    return sorted(kept, key=lambda d: (d.on, d.ref, KINDS.index(d.kind)))


def claims_at_risk(items: list[Deadline], within_days: int, today: date | None = None
                   ) -> tuple[int, Decimal]:  # fmt: skip
    """How many wage-claim periods expire within ``within_days``, and the money at stake."""
    horizon = (today or date.today()) + timedelta(days=within_days)
    claims = [d for d in items if d.kind == WAGE_CLAIM and d.on <= horizon]
    return len(claims), sum((d.amount_at_risk or Decimal(0) for d in claims), Decimal(0))


def expiring_claims(service: CaseService, within_days: int, today: date | None = None
                    ) -> list[Deadline]:  # fmt: skip
    """Only the wage claims expiring by ``today + within_days`` (My work's list)."""
    today = today or date.today()
    horizon = today + timedelta(days=within_days)
    found = [d for d in _wage_deadlines(service, today, shipped_law()) if d.on <= horizon]
    return sorted(found, key=lambda d: (d.on, d.ref))
