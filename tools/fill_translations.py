#!/usr/bin/env python3
"""Fills the English .ts from the translator comments that carry the English text.

Every translatable string in the sources has a translator comment "en: <English>" (`//: en: …`
above a tr()/translate() call, or extracomment="en: …" in a .ui file). lupdate copies those
comments into the .ts as <extracomment>; this tool writes them as the translation, so that the
Japanese source and its English stay side by side in the code. A message whose comment has no
"en:" keeps whatever translation it already has; the tool lists those and fails, so that no
string ships untranslated.
"""

import sys
import xml.etree.ElementTree as ET


def main(path: str) -> int:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source", default="")
        comment = message.findtext("extracomment", default="").strip()
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if comment.startswith("en:"):
            translation.text = comment[3:].strip()
            translation.attrib.pop("type", None)
        elif not (translation.text or "").strip():
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
