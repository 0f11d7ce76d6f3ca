"""An error from the core as one sentence in the interface language.

docs/errors.md: the core's ``str(error)`` is English; the UI looks a translated
template up by ``error.code`` and fills it from ``error.params`` (never parsing the
English).  The templates live in one module per area (ui/error_texts_*.py); this module
picks one, formats the params for people (paths as their file name, numbers in the
interface's locale, codes through the label tables) and fills it in.

A code without a template falls back to its parent code's (``vault.corrupt.file`` →
``vault.corrupt``), so a new specific code still reads in the interface language; only
then the core's English sentence is shown.  Codes that stand for several different
English sentences (``GENERIC`` in each area) keep the core's more precise sentence in an
English interface.  tests/ui/test_error_texts.py checks that every code has a template.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import PureWindowsPath
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.errors import MadoguchiError
from ui import (
    error_texts_documents,
    error_texts_import,
    error_texts_sync,
    error_texts_vault,
    labels,
)
from ui.device_key_texts import device_key_message

__all__ = ["has_template", "user_message"]

_TEMPLATES: dict[str, object] = {
    **error_texts_vault.TEMPLATES,
    **error_texts_documents.TEMPLATES,
    **error_texts_sync.TEMPLATES,
    **error_texts_import.TEMPLATES,
}
_GENERIC = (
    error_texts_vault.GENERIC
    | error_texts_documents.GENERIC
    | error_texts_sync.GENERIC
    | error_texts_import.GENERIC
)
# Params that name a file or folder: people read the name, not the whole path (which may
# also show a colleague's home folder on a shared screen).
_PATH_PARAMS = frozenset(
    {"path", "folder", "file", "source", "out_dir", "backup_dir", "source_name", "path_name",
     "database", "vault", "font_dir", "letters_dir"}
)  # fmt: skip


def _english() -> bool:
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def _file_name(value: object) -> str:
    text = str(value).rstrip("/\\")
    return PureWindowsPath(text).name or text  # splits on both / and \


def _number(value: int | float) -> str:
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)


def _target(value: object) -> str:
    return {
        "vault": QCoreApplication.translate("Errors", "the vault"),
        "file": QCoreApplication.translate("Errors", "the file"),
        "evidence": QCoreApplication.translate("Errors", "the evidence file"),
    }.get(str(value), str(value))


def _slot(value: object) -> str:
    return {
        "passphrase": QCoreApplication.translate("Errors", "passphrase"),
        "recovery": QCoreApplication.translate("Errors", "recovery key"),
        "device": QCoreApplication.translate("Errors", "this device's"),
    }.get(str(value), str(value))


def _host(value: object) -> str:
    return urlsplit(str(value)).hostname or str(value)


_FORMATTERS: dict[str, Callable[[object], str]] = {
    "target": _target,
    "slot": _slot,
    "entity": lambda value: labels.entity(str(value)),
    "purpose": lambda value: labels.consent_purpose(str(value)),
    "base_url": _host,
}


def shown_params(params: Mapping[str, object]) -> dict[str, str]:
    """Each param as a person reads it in the interface language."""
    shown: dict[str, str] = {}
    for name, value in params.items():
        if value is None:
            shown[name] = ""
        elif name in _FORMATTERS:
            shown[name] = _FORMATTERS[name](value)
        elif name in _PATH_PARAMS:
            shown[name] = _file_name(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            shown[name] = _number(value)
        else:
            shown[name] = str(value)
    return shown


def _consent_missing(params: dict[str, str]) -> str:
    purpose, recipient = params.get("purpose", ""), params.get("recipient", "")
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


def _consent_method(params: dict[str, str]) -> str:
    return QCoreApplication.translate(
        "Errors",
        "The referral consent for {0} does not record how it was given; record the "
        "method (written, oral or electronic) in the Consent tab first.",
    ).format(params.get("recipient", ""))


def _import_row(code: str, params: dict[str, str]) -> str:
    row, column = params["row"], params.get("column")
    if column:
        where = QCoreApplication.translate("Errors", "Row {0}, column “{1}”").format(row, column)
    else:
        where = QCoreApplication.translate("Errors", "Row {0}").format(row)
    if code in ("import.row", "import.row.value") and _english():
        problem = params["problem"]  # the value check's own English sentence is precise
    else:
        source = str(error_texts_import.ROW_PROBLEMS[code])
        problem = QCoreApplication.translate("Errors", source).format_map(params)
    return QCoreApplication.translate("Errors", "{0}: {1}.").format(where, problem)


def _row_template(code: str) -> Callable[[dict[str, str]], str]:
    return lambda params: _import_row(code, params)


_SPECIAL: dict[str, Callable[[dict[str, str]], str]] = {
    "consent.missing": _consent_missing,
    "consent.missing.method": _consent_method,
    **{code: _row_template(code) for code in error_texts_import.ROW_PROBLEMS},
}


def has_template(code: str) -> bool:
    """Whether ``code`` has a sentence of its own here (not only a parent code's)."""
    return code in _TEMPLATES or code in _SPECIAL or code.startswith("keyring.")


def _render(code: str, params: dict[str, str]) -> str | None:
    if code.startswith("keyring."):
        return device_key_message(code)
    if code in _SPECIAL:
        return _SPECIAL[code](params)
    if code in _TEMPLATES:
        return QCoreApplication.translate("Errors", str(_TEMPLATES[code])).format_map(params)
    return None


def user_message(error: MadoguchiError) -> str:
    """The sentence to show for ``error``, in the interface language."""
    code = error.code
    if code in _GENERIC and _english():
        return str(error)
    params = shown_params(error.params)
    while code:
        try:
            text = _render(code, params)
        except (KeyError, IndexError, ValueError):  # a param missing at this raise site
            text = None
        if text is not None:
            return text
        code = code.rpartition(".")[0] if code.count(".") > 1 else ""
    return str(error)
