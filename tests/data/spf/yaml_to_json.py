#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts the OpenSPF YAML suites in ../shared/conformance/spf to the JSON that
TestSpfConformance reads (Qt has no YAML parser). Run after the YAML changes:

    python3 tests/data/spf/yaml_to_json.py ../shared/conformance/spf tests/data/spf

Output per suite: {"source": ..., "scenarios": [{"description", "zonedata": {name: [[TYPE, value], ...]},
"tests": [{"name", "helo", "host", "mailfrom", "results": [...], "explanation"?, "spec", "description"?}]}]}.
Zone entries keep the suite's types: "SPF" (type 99; the test driver copies it to TXT when the name
has no TXT, as the suite's header asks), "TXT" (string or list of character-strings), "A", "AAAA",
"MX" ([preference, host]), "PTR", "CNAME", and ["TIMEOUT", null] for a name that never answers.
"""
import json
import sys
from pathlib import Path

import yaml


def convert(path):
    scenarios = []
    for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
        if not doc:
            continue
        zones = {}
        for name, entries in (doc.get("zonedata") or {}).items():
            out = []
            for entry in entries or []:
                if isinstance(entry, dict):
                    for rtype, value in entry.items():
                        out.append([rtype, value])
                else:
                    out.append([str(entry), None])
            zones[str(name)] = out
        tests = []
        for name, test in doc["tests"].items():
            result = test["result"]
            item = {
                "name": name,
                "helo": str(test["helo"]),
                "host": str(test["host"]),
                "mailfrom": str(test["mailfrom"]),
                "results": result if isinstance(result, list) else [result],
                "spec": str(test.get("spec", "")),
            }
            if "explanation" in test:
                item["explanation"] = str(test["explanation"])
            if "description" in test:
                item["description"] = str(test["description"])
            tests.append(item)
        scenarios.append({"description": doc.get("description", ""), "zonedata": zones, "tests": tests})
    return {"source": path.name, "scenarios": scenarios}


def main():
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/conformance/spf")
    dst = Path(sys.argv[2] if len(sys.argv) > 2 else "tests/data/spf")
    for name in ("rfc7208-tests", "rfc4408-tests"):
        data = convert(src / f"{name}.yml")
        count = sum(len(s["tests"]) for s in data["scenarios"])
        (dst / f"{name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{name}: {len(data['scenarios'])} scenarios, {count} tests")


if __name__ == "__main__":
    main()
