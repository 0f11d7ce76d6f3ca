"""The second half of the seeded fault schedules (issue 6; the first half, the proxy's own
checks and the single-fault tests are in ``test_faults.py``).  A file of its own so that a
second pytest-xdist worker runs these schedules while the first runs the others; its world
(server, proxy, three vaults) is its own.  tests/sync/fault_world.py has the machinery."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.fault_world import SECOND_SEEDS, World, open_world, run_seeds


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with open_world(tmp_path_factory.mktemp("faults-soak")) as w:
        yield w


def test_faults_heal_to_one_state_second_half(world: World) -> None:
    """Issue 6: the second half of the ≥200 seeded schedules; after each heal, one state."""
    run_seeds(world, SECOND_SEEDS)
