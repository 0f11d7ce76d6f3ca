"""Reading case lists that NGOs keep in CSV or Excel files.

:func:`read_cases` turns a ``.csv`` or ``.xlsx`` file into one
:class:`ImportedCase` per row, ready for ``CaseService.create_case``.  It writes
nothing: every row is checked first, and the first bad row stops the import
with an :class:`~desktop.errors.ImportRowError` naming the row, the column and
the value, so a file is imported completely or not at all.

The accepted columns, value formats and encodings are documented for NGO staff
in docs/import.md; keep the two in step.  Values end up in the same checks as
everything else (:func:`desktop.cases.validation.clean`), so the importer never
returns a value the case service would refuse.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from desktop.cases.model import (
    SUBTOPICS,
    CaseStatus,
    Entity,
    Gender,
    ResidenceStatus,
    Topic,
)
from desktop.cases.validation import clean
from desktop.errors import ImportFileError, ImportRowError, InvalidValueError

MAX_ROWS = 100_000
"""Most data rows (not counting the header and empty rows) one file may hold."""

MAX_BYTES = 50 * 1024 * 1024
"""Largest file accepted, in bytes."""

EXTENSIONS = (".csv", ".xlsx")

# --- code lists ------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


# ISO 3166-1 alpha-2: every officially assigned country code.
_COUNTRY_CODES = _words(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
    """
)

# Country names people write instead of the code (compared after _key()).
_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "VN": ("Viet Nam", "Vietnam", "VNM", "ベトナム", "ヴェトナム", "越南"),
    "ID": ("Indonesia", "IDN", "インドネシア"),
    "PH": ("Philippines", "The Philippines", "PHL", "フィリピン"),
    "NP": ("Nepal", "NPL", "ネパール"),
    "MM": ("Myanmar", "Burma", "MMR", "ミャンマー", "ビルマ"),
    "KH": ("Cambodia", "KHM", "カンボジア"),
    "CN": ("China", "People's Republic of China", "CHN", "中国", "中華人民共和国"),
    "TH": ("Thailand", "THA", "タイ"),
    "LK": ("Sri Lanka", "LKA", "スリランカ"),
    "BD": ("Bangladesh", "BGD", "バングラデシュ"),
    "MN": ("Mongolia", "MNG", "モンゴル"),
    "BR": ("Brazil", "Brasil", "BRA", "ブラジル"),
    "PE": ("Peru", "PER", "ペルー"),
    "KR": ("Korea", "South Korea", "Republic of Korea", "KOR", "韓国", "大韓民国"),
    "JP": ("Japan", "JPN", "日本"),
    "IN": ("India", "IND", "インド"),
    "PK": ("Pakistan", "PAK", "パキスタン"),
    "UZ": ("Uzbekistan", "UZB", "ウズベキスタン"),
    "LA": ("Laos", "Lao PDR", "LAO", "ラオス"),
    "TW": ("Taiwan", "TWN", "台湾"),
    "US": ("United States", "USA", "アメリカ", "米国"),
}

# ISO 639-1: every two-letter language code.
_LANGUAGE_CODES = _words(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv
    cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr
    ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw
    ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv
    ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr
    ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
    yo za zh zu
    """
)

# Language names (and three-letter codes that have a two-letter one) -> code.
_LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "vi": ("Vietnamese", "vie", "ベトナム語"),
    "id": ("Indonesian", "Bahasa Indonesia", "ind", "インドネシア語"),
    "tl": ("Tagalog", "tgl", "タガログ語"),
    "fil": ("Filipino", "フィリピン語"),
    "ne": ("Nepali", "Nepalese", "nep", "ネパール語"),
    "my": ("Burmese", "Myanmar", "mya", "bur", "ミャンマー語", "ビルマ語"),
    "km": ("Khmer", "Cambodian", "khm", "クメール語", "カンボジア語"),
    "zh": ("Chinese", "Mandarin", "zho", "chi", "中国語", "北京語"),
    "yue": ("Cantonese", "広東語"),
    "th": ("Thai", "tha", "タイ語"),
    "si": ("Sinhala", "Sinhalese", "sin", "シンハラ語"),
    "ta": ("Tamil", "tam", "タミル語"),
    "bn": ("Bengali", "Bangla", "ben", "ベンガル語"),
    "mn": ("Mongolian", "mon", "モンゴル語"),
    "pt": ("Portuguese", "por", "ポルトガル語"),
    "es": ("Spanish", "spa", "スペイン語"),
    "ko": ("Korean", "kor", "韓国語", "朝鮮語"),
    "ja": ("Japanese", "jpn", "日本語"),
    "en": ("English", "eng", "英語"),
    "hi": ("Hindi", "hin", "ヒンディー語"),
    "ur": ("Urdu", "urd", "ウルドゥー語"),
    "lo": ("Lao", "Laotian", "ラオ語", "ラオス語"),
    "uz": ("Uzbek", "uzb", "ウズベク語"),
    "ru": ("Russian", "rus", "ロシア語"),
    "fr": ("French", "fra", "fre", "フランス語"),
    "ar": ("Arabic", "ara", "アラビア語"),
    "fa": ("Persian", "Farsi", "fas", "per", "ペルシャ語"),
    "tr": ("Turkish", "tur", "トルコ語"),
}

# Country codes people often write where a language code belongs.
_LANGUAGE_HINTS = {
    "jp": "ja",
    "vn": "vi",
    "cn": "zh",
    "np": "ne",
    "mm": "my",
    "kh": "km",
    "ph": "tl or fil",
    "lk": "si",
    "bd": "bn",
}

_GENDERS: dict[str, tuple[str, ...]] = {
    Gender.FEMALE: ("female", "f", "女", "女性"),
    Gender.MALE: ("male", "m", "男", "男性"),
    Gender.OTHER: ("other", "その他"),
    Gender.UNKNOWN: ("unknown", "不明"),
}

_RESIDENCE_NAMES: dict[str, tuple[str, ...]] = {
    ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT: ("育成就労",),
    ResidenceStatus.ENGINEER_HUMANITIES: ("技術・人文知識・国際業務", "技人国"),
    ResidenceStatus.STUDENT: ("留学",),
    ResidenceStatus.DESIGNATED_ACTIVITIES: ("特定活動",),
    ResidenceStatus.PERMANENT_RESIDENT: ("永住者", "永住"),
    ResidenceStatus.LONG_TERM_RESIDENT: ("定住者", "定住"),
    ResidenceStatus.SPOUSE: ("日本人の配偶者等", "永住者の配偶者等"),
    ResidenceStatus.TEMPORARY_VISITOR: ("短期滞在",),
    ResidenceStatus.NONE_OVERSTAY: ("なし", "超過滞在", "在留資格なし", "オーバーステイ"),
    ResidenceStatus.OTHER: ("その他",),
}
_NUMBERED_STATUS = re.compile(r"^(技能実習|特定技能)第?([123])号[イロ]?$")

_TOPIC_NAMES: dict[str, tuple[str, ...]] = {
    Topic.LABOUR: ("労働", "labor"),
    Topic.DAILY_LIFE: ("生活",),
    Topic.MEDICAL_WELFARE: ("医療・福祉",),
    Topic.RESIDENCE: ("在留",),
    Topic.TAX_SOCIAL_INSURANCE: ("税・社会保険",),
    Topic.EDUCATION: ("教育",),
    Topic.OTHER: ("その他",),
}

_STATUS_NAMES: dict[str, tuple[str, ...]] = {
    CaseStatus.OPEN: ("受付", "新規"),
    CaseStatus.IN_PROGRESS: ("対応中",),
    CaseStatus.WAITING: ("保留", "待ち"),
    CaseStatus.CLOSED: ("終了", "完了"),
}

# --- small helpers ---------------------------------------------------------------------


def _key(text: str) -> str:
    """A lookup key: width-folded, case-folded, without spaces, dots, dashes or '・'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s._\-・'’]+", "", folded)


def _code_key(text: str) -> str:
    """A code as people type it ('In progress', 'in-progress') -> 'in_progress'."""
    folded = unicodedata.normalize("NFKC", text).strip().casefold()
    return re.sub(r"[\s\-]+", "_", folded)


def _lookup(table: dict[str, tuple[str, ...]], *, codes: bool = True) -> dict[str, str]:
    """Map every name (and, with ``codes``, the code itself) to its code."""
    out: dict[str, str] = {}
    for code, names in table.items():
        for name in (code, *names) if codes else names:
            out[_key(name)] = str(code)
    return out


_COUNTRY_LOOKUP = _lookup(_COUNTRY_NAMES, codes=False)
_LANGUAGE_LOOKUP = _lookup(_LANGUAGE_NAMES, codes=False)
_GENDER_LOOKUP = _lookup(_GENDERS)
_RESIDENCE_LOOKUP = _lookup(_RESIDENCE_NAMES)
_TOPIC_LOOKUP = _lookup(_TOPIC_NAMES)
_STATUS_LOOKUP = _lookup(_STATUS_NAMES)


def _quote(value: object) -> str:
    """A bad value, quoted briefly for an error message."""
    text = " ".join(str(value).split())
    if len(text) > 40:
        text = text[:39] + "…"
    return f"'{text}'"


class _BadValue(Exception):
    """A cell holds a value its column cannot take; ``problem`` says why."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_text(value: object) -> str:
    """A cell as trimmed text; whole numbers from Excel lose their '.0'."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _split(text: str, extra: str = "") -> list[str]:
    """Items of a list cell: separated by ';', ',', '、', line breaks or ``extra``."""
    parts = re.split(f"[;,、\n\r{re.escape(extra)}]+", unicodedata.normalize("NFKC", text))
    return [part.strip() for part in parts if part.strip()]


# --- value parsers: raw cell -> stored value, or _BadValue -----------------------------


def _text(value: object) -> str:
    return unicodedata.normalize("NFC", _as_text(value))


def _phone(value: object) -> str:
    return _as_text(value)


def _katakana(value: object) -> str:
    # NFKC turns half-width ｶﾀｶﾅ into full-width, so searches find both.
    return unicodedata.normalize("NFKC", _as_text(value))


_ISO_DATE = re.compile(
    r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"  # 2025-03-31, 2025/3/31, 2025.03.31
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"  # an optional time, ignored
)
_JA_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_DATE_HINT = "write dates like 2025-03-31, 2025/03/31, 2025.03.31 or 2025年3月31日"


def _plausible(day: date) -> str:
    """ISO text of a date between 1900 and 2100; other years are typing mistakes."""
    if not 1900 <= day.year <= 2100:
        raise _BadValue(f"'{day.isoformat()}' is not between the years 1900 and 2100")
    return day.isoformat()


def _date(value: object) -> str:
    if isinstance(value, datetime):
        return _plausible(value.date())
    if isinstance(value, date):
        return _plausible(value)
    if isinstance(value, int | float | time | timedelta):  # bool is an int too
        raise _BadValue(f"{_quote(value)} is not a date; format the cell as a date or {_DATE_HINT}")
    text = unicodedata.normalize("NFKC", _as_text(value))
    iso = _ISO_DATE.match(text)
    ja = _JA_DATE.match(text)
    if iso:
        parts = (iso.group(1), iso.group(3), iso.group(4))
    elif ja:
        parts = (ja.group(1), ja.group(2), ja.group(3))
    else:
        raise _BadValue(f"{_quote(text)} is not a date; {_DATE_HINT}")
    try:
        return _plausible(date(int(parts[0]), int(parts[1]), int(parts[2])))
    except ValueError:
        raise _BadValue(f"{_quote(text)} is not a real date (there is no such day)") from None


def _nationality(value: object) -> str:
    text = _as_text(value)
    folded = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(r"[A-Za-z]{2}", folded):
        code = folded.upper()
        if code in _COUNTRY_CODES:
            return code
        raise _BadValue(f"{_quote(text)} is not an ISO country code (such as VN, ID or PH)")
    code_or_none = _COUNTRY_LOOKUP.get(_key(text))
    if code_or_none is None:
        raise _BadValue(
            f"unknown nationality {_quote(text)}; use a two-letter ISO country code "
            "such as VN, ID, PH, NP, MM or CN"
        )
    return code_or_none


_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})((?:-[A-Za-z0-9]{1,8})*)$")


def _language_code(item: str) -> str:
    named = _LANGUAGE_LOOKUP.get(_key(item))
    if named:
        return named
    match = _LANGUAGE_TAG.match(item.replace("_", "-"))
    if not match:
        raise _BadValue(
            f"unknown language {_quote(item)}; use codes such as vi, id, tl, ne, my or zh, "
            "separated by ';'"
        )
    primary = match.group(1).lower()
    if len(primary) == 2 and primary not in _LANGUAGE_CODES:
        hint = _LANGUAGE_HINTS.get(primary)
        better = f" (did you mean {hint}?)" if hint else ""
        raise _BadValue(f"{_quote(item)} is not a language code{better}")
    subtags = [primary]
    for sub in match.group(2).split("-")[1:]:
        if len(sub) == 4 and sub.isalpha():
            subtags.append(sub.title())  # script, e.g. zh-Hant
        elif (len(sub) == 2 and sub.isalpha()) or (len(sub) == 3 and sub.isdigit()):
            subtags.append(sub.upper())  # region, e.g. pt-BR
        else:
            subtags.append(sub.lower())
    return "-".join(subtags)


def _languages(value: object) -> list[str]:
    codes: list[str] = []
    for item in _split(_as_text(value), extra="・/"):  # ベトナム語・日本語
        code = _language_code(item)
        if code not in codes:
            codes.append(code)
    return codes


def _coded(
    lookup: dict[str, str], what: str, allowed: type[StrEnum], names: str = ""
) -> Callable[[object], str]:
    """A parser for a code list: a code, or one of its known names."""
    codes = [member.value for member in allowed]
    choices = ", ".join(codes) + (f" (or Japanese names such as {names})" if names else "")

    def parse(value: object) -> str:
        text = _as_text(value)
        code = _code_key(text)
        if code in codes:
            return code
        named = lookup.get(_key(text))
        if named is None:
            raise _BadValue(f"unknown {what} {_quote(text)}; use one of: {choices}")
        return named

    return parse


_gender = _coded(_GENDER_LOOKUP, "gender", Gender, "女性 and 男性")
_status = _coded(_STATUS_LOOKUP, "status", CaseStatus, "対応中")
_topic_category = _coded(_TOPIC_LOOKUP, "topic", Topic, "労働 and 生活")
_plain_residence = _coded(
    _RESIDENCE_LOOKUP, "residence status", ResidenceStatus, "技能実習1号 and 特定技能1号"
)

_RESIDENCE_NUMBERED = {
    ("技能実習", "1"): ResidenceStatus.TECHNICAL_INTERN_1,
    ("技能実習", "2"): ResidenceStatus.TECHNICAL_INTERN_2,
    ("技能実習", "3"): ResidenceStatus.TECHNICAL_INTERN_3,
    ("特定技能", "1"): ResidenceStatus.SPECIFIED_SKILLED_1,
    ("特定技能", "2"): ResidenceStatus.SPECIFIED_SKILLED_2,
}


def _residence_status(value: object) -> str:
    text = _as_text(value)
    numbered = _NUMBERED_STATUS.match(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))
    if numbered:
        status = _RESIDENCE_NUMBERED.get((numbered.group(1), numbered.group(2)))
        if status is None:
            raise _BadValue(f"unknown residence status {_quote(text)}")
        return status.value
    return _plain_residence(value)


def _card_number(value: object) -> str:
    text = _as_text(value)
    number = re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", text).upper())
    if not re.fullmatch(r"[A-Z]{2}\d{8}[A-Z]{2}", number):
        raise _BadValue(
            f"{_quote(text)} is not a residence card number "
            "(2 letters, 8 digits, 2 letters, like AB12345678CD)"
        )
    return number


def _topics(value: object) -> list[dict[str, object]]:
    topics: list[dict[str, object]] = []
    for item in _split(_as_text(value)):
        category_text, _, sub_text = item.partition(":")
        category = _topic_category(category_text)
        topic: dict[str, object] = {"category": category}
        if sub_text.strip():
            subtopic = _code_key(sub_text)
            allowed = SUBTOPICS[Topic(category)]
            if not allowed:
                raise _BadValue(
                    f"{_quote(sub_text.strip())} cannot be a sub-topic: {category} has none"
                )
            if subtopic not in allowed:
                raise _BadValue(
                    f"{_quote(sub_text.strip())} is not a sub-topic of {category}; "
                    f"its sub-topics are: {', '.join(allowed)}"
                )
            topic["subtopic"] = subtopic
        topic["status"] = "open"
        if topic not in topics:
            topics.append(topic)
    return topics


def _flags(value: object) -> list[str]:
    flags: list[str] = []
    for item in _split(_as_text(value)):
        if item not in flags:
            flags.append(item)
    return flags


# --- columns ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    """One accepted column: where its value goes and how it is read."""

    name: str
    target: str  # "case", "worker", "topics" or "note"
    field: str
    parse: Callable[[object], Any]
    aliases: tuple[str, ...] = ()
    required: bool = False


_COLUMNS: tuple[_Column, ...] = (
    _Column("full_name", "worker", "full_name", _text, ("氏名", "名前"), required=True),
    _Column("name_katakana", "worker", "name_katakana", _katakana, ("カタカナ", "フリガナ")),
    _Column("name_native", "worker", "name_native", _text),
    _Column("nationality", "worker", "nationality", _nationality, ("国籍",), required=True),
    _Column("language", "worker", "languages", _languages, ("言語",), required=True),
    _Column("phone", "worker", "phone", _phone, ("電話", "電話番号"), required=True),
    _Column("summary", "case", "summary", _text, ("概要",), required=True),
    _Column("date_of_birth", "worker", "date_of_birth", _date, ("生年月日",)),
    _Column("gender", "worker", "gender", _gender, ("性別",)),
    _Column("email", "worker", "email", _text, ("メール", "メールアドレス")),
    _Column("line_id", "worker", "line_id", _text),
    _Column("address", "worker", "address", _text, ("住所",)),
    _Column("residence_status", "worker", "residence_status", _residence_status, ("在留資格",)),
    _Column("residence_expiry", "worker", "residence_expiry", _date, ("在留期限",)),
    _Column(
        "residence_card_number",
        "worker",
        "residence_card_number",
        _card_number,
        ("在留カード番号",),
    ),
    _Column("topics", "topics", "category", _topics, ("相談分野",)),
    _Column("status", "case", "status", _status, ("状態",)),
    _Column("assignee", "case", "assignee", _text, ("担当",)),
    _Column("opened_on", "case", "opened_on", _date, ("受付日",)),
    _Column("flags", "case", "flags", _flags, ("フラグ",)),
    _Column("note", "note", "note", _text, ("メモ", "備考")),
)

COLUMNS: tuple[str, ...] = tuple(column.name for column in _COLUMNS)
"""Every accepted column name, in the order docs/import.md lists them."""

REQUIRED_COLUMNS: tuple[str, ...] = tuple(c.name for c in _COLUMNS if c.required)
"""Columns that must be present in the header (only full_name must be filled in)."""

HEADER_ALIASES: dict[str, str] = {alias: c.name for c in _COLUMNS for alias in c.aliases}
"""Japanese (and other) header names -> the column they stand for."""


def _header_key(text: str) -> str:
    """A header cell as compared: width- and case-folded, spaces and dashes as '_'."""
    return _code_key(text.replace("\ufeff", ""))


_HEADER_LOOKUP: dict[str, _Column] = {
    _header_key(name): column for column in _COLUMNS for name in (column.name, *column.aliases)
}


@dataclass(frozen=True)
class _Header:
    """The header row: which column sits at each position (None: no name there)."""

    columns: tuple[_Column | None, ...]
    labels: tuple[str, ...]  # each header cell as written, trimmed


def _read_header(cells: list[object]) -> _Header:
    labels = [_as_text(cell).replace("\ufeff", "").strip() for cell in cells]
    if not any(labels):
        raise ImportFileError(
            "The first row is empty; row 1 must hold the column names (full_name, nationality, …)."
        )
    found: list[_Column | None] = []
    seen: dict[str, str] = {}
    for label in labels:
        if not label:
            found.append(None)
            continue
        column = _HEADER_LOOKUP.get(_header_key(label))
        if column is None:
            hint = ""
            if _header_key(label) in {"ref", "reference", "case_number", "番号"}:
                hint = "case reference numbers are given by Madoguchi, so remove this column; "
            raise ImportRowError(
                1,
                label,
                f"unknown column {_quote(label)}; {hint}the accepted columns are "
                f"{', '.join(COLUMNS)} (Japanese names such as 氏名 and 電話 work too)",
            )
        if column.name in seen:
            raise ImportRowError(
                1,
                label,
                f"column '{column.name}' appears twice (as {_quote(seen[column.name])} "
                f"and {_quote(label)})",
            )
        seen[column.name] = label
        found.append(column)
    for column in _COLUMNS:
        if column.required and column.name not in seen:
            also = f" (or {column.aliases[0]})" if column.aliases else ""
            raise ImportRowError(
                1,
                column.name,
                f"the required column '{column.name}'{also} is missing; "
                "add it to the header row, even if its cells stay empty",
            )
    return _Header(columns=tuple(found), labels=tuple(labels))


# --- rows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedCase:
    """One row of an import file, checked and ready for ``CaseService.create_case``."""

    row: int
    """Row number in the file (the header is row 1)."""
    case: dict[str, object]
    """Case fields: summary, status (always set, "open" by default), assignee, opened_on, flags."""
    worker: dict[str, object]
    """Worker fields; ``full_name`` is always present, empty cells are left out."""
    topics: list[dict[str, object]]
    """Topic records: category, optional subtopic, status "open"."""
    note: str | None
    """Text for a first timeline entry, or None."""


def _checked(entity: Entity, fields: dict[str, object], *, creating: bool = False) -> Any:
    """Run the shared field checks; an InvalidValueError becomes a _BadValue."""
    try:
        return clean(entity, fields, creating=creating)
    except InvalidValueError as error:
        raise _BadValue(str(error).rstrip(".")) from None


# What Excel shows (and writes into CSV) when a formula fails.
_EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)


def _letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column position (A, B, …, XFD)."""
    return get_column_letter(index + 1) if index < 18_278 else f"#{index + 1}"


def _read_row(number: int, cells: list[object], header: _Header) -> ImportedCase:
    case: dict[str, object] = {}
    worker: dict[str, object] = {}
    topics: list[dict[str, object]] = []
    note: str | None = None
    for index in range(max(len(cells), len(header.columns))):
        raw = cells[index] if index < len(cells) else None
        column = header.columns[index] if index < len(header.columns) else None
        if column is None:
            if not _is_blank(raw):
                raise ImportRowError(
                    number,
                    _letter(index),
                    f"the value {_quote(_as_text(raw))} is in a column without a name in the "
                    "header row",
                )
            continue
        label = header.labels[index]
        if _is_blank(raw):
            if column.name == "full_name":
                raise ImportRowError(number, label, "the worker's name is empty")
            continue
        if isinstance(raw, str) and raw.strip().upper() in _EXCEL_ERRORS:
            raise ImportRowError(
                number, label, f"the cell holds the Excel error {raw.strip()}; fix the formula"
            )
        try:
            value = column.parse(raw)
            if column.target == "worker":
                worker.update(_checked(Entity.WORKER, {column.field: value}))
            elif column.target == "case":
                case.update(_checked(Entity.CASE, {column.field: value}))
            elif column.target == "topics":
                topics = [_checked(Entity.TOPIC, topic, creating=True) for topic in value]
            else:
                note = _checked(Entity.TIMELINE, {"note": value})["note"]
        except _BadValue as bad:
            raise ImportRowError(number, label, bad.problem) from None
    case.setdefault("status", CaseStatus.OPEN.value)
    worker = {k: v for k, v in worker.items() if v not in (None, "", [])}
    case = {k: v for k, v in case.items() if v not in (None, "", [])}
    return ImportedCase(row=number, case=case, worker=worker, topics=topics, note=note or None)


# --- files -----------------------------------------------------------------------------

Rows = Iterator[tuple[int, list[object]]]


def _decode(data: bytes) -> str:
    """CSV bytes as text: UTF-8 (with or without BOM), else cp932 (Excel's Shift_JIS)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            'The CSV file is saved as UTF-16 ("Unicode text"); save it again as '
            '"CSV UTF-8" and import that file.'
        )
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            "The file is named .csv but is an Excel workbook; rename it to .xlsx and import it."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp932")
        except UnicodeDecodeError:
            raise ImportFileError(
                "The CSV file is neither UTF-8 nor Shift_JIS text; save it again as "
                '"CSV UTF-8" and import that file.'
            ) from None
    if "\x00" in text:
        raise ImportFileError('The file is not CSV text; save it again as "CSV UTF-8".')
    return text


def _csv_rows(data: bytes) -> Rows:
    """Numbered records of a CSV file (a quoted line break does not start a new row)."""
    text = _decode(data)
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFileError(
                f"The CSV file cannot be read near line {reader.line_num}: {error}."
            ) from None
        number += 1
        yield number, list(record)


# What openpyxl raises on damaged or foreign files, found by feeding it broken workbooks.
_XLSX_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    InvalidFileException,
    zlib.error,
    EOFError,
    OSError,
    LookupError,
    ValueError,
    TypeError,
    AttributeError,
    SyntaxError,  # xml.etree.ElementTree.ParseError
    NotImplementedError,
)

_UNREADABLE_WORKBOOK = (
    "The Excel workbook cannot be read; it may be damaged or password-protected. "
    "Open it in Excel, save a copy as .xlsx without a password and import that."
)


@contextmanager
def _xlsx_rows(path: Path) -> Iterator[Rows]:
    """Numbered rows of the first worksheet; openpyxl failures become ImportFileError."""
    with warnings.catch_warnings(), path.open("rb") as handle:
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops on reading
        try:
            book = load_workbook(handle, read_only=True, data_only=True)
        except _XLSX_ERRORS:
            raise ImportFileError(_UNREADABLE_WORKBOOK) from None
        try:
            if not book.worksheets:
                raise ImportFileError("The Excel workbook has no worksheet.")
            sheet = book.worksheets[0]
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()  # stored sizes are often wrong; read every cell

            def rows() -> Rows:
                source = sheet.iter_rows(values_only=True)
                number = 0
                while True:
                    try:
                        values = next(source)
                    except StopIteration:
                        return
                    except _XLSX_ERRORS:
                        raise ImportFileError(_UNREADABLE_WORKBOOK) from None
                    number += 1
                    yield number, list(values)

            yield rows()
        finally:
            book.close()


@contextmanager
def _csv_source(data: bytes) -> Iterator[Rows]:
    yield _csv_rows(data)


def _file_size(path: Path) -> int:
    try:
        if path.is_dir():
            raise ImportFileError(f"{path} is a folder, not a file.")
        return path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(f"There is no file at {path}.") from None
    except OSError as error:
        raise ImportFileError(f"The file {path} cannot be read: {error.strerror}.") from None


def read_cases(path: Path) -> list[ImportedCase]:
    """Read and check every row of a .csv or .xlsx case list; nothing is written.

    Raises :class:`ImportFileError` when the file as a whole cannot be used
    (missing, wrong type, unreadable, too large, no header, no rows) and
    :class:`ImportRowError` for the first row, in file order, with a bad value
    (the header is row 1).  See docs/import.md for the columns and formats.
    """
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        shown = f"'{path.suffix}'" if path.suffix else "no extension"
        hint = " Save the sheet as .xlsx in Excel." if suffix in {".xls", ".xlsm", ".ods"} else ""
        raise ImportFileError(f"Cannot import a file with {shown}; use a .csv or .xlsx file.{hint}")
    size = _file_size(path)
    if size > MAX_BYTES:
        raise ImportFileError(
            f"The file is {size / 1024 / 1024:.0f} MB; files over "
            f"{MAX_BYTES // 1024 // 1024} MB cannot be imported, so split it into smaller files."
        )
    if size == 0:
        raise ImportFileError("The file is empty.")
    try:
        source = _csv_source(path.read_bytes()) if suffix == ".csv" else _xlsx_rows(path)
        with source as rows:
            return _read_rows(rows)
    except FileNotFoundError:
        raise ImportFileError(f"There is no file at {path}.") from None
    except OSError as error:
        raise ImportFileError(f"The file {path} cannot be read: {error.strerror}.") from None


def _read_rows(rows: Rows) -> list[ImportedCase]:
    first = next(rows, None)
    if first is None:
        raise ImportFileError("The file is empty.")
    header = _read_header(first[1])
    cases: list[ImportedCase] = []
    for number, cells in rows:
        if all(_is_blank(cell) for cell in cells):
            continue
        if len(cases) >= MAX_ROWS:
            raise ImportFileError(
                f"The file has more than {MAX_ROWS:,} rows; split it into smaller files."
            )
        cases.append(_read_row(number, cells, header))
    if not cases:
        raise ImportFileError("The file has a header but no rows of cases (no rows to import).")
    return cases
