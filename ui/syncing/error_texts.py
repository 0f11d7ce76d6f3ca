"""Sync refusals the window explains in the interface language (see ui/error_text.py).

Only refusals a person can act on are here: whose code it is, who may withdraw or make
owners, a device still waiting for its approval.  Network trouble keeps the client's own
sentence (it names the server and what failed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

__all__ = ["SYNC_TEMPLATES"]


def _wrong_user(params: dict[str, object]) -> str:
    return QCoreApplication.translate(
        "Errors",
        "This enrolment code is for another person, not {0}; ask your administrator for the "
        "code made for you.",
    ).format(params["user_id"])


def _forbidden_withdraw(params: dict[str, object]) -> str:
    return QCoreApplication.translate(
        "Errors",
        "Only the case's owners and organisation administrators can withdraw {0}; you may "
        "withdraw only yourself.",
    ).format(params["user_id"])


def _forbidden_manage(params: dict[str, object]) -> str:
    return QCoreApplication.translate(
        "Errors",
        "Only the case's owners and organisation administrators can let {0} manage its "
        "sharing; share it without “may manage sharing”.",
    ).format(params["user_id"])


def _not_approved(_params: dict[str, object]) -> str:
    return QCoreApplication.translate(
        "Errors",
        "This computer is enrolled but not approved yet; read your key fingerprint "
        "(Vault ▸ Set up sync) to your administrator.",
    )


SYNC_TEMPLATES: dict[str, Callable[[dict[str, object]], str]] = {
    "sync.enrol.wrong_user": _wrong_user,
    "sync.forbidden.withdraw": _forbidden_withdraw,
    "sync.forbidden.manage": _forbidden_manage,
    "sync.not_approved": _not_approved,
}
