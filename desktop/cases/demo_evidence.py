"""Demo evidence files (PNG photo, CSV payslip, LINE chat text, PDF notice), built in memory."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.cases.demo_choice import Rnd, one_of
from desktop.cases.demo_draw import DemoDraw, Employer, Money


@dataclass(frozen=True)
class DemoEvidence:
    """One evidence file: its bytes and the evidence fields a counselor would fill in.

    ``fields`` holds ``title``, ``captured_by``, ``captured_at`` (ISO datetime),
    ``source`` and ``note``; the store computes size, hash and blob id itself.
    """

    filename: str
    media_type: str
    content: bytes
    fields: dict[str, object]


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def make_png(
    width: int, height: int, top: tuple[int, int, int], bottom: tuple[int, int, int], split: int
) -> bytes:
    """A valid RGB PNG: colour ``top`` above row ``split``, ``bottom`` below (a 'photo')."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    row_top = b"\x00" + bytes(top) * width
    row_bottom = b"\x00" + bytes(bottom) * width
    raw = row_top * split + row_bottom * (height - split)
    text = b"Comment\x00Synthetic demo image (Madoguchi)"
    return b"".join((
        _PNG_SIGNATURE,
        _png_chunk(b"IHDR", ihdr),
        _png_chunk(b"tEXt", text),
        _png_chunk(b"IDAT", zlib.compress(raw, 1)),
        _png_chunk(b"IEND", b""),
    ))  # fmt: skip


def _pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: Sequence[str]) -> bytes:
    """A minimal valid one-page PDF (A4, Helvetica) showing ``lines`` of ASCII text."""
    ops = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({_pdf_text(line.encode('ascii', 'replace').decode('ascii'))}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def evidence_file(
    draw: DemoDraw,
    rnd: Rnd,
    latin: str,
    opened: int,
    end: int,
    counselor: str,
    employer: Employer,
    money: Money,
) -> DemoEvidence:
    """One evidence file captured between ``opened`` and ``end``, drawn from ``rnd``."""
    day = opened + int(rnd() * (end - opened + 1))
    iso = draw.iso(day)
    stamp = iso.replace("-", "")
    captured_at = f"{iso}T{9 + int(rnd() * 10):02d}:{5 * int(rnd() * 12):02d}+09:00"
    kind = int(rnd() * 4)
    if kind == 0:
        top = (int(rnd() * 256), int(rnd() * 256), int(rnd() * 256))
        bottom = (int(rnd() * 160), int(rnd() * 120), int(rnd() * 80))
        content = make_png(64, 48, top, bottom, 20 + int(rnd() * 16))
        return DemoEvidence(f"dormitory_{stamp}.png", "image/png", content, {
            "title": "寮の室内写真",
            "captured_by": counselor,
            "captured_at": captured_at,
            "source": one_of(rnd, ("worker's phone (LINE)", "taken at dormitory visit")),
            "note": "6人部屋。エアコン故障、窓の鍵が壊れている。",
        })  # fmt: skip
    if kind == 1:
        year, month = int(iso[:4]), int(iso[5:7]) - 1
        if month == 0:
            year, month = year - 1, 12
        base = 150000 + 1000 * int(rnd() * 60)
        overtime = 1000 * int(rnd() * 30)
        rent, fee = money.rent, money.fee
        utilities = 3000 + 500 * int(rnd() * 10)
        insurance = int(base * 0.145)
        net = base + overtime - rent - fee - utilities - insurance
        text = (
            f"給与明細,{year}年{month}月分\n氏名,{latin}\n勤務先,{employer.name}\n"
            f"項目,金額（円）\n基本給,{base}\n残業手当,{overtime}\n寮費,-{rent}\n"
            f"管理費,-{fee}\n水道光熱費,-{utilities}\n社会保険料,-{insurance}\n"
            f"差引支給額,{net}\n"
        )
        sources = ("scanned at desk", "worker's phone (LINE)", "email from worker")
        payslip = ("\ufeff" + text).encode("utf-8")  # with a BOM, as Excel expects
        return DemoEvidence(f"payslip_{year}_{month:02d}.csv", "text/csv", payslip, {
            "title": f"給与明細（{month}月分）",
            "captured_by": counselor,
            "captured_at": captured_at,
            "source": one_of(rnd, sources),
            "note": "管理費の控除あり。残業時間の記載なし。",
        })  # fmt: skip
    if kind == 2:
        slash = iso.replace("-", "/")
        text = (
            f"[LINE] {employer.name} 担当者とのトーク履歴\n保存日時：{slash} 21:40\n\n"
            f"{slash}\n20:58\t担当者\t明日も6時から出勤。休みはなし\n"
            f"21:03\t{latin.split()[0].title()}\t残業代はいつ払いますか\n"
            "21:10\t担当者\t文句を言うなら国に帰ってもらう\n"
            "21:12\t担当者\tパスポートは会社が預かる。心配しないで\n"
        )
        return DemoEvidence(f"LINE_chat_{stamp}.txt", "text/plain", text.encode("utf-8"), {
            "title": "会社担当者とのLINEのやり取り",
            "captured_by": counselor,
            "captured_at": captured_at,
            "source": "worker's phone (LINE export)",
            "note": "帰国を示唆する発言あり",
        })  # fmt: skip
    content = make_pdf((
        "NOTICE OF WORKING CONDITIONS (COPY)",
        f"Employer: corporate number {employer.corporate_number}",
        f"Worker: {latin}",
        f"Industry: {employer.industry}",
        f"Hourly wage: JPY {money.wage}",
        "Working hours: 8:00-17:00, overtime as required",
        f"Date: {iso}",
    ))  # fmt: skip
    return DemoEvidence(f"working_conditions_{stamp}.pdf", "application/pdf", content, {
        "title": "労働条件通知書（写し）",
        "captured_by": counselor,
        "captured_at": captured_at,
        "source": "scanned at desk",
        "note": "来日前の説明と賃金額が異なる",
    })  # fmt: skip
