"""Timeline-drafts benchmark: ``python -m tests.bench.wage_drafts``.

A year of a busy case's timeline: two entries a day, one of them a worker's account of
the day's shift ("3月3日は8:00〜23:00まで働いた。休憩1時間。"), the other a note without
times; a quarter of the days already recorded (differently).  ``draft_ms`` drafts every
record and compares it with the records on file; ``merge_ms`` merges all the drafts (the
recorded days kept).  Baseline in the same run: ``parse_records_ms``, reading a records
CSV of as many rows as there are drafts with the calculator's parser.  Best of five; one
JSON object.  No target in the issue; both run in the background in the Wages tab.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from desktop.cases.views import CaseDetails, RecordView
from desktop.wages.inputs import parse_records
from desktop.wages.timeline_drafts import draft_records, merge_drafts
from tests.bench.timing import best_ms

HEADER = "date,start,end,break_minutes,break_start"


def _view(entity: str, entity_id: str, data: dict[str, object]) -> RecordView:
    return RecordView(entity, entity_id, dict(data), {}, False, False, "u", "u", "h")


def main() -> None:
    first, days = date(2025, 1, 1), 365
    timeline, stored = [], [HEADER]
    for offset in range(days):
        day = first + timedelta(days=offset)
        written = (day + timedelta(days=2)).isoformat() + "T10:00"
        account = f"{day.month}月{day.day}日は8:00〜23:00まで働いた。休憩1時間。"
        for n, note in enumerate((account, "寮費と残業代について相談。次回は来週。")):
            timeline.append(_view("timeline", f"e{offset:04d}{n}",
                                  {"kind": "consultation", "note": note, "occurred_at": written}))  # fmt: skip
        if offset % 4 == 0:
            stored.append(f"{day},09:00,18:00,60,")
    stored_csv = "\n".join(stored) + "\n"
    details = CaseDetails("c", _view("case", "c", {}), None, [], [], timeline, [], [], [])
    sheet = draft_records(details, stored_csv)
    drafted_csv = "\n".join([HEADER] + [",".join(d.row) for d in sheet.drafts]) + "\n"
    print(json.dumps({
        "entries": len(timeline),
        "drafts": len(sheet.drafts),
        "records_on_file": len(stored) - 1,
        "parse_records_ms": best_ms(lambda: parse_records(drafted_csv)),
        "draft_ms": best_ms(lambda: draft_records(details, stored_csv)),
        "merge_ms": best_ms(lambda: merge_drafts(stored_csv, sheet.drafts)),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
