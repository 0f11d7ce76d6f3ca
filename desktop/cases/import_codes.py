"""The words NGO case lists use for countries, languages, genders, statuses and topics.

Each list maps a code to the names people write for it (English, Japanese, the workers'
own languages); :func:`key` folds a cell the way the lists are looked up.  Used by
:mod:`desktop.cases.import_values`; docs/import.md lists the names for NGO staff.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.cases.model import CaseStatus, Gender, ResidenceStatus, Topic

__all__ = [
    "COUNTRY_CODES",
    "COUNTRY_LOOKUP",
    "GENDER_LOOKUP",
    "LANGUAGE_CODES",
    "LANGUAGE_HINTS",
    "LANGUAGE_LOOKUP",
    "NUMBERED_STATUS",
    "RESIDENCE_LOOKUP",
    "STATUS_LOOKUP",
    "TOPIC_LOOKUP",
    "code_key",
    "key",
]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


# ISO 3166-1 alpha-2: every officially assigned country code.
COUNTRY_CODES = _words(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
    """
)

# Country names people write instead of the code (compared after key()).
_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "VN": ("Viet Nam", "Vietnam", "VNM", "ベトナム", "ヴェトナム", "越南"),
    "ID": ("Indonesia", "IDN", "インドネシア"),
    "PH": ("Philippines", "The Philippines", "PHL", "フィリピン"),
    "NP": ("Nepal", "NPL", "ネパール"),
    "MM": ("Myanmar", "Burma", "MMR", "ミャンマー", "ビルマ"),
    "KH": ("Cambodia", "KHM", "カンボジア"),
    "CN": ("China", "People's Republic of China", "CHN", "中国", "中華人民共和国"),
    "TH": ("Thailand", "THA", "タイ"),
    "LK": ("Sri Lanka", "LKA", "スリランカ"),
    "BD": ("Bangladesh", "BGD", "バングラデシュ"),
    "MN": ("Mongolia", "MNG", "モンゴル"),
    "BR": ("Brazil", "Brasil", "BRA", "ブラジル"),
    "PE": ("Peru", "PER", "ペルー"),
    "KR": ("Korea", "South Korea", "Republic of Korea", "KOR", "韓国", "大韓民国"),
    "JP": ("Japan", "JPN", "日本"),
    "IN": ("India", "IND", "インド"),
    "PK": ("Pakistan", "PAK", "パキスタン"),
    "UZ": ("Uzbekistan", "UZB", "ウズベキスタン"),
    "LA": ("Laos", "Lao PDR", "LAO", "ラオス"),
    "TW": ("Taiwan", "TWN", "台湾"),
    "US": ("United States", "USA", "アメリカ", "米国"),
}

# ISO 639-1: every two-letter language code.
LANGUAGE_CODES = _words(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv
    cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr
    ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw
    ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv
    ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr
    ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi
    yo za zh zu
    """
)

# Language names (and three-letter codes that have a two-letter one) -> code.
_LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "vi": ("Vietnamese", "vie", "ベトナム語"),
    "id": ("Indonesian", "Bahasa Indonesia", "ind", "インドネシア語"),
    "tl": ("Tagalog", "tgl", "タガログ語"),
    "fil": ("Filipino", "フィリピン語"),
    "ne": ("Nepali", "Nepalese", "nep", "ネパール語"),
    "my": ("Burmese", "Myanmar", "mya", "bur", "ミャンマー語", "ビルマ語"),
    "km": ("Khmer", "Cambodian", "khm", "クメール語", "カンボジア語"),
    "zh": ("Chinese", "Mandarin", "zho", "chi", "中国語", "北京語"),
    "yue": ("Cantonese", "広東語"),
    "th": ("Thai", "tha", "タイ語"),
    "si": ("Sinhala", "Sinhalese", "sin", "シンハラ語"),
    "ta": ("Tamil", "tam", "タミル語"),
    "bn": ("Bengali", "Bangla", "ben", "ベンガル語"),
    "mn": ("Mongolian", "mon", "モンゴル語"),
    "pt": ("Portuguese", "por", "ポルトガル語"),
    "es": ("Spanish", "spa", "スペイン語"),
    "ko": ("Korean", "kor", "韓国語", "朝鮮語"),
    "ja": ("Japanese", "jpn", "日本語"),
    "en": ("English", "eng", "英語"),
    "hi": ("Hindi", "hin", "ヒンディー語"),
    "ur": ("Urdu", "urd", "ウルドゥー語"),
    "lo": ("Lao", "Laotian", "ラオ語", "ラオス語"),
    "uz": ("Uzbek", "uzb", "ウズベク語"),
    "ru": ("Russian", "rus", "ロシア語"),
    "fr": ("French", "fra", "fre", "フランス語"),
    "ar": ("Arabic", "ara", "アラビア語"),
    "fa": ("Persian", "Farsi", "fas", "per", "ペルシャ語"),
    "tr": ("Turkish", "tur", "トルコ語"),
}

# Country codes people often write where a language code belongs.
LANGUAGE_HINTS = {
    "jp": "ja",
    "vn": "vi",
    "cn": "zh",
    "np": "ne",
    "mm": "my",
    "kh": "km",
    "ph": "tl or fil",
    "lk": "si",
    "bd": "bn",
}

_GENDERS: dict[str, tuple[str, ...]] = {
    Gender.FEMALE: ("female", "f", "女", "女性"),
    Gender.MALE: ("male", "m", "男", "男性"),
    Gender.OTHER: ("other", "その他"),
    Gender.UNKNOWN: ("unknown", "不明"),
}

_RESIDENCE_NAMES: dict[str, tuple[str, ...]] = {
    ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT: ("育成就労",),
    ResidenceStatus.ENGINEER_HUMANITIES: ("技術・人文知識・国際業務", "技人国"),
    ResidenceStatus.STUDENT: ("留学",),
    ResidenceStatus.DESIGNATED_ACTIVITIES: ("特定活動",),
    ResidenceStatus.PERMANENT_RESIDENT: ("永住者", "永住"),
    ResidenceStatus.LONG_TERM_RESIDENT: ("定住者", "定住"),
    ResidenceStatus.SPOUSE: ("日本人の配偶者等", "永住者の配偶者等"),
    ResidenceStatus.TEMPORARY_VISITOR: ("短期滞在",),
    ResidenceStatus.NONE_OVERSTAY: ("なし", "超過滞在", "在留資格なし", "オーバーステイ"),
    ResidenceStatus.OTHER: ("その他",),
}
NUMBERED_STATUS = re.compile(r"^(技能実習|特定技能)第?([123])号[イロ]?$")

_TOPIC_NAMES: dict[str, tuple[str, ...]] = {
    Topic.LABOUR: ("労働", "labor"),
    Topic.DAILY_LIFE: ("生活",),
    Topic.MEDICAL_WELFARE: ("医療・福祉",),
    Topic.RESIDENCE: ("在留",),
    Topic.TAX_SOCIAL_INSURANCE: ("税・社会保険",),
    Topic.EDUCATION: ("教育",),
    Topic.OTHER: ("その他",),
}

_STATUS_NAMES: dict[str, tuple[str, ...]] = {
    CaseStatus.OPEN: ("受付", "新規"),
    CaseStatus.IN_PROGRESS: ("対応中",),
    CaseStatus.WAITING: ("保留", "待ち"),
    CaseStatus.CLOSED: ("終了", "完了"),
}

# --- small helpers ---------------------------------------------------------------------


def key(text: str) -> str:
    """A lookup key: width-folded, case-folded, without spaces, dots, dashes or '・'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s._\-・'’]+", "", folded)


def code_key(text: str) -> str:
    """A code as people type it ('In progress', 'in-progress') -> 'in_progress'."""
    folded = unicodedata.normalize("NFKC", text).strip().casefold()
    return re.sub(r"[\s\-]+", "_", folded)


def _lookup(table: dict[str, tuple[str, ...]], *, codes: bool = True) -> dict[str, str]:
    """Map every name (and, with ``codes``, the code itself) to its code."""
    out: dict[str, str] = {}
    for code, names in table.items():
        for name in (code, *names) if codes else names:
            out[key(name)] = str(code)
    return out


COUNTRY_LOOKUP = _lookup(_COUNTRY_NAMES, codes=False)
LANGUAGE_LOOKUP = _lookup(_LANGUAGE_NAMES, codes=False)
GENDER_LOOKUP = _lookup(_GENDERS)
RESIDENCE_LOOKUP = _lookup(_RESIDENCE_NAMES)
TOPIC_LOOKUP = _lookup(_TOPIC_NAMES)
STATUS_LOOKUP = _lookup(_STATUS_NAMES)
