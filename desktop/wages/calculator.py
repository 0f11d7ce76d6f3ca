"""Money per pay period from classified hours, the terms, the payslips and the law.

Pure functions over plain data, ``Decimal`` only.  Each figure carries the ids of the
rules it used and the input rows it came from, so a person can check it by hand.
Modelling choices the law leaves open are listed in docs/wages.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from desktop.wages.hours import (
    HOLIDAY,
    HOLIDAY_NIGHT,
    KINDS,
    ORDINARY,
    ORDINARY_NIGHT,
    OVER60,
    OVER60_NIGHT,
    OVERTIME,
    OVERTIME_NIGHT,
    PeriodHours,
    classify,
    pay_date,
)  # fmt: skip
from desktop.wages.inputs import Payslip, Terms, WorkRecord
from desktop.wages.law import LawBook
from desktop.wages.limitation import claim_expiry

YEN = Decimal(1)
ZERO = Decimal(0)
SIXTY = Decimal(60)
# Each premium kind: the rule families whose rates add up, and whether the hour's own
# pay (100 %) is owed on top (late night inside ordinary hours adds only the premium).
_PREMIUM_KINDS: dict[str, tuple[tuple[str, ...], bool]] = {
    ORDINARY_NIGHT: (("premium.late_night",), False),
    OVERTIME: (("premium.overtime",), True),
    OVERTIME_NIGHT: (("premium.overtime", "premium.late_night"), True),
    OVER60: (("premium.overtime_over_60h",), True),
    OVER60_NIGHT: (("premium.overtime_over_60h", "premium.late_night"), True),
    HOLIDAY: (("premium.holiday",), True),
    HOLIDAY_NIGHT: (("premium.holiday", "premium.late_night"), True),
}


@dataclass(frozen=True)
class Figure:
    amount: Decimal
    rule_ids: tuple[str, ...] = ()
    rows: tuple[int, ...] = ()


@dataclass
class PeriodResult:
    start: date
    end: date
    pay_date: date
    expires_on: date
    expired: bool
    hours: dict[str, Decimal]
    figures: dict[str, Figure]
    warnings: list[str] = field(default_factory=list)
    warnings_ja: list[str] = field(default_factory=list)  # the same, for Japanese documents


@dataclass
class WageClaim:
    until: date
    periods: list[PeriodResult]
    totals: dict[str, Decimal]
    review_status: str
    citations: dict[str, tuple[str, str, str]]  # rule id -> (title, url, read on)
    warnings: list[str]
    titles_ja: dict[str, str] = field(default_factory=dict)  # rule id -> Japanese title
    warnings_ja: list[str] = field(default_factory=list)


def _yen(value: Decimal) -> Decimal:
    return value.quantize(YEN, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class _Rates:
    """The hourly equivalents of the terms, for the minimum-wage check and the premium base."""

    minimum_wage_hourly: Decimal
    premium_base_hourly: Decimal
    rule_ids: tuple[str, ...]


def _rates(terms: Terms, law: LawBook, on: date) -> _Rates:
    if terms.wage_type == "hourly":
        base = terms.wage_amount
    elif terms.wage_type == "daily":
        base = terms.wage_amount / terms.scheduled_hours_per_day
    else:
        base = terms.wage_amount / terms.scheduled_hours_per_month
    mw_rule = law.require("base.minimum_wage_exclusions", on)
    pb_rule = law.require("base.premium_exclusions", on)

    def hourly(excluded: Iterable[str]) -> Decimal:
        kept = sum((a.monthly_amount for a in terms.allowances if a.kind not in excluded), ZERO)
        return base + (kept / terms.scheduled_hours_per_month if kept else ZERO)

    return _Rates(hourly(mw_rule.value), hourly(pb_rule.value), (mw_rule.id, pb_rule.id))


def _premium_rate(kind: str, law: LawBook, terms: Terms, day: date) -> tuple[Decimal, list[str]]:
    topics, _ = _PREMIUM_KINDS[kind]
    rules = [law.require(topic, day, terms.enterprise) for topic in topics]
    ids = [r.id for r in rules] + (["premium.combination"] if len(rules) > 1 else [])
    return sum((r.decimal() for r in rules), ZERO), ids


def _interest(claim: Decimal, paid_on: date, until: date, terms: Terms, law: LawBook
              ) -> Figure:  # fmt: skip
    """Delay interest from the day after the pay date: the statutory rate, then 14.6 % a
    year from the day after leaving (or after the pay date, if that is later)."""
    if claim <= 0 or until <= paid_on:
        return Figure(ZERO)
    first_day = paid_on + timedelta(days=1)
    statutory = law.require("interest.statutory", first_day)
    days_rule = law.require("interest.day_count", first_day)
    switch = None
    if terms.left_on is not None:
        switch = max(terms.left_on, paid_on) + timedelta(days=1)
    ids = [statutory.id, days_rule.id]
    before = min(until + timedelta(days=1), switch) if switch else until + timedelta(days=1)
    amount = claim * statutory.decimal() * max(0, (before - first_day).days)
    if switch is not None and until >= switch:
        leaving = law.require("interest.after_leaving", switch)
        ids.append(leaving.id)
        amount += claim * leaving.decimal() * ((until - switch).days + 1)
    amount = (amount / days_rule.decimal()).quantize(YEN, rounding=ROUND_DOWN)
    return Figure(amount, tuple(ids))


def _period(hours: PeriodHours, terms: Terms, slip: Payslip | None, law: LawBook, until: date,
            all_rows: tuple[int, ...], demands: Sequence[date]) -> PeriodResult:  # fmt: skip
    warnings: list[str] = []
    warnings_ja: list[str] = []
    rates = _rates(terms, law, hours.end)
    missing: set[date] = set()

    def minimum(day: date) -> tuple[Decimal, str | None]:
        entry = law.minimum_wage(terms.prefecture, day)
        if entry is None:
            missing.add(day)
            return ZERO, None
        return entry.yen_per_hour, entry.rule_id

    figures: dict[str, Figure] = {}
    allowances = sum((a.monthly_amount for a in terms.allowances), ZERO)
    ordinary_kinds = (ORDINARY, ORDINARY_NIGHT)
    ordinary_rows = tuple(sorted(hours.rows[ORDINARY] | hours.rows[ORDINARY_NIGHT]))
    # -- the contractual pay for ordinary time
    if terms.wage_type == "hourly":
        ordinary_minutes = sum(hours.total(k) for k in ordinary_kinds)
        base = terms.wage_amount * ordinary_minutes / SIXTY + allowances
    elif terms.wage_type == "daily":
        base = terms.wage_amount * len(hours.days_worked) + allowances
    else:
        base = terms.wage_amount + allowances
    figures["contract_pay"] = Figure(_yen(base), (), ordinary_rows)
    # -- the minimum-wage shortfall, day by day (the rate in force on each day)
    shortfall, mw_ids = ZERO, {rates.rule_ids[0]}
    if terms.wage_type == "hourly":
        for (day, kind), minutes in hours.minutes.items():
            if kind in ordinary_kinds:
                floor, rule_id = minimum(day)
                shortfall += max(ZERO, floor - rates.minimum_wage_hourly) * minutes / SIXTY
                mw_ids.add(rule_id or "")
    elif terms.wage_type == "daily":
        for day in hours.days_worked:
            floor, rule_id = minimum(day)
            gap = max(ZERO, floor - rates.minimum_wage_hourly)
            shortfall += gap * terms.scheduled_hours_per_day
            mw_ids.add(rule_id or "")
    else:
        days = (hours.end - hours.start).days + 1
        for offset in range(days):
            floor, rule_id = minimum(hours.start + timedelta(days=offset))
            gap = max(ZERO, floor - rates.minimum_wage_hourly)
            shortfall += gap * terms.scheduled_hours_per_month / days
            mw_ids.add(rule_id or "")
    mw_ids.discard("")
    figures["minimum_wage_shortfall"] = Figure(_yen(shortfall), tuple(sorted(mw_ids)),
                                               ordinary_rows)  # fmt: skip
    # -- premiums: each kind totalled for the period, then rounded (the 1988 notice)
    rounding = law.require("rounding.premium_monthly_total", hours.end)
    premium_total = ZERO
    for kind, (_, with_base) in _PREMIUM_KINDS.items():
        amount, ids = ZERO, {rounding.id, rates.rule_ids[1]}
        for (day, k), minutes in hours.minutes.items():
            if k != kind:
                continue
            rate, rule_ids = _premium_rate(kind, law, terms, day)
            floor, mw_id = minimum(day)
            hourly = max(rates.premium_base_hourly, floor)
            amount += hourly * (rate + (1 if with_base else 0)) * minutes / SIXTY
            ids |= set(rule_ids) | ({mw_id} if mw_id else set())
        if amount:
            figures[f"premium_{kind}"] = Figure(_yen(amount), tuple(sorted(ids)),
                                                tuple(sorted(hours.rows[kind])))  # fmt: skip
            premium_total += _yen(amount)
    if missing:
        first, last = min(missing), max(missing)
        span = first.isoformat() if first == last else f"{first} to {last}"
        warnings.append(f"no minimum wage on file for {terms.prefecture} on {span}: "
                        "the minimum-wage check is left out for those days")  # fmt: skip
        name = law.prefecture_name(terms.prefecture) or terms.prefecture
        span_ja = first.isoformat() if first == last else f"{first}〜{last}"
        warnings_ja.append(f"{name}の{span_ja}の最低賃金が登録されていないため、"
                           "その日の最低賃金との比較を省いています")  # fmt: skip
    due = figures["contract_pay"].amount + figures["minimum_wage_shortfall"].amount
    due += premium_total
    figures["amount_due"] = Figure(due, (), all_rows)
    # -- what was paid: gross less deductions no law or agreement allows
    unlawful = ZERO
    slip_rows: tuple[int, ...] = ()
    if slip is None:
        warnings.append(f"no payslip for the period ending {hours.end}: nothing counted as paid")
        warnings_ja.append(f"{hours.end}締めの期間の給与明細がないため、支払額を0円としています")
        paid, premium_paid = ZERO, ZERO
    else:
        lawful = law.require("deductions.lawful_basis", hours.end)
        bad = [d for d in slip.deductions if d.basis not in lawful.value]
        unlawful = sum((d.amount for d in bad), ZERO)
        figures["unlawful_deductions"] = Figure(unlawful, (lawful.id,),
                                                tuple(d.row for d in bad))  # fmt: skip
        paid, premium_paid, slip_rows = slip.gross - unlawful, slip.premium_paid, slip.rows
    figures["amount_paid"] = Figure(paid, (), slip_rows)
    figures["unpaid_premiums"] = Figure(max(ZERO, premium_total - premium_paid), (), slip_rows)
    difference = due - paid
    figures["difference"] = Figure(difference, (), slip_rows)
    # -- limitation and interest
    paid_on = pay_date(hours.end, terms)
    expiry = claim_expiry(paid_on, law, demands)
    expires_on = expiry.on
    expired = until > expires_on
    claim = ZERO if expired else max(ZERO, difference)
    figures["claimable"] = Figure(claim, expiry.rule_ids, slip_rows)
    if expiry.suspended_by is not None:
        warnings.append(f"the claim paid on {paid_on} expires on {expires_on}, six months "
                        f"after the demand of {expiry.suspended_by}")  # fmt: skip
        warnings_ja.append(f"{paid_on}支払分の時効は、{expiry.suspended_by}の催告から6か月後の"
                           f"{expires_on}まで完成しません")  # fmt: skip
    figures["interest"] = _interest(claim, paid_on, until, terms, law)
    hours_by_kind = {k: Decimal(hours.total(k)) / SIXTY for k in KINDS if hours.total(k)}
    return PeriodResult(hours.start, hours.end, paid_on, expires_on, expired,
                        hours_by_kind, figures, warnings, warnings_ja)  # fmt: skip


def calculate(terms: Terms, records: Iterable[WorkRecord], payslips: Mapping[date, Payslip],
              law: LawBook, until: date, demands: Sequence[date] = ()) -> WageClaim:  # fmt: skip
    """The wage claim, period by period, with totals, as of ``until``; ``demands``: the
    days demand letters (催告) were sent, which may hold off the limitation."""
    records = list(records)
    by_period = classify(records, terms, law)
    periods = []
    for end in sorted(by_period):
        hours = by_period[end]
        rows = tuple(sorted({r.row for r in records if hours.start <= r.day <= hours.end}))
        periods.append(_period(hours, terms, payslips.get(end), law, until, rows, demands))
    extra = sorted(set(payslips) - set(by_period))
    warnings = [w for p in periods for w in p.warnings]
    warnings_ja = [w for p in periods for w in p.warnings_ja]
    if extra:
        warnings.append("payslips for periods without work records are not used: "
                        + ", ".join(d.isoformat() for d in extra))  # fmt: skip
        warnings_ja.append("勤務記録のない期間の給与明細は使用していません："
                           + "、".join(d.isoformat() for d in extra))  # fmt: skip
    totals = {name: sum((p.figures[name].amount for p in periods if name in p.figures), ZERO)
              for name in ("amount_due", "amount_paid", "difference", "unlawful_deductions",
                           "minimum_wage_shortfall", "unpaid_premiums", "claimable",
                           "interest")}  # fmt: skip
    used = {i for p in periods for f in p.figures.values() for i in f.rule_ids}
    citations = {}
    for rule_id in sorted(used):
        rule = law.rules.get(rule_id)
        if rule is not None:
            citations[rule_id] = (rule.title, rule.citation.url, rule.citation.read_on.isoformat())
        elif rule_id.startswith("minimum_wage."):
            _, pref, year = rule_id.split(".")
            entry = next(m for m in law.minimum_wages[pref] if str(m.fiscal_year) == year)
            citations[rule_id] = (f"{entry.name} minimum wage FY{year}: ¥{entry.yen_per_hour} "
                                  f"an hour from {entry.effective_from}", entry.citation.url,
                                  entry.citation.read_on.isoformat())  # fmt: skip
    citations.setdefault(
        "wages.deduction_agreement",
        (
            "Deductions from wages need a law or a written labour-management agreement "
            "(労働基準法第24条第1項)",
            "https://laws.e-gov.go.jp/law/322AC0000000049",
            "-",
        ),
    )
    titles_ja = {rule_id: law.title_ja(rule_id) or "" for rule_id in citations}
    titles_ja["wages.deduction_agreement"] = (
        "賃金からの控除には法令又は書面による労使協定が必要（労働基準法第24条第1項）"
    )
    return WageClaim(until, periods, totals, law.review_status, citations, warnings, titles_ja,
                     warnings_ja)  # fmt: skip
