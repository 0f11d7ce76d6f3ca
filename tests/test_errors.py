"""The error trees: every error has a stable code and its parameters; str() stays English.

The next desk translates what the core shows by ``code`` and ``params``, so these tests
keep the codes unique and well-formed, and keep raise sites from baking their variable
parts only into the English sentence.  See docs/errors.md.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import desktop
import sync
from desktop.cases.importer import REQUIRED_COLUMNS, read_cases
from desktop.errors import (
    ExhibitError,
    ImportRowError,
    MadoguchiError,
    VaultBusyError,
    VaultNotFoundError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from desktop.store.envelope import open_file
from desktop.store.keyslots import MIN_PASSPHRASE_CHARS, check_passphrase_strength
from desktop.store.vault import Vault
from desktop.vaults import open_vault
from sync._client_http import Http, ServerError, SyncUnavailableError
from sync.protocol import ErrorCode
from sync.server.errors import AdminError, ApiError, SyncServerError
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
CODE = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")


def _import_client_side() -> None:
    """Import every module of desktop/ and the sync client so all subclasses exist.

    The server is left out: it has its own tree, and its migrations run on import.
    """
    for package in (desktop, sync):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if module.name.endswith("__main__") or module.name.startswith("sync.server"):
                continue
            importlib.import_module(module.name)


def _subclasses(base: type) -> Iterator[type]:
    for sub in base.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _all_error_classes() -> list[type]:
    _import_client_side()
    found = {MadoguchiError, SyncServerError}
    found |= set(_subclasses(MadoguchiError)) | set(_subclasses(SyncServerError))
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


def test_every_error_class_has_its_own_well_formed_code() -> None:
    classes = _all_error_classes()
    assert len(classes) > 40  # the scan found the trees, not an empty list
    owners: dict[str, str] = {}
    for cls in classes:
        code = cls.__dict__.get("code")
        name = f"{cls.__module__}.{cls.__qualname__}"
        assert isinstance(code, str), f"{name} does not set its own code"
        assert CODE.match(code), f"{name}: {code!r} is not a dotted lower-case code"
        assert code not in owners, f"{name} reuses {code!r} of {owners[code]}"
        owners[code] = name


def test_str_is_the_english_sentence_and_code_params_travel_beside_it() -> None:
    plain = WrongPassphraseError("Wrong passphrase.")
    assert str(plain) == "Wrong passphrase."
    assert plain.code == "vault.wrong_passphrase"
    assert plain.params == {}
    specific = VaultBusyError("Busy.", code="vault.busy.elsewhere", folder="/tmp/v")
    assert str(specific) == "Busy."
    assert specific.code == "vault.busy.elsewhere"
    assert specific.params == {"folder": "/tmp/v"}
    assert VaultBusyError.code == "vault.busy"  # a raise's code never leaks into the class


def test_errors_with_their_own_constructor_keep_message_and_give_params() -> None:
    row = ImportRowError(4, "phone", "the number is too short", code="import.row.phone")
    assert str(row) == (
        "Import stopped at row 4, column 'phone': the number is too short. Nothing was imported."
    )
    assert row.code == "import.row.phone"
    assert row.params == {"row": 4, "column": "phone", "problem": "the number is too short"}
    exhibit = ExhibitError("Exhibit 2", "it is empty", size=0)
    assert str(exhibit) == "Exhibit 2: it is empty"
    assert exhibit.params == {"label": "Exhibit 2", "size": 0}


def test_server_tree_codes_follow_the_wire_code() -> None:
    refused = ApiError(403, ErrorCode.FORBIDDEN, "No grant for this case.")
    assert str(refused) == "No grant for this case."
    assert refused.code == "server.api.forbidden"
    assert refused.error_code is ErrorCode.FORBIDDEN
    assert (refused.status, refused.message) == (403, "No grant for this case.")
    assert AdminError("No such device.", device_id="d1").params == {"device_id": "d1"}


# -- a sample of raise sites ---------------------------------------------------------------


def test_weak_passphrase_gives_the_minimum_length() -> None:
    with pytest.raises(WeakPassphraseError) as short:
        check_passphrase_strength("short")
    assert short.value.code == "passphrase.too_short"
    assert short.value.params == {"min_chars": MIN_PASSPHRASE_CHARS}
    with pytest.raises(WeakPassphraseError) as repetitive:
        check_passphrase_strength("a" * (MIN_PASSPHRASE_CHARS + 2))
    assert repetitive.value.code == "passphrase.too_repetitive"


def test_missing_vault_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError) as missing:
        open_file(tmp_path)
    assert missing.value.code == "vault.not_found"
    assert missing.value.params == {"folder": tmp_path}


def test_wrong_passphrase_and_recovery_key_have_their_own_codes(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    again = open_vault(folder, sleep=lambda s: None)
    try:
        with pytest.raises(WrongPassphraseError) as wrong:
            again.unlock("not the passphrase at all")
        assert wrong.value.code == "vault.wrong_passphrase"
        assert wrong.value.params == {"what": "passphrase"}
        with pytest.raises(WrongPassphraseError) as mistyped:
            again.unlock_with_recovery_key("nonsense")
        assert mistyped.value.code == "vault.recovery_key_mistyped"
        again.unlock(PASSPHRASE)
    finally:
        again.close()


def test_import_of_an_unknown_file_type_names_the_extension(tmp_path: Path) -> None:
    with pytest.raises(MadoguchiError) as refused:
        read_cases(tmp_path / "cases.ods")
    assert refused.value.code == "import.file.wrong_type"
    assert refused.value.params == {"extension": ".ods"}


def test_import_row_errors_say_which_situation(tmp_path: Path) -> None:
    sheet = tmp_path / "cases.csv"
    sheet.write_text("full_name\nNguyen Van An\n", encoding="utf-8")
    with pytest.raises(ImportRowError) as no_column:
        read_cases(sheet)
    assert no_column.value.code == "import.row.missing_column"
    assert no_column.value.params["row"] == 1
    assert no_column.value.params["column_name"] in REQUIRED_COLUMNS

    header = ",".join([*REQUIRED_COLUMNS, "note"])
    empty = "," * len(REQUIRED_COLUMNS)
    sheet.write_text(f"{header}\n{empty}first visit\n", encoding="utf-8")
    with pytest.raises(ImportRowError) as no_name:
        read_cases(sheet)
    assert no_name.value.code == "import.row.empty_name"
    assert no_name.value.params["row"] == 2


def _http(handler: httpx.MockTransport) -> Http:
    return Http("https://sync.example", None, handler)


def test_sync_errors_say_which_kind_of_unavailable() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with _http(httpx.MockTransport(refuse)) as http, pytest.raises(SyncUnavailableError) as off:
        http.raw("GET", "/hello")
    assert off.value.code == "sync.unavailable.unreachable"
    assert off.value.params == {"base_url": "https://sync.example"}

    down = httpx.MockTransport(lambda request: httpx.Response(503))
    with _http(down) as http, pytest.raises(SyncUnavailableError) as trouble:
        http.raw("GET", "/hello")
    assert trouble.value.code == "sync.unavailable.server_trouble"
    assert trouble.value.params["status"] == 503


def test_sync_server_refusals_carry_the_wire_code() -> None:
    body = {"code": "bad_request", "message": "That cursor is not one of ours"}
    refusing = httpx.MockTransport(lambda request: httpx.Response(400, json=body))
    with _http(refusing) as http, pytest.raises(ServerError) as refused:
        http.raw("GET", "/ops")
    assert str(refused.value) == "That cursor is not one of ours."
    assert refused.value.code == "sync.server_error"
    assert refused.value.params == {"status": 400, "server_code": "bad_request"}


# -- raise sites give their variable parts as params ---------------------------------------


def _error_class_names() -> set[str]:
    return {cls.__name__ for cls in _all_error_classes()}


def _raise_sites_missing_params() -> Iterator[str]:
    names = _error_class_names()
    for wing in ("desktop", "sync"):
        for path in sorted((ROOT / wing).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                    continue
                func = node.exc.func
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                if name not in names:
                    continue
                formatted = any(
                    isinstance(part, ast.JoinedStr)
                    for arg in node.exc.args
                    for part in ast.walk(arg)
                )
                params = [k for k in node.exc.keywords if k.arg not in (None, "code")]
                if formatted and not params:
                    yield f"{path.relative_to(ROOT)}:{node.lineno} {name}"


def test_formatted_messages_also_pass_their_parts_as_params() -> None:
    assert len(_error_class_names()) > 40
    missing = list(_raise_sites_missing_params())
    assert not missing, "f-string message without keyword params:\n" + "\n".join(missing)
