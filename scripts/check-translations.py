#!/usr/bin/env python3
"""Fails when the translations are behind the code or unfinished (a CTest: translations/current).

Usage: check-translations.py LUPDATE CMAKE GENERATE_SCRIPT PROJECT_CMAKE TS_DIR

PROJECT_CMAKE is the lupdate project CMake writes at configure time (build/.lupdate/*_project.cmake);
GENERATE_SCRIPT is Qt's GenerateLUpdateProject.cmake, which turns it into the JSON lupdate reads (the
`update_translations` target does the same, so a clean build folder needs no earlier target).

1. Runs lupdate, with the options of the `update_translations` target, over copies of the .ts files; any
   difference from the checked-in files means a tr() string was added, changed or removed without
   refreshing them (fix: cmake --build build --target update_translations, then translate).
2. Lists every German or French entry still unfinished, and every English plural without its forms.
"""

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

LANGUAGES = ("en", "de", "fr")


def unfinished(ts_path, lang):
    out = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            # English shows the source itself; only its plural forms must be written out.
            if lang == "en" and message.get("numerus") != "yes":
                continue
            out.append(f"{lang}: {name}: {message.findtext('source')!r}")
    return out


def main():
    lupdate, cmake, generate, project_cmake, ts_dir = sys.argv[1:5] + [Path(sys.argv[5])]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        project = str(Path(tmp) / "project.json")
        subprocess.run([cmake, f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project}", "-P", generate],
                       check=True)
        copies = []
        for lang in LANGUAGES:
            original = ts_dir / f"lever-console_{lang}.ts"
            copy = Path(tmp) / original.name
            shutil.copyfile(original, copy)
            copies.append((original, copy))
        subprocess.run([lupdate, "-silent", "-project", project, "-no-obsolete", "-locations", "none", "-ts"] +
                       [str(c) for _, c in copies], check=True)
        for original, copy in copies:
            if original.read_bytes() != copy.read_bytes():
                problems.append(f"{original.name} is behind the code: run "
                                "`cmake --build build --target update_translations` and translate what is new")
    for lang in LANGUAGES:
        problems += unfinished(ts_dir / f"lever-console_{lang}.ts", lang)
    for p in problems:
        print(p)
    print(f"check-translations: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
