"""Text folding for search, name matching and identifier normalisation.

Case records hold names typed in many ways: Latin with or without Vietnamese
diacritics, full-width or half-width katakana, hiragana, and native scripts
(Thai, Myanmar, Khmer, Devanagari, Bengali, Sinhala, Chinese, Korean, Mongolian
Cyrillic...).  Everything that is indexed or queried goes through :func:`fold`
so that those differences do not hide a record, while the marks that carry
meaning in non-Latin scripts are kept intact.

Pure standard library; every table is built once at import time because
:func:`fold` runs on every record whenever the search index is rebuilt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher

__all__ = [
    "fold",
    "is_valid_card_number",
    "kana_to_latin",
    "name_key",
    "name_similarity",
    "normalize_card_number",
    "normalize_phone",
]

# --------------------------------------------------------------------------- tables

# Invisible format characters that arrive with copy-and-paste from web pages and
# PDFs and would silently split a word.  ZWJ/ZWNJ (U+200C/U+200D) are *not* here:
# Sinhala, Devanagari and Bengali use them to choose conjunct shapes.
_IGNORABLE = dict.fromkeys(map(ord, "\u00ad\u180e\u200b\u2060\ufeff"))

# Katakana -> hiragana.  The blocks are parallel, offset by 0x60, for ァ..ヶ
# (which includes ヴ -> ゔ and the small forms ヵ ヶ -> ゕ ゖ).
_KANA: dict[int, str] = {cp: chr(cp - 0x60) for cp in range(0x30A1, 0x30F7)}
# ヷ ヸ ヹ ヺ have no precomposed hiragana; the base plus a combining dakuten is
# what NFKC leaves alone, so the result stays stable under a second fold.
_KANA.update({0x30F7: "わ\u3099", 0x30F8: "ゐ\u3099", 0x30F9: "ゑ\u3099", 0x30FA: "を\u3099"})
_KANA.update({0x30FD: "ゝ", 0x30FE: "ゞ"})  # iteration marks
# ー (U+30FC) and ・ (U+30FB) are shared by both kana and stay as they are.

# Ranges that hold Latin letters (ASCII is handled separately).
_LATIN_RANGES = (
    (0x00C0, 0x024F),
    (0x0250, 0x02AF),
    (0x1D00, 0x1DBF),
    (0x1E00, 0x1EFF),
    (0x2C60, 0x2C7F),
    (0xA720, 0xA7FF),
    (0xAB30, 0xAB6F),
    (0x10780, 0x107BF),
    (0x1DF00, 0x1DFFF),
)

# Latin letters that carry a "diacritic" with no canonical decomposition (so NFD
# cannot strip it) or that people type as two letters.
_LATIN_EXTRA = {
    "ı": "i",  # dotless i (Turkish)
    "ȷ": "j",
    "æ": "ae",
    "œ": "oe",
    "ð": "d",
    "þ": "th",
}

_LATIN_WITH = re.compile(r"LATIN (?:SMALL|CAPITAL) LETTER ([A-Z]) WITH ")

# Generic combining diacritics (script "Inherited").  Only these are removed and
# only after a Latin letter: Thai, Myanmar, Khmer, Indic vowel signs and the
# Japanese (semi-)voiced sound marks U+3099/U+309A live outside these blocks.
_GENERIC_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"


def _latin_letters() -> list[str]:
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    letters += [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    for start, end in _LATIN_RANGES:
        for cp in range(start, end + 1):
            ch = chr(cp)
            if unicodedata.name(ch, "").startswith("LATIN ") and unicodedata.category(ch)[0] == "L":
                letters.append(ch)
    return letters


def _strip_latin(ch: str) -> str | None:
    """The plain form of one Latin letter, or None when it has nothing to strip."""
    if ch in _LATIN_EXTRA:
        return _LATIN_EXTRA[ch]
    match = _LATIN_WITH.match(unicodedata.name(ch, ""))
    if match:
        # Covers letters that do decompose (ễ, ă) and those that do not (đ, ø, ł, ħ).
        return match.group(1).lower()
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    if base and base != ch:
        plain = "".join(_LATIN_EXTRA.get(c, c) for c in base).casefold()
        return plain if plain != ch else None
    return None


_LATIN_LETTERS = _latin_letters()
_LATIN_PLAIN: dict[int, str] = {}
for _ch in _LATIN_LETTERS:
    _plain = _strip_latin(_ch)
    if _plain is not None:
        _LATIN_PLAIN[ord(_ch)] = _plain
del _ch, _plain

# One translate() pass after case folding does both kana and Latin folding.
_FOLD_TABLE: dict[int, str] = {**_LATIN_PLAIN, **_KANA}

# Marks left over after a Latin letter because no precomposed letter exists
# (e.g. "n̈", or a mark of another script sorted in between by NFKC).
_LATIN_SET = frozenset(_LATIN_LETTERS)
_ANY_GENERIC_MARK = re.compile(f"[{_GENERIC_MARKS}]")

# Separators inside a name.  ー is deliberately absent: in katakana it is part of
# the name (マリー is not マリ).
_NAME_PUNCT = "・·‧.,-'’‘ʼ`´‐‒–—―゠=_、。/"
_NAME_DROP = dict.fromkeys(map(ord, _NAME_PUNCT + " "))
_NAME_TO_SPACE = dict.fromkeys(map(ord, _NAME_PUNCT), " ")


# --------------------------------------------------------------------------- fold


def fold(text: str) -> str:
    """Normalise text for search indexing and queries.

    NFKC (full/half width), casefold, katakana to hiragana, Latin diacritics
    removed (ễ -> e, đ -> d, ø -> o), whitespace collapsed and stripped.  Marks
    of other scripts (Thai, Indic, Myanmar, Khmer vowel signs, Japanese dakuten)
    are kept.  Idempotent: ``fold(fold(x)) == fold(x)``.
    """
    if text.isascii():
        # ASCII is already NFKC and has no kana or diacritics: skip the tables.
        return " ".join(text.lower().split())
    # Ignorables go first so that NFKC can compose across where they were.
    text = unicodedata.normalize("NFKC", text.translate(_IGNORABLE))
    # casefold() can emit decomposed sequences (e.g. for ΐ, İ): compose again.
    # normalize() returns at once when the text is already normalised.
    text = unicodedata.normalize("NFKC", text.casefold())
    text = text.translate(_FOLD_TABLE)
    if _ANY_GENERIC_MARK.search(text):
        text = _drop_latin_marks(text)
    return " ".join(text.split())


def _drop_latin_marks(text: str) -> str:
    """Remove generic combining marks that belong to a Latin letter.

    A mark belongs to the letter when only combining characters (non-zero
    canonical class) stand between them; those other marks are kept.  Rarely
    needed, since NFKC already composed most pairs and translate() stripped them.
    """
    out: list[str] = []
    after_latin = False
    for ch in text:
        if after_latin and _ANY_GENERIC_MARK.match(ch):
            continue
        if not (after_latin and unicodedata.combining(ch)):
            after_latin = ch in _LATIN_SET
        out.append(ch)
    return "".join(out)


def name_key(text: str) -> str:
    """A compact key for comparing names: :func:`fold` without spaces or name punctuation.

    Removes whitespace and separators such as ``・ · . , - ' ’``; keeps the
    katakana long-vowel mark ``ー`` because it is part of the name.
    """
    key = fold(text).translate(_NAME_DROP)
    # Removing a separator can bring a letter next to a combining mark (か・゙);
    # fold again in that rare case so that name_key stays idempotent.
    if not unicodedata.is_normalized("NFC", key) or _ANY_GENERIC_MARK.search(key):
        key = fold(key).translate(_NAME_DROP)
    return key


# --------------------------------------------------------------------------- kana


def _romaji_table() -> dict[str, str]:
    rows = {
        "": "あいうえお",
        "k": "かきくけこ",
        "g": "がぎぐげご",
        "s": "さしすせそ",
        "z": "ざじずぜぞ",
        "t": "たちつてと",
        "d": "だぢづでど",
        "n": "なにぬねの",
        "h": "はひふへほ",
        "b": "ばびぶべぼ",
        "p": "ぱぴぷぺぽ",
        "m": "まみむめも",
        "r": "らりるれろ",
    }
    table: dict[str, str] = {}
    for consonant, kana in rows.items():
        for vowel, ch in zip("aiueo", kana, strict=True):
            table[ch] = consonant + vowel
    # Hepburn exceptions.
    table.update({"し": "shi", "じ": "ji", "ち": "chi", "ぢ": "ji", "つ": "tsu", "づ": "zu"})
    table.update({"ふ": "fu", "ゔ": "vu", "ん": "n"})
    table.update({"や": "ya", "ゆ": "yu", "よ": "yo", "わ": "wa", "ゐ": "i", "ゑ": "e", "を": "o"})
    table.update({"ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"})
    table.update({"ゃ": "ya", "ゅ": "yu", "ょ": "yo", "ゎ": "wa", "ゕ": "ka", "ゖ": "ke"})
    # Yōon: consonant + i-row kana + small ya/yu/yo.
    for ch, start in {
        "き": "ky", "ぎ": "gy", "に": "ny", "ひ": "hy", "び": "by", "ぴ": "py", "み": "my",
        "り": "ry", "し": "sh", "じ": "j", "ち": "ch", "ぢ": "j",
    }.items():  # fmt: skip
        for small, vowel in (("ゃ", "a"), ("ゅ", "u"), ("ょ", "o")):
            table[ch + small] = start + vowel
    # Sounds used to write foreign names in katakana.
    table.update({
        "しぇ": "she", "じぇ": "je", "ちぇ": "che", "いぇ": "ye",
        "てぃ": "ti", "でぃ": "di", "とぅ": "tu", "どぅ": "du", "てゅ": "tyu", "でゅ": "dyu",
        "ふぁ": "fa", "ふぃ": "fi", "ふぇ": "fe", "ふぉ": "fo", "ふゅ": "fyu",
        "うぃ": "wi", "うぇ": "we", "うぉ": "wo",
        "ゔぁ": "va", "ゔぃ": "vi", "ゔぇ": "ve", "ゔぉ": "vo", "ゔゅ": "vyu",
        "わ\u3099": "va", "ゐ\u3099": "vi", "ゑ\u3099": "ve", "を\u3099": "vo",
        "つぁ": "tsa", "つぃ": "tsi", "つぇ": "tse", "つぉ": "tso",
        "すぃ": "si", "ずぃ": "zi", "くぁ": "kwa", "くぃ": "kwi", "くぇ": "kwe", "くぉ": "kwo",
        "ぐぁ": "gwa", "ひぇ": "hye", "きぇ": "kye", "にぇ": "nye",
    })  # fmt: skip
    return table


_ROMAJI = _romaji_table()
# Voiced forms used for ゞ (a repeated syllable with dakuten).
# Digraphs come before their first letter so that "chi" becomes "ji", not "jhi".
_VOICED = (
    ("ch", "j"), ("sh", "j"), ("ts", "z"),
    ("k", "g"), ("s", "z"), ("t", "d"), ("h", "b"), ("f", "b"),
)  # fmt: skip
_VOWELS = frozenset("aeiou")
_SOKUON = "っ"
_LONG = "ー"

_HAS_KANA = re.compile("[\u3041-\u30ff\uff66-\uff9f]")
_HALFWIDTH_KANA = re.compile("[\uff66-\uff9f]+")
# A kana followed by a (spacing or combining) voiced sound mark: compose them.
_KANA_VOICING = re.compile("([\u3041-\u3096\u309d])([\u3099-\u309c])")
_SPACING_TO_COMBINING = {"\u309b": "\u3099", "\u309c": "\u309a"}


def _compose_voicing(match: re.Match[str]) -> str:
    mark = _SPACING_TO_COMBINING.get(match.group(2), match.group(2))
    return unicodedata.normalize("NFC", match.group(1) + mark)


def _voiced(roman: str) -> str:
    for plain, voiced in _VOICED:
        if roman.startswith(plain):
            return voiced + roman[len(plain) :]
    return roman


def kana_to_latin(text: str) -> str:
    """Romanise hiragana and katakana (modified Hepburn), leaving other characters as they are.

    シ shi, チ chi, ツ tsu, フ fu, ジ ji, ン n; ヴァ va, ティ ti, ファ fa, ウィ wi...;
    small ッ doubles the next consonant (ッチ -> tchi); ー repeats the previous vowel.
    """
    if not _HAS_KANA.search(text):
        return text
    text = _HALFWIDTH_KANA.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _KANA_VOICING.sub(_compose_voicing, text.translate(_KANA))
    out: list[str] = []
    last = ""  # romaji of the previous kana syllable; "" after anything else
    sokuon = False
    i = 0
    while i < len(text):
        ch = text[i]
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in _ROMAJI:
            roman: str | None = _ROMAJI[pair]
            i += 2
        else:
            roman = _ROMAJI.get(ch)
            i += 1
        if roman is None:
            if ch == _SOKUON:
                sokuon = True
                last = ""
                continue
            if ch == _LONG and last:
                # Long vowel: repeat the vowel (マリー -> marii); after ン it adds nothing.
                out.append(last[-1] if last[-1] in _VOWELS else "")
                continue
            if ch in "ゝゞ" and last:
                roman = last if ch == "ゝ" else _voiced(last)
            elif ch in "\u3099\u309a" and (last or sokuon):
                continue  # a stray voicing mark that composed with nothing
            else:
                out.append(ch)
                last = ""
                sokuon = False
                continue
        if sokuon:
            if roman.startswith("ch"):
                roman = "t" + roman
            elif roman[0] not in _VOWELS:
                roman = roman[0] + roman
            sokuon = False
        out.append(roman)
        last = roman
    return "".join(out)


# --------------------------------------------------------------------------- names

# Phonetic simplification of romanised names, applied in order.  Only ASCII
# letters are rewritten; tokens in other scripts pass through untouched.
_PHONETIC: tuple[tuple[re.Pattern[str], str], ...] = (
    # Japanese write Nguyen as グエン (guen): the initial velar nasal is lost.
    (re.compile(r"^ng(?=[a-z])"), "g"),
    # Hard c sounds like k (Carlos / カルロス); ch, ce, ci, cy do not.
    (re.compile(r"c(?![eihy])"), "k"),
    (re.compile(r"q"), "k"),
    # Japanese has one liquid and no v/b contrast in practice.
    (re.compile(r"l"), "r"),
    (re.compile(r"v"), "b"),
    # th/sh/ch/ph...: the h after a consonant is dropped (Thi / ティ, Siti / シティ).
    (re.compile(r"(?<=[bcdfgjkmnprstvwxz])h"), ""),
    # Katakana adds u after a final consonant (サントス santosu for Santos).
    (re.compile(r"(?<=[bcdfgjkmnprstz])u$"), ""),
    # Doubled letters and long vowels (aa, ii, ー) collapse.
    (re.compile(r"([a-z])\1+"), r"\1"),
)


def _phonetic_tokens(name: str) -> list[str]:
    latin = kana_to_latin(fold(name)).translate(_NAME_TO_SPACE)
    tokens: list[str] = []
    for token in latin.split():
        for pattern, replacement in _PHONETIC:
            token = pattern.sub(replacement, token)
        if token:
            tokens.append(token)
    return tokens


def _ratio(a: Iterable[str], b: Iterable[str]) -> float:
    # SequenceMatcher is not symmetric; a fixed order makes name_similarity(a, b)
    # equal name_similarity(b, a), so a duplicate check finds the same pairs either way.
    x, y = sorted(("".join(a), "".join(b)))
    return SequenceMatcher(None, x, y, autojunk=False).ratio()


def name_similarity(a: str, b: str) -> float:
    """Similarity (0.0..1.0) of two person names, possibly in different scripts.

    Both names are folded, kana romanised and simplified phonetically (l/r, v/b,
    doubled letters, initial ng, h after a consonant); the joined form and the
    form with sorted words are compared and the better ratio wins, so word order
    does not matter.  Names equal after folding score 1.0; an empty name 0.0.
    """
    key_a, key_b = name_key(a), name_key(b)
    if not key_a or not key_b:
        return 0.0
    if key_a == key_b:
        return 1.0
    tokens_a, tokens_b = _phonetic_tokens(a), _phonetic_tokens(b)
    if not tokens_a or not tokens_b:
        return 0.0
    return max(_ratio(tokens_a, tokens_b), _ratio(sorted(tokens_a), sorted(tokens_b)))


# --------------------------------------------------------------------------- identifiers

_JP_COUNTRY = "81"
# Digits after +81 in a Japanese number: 9 (landline) or 10 (mobile, 0120...).
_JP_NATIONAL_LENGTHS = (9, 10)


def _digits(text: str) -> str:
    # Unicode decimal digits of any script (NFKC already turned ０-９ into 0-9).
    return "".join(str(unicodedata.decimal(c)) for c in text if c.isdecimal())


def normalize_phone(text: str) -> str:
    """A phone number as digits: Japanese numbers in domestic form, others as ``+CC...``.

    ``+81 90-1234-5678``, ``0081 90...``, ``8190...`` and ``０９０（１２３４）５６７８``
    all become ``09012345678``; ``+84 912 345 678`` becomes ``+84912345678``.
    International prefixes 00 and 010 (dialled from Japan) count like ``+``.
    Text without digits gives ``""``.
    """
    text = unicodedata.normalize("NFKC", text)
    digits = _digits(text)
    if not digits:
        return ""
    first_digit = next(i for i, c in enumerate(text) if c.isdecimal())
    international = "+" in text[:first_digit]
    if not international:
        for prefix in ("010", "00"):
            if digits.startswith(prefix) and len(digits) > len(prefix) + 6:
                digits, international = digits[len(prefix) :], True
                break
    # Without "+" a leading 81 can only be the country code: domestic numbers start with 0.
    if digits.startswith(_JP_COUNTRY):
        national = digits[len(_JP_COUNTRY) :]
        # "+81 (0)90 ..." writes the domestic trunk 0 as well.
        if national.startswith("0"):
            national = national[1:]
        if len(national) in _JP_NATIONAL_LENGTHS:
            return "0" + national
    return "+" + digits if international else digits


_CARD_SEPARATORS = dict.fromkeys(map(ord, "-‐‑‒–—―−ー"))
_CARD_PATTERN = re.compile(r"[A-Z]{2}[0-9]{8}[A-Z]{2}")


def normalize_card_number(text: str) -> str:
    """A residence card number in canonical form: NFKC, upper case, no spaces or hyphens.

    ``ab 1234 5678 cd`` and ``ＡＢ－１２３４５６７８－ＣＤ`` become ``AB12345678CD``.
    The katakana ー is removed too: Japanese input methods type it for a hyphen.
    """
    text = unicodedata.normalize("NFKC", text).upper().translate(_CARD_SEPARATORS)
    return "".join(text.split())


def is_valid_card_number(text: str) -> bool:
    """Whether ``text`` normalises to two letters, eight digits and two letters."""
    return _CARD_PATTERN.fullmatch(normalize_card_number(text)) is not None
