"""When a wage claim expires: the limitation period from the pay date, and the six-month
suspension a demand (催告) buys.

民法第150条: after a demand the limitation does not complete until six months have passed;
a second demand made while the first one's suspension runs has no effect.  A demand made
after the claim expired revives nothing.  The six months are a rule in
resources/law/limitation.json (``limitation.demand_suspension``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.wages.law import LawBook


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Aug + 6 → 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


@dataclass(frozen=True)
class Expiry:
    """The day a claim can last be made, and the demand that moved it (if one did)."""

    on: date
    suspended_by: date | None = None
    rule_ids: tuple[str, ...] = ()


def claim_expiry(paid_on: date, law: LawBook, demands: Iterable[date] = ()) -> Expiry:
    """The last day to claim wages paid on ``paid_on``, after any demands (催告) sent."""
    limitation = law.require("limitation.wages", paid_on, "wages")
    base = add_years(paid_on, int(limitation.decimal()))
    expiry = Expiry(base, None, (limitation.id,))
    suspension_ends: date | None = None
    for demand in sorted(set(demands)):
        if demand > expiry.on:
            break  # the claim had already expired: a demand cannot revive it
        if suspension_ends is not None and demand <= suspension_ends:
            continue  # a repeated demand during the suspension has no effect (第150条第2項)
        rule = law.require("limitation.demand_suspension", demand, "wages")
        suspension_ends = add_months(demand, int(rule.decimal()))
        if suspension_ends > expiry.on:
            expiry = Expiry(suspension_ends, demand, (limitation.id, rule.id))
    return expiry
