#!/usr/bin/env python3
"""Fails when a required translation is incomplete or when lupdate would change a .ts file.

Why: every string must reach people in their language; a string added to the sources without
updating the .ts files, or left unfinished in zh_CN or de, would silently show English.

Checks, for each .ts given:
  - lupdate (same project, same options as the debrief_lupdate target, run on temporary copies)
    leaves it byte-for-byte unchanged;
  - for each --require language: no unfinished/vanished/obsolete message, no empty translation,
    the right number of plural forms, the same %1/%L1/%n placeholders and the same markup tags
    as the source, and the same set of messages as the English source file;
  - for each --require-plurals language (English, the source): the same, for the messages with
    a plural (%n) only, so English says "1 reflection" and "2 reflections".
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"zh_CN": 1, "de": 2, "en": 2}
PLACEHOLDER_RE = re.compile(r"%L?\d+|%n")
TAG_RE = re.compile(r"</?[a-zA-Z]+[^>]*>")


def language(path):
    return ET.parse(path).getroot().get("language")


def message_keys(root):
    keys = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            keys.append((name, msg.findtext("source"), msg.findtext("comment") or ""))
    return keys


def check_complete(path, lang, source_keys, plurals_only=False):
    problems = []
    root = ET.parse(path).getroot()
    if root.get("language") != lang:
        problems.append("%s: <TS language> is %r, expected %r" % (path, root.get("language"), lang))
    keys = message_keys(root)
    if source_keys is not None:
        missing = set(source_keys) - set(keys)
        extra = set(keys) - set(source_keys)
        for k in sorted(missing)[:20]:
            problems.append("%s: missing [%s] %r" % (path, k[0], k[1][:70]))
        for k in sorted(extra)[:20]:
            problems.append("%s: not in the English source [%s] %r" % (path, k[0], k[1][:70]))
    nforms = PLURAL_FORMS.get(lang, 2)
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            if plurals_only and msg.get("numerus") != "yes":
                continue
            source = msg.findtext("source") or ""
            where = "%s: [%s] %r" % (path, name, source[:70])
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append("%s: unfinished" % where)
                continue
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.findall("numerusform")]
                if len(forms) != nforms:
                    problems.append("%s: %d plural forms, %s needs %d" % (where, len(forms), lang, nforms))
            else:
                forms = [tr.text or ""]
            wanted = set(PLACEHOLDER_RE.findall(source))
            for form in forms:
                if not form.strip():
                    problems.append("%s: empty translation" % where)
                    continue
                got = set(PLACEHOLDER_RE.findall(form))
                # A singular plural form may spell the number out ("ein Eintrag") instead of %n.
                if got != wanted and not (msg.get("numerus") == "yes" and got == wanted - {"%n"}
                                          and len(forms) > 1 and form is forms[0]):
                    problems.append("%s: placeholders %s, source has %s" % (where, sorted(got), sorted(wanted)))
                for tag in TAG_RE.findall(source):
                    if tag not in form:
                        problems.append("%s: markup %s missing" % (where, tag))
    return problems


def check_lupdate_unchanged(args):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "project.json")
        subprocess.run([args.cmake, "-DIN_FILE=" + args.project_in, "-DOUT_FILE=" + project,
                        "-P", args.project_generator], check=True, cwd=tmp)
        copies = []
        for i, ts in enumerate(args.ts_files):
            copy = os.path.join(tmp, "%d_%s" % (i, os.path.basename(ts)))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        data = json.load(open(project, encoding="utf-8"))
        data["translations"] = copies
        json.dump(data, open(project, "w", encoding="utf-8"))
        run = subprocess.run([args.lupdate, "-project", project, "-no-obsolete", "-locations", "none"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            return ["lupdate failed:\n" + run.stdout + run.stderr]
        for ts, copy in zip(args.ts_files, copies):
            before = open(ts, encoding="utf-8").read()
            after = open(copy, encoding="utf-8").read()
            if before != after:
                added = len(re.findall(r"<message", after)) - len(re.findall(r"<message", before))
                problems.append("%s: lupdate would change this file (%+d messages); run the "
                                "debrief_lupdate target, then translate the new strings "
                                "(i18n/README.md)" % (ts, added))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--cmake", default="cmake")
    parser.add_argument("--project-generator", required=True)
    parser.add_argument("--project-in", required=True)
    parser.add_argument("--require", action="append", default=[], help="language that must be complete")
    parser.add_argument("--require-plurals", action="append", default=[],
                        help="language whose plural messages must be complete")
    parser.add_argument("ts_files", nargs="+")
    args = parser.parse_args()

    problems = check_lupdate_unchanged(args)
    by_lang = {language(ts): ts for ts in args.ts_files}
    source_keys = message_keys(ET.parse(by_lang["en"]).getroot()) if "en" in by_lang else None
    for lang in args.require:
        if lang not in by_lang:
            problems.append("no .ts file for required language %s" % lang)
            continue
        problems += check_complete(by_lang[lang], lang, source_keys)
    for lang in args.require_plurals:
        if lang not in by_lang:
            problems.append("no .ts file for language %s" % lang)
            continue
        problems += check_complete(by_lang[lang], lang, None, plurals_only=True)
    for p in problems[:200]:
        print(p)
    if len(problems) > 200:
        print("... and %d more" % (len(problems) - 200))
    print("%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
