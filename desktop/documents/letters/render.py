"""Draw the two PDFs of a referral: the Japanese letter and the worker's copy.

Every string goes through the text API (``paragraph``/``draw_text`` with a
``Style`` carrying the language), so font fallback and shaping apply; the texts
drawn are returned too, so tests can check every one has glyphs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether

from desktop.documents.dates import japanese_date
from desktop.documents.letters.data import Template, WorkerTexts
from desktop.documents.letters.facts import Fact
from desktop.documents.pdf import A4, build_story
from desktop.documents.text import Align, Style, draw_text, paragraph
from desktop.organisation import Letterhead

__all__ = ["Consent", "Content", "recipient_pdf", "worker_pdf"]

LOGO_BOX = (40 * mm, 16 * mm)  # width, height the logo is scaled into
LEFT, RIGHT, BOTTOM = 25 * mm, 20 * mm, 22 * mm


@dataclass(frozen=True)
class Consent:
    """The consent the letter relies on (purpose referral, this recipient, not withdrawn)."""

    record_id: str
    given_on: date
    method: str
    scope: str


@dataclass(frozen=True)
class Content:
    """Everything a referral's two documents say, already chosen and worded."""

    reference: str
    day: date
    recipient: str
    recipient_address: str
    template: Template
    words: dict[str, Any]
    letterhead: Letterhead
    person: str
    facts: tuple[Fact, ...]
    summary: str | None
    requested_action: str
    evidence: tuple[tuple[str, str], ...]  # (title, short SHA-256)
    consent: Consent
    ticked: tuple[str, ...] = ()  # facts the counselor ticked, in the model's order


class _Story:
    """Flowables plus the plain strings they draw.

    ``names`` (the person, the recipient, the desk) are never broken across lines,
    whatever the language of the sentence around them.
    """

    def __init__(self, names: tuple[str, ...] = ()) -> None:
        self.flowables: list[Flowable] = []
        self.texts: list[str] = []
        self.names = names

    def add(self, text: str, style: Style) -> None:
        self.texts.append(text)
        self.flowables.append(paragraph(text, style, names=self.names))

    def add_block(self, heading: tuple[str, Style], lines: list[tuple[str, Style]]) -> None:
        """A heading and its lines that must stay on one page (a contact block)."""
        start = len(self.flowables)
        self.add(*heading)
        for text, style in lines:
            self.add(text, style)
        self.flowables[start:] = [KeepTogether(self.flowables[start:])]


def _names(content: Content) -> tuple[str, ...]:
    """Names the letter prints: the worker's (when disclosed), the recipient, the desk."""
    person = [f.value for f in content.facts if f.key == "name"]
    head = content.letterhead
    return tuple(n for n in (*person, content.recipient, head.name) if n)


_TITLED = ("様", "殿", "先生", "御中")
_PERSON_TITLES = ("弁護士", "医師", "先生")
_ORGANISATION_MARKS = (
    "事務所", "センター", "署", "病院", "医院", "クリニック", "大使館", "領事館", "法人", "協会",
    "組合", "機構", "庁", "局", "課", "部", "会社", "シェルター", "会", "団体", "窓口", "支部",
    "Embassy", "Office", "Center", "Centre", "Clinic", "Hospital", "NPO", "NGO",
)  # fmt: skip


def honorific(recipient: str, organisation_word: str) -> str:
    """御中 for an organisation, 先生 for a lawyer or doctor named in person, else 様.

    A recipient already ending in a title gets none added; a name followed by its
    office in brackets (弁護士 山田太郎（さくら法律事務所）) is a person.
    """
    name = recipient.strip()
    if name.endswith(_TITLED):
        return ""
    if name.startswith(_PERSON_TITLES):
        return "先生"
    bare = name.split("（")[0].split("(")[0].strip()
    if any(mark in bare for mark in _ORGANISATION_MARKS):
        return organisation_word
    return "様"


def _page_hook(reference: str, logo: bytes | None, lang: str, texts: list[str]) -> Any:
    footer_style = Style(size=8, lang=lang)
    texts.append(f"{reference}　0123456789")

    def hook(canvas: Any, _doc: Any) -> None:
        width, height = A4
        page = canvas.getPageNumber()
        if logo and page == 1:
            image = ImageReader(io.BytesIO(logo))
            w, h = image.getSize()
            scale = min(LOGO_BOX[0] / w, LOGO_BOX[1] / h)
            canvas.drawImage(image, LEFT, height - 10 * mm - h * scale, w * scale, h * scale,
                             mask="auto")  # fmt: skip
        draw_text(canvas, width / 2, 12 * mm, f"{reference}　{page}", footer_style, "center")

    return hook


def _margins(letterhead: Letterhead) -> tuple[float, float, float, float]:
    top = 30 * mm if letterhead.logo_png else 20 * mm
    return (LEFT, RIGHT, top, BOTTOM)


def _ja(
    size: float = 10.5,
    leading: float = 18,
    *,
    bold: bool = False,
    align: Align = "left",
    before: float = 0,
    after: float = 0,
    keep: bool = False,
) -> Style:
    """Japanese letter text: Mincho, as Japanese business letters customarily are."""
    return Style(size=size, leading=leading, bold=bold, serif=True, align=align, lang="ja",
                 space_before=before, space_after=after, keep_with_next=keep)  # fmt: skip


def _fill(text: str, values: dict[str, str]) -> str:
    return text.format_map(values)


def _date_ja(content: Content, day: date) -> str:
    return japanese_date(day, style=content.letterhead.date_style)


def consent_statement(content: Content) -> str:
    """本件紹介については、ご本人から…に書面で同意を得ています（…）。"""
    words = content.words
    return str(words["consent_statement"]).format_map({
        "given_on": _date_ja(content, content.consent.given_on),
        "method": words["consent_methods"].get(content.consent.method, content.consent.method),
        "purpose": words["consent_purpose_referral"],
        "recipient": content.recipient,
    })  # fmt: skip


def _sender(letterhead: Letterhead) -> list[str]:
    lines = [letterhead.name, letterhead.address]
    if letterhead.phone:
        lines.append(f"TEL {letterhead.phone}")
    if letterhead.email:
        lines.append(letterhead.email)
    return [line for line in lines if line]


def recipient_pdf(content: Content) -> tuple[bytes, list[str]]:
    """The Japanese letter for the recipient (Mincho), and the strings it draws."""
    t, words, head = content.template, content.words, content.letterhead
    base, right = _ja(), _ja(leading=16, align="right")
    values = {
        "recipient": content.recipient,
        "honorific": honorific(content.recipient, str(words["honorific_organisation"])),
        "person": content.person,
        "organisation": head.name or "当窓口",
        "date": _date_ja(content, content.day),
        "reference": content.reference,
    }
    s = _Story(_names(content))
    s.add(f"{words['reference_label']}　{content.reference}", right)
    s.add(values["date"], right)
    if content.recipient_address:
        s.add(content.recipient_address, _ja(leading=16, before=10))
    s.add(_fill(t.salutation, values), _ja(12, 20, before=4 if content.recipient_address else 10))
    for line in _sender(head):
        s.add(line, right)
    title = _fill(t.title, values)
    s.add(title, _ja(14, 22, bold=True, align="center", before=16, after=12))
    s.add(_fill(t.opening, values), base)
    for para in t.body:
        s.add("　" + _fill(para, values), base)
    s.add(t.closing, _ja(align="right"))
    s.add(str(words["notes_mark"]), _ja(align="center", before=8))
    number = 0
    for section in t.sections:
        lines = _section(section, content)
        if lines is None:
            continue
        number += 1
        heading = (f"{number}　{words['sections'][section]}", _ja(bold=True, before=8, keep=True))
        if section == "contact":  # an address block is never split across pages
            s.add_block(heading, [(line, _ja(leading=17)) for line in lines])
            continue
        s.add(*heading)
        for line in lines:
            s.add(line, _ja(leading=17))
    s.add(str(words["end_mark"]), _ja(align="right", before=8))
    hook = _page_hook(content.reference, head.logo_png, "ja", s.texts)
    pdf = build_story(s.flowables, title=title, subject=content.reference,
                      lang="ja", margins=_margins(head), on_page=hook)  # fmt: skip
    return pdf, s.texts


def _section(section: str, content: Content) -> list[str] | None:
    """The lines of one numbered section, or None when it has nothing to say."""
    words = content.words
    if section == "facts":
        return [f"　{f.label}：{f.value}" for f in content.facts] or None
    if section == "summary":
        return ["　" + content.summary] if content.summary else None
    if section == "requested_action":
        return ["　" + content.requested_action]
    if section == "evidence":
        if not content.evidence:
            return ["　" + str(words["no_evidence"])]
        return [
            "　" + str(words["evidence_item"]).format(number=i, title=title, sha=sha)
            for i, (title, sha) in enumerate(content.evidence, 1)
        ]
    if section == "consent":
        lines = ["　" + consent_statement(content)]
        if content.consent.scope:
            lines.append("　" + str(words["consent_scope"]).format(scope=content.consent.scope))
        return lines
    if section == "contact":
        return ["　" + line for line in _sender(content.letterhead)] or None
    raise ValueError(section)  # the template loader only lets known sections through


def text_lang(code: str) -> str:
    """The language tag the text API gets for a worker-copy language."""
    return "ja" if code == "ja-easy" else code


def worker_date(texts: WorkerTexts, day: date) -> str:
    """A date as the worker's copy prints it."""
    return japanese_date(day) if texts.date_style == "japanese" else day.isoformat()


def worker_pdf(content: Content, texts: WorkerTexts) -> tuple[bytes, list[str]]:
    """The worker's copy in the worker's language, and the strings it draws."""
    lang = text_lang(texts.info.code)
    w = texts.texts
    label, purpose = texts.recipient_types[content.template.recipient_type]
    method = texts.consent_methods.get(content.consent.method, content.consent.method)
    values = {
        "recipient": content.recipient,
        "recipient_type": label,
        "date": worker_date(texts, content.consent.given_on),
        "method": method,
    }
    body = Style(size=11, lang=lang, space_after=2)
    heading = Style(size=12, bold=True, lang=lang, space_before=10, space_after=2,
                    keep_with_next=True)  # fmt: skip
    japanese = Style(size=10.5, lang="ja", serif=True, space_after=2)
    s = _Story(_names(content))
    s.add(w["title"], Style(size=16, bold=True, lang=lang, space_after=8))
    s.add(f"{w['reference_label']}: {content.reference}", body)
    s.add(f"{w['date_label']}: {worker_date(texts, content.day)}", body)
    s.add(_fill(w["intro"], values), Style(size=11, lang=lang, space_before=8, space_after=2))
    s.add(w["why_heading"], heading)
    s.add(purpose, body)
    s.add(w["request_heading"], heading)
    s.add(content.requested_action, japanese)
    s.add(w["facts_heading"], heading)
    if not content.facts and not content.summary:
        s.add(w["no_facts"], body)
    for fact in content.facts:
        s.add(texts.facts[fact.key], Style(size=10, bold=True, lang=lang, keep_with_next=True))
        s.add(fact.value, Style(size=10.5, lang="ja", space_after=2))
    if content.summary:
        s.add(texts.facts["summary"], Style(size=10, bold=True, lang=lang, keep_with_next=True))
        s.add(content.summary, Style(size=10.5, lang="ja", space_after=2))
    s.add(w["evidence_heading"], heading)
    if not content.evidence:
        s.add(w["no_evidence"], body)
    for i, (title, sha) in enumerate(content.evidence, 1):
        s.add(f"{i}. {title} (SHA-256: {sha})", Style(size=10.5, lang="ja"))
    s.add(w["next_heading"], heading)
    s.add(_fill(w["next_text"], values), body)
    s.add(w["consent_heading"], heading)
    s.add(_fill(w["consent_text"], values), body)
    s.add(w["withdraw_text"], body)
    s.add_block(
        (w["contact_heading"], heading),
        [(line, Style(size=10.5, lang="ja")) for line in _sender(content.letterhead)],
    )
    hook = _page_hook(content.reference, content.letterhead.logo_png, lang, s.texts)
    pdf = build_story(s.flowables, title=w["title"], subject=content.reference, lang=lang,
                      margins=_margins(content.letterhead), on_page=hook)  # fmt: skip
    return pdf, s.texts
