"""The word lists the demo generator draws from, loaded from ``resources/demo/``.

The lists are data, not code: names per country (``people.json``), places
(``places.json``), companies and organisations (``organisations.json``) and the
sentences counselors and workers say (``texts.json``).  Order matters: the
generator picks by index, so reordering or inserting an item changes every demo
vault made from the same seed.  A malformed file raises :class:`DemoDataError`
naming the file and the key at fault.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from desktop.errors import MadoguchiError

__all__ = [
    "DEMO_DIR",
    "Area",
    "DemoCountry",
    "DemoDataError",
    "DemoTables",
    "GivenName",
    "Industry",
    "NamePart",
    "load_demo_tables",
]

DEMO_DIR: Final = Path(__file__).resolve().parents[2] / "resources" / "demo"

# (passport spelling, katakana, native spelling, gender "f"/"m")
GivenName = tuple[str, str, str, str]
# (passport spelling, katakana, native spelling)
NamePart = tuple[str, str, str]
# (prefecture, city, phone area code, labour standards office, regional immigration bureau)
Area = tuple[str, str, str, str, str]


class DemoDataError(MadoguchiError):
    """A demo data file is malformed (names the file and key)."""

    code = "demo.data"


@dataclass(frozen=True)
class DemoCountry:
    """Where a synthetic worker comes from, and how names are written there."""

    code: str
    weight: float
    language: str
    given: tuple[GivenName, ...]
    family: tuple[NamePart, ...]
    family_first: bool
    native_sep: str
    family_parts: tuple[int, int, float]  # min, max, chance of the max
    profile: str
    sending_orgs: tuple[str, ...]
    fee_usd: int


@dataclass(frozen=True)
class Industry:
    """An employer's industry: its weight and the name patterns (``{s}`` stem, ``{c}`` city)."""

    weight: float
    names: tuple[str, ...]
    establishments: tuple[str, ...]


@dataclass(frozen=True)
class DemoTables:
    """Every list the generator uses, in file order."""

    countries: tuple[DemoCountry, ...]
    counselors: tuple[str, ...]
    japanese_surnames: tuple[str, ...]
    language_names_ja: Mapping[str, str]
    language_names_en: Mapping[str, str]
    areas: tuple[Area, ...]
    towns: tuple[str, ...]
    buildings: tuple[str, ...]
    building_suffixes: tuple[str, ...]
    stems: tuple[str, ...]
    industries: Mapping[str, Industry]
    supervising_patterns: tuple[str, ...]
    support_patterns: tuple[str, ...]
    lawyers: tuple[str, ...]
    ngos: tuple[str, ...]
    brokers: tuple[str, ...]
    short: Mapping[str, tuple[str, ...]]  # sub-topic -> one-line summaries
    consultation: Mapping[str, tuple[str, ...]]  # sub-topic -> what the worker says
    follow_up: tuple[str, ...]
    follow_up_labour: tuple[str, ...]
    actions: tuple[str, ...]
    actions_by_topic: Mapping[str, tuple[str, ...]]  # topic category -> counselor actions


class _File:
    """One JSON file, read with checks that name the file and key of a bad value."""

    def __init__(self, folder: Path, name: str) -> None:
        self.name = name
        try:
            raw = json.loads((folder / name).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DemoDataError(
                f"Demo data file {name} cannot be read: {exc}", name=name, reason=str(exc)
            ) from exc
        self.root = self.mapping(raw, "")

    def fail(self, key: str, expected: str) -> DemoDataError:
        return DemoDataError(f"Demo data file {self.name}: {key or 'the file'} must be {expected}.")

    def mapping(self, value: Any, key: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, "an object")
        return value

    def text(self, value: Any, key: str) -> str:
        if not isinstance(value, str):
            raise self.fail(key, "a string")
        return value

    def number(self, value: Any, key: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, "a number")
        return value

    def integer(self, value: Any, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, "a whole number")
        return value

    def flag(self, value: Any, key: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(key, "true or false")
        return value

    def texts(self, value: Any, key: str, *, length: int | None = None) -> tuple[str, ...]:
        if not isinstance(value, list) or (length is not None and len(value) != length):
            raise self.fail(key, f"a list of {length or 'some'} strings")
        return tuple(self.text(item, f"{key}[{i}]") for i, item in enumerate(value))

    def rows(self, value: Any, key: str, width: int) -> list[tuple[str, ...]]:
        if not isinstance(value, list) or not value:
            raise self.fail(key, "a non-empty list")
        return [self.texts(row, f"{key}[{i}]", length=width) for i, row in enumerate(value)]

    def text_lists(self, value: Any, key: str) -> dict[str, tuple[str, ...]]:
        return {k: self.texts(v, f"{key}.{k}") for k, v in self.mapping(value, key).items()}

    def __getitem__(self, key: str) -> Any:
        if key not in self.root:
            raise self.fail(key, "present")
        return self.root[key]


def _given(row: tuple[str, ...]) -> GivenName:
    return (row[0], row[1], row[2], row[3])


def _part(row: tuple[str, ...]) -> NamePart:
    return (row[0], row[1], row[2])


def _area(row: tuple[str, ...]) -> Area:
    return (row[0], row[1], row[2], row[3], row[4])


def _country(f: _File, raw: Any, key: str) -> DemoCountry:
    c = f.mapping(raw, key)
    parts = c.get("family_parts")
    if not isinstance(parts, list) or len(parts) != 3:
        raise f.fail(f"{key}.family_parts", "[min, max, chance of the max]")
    return DemoCountry(
        code=f.text(c.get("code"), f"{key}.code"),
        weight=f.number(c.get("weight"), f"{key}.weight"),
        language=f.text(c.get("language"), f"{key}.language"),
        given=tuple(_given(r) for r in f.rows(c.get("given"), f"{key}.given", 4)),
        family=tuple(_part(r) for r in f.rows(c.get("family"), f"{key}.family", 3)),
        family_first=f.flag(c.get("family_first"), f"{key}.family_first"),
        native_sep=f.text(c.get("native_sep"), f"{key}.native_sep"),
        family_parts=(
            f.integer(parts[0], f"{key}.family_parts[0]"),
            f.integer(parts[1], f"{key}.family_parts[1]"),
            f.number(parts[2], f"{key}.family_parts[2]"),
        ),
        profile=f.text(c.get("profile"), f"{key}.profile"),
        sending_orgs=f.texts(c.get("sending_orgs"), f"{key}.sending_orgs"),
        fee_usd=f.integer(c.get("fee_usd"), f"{key}.fee_usd"),
    )


def _industry(f: _File, raw: Any, key: str) -> Industry:
    spec = f.mapping(raw, key)
    return Industry(
        weight=f.number(spec.get("weight"), f"{key}.weight"),
        names=f.texts(spec.get("names"), f"{key}.names"),
        establishments=f.texts(spec.get("establishments"), f"{key}.establishments"),
    )


@cache
def load_demo_tables(folder: Path = DEMO_DIR) -> DemoTables:
    """The demo word lists, read once and checked."""
    people = _File(folder, "people.json")
    places = _File(folder, "places.json")
    orgs = _File(folder, "organisations.json")
    texts = _File(folder, "texts.json")
    countries = people["countries"]
    if not isinstance(countries, list) or not countries:
        raise people.fail("countries", "a non-empty list")
    industries = orgs.mapping(orgs["industries"], "industries")
    return DemoTables(
        countries=tuple(_country(people, c, f"countries[{i}]") for i, c in enumerate(countries)),
        counselors=people.texts(people["counselors"], "counselors"),
        japanese_surnames=people.texts(people["japanese_surnames"], "japanese_surnames"),
        language_names_ja=_names(people, "language_names_ja"),
        language_names_en=_names(people, "language_names_en"),
        areas=tuple(_area(r) for r in places.rows(places["areas"], "areas", 5)),
        towns=places.texts(places["towns"], "towns"),
        buildings=places.texts(places["buildings"], "buildings"),
        building_suffixes=places.texts(places["building_suffixes"], "building_suffixes"),
        stems=orgs.texts(orgs["stems"], "stems"),
        industries={k: _industry(orgs, v, f"industries.{k}") for k, v in industries.items()},
        supervising_patterns=orgs.texts(orgs["supervising_patterns"], "supervising_patterns"),
        support_patterns=orgs.texts(orgs["support_patterns"], "support_patterns"),
        lawyers=orgs.texts(orgs["lawyers"], "lawyers"),
        ngos=orgs.texts(orgs["ngos"], "ngos"),
        brokers=orgs.texts(orgs["brokers"], "brokers"),
        short=texts.text_lists(texts["short"], "short"),
        consultation=texts.text_lists(texts["consultation"], "consultation"),
        follow_up=texts.texts(texts["follow_up"], "follow_up"),
        follow_up_labour=texts.texts(texts["follow_up_labour"], "follow_up_labour"),
        actions=texts.texts(texts["actions"], "actions"),
        actions_by_topic=texts.text_lists(texts["actions_by_topic"], "actions_by_topic"),
    )


def _names(f: _File, key: str) -> dict[str, str]:
    return {code: f.text(name, f"{key}.{code}") for code, name in f.mapping(f[key], key).items()}
