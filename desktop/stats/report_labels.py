"""The words of a statistics report in Japanese and English, without Qt.

The window has translated labels for every code list (ui/labels.py) and hands them to
the report; the CLI has no Qt, so the report carries its own names for the fields, the
measures and the short code lists, and asks CLDR (babel) for country and language
names.  A code with no name here is printed as stored.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

__all__ = ["REPORT_LANGUAGES", "category_label", "filter_line", "text"]

REPORT_LANGUAGES = ("ja", "en")

_TEXT: dict[str, tuple[str, str]] = {  # key: (Japanese, English)
    "title": ("統計: {by}別の{measure}", "Statistics: {measure} by {by}"),
    "subject": ("相談統計", "Desk statistics"),
    "by_join": ("・", " and "),
    "period": ("期間: {start} 〜 {end}", "Period: {start} to {end}"),
    "threshold": ("最小集計単位 k = {k}", "Minimum group size k = {k}"),
    "rounded": ("数値は {base} の倍数に丸めています", "Figures rounded to a multiple of {base}"),
    "total": ("合計", "Total"),
    "filtered": ("対象: 次の条件に合う案件のみ — {terms}",
                 "Counted: only cases matching {terms}"),
    "text": ("検索語", "Search text"),
    "assignee": ("担当者", "Assignee"),
    "flag": ("注意フラグ", "Flag"),
    "too_few": ("件数が少ないため、この表の数値はすべて非公表です (k = {k})。",
                "Too few to publish: every figure of this table is hidden (k = {k})."),
    "note_primary": ("<{k}: {k} 未満のため非公表 (個人が特定されないように)。",
                     "<{k}: fewer than {k}, hidden so that no one can be identified."),
    "note_complementary": ("x: {k} 以上だが、<{k} の数値が合計や過去の表から計算できない"
                           "ように非公表。",
                           "x: at least {k}, hidden so that the <{k} figures cannot be worked "
                           "out from totals or earlier tables."),
    "note_bars": ("グラフ: 非公表の数値には棒を描いていません。",
                  "Chart: a hidden figure has no bar."),
    "note_margins": ("合計は件数の重複を除いた数で、各欄の和と一致しないことがあります。",
                     "Totals count each case or consultation once, so they may be less than "
                     "the sum of their cells."),
    "cases": ("相談案件数", "Cases"),
    "new_cases": ("新規案件数", "New cases"),
    "consultations": ("相談回数", "Consultations"),
    "minutes": ("相談時間 (分)", "Time spent (minutes)"),
    "month": ("月", "Month"),
    "quarter": ("四半期", "Quarter"),
    "fiscal_year": ("年度", "Fiscal year"),
    "nationality": ("国籍", "Nationality"),
    "residence_status": ("在留資格", "Status of residence"),
    "topic": ("相談分野", "Topic"),
    "subtopic": ("相談内容", "Subtopic"),
    "channel": ("相談方法", "Channel"),
    "language": ("言語", "Language"),
    "prefecture": ("都道府県 (就労先)", "Prefecture (workplace)"),
    "referral": ("紹介先", "Referred to"),
    "outcome": ("結果", "Outcome"),
    "status": ("状況", "Status"),
}  # fmt: skip

_CODES: dict[str, dict[str, tuple[str, str]]] = {
    "topic": {
        "labour": ("労働", "Labour"),
        "daily_life": ("生活", "Daily life"),
        "medical_welfare": ("医療・福祉", "Medical and welfare"),
        "residence": ("在留資格", "Residence status"),
        "tax_social_insurance": ("税・社会保険", "Tax and social insurance"),
        "education": ("教育", "Education"),
        "other": ("その他", "Other"),
    },
    "status": {
        "open": ("受付", "Open"),
        "in_progress": ("対応中", "In progress"),
        "waiting": ("待機", "Waiting"),
        "closed": ("終了", "Closed"),
    },
    "outcome": {
        "resolved": ("解決", "Resolved"),
        "partially_resolved": ("一部解決", "Partially resolved"),
        "referred": ("紹介", "Referred"),
        "unresolved": ("未解決", "Unresolved"),
        "withdrawn": ("取下げ", "Withdrawn"),
        "lost_contact": ("連絡途絶", "Lost contact"),
    },
    "channel": {
        "phone": ("電話", "Phone"),
        "walk_in": ("来所", "Walk-in"),
        "line": ("LINE", "LINE"),
        "sns": ("SNS", "SNS"),
        "email": ("メール", "Email"),
        "visit": ("訪問", "Visit"),
        "online": ("オンライン面談", "Online meeting"),
        "letter": ("手紙", "Letter"),
    },
    "flag": {
        "urgent": ("緊急", "Urgent"),
        "safety_follow_up": ("安全確認の要フォロー", "Safety follow-up"),
    },
    "referral": {
        "none": ("なし", "None"),
        "lawyer": ("弁護士", "Lawyer"),
        "ngo": ("NGO・シェルター", "NGO or shelter"),
        "labour_office": ("労働基準監督署", "Labour standards office"),
        "hospital": ("病院", "Hospital"),
        "embassy": ("大使館", "Embassy"),
        "generic": ("その他の機関", "Other organisation"),
    },
}
_UNKNOWN = ("不明", "Unknown")


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "ja" else pair[1]


def text(lang: str, key: str) -> str:
    """A fixed text of the report (a field or measure name, a note) in ``lang``."""
    return _pick(_TEXT[key], lang)


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def _period(dimension: str, code: str, lang: str) -> str:
    if lang != "ja":
        return code
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", code):
        return f"{match[1]}年 第{match[2]}四半期"
    if match := re.fullmatch(r"FY(\d{4})", code):
        return f"{match[1]}年度"
    if match := re.fullmatch(r"(\d{4})-(\d{2})", code):
        return f"{match[1]}年{int(match[2])}月"
    return code


def category_label(lang: str, dimension: str, code: str) -> str:
    """The printed name of ``code`` (a category of ``dimension``) in ``lang``."""
    if code == "unknown":
        return _pick(_UNKNOWN, lang)
    if dimension in ("month", "quarter", "fiscal_year"):
        return _period(dimension, code, lang)
    if dimension == "nationality":
        return str(_locale(lang).territories.get(code.upper(), code))
    if dimension == "language":
        names = _locale(lang).languages
        return str(names.get(code.replace("-", "_"), names.get(code.split("-")[0], code)))
    pair = _CODES.get(dimension, {}).get(code)
    return _pick(pair, lang) if pair else code


def filter_line(lang: str, terms: tuple[tuple[str, str], ...]) -> str:
    """ "Counted: only cases matching …" for a filtered table; "" for an unfiltered one."""
    if not terms:
        return ""
    values: dict[str, list[str]] = {}
    for name, value in terms:
        shown = f"「{value}」" if name == "text" else value
        if name not in ("text", "assignee"):
            shown = category_label(lang, name, value)
        values.setdefault(name, []).append(shown)
    parts = [f"{text(lang, name)}: {', '.join(found)}" for name, found in values.items()]
    return text(lang, "filtered").format(terms="; ".join(parts))
