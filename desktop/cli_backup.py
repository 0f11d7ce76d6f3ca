"""``backup`` and ``restore``: the encrypted vault copied to a folder or USB stick and back.

Both work without the passphrase: a backup is the sealed vault (desktop.backup), so a
scheduled job can make one, and a restored vault asks for its passphrase when opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.backup import back_up_vault, restore_vault
from desktop.cli_support import vault_command
from desktop.vaults import open_vault

__all__ = ["add_backup_commands"]


def cmd_backup(args: argparse.Namespace) -> int:
    with open_vault(args.vault) as vault:  # locked: the copy stays sealed
        summary = back_up_vault(vault, args.to)
    print(f"Backup written and verified: {summary.folder} ({summary.evidence_files} evidence "
          f"file(s), {summary.size_bytes / 1024 / 1024:.1f} MB). It opens only with the "
          "vault's passphrase or recovery key.")  # fmt: skip
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    summary = restore_vault(args.source, args.vault)
    print(f"Vault restored to {summary.folder} and verified ({summary.evidence_files} "
          "evidence file(s)). Unlock it with the passphrase or recovery key it had when "
          "backed up.")  # fmt: skip
    return 0


def add_backup_commands(sub: Any) -> None:
    p = vault_command(
        sub, "backup", cmd_backup, "copy the encrypted vault into a new folder in DIR (USB stick)"
    )
    p.add_argument("--to", type=Path, required=True, metavar="DIR",
                   help="where the backup folder is made")  # fmt: skip
    p = vault_command(
        sub, "restore", cmd_restore, "restore a backup folder as the vault (never over one)"
    )
    p.add_argument("--from", dest="source", type=Path, required=True, metavar="DIR",
                   help="the backup folder (madoguchi-backup-…)")  # fmt: skip
