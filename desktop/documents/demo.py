"""Demo data for documents: a letterhead, referrals with follow-up, ADR matters with exhibits.

Added on top of the synthetic cases of :mod:`desktop.cases.demo`: a few labour
cases with a lawyer get the consents a referral and an ADR filing need, a
referral in progress, and an ADR matter whose exhibits include a multi-page PDF,
a photo and a Vietnamese original paired with its Japanese translation.
Everything is deterministic for the same vault contents.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from desktop.cases.demo_data import make_png
from desktop.cases.model import ConsentPurpose, PartyRole, ReferralStatus
from desktop.cases.service import CaseDetails, CaseService
from desktop.documents.pdf import build_story
from desktop.documents.text import Style, paragraph
from desktop.organisation import Letterhead, read_letterhead, write_letterhead

__all__ = ["DEMO_LETTERHEAD", "add_demo_documents"]

DEMO_LETTERHEAD = Letterhead(
    name="特定非営利活動法人 多文化共生ワーカーズ窓口（デモ）",
    address="東京都新宿区西新宿二丁目8番1号 デモビル5階",
    phone="03-0000-1234",
    email="madoguchi-demo@example.org",
)
ADR_FORUM = "東京弁護士会 紛争解決センター"
MAX_MATTERS = 3


def _pdf(pages: Sequence[Sequence[str]], *, title: str, lang: str) -> bytes:
    story: list[Flowable] = []
    for number, lines in enumerate(pages):
        if number:
            story.append(PageBreak())
        story.append(paragraph(lines[0], Style(size=14, lang=lang, space_after=4 * mm)))
        story.extend(paragraph(line, Style(size=10.5, lang=lang)) for line in lines[1:])
    return build_story(story, title=title, lang=lang)


def _payslips(name: str, employer: str, month: date) -> bytes:
    pages = []
    for offset in range(3):
        m = (month.month - offset - 1) % 12 + 1
        y = month.year - (1 if month.month - offset <= 0 else 0)
        pages.append([
            f"給与明細書　{y}年{m}月分",
            f"氏名：{name}",
            f"事業所：{employer}",
            "基本給　162,000円",
            f"残業手当　{'0' if offset else '8,000'}円（残業時間の記載なし）",
            "寮費　-45,000円　管理費　-20,000円　水道光熱費　-8,500円",
            "差引支給額　88,500円",
        ])  # fmt: skip
    return _pdf(pages, title="給与明細書", lang="ja")


def _contract_vi(name: str, employer: str) -> bytes:
    return _pdf([[
        "HỢP ĐỒNG LAO ĐỘNG (bản sao)",
        f"Người lao động: {name}",
        f"Công ty tiếp nhận: {employer}",
        "Mức lương cơ bản: 180.000 yên mỗi tháng.",
        "Giờ làm thêm được trả lương theo quy định của pháp luật Nhật Bản.",
        "Công ty không giữ hộ chiếu của người lao động.",
    ]], title="Hợp đồng lao động", lang="vi")  # fmt: skip


def _contract_ja(name: str, employer: str) -> bytes:
    return _pdf([[
        "雇用契約書（訳文）",
        f"労働者：{name}",
        f"受入企業：{employer}",
        "基本給：月額180,000円。",
        "時間外労働には日本の法令に従い割増賃金を支払う。",
        "会社は労働者の旅券を保管しない。",
        "（翻訳者：相談窓口 通訳スタッフ）",
    ]], title="雇用契約書（訳文）", lang="ja")  # fmt: skip


def _candidates(service: CaseService) -> list[CaseDetails]:
    picked = []
    for row in sorted(service.list_cases(), key=lambda r: r.ref):
        view = service.get_case(row.case_id)
        roles = {str(p.data.get("role")) for p in view.parties}
        if {PartyRole.LAWYER.value, PartyRole.EMPLOYER.value} <= roles and view.worker:
            picked.append(view)
        if len(picked) == MAX_MATTERS:
            break
    return picked


def _party(view: CaseDetails, role: PartyRole) -> tuple[str, str] | None:
    for party in view.parties:
        if party.data.get("role") == role.value:
            return party.entity_id, str(party.data.get("name", ""))
    return None


def add_demo_documents(service: CaseService, *, today: date, with_files: bool = True) -> int:
    """Add referrals and ADR matters to a few demo cases; returns the number of matters."""
    if not read_letterhead(service.vault).name:
        write_letterhead(service.vault, DEMO_LETTERHEAD)
    matters = 0
    for view in _candidates(service):
        if view.adr_matters:
            continue  # running demo twice must not duplicate matters
        lawyer = _party(view, PartyRole.LAWYER)
        employer = _party(view, PartyRole.EMPLOYER)
        assert lawyer is not None and employer is not None
        supervisor = _party(view, PartyRole.SUPERVISING_ORG)
        name = str(view.worker.data.get("full_name", "")) if view.worker else ""
        case_id = view.case_id
        given = (today - timedelta(days=40)).isoformat()
        with service.vault.writing():
            if not service.valid_consents(case_id, ConsentPurpose.REFERRAL.value, lawyer[1]):
                service.add_consent(case_id, {
                    "purpose": ConsentPurpose.REFERRAL.value, "recipient": lawyer[1],
                    "scope": "氏名・連絡先・相談内容の要約・証拠資料", "method": "written",
                    "given_on": given,
                })  # fmt: skip
            service.add_consent(case_id, {
                "purpose": ConsentPurpose.ADR.value, "recipient": ADR_FORUM,
                "scope": "あっせん申立てのための書類作成と提出", "method": "written",
                "given_on": given,
            })  # fmt: skip
            referral = service.add_referral(case_id, {
                "recipient_type": "lawyer", "recipient": lawyer[1], "language": "vi",
                "facts": ["name", "nationality", "languages", "employer", "topics", "summary"],
                "summary": str(view.case.data.get("summary", "")),
                "requested_action": "未払賃金等について、あっせん申立ての受任をご検討ください。",
            })  # fmt: skip
            service.advance_referral(
                referral, ReferralStatus.SENT, on=(today - timedelta(days=30)).isoformat(),
                follow_up_on=(today + timedelta(days=3)).isoformat(),
                follow_up_title="{0} への紹介のフォローアップ",
            )  # fmt: skip
            service.advance_referral(referral, ReferralStatus.ACKNOWLEDGED)
            respondents = [employer[0]] + ([supervisor[0]] if supervisor else [])
            matter = service.add_adr_matter(case_id, {
                "title": "未払賃金等請求あっせん申立事件",
                "respondents": respondents,
                "agent": lawyer[0],
                "relief_sought": (
                    "1　相手方は、申立人に対し、金42万円を支払え。\n"
                    "2　相手方は、申立人の旅券を直ちに返還せよ。\n"
                    "との和解あっせんを求める。"
                ),
                "grounds": (
                    "申立人は相手方の下で技能実習生として就労していたが、時間外労働に対する"
                    "割増賃金が支払われず、寮費及び管理費の名目で説明のない控除を受けていた。"
                    "また、相手方は申立人の旅券を保管し、返還の求めに応じていない。"
                ),
                "amount_claimed": 420000,
                "extra_mediators": 0,
                "referred_from_consultation": True,
                "publication": "refuse",
            })  # fmt: skip
            if with_files:
                _add_exhibits(service, case_id, matter, view, name, employer[1], today)
            matters += 1
    return matters


def _add_exhibits(
    service: CaseService,
    case_id: str,
    matter: str,
    view: CaseDetails,
    name: str,
    employer: str,
    today: date,
) -> None:
    counselor = service.vault.device.user_id

    def evidence(content: bytes, filename: str, title: str) -> str:
        return service.add_evidence(case_id, io.BytesIO(content), {
            "title": title, "captured_by": counselor, "source": "scanned at desk",
        }, filename=filename)  # fmt: skip

    payslips = evidence(_payslips(name, employer, today), "payslips.pdf", "給与明細書（3か月分）")
    service.add_exhibit(matter, {
        "evidence_id": payslips, "title": "給与明細書（3か月分）", "original_or_copy": "copy",
        "made_on": (today - timedelta(days=60)).isoformat(), "author": employer,
        "purpose": "時間外労働の割増賃金が支払われていないこと及び説明のない控除の存在",
    })  # fmt: skip
    existing_pdf = next(
        (e for e in view.evidence if e.data.get("media_type") == "application/pdf"), None
    )
    if existing_pdf is not None:
        service.add_exhibit(matter, {
            "evidence_id": existing_pdf.entity_id, "title": str(existing_pdf.data.get("title")),
            "original_or_copy": "copy", "author": employer,
            "purpose": "労働条件が来日前の説明と異なること",
        })  # fmt: skip
    number = len(service.get_case(case_id).exhibits_of(matter)) + 1
    original = evidence(_contract_vi(name, employer), "hop_dong_vi.pdf", "雇用契約書（原文）")
    translation = evidence(_contract_ja(name, employer), "contract_ja.pdf", "雇用契約書（訳文）")
    service.add_exhibit(matter, {
        "evidence_id": original, "number": number, "branch": 1, "title": "雇用契約書（原文）",
        "language": "vi", "original_or_copy": "copy", "author": employer,
        "purpose": "賃金額及び旅券を保管しない旨の約定の存在",
    })  # fmt: skip
    service.add_exhibit(matter, {
        "evidence_id": translation, "number": number, "branch": 2, "kind": "translation",
        "title": "雇用契約書（訳文）", "original_or_copy": "copy", "author": "申立人代理人",
        "purpose": f"甲第{number}号証の1の訳文",
    })  # fmt: skip
    photo = evidence(
        make_png(640, 480, (182, 190, 201), (96, 84, 70), 300), "dormitory.png", "寮の室内写真"
    )
    service.add_exhibit(matter, {
        "evidence_id": photo, "kind": "photo", "title": "寮の室内写真", "original_or_copy": "copy",
        "photographer": "申立人", "subject": "申立人が居住していた寮の室内",
        "taken_at": f"{(today - timedelta(days=50)).isoformat()}T19:30", "place": "相手方の寮",
        "purpose": "住環境が劣悪であること",
    })  # fmt: skip
