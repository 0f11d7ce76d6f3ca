"""Deterministic synthetic cases for demos, screenshots and benchmarks.

Every person, company and organisation here is invented.  Names are built from
per-country lists of common given and family names, each kept as a tuple of its
passport (Latin) spelling, the katakana a Japanese counselor would write, and the
native-script spelling, so the three forms of a name always agree.  The lists are
data in ``resources/demo/`` (see :mod:`desktop.cases.demo_tables`); the weights tied
to the case vocabulary stay here, next to the enums they name.

The generator only uses the ``random.Random(seed)`` it creates and the ``today``
it is given: the same ``seed`` and ``today`` give the same cases, byte for byte,
and ``generate(n)`` is always a prefix of ``generate(n + k)``.  No Qt, and no I/O
beyond reading the word lists once at import:
evidence files (PNG, CSV, text, PDF) are built in memory.
"""

from __future__ import annotations

import struct
import zlib
from bisect import bisect
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from random import Random
from typing import Generic, TypeVar

from desktop.cases.demo_tables import Area, DemoCountry, NamePart, load_demo_tables
from desktop.cases.model import (
    SUBTOPICS,
    CaseStatus,
    Channel,
    ConsentMethod,
    ConsentPurpose,
    EntryKind,
    Gender,
    Outcome,
    PartyRole,
    ResidenceStatus,
    TaskKind,
    Topic,
)

__all__ = [
    "COUNSELORS",
    "DemoCase",
    "DemoEvidence",
    "corporate_check_digit",
    "generate",
    "make_pdf",
    "make_png",
]


# -- public types ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoEvidence:
    """One evidence file: its bytes and the evidence fields a counselor would fill in.

    ``fields`` holds ``title``, ``captured_by``, ``captured_at`` (ISO datetime),
    ``source`` and ``note``; the store computes size, hash and blob id itself.
    """

    filename: str
    media_type: str
    content: bytes
    fields: dict[str, object]


@dataclass(frozen=True)
class DemoCase:
    """One synthetic case: a field dict per record, keyed like :data:`model.FIELDS`.

    ``case`` has no ``ref`` (the service assigns it); ``outcome`` and ``closed_on``
    are present only for closed cases.  Optional fields that do not apply are
    ``None`` (worker, timeline, consent) or absent (party, task, topic).
    """

    case: dict[str, object]
    worker: dict[str, object]
    parties: list[dict[str, object]]
    topics: list[dict[str, object]]
    timeline: list[dict[str, object]]
    tasks: list[dict[str, object]]
    consents: list[dict[str, object]]
    evidence: list[DemoEvidence]


# -- small helpers -----------------------------------------------------------------------------

T = TypeVar("T")
_Rnd = Callable[[], float]


class _Weighted(Generic[T]):
    """A weighted choice that costs one ``random()`` and one bisect."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        items: list[T] = []
        cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight > 0:
                total += weight
                items.append(item)
                cum.append(total)
        if not items:
            raise ValueError("a weighted choice needs at least one positive weight")
        self._items = tuple(items)
        self._cum = tuple(cum)
        self._total = total

    def table(self) -> tuple[tuple[T, ...], tuple[float, ...], float]:
        """Items, cumulative weights and total, for inlining :meth:`pick` in hot loops."""
        return self._items, self._cum, self._total

    def pick(self, rnd: _Rnd) -> T:
        """One item, drawn with the weights given."""
        return self._items[bisect(self._cum, rnd() * self._total)]


def _one(rnd: _Rnd, seq: Sequence[T]) -> T:
    """A uniformly chosen item (faster than ``Random.choice``)."""
    return seq[int(rnd() * len(seq))]


def corporate_check_digit(base12: str) -> int:
    """Check digit of a Japanese corporate number (法人番号) for its 12-digit base."""
    total = 0
    for position, char in enumerate(reversed(base12), start=1):
        total += int(char) * (2 if position % 2 == 0 else 1)
    return 9 - total % 9


# -- word lists (resources/demo/) --------------------------------------------------------------

_TABLES = load_demo_tables()
COUNTRIES: tuple[DemoCountry, ...] = _TABLES.countries
_COUNTRY = _Weighted([(c, c.weight) for c in COUNTRIES])
LANGUAGE_NAMES_JA: Mapping[str, str] = _TABLES.language_names_ja
_LANGUAGE_NAMES_EN = _TABLES.language_names_en
COUNSELORS: tuple[str, ...] = _TABLES.counselors
_JA_SURNAMES = _TABLES.japanese_surnames
_AREAS = _TABLES.areas
_TOWNS = _TABLES.towns
_BUILDINGS = _TABLES.buildings
_BUILDING_SUFFIX = _TABLES.building_suffixes
_STEMS = _TABLES.stems
_INDUSTRIES = _TABLES.industries
_INDUSTRY = _Weighted([(name, spec.weight) for name, spec in _INDUSTRIES.items()])
_SUPERVISING_PATTERNS = _TABLES.supervising_patterns
_SUPPORT_PATTERNS = _TABLES.support_patterns
_LAWYERS = _TABLES.lawyers
_NGOS = _TABLES.ngos
_BROKERS = _TABLES.brokers
_SHORT = _TABLES.short  # one-liners: the case summary and topic notes
_CONSULT = _TABLES.consultation  # what the worker says at a consultation, per sub-topic
_FOLLOW_UP = _TABLES.follow_up  # follow-up messages from the worker, any case
_FOLLOW_UP_LABOUR = _TABLES.follow_up_labour  # ... and labour cases only
_ACTIONS = _TABLES.actions  # what counselors did, any case
_ACTIONS_BY_TOPIC = _TABLES.actions_by_topic  # ... and per topic category of the case

# -- codes and weights -------------------------------------------------------------------------

_STATUS_PROFILES: dict[str, tuple[tuple[ResidenceStatus, float], ...]] = {
    "intern": (
        (ResidenceStatus.TECHNICAL_INTERN_1, 10), (ResidenceStatus.TECHNICAL_INTERN_2, 22),
        (ResidenceStatus.TECHNICAL_INTERN_3, 8), (ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT, 2),
        (ResidenceStatus.SPECIFIED_SKILLED_1, 22), (ResidenceStatus.SPECIFIED_SKILLED_2, 3),
        (ResidenceStatus.ENGINEER_HUMANITIES, 6), (ResidenceStatus.STUDENT, 6),
        (ResidenceStatus.DESIGNATED_ACTIVITIES, 5), (ResidenceStatus.PERMANENT_RESIDENT, 3),
        (ResidenceStatus.LONG_TERM_RESIDENT, 1), (ResidenceStatus.SPOUSE, 2),
        (ResidenceStatus.TEMPORARY_VISITOR, 1), (ResidenceStatus.NONE_OVERSTAY, 5),
        (ResidenceStatus.OTHER, 1),
    ),
    "student": (
        (ResidenceStatus.TECHNICAL_INTERN_1, 4), (ResidenceStatus.TECHNICAL_INTERN_2, 8),
        (ResidenceStatus.TECHNICAL_INTERN_3, 2), (ResidenceStatus.SPECIFIED_SKILLED_1, 20),
        (ResidenceStatus.SPECIFIED_SKILLED_2, 2), (ResidenceStatus.ENGINEER_HUMANITIES, 15),
        (ResidenceStatus.STUDENT, 25), (ResidenceStatus.DESIGNATED_ACTIVITIES, 10),
        (ResidenceStatus.PERMANENT_RESIDENT, 3), (ResidenceStatus.NONE_OVERSTAY, 5),
        (ResidenceStatus.OTHER, 5),
    ),
    "nikkei": (
        (ResidenceStatus.PERMANENT_RESIDENT, 35), (ResidenceStatus.LONG_TERM_RESIDENT, 30),
        (ResidenceStatus.SPOUSE, 15), (ResidenceStatus.SPECIFIED_SKILLED_1, 4),
        (ResidenceStatus.ENGINEER_HUMANITIES, 5), (ResidenceStatus.DESIGNATED_ACTIVITIES, 3),
        (ResidenceStatus.STUDENT, 1), (ResidenceStatus.TEMPORARY_VISITOR, 3),
        (ResidenceStatus.NONE_OVERSTAY, 2), (ResidenceStatus.OTHER, 2),
    ),
}  # fmt: skip
_INTERN_STATUSES = frozenset({
    ResidenceStatus.TECHNICAL_INTERN_1, ResidenceStatus.TECHNICAL_INTERN_2,
    ResidenceStatus.TECHNICAL_INTERN_3, ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT,
})  # fmt: skip
_SSW_STATUSES = frozenset(
    {ResidenceStatus.SPECIFIED_SKILLED_1, ResidenceStatus.SPECIFIED_SKILLED_2}
)
# The Employment for Skill Development system (育成就労) starts on this day.
ESD_START = date(2027, 4, 1)

_CASE_STATUS = _Weighted([
    (CaseStatus.OPEN, 18), (CaseStatus.IN_PROGRESS, 30), (CaseStatus.WAITING, 14),
    (CaseStatus.CLOSED, 38),
])  # fmt: skip
_OUTCOME = _Weighted([
    (Outcome.RESOLVED.value, 40), (Outcome.PARTIALLY_RESOLVED.value, 18),
    (Outcome.REFERRED.value, 16), (Outcome.UNRESOLVED.value, 8), (Outcome.WITHDRAWN.value, 8),
    (Outcome.LOST_CONTACT.value, 10),
])  # fmt: skip
_TOPIC_WEIGHTS = {
    Topic.LABOUR: 37, Topic.DAILY_LIFE: 31, Topic.MEDICAL_WELFARE: 12, Topic.RESIDENCE: 11,
    Topic.TAX_SOCIAL_INSURANCE: 6, Topic.EDUCATION: 3, Topic.OTHER: 1,
}  # fmt: skip
_TOPIC = _Weighted([((t.value, SUBTOPICS[t]), w) for t, w in _TOPIC_WEIGHTS.items()])
_CONSULT_CHANNEL = _Weighted([
    (Channel.PHONE.value, 30), (Channel.LINE.value, 28), (Channel.WALK_IN.value, 14),
    (Channel.SNS.value, 8), (Channel.EMAIL.value, 6), (Channel.ONLINE.value, 7),
    (Channel.VISIT.value, 5), (Channel.LETTER.value, 2),
])  # fmt: skip
_ACTION_CHANNEL = _Weighted([
    (Channel.PHONE.value, 40), (Channel.VISIT.value, 18), (Channel.EMAIL.value, 14),
    (Channel.LINE.value, 14), (Channel.LETTER.value, 6), (Channel.ONLINE.value, 8),
])  # fmt: skip
_MINUTES = _Weighted([
    (5, 8), (10, 14), (15, 16), (20, 12), (30, 18), (45, 10), (60, 12), (90, 6), (120, 4),
])  # fmt: skip
_CONSENT_METHOD = _Weighted([
    (ConsentMethod.ORAL.value, 45), (ConsentMethod.WRITTEN.value, 35),
    (ConsentMethod.ELECTRONIC.value, 20),
])  # fmt: skip

# 9:00 to 18:55 in 5-minute steps, as the time part of an ISO datetime in Japan.
_TIMES = tuple(f"T{m // 60:02d}:{m % 60:02d}+09:00" for m in range(540, 1140, 5))

# -- evidence files ----------------------------------------------------------------------------

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def make_png(
    width: int, height: int, top: tuple[int, int, int], bottom: tuple[int, int, int], split: int
) -> bytes:
    """A valid RGB PNG: colour ``top`` above row ``split``, ``bottom`` below (a 'photo')."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    row_top = b"\x00" + bytes(top) * width
    row_bottom = b"\x00" + bytes(bottom) * width
    raw = row_top * split + row_bottom * (height - split)
    text = b"Comment\x00Synthetic demo image (Madoguchi)"
    return b"".join((
        _PNG_SIGNATURE,
        _png_chunk(b"IHDR", ihdr),
        _png_chunk(b"tEXt", text),
        _png_chunk(b"IDAT", zlib.compress(raw, 1)),
        _png_chunk(b"IEND", b""),
    ))  # fmt: skip


def _pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: Sequence[str]) -> bytes:
    """A minimal valid one-page PDF (A4, Helvetica) showing ``lines`` of ASCII text."""
    ops = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({_pdf_text(line.encode('ascii', 'replace').decode('ascii'))}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


# -- the generator -----------------------------------------------------------------------------


_LABOUR = Topic.LABOUR.value
_ROLE_EMPLOYER = PartyRole.EMPLOYER.value
_ROLE_SUPERVISING_ORG = PartyRole.SUPERVISING_ORG.value
_ROLE_SUPPORT_ORG = PartyRole.SUPPORT_ORG.value
_ROLE_SENDING_ORG = PartyRole.SENDING_ORG.value
_ROLE_BROKER = PartyRole.BROKER.value
_ROLE_LAWYER = PartyRole.LAWYER.value
_ROLE_NGO = PartyRole.NGO.value
_ROLE_AUTHORITY = PartyRole.AUTHORITY.value
_ACTION = EntryKind.ACTION.value
_CONSULTATION = EntryKind.CONSULTATION.value
_RISKY = frozenset(
    {"harassment", "document_retention", "recruitment_debt", "overstay", "pregnancy"}
)


@dataclass(frozen=True)
class _Money:
    month: int
    wage: int
    rent: int
    fee: int


@dataclass(frozen=True)
class _Employer:
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


class _Generator:
    """Holds the random source, the shared pools and caches for one ``generate`` call."""

    def __init__(self, seed: int, today: date, with_evidence: bool) -> None:
        self.rng = Random(seed)
        self.rnd: _Rnd = self.rng.random
        self.today = today
        self.today_ord = today.toordinal()
        self.with_evidence = with_evidence
        self._iso: dict[int, str] = {}
        esd = 1.0 if today >= ESD_START else 0.0
        self.status_by_profile = {
            name: _Weighted([
                (s, w * esd if s is ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT else w)
                for s, w in pairs
            ])
            for name, pairs in _STATUS_PROFILES.items()
        }  # fmt: skip
        self.stems = list(_STEMS)
        self.rng.shuffle(self.stems)
        self.supervising = [self._org(_SUPERVISING_PATTERNS, i) for i in range(12)]
        self.support = [self._org(_SUPPORT_PATTERNS, 12 + i) for i in range(8)]
        self.employers = [self._employer(i) for i in range(40)]
        self.employer_pick = _Weighted([(e, e.popularity) for e in self.employers])
        self.interpreters = {
            c.language: tuple(self._name(c)[0].title() for _ in range(3)) for c in COUNTRIES
        }

    # -- primitives ----------------------------------------------------------------------------
    def iso(self, ordinal: int) -> str:
        """ISO date for a proleptic ordinal, cached."""
        text = self._iso.get(ordinal)
        if text is None:
            text = self._iso[ordinal] = date.fromordinal(ordinal).isoformat()
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
            f"{pref}{city}{_one(rnd, _TOWNS)}{1 + int(rnd() * 5)}丁目"
            f"{1 + int(rnd() * 30)}-{1 + int(rnd() * 20)}"
        )
        if building:
            room = (1 + int(rnd() * 4)) * 100 + 1 + int(rnd() * 8)
            name = f"{_one(rnd, _BUILDINGS)}{_one(rnd, self.stems)}{_one(rnd, _BUILDING_SUFFIX)}"
            text += f" {name} {room}号室"
        return text

    def landline(self, area_code: str) -> str:
        """A Japanese fixed-line number in the area."""
        local = self.digits(10 - len(area_code))
        split = 6 - len(area_code)  # 03-1234-5678, 052-123-4567, 0565-12-3456
        return f"{area_code}-{local[:split]}-{local[split:]}"

    def _org(self, patterns: Sequence[str], index: int) -> dict[str, object]:
        area = _one(self.rnd, _AREAS)
        stem = self.stems[index % len(self.stems)]
        return {
            "name": _one(self.rnd, patterns).format(s=stem),
            "corporate_number": self.corporate_number(),
            "address": self.address(area, building=False),
            "contact": f"担当: {_one(self.rnd, _JA_SURNAMES)}様 {self.landline(area[2])}",
        }

    def _employer(self, index: int) -> _Employer:
        rnd = self.rnd
        industry = _INDUSTRY.pick(rnd)
        names, places = _INDUSTRIES[industry].names, _INDUSTRIES[industry].establishments
        area = _one(rnd, _AREAS)
        stem = self.stems[(20 + index) % len(self.stems)]
        city = area[1].removesuffix("市") if area[1].endswith("市") else area[1][:2]
        count = 1 + int(rnd() * min(3, len(places)))
        start = int(rnd() * len(places))
        establishments = tuple(
            places[(start + k) % len(places)].format(s=stem, c=city) for k in range(count)
        )
        return _Employer(
            name=_one(rnd, names).format(s=stem),
            corporate_number=self.corporate_number(),
            address=self.address(area, building=False),
            industry=industry,
            establishments=establishments,
            contact=f"総務 {_one(rnd, _JA_SURNAMES)}様 {self.landline(area[2])}",
            area=area,
            supervising=int(rnd() * len(self.supervising)),
            support=int(rnd() * len(self.support)),
            popularity=1.0 / (1 + index) ** 0.6,  # a few employers come up again and again
        )

    def _name(self, country: DemoCountry) -> tuple[str, str, str | None, str, str]:
        """(passport name, katakana, native or None, gender code letter, passport given name)."""
        rnd = self.rnd
        given = _one(rnd, country.given)
        low, high, chance = country.family_parts
        count = high if rnd() < chance else low
        families: list[NamePart] = []
        while len(families) < count:
            part = _one(rnd, country.family)
            if part not in families:
                families.append(part)
        parts: list[NamePart] = [given[:3], *families]
        if country.family_first:
            parts = [*families, given[:3]]
        latin = " ".join(p[0] for p in parts)
        kana = "・".join(p[1] for p in parts)
        native: str | None = country.native_sep.join(p[2] for p in parts)
        if native == latin:
            native = None
        return latin, kana, native, given[3], given[0]

    # -- one case ------------------------------------------------------------------------------
    def case(self) -> DemoCase:
        """The next synthetic case."""
        rnd = self.rnd
        today_ord = self.today_ord
        country = _COUNTRY.pick(rnd)
        latin, kana, native, sex, given_latin = self._name(country)
        full_name = latin.upper() if rnd() < 0.7 else latin
        status = self.status_by_profile[country.profile].pick(rnd)
        employer = self.employer_pick.pick(rnd)
        has_employer = status in _INTERN_STATUSES or status in _SSW_STATUSES or rnd() < 0.6

        # when
        case_status = _CASE_STATUS.pick(rnd)
        closed = case_status is CaseStatus.CLOSED
        if closed:
            age = 20 + int(rnd() * 1075)
            duration = min(age, 1 + int(rnd() * rnd() * 300))
        else:
            age = int(rnd() * 540)
            duration = age
        opened = today_ord - age
        end = opened + duration

        # worker
        worker = self._worker(country, full_name, kana, native, sex, given_latin, status, employer)

        # topics
        topics: list[dict[str, object]] = []
        seen: list[str] = []
        for _ in range(1 + int(rnd() * rnd() * 3)):
            category, subs = _TOPIC.pick(rnd)
            sub = _one(rnd, subs) if subs else ""
            if sub in seen:
                continue
            seen.append(sub)
            topic: dict[str, object] = {"category": category}
            if sub:
                topic["subtopic"] = sub
            topic["status"] = "closed" if closed or rnd() < 0.15 else "open"
            topics.append(topic)
        if status is ResidenceStatus.NONE_OVERSTAY and "overstay" not in seen and rnd() < 0.6:
            seen.append("overstay")
            topics.append({"category": Topic.RESIDENCE.value, "subtopic": "overstay",
                           "status": "open"})  # fmt: skip

        # parties
        parties: list[dict[str, object]] = []
        if has_employer:
            party: dict[str, object] = {
                "name": employer.name,
                "role": _ROLE_EMPLOYER,
                "corporate_number": employer.corporate_number,
                "address": employer.address,
                "industry": employer.industry,
                "establishment": _one(rnd, employer.establishments),
                "contact": employer.contact,
            }
            if status is ResidenceStatus.NONE_OVERSTAY:
                party["note"] = "元の勤務先"
            parties.append(party)
        org_name = employer.name if has_employer else "勤務先"
        if status in _INTERN_STATUSES and rnd() < 0.9:
            org = dict(self.supervising[employer.supervising])
            org["role"] = _ROLE_SUPERVISING_ORG
            parties.append(org)
            org_name = str(org["name"])
        elif status in _SSW_STATUSES and rnd() < 0.7:
            org = dict(self.support[employer.support])
            org["role"] = _ROLE_SUPPORT_ORG
            parties.append(org)
            org_name = str(org["name"])
        intern_or_ssw = status in _INTERN_STATUSES or status in _SSW_STATUSES
        if intern_or_ssw and country.sending_orgs and rnd() < 0.4:
            parties.append({
                "name": _one(rnd, country.sending_orgs),
                "role": _ROLE_SENDING_ORG,
                "note": f"来日前に手数料 約{country.fee_usd:,}米ドルを支払い",
            })  # fmt: skip
        if rnd() < 0.08:
            parties.append({
                "name": _one(rnd, _BROKERS),
                "role": _ROLE_BROKER,
                "note": "仲介料を現金で支払ったと本人が説明。領収書なし。",
            })  # fmt: skip
        lawyer = _one(rnd, _LAWYERS) if rnd() < 0.12 else None
        if lawyer:
            parties.append({"name": lawyer, "role": _ROLE_LAWYER,
                            "contact": self.landline("03")})  # fmt: skip
        ngo = _one(rnd, _NGOS) if rnd() < 0.10 else None
        if ngo:
            parties.append({"name": ngo, "role": _ROLE_NGO})
        office = f"{employer.area[3]}労働基準監督署"
        if has_employer and rnd() < 0.12:
            parties.append({
                "name": office,
                "role": _ROLE_AUTHORITY,
                "address": f"{employer.area[0]}{employer.area[1]}",
                "contact": f"監督課 {self.landline(employer.area[2])}",
            })  # fmt: skip

        # text context for templates
        money = _Money(
            month=1 + int(rnd() * 12),
            wage=850 + 10 * int(rnd() * 20),
            rent=15000 + 1000 * int(rnd() * 26),
            fee=5000 + 1000 * int(rnd() * 26),
        )
        ctx: dict[str, object] = {
            "month": money.month,
            "hours": 40 + 5 * int(rnd() * 17),
            "wage": money.wage,
            "rent": money.rent,
            "fee": money.fee,
            "debt": 50 + int(rnd() * 100),
            "usd": f"{country.fee_usd + 100 * int(rnd() * 20):,}",
            "arrears": 10 + int(rnd() * 90),
            "employer": employer.name if has_employer else "勤務先",
            "org": org_name,
            "office": office,
            "lawyer": lawyer or "提携弁護士",
            "ngo": ngo or "支援団体",
            "lang": LANGUAGE_NAMES_JA[country.language],
            "lang_en": _LANGUAGE_NAMES_EN[country.language],
        }
        for topic in topics:
            if rnd() < 0.8:
                topic["note"] = _one(rnd, _SHORT[str(topic.get("subtopic", ""))]).format_map(ctx)

        # case
        assignee = _one(rnd, COUNSELORS)
        first_sub = str(topics[0].get("subtopic", ""))
        case: dict[str, object] = {
            "status": case_status.value,
            "summary": _one(rnd, _SHORT[first_sub]).format_map(ctx),
            "assignee": assignee,
            "opened_on": self.iso(opened),
        }
        if closed:
            case["outcome"] = _OUTCOME.pick(rnd)
            case["closed_on"] = self.iso(end)
        flags: list[str] = []
        risky = not _RISKY.isdisjoint(seen)
        if rnd() < (0.25 if risky else 0.06):
            flags.append("urgent")
        if rnd() < (0.2 if risky else 0.03):
            flags.append("safety_follow_up")
        case["flags"] = flags

        categories = list(dict.fromkeys(str(t["category"]) for t in topics))
        timeline = self._timeline(country, seen, categories, opened, end, assignee, ctx)
        tasks = self._tasks(case_status, worker, opened, end, assignee, lawyer)
        consents = self._consents(case, opened, end, employer.name, lawyer, ngo, has_employer)
        # Evidence has a random source of its own, drawn whether or not evidence is wanted, so
        # that ``with_evidence=False`` gives the very same cases, only without files.
        evidence: list[DemoEvidence] = []
        if rnd() < 0.25:
            evidence_rnd = Random(int(rnd() * 2**53)).random
            if self.with_evidence:
                for _ in range(1 + (evidence_rnd() < 0.4)):
                    evidence.append(
                        self._evidence(evidence_rnd, latin, opened, end, assignee, employer, money)
                    )
        return DemoCase(case, worker, parties, topics, timeline, tasks, consents, evidence)

    def _worker(
        self,
        country: DemoCountry,
        full_name: str,
        kana: str,
        native: str | None,
        sex: str,
        given_latin: str,
        status: ResidenceStatus,
        employer: _Employer,
    ) -> dict[str, object]:
        rnd = self.rnd
        today_ord = self.today_ord
        languages = [country.language]
        if country.code == "PH" or rnd() < 0.12:
            languages.append("en")
        if rnd() < 0.4:
            languages.append("ja")
        gender = Gender.FEMALE if sex == "f" else Gender.MALE
        if rnd() < 0.02:
            gender = Gender.UNKNOWN
        age_years = 19 + int(rnd() * rnd() * 30)
        born = today_ord - int(age_years * 365.25) - int(rnd() * 365)
        handle = given_latin.split()[-1].lower().replace("-", "")
        line_id: str | None = None
        if rnd() < 0.7:
            line_id = f"{handle}{_one(rnd, ('', '_', '.'))}{self.digits(4)}"
        email: str | None = None
        if rnd() < 0.3:
            domain = _one(rnd, ("example.com", "example.net", "example.org", "example.jp"))
            email = f"{handle}{self.digits(3)}@{domain}"
        area = employer.area if rnd() < 0.8 else _one(rnd, _AREAS)
        expiry: str | None = None
        if status is not ResidenceStatus.PERMANENT_RESIDENT:
            r = rnd()
            if status is ResidenceStatus.NONE_OVERSTAY or r < 0.08:
                offset = -1 - int(rnd() * 400)
            elif r < 0.23:
                offset = int(rnd() * 31)
            else:
                offset = 31 + int(rnd() * 1050)
            expiry = self.iso(today_ord + offset)
        card: str | None = None
        if rnd() < 0.85:
            letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            card = (
                f"{_one(rnd, letters)}{_one(rnd, letters)}{self.digits(8)}"
                f"{_one(rnd, letters)}{_one(rnd, letters)}"
            )
        return {
            "full_name": full_name,
            "name_katakana": kana,
            "name_native": native,
            "nationality": country.code,
            "languages": languages,
            "date_of_birth": self.iso(born),
            "gender": gender.value,
            "phone": f"0{_one(rnd, '789')}0-{self.digits(4)}-{self.digits(4)}",
            "line_id": line_id,
            "email": email,
            "address": self.address(area, building=True),
            "residence_status": status.value,
            "residence_expiry": expiry,
            "residence_card_number": card,
        }

    def _timeline(
        self,
        country: DemoCountry,
        subtopics: list[str],
        categories: list[str],
        opened: int,
        end: int,
        assignee: str,
        ctx: dict[str, object],
    ) -> list[dict[str, object]]:
        # The hot loop of the generator: weighted picks and lookups are inlined.
        rnd = self.rnd
        span = end - opened
        count = 4 + int(rnd() * 21)
        if span < 10:
            count = min(count, 2 + 2 * span)
        # A slot is day * 120 + a 5-minute step of the office day; the first is on opening day.
        # One random number serves several decisions where its parts are independent enough.
        base = opened * 120
        steps = (span + 1) * 120
        slots = [base + int(rnd() * 120)]
        slots += [base + int(rnd() * steps) for _ in range(count - 1)]
        slots.sort()
        own = country.language
        interpreters = self.interpreters[own]
        n_interpreters = len(interpreters)
        follow_ups = _FOLLOW_UP + _FOLLOW_UP_LABOUR if _LABOUR in categories else _FOLLOW_UP
        actions: tuple[str, ...] = _ACTIONS
        for category in categories:
            actions += _ACTIONS_BY_TOPIC[category]
        n_follow, n_actions, n_subs = len(follow_ups), len(actions), len(subtopics)
        a_items, a_cum, a_total = _ACTION_CHANNEL.table()
        c_items, c_cum, c_total = _CONSULT_CHANNEL.table()
        m_items, m_cum, m_total = _MINUTES.table()
        iso_cache = self._iso
        times = _TIMES
        counselors = COUNSELORS
        entries: list[dict[str, object]] = []
        first = True
        for slot in slots:
            day = slot // 120
            r = rnd()
            if first or r >= 0.9:
                sub = subtopics[0] if first else subtopics[int((r - 0.9) * 10 * n_subs)]
                notes = _CONSULT[sub]
                note = notes[int(rnd() * len(notes))]
                first = False
                action = False
            elif r < 0.5:
                note = actions[int(r * 2 * n_actions)]
                action = True
            else:
                note = follow_ups[int((r - 0.5) * 2.5 * n_follow)]
                action = False
            r = rnd()
            interpreter = None
            if action:
                kind = _ACTION
                channel = a_items[bisect(a_cum, rnd() * a_total)]
                language = "ja" if r < 0.8 else own
                if r >= 0.9:
                    interpreter = interpreters[int((r - 0.9) * 10 * n_interpreters)]
            else:
                kind = _CONSULTATION
                channel = c_items[bisect(c_cum, rnd() * c_total)]
                language = own if r < 0.6 else "ja" if r < 0.9 else "en"
                if r < 0.3:
                    interpreter = interpreters[int(r / 0.3 * n_interpreters)]
            if language == "ja" or language == "en":
                interpreter = None
            c = rnd()
            entries.append({
                "occurred_at": (iso_cache.get(day) or self.iso(day)) + times[slot - day * 120],
                "kind": kind,
                "channel": channel,
                "language": language,
                "interpreter": interpreter,
                "counselor": assignee if c < 0.7 else counselors[int((c - 0.7) * 26.6)],
                "minutes": m_items[bisect(m_cum, rnd() * m_total)],
                "note": note.format_map(ctx) if "{" in note else note,
            })  # fmt: skip
        return entries

    def _tasks(
        self,
        case_status: CaseStatus,
        worker: dict[str, object],
        opened: int,
        end: int,
        assignee: str,
        lawyer: str | None,
    ) -> list[dict[str, object]]:
        rnd = self.rnd
        today_ord = self.today_ord
        closed = case_status is CaseStatus.CLOSED
        tasks: list[dict[str, object]] = []
        expiry = worker["residence_expiry"]
        if isinstance(expiry, str) and not closed:
            left = date.fromisoformat(expiry).toordinal() - today_ord
            if -30 <= left <= 120 and rnd() < 0.8:
                tasks.append({
                    "title": "在留期間の満了日（更新・変更申請の確認）",
                    "kind": TaskKind.RESIDENCE_EXPIRY.value,
                    "due_on": expiry,
                    "assignee": assignee,
                    "done": False,
                    "note": "本人・会社に更新書類の準備状況を確認する",
                })  # fmt: skip
        if lawyer and rnd() < 0.6:
            due = max(opened, end - int(rnd() * 20)) if closed else today_ord + 10 + int(rnd() * 50)
            tasks.append({
                "title": "ADR期日（東京弁護士会 紛争解決センター）",
                "kind": TaskKind.ADR_SESSION.value,
                "due_on": self.iso(due),
                "assignee": assignee,
                "done": closed,
                "note": "通訳手配済み" if rnd() < 0.5 else "申立書・甲号証の写し3部を準備",
            })  # fmt: skip
        for _ in range(int(rnd() * 3)):
            if len(tasks) >= 3:
                break
            last = end if closed else max(opened, today_ord - int(rnd() * 10))
            due = last + int(rnd() * 21)
            if closed:
                due = min(due - 10, end)
            title, kind = _one(rnd, (
                ("本人へ状況確認の電話", TaskKind.FOLLOW_UP),
                ("会社からの回答を確認", TaskKind.FOLLOW_UP),
                ("Follow-up call with the worker", TaskKind.FOLLOW_UP),
                ("労基署への申告書類の提出", TaskKind.DEADLINE),
                ("給与明細・勤怠記録の受け取り", TaskKind.OTHER),
            ))  # fmt: skip
            if any(t["title"] == title for t in tasks):
                continue
            tasks.append({
                "title": title,
                "kind": kind.value,
                "due_on": self.iso(due),
                "assignee": assignee,
                "done": closed or (due < today_ord and rnd() < 0.7),
            })  # fmt: skip
        return tasks

    def _consents(
        self,
        case: dict[str, object],
        opened: int,
        end: int,
        employer: str,
        lawyer: str | None,
        ngo: str | None,
        has_employer: bool,
    ) -> list[dict[str, object]]:
        rnd = self.rnd
        withdrawn_case = case.get("outcome") == Outcome.WITHDRAWN.value and rnd() < 0.5
        consents: list[dict[str, object]] = [{
            "purpose": ConsentPurpose.CASE_HANDLING.value,
            "recipient": "相談窓口",
            "scope": "相談記録の作成と、相談対応に必要な範囲での利用",
            "method": _CONSENT_METHOD.pick(rnd),
            "given_on": self.iso(opened),
            "withdrawn_on": self.iso(end) if withdrawn_case else None,
            "note": None,
        }]  # fmt: skip
        recipient = lawyer or ngo
        if recipient and rnd() < 0.85:
            purpose, scope = ConsentPurpose.REFERRAL, "氏名・連絡先・相談内容の要約"
        elif has_employer and rnd() < 0.15:
            purpose, scope = ConsentPurpose.COMPANY_FEEDBACK, "個人が特定されない形での改善要望のみ"
            recipient = employer
        else:
            return consents
        given = opened + int(rnd() * (end - opened + 1))
        withdrawn = None
        if rnd() < 0.1 and given < self.today_ord:
            withdrawn = self.iso(given + int(rnd() * (self.today_ord - given + 1)))
        consents.append({
            "purpose": purpose.value,
            "recipient": recipient,
            "scope": scope,
            "method": _CONSENT_METHOD.pick(rnd),
            "given_on": self.iso(given),
            "withdrawn_on": withdrawn,
            "note": "本人の希望により連絡は通訳同席で行う" if rnd() < 0.3 else None,
        })  # fmt: skip
        return consents

    def _evidence(
        self,
        rnd: _Rnd,
        latin: str,
        opened: int,
        end: int,
        counselor: str,
        employer: _Employer,
        money: _Money,
    ) -> DemoEvidence:
        day = opened + int(rnd() * (end - opened + 1))
        iso = self.iso(day)
        stamp = iso.replace("-", "")
        captured_at = f"{iso}T{9 + int(rnd() * 10):02d}:{5 * int(rnd() * 12):02d}+09:00"
        kind = int(rnd() * 4)
        if kind == 0:
            top = (int(rnd() * 256), int(rnd() * 256), int(rnd() * 256))
            bottom = (int(rnd() * 160), int(rnd() * 120), int(rnd() * 80))
            content = make_png(64, 48, top, bottom, 20 + int(rnd() * 16))
            return DemoEvidence(f"dormitory_{stamp}.png", "image/png", content, {
                "title": "寮の室内写真",
                "captured_by": counselor,
                "captured_at": captured_at,
                "source": _one(rnd, ("worker's phone (LINE)", "taken at dormitory visit")),
                "note": "6人部屋。エアコン故障、窓の鍵が壊れている。",
            })  # fmt: skip
        if kind == 1:
            year, month = int(iso[:4]), int(iso[5:7]) - 1
            if month == 0:
                year, month = year - 1, 12
            base = 150000 + 1000 * int(rnd() * 60)
            overtime = 1000 * int(rnd() * 30)
            rent, fee = money.rent, money.fee
            utilities = 3000 + 500 * int(rnd() * 10)
            insurance = int(base * 0.145)
            net = base + overtime - rent - fee - utilities - insurance
            text = (
                f"給与明細,{year}年{month}月分\n氏名,{latin}\n勤務先,{employer.name}\n"
                f"項目,金額（円）\n基本給,{base}\n残業手当,{overtime}\n寮費,-{rent}\n"
                f"管理費,-{fee}\n水道光熱費,-{utilities}\n社会保険料,-{insurance}\n"
                f"差引支給額,{net}\n"
            )
            sources = ("scanned at desk", "worker's phone (LINE)", "email from worker")
            payslip = ("\ufeff" + text).encode("utf-8")  # with a BOM, as Excel expects
            return DemoEvidence(f"payslip_{year}_{month:02d}.csv", "text/csv", payslip, {
                "title": f"給与明細（{month}月分）",
                "captured_by": counselor,
                "captured_at": captured_at,
                "source": _one(rnd, sources),
                "note": "管理費の控除あり。残業時間の記載なし。",
            })  # fmt: skip
        if kind == 2:
            slash = iso.replace("-", "/")
            text = (
                f"[LINE] {employer.name} 担当者とのトーク履歴\n保存日時：{slash} 21:40\n\n"
                f"{slash}\n20:58\t担当者\t明日も6時から出勤。休みはなし\n"
                f"21:03\t{latin.split()[0].title()}\t残業代はいつ払いますか\n"
                "21:10\t担当者\t文句を言うなら国に帰ってもらう\n"
                "21:12\t担当者\tパスポートは会社が預かる。心配しないで\n"
            )
            return DemoEvidence(f"LINE_chat_{stamp}.txt", "text/plain", text.encode("utf-8"), {
                "title": "会社担当者とのLINEのやり取り",
                "captured_by": counselor,
                "captured_at": captured_at,
                "source": "worker's phone (LINE export)",
                "note": "帰国を示唆する発言あり",
            })  # fmt: skip
        content = make_pdf((
            "NOTICE OF WORKING CONDITIONS (COPY)",
            f"Employer: corporate number {employer.corporate_number}",
            f"Worker: {latin}",
            f"Industry: {employer.industry}",
            f"Hourly wage: JPY {money.wage}",
            "Working hours: 8:00-17:00, overtime as required",
            f"Date: {iso}",
        ))  # fmt: skip
        return DemoEvidence(f"working_conditions_{stamp}.pdf", "application/pdf", content, {
            "title": "労働条件通知書（写し）",
            "captured_by": counselor,
            "captured_at": captured_at,
            "source": "scanned at desk",
            "note": "来日前の説明と賃金額が異なる",
        })  # fmt: skip


def generate(
    n_cases: int, *, seed: int = 0, today: date, with_evidence: bool = True
) -> Iterator[DemoCase]:
    """Yield ``n_cases`` synthetic cases, the same ones for the same ``seed`` and ``today``.

    Dates are spread around ``today``: cases opened up to three years before it,
    residence expiries from a year past to three years ahead (some within 30 days).
    About a quarter of the cases carry one or two small evidence files unless
    ``with_evidence`` is false.  ``generate(n)`` is a prefix of ``generate(n + k)``.
    """
    if n_cases < 0:
        raise ValueError("n_cases cannot be negative")
    gen = _Generator(seed, today, with_evidence)
    for _ in range(n_cases):
        yield gen.case()
