"""How stored field values read in the change history (ui/field_labels.value_text): record
ids never appear raw, and wage data stored as CSV is counted, not shown as its English
header."""

from __future__ import annotations

from ui.field_labels import field_name, value_text


def test_links_and_csv_read_as_words(qapp: object) -> None:
    respondents = ["Z6Z4k8nW_3sdd9GPPXDRSQ", "a1b2c3d4e5f6g7h8i9j0kA"]
    assert value_text("adr", "respondents", respondents) == "linked records: 2"
    assert value_text("adr", "agent", "Z6Z4k8nW_3sdd9GPPXDRSQ") == "linked record"
    records = "date,start,end,break_minutes,break_start\n2025-03-03,08:00,23:00,60,\n\n"
    assert value_text("wages", "records", records) == "rows: 1"
    assert value_text("wages", "payslips", "period_end,kind,label,amount,basis\n") == "rows: 0"
    assert field_name("terms") == "Employment terms" and field_name("records") == "Work records"
