"""An error from the core as one sentence in the interface language.

docs/errors.md: the core's ``str(error)`` is English; the UI looks a translated
template up by ``error.code`` and fills it from ``error.params`` (never parsing the
English).  Codes without a template here are shown in the core's English sentence.
Parameters that are codes (a consent purpose) are shown with their labels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.errors import MadoguchiError
from ui import labels
from ui.syncing.error_texts import SYNC_TEMPLATES

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


def _where(params: dict[str, object]) -> str:
    row, column = params["row"], params.get("column")
    if column:
        return QCoreApplication.translate("Errors", "Row {0}, column “{1}”").format(row, column)
    return QCoreApplication.translate("Errors", "Row {0}").format(row)


def _import_row(params: dict[str, object]) -> str:
    # The value checks' own sentence (problem) stays in English: it names the field and
    # the value, and has no code of its own.
    return QCoreApplication.translate("Errors", "{0}: {1}.").format(
        _where(params), params["problem"]
    )


def _import_row_fixed(text: str) -> Callable[[dict[str, object]], str]:
    def message(params: dict[str, object]) -> str:
        return QCoreApplication.translate("Errors", "{0}: {1}.").format(_where(params), text)

    return message


_IMPORT_ROW_TEXTS = {
    "import.row.empty_name": QT_TRANSLATE_NOOP("Errors", "the worker's name is empty"),
    "import.row.excel_error": QT_TRANSLATE_NOOP(
        "Errors", "the cell holds an Excel error (#N/A, #REF! …); fix the formula"
    ),
    "import.row.unknown_column": QT_TRANSLATE_NOOP(
        "Errors", "this column is not one Madoguchi knows; rename or remove it (docs/import.md)"
    ),
    "import.row.duplicate_column": QT_TRANSLATE_NOOP("Errors", "this column appears twice"),
    "import.row.missing_column": QT_TRANSLATE_NOOP(
        "Errors", "this required column is missing from the header row"
    ),
    "import.row.unnamed_column": QT_TRANSLATE_NOOP(
        "Errors", "a value is in a column without a name in the header row"
    ),
    "import.row.field_count": QT_TRANSLATE_NOOP(
        "Errors", "the row has a different number of fields than the header row"
    ),
}


def _import_template(code: str) -> Callable[[dict[str, object]], str]:
    def message(params: dict[str, object]) -> str:
        text = QCoreApplication.translate("Errors", str(_IMPORT_ROW_TEXTS[code]))
        return _import_row_fixed(text)(params)

    return message


_TEMPLATES = {
    "import.row": _import_row,
    **{code: _import_template(code) for code in _IMPORT_ROW_TEXTS},
    "consent.missing": _consent_missing,
    "consent.missing.method": _consent_method,
    **SYNC_TEMPLATES,
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
