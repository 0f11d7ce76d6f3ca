"""What the demo generator draws from: the word lists in ``resources/demo/`` and the weights
tied to the case vocabulary (the enums of :mod:`desktop.cases.model`), kept next to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from desktop.cases.demo_choice import Weighted
from desktop.cases.demo_tables import DemoCountry, load_demo_tables
from desktop.cases.model import (
    SUBTOPICS,
    CaseStatus,
    Channel,
    ConsentMethod,
    EntryKind,
    Outcome,
    PartyRole,
    ResidenceStatus,
    Topic,
)

# -- word lists (resources/demo/) --------------------------------------------------------------

_TABLES = load_demo_tables()
COUNTRIES: tuple[DemoCountry, ...] = _TABLES.countries
COUNTRY = Weighted([(c, c.weight) for c in COUNTRIES])
LANGUAGE_NAMES_JA: Mapping[str, str] = _TABLES.language_names_ja
LANGUAGE_NAMES_EN = _TABLES.language_names_en
COUNSELORS: tuple[str, ...] = _TABLES.counselors
JA_SURNAMES = _TABLES.japanese_surnames
AREAS = _TABLES.areas
TOWNS = _TABLES.towns
BUILDINGS = _TABLES.buildings
BUILDING_SUFFIX = _TABLES.building_suffixes
STEMS = _TABLES.stems
INDUSTRIES = _TABLES.industries
INDUSTRY = Weighted([(name, spec.weight) for name, spec in INDUSTRIES.items()])
SUPERVISING_PATTERNS = _TABLES.supervising_patterns
SUPPORT_PATTERNS = _TABLES.support_patterns
LAWYERS = _TABLES.lawyers
NGOS = _TABLES.ngos
BROKERS = _TABLES.brokers
SHORT = _TABLES.short  # one-liners: the case summary and topic notes
CONSULT = _TABLES.consultation  # what the worker says at a consultation, per sub-topic
FOLLOW_UP = _TABLES.follow_up  # follow-up messages from the worker, any case
FOLLOW_UP_LABOUR = _TABLES.follow_up_labour  # ... and labour cases only
ACTIONS = _TABLES.actions  # what counselors did, any case
ACTIONS_BY_TOPIC = _TABLES.actions_by_topic  # ... and per topic category of the case

# -- codes and weights -------------------------------------------------------------------------

STATUS_PROFILES: dict[str, tuple[tuple[ResidenceStatus, float], ...]] = {
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
INTERN_STATUSES = frozenset({
    ResidenceStatus.TECHNICAL_INTERN_1, ResidenceStatus.TECHNICAL_INTERN_2,
    ResidenceStatus.TECHNICAL_INTERN_3, ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT,
})  # fmt: skip
SSW_STATUSES = frozenset({ResidenceStatus.SPECIFIED_SKILLED_1, ResidenceStatus.SPECIFIED_SKILLED_2})
# The Employment for Skill Development system (育成就労) starts on this day.
ESD_START = date(2027, 4, 1)

CASE_STATUS = Weighted([
    (CaseStatus.OPEN, 18), (CaseStatus.IN_PROGRESS, 30), (CaseStatus.WAITING, 14),
    (CaseStatus.CLOSED, 38),
])  # fmt: skip
OUTCOME = Weighted([
    (Outcome.RESOLVED.value, 40), (Outcome.PARTIALLY_RESOLVED.value, 18),
    (Outcome.REFERRED.value, 16), (Outcome.UNRESOLVED.value, 8), (Outcome.WITHDRAWN.value, 8),
    (Outcome.LOST_CONTACT.value, 10),
])  # fmt: skip
TOPIC_WEIGHTS = {
    Topic.LABOUR: 37, Topic.DAILY_LIFE: 31, Topic.MEDICAL_WELFARE: 12, Topic.RESIDENCE: 11,
    Topic.TAX_SOCIAL_INSURANCE: 6, Topic.EDUCATION: 3, Topic.OTHER: 1,
}  # fmt: skip
TOPIC = Weighted([((t.value, SUBTOPICS[t]), w) for t, w in TOPIC_WEIGHTS.items()])
CONSULT_CHANNEL = Weighted([
    (Channel.PHONE.value, 30), (Channel.LINE.value, 28), (Channel.WALK_IN.value, 14),
    (Channel.SNS.value, 8), (Channel.EMAIL.value, 6), (Channel.ONLINE.value, 7),
    (Channel.VISIT.value, 5), (Channel.LETTER.value, 2),
])  # fmt: skip
ACTION_CHANNEL = Weighted([
    (Channel.PHONE.value, 40), (Channel.VISIT.value, 18), (Channel.EMAIL.value, 14),
    (Channel.LINE.value, 14), (Channel.LETTER.value, 6), (Channel.ONLINE.value, 8),
])  # fmt: skip
MINUTES = Weighted([
    (5, 8), (10, 14), (15, 16), (20, 12), (30, 18), (45, 10), (60, 12), (90, 6), (120, 4),
])  # fmt: skip
CONSENT_METHOD = Weighted([
    (ConsentMethod.ORAL.value, 45), (ConsentMethod.WRITTEN.value, 35),
    (ConsentMethod.ELECTRONIC.value, 20),
])  # fmt: skip

# 9:00 to 18:55 in 5-minute steps, as the time part of an ISO datetime in Japan.
TIMES = tuple(f"T{m // 60:02d}:{m % 60:02d}+09:00" for m in range(540, 1140, 5))

# -- values used as they are stored -------------------------------------------------------------

LABOUR = Topic.LABOUR.value
ROLE_EMPLOYER = PartyRole.EMPLOYER.value
ROLE_SUPERVISING_ORG = PartyRole.SUPERVISING_ORG.value
ROLE_SUPPORT_ORG = PartyRole.SUPPORT_ORG.value
ROLE_SENDING_ORG = PartyRole.SENDING_ORG.value
ROLE_BROKER = PartyRole.BROKER.value
ROLE_LAWYER = PartyRole.LAWYER.value
ROLE_NGO = PartyRole.NGO.value
ROLE_AUTHORITY = PartyRole.AUTHORITY.value
ACTION = EntryKind.ACTION.value
CONSULTATION = EntryKind.CONSULTATION.value
RISKY = frozenset({"harassment", "document_retention", "recruitment_debt", "overstay", "pregnancy"})
