"""An error from the core as one sentence in the interface language.

docs/errors.md: the core's ``str(error)`` is English; the UI looks a translated
template up by ``error.code`` and fills it from ``error.params`` (never parsing the
English).  Codes without a template here are shown in the core's English sentence.
Parameters that are codes (a consent purpose) are shown with their labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.errors import MadoguchiError
from ui import labels

__all__ = ["user_message"]


def _consent_missing(params: dict[str, object]) -> str:
    purpose = labels.consent_purpose(str(params.get("purpose") or ""))
    recipient = str(params.get("recipient") or "")
    if recipient:
        return QCoreApplication.translate(
            "Errors",
            "No valid consent for “{0}” to {1} is recorded on this case; record the "
            "worker's consent (purpose: {0}, recipient: {1}) in the Consent tab first.",
        ).format(purpose, recipient)
    return QCoreApplication.translate(
        "Errors",
        "No valid consent for “{0}” is recorded on this case; record the worker's "
        "consent (purpose: {0}) in the Consent tab first.",
    ).format(purpose)


def _consent_method(params: dict[str, object]) -> str:
    return QCoreApplication.translate(
        "Errors",
        "The referral consent for {0} does not record how it was given; record the "
        "method (written, oral or electronic) in the Consent tab first.",
    ).format(str(params.get("recipient") or ""))


_TEMPLATES = {
    "consent.missing": _consent_missing,
    "consent.missing.method": _consent_method,
}


def user_message(error: MadoguchiError) -> str:
    """The sentence to show for ``error``: translated by code where a template exists."""
    template = _TEMPLATES.get(error.code)
    if template is None:
        return str(error)
    try:
        return template(dict(error.params))
    except (KeyError, IndexError, ValueError):  # a template never hides the error itself
        return str(error)
