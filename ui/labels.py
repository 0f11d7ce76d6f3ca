"""Translated names for the core's code lists (status, topic, role …).

The core stores codes; people read these labels.  Each label is a literal
``QCoreApplication.translate("Labels", …)`` call so that lupdate extracts it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "waiting": QCoreApplication.translate("Labels", "Waiting"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }.get(code, code)


def outcome(code: str) -> str:
    return {
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "partially_resolved": QCoreApplication.translate("Labels", "Partially resolved"),
        "referred": QCoreApplication.translate("Labels", "Referred"),
        "unresolved": QCoreApplication.translate("Labels", "Unresolved"),
        "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
        "lost_contact": QCoreApplication.translate("Labels", "Lost contact"),
    }.get(code, code)


def topic(code: str) -> str:
    return {
        "labour": QCoreApplication.translate("Labels", "Labour"),
        "daily_life": QCoreApplication.translate("Labels", "Daily life"),
        "medical_welfare": QCoreApplication.translate("Labels", "Medical and welfare"),
        "residence": QCoreApplication.translate("Labels", "Residence status"),
        "tax_social_insurance": QCoreApplication.translate("Labels", "Tax and social insurance"),
        "education": QCoreApplication.translate("Labels", "Education"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(code, code)


def role(code: str) -> str:
    return {
        "employer": QCoreApplication.translate("Labels", "Employer"),
        "supervising_org": QCoreApplication.translate("Labels", "Supervising organisation"),
        "support_org": QCoreApplication.translate("Labels", "Registered support organisation"),
        "sending_org": QCoreApplication.translate("Labels", "Sending organisation"),
        "broker": QCoreApplication.translate("Labels", "Broker"),
        "lawyer": QCoreApplication.translate("Labels", "Lawyer"),
        "ngo": QCoreApplication.translate("Labels", "NGO"),
        "authority": QCoreApplication.translate("Labels", "Authority"),
    }.get(code, code)


def channel(code: str) -> str:
    return {
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "walk_in": QCoreApplication.translate("Labels", "Walk-in"),
        "line": QCoreApplication.translate("Labels", "LINE"),
        "sns": QCoreApplication.translate("Labels", "SNS"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "online": QCoreApplication.translate("Labels", "Online meeting"),
        "letter": QCoreApplication.translate("Labels", "Letter"),
    }.get(code, code)


def residence_status(code: str) -> str:
    return {
        "technical_intern_1": QCoreApplication.translate("Labels", "Technical Intern Training (i)"),
        "technical_intern_2": QCoreApplication.translate(
            "Labels", "Technical Intern Training (ii)"
        ),
        "technical_intern_3": QCoreApplication.translate(
            "Labels", "Technical Intern Training (iii)"
        ),
        "employment_skill_development": QCoreApplication.translate(
            "Labels", "Employment for Skill Development"
        ),
        "specified_skilled_1": QCoreApplication.translate("Labels", "Specified Skilled Worker (i)"),
        "specified_skilled_2": QCoreApplication.translate(
            "Labels", "Specified Skilled Worker (ii)"
        ),
        "engineer_humanities": QCoreApplication.translate(
            "Labels", "Engineer/Specialist in Humanities/International Services"
        ),
        "student": QCoreApplication.translate("Labels", "Student"),
        "designated_activities": QCoreApplication.translate("Labels", "Designated Activities"),
        "permanent_resident": QCoreApplication.translate("Labels", "Permanent Resident"),
        "long_term_resident": QCoreApplication.translate("Labels", "Long-term Resident"),
        "spouse": QCoreApplication.translate("Labels", "Spouse or child"),
        "temporary_visitor": QCoreApplication.translate("Labels", "Temporary Visitor"),
        "none_overstay": QCoreApplication.translate("Labels", "None / overstay"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(code, code)


def consent_purpose(code: str) -> str:
    return {
        "case_handling": QCoreApplication.translate("Labels", "Handling the case"),
        "referral": QCoreApplication.translate("Labels", "Referral"),
        "company_feedback": QCoreApplication.translate("Labels", "Feedback to the company"),
        "adr": QCoreApplication.translate("Labels", "ADR"),
        "research": QCoreApplication.translate("Labels", "Research"),
        "data_sharing": QCoreApplication.translate("Labels", "Data sharing"),
        "labour_complaint": QCoreApplication.translate(
            "Labels", "Complaint to the labour standards office"
        ),
    }.get(code, code)


def task_kind(code: str) -> str:
    return {
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "residence_expiry": QCoreApplication.translate("Labels", "Residence expiry"),
        "adr_session": QCoreApplication.translate("Labels", "ADR session"),
        "deadline": QCoreApplication.translate("Labels", "Deadline"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(code, code)


def gender(code: str) -> str:
    return {
        "female": QCoreApplication.translate("Labels", "Female"),
        "male": QCoreApplication.translate("Labels", "Male"),
        "other": QCoreApplication.translate("Labels", "Other"),
        "unknown": QCoreApplication.translate("Labels", "Not stated"),
    }.get(code, code)


def entry_kind(code: str) -> str:
    return {
        "consultation": QCoreApplication.translate("Labels", "Consultation"),
        "action": QCoreApplication.translate("Labels", "Action"),
        "correction": QCoreApplication.translate("Labels", "Correction"),
        "demand_letter": QCoreApplication.translate("Labels", "Demand letter (催告) sent"),
    }.get(code, code)


def consent_method(code: str) -> str:
    return {
        "written": QCoreApplication.translate("Labels", "Written"),
        "oral": QCoreApplication.translate("Labels", "Oral"),
        "electronic": QCoreApplication.translate("Labels", "Electronic"),
    }.get(code, code)


def entity(code: str) -> str:
    return {
        "case": QCoreApplication.translate("Labels", "Case"),
        "worker": QCoreApplication.translate("Labels", "Worker"),
        "party": QCoreApplication.translate("Labels", "Person or organisation"),
        "topic": QCoreApplication.translate("Labels", "Topic"),
        "timeline": QCoreApplication.translate("Labels", "Timeline entry"),
        "task": QCoreApplication.translate("Labels", "Task"),
        "consent": QCoreApplication.translate("Labels", "Consent"),
        "evidence": QCoreApplication.translate("Labels", "Evidence"),
        "safety": QCoreApplication.translate("Labels", "Safety self-check"),
        "referral": QCoreApplication.translate("Labels", "Referral"),
        "adr": QCoreApplication.translate("Labels", "ADR matter"),
        "exhibit": QCoreApplication.translate("Labels", "ADR exhibit"),
        "wages": QCoreApplication.translate("Labels", "Wage records"),
    }.get(code, code)


def change_kind(code: str) -> str:
    return {
        "put": QCoreApplication.translate("Labels", "Changed"),
        "delete": QCoreApplication.translate("Labels", "Removed"),
    }.get(code, code)


def duplicate_reason(code: str) -> str:
    return {
        "residence_card": QCoreApplication.translate("Labels", "same residence card"),
        "phone": QCoreApplication.translate("Labels", "same phone"),
        "name": QCoreApplication.translate("Labels", "similar name"),
    }.get(code, code)


def subtopic(code: str) -> str:
    return {
        "unpaid_wages": QCoreApplication.translate("Labels", "Unpaid wages"),
        "overtime": QCoreApplication.translate("Labels", "Overtime"),
        "dismissal": QCoreApplication.translate("Labels", "Dismissal"),
        "harassment": QCoreApplication.translate("Labels", "Harassment"),
        "workplace_injury": QCoreApplication.translate("Labels", "Workplace injury"),
        "document_retention": QCoreApplication.translate(
            "Labels", "Passport or documents kept by others"
        ),
        "deductions": QCoreApplication.translate("Labels", "Deductions from pay"),
        "contract_mismatch": QCoreApplication.translate("Labels", "Contract differs from reality"),
        "job_change": QCoreApplication.translate("Labels", "Changing jobs"),
        "recruitment_debt": QCoreApplication.translate("Labels", "Recruitment debt"),
        "housing": QCoreApplication.translate("Labels", "Housing"),
        "banking": QCoreApplication.translate("Labels", "Banking"),
        "mobile_phone": QCoreApplication.translate("Labels", "Mobile phone"),
        "transport": QCoreApplication.translate("Labels", "Transport"),
        "family": QCoreApplication.translate("Labels", "Family"),
        "illness": QCoreApplication.translate("Labels", "Illness"),
        "pregnancy": QCoreApplication.translate("Labels", "Pregnancy"),
        "mental_health": QCoreApplication.translate("Labels", "Mental health"),
        "insurance_claim": QCoreApplication.translate("Labels", "Insurance claim"),
        "renewal": QCoreApplication.translate("Labels", "Renewal"),
        "change_of_status": QCoreApplication.translate("Labels", "Change of status"),
        "overstay": QCoreApplication.translate("Labels", "Overstay"),
        "missing_documents": QCoreApplication.translate("Labels", "Missing documents"),
        "pension_refund": QCoreApplication.translate("Labels", "Pension lump-sum refund"),
        "tax_return": QCoreApplication.translate("Labels", "Tax return"),
        "health_insurance": QCoreApplication.translate("Labels", "Health insurance"),
        "japanese_class": QCoreApplication.translate("Labels", "Japanese class"),
        "school_enrolment": QCoreApplication.translate("Labels", "School enrolment"),
    }.get(code, code)
