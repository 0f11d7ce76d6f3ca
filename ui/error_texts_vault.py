"""Error templates for the vault, its keys, storage, backups and records (ui.error_text).

Each template is the English source of a translated sentence, with ``{name}`` filled from
the error's params (already formatted for people by ui.error_text).  Codes in
``GENERIC`` are raised from several places with different English sentences: the
template is the common meaning, and an English interface keeps the core's own sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as object
    "madoguchi.error": QT_TRANSLATE_NOOP("Errors", "Something went wrong. Nothing was lost."),
    "cancelled.operation": QT_TRANSLATE_NOOP("Errors", "Cancelled."),
    "cancelled.blob": QT_TRANSLATE_NOOP(
        "Errors", "Storing the evidence file was cancelled; nothing was kept."
    ),
    "cancelled.bundle": QT_TRANSLATE_NOOP(
        "Errors", "The bundle was cancelled; nothing was written."
    ),
    # vault
    "vault.not_found": QT_TRANSLATE_NOOP(
        "Errors", "No vault found in the folder {folder}. Create one or choose another folder."
    ),
    "vault.exists": QT_TRANSLATE_NOOP("Errors", "A vault already exists in the folder {folder}."),
    "vault.busy": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault in the folder {folder} is open in another Madoguchi window or command; "
        "close it first.",
    ),
    "vault.wrong_passphrase": QT_TRANSLATE_NOOP(
        "Errors",
        "Wrong passphrase: the vault stays locked. Check the keyboard language and Caps Lock.",
    ),
    "vault.wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Errors",
        "Wrong recovery key: the vault stays locked. Check the keyboard language and Caps Lock.",
    ),
    "vault.wrong_device_key": QT_TRANSLATE_NOOP(
        "Errors", "The key this device remembered does not open the vault. Enter the passphrase."
    ),
    "vault.recovery_key_mistyped": QT_TRANSLATE_NOOP(
        "Errors",
        "The recovery key is mistyped (a group does not match its check letters); "
        "compare it with the printed sheet, group by group.",
    ),
    "vault.locked": QT_TRANSLATE_NOOP("Errors", "The vault is locked; unlock it first."),
    "vault.corrupt": QT_TRANSLATE_NOOP(
        "Errors",
        "Part of the vault is damaged and cannot be read. Run the vault check, and restore "
        "from a backup if it reports damage.",
    ),
    "vault.corrupt.file": QT_TRANSLATE_NOOP(
        "Errors", "The vault file in the folder {folder} is damaged or is not a vault."
    ),
    "vault.corrupt.not_a_vault": QT_TRANSLATE_NOOP(
        "Errors", "The vault file holds no Madoguchi data."
    ),
    "vault.corrupt.key_slot": QT_TRANSLATE_NOOP(
        "Errors", "The vault has lost its {slot} key slot; restore the vault from a backup."
    ),
    "vault.corrupt.passphrase_slot": QT_TRANSLATE_NOOP(
        "Errors", "The passphrase slot is damaged; unlock with the recovery key."
    ),
    "vault.corrupt.recovery_slot": QT_TRANSLATE_NOOP(
        "Errors",
        "The recovery key slot is damaged; unlock with the passphrase and make a new recovery key.",
    ),
    "vault.corrupt.device_slot": QT_TRANSLATE_NOOP(
        "Errors",
        "This device's key slot is damaged; unlock with the passphrase (the device can "
        "remember the vault again if asked).",
    ),
    "vault.corrupt.kdf_params": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault header is damaged (its key-derivation settings are out of range); "
        "restore the vault from a backup.",
    ),
    "vault.corrupt.kdf_kind": QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's key-derivation settings are of an unknown kind; open it with the "
        "Madoguchi version that created it.",
    ),
    "vault.format": QT_TRANSLATE_NOOP(
        "Errors", "This vault's format cannot be read by this version of Madoguchi."
    ),
    "vault.format.too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This vault was written by a newer Madoguchi (format {found}; this version reads up "
        "to {format_version}). Update Madoguchi to open it.",
    ),
    "vault.format.unknown": QT_TRANSLATE_NOOP(
        "Errors", "This folder does not hold a Madoguchi vault of any known format."
    ),
    "vault.format.no_upgrade_path": QT_TRANSLATE_NOOP(
        "Errors", "This Madoguchi cannot upgrade the vault's format {version}."
    ),
    "vault.format.upgrade_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Upgrading the vault from format {found} to {format_version} failed; the vault was "
        "left unchanged.",
    ),
    "passphrase.weak": QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is too weak; a few unrelated words work well."
    ),
    "passphrase.too_short": QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase must have at least {min_chars} characters; a few unrelated words "
        "work well.",
    ),
    "passphrase.too_repetitive": QT_TRANSLATE_NOOP(
        "Errors", "The passphrase repeats too few different characters."
    ),
    # records and values
    "record.not_found": QT_TRANSLATE_NOOP(
        "Errors", "What was asked for is not in this vault (it may have been deleted or shredded)."
    ),
    "value.invalid": QT_TRANSLATE_NOOP(
        "Errors", "A value is not valid here; check what was entered and try again."
    ),
    "counselor.name_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Your name must be one line of at most {max_chars} characters."
    ),
    "counselor.user_id_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "“{user_id}” is not a valid user id: use letters, digits, “_”, “-” or “.” (at most 64).",
    ),
    "counselor.locked.synced": QT_TRANSLATE_NOOP(
        "Errors", "This vault has synced; your name and user id are fixed now."
    ),
    "counselor.locked.written": QT_TRANSLATE_NOOP(
        "Errors",
        "Your changes are already recorded as {user_id}; the user id cannot change any more.",
    ),
    "case.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "Access to this case was withdrawn by its owner; it can be read here but not changed.",
    ),
    "evidence.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The file {source} cannot be read; nothing was added."
    ),
    "evidence.not_stored": QT_TRANSLATE_NOOP(
        "Errors", "The file {name} could not be stored in the vault; nothing was added."
    ),
    # storage
    "storage.failed": QT_TRANSLATE_NOOP(
        "Errors", "Cannot write {target} ({path}). Nothing was saved; check the disk and try again."
    ),
    "storage.failed.io": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {target} ({path}): the disk reported an error; it may be failing or "
        "disconnected. Nothing was saved; check the disk and try again.",
    ),
    "storage.disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {target} ({path}): the disk is full. Nothing was saved; free some space "
        "and try again.",
    ),
    "storage.disk_full.quota": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {target} ({path}): the disk is full for your account (the disk quota "
        "is used up). Nothing was saved; free some space or ask your IT contact.",
    ),
    "storage.disk_full.file_size_limit": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {target} ({path}): it reached the largest file size this system "
        "allows. Nothing was saved; ask your IT contact to raise the limit or move the vault "
        "to another disk.",
    ),
    "storage.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {target} ({path}): it is on a read-only medium (a locked USB stick, a "
        "CD or a read-only share). Nothing was saved; copy it to a writable disk.",
    ),
    "storage.no_permission": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {target} ({path}): your account has no permission to write there. "
        "Nothing was saved; ask your IT contact for write access.",
    ),
    # backups
    "backup.failed": QT_TRANSLATE_NOOP("Errors", "The backup failed; nothing was changed."),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The backup {path} is damaged and cannot be used."
    ),
    "backup.evidence_missing": QT_TRANSLATE_NOOP(
        "Errors", "The evidence file {file} did not copy whole; the backup is not usable."
    ),
    "backup.exists": QT_TRANSLATE_NOOP(
        "Errors", "{path} already exists; wait a second and back up again."
    ),
    "backup.no_destination": QT_TRANSLATE_NOOP(
        "Errors", "There is no folder {path} to write the backup to."
    ),
    "backup.not_a_backup": QT_TRANSLATE_NOOP("Errors", "{path} holds no vault backup."),
    "backup.other_vault": QT_TRANSLATE_NOOP(
        "Errors", "The copy in {path} is not the same vault; the backup is not usable."
    ),
    "backup.restore_not_empty": QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} is not empty; restore into a new or empty folder."
    ),
    "backup.restore_over_vault": QT_TRANSLATE_NOOP(
        "Errors",
        "There is already a vault in the folder {folder}; restoring does not overwrite it. "
        "Choose another folder.",
    ),
}

GENERIC = frozenset(
    {
        "madoguchi.error",
        "vault.corrupt",
        "vault.format",
        "passphrase.weak",
        "record.not_found",
        "value.invalid",
        "storage.failed",
        "backup.failed",
        "backup.damaged",
        "backup.not_a_backup",
    }
)
