"""Is every interface catalogue complete and safe to load?

    python scripts/check_translations.py [LANGUAGE_CODE ...]

Runs Qt's lupdate on the interface's source into a scratch catalogue, so the list of strings
is the one the code has now, and checks each resources/i18n/offline_assistant_<code>.ts
against it: every string has a finished, non-empty translation, with the same placeholders
({name}, %1, %n), the same HTML tags and a keyboard accelerator (&) where the English has
one. Prints one line per problem and exits 1 if there is any. tests/gui/test_translation.py
runs the same check; translators run it before they commit.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATALOGUES = REPO / "resources" / "i18n"
SOURCES = REPO / "app" / "ui"

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*(?:[:!][^{}]*)?\}|%n|%L?\d")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
ACCELERATOR = re.compile(r"&(?=[^&\s;])(?![a-z]+;)")  # "&File", not "&&" nor "&amp;"


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    if not Path(found).exists():
        raise SystemExit(f"pyside6-{name} is missing (it comes with PySide6)")
    return found


def source_strings(language: str) -> dict[tuple, ET.Element]:
    """(context, source, comment) -> the fresh <message> lupdate writes for `language`."""
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / f"fresh_{language}.ts"
        files = sorted(str(p) for p in SOURCES.rglob("*.py"))
        subprocess.run([tool("lupdate"), *files, "-ts", str(ts), "-target-language", language],
                       check=True, capture_output=True, timeout=300)
        return _messages(ts)


def _messages(ts: Path) -> dict[tuple, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message
    return found


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def problems(language: str, catalogue: Path | None = None) -> list[str]:
    catalogue = catalogue or CATALOGUES / f"offline_assistant_{language}.ts"
    if not catalogue.is_file():
        return [f"{language}: no catalogue at {catalogue}"]
    fresh = source_strings(language)
    have = _messages(catalogue)
    found = []
    for key, expected in fresh.items():
        context, source, _ = key
        where = f"{language}: {context}: {source[:60]!r}"
        message = have.get(key)
        if message is None:
            found.append(f"{where}: not in the catalogue (run make translations LANGUAGE_CODE={language})")
            continue
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(f"{where}: marked {translation.get('type')}")
        texts = _texts(message)
        wanted_forms = len(expected.find("translation").findall("numerusform"))
        if wanted_forms and len(texts) != wanted_forms:
            found.append(f"{where}: {len(texts)} plural forms, the language has {wanted_forms}")
        for text in texts:
            if not text.strip():
                found.append(f"{where}: empty translation")
                continue
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                found.append(f"{where}: placeholders differ in {text[:60]!r}")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                found.append(f"{where}: HTML tags differ in {text[:60]!r}")
            if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                found.append(f"{where}: the accelerator (&) is missing in {text[:60]!r}")
    return found


def main(argv: list[str]) -> int:
    languages = argv or sorted(p.stem.removeprefix("offline_assistant_")
                               for p in CATALOGUES.glob("offline_assistant_*.ts"))
    found = [line for language in languages for line in problems(language)]
    for line in found:
        print(line)
    print(f"{len(languages)} catalogue(s), {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
