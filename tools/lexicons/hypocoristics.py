#!/usr/bin/env python3
"""Writes models/names/hypocoristics.txt, the short forms of English given names ("Bill" for "William"),
from the npm package name-match (its table of name variations in src/name-normalizer.js, fetched with
`npm pack` into a temporary folder), less the entries listed below as names in their own right, followed
by the project's supplement (tools/lexicons/hypocoristics-supplement.txt).
Run from the repository root:
    python3 tools/lexicons/hypocoristics.py
"""
import json, os, re, subprocess, sys, tarfile, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "models", "names", "hypocoristics.txt")
SUPPLEMENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hypocoristics-supplement.txt")
PACKAGE, VERSION = "name-match", "1.0.4"
# Given names of their own that the package lists as short forms: "Megan" is not "Margaret", "Eli" not "Elizabeth".
NOT_SHORT_FORMS = {("margaret", "megan"), ("elizabeth", "eli"), ("anthony", "ant"), ("joseph", "jo")}


def fetch(tmp):
    out = subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=tmp, check=True,
                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with tarfile.open(os.path.join(tmp, out)) as tar:
        source = tar.extractfile("package/src/name-normalizer.js").read().decode("utf-8")
        meta = json.load(tar.extractfile("package/package.json"))
    table = re.search(r"NAME_VARIATIONS\s*=\s*\{(.*?)\};", source, re.S).group(1)
    pairs = []
    for formal, shorts in re.findall(r"'([a-z]+)'\s*:\s*\[([^\]]*)\]", table):
        pairs += [(formal, s) for s in re.findall(r"'([a-z]+)'", shorts)]
    return pairs, meta["license"]


def supplement():
    pairs = []
    for line in open(SUPPLEMENT, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        formal, shorts = line.split("\t")
        pairs += [(formal.strip(), s.strip()) for s in shorts.split(",") if s.strip()]
    return pairs


def main():
    with tempfile.TemporaryDirectory() as tmp:
        pairs, licence = fetch(tmp)
    listed = sorted({p for p in pairs if p not in NOT_SHORT_FORMS}, key=lambda p: (p[1], p[0]))
    extra = sorted({p for p in supplement() if p not in set(listed)}, key=lambda p: (p[1], p[0]))
    head = [
        "# Short forms of English given names (hypocoristics): short<TAB>given name it shortens, one pair a line",
        "# (\"bill\" for \"william\"); a short form of several names has a row for each. Matched case-insensitively.",
        "# Two names with one surname, one opening with a short form of the other's given name, name one person",
        "# when no other reading competes (\"Bill Ardent\" and \"William Ardent Jr.\").",
        f"# Source: npm {PACKAGE} {VERSION} (its table of name variations, src/name-normalizer.js; licence {licence}),",
        "# less names in their own right (tools/lexicons/hypocoristics.py); then a supplement written for this project",
        "# (tools/lexicons/hypocoristics-supplement.txt, the project's licence).",
        "# Generated: python3 tools/lexicons/hypocoristics.py (do not edit by hand).",
    ]
    rows = [f"{s}\t{f}" for f, s in listed] + ["# --- supplement (tools/lexicons/hypocoristics-supplement.txt)"] + [f"{s}\t{f}" for f, s in extra]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head + rows) + "\n")
    print(f"{OUT}: {len(listed)} + {len(extra)} pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
