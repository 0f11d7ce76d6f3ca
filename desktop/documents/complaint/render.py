"""Drawing the complaint: the Japanese 申告書 draft and the worker's copy, each one PDF.

Nothing here reads the case: both drawings take the composed content.  Every string
drawn is collected (the tests check each for glyphs and for what must not appear).
The Japanese draft ends with a memo page for the counselor (the rules used, their
citations and review status, calculation warnings) marked to be removed before the
draft is handed in.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from desktop.documents.complaint.content import ComplaintContent
from desktop.documents.complaint.texts import WorkerWords
from desktop.documents.dates import japanese_date
from desktop.documents.pdf import build_story
from desktop.documents.subset_tags import finished_bytes
from desktop.documents.text import Style, draw_text, paragraph, register_fonts

__all__ = ["draft_pdf", "worker_pdf"]

_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 1),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


class _Story:
    """Flowables plus every string they draw; names are kept whole on a line."""

    def __init__(self, names: Sequence[str]) -> None:
        self.flowables: list[Flowable] = []
        self.texts: list[str] = []
        self.names = tuple(n for n in names if n)

    def block(self, text: str, style: Style) -> Flowable:
        self.texts.append(text)
        return paragraph(text, style, names=self.names)

    def add(self, text: str, style: Style) -> Flowable:
        flowable = self.block(text, style)
        self.flowables.append(flowable)
        return flowable

    def table(self, rows: list[list[tuple[str, Style]]], widths: list[float | None]) -> None:
        register_fonts()  # the embedded default font, named for the cells below
        cells = [[self.block(text, style) for text, style in row] for row in rows]
        table = Table(cells, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), rl_config.canvas_basefontname),
                                   *_GRID]))  # fmt: skip
        self.flowables.append(table)


def _yen(words: Mapping[str, str], amount: Decimal) -> str:
    return str(words["yen"]).format(amount=f"{amount:,}")


def _hours(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')):,}"


def _footer(reference: str, style: Style) -> Any:
    def on_page(canvas: Any, _doc: Any) -> None:
        width = canvas._pagesize[0]
        draw_text(canvas, width / 2, 12 * mm,
                  reference.format(page=canvas.getPageNumber()), style, "center")  # fmt: skip

    return on_page


def draft_pdf(content: ComplaintContent) -> tuple[bytes, list[str]]:
    """The Japanese 申告書 draft (bytes, strings drawn)."""
    w = content.words.texts
    style = content.letterhead.date_style

    def day(value: date) -> str:
        return japanese_date(value, style=style)

    name = next((f.value.split(" / ")[0] for f in content.facts if f.key == "name"), "")
    story = _Story((name, content.employer[0], content.office, content.letterhead.name))
    body = Style(size=10.5, leading=17, serif=True, lang="ja", space_after=2)
    small = Style(size=9, leading=13, serif=True, lang="ja")
    heading = Style(size=11, leading=18, bold=True, lang="ja", space_before=6,
                    keep_with_next=True)  # fmt: skip
    label = Style(size=9.5, leading=14, bold=True, lang="ja")
    story.add(w["draft_banner"], Style(size=10, bold=True, lang="ja", space_after=2))
    story.add(w["made_on"].format(date=day(content.day)), Style(size=9, align="right", lang="ja"))
    story.add(w["reference"].format(reference=content.ref), Style(size=9, align="right", lang="ja"))
    story.add(w["title"], Style(size=16, bold=True, serif=True, align="center", lang="ja",
                                space_before=8, space_after=10))  # fmt: skip
    office = content.office or w["office_blank"]
    story.add(w["addressee"].format(office=office), Style(size=12, serif=True, lang="ja"))
    story.add(w["filed_on"], Style(size=10.5, serif=True, align="right", lang="ja",
                                   space_after=6))  # fmt: skip
    # -- who complains, and against whom: only the ticked facts of the worker
    story.add(w["complainant_heading"], heading)
    printed = {f.key: f for f in content.facts}
    rows = [[(fact.label, label), (fact.value, body)] for fact in content.facts]
    if "name" not in printed:
        rows.insert(0, [(content.words.facts["name"], label), (w["not_written"], body)])
    story.table(rows, [30 * mm, None])
    story.add(w["employer_heading"], heading)
    employer_rows = [
        [(w[key], label), (value or w["unknown"], body)]
        for key, value in zip(("employer_name", "employer_address", "employer_representative"),
                              content.employer, strict=True)
    ]  # fmt: skip
    story.table(employer_rows, [30 * mm, None])
    bases = w["bases_join"].join(str(r.value["article"]) for r in content.bases)
    story.add(w["preamble"].format(bases=bases), replace(body, space_before=8))
    story.add(w["record"], Style(size=11, serif=True, align="center", lang="ja", space_before=4,
                                 space_after=4))  # fmt: skip
    # -- 1 what is reported: one line per violation, its periods and amounts
    story.add(w["items_heading"], heading)
    for n, violation in enumerate(content.violations, start=1):
        story.add(w["item_line"].format(n=n, article=violation.article,
                                        heading=violation.heading,
                                        amount=_yen(w, violation.total)),
                  Style(size=10.5, leading=17, bold=True, lang="ja", keep_with_next=True,
                        space_before=3))  # fmt: skip
        with_hours = violation.rule.id == "complaint.premiums"
        head = [(w["period_col"], label), (w["paid_col"], label)]
        head += [(w["hours_col"], label)] if with_hours else []
        head += [(w["amount_col"], label)]
        table_rows = [head]
        number = Style(size=10, leading=15, align="right", lang="ja")
        for p in violation.periods:
            row = [(w["period"].format(start=day(p.start), end=day(p.end)), small),
                   (day(p.pay_date), small)]  # fmt: skip
            row += [(_hours(p.hours), number)] if with_hours else []
            row += [(_yen(w, p.amount), number)]
            table_rows.append(row)
        widths: list[float | None] = [62 * mm, 34 * mm] + ([34 * mm] if with_hours else [])
        story.table(table_rows, [*widths, None])
    # -- 2 what happened, in words
    story.add(w["content_heading"], heading)
    periods = sorted({(p.start, p.end) for v in content.violations for p in v.periods})
    story.add(w["content_text"].format(first=day(periods[0][0]), last=day(periods[-1][1]),
                                       periods=len(periods), total=_yen(w, content.total)),
              body)  # fmt: skip
    overtime, holiday, night = content.hours
    if overtime or holiday or night:
        story.add(w["hours_text"].format(overtime=_hours(overtime), holiday=_hours(holiday),
                                         night=_hours(night)), body)  # fmt: skip
    if content.deduction_labels:
        labels = "、".join(f"{label or '—'}（{_yen(w, amount)}）"
                          for label, amount in content.deduction_labels)  # fmt: skip
        story.add(w["deductions_text"].format(labels=labels), body)
    if content.expired:
        story.add(w["expired_text"].format(count=content.expired), body)
    if content.summary:
        for line in content.summary.splitlines():
            if line.strip():
                story.add(line.strip(), body)
    # -- 3 measures, 4 anonymity, 5 attachments
    story.add(w["measures_heading"], heading)
    story.add(content.measures, body)
    story.add(w["anonymity_heading"], heading)
    story.add(w["anonymity_withheld"] if content.withhold_name else w["anonymity_open"], body)
    story.add(w["attachments_heading"], heading)
    for n, title in enumerate(content.attachments, start=1):
        story.add(f"（{n}）{title}", body)
    if not content.attachments:
        story.add(w["no_attachments"], body)
    story.add(w["end"], Style(size=10.5, serif=True, align="right", lang="ja", space_after=10))
    # -- signature and seal, never split across pages
    start = len(story.flowables)
    story.add(w["signature"], Style(size=10, bold=True, lang="ja", space_before=4))
    register_fonts()
    seal = Table([[story.block(name or "", Style(size=12, serif=True, lang="ja")),
                   story.block(w["seal"], Style(size=10, align="center", lang="ja"))]],
                 colWidths=[110 * mm, 16 * mm], rowHeights=[16 * mm])  # fmt: skip
    seal.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), rl_config.canvas_basefontname),
        ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
        ("BOX", (1, 0), (1, 0), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))  # fmt: skip
    story.flowables.append(seal)
    status = w[f"status_{content.claim.review_status}"]
    story.add(w["estimate_note"].format(as_of=day(content.until), status=status),
              Style(size=8.5, leading=12, lang="ja", space_before=8))  # fmt: skip
    story.flowables[start:] = [KeepTogether(story.flowables[start:])]
    _memo(story, content, status, day)
    footer = w["footer"].format(reference=content.ref, page="{page}")
    story.texts.append(footer.format(page="0123456789"))
    pdf = build_story(story.flowables, title=f"{w['title']} {content.ref}", subject=content.ref,
                      lang="ja", on_page=_footer(footer, Style(size=8, lang="ja")))  # fmt: skip
    return finished_bytes(pdf), story.texts


def _memo(story: _Story, content: ComplaintContent, status: str, day: Any) -> None:
    """The counselor's page: rules and citations, warnings, consent, what was disclosed."""
    w = content.words.texts
    small = Style(size=8.5, leading=12.5, lang="ja", space_after=2)
    heading = Style(size=10, bold=True, lang="ja", space_before=6, keep_with_next=True)
    story.flowables.append(PageBreak())
    story.add(w["memo_title"], Style(size=12, bold=True, lang="ja", space_after=6))
    story.add(w["memo_intro"].format(status=status), small)
    given = content.consent_given_on
    with contextlib.suppress(ValueError):
        given = day(date.fromisoformat(given))
    story.add(w["memo_consent"].format(date=given), small)
    facts = "、".join(f.label for f in content.facts) or w["memo_none"]
    story.add(w["memo_disclosed"].format(facts=facts), small)
    story.add(w["memo_rules"], heading)
    rules = [*(v.rule for v in content.violations), *content.bases]
    for rule in rules:
        story.add(w["memo_rule_line"].format(id=rule.id, title=rule.title_ja,
                                             url=unquote(rule.citation.url),
                                             read_on=rule.citation.read_on.isoformat()),
                  small)  # fmt: skip
    for rule_id, (_title, url, read_on) in content.claim.citations.items():
        title = content.claim.titles_ja[rule_id]
        story.add(w["memo_rule_line"].format(id=rule_id, title=title, url=unquote(url),
                                             read_on=read_on),
                  small)  # fmt: skip
    if content.claim.warnings_ja:
        story.add(w["memo_warnings"], heading)
        for warning in content.claim.warnings_ja:
            story.add(warning, small)


def worker_pdf(content: ComplaintContent, words: WorkerWords) -> tuple[bytes, list[str]]:
    """The worker's copy: what the draft says and what happens next, in their language."""
    t = words.texts
    lang = "ja" if words.info.code == "ja-easy" else words.info.code

    def day(value: date) -> str:
        if words.date_style == "japanese":
            return japanese_date(value)
        return value.isoformat()

    desk = content.letterhead.name or "Madoguchi"
    name = next((f.value.split(" / ")[0] for f in content.facts if f.key == "name"), "")
    story = _Story((name, content.employer[0], content.office, desk))
    body = Style(size=10.5, leading=16, lang=lang, space_after=3)
    heading = Style(size=11.5, leading=17, bold=True, lang=lang, space_before=8,
                    keep_with_next=True)  # fmt: skip
    label = Style(size=9.5, leading=14, bold=True, lang=lang)
    ja = Style(size=10, leading=15, lang="ja")
    story.add(t["title"], Style(size=14, leading=20, bold=True, lang=lang, space_after=4))
    if words.info.review_status == "reviewed":
        review = t["reviewed_note"].format(reviewer=words.info.reviewer,
                                           reviewed_on=words.info.reviewed_on)  # fmt: skip
    else:
        review = t["machine_note"]
    story.add(f"{words.info.name}　— {review}", Style(size=8.5, leading=12, lang=lang,
                                                      space_after=6))  # fmt: skip
    story.add(t["intro"].format(desk=desk), body)
    story.add(t["draft_note"], Style(size=10.5, leading=16, bold=True, lang=lang, space_after=4))
    office = content.office or "労働基準監督署"
    story.table([[(t["office_label"], label), (office, ja)],
                 [(t["employer_label"], label), (content.employer[0] or "—", ja)]],
                [45 * mm, None])  # fmt: skip
    story.add(t["violations_heading"], heading)
    rows = []
    keys = {
        "complaint.minimum_wage": "v_minimum_wage",
        "complaint.premiums": "v_premiums",
        "complaint.full_payment": "v_full_payment",
        "complaint.wages_unpaid": "v_wages_unpaid",
    }
    number = Style(size=10, leading=15, align="right", lang="ja")
    for violation in content.violations:
        rows.append([(t[keys[violation.rule.id]], body), (f"¥{violation.total:,}", number)])
    rows.append([(t["total_label"], label), (f"¥{content.total:,}", number)])
    story.table(rows, [None, 40 * mm])
    periods = sorted({(p.start, p.end) for v in content.violations for p in v.periods})
    story.add(t["periods_text"].format(first=day(periods[0][0]), last=day(periods[-1][1])),
              body)  # fmt: skip
    story.add(t["shared_heading"], heading)
    if content.facts:
        story.table([[(words.facts[f.key], label), (f.value, ja)] for f in content.facts],
                    [45 * mm, None])  # fmt: skip
    else:
        story.add(t["no_shared"], body)
    story.add(t["withheld_yes"] if content.withhold_name else t["withheld_no"], body)
    story.add(t["next_heading"], heading)
    story.add(t["next_text"], body)
    story.add(t["protection_heading"], heading)
    story.add(t["protection_text"], body)
    given = content.consent_given_on
    with contextlib.suppress(ValueError):
        given = day(date.fromisoformat(given))
    story.add(t["consent_text"].format(date=given), body)
    head = content.letterhead
    contact = [line for line in (desk, head.address, head.phone and f"TEL {head.phone}",
                                 head.email) if line]  # fmt: skip
    block = [story.block(t["contact_heading"], heading)]
    block += [story.block(line, Style(size=10, leading=15, lang="ja")) for line in contact]
    story.flowables.append(Spacer(1, 2 * mm))
    story.flowables.append(KeepTogether(block))
    footer = f"{content.ref}　{{page}}"
    story.texts.append(footer.format(page="0123456789"))
    pdf = build_story(story.flowables, title=f"{t['title']} {content.ref}", subject=content.ref,
                      lang=lang, on_page=_footer(footer, Style(size=8, lang="ja")))  # fmt: skip
    return finished_bytes(pdf), story.texts
