"""Field names and field values as people read them, in the interface language.

The core stores field names (``occurred_at``) and codes (``in_progress``, ``VN``,
``vi``); the History tab, the audit viewer and the printed case summary show
them through here, so one table of names serves every screen.  Code values reuse
the label tables the case tabs already use (ui/labels.py, ui/document_labels.py)
and country and language names come from CLDR (ui/places.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ui import document_labels, labels
from ui.places import country_name, language_name

__all__ = ["field_name", "format_date", "format_datetime", "value_text"]


def field_name(name: str) -> str:
    """The translated name of a record field; an unknown field is shown as stored."""
    return {
        "ref": QCoreApplication.translate("Fields", "Reference"),
        "terms": QCoreApplication.translate("Fields", "Employment terms"),
        "records": QCoreApplication.translate("Fields", "Work records"),
        "payslips": QCoreApplication.translate("Fields", "Payslips"),
        "status": QCoreApplication.translate("Fields", "Status"),
        "outcome": QCoreApplication.translate("Fields", "Outcome"),
        "summary": QCoreApplication.translate("Fields", "Summary"),
        "assignee": QCoreApplication.translate("Fields", "Assignee"),
        "opened_on": QCoreApplication.translate("Fields", "Opened on"),
        "closed_on": QCoreApplication.translate("Fields", "Closed on"),
        "flags": QCoreApplication.translate("Fields", "Flags"),
        "full_name": QCoreApplication.translate("Fields", "Name"),
        "name_katakana": QCoreApplication.translate("Fields", "Name in katakana"),
        "name_native": QCoreApplication.translate("Fields", "Name in native script"),
        "nationality": QCoreApplication.translate("Fields", "Nationality"),
        "languages": QCoreApplication.translate("Fields", "Languages"),
        "date_of_birth": QCoreApplication.translate("Fields", "Date of birth"),
        "gender": QCoreApplication.translate("Fields", "Gender"),
        "phone": QCoreApplication.translate("Fields", "Phone"),
        "line_id": QCoreApplication.translate("Fields", "LINE ID"),
        "email": QCoreApplication.translate("Fields", "Email"),
        "address": QCoreApplication.translate("Fields", "Address"),
        "residence_status": QCoreApplication.translate("Fields", "Residence status"),
        "residence_expiry": QCoreApplication.translate("Fields", "Residence expiry"),
        "residence_card_number": QCoreApplication.translate("Fields", "Residence card number"),
        "name": QCoreApplication.translate("Fields", "Name"),
        "role": QCoreApplication.translate("Fields", "Role"),
        "corporate_number": QCoreApplication.translate("Fields", "Corporate number"),
        "industry": QCoreApplication.translate("Fields", "Industry"),
        "establishment": QCoreApplication.translate("Fields", "Establishment"),
        "contact": QCoreApplication.translate("Fields", "Contact"),
        "note": QCoreApplication.translate("Fields", "Note"),
        "category": QCoreApplication.translate("Fields", "Topic"),
        "subtopic": QCoreApplication.translate("Fields", "Subtopic"),
        "occurred_at": QCoreApplication.translate("Fields", "Date and time"),
        "kind": QCoreApplication.translate("Fields", "Kind"),
        "channel": QCoreApplication.translate("Fields", "Channel"),
        "language": QCoreApplication.translate("Fields", "Language"),
        "interpreter": QCoreApplication.translate("Fields", "Interpreter"),
        "counselor": QCoreApplication.translate("Fields", "Counselor"),
        "minutes": QCoreApplication.translate("Fields", "Minutes"),
        "corrects": QCoreApplication.translate("Fields", "Corrects"),
        "title": QCoreApplication.translate("Fields", "Title"),
        "due_on": QCoreApplication.translate("Fields", "Due on"),
        "done": QCoreApplication.translate("Fields", "Done"),
        "referral": QCoreApplication.translate("Fields", "Referral"),
        "purpose": QCoreApplication.translate("Fields", "Purpose"),
        "recipient": QCoreApplication.translate("Fields", "Recipient"),
        "scope": QCoreApplication.translate("Fields", "Scope"),
        "method": QCoreApplication.translate("Fields", "Method"),
        "given_on": QCoreApplication.translate("Fields", "Given on"),
        "withdrawn_on": QCoreApplication.translate("Fields", "Withdrawn on"),
        "filename": QCoreApplication.translate("Fields", "File name"),
        "media_type": QCoreApplication.translate("Fields", "File type"),
        "size": QCoreApplication.translate("Fields", "Size"),
        "sha256": QCoreApplication.translate("Fields", "SHA-256"),
        "captured_by": QCoreApplication.translate("Fields", "Captured by"),
        "captured_at": QCoreApplication.translate("Fields", "Captured at"),
        "source": QCoreApplication.translate("Fields", "Source"),
        "blob_id": QCoreApplication.translate("Fields", "Stored file"),
        "questionnaire_id": QCoreApplication.translate("Fields", "Questionnaire"),
        "questionnaire_version": QCoreApplication.translate("Fields", "Questionnaire version"),
        "mode": QCoreApplication.translate("Fields", "Mode"),
        "answered_on": QCoreApplication.translate("Fields", "Answered on"),
        "event": QCoreApplication.translate("Fields", "Event"),
        "employer": QCoreApplication.translate("Fields", "Employer"),
        "answers": QCoreApplication.translate("Fields", "Answers"),
        "levels": QCoreApplication.translate("Fields", "Indicator levels"),
        "risk": QCoreApplication.translate("Fields", "Risk"),
        "next_steps": QCoreApplication.translate("Fields", "Next steps"),
        "consent_company_feedback": QCoreApplication.translate(
            "Fields", "Consent to feedback to the company"
        ),
        "contact_requested": QCoreApplication.translate("Fields", "Contact requested"),
        "reference": QCoreApplication.translate("Fields", "Letter reference"),
        "recipient_type": QCoreApplication.translate("Fields", "Recipient type"),
        "facts": QCoreApplication.translate("Fields", "Facts disclosed"),
        "evidence": QCoreApplication.translate("Fields", "Evidence"),
        "requested_action": QCoreApplication.translate("Fields", "Requested action"),
        "sent_on": QCoreApplication.translate("Fields", "Sent on"),
        "follow_up_on": QCoreApplication.translate("Fields", "Follow up on"),
        "letter_sha256": QCoreApplication.translate("Fields", "Letter SHA-256"),
        "packet_sha256": QCoreApplication.translate("Fields", "Packet SHA-256"),
        "forum": QCoreApplication.translate("Fields", "Forum"),
        "respondents": QCoreApplication.translate("Fields", "Respondents"),
        "agent": QCoreApplication.translate("Fields", "Agent"),
        "relief_sought": QCoreApplication.translate("Fields", "Relief sought"),
        "grounds": QCoreApplication.translate("Fields", "Grounds"),
        "chronology": QCoreApplication.translate("Fields", "Chronology"),
        "amount_claimed": QCoreApplication.translate("Fields", "Amount claimed"),
        "extra_mediators": QCoreApplication.translate("Fields", "Extra mediators"),
        "referred_from_consultation": QCoreApplication.translate(
            "Fields", "Referred from a consultation"
        ),
        "publication": QCoreApplication.translate("Fields", "Publication"),
        "filed_on": QCoreApplication.translate("Fields", "Filed on"),
        "matter": QCoreApplication.translate("Fields", "ADR matter"),
        "number": QCoreApplication.translate("Fields", "Exhibit number"),
        "branch": QCoreApplication.translate("Fields", "Branch number"),
        "evidence_id": QCoreApplication.translate("Fields", "Evidence file"),
        "original_or_copy": QCoreApplication.translate("Fields", "Original or copy"),
        "made_on": QCoreApplication.translate("Fields", "Made on"),
        "author": QCoreApplication.translate("Fields", "Author"),
        "remarks": QCoreApplication.translate("Fields", "Remarks"),
        "translation_of": QCoreApplication.translate("Fields", "Translation of"),
        "photographer": QCoreApplication.translate("Fields", "Photographer"),
        "subject": QCoreApplication.translate("Fields", "Subject"),
        "taken_at": QCoreApplication.translate("Fields", "Taken at"),
        "place": QCoreApplication.translate("Fields", "Place"),
    }.get(name, name)


def _japanese() -> bool:
    return QLocale().language() == QLocale.Language.Japanese


def format_date(value: object) -> str:
    """An ISO date as the interface writes dates: 2025/04/01 in Japanese, else ISO.

    English here means English in Japan, not the US: QLocale's English short format
    (4/1/25) reads month-first and would be misread, so English keeps 2025-04-01.
    """
    text = str(value or "")
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return text
    if not _japanese():
        return day.isoformat()
    qdate = QDate(day.year, day.month, day.day)
    return QLocale().toString(qdate, QLocale.FormatType.ShortFormat)


def format_datetime(value: object) -> str:
    """An ISO date-time in this computer's local time, in the interface's short format."""
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value or "")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return format_date(text) if len(text) == 10 else text
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # the counselor's clock, like the rest of the desk
    if not _japanese():
        return moment.strftime("%Y-%m-%d %H:%M")
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def _yes_no(value: object) -> str:
    if value:
        return QCoreApplication.translate("CaseTab", "Yes")
    return QCoreApplication.translate("CaseTab", "No")


def _linked(value: object) -> str:
    """Internal record ids mean nothing to a reader: say that a link exists."""
    if isinstance(value, (list, tuple)):
        return QCoreApplication.translate("Fields", "linked records: {0}").format(len(value))
    return QCoreApplication.translate("Fields", "linked record") if value else ""


def _amount(value: object) -> str:
    try:
        return QCoreApplication.translate("Fields", "{0} yen").format(
            QLocale().toString(int(str(value)))
        )
    except ValueError:
        return str(value)


def _minutes(value: object) -> str:
    try:
        return QCoreApplication.translate("Fields", "{0} min").format(int(str(value)))
    except ValueError:
        return str(value)


def _size(value: object) -> str:
    try:
        return QLocale().formattedDataSize(int(str(value)))
    except ValueError:
        return str(value)


def _hash(value: object) -> str:
    text = str(value or "")
    return text[:12] + "…" if len(text) > 12 else text


def _count(value: object) -> str:
    if isinstance(value, Mapping | list | tuple):
        return QCoreApplication.translate("Fields", "items: {0}").format(len(value))
    return str(value)


def _csv_rows(value: object) -> str:
    """Wage records and payslips are stored as CSV text: its header and first cells read as
    English words, so the history says how many rows it holds."""
    lines = [line for line in str(value).splitlines() if line.strip()]
    return QCoreApplication.translate("Fields", "rows: {0}").format(max(len(lines) - 1, 0))


def _mode(code: str) -> str:
    return {
        "assisted": QCoreApplication.translate("Fields", "Assisted"),
        "kiosk": QCoreApplication.translate("Fields", "Kiosk"),
        "anonymous": QCoreApplication.translate("Fields", "Anonymous"),
    }.get(code, code)


# How one value of a field becomes text.  Fields whose code list depends on the record
# kind (``status``, ``kind``) are looked up by (entity, field) first.
_BY_ENTITY: dict[tuple[str, str], Callable[[str], str]] = {
    ("case", "status"): labels.status,
    ("topic", "status"): labels.status,
    ("referral", "status"): document_labels.referral_status,
    ("adr", "status"): document_labels.adr_status,
    ("timeline", "kind"): labels.entry_kind,
    ("task", "kind"): labels.task_kind,
    ("exhibit", "kind"): document_labels.exhibit_kind,
    ("consent", "purpose"): labels.consent_purpose,
}
_CODES: dict[str, Callable[[str], str]] = {
    "outcome": labels.outcome,
    "gender": labels.gender,
    "residence_status": labels.residence_status,
    "role": labels.role,
    "category": labels.topic,
    "subtopic": labels.subtopic,
    "channel": labels.channel,
    "method": labels.consent_method,
    "recipient_type": document_labels.recipient_type,
    "publication": document_labels.publication,
    "original_or_copy": document_labels.original_or_copy,
    "facts": document_labels.fact,
    "nationality": country_name,
    "languages": language_name,
    "language": language_name,
    "mode": _mode,
}
_WHOLE: dict[str, Callable[[object], str]] = {
    "minutes": _minutes,
    "amount_claimed": _amount,
    "size": _size,
    "corrects": _linked,
    "referral": _linked,
    "matter": _linked,
    "evidence": _linked,
    "evidence_id": _linked,
    "translation_of": _linked,
    "respondents": _linked,  # party record ids: the history showed them raw
    "agent": _linked,
    "blob_id": _linked,
    "answers": _count,
    "levels": _count,
    "sha256": _hash,
    "letter_sha256": _hash,
    "packet_sha256": _hash,
}
_DATES = frozenset(
    {"opened_on", "closed_on", "date_of_birth", "residence_expiry", "due_on", "given_on",
     "withdrawn_on", "answered_on", "sent_on", "follow_up_on", "filed_on", "made_on"}
)  # fmt: skip
_DATETIMES = frozenset({"occurred_at", "captured_at", "taken_at"})


# Whole values read by (entity, field): the same field name means other things elsewhere.
_WHOLE_BY_ENTITY: dict[tuple[str, str], Callable[[object], str]] = {
    ("wages", "records"): _csv_rows,
    ("wages", "payslips"): _csv_rows,
}


def value_text(entity: str, name: str, value: Any) -> str:
    """One field's value as text in the interface language: labels, names, local dates."""
    if value is None or value == "":
        return ""
    if (entity, name) in _WHOLE_BY_ENTITY:
        return _WHOLE_BY_ENTITY[(entity, name)](value)
    if isinstance(value, bool):
        return _yes_no(value)
    if name in _WHOLE:
        return _WHOLE[name](value)
    if name in _DATES:
        return format_date(value)
    if name in _DATETIMES:
        return format_datetime(value)
    label = _BY_ENTITY.get((entity, name)) or _CODES.get(name)
    if isinstance(value, (list, tuple)):
        return ", ".join(label(str(v)) if label else str(v) for v in value)
    if isinstance(value, Mapping):
        return _count(value)
    return label(str(value)) if label else str(value)
