#!/usr/bin/env python3
"""Checks that the English translation covers every translatable string in the sources.

Runs lupdate over the sources into a copy of the .ts file (the committed file is not touched)
and fails when a string has no English, so that a new string cannot ship untranslated.
Usage: check_translations.py LUPDATE TS_FILE SOURCE_DIR...
"""

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def main() -> int:
    lupdate, ts_file, *source_dirs = sys.argv[1:]
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / Path(ts_file).name
        shutil.copyfile(ts_file, copy)
        subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete",
                        "-source-language", "ja_JP", "-target-language", "en",
                        "-extensions", "cpp,h,ui", *source_dirs, "-ts", str(copy)],
                       check=True)
        problems = []
        count = 0
        for context in ET.parse(copy).iter("context"):
            name = context.findtext("name", default="")
            for message in context.iter("message"):
                count += 1
                source = message.findtext("source", default="")
                translation = message.find("translation")
                text = (translation.text or "").strip() if translation is not None else ""
                unfinished = translation is not None and translation.get("type") == "unfinished"
                if not text or unfinished:
                    problems.append(f"{name}: {source}")
        for problem in problems:
            print(f"no English translation: {problem}")
        print(f"{count} strings, {len(problems)} without English")
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
