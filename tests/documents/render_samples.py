"""Render one page per language to PDF and PNG, for looking at every script.

Not a test: ``python -m tests.documents.render_samples --out DIR`` writes
``DIR/<lang>.pdf`` and ``DIR/<lang>-1.png`` (pdftoppm -r 110).  Open the PNGs and
check for tofu boxes, broken conjuncts, Khmer subscripts off the baseline,
Burmese medials, Thai marks.  See docs/fonts-and-text.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from pathlib import Path

from reportlab.platypus import Flowable

from desktop.documents.pdf import build_story
from desktop.documents.text import Style, paragraph

ROOT = Path(__file__).resolve().parents[2]
QUESTIONNAIRE = ROOT / "resources" / "safety" / "questionnaire-1.json"

#: The 17 languages of the Safety questionnaire: our code → the questionnaire's.
LANGUAGES = {
    "ja": "ja", "ja-easy": "ja-easy", "en": "en", "vi": "vi", "zh": "zh-Hans", "tl": "tl",
    "id": "id", "ne": "ne", "my": "my", "km": "km", "th": "th", "si": "si", "bn": "bn",
    "mn": "mn", "pt": "pt", "es": "es", "ko": "ko",
}  # fmt: skip

#: Hard cases per script, beyond the questionnaire text.
EXTRA = {
    "km": "ស្ត្រី ក្រុមហ៊ុន ប្រាក់ខែ សុខភាព ព្រះរាជាណាចក្រកម្ពុជា",
    "my": "ကျွန်ုပ်၏ ပြဿနာ မြန်မာ ကြွေးမြီ ကျန်းမာရေး",
    "th": "ผู้ใหญ่ น้ำ กี่ปี่ ที่พักอาศัย ค่าจ้าง",
    "ne": "क्षत्रिय द्वारा श्रमिक प्रवासी कामदार",
    "bn": "ক্ষতিপূরণ শ্রমিক স্বাস্থ্য প্রবাসী",
    "si": "ශ්‍රී ලංකාව ක්‍රියාව සේවකයා",
    "vi": "Nguyễn Thị Hường — người lao động",
    "ja": "外国人技能実習機構（ＯＴＩＴ）「在留カード」",
}


def questionnaire_texts(source_lang: str) -> list[str]:
    """Every string of the questionnaire in one language, in file order."""
    data = json.loads(QUESTIONNAIRE.read_text(encoding="utf-8"))
    out: list[str] = []

    def strings(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [s for value in node.values() for s in strings(value)]
        if isinstance(node, list):
            return [s for item in node for s in strings(item)]
        return []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == source_lang:
                    out.extend(strings(value))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data.get("questions", []))
    walk(data.get("texts", {}))
    return out


def sample_story(lang: str) -> list[Flowable]:
    """A page of text in ``lang``: heading, body in sans, serif and bold."""
    texts = questionnaire_texts(LANGUAGES[lang])
    story: list[Flowable] = [paragraph(f"{lang}: {texts[0]}", Style(size=16, lang=lang, bold=True,
                                                                    space_after=6))]  # fmt: skip
    if lang in EXTRA:
        story.append(paragraph(EXTRA[lang], Style(size=18, lang=lang, space_after=6)))
    body = " ".join(texts[1:4])
    story.append(paragraph(body, Style(size=11, lang=lang, space_after=6)))
    story.append(paragraph(texts[4], Style(size=11, lang=lang, serif=True, space_after=6)))
    story.append(paragraph(texts[5], Style(size=11, lang=lang, bold=True, align="justify",
                                           space_after=6)))  # fmt: skip
    return story


def render(out: Path, langs: list[str]) -> list[Path]:
    """Write a PDF (and PNG if pdftoppm is present) per language; returns the PNGs."""
    out.mkdir(parents=True, exist_ok=True)
    pngs: list[Path] = []
    for lang in langs:
        pdf = out / f"{lang}.pdf"
        pdf.write_bytes(build_story(sample_story(lang), title=f"Sample {lang}", lang=lang))
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", str(pdf),
                            str(out / lang)], check=True)  # fmt: skip
            pngs.extend(p for p in out.glob(f"{lang}-*.png") if p.stem.rsplit("-", 1)[0] == lang)
    return pngs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", action="append", help="only these languages")
    args = parser.parse_args()
    for png in render(args.out, args.lang or list(LANGUAGES)):
        print(png)


if __name__ == "__main__":
    main()
