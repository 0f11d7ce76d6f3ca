"""Translated names for the document codes: recipients, referral and ADR states, exhibits, facts.

The core stores codes; people read these labels.  Each label is a literal
``QCoreApplication.translate("Labels", …)`` call so that lupdate extracts it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def recipient_type(code: str) -> str:
    return {
        "lawyer": QCoreApplication.translate("Labels", "Lawyer"),
        "ngo": QCoreApplication.translate("Labels", "NGO or shelter"),
        "labour_office": QCoreApplication.translate("Labels", "Labour standards office"),
        "hospital": QCoreApplication.translate("Labels", "Hospital"),
        "embassy": QCoreApplication.translate("Labels", "Embassy"),
        "generic": QCoreApplication.translate("Labels", "Other organisation"),
    }.get(code, code)


def referral_status(code: str) -> str:
    return {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "sent": QCoreApplication.translate("Labels", "Sent"),
        "acknowledged": QCoreApplication.translate("Labels", "Acknowledged"),
        "accepted": QCoreApplication.translate("Labels", "Accepted"),
        "declined": QCoreApplication.translate("Labels", "Declined"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
    }.get(code, code)


def fact(code: str) -> str:
    """What a referral letter may disclose about the worker."""
    return {
        "name": QCoreApplication.translate("Labels", "Name"),
        "nationality": QCoreApplication.translate("Labels", "Nationality"),
        "languages": QCoreApplication.translate("Labels", "Languages"),
        "phone": QCoreApplication.translate("Labels", "Phone number"),
        "residence_status": QCoreApplication.translate("Labels", "Residence status"),
        "residence_expiry": QCoreApplication.translate("Labels", "Residence expiry"),
        "employer": QCoreApplication.translate("Labels", "Employer"),
        "topics": QCoreApplication.translate("Labels", "Topics of the consultation"),
        "summary": QCoreApplication.translate("Labels", "Summary"),
        "date_of_birth": QCoreApplication.translate("Labels", "Date of birth"),
        "residence_card_number": QCoreApplication.translate("Labels", "Residence card number"),
        "address": QCoreApplication.translate("Labels", "Address"),
        "health": QCoreApplication.translate("Labels", "Health"),
    }.get(code, code)


def adr_status(code: str) -> str:
    return {
        "preparing": QCoreApplication.translate("Labels", "Preparing"),
        "filed": QCoreApplication.translate("Labels", "Filed"),
        "in_session": QCoreApplication.translate("Labels", "In session"),
        "settled": QCoreApplication.translate("Labels", "Settled"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }.get(code, code)


def publication(code: str) -> str:
    return {
        "allow": QCoreApplication.translate("Labels", "Allow anonymised publication"),
        "refuse": QCoreApplication.translate("Labels", "Refuse publication"),
    }.get(code, code)


def exhibit_kind(code: str) -> str:
    return {
        "document": QCoreApplication.translate("Labels", "Document"),
        "photo": QCoreApplication.translate("Labels", "Photo"),
        "translation": QCoreApplication.translate("Labels", "Translation"),
    }.get(code, code)


def original_or_copy(code: str) -> str:
    return {
        "original": QCoreApplication.translate("Labels", "Original"),
        "copy": QCoreApplication.translate("Labels", "Copy"),
    }.get(code, code)


def review_status(code: str) -> str:
    """How far a worker-facing language file was checked."""
    return {
        "reviewed": QCoreApplication.translate("Labels", "reviewed"),
        "machine-drafted": QCoreApplication.translate("Labels", "machine-drafted"),
    }.get(code, code)


def date_style(code: str) -> str:
    return {
        "western": QCoreApplication.translate("Labels", "Western (2025年4月1日)"),
        "japanese": QCoreApplication.translate("Labels", "Japanese era (令和7年4月1日)"),
    }.get(code, code)
