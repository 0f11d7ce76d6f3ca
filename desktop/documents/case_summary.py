"""The counselor's paper file: one case on A4, Japanese labels with English in small type.

Sensitive worker fields (birth date, residence card number, address and contact
details) are printed only when asked for, and the page then says so; a paper
file is easier to lose than a laptop.  Timeline corrections are shown next to
the entry they correct, never merged into it.  Every summary is audited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from desktop.cases.service import CaseDetails, CaseService, RecordView
from desktop.documents.dates import era_date, japanese_date
from desktop.documents.pdf import A4, MARGIN, build_story
from desktop.documents.text import Style, draw_text, paragraph
from desktop.organisation import Letterhead, read_letterhead

__all__ = ["SENSITIVE_WORKER_FIELDS", "case_summary_pdf"]

SENSITIVE_WORKER_FIELDS = (
    "date_of_birth",
    "residence_card_number",
    "address",
    "phone",
    "line_id",
    "email",
)
_WORKER_FIELDS = (
    ("full_name", "氏名", "Name"),
    ("name_katakana", "カタカナ", "Katakana"),
    ("name_native", "母語表記", "Native script"),
    ("nationality", "国籍", "Nationality"),
    ("languages", "言語", "Languages"),
    ("gender", "性別", "Gender"),
    ("residence_status", "在留資格", "Status of residence"),
    ("residence_expiry", "在留期限", "Residence expiry"),
    ("date_of_birth", "生年月日", "Date of birth"),
    ("residence_card_number", "在留カード番号", "Residence card no."),
    ("address", "住所", "Address"),
    ("phone", "電話", "Phone"),
    ("line_id", "LINE", "LINE"),
    ("email", "メール", "Email"),
)
_STATUS = {
    "open": "受付",
    "in_progress": "対応中",
    "waiting": "待機",
    "closed": "終了",
    "draft": "下書き",
    "sent": "送付済",
    "acknowledged": "受領確認",
    "accepted": "受諾",
    "declined": "辞退",
    "completed": "完了",
    "preparing": "準備中",
    "filed": "申立済",
    "in_session": "期日中",
    "settled": "和解",
}
_TITLE = Style(size=16, bold=True, lang="ja", space_after=1)
_SUB = Style(size=9, lang="en", space_after=6)
_HEAD = Style(size=11.5, bold=True, lang="ja", space_before=9, space_after=3)
_CELL = Style(size=8.5, lang="ja", leading=11.5)
_CELL_HEAD = Style(size=8, bold=True, lang="ja", leading=10.5)
_NOTE = Style(size=8.5, lang="ja", leading=12)
_WIDTH = A4[0] - 2 * MARGIN

# How the caller wants a stored value shown: (entity, field, value) -> text.  The desktop
# passes its labels in the interface language (status names, country and language names,
# local dates) so the paper file shows no codes; without it the codes are printed.
ValueText = Callable[[str, str, Any], str]


def _shown(record: RecordView, values: ValueText | None) -> dict[str, Any]:
    if values is None:
        return dict(record.data)
    return {k: values(record.entity, k, v) for k, v in record.data.items()}


def case_summary_pdf(
    service: CaseService,
    case_id: str,
    *,
    include_sensitive: bool = False,
    today: date | None = None,
    values: ValueText | None = None,
) -> bytes:
    """The case's paper file as PDF bytes (audited as ``case_summary_made``).

    ``values`` turns stored codes into the words the reader knows (see ``ValueText``).
    """
    view = service.get_case(case_id)
    letterhead = read_letterhead(service.vault)
    day = today or date.today()
    made_on = era_date(day) if letterhead.date_style == "japanese" else japanese_date(day)
    story = _story(view, include_sensitive, made_on, values)
    pages = [0]

    def count(canvas: Any, _doc: Any) -> None:
        pages[0] = max(pages[0], canvas.getPageNumber())

    # Two passes: the first counts the pages so every footer can say "n / N".
    build_story(_story(view, include_sensitive, made_on, values), title="case", on_page=count)
    total = pages[0]

    def decorate(canvas: Any, _doc: Any) -> None:
        _page_furniture(canvas, letterhead, view.ref, total, include_sensitive)

    pdf = build_story(
        story,
        title=f"相談記録 {view.ref}",
        subject="Case summary",
        margins=(MARGIN, MARGIN, MARGIN + 12 * mm, MARGIN),
        on_page=decorate,
    )
    service.vault.record_audit(
        "case_summary_made", case_id, {"sensitive": include_sensitive, "pages": total}
    )
    return pdf


def _page_furniture(
    canvas: Any, letterhead: Letterhead, ref: str, total: int, sensitive: bool
) -> None:
    """Letterhead at the top, page number and a confidentiality line at the bottom."""
    width, height = A4
    top = height - MARGIN + 2 * mm
    page = canvas.getPageNumber()
    name = letterhead.name or "Madoguchi"
    draw_text(canvas, MARGIN, top, name, Style(size=11, bold=True, lang="ja"))
    contact = "  ".join(p for p in (letterhead.address, letterhead.phone, letterhead.email) if p)
    if contact:
        draw_text(canvas, MARGIN, top - 13, contact, Style(size=7.5, lang="ja"))
    draw_text(canvas, width - MARGIN, top, ref, Style(size=9, lang="en"), anchor="right")
    canvas.saveState()
    canvas.setStrokeGray(0.5)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 18, width - MARGIN, top - 18)
    canvas.restoreState()
    notice = "機密 Confidential" + (
        "・機微情報を含む / includes sensitive fields" if sensitive else ""
    )
    draw_text(canvas, MARGIN, MARGIN - 10 * mm, notice, Style(size=7.5, lang="ja"))
    draw_text(canvas, width - MARGIN, MARGIN - 10 * mm, f"{page} / {total}",
              Style(size=8.5, lang="en"), anchor="right")  # fmt: skip


def _label(ja: str, en: str) -> str:
    return f"{ja} {en}"


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "済 done" if value else "未 open"
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value) or "—"
    text = str(value)
    if len(text) in (16, 19) and text[10:11] == "T" and text[:4].isdigit():
        text = text.replace("T", " ")  # ISO date-times read better with a space
    return f"{_STATUS[text]} ({text})" if text in _STATUS else text


def _table(
    headers: Sequence[tuple[str, str]], rows: list[list[Any]], widths: Sequence[float]
) -> Flowable:
    if not rows:
        return paragraph("なし / none", _NOTE)
    cells = [[paragraph(f"{ja}\n{en}", _CELL_HEAD) for ja, en in headers]]
    cells += [[paragraph(_text(v), _CELL) for v in row] for row in rows]
    total = sum(widths)
    table = Table(cells, colWidths=[_WIDTH * w / total for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _story(
    view: CaseDetails, sensitive: bool, made_on: str, values: ValueText | None
) -> list[Flowable]:
    def shown(record: RecordView) -> dict[str, Any]:
        return _shown(record, values)

    case = shown(view.case)
    story: list[Flowable] = [
        paragraph(f"相談記録 概要　{view.ref}", _TITLE),
        paragraph(f"Case summary — made {made_on}", _SUB),
        _table(
            [
                ("状態", "Status"),
                ("担当", "Counselor"),
                ("受付日", "Opened"),
                ("終了日", "Closed"),
                ("結果", "Outcome"),
            ],
            [
                [
                    case.get("status"),
                    case.get("assignee"),
                    case.get("opened_on"),
                    case.get("closed_on"),
                    case.get("outcome"),
                ]
            ],
            [1, 1, 1, 1, 1],
        ),
    ]
    if case.get("summary"):
        story += [paragraph(_label("概要", "Summary"), _HEAD), paragraph(case["summary"], _NOTE)]
    story += _worker(view.worker, sensitive, values)
    story += [
        paragraph(_label("関係者", "Parties"), _HEAD),
        _table(
            [
                ("名称", "Name"),
                ("役割", "Role"),
                ("法人番号", "Corporate no."),
                ("連絡先", "Contact"),
            ],
            [
                [
                    shown(p).get("name"),
                    shown(p).get("role"),
                    shown(p).get("corporate_number"),
                    shown(p).get("contact"),
                ]
                for p in view.parties
                if not p.deleted
            ],
            [3, 1.5, 1.5, 2],
        ),
        paragraph(_label("相談項目", "Topics"), _HEAD),
        _table(
            [("分野", "Category"), ("内容", "Subtopic"), ("状態", "Status"), ("メモ", "Note")],
            [
                [
                    shown(t).get("category"),
                    shown(t).get("subtopic"),
                    shown(t).get("status"),
                    shown(t).get("note"),
                ]
                for t in view.topics
                if not t.deleted
            ],
            [1.5, 1.5, 1, 3],
        ),
        paragraph(_label("経過", "Timeline"), _HEAD),
        _timeline(view.timeline, values),
        paragraph(_label("タスク・期限", "Tasks and deadlines"), _HEAD),
        _table(
            [
                ("内容", "Task"),
                ("種類", "Kind"),
                ("期限", "Due"),
                ("担当", "Assignee"),
                ("状況", "Done"),
            ],
            [
                [
                    shown(t).get("title"),
                    shown(t).get("kind"),
                    shown(t).get("due_on"),
                    shown(t).get("assignee"),
                    bool(t.data.get("done")),
                ]
                for t in view.tasks
                if not t.deleted
            ],
            [3, 1.2, 1.2, 1.2, 1],
        ),
        paragraph(_label("同意", "Consents"), _HEAD),
        _table(
            [
                ("目的", "Purpose"),
                ("提供先", "Recipient"),
                ("方法", "Method"),
                ("取得日", "Given"),
                ("撤回日", "Withdrawn"),
            ],
            [
                [
                    shown(c).get("purpose"),
                    shown(c).get("recipient"),
                    shown(c).get("method"),
                    shown(c).get("given_on"),
                    shown(c).get("withdrawn_on"),
                ]
                for c in view.consents
                if not c.deleted
            ],
            [1.3, 2.2, 1, 1.1, 1.1],
        ),
        paragraph(_label("証拠", "Evidence"), _HEAD),
        _table(
            [("標目", "Title"), ("取得", "Captured"), ("大きさ", "Size"), ("SHA-256", "SHA-256")],
            [
                [
                    shown(e).get("title"),
                    f"{_text(shown(e).get('captured_at'))} {_text(e.data.get('captured_by'))}",
                    f"{int(e.data.get('size') or 0):,} B",
                    _spaced_hash(str(e.data.get("sha256", ""))),
                ]
                for e in view.evidence
                if not e.deleted
            ],
            [2.2, 1.6, 1, 3],
        ),
        paragraph(_label("紹介", "Referrals"), _HEAD),
        _table(
            [
                ("紹介先", "Recipient"),
                ("種類", "Type"),
                ("状況", "Status"),
                ("送付日", "Sent"),
                ("フォロー", "Follow up"),
            ],
            [
                [
                    shown(r).get("recipient"),
                    shown(r).get("recipient_type"),
                    shown(r).get("status"),
                    shown(r).get("sent_on"),
                    shown(r).get("follow_up_on"),
                ]
                for r in view.referrals
                if not r.deleted
            ],
            [2.5, 1.2, 1.5, 1.1, 1.1],
        ),
        paragraph(_label("ADR 事件", "ADR matters"), _HEAD),
        _table(
            [
                ("件名", "Title"),
                ("機関", "Forum"),
                ("状況", "Status"),
                ("申立日", "Filed"),
                ("証拠数", "Exhibits"),
            ],
            [
                [
                    shown(m).get("title"),
                    shown(m).get("forum"),
                    shown(m).get("status"),
                    shown(m).get("filed_on"),
                    str(len(view.exhibits_of(m.entity_id))),
                ]
                for m in view.adr_matters
                if not m.deleted
            ],
            [2, 2.2, 1.3, 1.1, 0.8],
        ),
    ]
    return story


def _worker(worker: RecordView | None, sensitive: bool, values: ValueText | None) -> list[Flowable]:
    head = paragraph(_label("相談者", "Worker"), _HEAD)
    if worker is None:
        return [head, paragraph("なし / none", _NOTE)]
    rows = [
        [f"{ja} {en}", _shown(worker, values).get(field)]
        for field, ja, en in _WORKER_FIELDS
        if sensitive or field not in SENSITIVE_WORKER_FIELDS
    ]
    out = [head, _table([("項目", "Field"), ("内容", "Value")], rows, [1, 2.6])]
    if not sensitive:
        out.append(
            paragraph(
                "生年月日・在留カード番号・住所・連絡先は省略しています。"
                " Birth date, residence card number, address and contact details are left out.",
                Style(size=7.5, lang="ja", leading=10, space_before=2),
            )
        )
    return out


def _timeline(entries: list[RecordView], values: ValueText | None) -> Flowable:
    """Entries in time order; a corrected entry points at its correction and vice versa."""
    position = {e.entity_id: i + 1 for i, e in enumerate(entries)}
    corrected_by: dict[str, list[int]] = {}
    for entry in entries:
        target = entry.data.get("corrects")
        if target:
            corrected_by.setdefault(str(target), []).append(position[entry.entity_id])
    rows = []
    for entry in entries:
        d = entry.data
        shown = _shown(entry, values)
        note = _text(d.get("note"))
        if d.get("corrects"):
            number = position.get(str(d["corrects"]))
            note = f"【訂正 correction of #{number if number else '?'}】 {note}"
        if entry.entity_id in corrected_by:
            refs = ", ".join(f"#{n}" for n in corrected_by[entry.entity_id])
            note = f"{note} 【訂正あり corrected by {refs}】"
        rows.append(
            [f"#{position[entry.entity_id]}", shown.get("occurred_at"), shown.get("kind"),
             shown.get("channel"), shown.get("language"), d.get("counselor"),
             f"{d['minutes']} 分" if d.get("minutes") else None, note]
        )  # fmt: skip
    return _table(
        [("番号", "No."), ("日時", "When"), ("種類", "Kind"), ("方法", "Channel"),
         ("言語", "Lang."), ("担当", "By"), ("時間", "Time"), ("内容", "Note")],
        rows,
        [0.6, 1.5, 1.4, 1.0, 0.6, 1, 0.7, 3.0],
    )  # fmt: skip


def _spaced_hash(digest: str) -> str:
    """A SHA-256 in groups of eight so it wraps inside a table cell and can be compared."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))
