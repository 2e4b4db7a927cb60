#!/usr/bin/env python3
"""Fills translations/yunyue_*.ts from translations/zh_CN.tsv after lupdate.

zh_CN.tsv holds "English source<TAB>简体中文" (plural forms: several Chinese
texts separated by " | "). The en catalogue repeats the source text. Any
string without a translation makes the script fail, so the Chinese catalogue
stays complete. Run: cmake --build build --target yunyue_lupdate && python3 translations/fill-translations.py
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

here = Path(__file__).resolve().parent
table = {}
for line in (here / "zh_CN.tsv").read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.startswith("#"):
        source, chinese = line.split("\t", 1)
        table[source] = chinese

missing = []
for lang in ("zh_CN", "en"):
    path = here / f"yunyue_{lang}.ts"
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        text = source if lang == "en" else table.get(source)
        if text is None:
            missing.append(source)
            continue
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            if lang == "en":  # singular, plural: "(s)" / "y(ies)" in the source
                forms = [text.replace("y(ies)", "y").replace("(s)", ""),
                         text.replace("y(ies)", "ies").replace("(s)", "s")]
            else:  # Chinese has one form
                forms = [text]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
if missing:
    sys.exit("untranslated strings:\n  " + "\n  ".join(sorted(set(missing))))
