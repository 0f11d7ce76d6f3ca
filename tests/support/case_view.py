"""What a user sees of a case, as one comparable string: the convergence checks of the
fault tests and the several-processes test compare replicas with it."""

from __future__ import annotations

import json

from desktop.cases.service import CaseService

__all__ = ["case_fingerprint"]


def case_fingerprint(service: CaseService, case_id: str) -> str:
    """Every record's values, alternatives, deleted flag and conflict flag (order-free)."""
    view = service.get_case(case_id)
    records = [view.case, *([view.worker] if view.worker else [])]
    for group in (view.parties, view.topics, view.timeline, view.tasks, view.consents,
                  view.evidence, view.referrals, view.adr_matters, view.exhibits):  # fmt: skip
        records.extend(group)
    rows = sorted(
        (r.entity, r.entity_id, r.data, r.alternatives, r.deleted, r.in_conflict)
        for r in records
    )  # fmt: skip
    return json.dumps(rows, sort_keys=True, ensure_ascii=False, default=str)
