"""The three papers reportlab draws: cover sheet, application (申立書), evidence statement.

Layout follows the centre's templates loosely: headings 第1…, parties with
addresses, the relief and grounds as the counselor wrote them.  All text goes
through :mod:`desktop.documents.text` so every script renders.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.documents.adr.labels import format_date, yen
from desktop.documents.adr.matter import MatterData, Party
from desktop.documents.pdf import build_story
from desktop.documents.text import Style, paragraph, register_fonts

__all__ = [
    "FILING_FEE",
    "FILING_FEE_REFERRED",
    "SESSION_FEE",
    "application_pdf",
    "attachments",
    "cover_pdf",
    "evidence_statement_pdf",
    "exhibit_remarks",
]

FILING_FEE = 11_000  # 申立手数料
FILING_FEE_REFERRED = 5_500  # referred from the bar's legal consultation
SESSION_FEE = 5_500  # 期日手数料, per party per session

# Language names as the remarks column prints them; other codes print as given.
LANGUAGES = {
    "ja": "日本語", "en": "英語", "vi": "ベトナム語", "zh": "中国語", "tl": "タガログ語",
    "fil": "フィリピノ語", "id": "インドネシア語", "ne": "ネパール語", "my": "ミャンマー語",
    "km": "クメール語", "th": "タイ語", "si": "シンハラ語", "bn": "ベンガル語",
    "mn": "モンゴル語", "pt": "ポルトガル語", "es": "スペイン語", "ko": "韓国語",
}  # fmt: skip
TITLE = Style(size=16, bold=True, align="center", lang="ja", space_after=6 * mm)
HEAD = Style(
    size=11.5, bold=True, lang="ja", space_before=4 * mm, space_after=1.5 * mm, keep_with_next=True
)
BODY = Style(size=10.5, leading=17, lang="ja")
SMALL = Style(size=8.5, leading=12, lang="ja")
RIGHT = Style(size=10.5, leading=17, align="right", lang="ja")
CELL = Style(size=8, leading=11, lang="ja")
CELL_HEAD = Style(size=8, leading=11, bold=True, align="center", lang="ja")


def _p(text: str, style: Style = BODY) -> Flowable:
    return paragraph(text, style)


# Between a label (申立人, 住所 …) and its value in 当事者の表示.  Plain spaces, not an
# ideographic one: pdftotext and screen readers take a drawn U+3000 after a label for a
# column gap and read every label before any name ("申立人代理人弁護士 住所 …").
LABEL_GAP = "  "


def _party_lines(party: Party, role: str) -> list[Flowable]:
    name = party.name + (f"（{party.native_name}）" if party.native_name else "")
    style = Style(size=10.5, leading=17, lang=party.lang or "ja")
    out = [paragraph(f"{role}{LABEL_GAP}{name}", style, names=(party.name, party.native_name))]
    if party.address:
        out.append(_p(f"　　住所{LABEL_GAP}{party.address}"))
    if party.corporate_number:
        out.append(_p(f"　　法人番号{LABEL_GAP}{party.corporate_number}"))
    # A party's name and address are one block: never split across pages.
    return [KeepTogether(out)]


def attachments(data: MatterData) -> list[str]:
    """What goes with the application (附属書類), one line each.

    The papers filed in sets (the evidence statement, the copies of the exhibits) are
    counted as the cover sheet counts them; a power of attorney and a company's
    register certificate are originals, filed once with the centre.
    """
    sets = data.sets_to_print
    items = [f"証拠説明書　{sets}通"]
    if data.exhibits:
        first, last = data.exhibits[0].label, data.exhibits[-1].label
        span = first if first == last else f"{first}から{last}まで"
        items.append(f"甲号証写し（{span}）　各{sets}通")
    if data.agent is not None:
        items.append("委任状（原本）　1通")
    for party in data.corporate_parties:
        items.append(f"登記事項証明書（{party.name}）（原本）　1通")
    return items


def cover_pdf(data: MatterData) -> bytes:
    """The filer's cover sheet: sets to print, checklist, fees, publication choice."""
    m = data.matter
    referred = bool(m.get("referred_from_consultation"))
    fee = FILING_FEE_REFERRED if referred else FILING_FEE
    extra_resp = max(0, len(data.respondents) - 1)
    extra_med = int(m.get("extra_mediators") or 0)
    parties = 1 + len(data.respondents)
    story: list[Flowable] = [
        _p("ADR申立て　提出準備表（申立人控え）", TITLE),
        _p(f"事件　{data.title}"),
        _p(f"提出先　{data.forum}"),
        _p(
            f"作成日　{data.printed_date(data.today)}"
            + (f"　作成　{data.organisation}" if data.organisation else "")
        ),
        _p("1　印刷する部数", HEAD),
        _p(
            f"{data.sets_to_print}部（センター・あっせん人・相手方の3部"
            + (f"＋追加の相手方{extra_resp}名分" if extra_resp else "")
            + (f"＋追加のあっせん人{extra_med}名分" if extra_med else "")
            + "）。"
        ),
        _p(
            f"申立書・証拠説明書・甲号証の写しを各{data.sets_to_print}部用意します。"
            "提出書類は返却されないため、原本ではなく写しを提出してください。"
        ),
        _p("2　添付書類チェックリスト", HEAD),
    ]
    checklist = [f"申立書　{data.sets_to_print}通", *attachments(data)]
    story += [_p(f"□　{item}") for item in checklist]
    story += [
        _p("3　手数料（目安）", HEAD),
        _p(f"申立手数料　{yen(fee)}" + ("（弁護士会の法律相談からの紹介）" if referred else "")),
        _p(f"期日手数料　1期日ごとに当事者1名あたり{yen(SESSION_FEE)}（当事者{parties}名）"),
        _p(
            "成立手数料　和解が成立した場合、解決額に応じて定められた額"
            + (f"（請求額　{yen(m['amount_claimed'])}）" if m.get("amount_claimed") else "")
        ),
        _p(
            "※手数料は改定されることがあります。申立て前に必ずセンターに現在の額を確認してください。"
            "（Check current fees with the centre before filing.）",
            SMALL,
        ),
        _p("4　事案の公表について", HEAD),
        _p(_publication(m.get("publication"))),
    ]
    if m.get("note"):
        story += [_p("5　メモ", HEAD), _p(str(m["note"]))]
    return build_story(story, title=f"提出準備表 {data.title}", lang="ja")


def _publication(choice: object) -> str:
    if choice == "allow":
        return "申立人は、匿名化した事案の内容を研究のために公表することに同意する。"
    if choice == "refuse":
        return "申立人は、匿名化した事案の内容の公表を希望しない。"
    return "未確認（公表の可否を申立人に確認し、記録してください）。"


LAWYER_TITLE = "弁護士"
SEAL_SPACE = "　" * 4 + "印"  # where the submitter seals or signs


def without_title(name: str) -> str:
    """The name without a 弁護士 the record already holds, so it is never printed twice."""
    bare = name.strip().removeprefix(LAWYER_TITLE).removesuffix(LAWYER_TITLE)
    return bare.strip(" 　") or name.strip()


def submitter_line(data: MatterData) -> str:
    """申立人代理人 弁護士 NAME (or 申立人 NAME), followed by the space for the seal."""
    if data.agent is not None:
        return f"申立人代理人　{LAWYER_TITLE}　{without_title(data.agent.name)}{SEAL_SPACE}"
    return f"申立人　{data.applicant.name}{SEAL_SPACE}"


def application_pdf(data: MatterData) -> bytes:
    """申立書: parties, relief sought, grounds with chronology, evidence, attachments."""
    m = data.matter
    story: list[Flowable] = [
        _p("和解あっせん申立書", TITLE),
        _p(data.printed_date(data.today), RIGHT),
        _p(f"{data.forum}　御中"),
        Spacer(1, 3 * mm),
    ]
    story.append(_p(submitter_line(data), RIGHT))  # who signs, with room for the seal
    story.append(_p("当事者の表示", HEAD))
    story += _party_lines(data.applicant, "申立人")
    if data.agent is not None:
        story += _party_lines(replace(data.agent, name=without_title(data.agent.name)),
                              "申立人代理人弁護士")  # fmt: skip
    for index, party in enumerate(data.respondents, 1):
        role = "相手方" if len(data.respondents) == 1 else f"相手方{index}"
        story += _party_lines(party, role)
    story += [_p("第1　申立ての趣旨", HEAD), _p(str(m.get("relief_sought") or "（未記入）"))]
    if m.get("amount_claimed"):
        story.append(_p(f"（請求額　{yen(m['amount_claimed'])}）"))
    story += [_p("第2　申立ての理由", HEAD), _p(str(m.get("grounds") or "（未記入）"))]
    if data.chronology:
        story += [_p("時系列", Style(size=10.5, bold=True, lang="ja", space_before=3 * mm))]
        story.append(_p(data.chronology))
    story.append(_p("第3　証拠方法", HEAD))
    story += [_p(f"{e.label}　{e.title}") for e in data.exhibits] or [_p("なし")]
    story += [_p("第4　附属書類", HEAD)]
    story += [_p(f"{i}　{item}") for i, item in enumerate(attachments(data), 1)]
    story += [_p("第5　事案の公表について", HEAD), _p(_publication(m.get("publication")))]
    return build_story(story, title=f"申立書 {data.title}", lang="ja")


def exhibit_remarks(data: MatterData, index: int) -> str:
    """備考: the counselor's remarks plus what a photo or translation must state."""
    exhibit = data.exhibits[index]
    d = exhibit.data
    parts = [str(d["remarks"])] if d.get("remarks") else []
    if exhibit.kind == "photo":
        parts += [
            f"撮影者：{d.get('photographer') or '不明'}",
            f"撮影対象：{d.get('subject') or '不明'}",
            "撮影日時："
            + (format_date(d["taken_at"], data.date_style) if d.get("taken_at") else "不明"),
            f"撮影場所：{d.get('place') or '不明'}",
        ]
    if d.get("translation_of"):
        original = next(
            (e.label for e in data.exhibits if e.exhibit_id == d["translation_of"]), None
        )
        if original:
            parts.append(f"{original}の訳文")
    if d.get("language") and exhibit.kind != "translation":
        parts.append(f"言語：{LANGUAGES.get(str(d['language']), str(d['language']))}")
    return "\n".join(parts)


def evidence_statement_pdf(data: MatterData) -> bytes:
    """証拠説明書: one table row per exhibit."""
    head = ["号証", "標目", "原本・写しの別", "作成年月日", "作成者", "立証趣旨", "備考"]
    rows: list[list[Flowable]] = [[_p(h, CELL_HEAD) for h in head]]
    for index, exhibit in enumerate(data.exhibits):
        d = exhibit.data
        rows.append(
            [
                _p(exhibit.label, CELL),
                _p(exhibit.title, CELL),
                _p("原本" if d.get("original_or_copy") == "original" else "写し", CELL),
                _p(format_date(d.get("made_on") or "", data.date_style), CELL),
                _p(str(d.get("author") or ""), CELL),
                _p(str(d.get("purpose") or ""), CELL),
                _p(exhibit_remarks(data, index), CELL),
            ]
        )
    widths = [x * mm for x in (21, 27, 12, 24, 22, 36, 28)]
    register_fonts()  # makes the text API's embedded font the canvas default
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                # A Table selects its cell font even around flowables; without this it
                # would name Helvetica, which is never embedded.
                ("FONTNAME", (0, 0), (-1, -1), rl_config.canvas_basefontname),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story: list[Flowable] = [
        _p("証拠説明書", TITLE),
        _p(data.printed_date(data.today), RIGHT),
        _p(f"{data.forum}　御中"),
        _p(f"事件　{data.title}"),
        _p(
            f"申立人　{data.applicant.name}　　相手方　"
            + "、".join(p.name for p in data.respondents)
        ),
        Spacer(1, 4 * mm),
        table,
    ]
    return build_story(story, title=f"証拠説明書 {data.title}", lang="ja")
