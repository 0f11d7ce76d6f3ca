"""Translated names for the core's code lists (status, topic, role …).

The core stores codes; people read these labels.  Each label goes through Qt's
translation, so the Japanese UI shows Japanese names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CTX = "Labels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status(code: str) -> str:
    return {
        "open": _t("Open"),
        "in_progress": _t("In progress"),
        "waiting": _t("Waiting"),
        "closed": _t("Closed"),
    }.get(code, code)


def outcome(code: str) -> str:
    return {
        "resolved": _t("Resolved"),
        "partially_resolved": _t("Partially resolved"),
        "referred": _t("Referred"),
        "unresolved": _t("Unresolved"),
        "withdrawn": _t("Withdrawn"),
        "lost_contact": _t("Lost contact"),
    }.get(code, code)


def topic(code: str) -> str:
    return {
        "labour": _t("Labour"),
        "daily_life": _t("Daily life"),
        "medical_welfare": _t("Medical and welfare"),
        "residence": _t("Residence status"),
        "tax_social_insurance": _t("Tax and social insurance"),
        "education": _t("Education"),
        "other": _t("Other"),
    }.get(code, code)


def role(code: str) -> str:
    return {
        "employer": _t("Employer"),
        "supervising_org": _t("Supervising organisation"),
        "support_org": _t("Registered support organisation"),
        "sending_org": _t("Sending organisation"),
        "broker": _t("Broker"),
        "lawyer": _t("Lawyer"),
        "ngo": _t("NGO"),
        "authority": _t("Authority"),
    }.get(code, code)


def channel(code: str) -> str:
    return {
        "phone": _t("Phone"),
        "walk_in": _t("Walk-in"),
        "line": _t("LINE"),
        "sns": _t("SNS"),
        "email": _t("Email"),
        "visit": _t("Visit"),
        "online": _t("Online meeting"),
        "letter": _t("Letter"),
    }.get(code, code)


def residence_status(code: str) -> str:
    return {
        "technical_intern_1": _t("Technical Intern Training (i)"),
        "technical_intern_2": _t("Technical Intern Training (ii)"),
        "technical_intern_3": _t("Technical Intern Training (iii)"),
        "employment_skill_development": _t("Employment for Skill Development"),
        "specified_skilled_1": _t("Specified Skilled Worker (i)"),
        "specified_skilled_2": _t("Specified Skilled Worker (ii)"),
        "engineer_humanities": _t("Engineer/Specialist in Humanities/International Services"),
        "student": _t("Student"),
        "designated_activities": _t("Designated Activities"),
        "permanent_resident": _t("Permanent Resident"),
        "long_term_resident": _t("Long-term Resident"),
        "spouse": _t("Spouse or child"),
        "temporary_visitor": _t("Temporary Visitor"),
        "none_overstay": _t("None / overstay"),
        "other": _t("Other"),
    }.get(code, code)


def consent_purpose(code: str) -> str:
    return {
        "case_handling": _t("Handling the case"),
        "referral": _t("Referral"),
        "company_feedback": _t("Feedback to the company"),
        "adr": _t("ADR"),
        "research": _t("Research"),
        "data_sharing": _t("Data sharing"),
    }.get(code, code)


def task_kind(code: str) -> str:
    return {
        "follow_up": _t("Follow-up"),
        "residence_expiry": _t("Residence expiry"),
        "adr_session": _t("ADR session"),
        "deadline": _t("Deadline"),
        "other": _t("Other"),
    }.get(code, code)


def gender(code: str) -> str:
    return {
        "female": _t("Female"),
        "male": _t("Male"),
        "other": _t("Other"),
        "unknown": _t("Not stated"),
    }.get(code, code)


def entry_kind(code: str) -> str:
    return {
        "consultation": _t("Consultation"),
        "action": _t("Action"),
        "correction": _t("Correction"),
    }.get(code, code)


def consent_method(code: str) -> str:
    return {
        "written": _t("Written"),
        "oral": _t("Oral"),
        "electronic": _t("Electronic"),
    }.get(code, code)


def entity(code: str) -> str:
    return {
        "case": _t("Case"),
        "worker": _t("Worker"),
        "party": _t("Person or organisation"),
        "topic": _t("Topic"),
        "timeline": _t("Timeline entry"),
        "task": _t("Task"),
        "consent": _t("Consent"),
        "evidence": _t("Evidence"),
    }.get(code, code)


def change_kind(code: str) -> str:
    return {"put": _t("Changed"), "delete": _t("Removed")}.get(code, code)


def duplicate_reason(code: str) -> str:
    return {
        "residence_card": _t("same residence card"),
        "phone": _t("same phone"),
        "name": _t("similar name"),
    }.get(code, code)


def subtopic(code: str) -> str:
    return {
        "unpaid_wages": _t("Unpaid wages"),
        "overtime": _t("Overtime"),
        "dismissal": _t("Dismissal"),
        "harassment": _t("Harassment"),
        "workplace_injury": _t("Workplace injury"),
        "document_retention": _t("Passport or documents kept by others"),
        "deductions": _t("Deductions from pay"),
        "contract_mismatch": _t("Contract differs from reality"),
        "job_change": _t("Changing jobs"),
        "recruitment_debt": _t("Recruitment debt"),
        "housing": _t("Housing"),
        "banking": _t("Banking"),
        "mobile_phone": _t("Mobile phone"),
        "transport": _t("Transport"),
        "family": _t("Family"),
        "illness": _t("Illness"),
        "pregnancy": _t("Pregnancy"),
        "mental_health": _t("Mental health"),
        "insurance_claim": _t("Insurance claim"),
        "renewal": _t("Renewal"),
        "change_of_status": _t("Change of status"),
        "overstay": _t("Overstay"),
        "missing_documents": _t("Missing documents"),
        "pension_refund": _t("Pension lump-sum refund"),
        "tax_return": _t("Tax return"),
        "health_insurance": _t("Health insurance"),
        "japanese_class": _t("Japanese class"),
        "school_enrolment": _t("School enrolment"),
    }.get(code, code)
