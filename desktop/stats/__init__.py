"""Desk statistics computed on the device, with disclosure control on by default.

Counts of cases, new cases, consultations and time spent by one or two fields over a
period, from the decrypted projection (never on the server).  Small cells are hidden,
with complementary suppression and an exact audit against every overlapping table
published before (the sealed ledger).  See docs/statistics.md.

Modules: dimensions (fields and periods), facts (reading the projection), table
(counting), suppression and linear_audit (what to hide), ledger (what was published),
export (CSV/HXL, XLSX), service (publishing one table).
"""
