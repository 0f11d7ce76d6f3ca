"""The case vocabulary: entity kinds, their fields and the controlled code lists.

Codes are stable identifiers stored in ops; labels for people live in the UI's
translations, never here.  Adding a code is backwards compatible; renaming one
needs an op-schema migration.
"""

from __future__ import annotations

from enum import StrEnum


class Entity(StrEnum):
    """Kinds of record inside a case.  Each op targets one (entity, entity_id)."""

    CASE = "case"
    WORKER = "worker"
    PARTY = "party"  # an organisation around the case, with its role
    TOPIC = "topic"
    TIMELINE = "timeline"
    TASK = "task"
    CONSENT = "consent"
    EVIDENCE = "evidence"
    SAFETY = "safety"  # one scored Safety self-diagnosis (answers never reach search)
    REFERRAL = "referral"  # part of the case handed to another organisation, with follow-up
    ADR = "adr"  # an ADR matter (Tokyo Bar Association dispute resolution centre)
    EXHIBIT = "exhibit"  # one numbered exhibit (甲第N号証) of an ADR matter
    WAGES = "wages"  # the worker's wage terms, day records and payslips (one per case)


class CaseStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    CLOSED = "closed"


class Outcome(StrEnum):
    RESOLVED = "resolved"
    PARTIALLY_RESOLVED = "partially_resolved"
    REFERRED = "referred"
    UNRESOLVED = "unresolved"
    WITHDRAWN = "withdrawn"
    LOST_CONTACT = "lost_contact"


class Topic(StrEnum):
    LABOUR = "labour"
    DAILY_LIFE = "daily_life"
    MEDICAL_WELFARE = "medical_welfare"
    RESIDENCE = "residence"
    TAX_SOCIAL_INSURANCE = "tax_social_insurance"
    EDUCATION = "education"
    OTHER = "other"


SUBTOPICS: dict[Topic, tuple[str, ...]] = {
    Topic.LABOUR: (
        "unpaid_wages",
        "overtime",
        "dismissal",
        "harassment",
        "workplace_injury",
        "document_retention",
        "deductions",
        "contract_mismatch",
        "job_change",
        "recruitment_debt",
    ),
    Topic.DAILY_LIFE: ("housing", "banking", "mobile_phone", "transport", "family"),
    Topic.MEDICAL_WELFARE: ("illness", "pregnancy", "mental_health", "insurance_claim"),
    Topic.RESIDENCE: ("renewal", "change_of_status", "overstay", "missing_documents"),
    Topic.TAX_SOCIAL_INSURANCE: ("pension_refund", "tax_return", "health_insurance"),
    Topic.EDUCATION: ("japanese_class", "school_enrolment"),
    Topic.OTHER: (),
}


class PartyRole(StrEnum):
    EMPLOYER = "employer"
    SUPERVISING_ORG = "supervising_org"
    SUPPORT_ORG = "support_org"
    SENDING_ORG = "sending_org"
    BROKER = "broker"
    LAWYER = "lawyer"
    NGO = "ngo"
    AUTHORITY = "authority"


class ResidenceStatus(StrEnum):
    TECHNICAL_INTERN_1 = "technical_intern_1"
    TECHNICAL_INTERN_2 = "technical_intern_2"
    TECHNICAL_INTERN_3 = "technical_intern_3"
    EMPLOYMENT_SKILL_DEVELOPMENT = "employment_skill_development"
    SPECIFIED_SKILLED_1 = "specified_skilled_1"
    SPECIFIED_SKILLED_2 = "specified_skilled_2"
    ENGINEER_HUMANITIES = "engineer_humanities"
    STUDENT = "student"
    DESIGNATED_ACTIVITIES = "designated_activities"
    PERMANENT_RESIDENT = "permanent_resident"
    LONG_TERM_RESIDENT = "long_term_resident"
    SPOUSE = "spouse"
    TEMPORARY_VISITOR = "temporary_visitor"
    NONE_OVERSTAY = "none_overstay"
    OTHER = "other"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class Channel(StrEnum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    LINE = "line"
    SNS = "sns"
    EMAIL = "email"
    VISIT = "visit"
    ONLINE = "online"
    LETTER = "letter"


class EntryKind(StrEnum):
    CONSULTATION = "consultation"
    ACTION = "action"
    CORRECTION = "correction"
    DEMAND_LETTER = "demand_letter"  # 催告 sent: holds off the wage claims' limitation once


class TaskKind(StrEnum):
    FOLLOW_UP = "follow_up"
    RESIDENCE_EXPIRY = "residence_expiry"
    ADR_SESSION = "adr_session"
    DEADLINE = "deadline"
    OTHER = "other"


class ConsentPurpose(StrEnum):
    CASE_HANDLING = "case_handling"
    REFERRAL = "referral"
    COMPANY_FEEDBACK = "company_feedback"
    ADR = "adr"
    RESEARCH = "research"
    DATA_SHARING = "data_sharing"
    LABOUR_COMPLAINT = "labour_complaint"  # 労働基準監督署への申告 (労基法104条, 最賃法34条)


class SafetyMode(StrEnum):
    KIOSK = "kiosk"
    ASSISTED = "assisted"
    ANONYMOUS = "anonymous"


class RecipientType(StrEnum):
    """Kinds of organisation a referral letter can be addressed to (one template each)."""

    LAWYER = "lawyer"
    NGO = "ngo"  # NGO or shelter
    LABOUR_OFFICE = "labour_office"
    HOSPITAL = "hospital"
    EMBASSY = "embassy"
    GENERIC = "generic"


class ReferralStatus(StrEnum):
    """Follow-up of a referral: draft → sent → acknowledged → accepted/declined → completed."""

    DRAFT = "draft"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"


REFERRAL_NEXT: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.DRAFT: frozenset({ReferralStatus.SENT}),
    ReferralStatus.SENT: frozenset(
        {ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED}
    ),
    ReferralStatus.ACKNOWLEDGED: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.DECLINED}),
    ReferralStatus.ACCEPTED: frozenset({ReferralStatus.COMPLETED}),
    ReferralStatus.DECLINED: frozenset(),
    ReferralStatus.COMPLETED: frozenset(),
}

# Facts a referral letter may disclose.  Only the ones ticked go in; the
# sensitive ones are never ticked by default (least disclosure).
REFERRAL_FACTS: tuple[str, ...] = (
    "name",
    "nationality",
    "languages",
    "phone",
    "residence_status",
    "residence_expiry",
    "employer",
    "topics",
    "summary",
    "date_of_birth",
    "residence_card_number",
    "address",
    "health",
)
SENSITIVE_FACTS: frozenset[str] = frozenset(
    {"date_of_birth", "residence_card_number", "address", "health"}
)
DEFAULT_FACTS: tuple[str, ...] = ("name", "nationality", "languages", "topics", "summary")


class AdrStatus(StrEnum):
    PREPARING = "preparing"
    FILED = "filed"
    IN_SESSION = "in_session"
    SETTLED = "settled"
    CLOSED = "closed"


class Publication(StrEnum):
    """The applicant's choice on publishing anonymised case details for research."""

    ALLOW = "allow"
    REFUSE = "refuse"


class ExhibitKind(StrEnum):
    DOCUMENT = "document"
    PHOTO = "photo"
    TRANSLATION = "translation"  # a Japanese translation paired with its original


class OriginalOrCopy(StrEnum):
    ORIGINAL = "original"  # 原本
    COPY = "copy"  # 写し


class ConsentMethod(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"
    ELECTRONIC = "electronic"


# Fields each entity may carry, and which of them are text that full-text
# search indexes.  Sensitive fields (residence card number, address, birth
# date) are never indexed for text search.
FIELDS: dict[Entity, tuple[str, ...]] = {
    Entity.CASE: (
        "ref",
        "status",
        "outcome",
        "summary",
        "assignee",
        "opened_on",
        "closed_on",
        "flags",
    ),
    Entity.WORKER: (
        "full_name",
        "name_katakana",
        "name_native",
        "nationality",
        "languages",
        "date_of_birth",
        "gender",
        "phone",
        "line_id",
        "email",
        "address",
        "residence_status",
        "residence_expiry",
        "residence_card_number",
    ),
    Entity.PARTY: (
        "name",
        "role",
        "corporate_number",
        "address",
        "industry",
        "establishment",
        "contact",
        "note",
    ),
    Entity.TOPIC: ("category", "subtopic", "status", "note"),
    Entity.TIMELINE: (
        "occurred_at",
        "kind",
        "channel",
        "language",
        "interpreter",
        "counselor",
        "minutes",
        "note",
        "corrects",
    ),
    # "urgent" (absent in tasks written before it: read as not urgent) puts a task at the
    # top of My work, e.g. a worker who asked at the kiosk to be contacted.
    Entity.TASK: ("title", "kind", "due_on", "assignee", "done", "note", "referral", "urgent"),
    Entity.CONSENT: (
        "purpose",
        "recipient",
        "scope",
        "method",
        "given_on",
        "withdrawn_on",
        "note",
    ),
    Entity.EVIDENCE: (
        "title",
        "filename",
        "media_type",
        "size",
        "sha256",
        "captured_by",
        "captured_at",
        "source",
        "blob_id",
        "note",
    ),
    Entity.SAFETY: (
        "questionnaire_id",
        "questionnaire_version",
        "mode",
        "language",
        "answered_on",
        "event",
        "employer",
        "establishment",
        "answers",
        "levels",
        "risk",
        "next_steps",
        "consent_company_feedback",
        "contact_requested",
    ),
    Entity.REFERRAL: (
        "reference",
        "recipient_type",
        "recipient",
        "language",
        "status",
        "facts",
        "evidence",
        "summary",
        "requested_action",
        "sent_on",
        "follow_up_on",
        "letter_sha256",
        "packet_sha256",
        "note",
    ),
    Entity.ADR: (
        "title",
        "forum",
        "status",
        "respondents",
        "agent",
        "relief_sought",
        "grounds",
        "chronology",
        "amount_claimed",
        "extra_mediators",
        "referred_from_consultation",
        "publication",
        "filed_on",
        "note",
    ),
    Entity.EXHIBIT: (
        "matter",
        "number",
        "branch",
        "kind",
        "evidence_id",
        "title",
        "original_or_copy",
        "made_on",
        "author",
        "purpose",
        "remarks",
        "language",
        "translation_of",
        "photographer",
        "subject",
        "taken_at",
        "place",
    ),
    # The calculator's inputs as the formats of docs/wages.md: the terms as their JSON
    # mapping, records and payslips as CSV text, so one reader serves files and cases.
    Entity.WAGES: ("terms", "records", "payslips", "note"),
}

SEARCHABLE_FIELDS: dict[Entity, tuple[str, ...]] = {
    Entity.CASE: ("ref", "summary"),
    Entity.WORKER: ("full_name", "name_katakana", "name_native", "phone", "line_id", "email"),
    Entity.PARTY: ("name", "establishment", "note"),
    Entity.TOPIC: ("note",),
    Entity.TIMELINE: ("note",),
    Entity.TASK: ("title", "note"),
    Entity.CONSENT: ("recipient", "note"),
    Entity.EVIDENCE: ("title", "filename", "note"),
    # Safety answers are sensitive and must never reach the search index.
    Entity.SAFETY: (),
    Entity.REFERRAL: ("reference", "recipient", "note"),
    Entity.ADR: ("title", "note"),
    Entity.EXHIBIT: ("title",),
    Entity.WAGES: ("note",),
}

# Entities whose records are written once and never edited: corrections are new
# records.  Their ops can never conflict.
APPEND_ONLY: frozenset[Entity] = frozenset({Entity.TIMELINE})
