"""The seeded random source of one ``generate`` call and the primitives built on it.

Dates, digits, corporate numbers, addresses and phone numbers; and the employer and money
values a case's records share.  Every draw happens in the same order as before the split,
so a seed gives the same cases byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from random import Random

from desktop.cases.demo_choice import Rnd, one_of
from desktop.cases.demo_tables import Area
from desktop.cases.demo_vocabulary import BUILDING_SUFFIX, BUILDINGS, STEMS, TOWNS


def corporate_check_digit(base12: str) -> int:
    """Check digit of a Japanese corporate number (法人番号) for its 12-digit base."""
    total = 0
    for position, char in enumerate(reversed(base12), start=1):
        total += int(char) * (2 if position % 2 == 0 else 1)
    return 9 - total % 9


@dataclass(frozen=True)
class Money:
    month: int
    wage: int
    rent: int
    fee: int


@dataclass(frozen=True)
class Employer:
    name: str
    corporate_number: str
    address: str
    industry: str
    establishments: tuple[str, ...]
    contact: str
    area: Area
    supervising: int
    support: int
    popularity: float


class DemoDraw:
    """The random source of one ``generate`` call, with its date cache and shuffled stems."""

    def __init__(self, seed: int, today: date) -> None:
        self.rng = Random(seed)
        self.rnd: Rnd = self.rng.random
        self.today = today
        self.today_ord = today.toordinal()
        self.iso_cache: dict[int, str] = {}
        self.stems = list(STEMS)
        self.rng.shuffle(self.stems)

    # -- primitives ----------------------------------------------------------------------------
    def iso(self, ordinal: int) -> str:
        """ISO date for a proleptic ordinal, cached."""
        text = self.iso_cache.get(ordinal)
        if text is None:
            text = self.iso_cache[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def digits(self, n: int) -> str:
        """``n`` random decimal digits."""
        return f"{int(self.rnd() * 10**n):0{n}d}"

    def corporate_number(self) -> str:
        """A 13-digit corporate number with a correct check digit."""
        base = self.digits(12)
        return f"{corporate_check_digit(base)}{base}"

    def address(self, area: Area, *, building: bool) -> str:
        """A fictional Japanese street address in ``area``."""
        rnd = self.rnd
        pref, city = area[0], area[1]
        text = (
            f"{pref}{city}{one_of(rnd, TOWNS)}{1 + int(rnd() * 5)}丁目"
            f"{1 + int(rnd() * 30)}-{1 + int(rnd() * 20)}"
        )
        if building:
            room = (1 + int(rnd() * 4)) * 100 + 1 + int(rnd() * 8)
            name = (
                f"{one_of(rnd, BUILDINGS)}{one_of(rnd, self.stems)}{one_of(rnd, BUILDING_SUFFIX)}"
            )
            text += f" {name} {room}号室"
        return text

    def landline(self, area_code: str) -> str:
        """A Japanese fixed-line number in the area."""
        local = self.digits(10 - len(area_code))
        split = 6 - len(area_code)  # 03-1234-5678, 052-123-4567, 0565-12-3456
        return f"{area_code}-{local[:split]}-{local[split:]}"
