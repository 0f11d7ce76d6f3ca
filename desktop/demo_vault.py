"""The demo vault: synthetic people to try Madoguchi with, kept apart from the real vault.

It lives in its own folder, holds only generated data and opens with a passphrase
that is printed on the unlock screen, so a newcomer can look around without
creating (or filling) their real vault.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import platformdirs

from desktop.vaults import create_vault

__all__ = ["DEMO_OFFICE", "DEMO_PASSPHRASE", "demo_vault_dir", "ensure_demo_vault"]

# Not a secret: the demo vault holds synthetic people only, and says so everywhere.
DEMO_PASSPHRASE = "madoguchi demo vault"  # noqa: S105
DEMO_CASES = 200
DEMO_OFFICE = "DEMO"  # the office code of every demo vault: its references start DEMO-


def demo_vault_dir() -> Path:
    """The demo vault's folder, next to (never inside) the real one."""
    return platformdirs.user_data_path("Madoguchi", appauthor=False) / "demo-vault"


def ensure_demo_vault(folder: Path | None = None, *, cases: int = DEMO_CASES) -> Path:
    """Create the demo vault with synthetic cases, Safety records, referrals, ADR matters
    and wage records if it does not exist yet; returns its folder."""
    from desktop.cases.demo import add_demo_cases
    from desktop.cases.demo_vocabulary import COUNSELORS
    from desktop.cases.service import CaseService
    from desktop.documents.demo import add_demo_documents
    from desktop.safety.demo import add_demo_safety
    from desktop.safety.records import SafetyService
    from desktop.wages.demo import add_demo_wages

    target = folder or demo_vault_dir()
    if (target / "vault.db").exists():
        return target
    # The demo's counselor is one of the names its cases are assigned to, so My work's
    # "mine" shows something in the demo instead of an empty list.
    vault, _recovery = create_vault(
        target, DEMO_PASSPHRASE, office_code=DEMO_OFFICE, user_id="demo",
        counselor_name=COUNSELORS[0],
    )  # fmt: skip
    with vault:
        service = CaseService(vault)
        today = date.today()
        add_demo_cases(service, cases, seed=1, today=today)
        add_demo_safety(SafetyService(service), seed=1, today=today)
        add_demo_documents(service, today=today)
        add_demo_wages(service, today=today)
        vault.snapshot()
    return target
