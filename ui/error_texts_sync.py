"""Error templates for the sync client (ui.error_text).

Same form as ui.error_texts_vault.  The server's address is shown as its host name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as object
    "cancelled.sync": QT_TRANSLATE_NOOP(
        "Errors", "Sync was cancelled; what was already sent or received is kept."
    ),
    "sync.failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Sync could not finish; your work is kept here. Try again, and tell your "
        "administrator if it keeps failing.",
    ),
    "sync.enrol.wrong_user": QT_TRANSLATE_NOOP(
        "Errors",
        "This enrolment code is for another person, not {user_id}; ask your administrator "
        "for the code made for you.",
    ),
    "sync.failed.bad_blob_id": QT_TRANSLATE_NOOP(
        "Errors",
        "An evidence file id from the server or a colleague is not in the form the app "
        "makes; that file was skipped.",
    ),
    "sync.failed.other_blob": QT_TRANSLATE_NOOP(
        "Errors",
        "The server answered about another evidence file than the one asked for; it was "
        "not downloaded.",
    ),
    "sync.unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The sync server cannot be reached now; your work is kept here and will sync later.",
    ),
    "sync.unavailable.timeout": QT_TRANSLATE_NOOP(
        "Errors",
        "The sync server {base_url} did not answer in time; your work is kept here and will "
        "sync later.",
    ),
    "sync.unavailable.unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "The sync server {base_url} cannot be reached; your work is kept here and will sync later.",
    ),
    "sync.unavailable.server_trouble": QT_TRANSLATE_NOOP(
        "Errors",
        "The sync server {base_url} has a problem (HTTP {status}); your work is kept here and "
        "will sync later.",
    ),
    "sync.incompatible_server": QT_TRANSLATE_NOOP(
        "Errors",
        "The sync server and this Madoguchi do not speak the same version; update whichever "
        "is older.",
    ),
    "sync.incompatible_server.no_hello": QT_TRANSLATE_NOOP(
        "Errors",
        "This Madoguchi speaks sync protocol version {protocol_version}, but the server does "
        "not; check the server address, or update the server.",
    ),
    "sync.incompatible_server.version": QT_TRANSLATE_NOOP(
        "Errors",
        "The server speaks sync protocol version {server_version}, but this Madoguchi speaks "
        "version {protocol_version}; update whichever is older.",
    ),
    "sync.not_enrolled": QT_TRANSLATE_NOOP(
        "Errors",
        "This vault is not enrolled with a sync server; enrol it with the code your "
        "administrator gave you.",
    ),
    "sync.not_approved": QT_TRANSLATE_NOOP(
        "Errors",
        "This device is enrolled but not approved yet; ask your administrator to approve "
        "device {device_id}.",
    ),
    "sync.device_revoked": QT_TRANSLATE_NOOP(
        "Errors",
        "This device's access to the sync server was revoked; ask your administrator.",
    ),
    "sync.forbidden": QT_TRANSLATE_NOOP(
        "Errors", "Your role does not allow this; ask a counselor or your administrator."
    ),
    "sync.forbidden.manage": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the case's owners and organisation administrators can let someone else manage "
        "it; share it without “may manage”.",
    ),
    "sync.forbidden.withdraw": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the case's owners and organisation administrators can withdraw {user_id}; you "
        "may withdraw only yourself.",
    ),
    "sync.key_substitution": QT_TRANSLATE_NOOP(
        "Errors",
        "A key from the server is not certified by your organisation; it was not used and "
        "nothing was shared. Tell your administrator.",
    ),
    "sync.key_substitution.org_grant": QT_TRANSLATE_NOOP(
        "Errors",
        "A case key said to come from your organisation's recovery is not signed by your "
        "organisation; it was not used. Tell your administrator.",
    ),
    "sync.key_substitution.revoked_granter": QT_TRANSLATE_NOOP(
        "Errors",
        "A case key for case {case_id} was given by device {granted_by} after that device was "
        "revoked; it was not used. Ask a colleague who holds the case to share it again.",
    ),
    "sync.not_found": QT_TRANSLATE_NOOP(
        "Errors", "The sync server does not have what was asked for (it may have been removed)."
    ),
    "sync.server_error": QT_TRANSLATE_NOOP(
        "Errors", "The sync server refused the request; nothing was changed."
    ),
    "sync.server_error.unexplained": QT_TRANSLATE_NOOP(
        "Errors",
        "The sync server {base_url} refused the request (HTTP {status}) without saying why.",
    ),
    "sync.server_error.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The sync server {base_url} answered with something this Madoguchi cannot read; "
        "nothing was changed.",
    ),
}

GENERIC = frozenset(
    {
        "sync.failed",
        "sync.unavailable",
        "sync.incompatible_server",
        "sync.device_revoked",
        "sync.forbidden",
        "sync.key_substitution",
        "sync.not_found",
        "sync.server_error",
    }
)
