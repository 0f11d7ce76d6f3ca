"""A vault writer to be killed: prints ACK lines only after each commit is durable.

Usage: python -m tests.support.writer VAULT_DIR SEED
Each ACK line is JSON: {"kind": ..., "case": ..., "id": ..., "value": ...}.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
from pathlib import Path

from desktop.cases.service import CaseService
from desktop.vaults import open_vault


def ack(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main() -> None:
    folder, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    vault = open_vault(folder)
    vault.unlock(os.environ["MADOGUCHI_PASSPHRASE"])
    service = CaseService(vault)
    cases = [row.case_id for row in service.list_cases()]
    ack(kind="ready")
    n = 0
    while True:
        n += 1
        choice = rng.random()
        if not cases or choice < 0.15:
            case_id = service.create_case(
                {"full_name": f"Worker {seed}-{n}", "name_katakana": "テスト"},
                case={"summary": f"summary {seed}-{n}"},
            )
            cases.append(case_id)
            ack(kind="case", case=case_id, id=case_id, value=f"summary {seed}-{n}")
        elif choice < 0.55:
            case_id = rng.choice(cases)
            entry = service.add_timeline_entry(case_id, {"note": f"note {seed}-{n}"})
            ack(kind="timeline", case=case_id, id=entry, value=f"note {seed}-{n}")
        elif choice < 0.8:
            case_id = rng.choice(cases)
            service.update_case(case_id, {"summary": f"summary {seed}-{n}"})
            ack(kind="case", case=case_id, id=case_id, value=f"summary {seed}-{n}")
        elif choice < 0.95:
            case_id = rng.choice(cases)
            size = rng.choice([10, 200_000, 3_000_000])
            evidence = service.add_evidence(
                case_id,
                io.BytesIO(rng.randbytes(size)),
                {"title": f"file {seed}-{n}"},
                filename=f"f{n}.bin",
            )
            ack(kind="evidence", case=case_id, id=evidence, value=f"file {seed}-{n}")
        else:
            vault.snapshot()
            ack(kind="snapshot")


if __name__ == "__main__":
    main()
