"""Deterministic synthetic cases for demos, screenshots and benchmarks.

Every person, company and organisation here is invented.  Names are built from
per-country lists of common given and family names, each kept as a tuple of its
passport (Latin) spelling, the katakana a Japanese counselor would write, and the
native-script spelling, so the three forms of a name always agree.

The generator only uses the ``random.Random(seed)`` it creates and the ``today``
it is given: the same ``seed`` and ``today`` give the same cases, byte for byte,
and ``generate(n)`` is always a prefix of ``generate(n + k)``.  No Qt, no I/O:
evidence files (PNG, CSV, text, PDF) are built in memory.
"""

from __future__ import annotations

import struct
import unicodedata
import zlib
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from random import Random
from typing import Generic, TypeVar

from desktop.cases.model import (
    SUBTOPICS,
    CaseStatus,
    Channel,
    ConsentMethod,
    ConsentPurpose,
    EntryKind,
    Gender,
    Outcome,
    PartyRole,
    ResidenceStatus,
    TaskKind,
    Topic,
)

__all__ = [
    "COUNSELORS",
    "DemoCase",
    "DemoEvidence",
    "corporate_check_digit",
    "generate",
    "make_pdf",
    "make_png",
]


# -- public types ------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class DemoCase:
    """One synthetic case: a field dict per record, keyed like :data:`model.FIELDS`.

    ``case`` has no ``ref`` (the service assigns it); ``outcome`` and ``closed_on``
    are present only for closed cases.  Optional fields that do not apply are
    ``None`` (worker, timeline, consent) or absent (party, task, topic).
    """

    case: dict[str, object]
    worker: dict[str, object]
    parties: list[dict[str, object]]
    topics: list[dict[str, object]]
    timeline: list[dict[str, object]]
    tasks: list[dict[str, object]]
    consents: list[dict[str, object]]
    evidence: list[DemoEvidence]


# -- small helpers -----------------------------------------------------------------------------

T = TypeVar("T")
_Rnd = Callable[[], float]


class _Weighted(Generic[T]):
    """A weighted choice that costs one ``random()`` and one bisect."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        items: list[T] = []
        cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight > 0:
                total += weight
                items.append(item)
                cum.append(total)
        if not items:
            raise ValueError("a weighted choice needs at least one positive weight")
        self._items = tuple(items)
        self._cum = tuple(cum)
        self._total = total

    def table(self) -> tuple[tuple[T, ...], tuple[float, ...], float]:
        """Items, cumulative weights and total, for inlining :meth:`pick` in hot loops."""
        return self._items, self._cum, self._total

    def pick(self, rnd: _Rnd) -> T:
        """One item, drawn with the weights given."""
        return self._items[bisect(self._cum, rnd() * self._total)]


def _one(rnd: _Rnd, seq: Sequence[T]) -> T:
    """A uniformly chosen item (faster than ``Random.choice``)."""
    return seq[int(rnd() * len(seq))]


def _ascii(text: str) -> str:
    """Passport spelling: diacritics dropped (Vietnamese Đ becomes D)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def corporate_check_digit(base12: str) -> int:
    """Check digit of a Japanese corporate number (法人番号) for its 12-digit base."""
    total = 0
    for position, char in enumerate(reversed(base12), start=1):
        total += int(char) * (2 if position % 2 == 0 else 1)
    return 9 - total % 9


# -- names -------------------------------------------------------------------------------------

# (latin, katakana, native, gender "f"/"m") and (latin, katakana, native)
_Given = tuple[str, str, str, str]
_Part = tuple[str, str, str]


def _g(native: str, kana: str, gender: str) -> _Given:
    """A given name in a Latin-script language; the passport form is derived."""
    return (_ascii(native), kana, native, gender)


def _f(native: str, kana: str) -> _Part:
    """A family name in a Latin-script language; the passport form is derived."""
    return (_ascii(native), kana, native)


@dataclass(frozen=True)
class _Country:
    code: str
    weight: float
    language: str
    given: tuple[_Given, ...]
    family: tuple[_Part, ...]
    family_first: bool
    native_sep: str
    family_parts: tuple[int, int, float]  # min, max, chance of the max
    profile: str
    sending_orgs: tuple[str, ...]
    fee_usd: int


_VN = _Country(
    "VN", 26.0, "vi",
    given=(
        _g("Văn An", "ヴァン・アン", "m"), _g("Văn Hùng", "ヴァン・フン", "m"),
        _g("Đức Minh", "ドゥック・ミン", "m"), _g("Minh Tuấn", "ミン・トゥアン", "m"),
        _g("Văn Nam", "ヴァン・ナム", "m"), _g("Quốc Huy", "クオック・フイ", "m"),
        _g("Thành Long", "タイン・ロン", "m"), _g("Văn Thành", "ヴァン・タイン", "m"),
        _g("Hữu Phước", "フー・フオック", "m"), _g("Công Hiếu", "コン・ヒエウ", "m"),
        _g("Văn Đức", "ヴァン・ドゥック", "m"), _g("Thị Lan", "ティ・ラン", "f"),
        _g("Thị Hoa", "ティ・ホア", "f"), _g("Thị Hương", "ティ・フオン", "f"),
        _g("Thị Mai", "ティ・マイ", "f"), _g("Ngọc Ánh", "ゴック・アイン", "f"),
        _g("Thị Thu", "ティ・トゥー", "f"), _g("Thị Hằng", "ティ・ハン", "f"),
        _g("Thùy Trang", "トゥイ・チャン", "f"), _g("Thị Linh", "ティ・リン", "f"),
        _g("Phương Thảo", "フオン・タオ", "f"),
    ),
    family=(
        _f("Nguyễn", "グエン"), _f("Trần", "チャン"), _f("Lê", "レ"), _f("Phạm", "ファム"),
        _f("Hoàng", "ホアン"), _f("Huỳnh", "フイン"), _f("Phan", "ファン"), _f("Vũ", "ヴー"),
        _f("Võ", "ヴォー"), _f("Đặng", "ダン"), _f("Bùi", "ブイ"), _f("Đỗ", "ドー"),
        _f("Ngô", "ゴー"), _f("Dương", "ズオン"), _f("Lý", "リー"),
    ),
    # Every given name carries diacritics, so the native spelling always differs.
    family_first=True, native_sep=" ", family_parts=(1, 1, 0.0), profile="intern",
    sending_orgs=(
        "Hanoi Sunrise Manpower JSC", "Saigon Global Labour Cooperation Co., Ltd.",
        "Nghe An Human Resources Development JSC",
    ),
    fee_usd=5700,
)  # fmt: skip

_CN = _Country(
    "CN", 18.0, "zh",
    given=(
        ("Fang", "ファン", "芳", "f"), ("Wei", "ウェイ", "伟", "m"), ("Min", "ミン", "敏", "f"),
        ("Jing", "ジン", "静", "f"), ("Li", "リー", "丽", "f"), ("Qiang", "チアン", "强", "m"),
        ("Lei", "レイ", "磊", "m"), ("Jun", "ジュン", "军", "m"), ("Yang", "ヤン", "洋", "m"),
        ("Yan", "イエン", "燕", "f"), ("Jie", "ジエ", "杰", "m"), ("Juan", "ジュエン", "娟", "f"),
        ("Hui", "ホイ", "慧", "f"), ("Tao", "タオ", "涛", "m"), ("Ming", "ミン", "明", "m"),
        ("Xiuying", "シウイン", "秀英", "f"), ("Haiyan", "ハイイエン", "海燕", "f"),
        ("Jianguo", "ジエングオ", "建国", "m"), ("Chao", "チャオ", "超", "m"),
        ("Hong", "ホン", "红", "f"),
    ),
    family=(
        ("Wang", "ワン", "王"), ("Li", "リー", "李"), ("Zhang", "ジャン", "张"),
        ("Liu", "リウ", "刘"), ("Chen", "チェン", "陈"), ("Yang", "ヤン", "杨"),
        ("Huang", "ホアン", "黄"), ("Zhao", "ジャオ", "赵"), ("Wu", "ウー", "吴"),
        ("Zhou", "ジョウ", "周"), ("Xu", "シュー", "徐"), ("Sun", "スン", "孙"),
    ),
    family_first=True, native_sep="", family_parts=(1, 1, 0.0), profile="intern",
    sending_orgs=(
        "Shandong Haida International Economic Cooperation Co., Ltd.",
        "Jiangsu Ever-Bright Overseas Employment Service Co., Ltd.",
        "Liaoning Northstar Labour Cooperation Co., Ltd.",
    ),
    fee_usd=4000,
)  # fmt: skip

_PH = _Country(
    "PH", 11.0, "tl",
    given=(
        _g("Maria", "マリア", "f"), _g("Jocelyn", "ジョセリン", "f"), _g("Rowena", "ロウェナ", "f"),
        _g("Maricel", "マリセル", "f"), _g("Angelica", "アンジェリカ", "f"),
        _g("Kristine", "クリスティン", "f"), _g("Joy", "ジョイ", "f"),
        _g("Mary Grace", "メアリーグレース", "f"), _g("Jose", "ホセ", "m"),
        _g("Juan", "フアン", "m"), _g("Mark", "マーク", "m"), _g("John Paul", "ジョンポール", "m"),
        _g("Ramon", "ラモン", "m"), _g("Jerome", "ジェローム", "m"), _g("Rodel", "ロデル", "m"),
        _g("Arnel", "アルネル", "m"), _g("Christian", "クリスチャン", "m"),
    ),
    family=(
        _f("Santos", "サントス"), _f("Reyes", "レイエス"), _f("Cruz", "クルス"),
        _f("Bautista", "バウティスタ"), _f("Garcia", "ガルシア"), _f("Mendoza", "メンドーサ"),
        _f("Ramos", "ラモス"), _f("Aquino", "アキノ"), _f("Villanueva", "ビジャヌエバ"),
        _f("Castillo", "カスティーヨ"), _f("Dela Cruz", "デラクルス"), _f("Flores", "フローレス"),
    ),
    family_first=False, native_sep=" ", family_parts=(1, 1, 0.0), profile="intern",
    sending_orgs=(
        "Manila Bright Star Manpower Services Inc.", "Cebu Pacific Bridge Recruitment Agency Inc.",
        "Luzon Skilled Workers Placement Corp.",
    ),
    fee_usd=800,
)  # fmt: skip

_NP = _Country(
    "NP", 7.0, "ne",
    given=(
        ("Ram", "ラム", "राम", "m"), ("Hari", "ハリ", "हरि", "m"),
        ("Krishna", "クリシュナ", "कृष्ण", "m"), ("Bikash", "ビカシュ", "विकास", "m"),
        ("Sagar", "サガル", "सागर", "m"), ("Suman", "スマン", "सुमन", "m"),
        ("Prakash", "プラカシュ", "प्रकाश", "m"), ("Dipak", "ディパク", "दीपक", "m"),
        ("Rajesh", "ラジェシュ", "राजेश", "m"), ("Sita", "シタ", "सीता", "f"),
        ("Gita", "ギタ", "गीता", "f"), ("Sunita", "スニタ", "सुनिता", "f"),
        ("Anita", "アニタ", "अनिता", "f"), ("Sabina", "サビナ", "सबिना", "f"),
        ("Puja", "プジャ", "पूजा", "f"), ("Laxmi", "ラクシュミ", "लक्ष्मी", "f"),
        ("Kamala", "カマラ", "कमला", "f"), ("Asmita", "アスミタ", "अस्मिता", "f"),
    ),
    family=(
        ("Thapa", "タパ", "थापा"), ("Gurung", "グルン", "गुरुङ"),
        ("Shrestha", "シュレスタ", "श्रेष्ठ"),
        ("Tamang", "タマン", "तामाङ"), ("Rai", "ライ", "राई"),
        ("Magar", "マガル", "मगर"), ("Karki", "カルキ", "कार्की"),
        ("Adhikari", "アディカリ", "अधिकारी"), ("Sharma", "シャルマ", "शर्मा"),
        ("Poudel", "パウデル", "पौडेल"), ("Khadka", "カドカ", "खड्का"),
        ("Bhandari", "バンダリ", "भण्डारी"),
    ),
    family_first=False, native_sep=" ", family_parts=(1, 1, 0.0), profile="student",
    sending_orgs=("Everest Skill Overseas Pvt. Ltd.", "Himalayan Bridge Manpower Pvt. Ltd."),
    fee_usd=3000,
)  # fmt: skip

_BR = _Country(
    "BR", 6.5, "pt",
    given=(
        _g("João", "ジョアン", "m"), _g("José", "ジョゼ", "m"), _g("Lucas", "ルーカス", "m"),
        _g("Gabriel", "ガブリエル", "m"), _g("Rafael", "ハファエル", "m"),
        _g("Felipe", "フェリペ", "m"), _g("Marcos", "マルコス", "m"), _g("Paulo", "パウロ", "m"),
        _g("Thiago", "チアゴ", "m"), _g("Ana", "アナ", "f"), _g("Maria", "マリア", "f"),
        _g("Juliana", "ジュリアナ", "f"), _g("Fernanda", "フェルナンダ", "f"),
        _g("Camila", "カミラ", "f"), _g("Luciana", "ルシアナ", "f"),
        _g("Patrícia", "パトリシア", "f"), _g("Márcia", "マルシア", "f"),
    ),
    family=(
        _f("Silva", "シルバ"), _f("Santos", "サントス"), _f("Oliveira", "オリベイラ"),
        _f("Souza", "ソウザ"), _f("Pereira", "ペレイラ"), _f("Costa", "コスタ"),
        _f("Rodrigues", "ホドリゲス"), _f("Almeida", "アルメイダ"), _f("Nakamura", "ナカムラ"),
        _f("Yamamoto", "ヤマモト"), _f("Higa", "ヒガ"), _f("Gonçalves", "ゴンサウヴェス"),
    ),
    family_first=False, native_sep=" ", family_parts=(1, 2, 0.4), profile="nikkei",
    sending_orgs=(), fee_usd=0,
)  # fmt: skip

_ID = _Country(
    "ID", 6.0, "id",
    given=(
        _g("Budi", "ブディ", "m"), _g("Agus", "アグス", "m"), _g("Dedi", "デディ", "m"),
        _g("Eko", "エコ", "m"), _g("Rizki", "リズキ", "m"), _g("Andi", "アンディ", "m"),
        _g("Fajar", "ファジャル", "m"), _g("Hendra", "ヘンドラ", "m"), _g("Yusuf", "ユスフ", "m"),
        _g("Siti", "シティ", "f"), _g("Dewi", "デウィ", "f"), _g("Sri", "スリ", "f"),
        _g("Ayu", "アユ", "f"), _g("Putri", "プトリ", "f"), _g("Rina", "リナ", "f"),
        _g("Nur", "ヌル", "f"), _g("Indah", "インダ", "f"), _g("Fitri", "フィトリ", "f"),
    ),
    family=(
        _f("Santoso", "サントソ"), _f("Wijaya", "ウィジャヤ"), _f("Saputra", "サプトラ"),
        _f("Setiawan", "セティアワン"), _f("Hidayat", "ヒダヤット"),
        _f("Kurniawan", "クルニアワン"), _f("Pratama", "プラタマ"), _f("Nugroho", "ヌグロホ"),
        _f("Rahayu", "ラハユ"), _f("Lestari", "レスタリ"), _f("Wahyudi", "ワユディ"),
        _f("Susanto", "スサント"),
    ),
    family_first=False, native_sep=" ", family_parts=(1, 1, 0.0), profile="intern",
    sending_orgs=("PT Maju Bersama Indonesia", "LPK Sakura Mandiri", "PT Nusantara Karya Jepang"),
    fee_usd=4900,
)  # fmt: skip

_MM = _Country(
    "MM", 4.0, "my",
    given=(
        ("Aung Kyaw", "アウン・チョー", "အောင်ကျော်", "m"),
        ("Kyaw Zaw", "チョー・ゾー", "ကျော်ဇော်", "m"),
        ("Zaw Min", "ゾー・ミン", "ဇော်မင်း", "m"), ("Thant Zin", "タン・ズィン", "သန့်ဇင်", "m"),
        ("Min Htet", "ミン・テッ", "မင်းထက်", "m"), ("Ye Yint", "イェ・ユィン", "ရဲရင့်", "m"),
        ("Soe Moe", "ソー・モー", "စိုးမိုး", "m"), ("Myo Min", "ミョー・ミン", "မျိုးမင်း", "m"),
        ("Htet Aung", "テッ・アウン", "ထက်အောင်", "m"),
        ("Tun Tun", "トゥン・トゥン", "ထွန်းထွန်း", "m"),
        ("Naing Win", "ナイン・ウィン", "နိုင်ဝင်း", "m"),
        ("Phyo Wai", "ピョー・ウェイ", "ဖြိုးဝေ", "m"),
        ("Su Su", "スー・スー", "စုစု", "f"), ("Hnin Ei", "フニン・エイ", "နှင်းအိ", "f"),
        ("Thandar", "タンダー", "သန္တာ", "f"), ("Khin Mar", "キン・マー", "ခင်မာ", "f"),
        ("Ei Mon", "エイ・モン", "အိမွန်", "f"), ("Nandar", "ナンダー", "နန္ဒာ", "f"),
        ("Su Myat", "スー・ミャッ", "စုမြတ်", "f"), ("Yadanar", "ヤダナー", "ရတနာ", "f"),
        ("Mya Thida", "ミャ・ティダ", "မြသီတာ", "f"),
        ("Phyu Phyu", "ピュー・ピュー", "ဖြူဖြူ", "f"),
        ("May Thu", "メー・トゥー", "မေသူ", "f"),
    ),
    # Myanmar has no family names: these are the optional last syllables of a name.
    family=(
        ("Min", "ミン", "မင်း"), ("Htet", "テッ", "ထက်"), ("Naing", "ナイン", "နိုင်"),
        ("Oo", "ウー", "ဦး"), ("Lwin", "ルウィン", "လွင်"), ("Win", "ウィン", "ဝင်း"),
        ("Zin", "ズィン", "ဇင်"), ("Thu", "トゥー", "သူ"), ("Soe", "ソー", "စိုး"),
        ("Moe", "モー", "မိုး"), ("Aung", "アウン", "အောင်"), ("Myint", "ミン", "မြင့်"),
        ("Kyaw", "チョー", "ကျော်"), ("Khaing", "カイン", "ခိုင်"), ("Phyo", "ピョー", "ဖြိုး"),
    ),
    family_first=False, native_sep="", family_parts=(0, 1, 0.7), profile="intern",
    sending_orgs=(
        "Golden Lotus Overseas Employment Agency Co., Ltd.",
        "Yangon Shwe Bridge Manpower Services Co., Ltd.",
    ),
    fee_usd=2800,
)  # fmt: skip

_TH = _Country(
    "TH", 1.8, "th",
    given=(
        ("Somchai", "ソムチャイ", "สมชาย", "m"), ("Somsak", "ソムサック", "สมศักดิ์", "m"),
        ("Anan", "アナン", "อนันต์", "m"), ("Prasit", "プラシット", "ประสิทธิ์", "m"),
        ("Wichai", "ウィチャイ", "วิชัย", "m"), ("Niran", "ニラン", "นิรันดร์", "m"),
        ("Kittisak", "キッティサック", "กิตติศักดิ์", "m"),
        ("Thanakorn", "タナコーン", "ธนกร", "m"),
        ("Siriporn", "シリポーン", "ศิริพร", "f"), ("Malee", "マリー", "มาลี", "f"),
        ("Kanya", "カンヤー", "กัญญา", "f"), ("Nittaya", "ニッタヤー", "นิตยา", "f"),
        ("Pranee", "プラニー", "ปราณี", "f"), ("Suda", "スダー", "สุดา", "f"),
        ("Wanida", "ワニダー", "วนิดา", "f"), ("Ratana", "ラッタナー", "รัตนา", "f"),
        ("Chanida", "チャニダー", "ชนิดา", "f"),
    ),
    family=(
        ("Saetang", "サエタン", "แซ่ตั้ง"), ("Srisuk", "シースック", "ศรีสุข"),
        ("Thongchai", "トンチャイ", "ทองชัย"), ("Boonmee", "ブンミー", "บุญมี"),
        ("Chaiyaphum", "チャイヤプーム", "ชัยภูมิ"), ("Rattanakorn", "ラッタナコーン", "รัตนากร"),
        ("Wongsawat", "ウォンサワット", "วงศ์สวัสดิ์"), ("Jaidee", "チャイディー", "ใจดี"),
        ("Kaewmanee", "ケーオマニー", "แก้วมณี"), ("Phromsri", "プロムシー", "พรหมศรี"),
        ("Suksawat", "スックサワット", "สุขสวัสดิ์"), ("Inthong", "イントン", "อินทอง"),
    ),
    family_first=False, native_sep=" ", family_parts=(1, 1, 0.0), profile="intern",
    sending_orgs=("Siam Skill Development Co., Ltd.", "Chiang Mai Overseas Job Center Co., Ltd."),
    fee_usd=1500,
)  # fmt: skip

_PE = _Country(
    "PE", 1.6, "es",
    given=(
        _g("José", "ホセ", "m"), _g("Luis", "ルイス", "m"), _g("Carlos", "カルロス", "m"),
        _g("Jorge", "ホルヘ", "m"), _g("Miguel", "ミゲル", "m"), _g("Juan", "フアン", "m"),
        _g("César", "セサル", "m"), _g("Víctor", "ビクトル", "m"), _g("Rosa", "ロサ", "f"),
        _g("María", "マリア", "f"), _g("Carmen", "カルメン", "f"), _g("Ana", "アナ", "f"),
        _g("Lucía", "ルシア", "f"), _g("Milagros", "ミラグロス", "f"), _g("Sofía", "ソフィア", "f"),
        _g("Elena", "エレナ", "f"),
    ),
    family=(
        _f("Quispe", "キスペ"), _f("Mamani", "ママニ"), _f("García", "ガルシア"),
        _f("Flores", "フローレス"), _f("Rodríguez", "ロドリゲス"), _f("Sánchez", "サンチェス"),
        _f("Huamán", "ワマン"), _f("Chávez", "チャベス"), _f("Ramírez", "ラミレス"),
        _f("Torres", "トーレス"), _f("Higa", "ヒガ"), _f("Tanaka", "タナカ"),
    ),
    family_first=False, native_sep=" ", family_parts=(2, 2, 1.0), profile="nikkei",
    sending_orgs=(), fee_usd=0,
)  # fmt: skip

_KH = _Country(
    "KH", 1.3, "km",
    given=(
        ("Dara", "ダラ", "ដារ៉ា", "m"), ("Sophea", "ソピア", "សុភា", "f"),
        ("Vanna", "ヴァンナ", "វណ្ណា", "f"), ("Sopheap", "ソピアップ", "សុភាព", "f"),
        ("Chenda", "チェンダ", "ចិន្តា", "f"), ("Rithy", "リティー", "រិទ្ធី", "m"),
        ("Pisey", "ピセイ", "ពិសី", "f"), ("Sokha", "ソカー", "សុខា", "m"),
        ("Bopha", "ボパー", "បុប្ផា", "f"), ("Visal", "ヴィサル", "វិសាល", "m"),
        ("Kosal", "コサル", "កុសល", "m"), ("Sreymom", "スレイモム", "ស្រីមុំ", "f"),
        ("Piseth", "ピセット", "ពិសិដ្ឋ", "m"), ("Sovann", "ソワン", "សុវណ្ណ", "m"),
        ("Rotha", "ロター", "រដ្ឋា", "m"), ("Sreyneang", "スレイニアン", "ស្រីនាង", "f"),
        ("Vichea", "ヴィチア", "វិជ្ជា", "m"), ("Kanha", "カンニャー", "កញ្ញា", "f"),
        ("Theary", "テアリー", "ធារី", "f"),
    ),
    family=(
        ("Sok", "ソック", "សុខ"), ("Chan", "チャン", "ចាន់"), ("Kim", "キム", "គីម"),
        ("Heng", "ヘン", "ហេង"), ("Meas", "メアス", "មាស"), ("Chea", "チア", "ជា"),
        ("Keo", "ケオ", "កែវ"), ("Seng", "セン", "សេង"), ("Ly", "リー", "លី"),
        ("Sam", "サム", "សំ"), ("Prak", "プラック", "ប្រាក់"), ("Touch", "トゥーチ", "ទូច"),
    ),
    family_first=True, native_sep=" ", family_parts=(1, 1, 0.0), profile="intern",
    sending_orgs=("Angkor Human Resource Co., Ltd.", "Mekong Bridge Manpower Co., Ltd."),
    fee_usd=2000,
)  # fmt: skip

_LK = _Country(
    "LK", 1.2, "si",
    given=(
        ("Nimal", "ニマル", "නිමල්", "m"), ("Sunil", "スニル", "සුනිල්", "m"),
        ("Kasun", "カスン", "කසුන්", "m"), ("Chaminda", "チャミンダ", "චමින්ද", "m"),
        ("Ruwan", "ルワン", "රුවන්", "m"), ("Saman", "サマン", "සමන්", "m"),
        ("Nuwan", "ヌワン", "නුවන්", "m"), ("Tharindu", "タリンドゥ", "තරිඳු", "m"),
        ("Dilshan", "ディルシャン", "දිල්ෂාන්", "m"), ("Nadeesha", "ナディーシャ", "නදීශා", "f"),
        ("Chathurika", "チャトゥリカ", "චතුරිකා", "f"), ("Dilini", "ディリニ", "දිලිනි", "f"),
        ("Sanduni", "サンドゥニ", "සඳුනි", "f"), ("Kumari", "クマーリ", "කුමාරි", "f"),
        ("Malini", "マリニ", "මාලිනී", "f"), ("Ishara", "イシャラ", "ඉෂාරා", "f"),
        ("Harshani", "ハルシャニ", "හර්ෂනි", "f"),
    ),
    family=(
        ("Perera", "ペレラ", "පෙරේරා"), ("Fernando", "フェルナンド", "ප්‍රනාන්දු"),
        ("Silva", "シルワ", "සිල්වා"), ("Jayasinghe", "ジャヤシンハ", "ජයසිංහ"),
        ("Bandara", "バンダラ", "බණ්ඩාර"), ("Dissanayake", "ディサナヤケ", "දිසානායක"),
        ("Wickramasinghe", "ウィクラマシンハ", "වික්‍රමසිංහ"),
        ("Rathnayake", "ラトナヤケ", "රත්නායක"),
        ("Gunawardena", "グナワルダナ", "ගුණවර්ධන"), ("Herath", "ヘーラト", "හේරත්"),
        ("Kumara", "クマーラ", "කුමාර"), ("Wijesinghe", "ウィジェシンハ", "විජේසිංහ"),
    ),
    family_first=False, native_sep=" ", family_parts=(1, 1, 0.0), profile="student",
    sending_orgs=("Lanka Rising Foreign Employment Agency (Pvt) Ltd.",),
    fee_usd=2500,
)  # fmt: skip

_BD = _Country(
    "BD", 1.0, "bn",
    given=(
        ("Rahim", "ラヒム", "রহিম", "m"), ("Karim", "カリム", "করিম", "m"),
        ("Hasan", "ハサン", "হাসান", "m"), ("Rafiq", "ラフィク", "রফিক", "m"),
        ("Jamal", "ジャマル", "জামাল", "m"), ("Sabbir", "サッビル", "সাব্বির", "m"),
        ("Arif", "アリフ", "আরিফ", "m"), ("Tanvir", "タンビル", "তানভীর", "m"),
        ("Shakil", "シャキル", "শাকিল", "m"), ("Nusrat", "ヌスラト", "নুসরাত", "f"),
        ("Fatema", "ファテマ", "ফাতেমা", "f"), ("Ayesha", "アイシャ", "আয়েশা", "f"),
        ("Sumaiya", "スマイヤ", "সুমাইয়া", "f"), ("Farzana", "ファルザナ", "ফারজানা", "f"),
        ("Taslima", "タスリマ", "তাসলিমা", "f"), ("Rina", "リナ", "রিনা", "f"),
        ("Shirin", "シリン", "শিরিন", "f"),
    ),
    family=(
        ("Hossain", "ホサイン", "হোসেন"), ("Rahman", "ラーマン", "রহমান"),
        ("Islam", "イスラム", "ইসলাম"), ("Ahmed", "アーメド", "আহমেদ"),
        ("Chowdhury", "チョードリー", "চৌধুরী"), ("Sarker", "サルカル", "সরকার"),
        ("Khan", "カーン", "খান"), ("Das", "ダス", "দাস"), ("Biswas", "ビスワス", "বিশ্বাস"),
        ("Mondal", "モンダル", "মণ্ডল"), ("Alam", "アラム", "আলম"), ("Haque", "ハク", "হক"),
    ),
    family_first=False, native_sep=" ", family_parts=(1, 1, 0.0), profile="student",
    sending_orgs=("Dhaka Bridge Overseas Ltd.",),
    fee_usd=4500,
)  # fmt: skip

_MN = _Country(
    "MN", 0.8, "mn",
    given=(
        ("Batbayar", "バトバヤル", "Батбаяр", "m"), ("Ganbold", "ガンボルド", "Ганболд", "m"),
        ("Erdene", "エルデネ", "Эрдэнэ", "m"), ("Bat-Erdene", "バトエルデネ", "Бат-Эрдэнэ", "m"),
        ("Tumur", "トゥムル", "Төмөр", "m"), ("Sukhbaatar", "スフバータル", "Сүхбаатар", "m"),
        ("Munkh-Erdene", "ムンフエルデネ", "Мөнх-Эрдэнэ", "m"),
        ("Ganzorig", "ガンゾリグ", "Ганзориг", "m"), ("Temuulen", "テムーレン", "Тэмүүлэн", "m"),
        ("Bolormaa", "ボロルマー", "Болормаа", "f"),
        ("Oyunchimeg", "オユンチメグ", "Оюунчимэг", "f"),
        ("Enkhjargal", "エンフジャルガル", "Энхжаргал", "f"),
        ("Sarangerel", "サランゲレル", "Сарангэрэл", "f"),
        ("Altantsetseg", "アルタンツェツェグ", "Алтанцэцэг", "f"),
        ("Nomin", "ノミン", "Номин", "f"),
        ("Solongo", "ソロンゴ", "Солонго", "f"), ("Tsetsegmaa", "ツェツェグマー", "Цэцэгмаа", "f"),
        ("Ariunaa", "アリウナー", "Ариунаа", "f"),
    ),
    # Patronymics (the father's given name) stand where a family name would.
    family=(
        ("Dorj", "ドルジ", "Дорж"),
        ("Bat", "バト", "Бат"), ("Ganbaatar", "ガンバータル", "Ганбаатар"),
        ("Tseren", "ツェレン", "Цэрэн"),
        ("Baatar", "バータル", "Баатар"), ("Purev", "プレブ", "Пүрэв"),
        ("Gantulga", "ガントゥルガ", "Гантулга"), ("Otgonbayar", "オトゴンバヤル", "Отгонбаяр"),
        ("Nyamdorj", "ニャムドルジ", "Нямдорж"), ("Chuluun", "チョローン", "Чулуун"),
        ("Damdin", "ダムディン", "Дамдин"), ("Davaa", "ダワー", "Даваа"),
    ),
    family_first=True, native_sep=" ", family_parts=(1, 1, 0.0), profile="student",
    sending_orgs=("Khangai Manpower LLC", "Ulaanbaatar Skill Bridge LLC"),
    fee_usd=2500,
)  # fmt: skip

COUNTRIES: tuple[_Country, ...] = (_VN, _CN, _PH, _NP, _BR, _ID, _MM, _TH, _PE, _KH, _LK, _BD, _MN)
_COUNTRY = _Weighted([(c, c.weight) for c in COUNTRIES])

LANGUAGE_NAMES_JA: dict[str, str] = {
    "vi": "ベトナム語", "zh": "中国語", "tl": "タガログ語", "ne": "ネパール語",
    "pt": "ポルトガル語", "id": "インドネシア語", "my": "ミャンマー語", "th": "タイ語",
    "es": "スペイン語", "km": "クメール語", "si": "シンハラ語", "bn": "ベンガル語",
    "mn": "モンゴル語", "en": "英語", "ja": "日本語",
}  # fmt: skip

COUNSELORS: tuple[str, ...] = (
    "佐藤 美咲", "田中 健一", "鈴木 由紀子", "高橋 直人",
    "伊藤 彩", "渡辺 誠", "山本 里奈", "小林 大輔",
)  # fmt: skip

_JA_SURNAMES = (
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
    "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "斎藤",
)  # fmt: skip

# -- places ------------------------------------------------------------------------------------

# prefecture, city, phone area code, labour standards office, regional immigration bureau
_AREAS: tuple[tuple[str, str, str, str, str], ...] = (
    ("愛知県", "豊田市", "0565", "豊田", "名古屋"), ("愛知県", "豊橋市", "0532", "豊橋", "名古屋"),
    ("愛知県", "岡崎市", "0564", "岡崎", "名古屋"), ("岐阜県", "岐阜市", "058", "岐阜", "名古屋"),
    ("静岡県", "浜松市中央区", "053", "浜松", "名古屋"),
    ("三重県", "四日市市", "059", "四日市", "名古屋"),
    ("群馬県", "太田市", "0276", "太田", "東京"), ("群馬県", "高崎市", "027", "高崎", "東京"),
    ("埼玉県", "川口市", "048", "川口", "東京"),
    ("埼玉県", "さいたま市北区", "048", "さいたま", "東京"),
    ("千葉県", "船橋市", "047", "船橋", "東京"), ("千葉県", "銚子市", "0479", "銚子", "東京"),
    ("茨城県", "土浦市", "029", "土浦", "東京"), ("茨城県", "常総市", "0297", "常総", "東京"),
    ("栃木県", "小山市", "0285", "小山", "東京"), ("東京都", "足立区", "03", "足立", "東京"),
    ("東京都", "大田区", "03", "大田", "東京"), ("神奈川県", "横浜市鶴見区", "045", "鶴見", "東京"),
    ("神奈川県", "厚木市", "046", "厚木", "東京"), ("長野県", "上田市", "0268", "上田", "東京"),
    ("大阪府", "東大阪市", "06", "東大阪", "大阪"), ("大阪府", "堺市堺区", "072", "堺", "大阪"),
    ("兵庫県", "姫路市", "079", "姫路", "大阪"), ("岡山県", "倉敷市", "086", "倉敷", "広島"),
    ("広島県", "福山市", "084", "福山", "広島"), ("香川県", "丸亀市", "0877", "丸亀", "高松"),
    ("愛媛県", "今治市", "0898", "今治", "高松"),
    ("福岡県", "福岡市博多区", "092", "福岡中央", "福岡"),
    ("熊本県", "八代市", "0965", "八代", "福岡"), ("鹿児島県", "鹿屋市", "0994", "鹿屋", "福岡"),
    ("宮城県", "石巻市", "0225", "石巻", "仙台"), ("北海道", "帯広市", "0155", "帯広", "札幌"),
)  # fmt: skip
_Area = tuple[str, str, str, str, str]

_TOWNS = (
    "本町", "栄町", "緑町", "旭町", "中央", "幸町", "若葉台", "東新町", "西原", "南町",
    "北条", "大和町", "松原", "桜ヶ丘", "日之出町", "宮前", "新田", "大通",
)  # fmt: skip
_BUILDINGS = (
    "ハイツ", "コーポ", "メゾン", "グリーンハイム", "サンライズ", "第2", "ニュー", "パレス",
)  # fmt: skip
_BUILDING_SUFFIX = ("荘", "ハイツ", "寮", "マンション", "コート", "アパート")

# -- organisations -----------------------------------------------------------------------------

_STEMS = (
    "東海", "三河", "美濃", "信州", "上州", "常陸", "房総", "遠州", "北陸", "越後", "瀬戸内",
    "讃岐", "伊予", "肥後", "筑紫", "丸三", "丸福", "大和", "山栄", "日進", "協和", "昭栄",
    "明和", "大成", "富士見", "朝日", "みどり", "ひかり", "あおば", "さくら", "やまと", "北斗",
    "白鳥", "若葉", "松葉", "宝生", "豊栄", "新光", "三栄", "丸久", "太陽", "共栄", "和光",
    "千歳", "旭", "金剛", "光陽", "八幡", "清水", "東洋",
)  # fmt: skip

# industry -> (weight, company name patterns, establishment patterns)
_INDUSTRIES: dict[str, tuple[float, tuple[str, ...], tuple[str, ...]]] = {
    "food processing": (
        22.0,
        ("株式会社{s}食品", "{s}水産加工株式会社", "有限会社{s}フーズ", "{s}食品工業株式会社"),
        ("本社工場", "第二工場", "{c}工場", "惣菜センター"),
    ),
    "construction": (
        18.0,
        ("{s}建設株式会社", "有限会社{s}工務店", "{s}鉄筋工業株式会社", "株式会社{s}塗装"),
        ("本社", "{c}資材置場", "{c}営業所"),
    ),
    "manufacturing": (
        22.0,
        ("{s}精工株式会社", "株式会社{s}製作所", "{s}金属工業株式会社", "{s}プラスチック株式会社",
         "株式会社{s}電子"),
        ("本社工場", "{c}工場", "第三工場"),
    ),
    "agriculture": (
        12.0,
        ("有限会社{s}農園", "株式会社{s}ファーム", "農業法人{s}グリーン株式会社"),
        ("{c}農場", "第一ハウス団地", "選果場"),
    ),
    "textile": (6.0, ("有限会社{s}縫製", "{s}繊維株式会社", "株式会社{s}ソーイング"),
                ("本社工場", "縫製工場")),
    "caregiving": (
        10.0,
        ("社会福祉法人{s}会", "医療法人社団{s}会"),
        ("特別養護老人ホーム{s}の里", "介護老人保健施設{s}苑", "デイサービスセンター{s}"),
    ),
    "food service": (6.0, ("株式会社{s}フードサービス",), ("{c}駅前店", "セントラルキッチン")),
    "logistics": (4.0, ("{s}物流株式会社",), ("{c}物流センター",)),
}  # fmt: skip
_INDUSTRY = _Weighted([(name, spec[0]) for name, spec in _INDUSTRIES.items()])

_SUPERVISING_PATTERNS = (
    "{s}事業協同組合", "協同組合{s}国際交流会", "{s}中小企業振興事業協同組合",
    "{s}技能実習生受入事業協同組合",
)  # fmt: skip
_SUPPORT_PATTERNS = (
    "株式会社{s}グローバルサポート", "一般社団法人{s}外国人材支援協会", "行政書士法人{s}",
    "{s}人材サービス株式会社",
)  # fmt: skip

_LAWYERS = (
    "弁護士 田村 修（みなと総合法律事務所）", "弁護士 森 香織（青葉法律事務所）",
    "弁護士 石川 拓也（さくら通り法律事務所）", "弁護士 岡田 恵（東都国際法律事務所）",
    "弁護士 西村 亮介（なぎさ法律事務所）", "弁護士 藤井 真理（銀杏坂法律事務所）",
)  # fmt: skip
_NGOS = (
    "NPO法人 移住者ネットワークあおぞら", "一般社団法人 多文化共生ささえ愛",
    "NPO法人 外国人労働者相談センターみらい", "Migrant Workers Solidarity Kanto (NGO)",
    "NPO法人 シェルターひだまり", "一般社団法人 ともに暮らす会",
)  # fmt: skip
_BROKERS = (
    "個人ブローカー（通称「アニキ」）", "Facebook上の求人仲介者（アカウント名不明）",
    "個人ブローカー（同国出身、名古屋在住）", "Job agent on Facebook (\"Japan Work Easy\")",
    "日本語学校の元紹介者",
)  # fmt: skip

# -- codes and weights -------------------------------------------------------------------------

_STATUS_PROFILES: dict[str, tuple[tuple[ResidenceStatus, float], ...]] = {
    "intern": (
        (ResidenceStatus.TECHNICAL_INTERN_1, 10), (ResidenceStatus.TECHNICAL_INTERN_2, 22),
        (ResidenceStatus.TECHNICAL_INTERN_3, 8), (ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT, 2),
        (ResidenceStatus.SPECIFIED_SKILLED_1, 22), (ResidenceStatus.SPECIFIED_SKILLED_2, 3),
        (ResidenceStatus.ENGINEER_HUMANITIES, 6), (ResidenceStatus.STUDENT, 6),
        (ResidenceStatus.DESIGNATED_ACTIVITIES, 5), (ResidenceStatus.PERMANENT_RESIDENT, 3),
        (ResidenceStatus.LONG_TERM_RESIDENT, 1), (ResidenceStatus.SPOUSE, 2),
        (ResidenceStatus.TEMPORARY_VISITOR, 1), (ResidenceStatus.NONE_OVERSTAY, 5),
        (ResidenceStatus.OTHER, 1),
    ),
    "student": (
        (ResidenceStatus.TECHNICAL_INTERN_1, 4), (ResidenceStatus.TECHNICAL_INTERN_2, 8),
        (ResidenceStatus.TECHNICAL_INTERN_3, 2), (ResidenceStatus.SPECIFIED_SKILLED_1, 20),
        (ResidenceStatus.SPECIFIED_SKILLED_2, 2), (ResidenceStatus.ENGINEER_HUMANITIES, 15),
        (ResidenceStatus.STUDENT, 25), (ResidenceStatus.DESIGNATED_ACTIVITIES, 10),
        (ResidenceStatus.PERMANENT_RESIDENT, 3), (ResidenceStatus.NONE_OVERSTAY, 5),
        (ResidenceStatus.OTHER, 5),
    ),
    "nikkei": (
        (ResidenceStatus.PERMANENT_RESIDENT, 35), (ResidenceStatus.LONG_TERM_RESIDENT, 30),
        (ResidenceStatus.SPOUSE, 15), (ResidenceStatus.SPECIFIED_SKILLED_1, 4),
        (ResidenceStatus.ENGINEER_HUMANITIES, 5), (ResidenceStatus.DESIGNATED_ACTIVITIES, 3),
        (ResidenceStatus.STUDENT, 1), (ResidenceStatus.TEMPORARY_VISITOR, 3),
        (ResidenceStatus.NONE_OVERSTAY, 2), (ResidenceStatus.OTHER, 2),
    ),
}  # fmt: skip
_INTERN_STATUSES = frozenset({
    ResidenceStatus.TECHNICAL_INTERN_1, ResidenceStatus.TECHNICAL_INTERN_2,
    ResidenceStatus.TECHNICAL_INTERN_3, ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT,
})  # fmt: skip
_SSW_STATUSES = frozenset(
    {ResidenceStatus.SPECIFIED_SKILLED_1, ResidenceStatus.SPECIFIED_SKILLED_2}
)
# The Employment for Skill Development system (育成就労) starts on this day.
ESD_START = date(2027, 4, 1)

_CASE_STATUS = _Weighted([
    (CaseStatus.OPEN, 18), (CaseStatus.IN_PROGRESS, 30), (CaseStatus.WAITING, 14),
    (CaseStatus.CLOSED, 38),
])  # fmt: skip
_OUTCOME = _Weighted([
    (Outcome.RESOLVED.value, 40), (Outcome.PARTIALLY_RESOLVED.value, 18),
    (Outcome.REFERRED.value, 16), (Outcome.UNRESOLVED.value, 8), (Outcome.WITHDRAWN.value, 8),
    (Outcome.LOST_CONTACT.value, 10),
])  # fmt: skip
_TOPIC_WEIGHTS = {
    Topic.LABOUR: 37, Topic.DAILY_LIFE: 31, Topic.MEDICAL_WELFARE: 12, Topic.RESIDENCE: 11,
    Topic.TAX_SOCIAL_INSURANCE: 6, Topic.EDUCATION: 3, Topic.OTHER: 1,
}  # fmt: skip
_TOPIC = _Weighted([((t.value, SUBTOPICS[t]), w) for t, w in _TOPIC_WEIGHTS.items()])
_CONSULT_CHANNEL = _Weighted([
    (Channel.PHONE.value, 30), (Channel.LINE.value, 28), (Channel.WALK_IN.value, 14),
    (Channel.SNS.value, 8), (Channel.EMAIL.value, 6), (Channel.ONLINE.value, 7),
    (Channel.VISIT.value, 5), (Channel.LETTER.value, 2),
])  # fmt: skip
_ACTION_CHANNEL = _Weighted([
    (Channel.PHONE.value, 40), (Channel.VISIT.value, 18), (Channel.EMAIL.value, 14),
    (Channel.LINE.value, 14), (Channel.LETTER.value, 6), (Channel.ONLINE.value, 8),
])  # fmt: skip
_MINUTES = _Weighted([
    (5, 8), (10, 14), (15, 16), (20, 12), (30, 18), (45, 10), (60, 12), (90, 6), (120, 4),
])  # fmt: skip
_CONSENT_METHOD = _Weighted([
    (ConsentMethod.ORAL.value, 45), (ConsentMethod.WRITTEN.value, 35),
    (ConsentMethod.ELECTRONIC.value, 20),
])  # fmt: skip

# -- text --------------------------------------------------------------------------------------

# Short one-liners: the case summary and topic notes.
_SHORT: dict[str, tuple[str, ...]] = {
    "unpaid_wages": ("給与の未払い（{month}月分）", "Wages for {month} months unpaid",
                     "最低賃金を下回る賃金での就労"),
    "overtime": ("残業代の未払い（月約{hours}時間）", "Unpaid overtime, about {hours} h a month",
                 "長時間労働と休日出勤の強要"),
    "dismissal": ("一方的な解雇と強制帰国の示唆", "Dismissed without notice, told to go home",
                  "契約更新の拒否"),
    "harassment": ("上司からの暴言・暴力", "Verbal abuse and threats by supervisor",
                   "職場でのセクシュアルハラスメント"),
    "workplace_injury": ("作業中のけが、労災申請を拒否されている",
                         "Injured at work; employer refuses workers' accident insurance claim"),
    "document_retention": ("パスポートを会社が保管し返さない",
                           "Passport and residence card kept by employer",
                           "在留カードを監理団体が預かったまま"),
    "deductions": ("寮費・管理費の不明な控除", "Unexplained deductions (housing, 'management fee')",
                   "水道光熱費の過大な控除"),
    "contract_mismatch": ("来日前の説明と労働条件が違う",
                          "Working conditions differ from contract"),
    "job_change": ("転籍（職場変更）の希望", "Wants to change employer"),
    "recruitment_debt": ("送出機関への手数料の借金（約{debt}万円）",
                         "Recruitment debt of about USD {usd}", "保証金・違約金の契約"),
    "housing": ("寮の住環境の問題（過密・設備故障）",
                "Overcrowded dormitory, broken air conditioner",
                "退寮を迫られ住居を失うおそれ"),
    "banking": ("銀行口座の開設・送金の問題", "Cannot open a bank account"),
    "mobile_phone": ("携帯電話の高額請求", "Phone contract problem"),
    "transport": ("運転免許・交通事故の相談", "Question about driving licence"),
    "family": ("家族の呼び寄せ・一時帰国", "Family emergency at home, wants to travel"),
    "illness": ("体調不良だが受診できない", "Sick, cannot get to a hospital"),
    "pregnancy": ("妊娠を理由に帰国を迫られている", "Pregnant; pressured to return home"),
    "mental_health": ("不眠・強い不安の訴え", "Anxiety and isolation"),
    "insurance_claim": ("傷病手当金・高額療養費の申請", "Sickness allowance claim"),
    "renewal": ("在留期間更新の手続きが進まない", "Residence renewal not prepared by employer"),
    "change_of_status": ("特定技能への在留資格変更",
                         "Change of status to specified skilled worker"),
    "overstay": ("在留期限を過ぎてしまった", "Overstayed after leaving employer"),
    "missing_documents": ("在留カード・パスポートの紛失", "Lost residence card"),
    "pension_refund": ("脱退一時金の請求", "Pension lump-sum withdrawal after return"),
    "tax_return": ("住民税・確定申告の相談", "Question about resident tax notice"),
    "health_insurance": ("社会保険に未加入", "Not enrolled in health insurance"),
    "japanese_class": ("日本語教室の紹介希望", "Looking for a free Japanese class"),
    "school_enrolment": ("子どもの就学手続き", "Child's school enrolment"),
    "": ("その他の生活相談", "Other question"),
}  # fmt: skip

# What the worker says at a consultation, per sub-topic.
_CONSULT: dict[str, tuple[str, ...]] = {
    "unpaid_wages": (
        "{month}月分の給与が未払いと本人から相談。会社は「来月まとめて払う」と説明しているとのこと。",
        "Worker says wages for {month} have not been paid; the employer keeps postponing.",
        "時給{wage}円で働かされていると訴え。最低賃金を下回る可能性。給与明細の写真を依頼。",
    ),
    "overtime": (
        "月{hours}時間ほど残業しているが、残業代は一部しか払われていない。タイムカードは会社が管理。",
        "Unpaid overtime: about {hours} hours a month, paid only as a flat 'allowance'.",
        "休日出勤が続き、休みは月2日のみ。本人は強い疲労を訴えている。",
    ),
    "dismissal": (
        "来月で解雇すると口頭で言われた。理由の説明はなく、「国に帰れ」と言われ不安。",
        "Told to leave the dormitory within a week after being dismissed; no written notice.",
    ),
    "harassment": (
        "職場のリーダーから毎日怒鳴られ、頭を叩かれたことがある。録音はない。",
        "Supervisor shouts and insults the worker daily; worker is afraid to complain.",
        "社長から私的な連絡が続き、断ると仕事を減らされる。セクハラの疑い。",
    ),
    "workplace_injury": (
        "作業中に左手を負傷。会社から労災を使わず自費で受診するよう言われた。",
        "Hurt his back lifting materials; the company told him not to report it as a work injury.",
    ),
    "document_retention": (
        "パスポートを監理団体が「保管」と称して預かったまま返さない。返却を求めたが拒否された。",
        "Passport kept by the company 'for safety'; worker asked for it back and was refused.",
        "在留カードを会社に預けており、銀行や病院の手続きができない。",
    ),
    "deductions": (
        "寮費{rent}円のほかに「管理費」として毎月{fee}円が控除されている。内訳の説明なし。",
        "Unexplained deduction of {fee} yen a month labelled 'management fee' on the payslip.",
        "水道光熱費として定額で高額な控除。実費との差を確認したいとのこと。",
    ),
    "contract_mismatch": (
        "来日前に聞いた仕事内容・給与と実際が違う。労働条件通知書の写しをもらっていない。",
        "Contract says {wage} yen an hour; actual pay is lower and hours are longer.",
    ),
    "job_change": (
        "転籍を希望。新しい受入れ先の探し方と、その間の在留について知りたい。",
        "Wants to change employer; asks about the procedure and the job-search period.",
    ),
    "recruitment_debt": (
        "送出機関への手数料として約{debt}万円を借金。毎月の返済で生活が苦しい。",
        "Owes about USD {usd} for recruitment fees; family land was used as collateral.",
        "保証金を送出機関に預けており、途中で帰国すると没収されると言われた。",
    ),
    "housing": (
        "寮の部屋に6人で住んでおり、エアコンが壊れたまま。寮費は一人{rent}円。",
        "Landlord refuses to return the deposit after moving out.",
        "会社から一週間以内の退寮を求められ、住む場所がなくなる。",
    ),
    "banking": (
        "銀行口座を作れない。在留期間が短いと断られた。",
        "Cannot send money home; bank account frozen after the job change.",
    ),
    "mobile_phone": (
        "携帯電話の契約で高額請求が来た。解約の方法がわからない。",
        "Company forbids phones in the dormitory after 9 pm.",
    ),
    "transport": (
        "自転車で事故に遭った。相手との話し合いに不安がある。",
        "Asks how to convert a foreign driving licence.",
    ),
    "family": (
        "本国の母が入院し一時帰国したいが、会社が認めない。",
        "Wants to bring spouse to Japan; asks about requirements.",
    ),
    "illness": (
        "熱が続くが、会社が病院に連れて行ってくれない。通訳のいる病院を知りたい。",
        "Worker with stomach pain needs a hospital with an interpreter.",
    ),
    "pregnancy": (
        "妊娠が分かったが、会社に知られると帰国させられると心配している。",
        "Pregnant intern; the supervising organisation suggested returning home.",
    ),
    "mental_health": (
        "眠れない日が続き、仕事に行けない。相談できる人がいない。",
        "Worker describes anxiety and isolation; agreed to talk again next week.",
    ),
    "insurance_claim": (
        "入院費が高額。高額療養費の申請方法を知りたい。",
        "Asks how to claim sickness and injury allowance (傷病手当金).",
    ),
    "renewal": (
        "在留期間の更新手続きを会社が進めてくれない。期限が近く不安。",
        "Residence card expires soon; the employer has not prepared the renewal documents.",
    ),
    "change_of_status": (
        "技能実習から特定技能への移行を希望。試験の日程を知りたい。",
        "Wants to change to specified skilled worker; asks about the skills and language tests.",
    ),
    "overstay": (
        "在留期限が過ぎてしまった。出頭すべきか、どうなるのか相談したい。",
        "Overstayed after leaving the employer; afraid of detention.",
    ),
    "missing_documents": (
        "在留カードを紛失した。再交付の手続きを知りたい。",
        "Lost passport; needs the embassy's contact and a police report.",
    ),
    "pension_refund": (
        "帰国後の脱退一時金の請求方法を知りたい。",
        "Asks about the pension lump-sum withdrawal payment after returning home.",
    ),
    "tax_return": (
        "住民税の通知が届いたが内容がわからない。",
        "Asks whether dependants abroad can be claimed for tax.",
    ),
    "health_insurance": (
        "会社が社会保険に加入させていないようだ。保険証がない。",
        "Has no health insurance card; the employer says enrolment is 'in progress'.",
    ),
    "japanese_class": (
        "近くの無料の日本語教室を紹介してほしい。",
        "Wants to study for JLPT N3; asks for free classes near the dormitory.",
    ),
    "school_enrolment": (
        "子どもの小学校入学の手続きを知りたい。",
        "Asks about enrolling a child in junior high school.",
    ),
    "": ("生活全般について相談。", "General questions about life in Japan."),
}  # fmt: skip

# Follow-up messages from the worker, for any case and for labour cases only.
_FOLLOW_UP = (
    "前回の件のその後について本人から連絡。まだ進展はない。",
    "本人に状況を確認。大きな変化はないが、引き続き見守る。",
    "Worker reports no change since the last call.",
    "本人から追加の質問。必要な書類を{lang}で説明した。",
    "Worker asked again about the residence renewal deadline; explained the steps.",
    "本人より、友人から聞いた話で不安になったと連絡。正しい情報を伝えた。",
    "Worker thanked the desk and will call again if anything changes.",
)  # fmt: skip
_FOLLOW_UP_LABOUR = (
    "本人より、会社から呼び出しがあり不安だとの連絡。",
    "本人より、未払い分の一部が振り込まれたとの報告。",
    "Worker says the supervisor is now more careful; still wants the overtime paid.",
    "本人から給与明細と勤怠記録の写真がLINEで届いた。",
    "本人より、同じ寮の仲間も同様の被害があると相談。",
    "本人がパスポートを返してもらえたと報告。",
    "本人より、{org}の担当者から「会社に逆らうな」と言われたとの連絡。",
)  # fmt: skip

# What counselors did: for any case, and per topic category of the case.
_ACTIONS: tuple[str, ...] = (
    "本人へLINEで状況確認。{lang}の資料を送付。",
    "Sent information in {lang_en} on where to get help and what documents to keep.",
    "{lawyer}に事案を共有し、受任の可否を照会。",
    "{org}の担当者に電話し、本人の状況と今後の対応を確認。",
    "ケース会議で対応方針を確認。次回は本人と面談予定。",
)  # fmt: skip
_ACTIONS_BY_TOPIC: dict[str, tuple[str, ...]] = {
    Topic.LABOUR.value: (
        "{employer}の担当者に電話。未払い分を確認し、今月中に回答するとのこと。",
        "{org}に連絡し、本人のパスポート返却を求めた。",
        "本人に同行して{office}へ。申告の手続きを説明し、書類を提出。",
        "Called {employer}; the manager agreed to meet next week with an interpreter.",
        "Sent information on minimum wage and overtime rules in {lang_en}.",
        "給与明細と勤怠記録を整理し、未払い残業代を試算（約{arrears}万円）。",
        "{employer}より回答：寮費の控除額を見直すとのこと。本人に伝達。",
        "ADR申立書の下書きを作成。甲号証の整理を開始。",
        "{org}の担当者と面談。本人の転籍希望を伝えた。",
        "{employer}に内容証明郵便で未払い賃金の支払いを請求。",
    ),
    Topic.DAILY_LIFE.value: (
        "市役所に同行し、転入届と国民健康保険の手続きを支援。",
        "不動産会社に電話し、敷金の返還について確認。",
        "Called the phone company with the worker to cancel the contract.",
        "{ngo}に住まい探しの支援を依頼。",
        "銀行に同行し、口座開設に必要な書類を確認。",
    ),
    Topic.MEDICAL_WELFARE.value: (
        "Accompanied the worker to the hospital; arranged a phone interpreter.",
        "通訳のいる医療機関を紹介し、受診の予約を代行。",
        "協会けんぽに傷病手当金の申請書類を確認。",
        "{ngo}にシェルター利用を打診。受入れ可能との回答。",
        "保健センターに母子健康手帳の交付について照会。",
    ),
    Topic.RESIDENCE.value: (
        "出入国在留管理局の相談窓口に在留期間更新の要件を確認。",
        "{org}に在留期間更新の書類準備の状況を確認。",
        "大使館の領事部に連絡し、旅券再発給の手続きを確認。",
        "行政書士に在留資格変更の手続きを相談。",
        "{lawyer}に在留特別許可の可能性について照会。",
    ),
    Topic.TAX_SOCIAL_INSURANCE.value: (
        "年金事務所に脱退一時金の請求手続きを確認。",
        "市役所の税務課に住民税の課税内容を確認。",
        "{employer}に社会保険の加入状況を照会。",
    ),
    Topic.EDUCATION.value: (
        "国際交流協会の日本語教室を紹介。",
        "教育委員会に就学手続きを照会。",
    ),
    Topic.OTHER.value: (),
}  # fmt: skip

# 9:00 to 18:55 in 5-minute steps, as the time part of an ISO datetime in Japan.
_TIMES = tuple(f"T{m // 60:02d}:{m % 60:02d}+09:00" for m in range(540, 1140, 5))

_LANGUAGE_NAMES_EN = {
    "vi": "Vietnamese", "zh": "Chinese", "tl": "Tagalog", "ne": "Nepali", "pt": "Portuguese",
    "id": "Indonesian", "my": "Burmese", "th": "Thai", "es": "Spanish", "km": "Khmer",
    "si": "Sinhala", "bn": "Bengali", "mn": "Mongolian", "en": "English", "ja": "Japanese",
}  # fmt: skip

# -- evidence files ----------------------------------------------------------------------------

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


# -- the generator -----------------------------------------------------------------------------


_LABOUR = Topic.LABOUR.value
_ROLE_EMPLOYER = PartyRole.EMPLOYER.value
_ROLE_SUPERVISING_ORG = PartyRole.SUPERVISING_ORG.value
_ROLE_SUPPORT_ORG = PartyRole.SUPPORT_ORG.value
_ROLE_SENDING_ORG = PartyRole.SENDING_ORG.value
_ROLE_BROKER = PartyRole.BROKER.value
_ROLE_LAWYER = PartyRole.LAWYER.value
_ROLE_NGO = PartyRole.NGO.value
_ROLE_AUTHORITY = PartyRole.AUTHORITY.value
_ACTION = EntryKind.ACTION.value
_CONSULTATION = EntryKind.CONSULTATION.value
_RISKY = frozenset(
    {"harassment", "document_retention", "recruitment_debt", "overstay", "pregnancy"}
)


@dataclass(frozen=True)
class _Money:
    month: int
    wage: int
    rent: int
    fee: int


@dataclass(frozen=True)
class _Employer:
    name: str
    corporate_number: str
    address: str
    industry: str
    establishments: tuple[str, ...]
    contact: str
    area: _Area
    supervising: int
    support: int
    popularity: float


class _Generator:
    """Holds the random source, the shared pools and caches for one ``generate`` call."""

    def __init__(self, seed: int, today: date, with_evidence: bool) -> None:
        self.rng = Random(seed)
        self.rnd: _Rnd = self.rng.random
        self.today = today
        self.today_ord = today.toordinal()
        self.with_evidence = with_evidence
        self._iso: dict[int, str] = {}
        esd = 1.0 if today >= ESD_START else 0.0
        self.status_by_profile = {
            name: _Weighted([
                (s, w * esd if s is ResidenceStatus.EMPLOYMENT_SKILL_DEVELOPMENT else w)
                for s, w in pairs
            ])
            for name, pairs in _STATUS_PROFILES.items()
        }  # fmt: skip
        self.stems = list(_STEMS)
        self.rng.shuffle(self.stems)
        self.supervising = [self._org(_SUPERVISING_PATTERNS, i) for i in range(12)]
        self.support = [self._org(_SUPPORT_PATTERNS, 12 + i) for i in range(8)]
        self.employers = [self._employer(i) for i in range(40)]
        self.employer_pick = _Weighted([(e, e.popularity) for e in self.employers])
        self.interpreters = {
            c.language: tuple(self._name(c)[0].title() for _ in range(3)) for c in COUNTRIES
        }

    # -- primitives ----------------------------------------------------------------------------
    def iso(self, ordinal: int) -> str:
        """ISO date for a proleptic ordinal, cached."""
        text = self._iso.get(ordinal)
        if text is None:
            text = self._iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def digits(self, n: int) -> str:
        """``n`` random decimal digits."""
        return f"{int(self.rnd() * 10**n):0{n}d}"

    def corporate_number(self) -> str:
        """A 13-digit corporate number with a correct check digit."""
        base = self.digits(12)
        return f"{corporate_check_digit(base)}{base}"

    def address(self, area: _Area, *, building: bool) -> str:
        """A fictional Japanese street address in ``area``."""
        rnd = self.rnd
        pref, city = area[0], area[1]
        text = (
            f"{pref}{city}{_one(rnd, _TOWNS)}{1 + int(rnd() * 5)}丁目"
            f"{1 + int(rnd() * 30)}-{1 + int(rnd() * 20)}"
        )
        if building:
            room = (1 + int(rnd() * 4)) * 100 + 1 + int(rnd() * 8)
            name = f"{_one(rnd, _BUILDINGS)}{_one(rnd, self.stems)}{_one(rnd, _BUILDING_SUFFIX)}"
            text += f" {name} {room}号室"
        return text

    def landline(self, area_code: str) -> str:
        """A Japanese fixed-line number in the area."""
        local = self.digits(10 - len(area_code))
        split = 6 - len(area_code)  # 03-1234-5678, 052-123-4567, 0565-12-3456
        return f"{area_code}-{local[:split]}-{local[split:]}"

    def _org(self, patterns: Sequence[str], index: int) -> dict[str, object]:
        area = _one(self.rnd, _AREAS)
        stem = self.stems[index % len(self.stems)]
        return {
            "name": _one(self.rnd, patterns).format(s=stem),
            "corporate_number": self.corporate_number(),
            "address": self.address(area, building=False),
            "contact": f"担当: {_one(self.rnd, _JA_SURNAMES)}様 {self.landline(area[2])}",
        }

    def _employer(self, index: int) -> _Employer:
        rnd = self.rnd
        industry = _INDUSTRY.pick(rnd)
        _, names, places = _INDUSTRIES[industry]
        area = _one(rnd, _AREAS)
        stem = self.stems[(20 + index) % len(self.stems)]
        city = area[1].removesuffix("市") if area[1].endswith("市") else area[1][:2]
        count = 1 + int(rnd() * min(3, len(places)))
        start = int(rnd() * len(places))
        establishments = tuple(
            places[(start + k) % len(places)].format(s=stem, c=city) for k in range(count)
        )
        return _Employer(
            name=_one(rnd, names).format(s=stem),
            corporate_number=self.corporate_number(),
            address=self.address(area, building=False),
            industry=industry,
            establishments=establishments,
            contact=f"総務 {_one(rnd, _JA_SURNAMES)}様 {self.landline(area[2])}",
            area=area,
            supervising=int(rnd() * len(self.supervising)),
            support=int(rnd() * len(self.support)),
            popularity=1.0 / (1 + index) ** 0.6,  # a few employers come up again and again
        )

    def _name(self, country: _Country) -> tuple[str, str, str | None, str, str]:
        """(passport name, katakana, native or None, gender code letter, passport given name)."""
        rnd = self.rnd
        given = _one(rnd, country.given)
        low, high, chance = country.family_parts
        count = high if rnd() < chance else low
        families: list[_Part] = []
        while len(families) < count:
            part = _one(rnd, country.family)
            if part not in families:
                families.append(part)
        parts: list[_Part] = [given[:3], *families]
        if country.family_first:
            parts = [*families, given[:3]]
        latin = " ".join(p[0] for p in parts)
        kana = "・".join(p[1] for p in parts)
        native: str | None = country.native_sep.join(p[2] for p in parts)
        if native == latin:
            native = None
        return latin, kana, native, given[3], given[0]

    # -- one case ------------------------------------------------------------------------------
    def case(self) -> DemoCase:
        """The next synthetic case."""
        rnd = self.rnd
        today_ord = self.today_ord
        country = _COUNTRY.pick(rnd)
        latin, kana, native, sex, given_latin = self._name(country)
        full_name = latin.upper() if rnd() < 0.7 else latin
        status = self.status_by_profile[country.profile].pick(rnd)
        employer = self.employer_pick.pick(rnd)
        has_employer = status in _INTERN_STATUSES or status in _SSW_STATUSES or rnd() < 0.6

        # when
        case_status = _CASE_STATUS.pick(rnd)
        closed = case_status is CaseStatus.CLOSED
        if closed:
            age = 20 + int(rnd() * 1075)
            duration = min(age, 1 + int(rnd() * rnd() * 300))
        else:
            age = int(rnd() * 540)
            duration = age
        opened = today_ord - age
        end = opened + duration

        # worker
        worker = self._worker(country, full_name, kana, native, sex, given_latin, status, employer)

        # topics
        topics: list[dict[str, object]] = []
        seen: list[str] = []
        for _ in range(1 + int(rnd() * rnd() * 3)):
            category, subs = _TOPIC.pick(rnd)
            sub = _one(rnd, subs) if subs else ""
            if sub in seen:
                continue
            seen.append(sub)
            topic: dict[str, object] = {"category": category}
            if sub:
                topic["subtopic"] = sub
            topic["status"] = "closed" if closed or rnd() < 0.15 else "open"
            topics.append(topic)
        if status is ResidenceStatus.NONE_OVERSTAY and "overstay" not in seen and rnd() < 0.6:
            seen.append("overstay")
            topics.append({"category": Topic.RESIDENCE.value, "subtopic": "overstay",
                           "status": "open"})  # fmt: skip

        # parties
        parties: list[dict[str, object]] = []
        if has_employer:
            party: dict[str, object] = {
                "name": employer.name,
                "role": _ROLE_EMPLOYER,
                "corporate_number": employer.corporate_number,
                "address": employer.address,
                "industry": employer.industry,
                "establishment": _one(rnd, employer.establishments),
                "contact": employer.contact,
            }
            if status is ResidenceStatus.NONE_OVERSTAY:
                party["note"] = "元の勤務先"
            parties.append(party)
        org_name = employer.name if has_employer else "勤務先"
        if status in _INTERN_STATUSES and rnd() < 0.9:
            org = dict(self.supervising[employer.supervising])
            org["role"] = _ROLE_SUPERVISING_ORG
            parties.append(org)
            org_name = str(org["name"])
        elif status in _SSW_STATUSES and rnd() < 0.7:
            org = dict(self.support[employer.support])
            org["role"] = _ROLE_SUPPORT_ORG
            parties.append(org)
            org_name = str(org["name"])
        intern_or_ssw = status in _INTERN_STATUSES or status in _SSW_STATUSES
        if intern_or_ssw and country.sending_orgs and rnd() < 0.4:
            parties.append({
                "name": _one(rnd, country.sending_orgs),
                "role": _ROLE_SENDING_ORG,
                "note": f"来日前に手数料 約{country.fee_usd:,}米ドルを支払い",
            })  # fmt: skip
        if rnd() < 0.08:
            parties.append({
                "name": _one(rnd, _BROKERS),
                "role": _ROLE_BROKER,
                "note": "仲介料を現金で支払ったと本人が説明。領収書なし。",
            })  # fmt: skip
        lawyer = _one(rnd, _LAWYERS) if rnd() < 0.12 else None
        if lawyer:
            parties.append({"name": lawyer, "role": _ROLE_LAWYER,
                            "contact": self.landline("03")})  # fmt: skip
        ngo = _one(rnd, _NGOS) if rnd() < 0.10 else None
        if ngo:
            parties.append({"name": ngo, "role": _ROLE_NGO})
        office = f"{employer.area[3]}労働基準監督署"
        if has_employer and rnd() < 0.12:
            parties.append({
                "name": office,
                "role": _ROLE_AUTHORITY,
                "address": f"{employer.area[0]}{employer.area[1]}",
                "contact": f"監督課 {self.landline(employer.area[2])}",
            })  # fmt: skip

        # text context for templates
        money = _Money(
            month=1 + int(rnd() * 12),
            wage=850 + 10 * int(rnd() * 20),
            rent=15000 + 1000 * int(rnd() * 26),
            fee=5000 + 1000 * int(rnd() * 26),
        )
        ctx: dict[str, object] = {
            "month": money.month,
            "hours": 40 + 5 * int(rnd() * 17),
            "wage": money.wage,
            "rent": money.rent,
            "fee": money.fee,
            "debt": 50 + int(rnd() * 100),
            "usd": f"{country.fee_usd + 100 * int(rnd() * 20):,}",
            "arrears": 10 + int(rnd() * 90),
            "employer": employer.name if has_employer else "勤務先",
            "org": org_name,
            "office": office,
            "lawyer": lawyer or "提携弁護士",
            "ngo": ngo or "支援団体",
            "lang": LANGUAGE_NAMES_JA[country.language],
            "lang_en": _LANGUAGE_NAMES_EN[country.language],
        }
        for topic in topics:
            if rnd() < 0.8:
                topic["note"] = _one(rnd, _SHORT[str(topic.get("subtopic", ""))]).format_map(ctx)

        # case
        assignee = _one(rnd, COUNSELORS)
        first_sub = str(topics[0].get("subtopic", ""))
        case: dict[str, object] = {
            "status": case_status.value,
            "summary": _one(rnd, _SHORT[first_sub]).format_map(ctx),
            "assignee": assignee,
            "opened_on": self.iso(opened),
        }
        if closed:
            case["outcome"] = _OUTCOME.pick(rnd)
            case["closed_on"] = self.iso(end)
        flags: list[str] = []
        risky = not _RISKY.isdisjoint(seen)
        if rnd() < (0.25 if risky else 0.06):
            flags.append("urgent")
        if rnd() < (0.2 if risky else 0.03):
            flags.append("safety_follow_up")
        case["flags"] = flags

        categories = list(dict.fromkeys(str(t["category"]) for t in topics))
        timeline = self._timeline(country, seen, categories, opened, end, assignee, ctx)
        tasks = self._tasks(case_status, worker, opened, end, assignee, lawyer)
        consents = self._consents(case, opened, end, employer.name, lawyer, ngo, has_employer)
        # Evidence has a random source of its own, drawn whether or not evidence is wanted, so
        # that ``with_evidence=False`` gives the very same cases, only without files.
        evidence: list[DemoEvidence] = []
        if rnd() < 0.25:
            evidence_rnd = Random(int(rnd() * 2**53)).random
            if self.with_evidence:
                for _ in range(1 + (evidence_rnd() < 0.4)):
                    evidence.append(
                        self._evidence(evidence_rnd, latin, opened, end, assignee, employer, money)
                    )
        return DemoCase(case, worker, parties, topics, timeline, tasks, consents, evidence)

    def _worker(
        self,
        country: _Country,
        full_name: str,
        kana: str,
        native: str | None,
        sex: str,
        given_latin: str,
        status: ResidenceStatus,
        employer: _Employer,
    ) -> dict[str, object]:
        rnd = self.rnd
        today_ord = self.today_ord
        languages = [country.language]
        if country.code == "PH" or rnd() < 0.12:
            languages.append("en")
        if rnd() < 0.4:
            languages.append("ja")
        gender = Gender.FEMALE if sex == "f" else Gender.MALE
        if rnd() < 0.02:
            gender = Gender.UNKNOWN
        age_years = 19 + int(rnd() * rnd() * 30)
        born = today_ord - int(age_years * 365.25) - int(rnd() * 365)
        handle = given_latin.split()[-1].lower().replace("-", "")
        line_id: str | None = None
        if rnd() < 0.7:
            line_id = f"{handle}{_one(rnd, ('', '_', '.'))}{self.digits(4)}"
        email: str | None = None
        if rnd() < 0.3:
            domain = _one(rnd, ("example.com", "example.net", "example.org", "example.jp"))
            email = f"{handle}{self.digits(3)}@{domain}"
        area = employer.area if rnd() < 0.8 else _one(rnd, _AREAS)
        expiry: str | None = None
        if status is not ResidenceStatus.PERMANENT_RESIDENT:
            r = rnd()
            if status is ResidenceStatus.NONE_OVERSTAY or r < 0.08:
                offset = -1 - int(rnd() * 400)
            elif r < 0.23:
                offset = int(rnd() * 31)
            else:
                offset = 31 + int(rnd() * 1050)
            expiry = self.iso(today_ord + offset)
        card: str | None = None
        if rnd() < 0.85:
            letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            card = (
                f"{_one(rnd, letters)}{_one(rnd, letters)}{self.digits(8)}"
                f"{_one(rnd, letters)}{_one(rnd, letters)}"
            )
        return {
            "full_name": full_name,
            "name_katakana": kana,
            "name_native": native,
            "nationality": country.code,
            "languages": languages,
            "date_of_birth": self.iso(born),
            "gender": gender.value,
            "phone": f"0{_one(rnd, '789')}0-{self.digits(4)}-{self.digits(4)}",
            "line_id": line_id,
            "email": email,
            "address": self.address(area, building=True),
            "residence_status": status.value,
            "residence_expiry": expiry,
            "residence_card_number": card,
        }

    def _timeline(
        self,
        country: _Country,
        subtopics: list[str],
        categories: list[str],
        opened: int,
        end: int,
        assignee: str,
        ctx: dict[str, object],
    ) -> list[dict[str, object]]:
        # The hot loop of the generator: weighted picks and lookups are inlined.
        rnd = self.rnd
        span = end - opened
        count = 4 + int(rnd() * 21)
        if span < 10:
            count = min(count, 2 + 2 * span)
        # A slot is day * 120 + a 5-minute step of the office day; the first is on opening day.
        # One random number serves several decisions where its parts are independent enough.
        base = opened * 120
        steps = (span + 1) * 120
        slots = [base + int(rnd() * 120)]
        slots += [base + int(rnd() * steps) for _ in range(count - 1)]
        slots.sort()
        own = country.language
        interpreters = self.interpreters[own]
        n_interpreters = len(interpreters)
        follow_ups = _FOLLOW_UP + _FOLLOW_UP_LABOUR if _LABOUR in categories else _FOLLOW_UP
        actions: tuple[str, ...] = _ACTIONS
        for category in categories:
            actions += _ACTIONS_BY_TOPIC[category]
        n_follow, n_actions, n_subs = len(follow_ups), len(actions), len(subtopics)
        a_items, a_cum, a_total = _ACTION_CHANNEL.table()
        c_items, c_cum, c_total = _CONSULT_CHANNEL.table()
        m_items, m_cum, m_total = _MINUTES.table()
        iso_cache = self._iso
        times = _TIMES
        counselors = COUNSELORS
        entries: list[dict[str, object]] = []
        first = True
        for slot in slots:
            day = slot // 120
            r = rnd()
            if first or r >= 0.9:
                sub = subtopics[0] if first else subtopics[int((r - 0.9) * 10 * n_subs)]
                notes = _CONSULT[sub]
                note = notes[int(rnd() * len(notes))]
                first = False
                action = False
            elif r < 0.5:
                note = actions[int(r * 2 * n_actions)]
                action = True
            else:
                note = follow_ups[int((r - 0.5) * 2.5 * n_follow)]
                action = False
            r = rnd()
            interpreter = None
            if action:
                kind = _ACTION
                channel = a_items[bisect(a_cum, rnd() * a_total)]
                language = "ja" if r < 0.8 else own
                if r >= 0.9:
                    interpreter = interpreters[int((r - 0.9) * 10 * n_interpreters)]
            else:
                kind = _CONSULTATION
                channel = c_items[bisect(c_cum, rnd() * c_total)]
                language = own if r < 0.6 else "ja" if r < 0.9 else "en"
                if r < 0.3:
                    interpreter = interpreters[int(r / 0.3 * n_interpreters)]
            if language == "ja" or language == "en":
                interpreter = None
            c = rnd()
            entries.append({
                "occurred_at": (iso_cache.get(day) or self.iso(day)) + times[slot - day * 120],
                "kind": kind,
                "channel": channel,
                "language": language,
                "interpreter": interpreter,
                "counselor": assignee if c < 0.7 else counselors[int((c - 0.7) * 26.6)],
                "minutes": m_items[bisect(m_cum, rnd() * m_total)],
                "note": note.format_map(ctx) if "{" in note else note,
            })  # fmt: skip
        return entries

    def _tasks(
        self,
        case_status: CaseStatus,
        worker: dict[str, object],
        opened: int,
        end: int,
        assignee: str,
        lawyer: str | None,
    ) -> list[dict[str, object]]:
        rnd = self.rnd
        today_ord = self.today_ord
        closed = case_status is CaseStatus.CLOSED
        tasks: list[dict[str, object]] = []
        expiry = worker["residence_expiry"]
        if isinstance(expiry, str) and not closed:
            left = date.fromisoformat(expiry).toordinal() - today_ord
            if -30 <= left <= 120 and rnd() < 0.8:
                tasks.append({
                    "title": "在留期間の満了日（更新・変更申請の確認）",
                    "kind": TaskKind.RESIDENCE_EXPIRY.value,
                    "due_on": expiry,
                    "assignee": assignee,
                    "done": False,
                    "note": "本人・会社に更新書類の準備状況を確認する",
                })  # fmt: skip
        if lawyer and rnd() < 0.6:
            due = max(opened, end - int(rnd() * 20)) if closed else today_ord + 10 + int(rnd() * 50)
            tasks.append({
                "title": "ADR期日（東京弁護士会 紛争解決センター）",
                "kind": TaskKind.ADR_SESSION.value,
                "due_on": self.iso(due),
                "assignee": assignee,
                "done": closed,
                "note": "通訳手配済み" if rnd() < 0.5 else "申立書・甲号証の写し3部を準備",
            })  # fmt: skip
        for _ in range(int(rnd() * 3)):
            if len(tasks) >= 3:
                break
            last = end if closed else max(opened, today_ord - int(rnd() * 10))
            due = last + int(rnd() * 21)
            if closed:
                due = min(due - 10, end)
            title, kind = _one(rnd, (
                ("本人へ状況確認の電話", TaskKind.FOLLOW_UP),
                ("会社からの回答を確認", TaskKind.FOLLOW_UP),
                ("Follow-up call with the worker", TaskKind.FOLLOW_UP),
                ("労基署への申告書類の提出", TaskKind.DEADLINE),
                ("給与明細・勤怠記録の受け取り", TaskKind.OTHER),
            ))  # fmt: skip
            if any(t["title"] == title for t in tasks):
                continue
            tasks.append({
                "title": title,
                "kind": kind.value,
                "due_on": self.iso(due),
                "assignee": assignee,
                "done": closed or (due < today_ord and rnd() < 0.7),
            })  # fmt: skip
        return tasks

    def _consents(
        self,
        case: dict[str, object],
        opened: int,
        end: int,
        employer: str,
        lawyer: str | None,
        ngo: str | None,
        has_employer: bool,
    ) -> list[dict[str, object]]:
        rnd = self.rnd
        withdrawn_case = case.get("outcome") == Outcome.WITHDRAWN.value and rnd() < 0.5
        consents: list[dict[str, object]] = [{
            "purpose": ConsentPurpose.CASE_HANDLING.value,
            "recipient": "相談窓口",
            "scope": "相談記録の作成と、相談対応に必要な範囲での利用",
            "method": _CONSENT_METHOD.pick(rnd),
            "given_on": self.iso(opened),
            "withdrawn_on": self.iso(end) if withdrawn_case else None,
            "note": None,
        }]  # fmt: skip
        recipient = lawyer or ngo
        if recipient and rnd() < 0.85:
            purpose, scope = ConsentPurpose.REFERRAL, "氏名・連絡先・相談内容の要約"
        elif has_employer and rnd() < 0.15:
            purpose, scope = ConsentPurpose.COMPANY_FEEDBACK, "個人が特定されない形での改善要望のみ"
            recipient = employer
        else:
            return consents
        given = opened + int(rnd() * (end - opened + 1))
        withdrawn = None
        if rnd() < 0.1 and given < self.today_ord:
            withdrawn = self.iso(given + int(rnd() * (self.today_ord - given + 1)))
        consents.append({
            "purpose": purpose.value,
            "recipient": recipient,
            "scope": scope,
            "method": _CONSENT_METHOD.pick(rnd),
            "given_on": self.iso(given),
            "withdrawn_on": withdrawn,
            "note": "本人の希望により連絡は通訳同席で行う" if rnd() < 0.3 else None,
        })  # fmt: skip
        return consents

    def _evidence(
        self,
        rnd: _Rnd,
        latin: str,
        opened: int,
        end: int,
        counselor: str,
        employer: _Employer,
        money: _Money,
    ) -> DemoEvidence:
        day = opened + int(rnd() * (end - opened + 1))
        iso = self.iso(day)
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
                "source": _one(rnd, ("worker's phone (LINE)", "taken at dormitory visit")),
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
                "source": _one(rnd, sources),
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


def generate(
    n_cases: int, *, seed: int = 0, today: date, with_evidence: bool = True
) -> Iterator[DemoCase]:
    """Yield ``n_cases`` synthetic cases, the same ones for the same ``seed`` and ``today``.

    Dates are spread around ``today``: cases opened up to three years before it,
    residence expiries from a year past to three years ahead (some within 30 days).
    About a quarter of the cases carry one or two small evidence files unless
    ``with_evidence`` is false.  ``generate(n)`` is a prefix of ``generate(n + k)``.
    """
    if n_cases < 0:
        raise ValueError("n_cases cannot be negative")
    gen = _Generator(seed, today, with_evidence)
    for _ in range(n_cases):
        yield gen.case()
