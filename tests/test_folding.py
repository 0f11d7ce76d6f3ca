"""Folding for search and name matching across scripts, widths, kana and diacritics."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cases.folding import (
    fold,
    is_valid_card_number,
    kana_to_latin,
    name_key,
    name_similarity,
    normalize_card_number,
    normalize_phone,
)

# Characters that stress the interactions between the steps of fold():
# width forms, kana with spacing and combining voicing marks, Latin letters with
# and without precomposed diacritics, marks of other scripts, case oddities,
# ignorables and name punctuation.
TRICKY = list(
    "aAnNdDiIİıßẞøØđĐæǅﬁ㌀㋐ΐΙйЙ  \t\u3000\u00ad\u200b\u200d\ufeff"
    "・･·.-'ーｰｶﾞﾟ゛゜カガかがワヷゐヽヾゝゞっッ\u3099\u309a"
    "\u0300\u0301\u0302\u0303\u0306\u0308\u031b\u0323\u0345"
    "\u0e34\u0e48\u1031\u103a\u17bb\u093e\u094d\u09be\u0dd9\u0dca"
)
texts = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(TRICKY)),
    max_size=16,
)


# --------------------------------------------------------------------------- fold


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("ＡＢＣ", "abc"),
        ("ｸﾞｴﾝ", "ぐえん"),
        ("ﾏﾘｱ･ｻﾝﾄｽ", "まりあ・さんとす"),
        ("０９０", "090"),
        ("ヴ", "ゔ"),
        ("ァィゥェォッャュョヮヵヶ", "ぁぃぅぇぉっゃゅょゎゕゖ"),
        ("ガギグゲゴ パピプペポ", "がぎぐげご ぱぴぷぺぽ"),
        ("か\u3099", "が"),  # decomposed input composes, the dakuten stays
        ("マリー", "まりー"),
        ("Nguyễn Văn Đức", "nguyen van duc"),
        ("Phạm Thị Hương", "pham thi huong"),
        ("Trần Quốc Bảo", "tran quoc bao"),
        ("ĐẶNG", "dang"),
        ("Søren Łukasz Ħal", "soren lukasz hal"),
        ("José MARÍA Ñúñez", "jose maria nunez"),
        ("Straße", "strasse"),
        ("İlkay", "ilkay"),
        ("n\u0308", "n"),  # no precomposed letter: the loose mark goes anyway
        ("  Juan\t\tdela \u3000 Cruz \n", "juan dela cruz"),
        ("Ana\u00adMaria\u200b", "anamaria"),
        ("阮文安", "阮文安"),
        ("김민준", "김민준"),
        ("", ""),
    ],
)
def test_fold_examples(raw: str, folded: str) -> None:
    assert fold(raw) == folded


NATIVE = [
    "สมชาย",
    "สมศักดิ์ วิเศษ",  # Thai
    "အောင်ကျော်",  # Myanmar
    "សុខា",  # Khmer
    "राम बहादुर",  # Devanagari (Nepali)
    "কামরুল হাসান",  # Bengali
    "ශ්‍රී ලංකා පෙරේරා",  # Sinhala, with ZWJ
]


@pytest.mark.parametrize("name", NATIVE)
def test_fold_keeps_marks_of_other_scripts(name: str) -> None:
    folded = fold(name)
    assert folded == unicodedata.normalize("NFKC", name)
    marks = [c for c in unicodedata.normalize("NFKC", name) if unicodedata.category(c)[0] == "M"]
    assert [c for c in folded if unicodedata.category(c)[0] == "M"] == marks


def test_fold_keeps_cyrillic_letters_that_decompose() -> None:
    # й and ё decompose under NFD; only Latin loses its diacritics.
    assert fold("Цэрэнпунцагийн Ёндон") == "цэрэнпунцагийн ёндон"


def test_fold_keeps_japanese_voicing() -> None:
    assert fold("が") != fold("か")
    assert fold("ぱ") != fold("は")
    assert fold("ヴ") != fold("ウ")


def test_fold_makes_katakana_widths_and_hiragana_equal() -> None:
    assert fold("グエン") == fold("ぐえん") == fold("ｸﾞｴﾝ") == fold("ク\u3099エン")


def test_vietnamese_with_and_without_diacritics_fold_equal() -> None:
    plain = "nguyen thi thu ha"
    for written in ("Nguyễn Thị Thu Hà", "NGUYỄN THỊ THU HÀ", "Nguyen Thi Thu Ha"):
        assert fold(written) == plain
        assert fold(unicodedata.normalize("NFD", written)) == plain


@settings(max_examples=300)
@given(texts)
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


def test_fold_is_idempotent_on_every_bmp_character() -> None:
    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        once = fold(chr(cp))
        assert fold(once) == once, hex(cp)


@given(texts)
def test_fold_output_has_no_katakana_or_loose_whitespace(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert not any("\u30a1" <= c <= "\u30fa" for c in folded)


# --------------------------------------------------------------------------- name_key


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("グエン・ヴァン・アン", "ぐえんゔぁんあん"),
        ("ｸﾞｴﾝ･ｳﾞｧﾝ･ｱﾝ", "ぐえんゔぁんあん"),
        ("マリー・キュリー", "まりーきゅりー"),  # ー is part of the name
        ("Bat-Erdene", "baterdene"),
        ("O’Brien, Mary J.", "obrienmaryj"),
        ("Nguyễn  Văn An", "nguyenvanan"),
        ("ジョン＝スミス", "じょんすみす"),
    ],
)
def test_name_key_examples(raw: str, key: str) -> None:
    assert name_key(raw) == key


@settings(max_examples=300)
@given(texts)
def test_name_key_is_idempotent(text: str) -> None:
    once = name_key(text)
    assert name_key(once) == once


def test_name_key_composes_marks_freed_by_removed_punctuation() -> None:
    assert name_key("か・\u3099") == name_key("が") == "が"


# --------------------------------------------------------------------------- kana_to_latin


@pytest.mark.parametrize(
    ("kana", "latin"),
    [
        ("シ チ ツ フ ジ ン", "shi chi tsu fu ji n"),
        ("グエン", "guen"),
        ("ぐえん", "guen"),
        ("ｸﾞｴﾝ", "guen"),
        ("ヴァン", "van"),
        ("ヴィ ヴ ヴェ ヴォ", "vi vu ve vo"),
        ("ヷ", "va"),
        ("ティ ディ ファ フィ フェ フォ", "ti di fa fi fe fo"),
        ("ウィ ウェ ウォ", "wi we wo"),
        ("シャ チュ ジョ キャ リョ", "sha chu jo kya ryo"),
        ("ベッド", "beddo"),
        ("マッチ", "matchi"),
        ("マリー", "marii"),
        ("ラーメン", "raamen"),
        ("ｻｯｶｰ", "sakkaa"),
        ("ササキ さゝき いすゞ", "sasaki sasaki isuzu"),
        ("シティ・ラハユ", "shiti・rahayu"),
        ("Nguyen 阮 グエン", "Nguyen 阮 guen"),
        ("ー-ー", "ー-ー"),  # no kana before it: left as it is
    ],
)
def test_kana_to_latin_examples(kana: str, latin: str) -> None:
    assert kana_to_latin(kana) == latin


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="ー")))
def test_kana_to_latin_leaves_text_without_kana_alone(text: str) -> None:
    if not any("\u3041" <= c <= "\u30ff" or "\uff66" <= c <= "\uff9f" for c in text):
        assert kana_to_latin(text) == text


# --------------------------------------------------------------------------- similarity

SAME_PERSON = [
    ("Nguyen Van An", "グエン・ヴァン・アン"),
    ("Nguyen Van An", "グエンヴァンアン"),
    ("Nguyễn Văn An", "NGUYEN VAN AN"),
    ("Maria Santos", "マリア・サントス"),
    ("Siti Rahayu", "シティ・ラハユ"),
    ("Bat-Erdene", "バトエルデネ"),
    ("Juan dela Cruz", "Cruz Juan Dela"),
    ("Tran Thi Mai", "チャン・ティ・マイ"),
]
DIFFERENT_PEOPLE = [
    ("Nguyen Van An", "Tran Thi Mai"),
    ("Maria Santos", "Ana Souza"),
    ("田中", "Nguyen"),
    ("グエン・ヴァン・アン", "マリア・サントス"),
    ("สมชาย", "สมศักดิ์"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PERSON)
def test_same_person_scores_high(a: str, b: str) -> None:
    assert name_similarity(a, b) >= 0.8
    assert name_similarity(b, a) >= 0.8


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_people_score_low(a: str, b: str) -> None:
    assert name_similarity(a, b) < 0.6
    assert name_similarity(b, a) < 0.6


@pytest.mark.parametrize(
    ("a", "b"),
    [("สมชาย", "สมชาย"), ("阮文安", "阮文安"), ("Батцэцэг", "БАТЦЭЦЭГ"), ("ｸﾞｴﾝ", "ぐえん")],
)
def test_identical_after_folding_scores_one(a: str, b: str) -> None:
    assert name_similarity(a, b) == 1.0


@pytest.mark.parametrize(("a", "b"), [("", ""), ("", "Nguyen"), ("グエン", " "), ("・", "・")])
def test_empty_name_scores_zero(a: str, b: str) -> None:
    assert name_similarity(a, b) == 0.0


@given(texts, texts)
def test_similarity_is_a_symmetric_ratio(a: str, b: str) -> None:
    score = name_similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert name_similarity(b, a) == score


# --------------------------------------------------------------------------- phone and card


@pytest.mark.parametrize(
    ("raw", "phone"),
    [
        ("+81 90-1234-5678", "09012345678"),
        ("+81 (0)90 1234 5678", "09012345678"),
        ("0081-3-1234-5678", "0312345678"),
        ("81 80 1234 5678", "08012345678"),
        ("０９０（１２３４）５６７８", "09012345678"),
        ("090-1234-5678", "09012345678"),
        ("03-1234-5678", "0312345678"),
        ("＋８１ ９０ １２３４ ５６７８", "09012345678"),
        ("+84 912 345 678", "+84912345678"),
        ("0084 912 345 678", "+84912345678"),
        ("010-66-81-234-5678", "+66812345678"),  # 010: international prefix from Japan
        ("Tel: +63 917 123 4567", "+639171234567"),
        ("", ""),
        ("no phone", ""),
        ("+", ""),
    ],
)
def test_normalize_phone(raw: str, phone: str) -> None:
    assert normalize_phone(raw) == phone


@pytest.mark.parametrize(
    ("raw", "number", "valid"),
    [
        ("ab 1234 5678 cd", "AB12345678CD", True),
        ("AB12345678CD", "AB12345678CD", True),
        ("ＡＢ－１２３４－５６７８－ＣＤ", "AB12345678CD", True),
        ("ab-1234-5678-cd", "AB12345678CD", True),
        ("ＡＢ１２３４ー５６７８ＣＤ", "AB12345678CD", True),  # IME long-vowel mark as hyphen
        ("AB1234567CD", "AB1234567CD", False),
        ("A812345678CD", "A812345678CD", False),
        ("AB12345678CDE", "AB12345678CDE", False),
        ("ÅB12345678CD", "ÅB12345678CD", False),
        ("", "", False),
    ],
)
def test_card_number(raw: str, number: str, valid: bool) -> None:
    assert normalize_card_number(raw) == number
    assert is_valid_card_number(raw) is valid


def test_ascii_fast_path_matches_nfkc_casefold() -> None:
    # The ASCII shortcut must agree with NFKC + casefold on the same text.
    for cp in range(128):
        text = f" x{chr(cp)}y "
        general = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
        assert fold(text) == general, hex(cp)
