"""Filling a vault with the synthetic cases of :mod:`desktop.cases.demo_data`."""

from __future__ import annotations

import io
from datetime import date

from desktop.cases.demo_data import generate
from desktop.cases.service import CaseService

BATCH = 200  # cases per commit: fast, and an interrupted demo keeps whole cases only


def add_demo_cases(
    service: CaseService,
    count: int,
    *,
    seed: int = 1,
    with_evidence: bool = True,
    today: date | None = None,
) -> int:
    """Add ``count`` deterministic synthetic cases; returns how many were added."""
    vault = service.vault
    added = 0
    cases = generate(count, seed=seed, today=today or date.today(), with_evidence=with_evidence)
    while added < count:
        with vault.writing():
            for demo in cases:
                case_id = service.create_case(demo.worker, case=demo.case, topics=demo.topics)
                for party in demo.parties:
                    service.add_party(case_id, party)
                for entry in demo.timeline:
                    service.add_timeline_entry(case_id, entry)
                for task in demo.tasks:
                    service.add_task(case_id, task)
                for consent in demo.consents:
                    service.add_consent(case_id, consent)
                for item in demo.evidence:
                    service.add_evidence(case_id, io.BytesIO(item.content), item.fields,
                                         filename=item.filename)  # fmt: skip
                added += 1
                if added % BATCH == 0:
                    break
            else:
                break
    return added
