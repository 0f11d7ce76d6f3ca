"""Shared fixtures: every test gets its own fresh vault in a temporary folder."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.store.vault import Vault
from desktop.vaults import create_vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    created, _recovery = create_vault(
        vault_dir,
        PASSPHRASE,
        kdf_params=fast_params_for_tests(),
        office_code="TST",
        device_code="D1",
    )
    yield created
    with contextlib.suppress(Exception):  # a test may have closed it already
        created.close()


@pytest.fixture
def service(vault: Vault) -> CaseService:
    return CaseService(vault)
