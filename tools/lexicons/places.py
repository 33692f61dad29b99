#!/usr/bin/env python3
"""Writes models/names/places.txt, a gazetteer of countries and their first-level and second-level
subdivisions, from ISO 3166-1 and ISO 3166-2 as Debian's iso-codes package installs them
(/usr/share/iso-codes/json), followed by the project's supplement of world regions and country
abbreviations (tools/lexicons/places-supplement.txt). Run from the repository root (needs
`apt-get install iso-codes`):
    python3 tools/lexicons/places.py
A subdivision whose name is also a given name ("Georgia", "Victoria") or a common English word
("Central", "Eastern") is left out: as one word it says too little to be read as a place.
"""
import json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
OUT = os.path.join(ROOT, "models", "names", "places.txt")
ISO = "/usr/share/iso-codes/json"
SUPPLEMENT = os.path.join(HERE, "places-supplement.txt")
GIVEN = os.path.join(ROOT, "models", "names", "given-names.txt")
COMMON = os.path.join(ROOT, "models", "english", "common-words.txt")
NAME = re.compile(r"^[^\W\d_][\w .'’-]*[^\W\d_.]\.?$")
DESIGNATORS = ("City", "County", "Province", "Region", "State", "District", "Municipality", "Prefecture")


def entries(path):
    return [l.split("\t")[0].strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]


def ascii_form(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def clean(name):
    """'Bristol, City of' → 'Bristol'; 'Sofia (stolitsa)' → 'Sofia'; 'Lleida [Lérida]' → 'Lleida'."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", name).strip()
    if "," in name:
        first, rest = name.split(",", 1)
        if " and " in rest or " y " in rest:
            return None  # a list of merged areas: "Armagh City, Banbridge and Craigavon"
        name = first.strip()
    return name


def forms(name):
    """The name, its form without diacritics, and without a trailing designator ("Nairobi City" → "Nairobi")."""
    out = {name, ascii_form(name)}
    for f in list(out):
        words = f.split()
        if len(words) > 1 and words[-1] in DESIGNATORS:
            out.add(" ".join(words[:-1]))
    return {f for f in out if NAME.match(f)}


def version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True).stdout or "?"
    except OSError:
        return "?"


def main():
    given = set(entries(GIVEN))
    common = {w.lower() for w in entries(COMMON)}
    countries, subdivisions = set(), set()
    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]:
        for key in ("name", "common_name", "official_name"):
            if key in c and (n := clean(c[key])):
                countries |= forms(n)
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
        if (n := clean(s["name"])):
            for f in forms(n):
                if " " not in f and (f in given or f.lower() in common):
                    continue
                subdivisions.add(f)
    supplement = [e for e in entries(SUPPLEMENT) if e not in countries and e not in subdivisions]
    head = [
        "# Places: countries and their subdivisions (states, provinces, regions, counties), one a line, with forms",
        "# without diacritics and without a trailing designator word (\"Nairobi City\" and \"Nairobi\").",
        f"# Source: ISO 3166-1 and ISO 3166-2 from Debian package iso-codes {version()}; licence LGPL-2.1+",
        "# (/usr/share/doc/iso-codes/copyright); then a supplement of world regions and country abbreviations written for",
        "# this project (tools/lexicons/places-supplement.txt, the project's licence).",
        "# Generated: python3 tools/lexicons/places.py (do not edit by hand).",
    ]
    body = sorted(countries) + ["# --- subdivisions"] + sorted(subdivisions - countries) + ["# --- supplement (tools/lexicons/places-supplement.txt)"] + supplement
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head + body) + "\n")
    print(f"{OUT}: {len(countries)} countries, {len(subdivisions - countries)} subdivisions, {len(supplement)} more", file=sys.stderr)


if __name__ == "__main__":
    main()
