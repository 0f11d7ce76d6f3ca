"""The rules as data: load resources/law/*.json, check them, look rules up by date.

A rule change is a data change with a date: each rule has ``effective_from`` (and
optionally ``effective_until``), a title in English and in Japanese (``title_ja``, printed
on the Japanese documents), a citation (URL, title, date read) and a review status.
The loader refuses a file with a missing citation, a date out of order, an unknown
citation key or a duplicated id, so a broken file never yields a silent wrong figure.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from desktop.wages.errors import LawDataError

LAW_DIR = Path(__file__).resolve().parents[2] / "resources" / "law"
REVIEW_STATUSES = ("machine-drafted", "reviewed")
RULE_FAMILIES = ("working_hours", "premiums", "wage_components", "rounding", "limitation",
                 "interest", "complaint")  # fmt: skip
MINIMUM_WAGE_FILE = "minimum_wages.json"


@dataclass(frozen=True)
class Citation:
    url: str
    title: str
    read_on: date


@dataclass(frozen=True)
class Rule:
    id: str
    family: str
    title: str
    title_ja: str  # what the calculation sheet and the complaint draft print
    value: Any
    unit: str
    effective_from: date
    effective_until: date | None
    applies_to: str | None
    citation: Citation
    review_status: str

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (
            self.effective_until is None or on <= self.effective_until
        )

    def decimal(self) -> Decimal:
        return Decimal(str(self.value))


@dataclass(frozen=True)
class MinimumWage:
    """One prefecture's minimum wage for one fiscal year, with the days it covers."""

    rule_id: str  # e.g. "minimum_wage.tokyo.2025"
    prefecture: str
    name: str
    fiscal_year: int
    yen_per_hour: Decimal
    effective_from: date
    effective_until: date
    citation: Citation
    review_status: str


@dataclass(frozen=True)
class LawBook:
    rules: Mapping[str, Rule]
    minimum_wages: Mapping[str, tuple[MinimumWage, ...]]

    @property
    def review_status(self) -> str:
        """``reviewed`` only when every rule and figure is; otherwise ``machine-drafted``."""
        statuses = {r.review_status for r in self.rules.values()}
        statuses |= {m.review_status for ms in self.minimum_wages.values() for m in ms}
        return "reviewed" if statuses == {"reviewed"} else "machine-drafted"

    def rule(self, topic: str, on: date, applies_to: str | None = None) -> Rule | None:
        """The rule of ``topic`` (its id, or ids under it) in force on ``on``."""
        for rule in self.rules.values():
            if rule.id != topic and not rule.id.startswith(topic + "."):
                continue
            if applies_to is not None and rule.applies_to not in (None, applies_to):
                continue
            if rule.in_force(on):
                return rule
        return None

    def require(self, topic: str, on: date, applies_to: str | None = None) -> Rule:
        rule = self.rule(topic, on, applies_to)
        if rule is None:
            raise LawDataError(
                f"No rule '{topic}' is on file for {on.isoformat()}.",
                code="wages.law_data.no_rule", topic=topic, on=on.isoformat(),
            )  # fmt: skip
        return rule

    def minimum_wage(self, prefecture: str, on: date) -> MinimumWage | None:
        for entry in self.minimum_wages.get(prefecture, ()):
            if entry.effective_from <= on <= entry.effective_until:
                return entry
        return None

    def title_ja(self, rule_id: str) -> str | None:
        """The Japanese title of a rule or of a prefecture's minimum wage for a year."""
        rule = self.rules.get(rule_id)
        if rule is not None:
            return rule.title_ja
        if rule_id.startswith("minimum_wage.") and rule_id.count(".") == 2:
            _, prefecture, year = rule_id.split(".")
            for entry in self.minimum_wages.get(prefecture, ()):
                if str(entry.fiscal_year) == year:
                    return minimum_wage_title_ja(entry)
        return None

    def prefecture_name(self, prefecture: str) -> str | None:
        entries = self.minimum_wages.get(prefecture)
        return entries[0].name if entries else None


def _prefecture_ja(name: str) -> str:
    if name == "北海道":
        return name
    return name + ("都" if name == "東京" else "府" if name in ("大阪", "京都") else "県")


def minimum_wage_title_ja(entry: MinimumWage) -> str:
    """E.g. 東京都最低賃金 時間額1,163円（2024年度、2024年10月1日発効）."""
    start = entry.effective_from
    day = f"{start.year}年{start.month}月{start.day}日"
    return (f"{_prefecture_ja(entry.name)}最低賃金 時間額{entry.yen_per_hour:,}円"
            f"（{entry.fiscal_year}年度、{day}発効）")  # fmt: skip


# -- loading -------------------------------------------------------------------
def _problem(file: str, problem: str) -> LawDataError:
    return LawDataError(f"{file}: {problem}", file=file, problem=problem)


def _date(file: str, value: object, what: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _problem(file, f"{what} '{value}' is not a date like 2025-10-03") from None


def _text(file: str, data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _problem(file, f"{where} has no '{key}'")
    return value


def _citation(file: str, data: object, where: str) -> Citation:
    if not isinstance(data, dict):
        raise _problem(file, f"{where} has no citation")
    url = _text(file, data, "url", f"the citation of {where}")
    if not url.startswith(("https://", "http://")):
        raise _problem(file, f"the citation of {where} is not a web address")
    title = _text(file, data, "title", f"the citation of {where}")
    return Citation(url, title, _date(file, data.get("read_on"), f"{where}: read_on"))


def _review_status(file: str, data: Mapping[str, Any]) -> str:
    status = data.get("review_status")
    if status not in REVIEW_STATUSES:
        raise _problem(file, f"review_status must be one of {', '.join(REVIEW_STATUSES)}")
    return str(status)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _problem(path.name, "the file is missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _problem(path.name, f"not readable JSON ({error})") from None
    if not isinstance(data, dict):
        raise _problem(path.name, "the top level is not an object")
    return data


def _load_family(path: Path, family: str) -> list[Rule]:
    data = _read_json(path)
    if data.get("family") != family:
        raise _problem(path.name, f"'family' is not '{family}'")
    status = _review_status(path.name, data)
    rules = data.get("rules")
    if not isinstance(rules, list) or not rules:
        raise _problem(path.name, "there are no rules")
    loaded = []
    for raw in rules:
        if not isinstance(raw, dict):
            raise _problem(path.name, "a rule is not an object")
        rule_id = _text(path.name, raw, "id", "a rule")
        start = _date(path.name, raw.get("effective_from"), f"{rule_id}: effective_from")
        end = raw.get("effective_until")
        until = None if end is None else _date(path.name, end, f"{rule_id}: effective_until")
        if until is not None and until < start:
            raise _problem(path.name, f"{rule_id} ends before it starts")
        if "value" not in raw:
            raise _problem(path.name, f"{rule_id} has no value")
        if raw.get("unit") in (
            "rate",
            "rate_per_year",
            "hours",
            "years",
            "months",
            "days_per_year",
        ):
            try:
                Decimal(str(raw["value"]))
            except InvalidOperation:
                raise _problem(path.name, f"{rule_id}: '{raw['value']}' is not a number") from None
        loaded.append(Rule(
            id=rule_id, family=family, title=_text(path.name, raw, "title", rule_id),
            title_ja=_text(path.name, raw, "title_ja", rule_id),
            value=raw["value"], unit=_text(path.name, raw, "unit", rule_id),
            effective_from=start, effective_until=until, applies_to=raw.get("applies_to"),
            citation=_citation(path.name, raw.get("citation"), rule_id), review_status=status,
        ))  # fmt: skip
    return loaded


def _load_minimum_wages(path: Path) -> dict[str, tuple[MinimumWage, ...]]:
    data = _read_json(path)
    if data.get("family") != "minimum_wage":
        raise _problem(path.name, "'family' is not 'minimum_wage'")
    status = _review_status(path.name, data)
    raw_citations = data.get("citations")
    if not isinstance(raw_citations, dict) or not raw_citations:
        raise _problem(path.name, "there are no citations")
    citations = {k: _citation(path.name, v, f"citation '{k}'") for k, v in raw_citations.items()}
    prefectures = data.get("prefectures")
    if not isinstance(prefectures, dict) or not prefectures:
        raise _problem(path.name, "there are no prefectures")
    table: dict[str, tuple[MinimumWage, ...]] = {}
    for key, raw in prefectures.items():
        name = _text(path.name, raw, "name", key)
        entries = raw.get("entries")
        if not isinstance(entries, list) or not entries:
            raise _problem(path.name, f"{key} has no entries")
        table[key] = _prefecture_entries(path.name, key, name, entries, citations, status)
    return table


def _prefecture_entries(
    file: str, key: str, name: str, entries: list[Any], citations: Mapping[str, Citation],
    status: str,
) -> tuple[MinimumWage, ...]:  # fmt: skip
    parsed: list[tuple[int, Decimal, date, Citation]] = []
    for raw in entries:
        year = raw.get("fiscal_year")
        where = f"{key} FY{year}"
        if not isinstance(year, int):
            raise _problem(file, f"{key}: an entry has no fiscal_year")
        try:
            yen = Decimal(str(raw.get("yen_per_hour")))
        except InvalidOperation:
            raise _problem(file, f"{where}: yen_per_hour is not a number") from None
        if not yen.is_finite() or yen <= 0:
            raise _problem(file, f"{where}: yen_per_hour is not a positive amount")
        start = _date(file, raw.get("effective_from"), f"{where}: effective_from")
        # A fiscal year's revision takes effect from October of that year to March after it.
        if not date(year, 10, 1) <= start <= date(year + 1, 3, 31):
            raise _problem(file, f"{where}: effective_from {start} is outside that fiscal year")
        citation = citations.get(str(raw.get("citation")))
        if citation is None:
            raise _problem(file, f"{where}: citation '{raw.get('citation')}' is not listed")
        if parsed and (year <= parsed[-1][0] or start <= parsed[-1][2]):
            raise _problem(file, f"{where}: entries are not in date order")
        parsed.append((year, yen, start, citation))
    result = []
    for i, (year, yen, start, citation) in enumerate(parsed):
        following = parsed[i + 1] if i + 1 < len(parsed) else None
        if following is not None and following[0] == year + 1:
            until = following[2] - timedelta(days=1)
        else:
            # The next revision is not on file: no figure is claimed past the earliest day
            # it could have taken effect, so a missing figure never reads as the old one.
            until = date(year + 1, 9, 30)
        result.append(MinimumWage(
            rule_id=f"minimum_wage.{key}.{year}", prefecture=key, name=name, fiscal_year=year,
            yen_per_hour=yen, effective_from=start, effective_until=until, citation=citation,
            review_status=status,
        ))  # fmt: skip
    return tuple(result)


def load_law(folder: Path = LAW_DIR) -> LawBook:
    """Read and check every rule file in ``folder``; raise :class:`LawDataError` if one fails."""
    rules: dict[str, Rule] = {}
    for family in RULE_FAMILIES:
        path = folder / f"{family}.json"
        for rule in _load_family(path, family):
            if rule.id in rules:
                raise _problem(path.name, f"rule id {rule.id} is used twice")
            rules[rule.id] = rule
    return LawBook(rules=rules, minimum_wages=_load_minimum_wages(folder / MINIMUM_WAGE_FILE))


@cache
def shipped_law() -> LawBook:
    """The rule files shipped with the app, loaded once."""
    return load_law(LAW_DIR)
