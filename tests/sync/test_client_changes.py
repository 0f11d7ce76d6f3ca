"""A sync round reports which cases and record kinds its pulled pages changed."""

from __future__ import annotations

from typing import Any

from tests.sync.test_client import _new_case, people  # noqa: F401  (people is a fixture)


def test_a_round_reports_the_cases_and_kinds_it_changed(people: Any) -> None:  # noqa: F811
    alice, bob = people("alice"), people("bob")
    shared, other = _new_case(alice), _new_case(alice)
    alice.client.sync_once()
    alice.client.share_case(shared, bob.user_id)
    alice.client.share_case(other, bob.user_id)
    first = bob.client.sync_once()
    assert set(first.changed_cases) == {shared, other}
    assert {"case", "worker", "party"} <= set(first.changed_kinds)

    alice.service.add_task(shared, {"title": "Call the employer", "due_on": "2030-01-01"})
    alice.client.sync_once()
    second = bob.client.sync_once()
    assert second.changed_cases == [shared] and second.changed_kinds == ["task"]
    assert second.change_set().concerns_case(shared)
    assert not second.change_set().concerns_case(other)
    assert bob.client.sync_once().changed_cases == []  # nothing new, nothing changed
