"""Every error code of the core and the sync client has a sentence in the window's language.

The codes are read from the source (tests/ui/core_error_codes.py), so a new code without
a template fails here.  Each raise site is rendered in Japanese with sample values for
exactly the params it passes: no ``{name}`` may be left over and no English word may
remain (the desk tour's detector; the sample values themselves are data).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from desktop.errors import MadoguchiError
from tests.ui.core_error_codes import every_code, raise_sites
from tests.ui.desk_tour import english_problems
from ui.app import install_translators
from ui.error_text import has_template, user_message

ENGLISH = "CORE ENGLISH SENTENCE"  # what the window would show without a template

SAMPLES: dict[str, object] = {
    "path": "/home/counselor/保管/vault-backup",
    "folder": "/home/counselor/保管庫",
    "file": "evidence/ab/abcdef01",
    "source": "/home/counselor/写真.jpg",
    "target": "evidence",
    "slot": "recovery",
    "entity": "timeline",
    "purpose": "referral",
    "base_url": "https://madoguchi.example.org:8443",
    "row": 12,
    "column": "国籍",
    "line": 3,
    "status": 503,
    "size_mb": 1200,
    "max_mb": 50,
    "parts": 12000,
    "max_parts": 10000,
    "ratio": 2500,
    "max_ratio": 200,
    "max_rows": 100000,
    "cells": 20000,
    "max_columns": 1000,
    "min_chars": 12,
    "found": 7,
    "format_version": 5,
    "version": 3,
    "protocol_version": 2,
    "server_version": 1,
    "fields": 9,
    "expected": 8,
}
DEFAULT_SAMPLE = "山田"
# Names of products, formats and keys that a Japanese sentence keeps in Latin letters.
PROPER_NAMES = frozenset(
    {"Madoguchi", "Excel", "Adobe", "Reader", "UTF", "NUL", "XFA", "HTTP", "USB", "ZIP",
     "Caps", "Lock", "REF", "xlsx", "csv", "mdgpkt"}
)  # fmt: skip  # a name, a label, a reference: data in the vault's own words


@pytest.fixture
def japanese(qapp: Any) -> Iterator[None]:
    before = QLocale()
    translators = install_translators(qapp, "ja")
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_source_scan_finds_the_codes_documented_and_raised() -> None:
    codes = every_code()
    # class defaults, keyword codes, named constants, f-string expansions
    for code in ("vault.busy", "passphrase.too_short", "keyring.unavailable.none",
                 "vault.wrong_recovery_key", "vault.corrupt.device_slot", "stats.threshold",
                 "sync.unavailable.timeout", "import.row.nul_byte"):  # fmt: skip
        assert code in codes
    assert not any(code.startswith("server.") for code in codes)  # the server's own tree


def test_every_core_error_code_has_a_template() -> None:
    missing = sorted(code for code in every_code() if not has_template(code))
    assert not missing, f"error codes without a sentence in ui/error_texts_*.py: {missing}"


def _sample(name: str) -> object:
    return SAMPLES.get(name, DEFAULT_SAMPLE)


def _data_words() -> set[str]:
    words = set(PROPER_NAMES)
    for value in [*SAMPLES.values(), DEFAULT_SAMPLE]:
        words |= set(re.findall(r"[A-Za-z0-9_]+", str(value)))
    return words


def test_every_raise_site_reads_in_japanese(japanese: None) -> None:
    sites = raise_sites()
    problems = []
    for site in sites:
        error = MadoguchiError(ENGLISH, code=site.code, **{n: _sample(n) for n in site.params})
        text = user_message(error)
        if ENGLISH in text:
            problems.append(f"{site.where} {site.code}: falls back to the core's English")
        elif re.search(r"\{\w*\}", text):
            problems.append(f"{site.where} {site.code}: placeholder left in {text!r}")
        else:
            problems += [f"{site.where} {site.code}: {p}"
                         for p in english_problems([text], _data_words(), set())]  # fmt: skip
    assert len(sites) > 300
    assert not problems, "\n".join(problems)


def test_params_are_formatted_for_people(japanese: None) -> None:
    from desktop.errors import DiskFullError, ImportFileError, VaultBusyError

    busy = user_message(VaultBusyError("x", folder="/home/counselor/vaults/事務所"))
    assert "事務所" in busy and "/home" not in busy
    full = user_message(DiskFullError("x", target="evidence", path="/mnt/usb/v/evidence/ab"))
    assert "証拠" in full and "evidence" not in full and "/mnt" not in full
    big = user_message(ImportFileError("x", code="import.file.too_large", size_mb=1200, max_mb=50))
    assert "1,200" in big and "50" in big


def test_an_english_interface_keeps_the_precise_core_sentence_of_a_generic_code(qapp: Any) -> None:
    from desktop.errors import InvalidValueError, VaultBusyError

    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    try:
        precise = "'minutes' must be a whole number of minutes (0 to 1440)."
        assert user_message(InvalidValueError(precise, name="minutes")) == precise
        busy = user_message(VaultBusyError("x", folder="/home/c/vaults/office"))
        assert busy.startswith("The vault in the folder office is open")
    finally:
        QLocale.setDefault(before)


def test_a_new_specific_code_falls_back_to_its_class_sentence(japanese: None) -> None:
    text = user_message(MadoguchiError(ENGLISH, code="vault.corrupt.something_new"))
    assert ENGLISH not in text and "保管庫" in text
