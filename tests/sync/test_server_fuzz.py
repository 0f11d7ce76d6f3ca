"""Schemathesis against the live server's published OpenAPI: no input yields a 5xx."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.sync.conftest import Org

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_no_input_makes_a_server_error(server: Org, make_device: Any) -> None:
    device = make_device()
    case_id = device.create_case()
    device.push(device.op(case_id))
    schema = schemathesis.openapi.from_url(server.base_url + "/openapi.json")
    tokens = st.sampled_from([f"Bearer {device.token}", "Bearer nope", ""])
    tested = 0
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(
            max_examples=25,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(), token=tokens)
        def check(case: Any, token: str) -> None:
            headers = {"Authorization": token} if token else {}
            response = case.call(base_url=server.base_url, headers=headers)
            assert response.status_code < 500, (case.method, case.path, response.text)
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"code", "message"}, body

        check()
        tested += 1
    assert tested >= 12  # every endpoint of docs/sync.md was exercised
