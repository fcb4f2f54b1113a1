#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A language counts as complete when lupdate, run over today's sources, finds nothing left to
do in its .ts: no message `unfinished` (new or changed text), `vanished` or `obsolete` (text no
longer in the sources), and no empty translation. lupdate writes into a copy in WORK_DIR, so the
source tree is never rewritten; the messages at fault are named, one per line.
    check_translations.py LUPDATE SOURCE_DIR TS_FILE WORK_DIR"""
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

# The folders the project's lupdate target scans (translations/CMakeLists.txt).
SOURCE_FOLDERS = ("core", "app", "ui")
EXTENSIONS = "cpp,h,ui"
BAD_TYPES = ("unfinished", "vanished", "obsolete")


def refreshed_copy(lupdate, source_dir, ts_file, work_dir):
    os.makedirs(work_dir, exist_ok=True)
    copy = os.path.join(work_dir, os.path.basename(ts_file))
    shutil.copyfile(ts_file, copy)
    # Unlike the project's target, no -no-obsolete: messages whose source text is gone must stay
    # in the copy, marked vanished/obsolete, so that they can be reported.
    argv = [lupdate, "-locations", "none", "-extensions", EXTENSIONS]
    argv += [os.path.join(source_dir, f) for f in SOURCE_FOLDERS]
    argv += ["-ts", copy]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return copy


def problems(ts_path):
    found = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            if kind not in BAD_TYPES and kind != "missing":
                forms = translation.findall("numerusform") or [translation]
                if any(not (f.text or "").strip() for f in forms):
                    kind = "empty"
            if kind in BAD_TYPES or kind in ("missing", "empty"):
                found.append((kind, name, source))
    return found


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    lupdate, source_dir, ts_file, work_dir = sys.argv[1:]
    found = problems(refreshed_copy(lupdate, source_dir, ts_file, work_dir))
    for kind, context, source in found:
        print(f"{kind}: [{context}] {source!r}")
    if found:
        sys.exit(f"{os.path.basename(ts_file)}: {len(found)} message(s) not translated or no longer in the sources")
    print(f"{os.path.basename(ts_file)}: complete")


if __name__ == "__main__":
    main()
