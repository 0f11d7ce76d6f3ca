"""Translations of the interface: ``python build/translations.py update|compile|check|apply``.

* ``update``  extracts every ``tr()`` / ``translate()`` string from ``ui/**/*.py`` into
  ``resources/translations/madoguchi_{ja,en}.ts`` (existing translations kept, obsolete
  ones dropped).
* ``compile`` turns each ``.ts`` into the ``.qm`` next to it (build output, ignored by git).
* ``check``   extracts into a temporary copy of the Japanese file and lists every message
  without a finished Japanese translation (and English numerus messages without their
  singular/plural forms); exit status 1 if there is any.  ``check --json`` prints them as a
  list ready to fill in and feed to ``apply``.
* ``apply LANG FILE.json`` writes translations from such a list into the ``.ts`` file and
  marks them finished (then re-runs lupdate so the file keeps lupdate's layout).

See docs/translations.md for the whole routine.  Only the standard library and the Qt
tools that ship with PySide6 are used, so this runs before anything else is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ja", "en")
# Same options everywhere (update, check, tests): no source locations, so the files do not
# churn when code moves, and nothing obsolete kept around.
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-source-language", "en")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"madoguchi_{language}.ts"


# -- tools -----------------------------------------------------------------------
def find_tool(name: str) -> str:
    """Path of PySide6's ``lupdate`` / ``lrelease`` (the wrapper script or the binary)."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    try:
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        candidates += [package / f"{name}{exe}", package / "Qt" / "libexec" / f"{name}{exe}"]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"cannot find {name}: install PySide6 (pip install -e .) first")


def sources(root: Path = ROOT) -> list[str]:
    """Every Python file of the interface, relative to the project root, sorted."""
    return sorted(
        str(path.relative_to(root))
        for path in (root / "ui").rglob("*.py")
        if "__pycache__" not in path.parts
    )


def lupdate(ts_file: Path, language: str) -> None:
    """Extract the interface's strings into ``ts_file`` (created or merged)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    command = [find_tool("lupdate"), *sources(), *LUPDATE_OPTIONS]
    command += ["-target-language", language, "-silent", "-ts", str(ts_file)]
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    command = [find_tool("lrelease"), "-nounfinished", "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True)


# -- reading .ts files -------------------------------------------------------------
@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=list)
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def translated(self) -> bool:
        """Finished, and every form non-empty."""
        return (
            self.finished and bool(self.translations) and all(t.strip() for t in self.translations)
        )


def read_ts(path: Path) -> list[Message]:
    messages = []
    root = ET.parse(path).getroot()  # noqa: S314 - the project's own .ts files
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = element.get("numerus") == "yes"
            if translation is None:
                texts: list[str] = []
            elif numerus:
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source", ""),
                    comment=element.findtext("comment", ""),
                    numerus=numerus,
                    translations=texts,
                    finished=kind == "",
                )
            )
    return messages


def missing(messages: list[Message], language: str) -> list[Message]:
    """Messages that still need work: all untranslated ones in ja, numerus ones in en."""
    if language == "en":
        return [m for m in messages if m.numerus and not m.translated]
    return [m for m in messages if not m.translated]


def fresh_messages(language: str, seed: Path | None = None) -> list[Message]:
    """Run lupdate into a temporary file (a copy of ``seed`` if given) and read it."""
    with tempfile.TemporaryDirectory(prefix="madoguchi-ts-") as tmp:
        target = Path(tmp) / f"madoguchi_{language}.ts"
        if seed is not None and seed.exists():
            shutil.copyfile(seed, target)
        lupdate(target, language)
        return read_ts(target)


# -- commands ------------------------------------------------------------------------
def update() -> None:
    for language in LANGUAGES:
        lupdate(ts_path(language), language)
        messages = read_ts(ts_path(language))
        todo = len(missing(messages, language))
        print(f"{ts_path(language).relative_to(ROOT)}: {len(messages)} messages, {todo} to do")


def compile_all() -> None:
    for language in LANGUAGES:
        source = ts_path(language)
        if not source.exists():
            raise SystemExit(f"{source} is missing: run `python build/translations.py update`")
        lrelease(source, source.with_suffix(".qm"))


def check(as_json: bool) -> int:
    todo: list[tuple[str, Message]] = []
    for language in LANGUAGES:
        messages = fresh_messages(language, seed=ts_path(language))
        todo += [(language, m) for m in missing(messages, language)]
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "language": language,
                        "context": m.context,
                        "source": m.source,
                        "comment": m.comment,
                        **(
                            {"numerus": ["" for _ in m.translations] or [""]}
                            if m.numerus
                            else {"translation": ""}
                        ),
                    }
                    for language, m in todo
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for language, m in todo:
            comment = f" [{m.comment}]" if m.comment else ""
            print(f"{language}: {m.context}: {m.source!r}{comment}")
        if todo:
            print(f"{len(todo)} message(s) without a finished translation", file=sys.stderr)
        else:
            print("every message is translated", file=sys.stderr)
    return 1 if todo else 0


def apply(language: str, entries_file: Path) -> None:
    """Write translations from a JSON list (as ``check --json`` prints) into the .ts file."""
    entries = json.loads(entries_file.read_text(encoding="utf-8"))
    wanted = {
        (e["context"], e["source"], e.get("comment", "")): e
        for e in entries
        if e.get("language", language) == language
    }
    path = ts_path(language)
    tree = ET.parse(path)  # noqa: S314 - the project's own .ts file
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for element in context.iter("message"):
            key = (name, element.findtext("source", ""), element.findtext("comment", ""))
            entry = wanted.pop(key, None)
            if entry is None:
                continue
            translation = element.find("translation")
            if translation is None:
                translation = ET.SubElement(element, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if element.get("numerus") == "yes":
                translation.text = None
                for form in entry["numerus"]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry["translation"]
            applied += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    lupdate(path, language)  # back to lupdate's own layout
    print(f"{applied} translation(s) applied to {path.relative_to(ROOT)}")
    for context, source, _ in wanted:
        print(f"not in {path.name} (run update first?): {context}: {source!r}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract strings from ui/ into the .ts files")
    commands.add_parser("compile", help="compile the .ts files into .qm files")
    check_parser = commands.add_parser("check", help="list messages without a translation")
    check_parser.add_argument("--json", action="store_true", help="print a list to fill in")
    apply_parser = commands.add_parser("apply", help="write translations from a JSON list")
    apply_parser.add_argument("language", choices=LANGUAGES)
    apply_parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    elif args.command == "check":
        return check(args.json)
    else:
        apply(args.language, args.file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
