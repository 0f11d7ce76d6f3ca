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

This module draws the cast of one call (organisations, employers, interpreters) and each
case's parties and topics; the parts live beside it: :mod:`~desktop.cases.demo_draw` (the
random source and its primitives), :mod:`~desktop.cases.demo_vocabulary` (word lists and
weights), :mod:`~desktop.cases.demo_records` (worker, timeline, tasks, consents) and
:mod:`~desktop.cases.demo_evidence` (the files).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from random import Random

from desktop.cases import demo_records as records
from desktop.cases.demo_choice import Weighted, one_of
from desktop.cases.demo_draw import DemoDraw, Employer, Money, corporate_check_digit
from desktop.cases.demo_evidence import DemoEvidence, evidence_file, make_pdf, make_png
from desktop.cases.demo_tables import DemoCountry, NamePart
from desktop.cases.demo_vocabulary import (
    AREAS,
    BROKERS,
    CASE_STATUS,
    COUNSELORS,
    COUNTRIES,
    COUNTRY,
    ESD_START,
    INDUSTRIES,
    INDUSTRY,
    INTERN_STATUSES,
    JA_SURNAMES,
    LANGUAGE_NAMES_EN,
    LANGUAGE_NAMES_JA,
    LAWYERS,
    NGOS,
    OUTCOME,
    RISKY,
    ROLE_AUTHORITY,
    ROLE_BROKER,
    ROLE_EMPLOYER,
    ROLE_LAWYER,
    ROLE_NGO,
    ROLE_SENDING_ORG,
    ROLE_SUPERVISING_ORG,
    ROLE_SUPPORT_ORG,
    SHORT,
    SSW_STATUSES,
    STATUS_PROFILES,
    SUPERVISING_PATTERNS,
    SUPPORT_PATTERNS,
    TOPIC,
)
from desktop.cases.model import CaseStatus, ResidenceStatus, Topic

# The generator's public face: the evidence builders and check digit are re-exported so
# callers keep one import for everything demo (tests, desktop.documents.demo).
__all__ = [
    "COUNSELORS",
    "DemoCase",
    "DemoEvidence",
    "corporate_check_digit",
    "generate",
    "make_pdf",
    "make_png",
]


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


class _Generator(DemoDraw):
    """The draw of one ``generate`` call plus the cast its cases share."""

    def __init__(self, seed: int, today: date, with_evidence: bool) -> None:
        # DemoDraw shuffles the stems first: the cast below draws after it, as it always did.
        super().__init__(seed, today)
        self.with_evidence = with_evidence
        esd = 1.0 if today >= ESD_START else 0.0
        self.status_by_profile = {
            name: Weighted([
                (s, w * esd if s is ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT else w)
                for s, w in pairs
            ])
            for name, pairs in STATUS_PROFILES.items()
        }  # fmt: skip
        self.supervising = [self._org(SUPERVISING_PATTERNS, i) for i in range(12)]
        self.support = [self._org(SUPPORT_PATTERNS, 12 + i) for i in range(8)]
        self.employers = [self._employer(i) for i in range(40)]
        self.employer_pick = Weighted([(e, e.popularity) for e in self.employers])
        self.interpreters = {
            c.language: tuple(self._name(c)[0].title() for _ in range(3)) for c in COUNTRIES
        }

    def _org(self, patterns: Sequence[str], index: int) -> dict[str, object]:
        area = one_of(self.rnd, AREAS)
        stem = self.stems[index % len(self.stems)]
        return {
            "name": one_of(self.rnd, patterns).format(s=stem),
            "corporate_number": self.corporate_number(),
            "address": self.address(area, building=False),
            "contact": f"担当: {one_of(self.rnd, JA_SURNAMES)}様 {self.landline(area[2])}",
        }

    def _employer(self, index: int) -> Employer:
        rnd = self.rnd
        industry = INDUSTRY.pick(rnd)
        names, places = INDUSTRIES[industry].names, INDUSTRIES[industry].establishments
        area = one_of(rnd, AREAS)
        stem = self.stems[(20 + index) % len(self.stems)]
        city = area[1].removesuffix("市") if area[1].endswith("市") else area[1][:2]
        count = 1 + int(rnd() * min(3, len(places)))
        start = int(rnd() * len(places))
        establishments = tuple(
            places[(start + k) % len(places)].format(s=stem, c=city) for k in range(count)
        )
        return Employer(
            name=one_of(rnd, names).format(s=stem),
            corporate_number=self.corporate_number(),
            address=self.address(area, building=False),
            industry=industry,
            establishments=establishments,
            contact=f"総務 {one_of(rnd, JA_SURNAMES)}様 {self.landline(area[2])}",
            area=area,
            supervising=int(rnd() * len(self.supervising)),
            support=int(rnd() * len(self.support)),
            popularity=1.0 / (1 + index) ** 0.6,  # a few employers come up again and again
        )

    def _name(self, country: DemoCountry) -> tuple[str, str, str | None, str, str]:
        """(passport name, katakana, native or None, gender code letter, passport given name)."""
        rnd = self.rnd
        given = one_of(rnd, country.given)
        low, high, chance = country.family_parts
        count = high if rnd() < chance else low
        families: list[NamePart] = []
        while len(families) < count:
            part = one_of(rnd, country.family)
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
        country = COUNTRY.pick(rnd)
        latin, kana, native, sex, given_latin = self._name(country)
        full_name = latin.upper() if rnd() < 0.7 else latin
        status = self.status_by_profile[country.profile].pick(rnd)
        employer = self.employer_pick.pick(rnd)
        has_employer = status in INTERN_STATUSES or status in SSW_STATUSES or rnd() < 0.6

        # when
        case_status = CASE_STATUS.pick(rnd)
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
        worker = records.worker(
            self, country, full_name, kana, native, sex, given_latin, status, employer
        )

        # topics
        topics: list[dict[str, object]] = []
        seen: list[str] = []
        for _ in range(1 + int(rnd() * rnd() * 3)):
            category, subs = TOPIC.pick(rnd)
            sub = one_of(rnd, subs) if subs else ""
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
                "role": ROLE_EMPLOYER,
                "corporate_number": employer.corporate_number,
                "address": employer.address,
                "industry": employer.industry,
                "establishment": one_of(rnd, employer.establishments),
                "contact": employer.contact,
            }
            if status is ResidenceStatus.NONE_OVERSTAY:
                party["note"] = "元の勤務先"
            parties.append(party)
        org_name = employer.name if has_employer else "勤務先"
        if status in INTERN_STATUSES and rnd() < 0.9:
            org = dict(self.supervising[employer.supervising])
            org["role"] = ROLE_SUPERVISING_ORG
            parties.append(org)
            org_name = str(org["name"])
        elif status in SSW_STATUSES and rnd() < 0.7:
            org = dict(self.support[employer.support])
            org["role"] = ROLE_SUPPORT_ORG
            parties.append(org)
            org_name = str(org["name"])
        intern_or_ssw = status in INTERN_STATUSES or status in SSW_STATUSES
        if intern_or_ssw and country.sending_orgs and rnd() < 0.4:
            parties.append({
                "name": one_of(rnd, country.sending_orgs),
                "role": ROLE_SENDING_ORG,
                "note": f"来日前に手数料 約{country.fee_usd:,}米ドルを支払い",
            })  # fmt: skip
        if rnd() < 0.08:
            parties.append({
                "name": one_of(rnd, BROKERS),
                "role": ROLE_BROKER,
                "note": "仲介料を現金で支払ったと本人が説明。領収書なし。",
            })  # fmt: skip
        lawyer = one_of(rnd, LAWYERS) if rnd() < 0.12 else None
        if lawyer:
            parties.append({"name": lawyer, "role": ROLE_LAWYER,
                            "contact": self.landline("03")})  # fmt: skip
        ngo = one_of(rnd, NGOS) if rnd() < 0.10 else None
        if ngo:
            parties.append({"name": ngo, "role": ROLE_NGO})
        office = f"{employer.area[3]}労働基準監督署"
        if has_employer and rnd() < 0.12:
            parties.append({
                "name": office,
                "role": ROLE_AUTHORITY,
                "address": f"{employer.area[0]}{employer.area[1]}",
                "contact": f"監督課 {self.landline(employer.area[2])}",
            })  # fmt: skip

        # text context for templates
        money = Money(
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
            "lang_en": LANGUAGE_NAMES_EN[country.language],
        }
        for topic in topics:
            if rnd() < 0.8:
                topic["note"] = one_of(rnd, SHORT[str(topic.get("subtopic", ""))]).format_map(ctx)

        # case
        assignee = one_of(rnd, COUNSELORS)
        first_sub = str(topics[0].get("subtopic", ""))
        case: dict[str, object] = {
            "status": case_status.value,
            "summary": one_of(rnd, SHORT[first_sub]).format_map(ctx),
            "assignee": assignee,
            "opened_on": self.iso(opened),
        }
        if closed:
            case["outcome"] = OUTCOME.pick(rnd)
            case["closed_on"] = self.iso(end)
        flags: list[str] = []
        risky = not RISKY.isdisjoint(seen)
        if rnd() < (0.25 if risky else 0.06):
            flags.append("urgent")
        if rnd() < (0.2 if risky else 0.03):
            flags.append("safety_follow_up")
        case["flags"] = flags

        categories = list(dict.fromkeys(str(t["category"]) for t in topics))
        timeline = records.timeline(
            self,
            country,
            self.interpreters[country.language],
            seen,
            categories,
            opened,
            end,
            assignee,
            ctx,
        )
        tasks = records.tasks(self, case_status, worker, opened, end, assignee, lawyer)
        consents = records.consents(
            self, case, opened, end, employer.name, lawyer, ngo, has_employer
        )
        # Evidence has a random source of its own, drawn whether or not evidence is wanted, so
        # that ``with_evidence=False`` gives the very same cases, only without files.
        evidence: list[DemoEvidence] = []
        if rnd() < 0.25:
            evidence_rnd = Random(int(rnd() * 2**53)).random
            if self.with_evidence:
                for _ in range(1 + (evidence_rnd() < 0.4)):
                    evidence.append(
                        evidence_file(
                            self, evidence_rnd, latin, opened, end, assignee, employer, money
                        )
                    )
        return DemoCase(case, worker, parties, topics, timeline, tasks, consents, evidence)


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
