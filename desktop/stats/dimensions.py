"""What a statistics table can be broken down by, and how a period is cut into buckets.

Each dimension names one place in the decrypted projection (see :mod:`desktop.stats.facts`).
A unit (a case or a consultation) may hold several values of one dimension: a case with a
labour and a residence topic counts once under each, while the margins count it once.
Missing values are the category ``unknown`` so that every unit is counted somewhere.
"""

from __future__ import annotations

from datetime import date

from desktop.errors import InvalidValueError

__all__ = [
    "DIMENSIONS",
    "MEASURES",
    "PERIOD_DIMENSIONS",
    "PREFECTURES",
    "UNKNOWN",
    "buckets_between",
    "parse_dimensions",
    "period_bucket",
    "prefecture_of",
]

UNKNOWN = "unknown"

PERIOD_DIMENSIONS: tuple[str, ...] = ("month", "quarter", "fiscal_year")
DIMENSIONS: tuple[str, ...] = (
    *PERIOD_DIMENSIONS,
    "nationality",
    "residence_status",
    "topic",
    "subtopic",
    "channel",
    "language",
    "prefecture",
    "referral",
    "outcome",
    "status",
)

MEASURES: tuple[str, ...] = ("cases", "new_cases", "consultations", "minutes")
"""``cases``: cases open at some time in the period; ``new_cases``: opened in it;
``consultations``: consultation entries of the timeline in it; ``minutes``: their time."""

# The 47 prefectures as addresses write them (JIS X 0401 order).
PREFECTURES: tuple[str, ...] = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
    "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
    "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
    "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
    "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
    "鹿児島県", "沖縄県",
)  # fmt: skip


def prefecture_of(address: str) -> str | None:
    """The prefecture an address starts with (full-width spaces and blanks ignored)."""
    text = address.replace("\u3000", "").strip()
    for name in PREFECTURES:
        if text.startswith(name):
            return name
    return None


def period_bucket(dimension: str, day: date) -> str:
    """The bucket of ``day``: ``2026-04``, ``2026-Q2`` or ``FY2026`` (April to March)."""
    if dimension == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if dimension == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if dimension == "fiscal_year":
        # Japan's fiscal year: FY2026 runs from 1 April 2026 to 31 March 2027.
        return f"FY{day.year if day.month >= 4 else day.year - 1:04d}"
    raise ValueError(dimension)


def buckets_between(dimension: str, start: date, end: date) -> list[str]:
    """Every bucket from ``start`` to ``end`` inclusive, in order (empty ones too)."""
    out: list[str] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        bucket = period_bucket(dimension, date(year, month, 1))
        if not out or out[-1] != bucket:
            out.append(bucket)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def parse_dimensions(text: str) -> tuple[str, ...]:
    """``"nationality,topic"`` -> the one or two dimensions, checked."""
    names = tuple(part.strip() for part in text.split(",") if part.strip())
    if not 1 <= len(names) <= 2:
        raise InvalidValueError(
            f"A table is broken down by one or two fields, not {len(names)}.", count=len(names)
        )
    for name in names:
        if name not in DIMENSIONS:
            raise InvalidValueError(
                f"Unknown field '{name}'; choose from {', '.join(DIMENSIONS)}.",
                field=name,
                choices=", ".join(DIMENSIONS),
            )
    if len(names) == 2 and names[0] == names[1]:
        raise InvalidValueError(f"The field '{names[0]}' is named twice.", field=names[0])
    return names
