#!/usr/bin/env python3
"""Writes models/README.md from the headers of the files in models/: what each list holds, its format
(list or table) and its size. Run from the repository root after adding or changing a list:
    python3 tools/models-readme.py
"""
import glob, os, re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MODELS = os.path.join(ROOT, "models")

FOLDERS = {
    "english": "General English: closed word classes, months, abbreviations, capitalised words that are not names, and small morphology tables.",
    "names": "Telling names: given names, places, nationalities, name particles and suffixes, pseudonym markers.",
    "titles": "Titles people hold: job titles, honorifics, their abbreviations, modifiers and courtesy titles.",
    "organizations": "Organisation names: their heads, openers, suffixes, kinds, units and the words around them.",
    "laws": "Laws named in words: heads and the words of proposed and equivalent laws.",
    "jurisdictions": "Jurisdiction packs: each jurisdiction's citation patterns for numbered laws, as data. A new jurisdiction is a new folder with a citations.txt.",
    "works": "Created works: the heads of their names, the nouns of documents that say things, the verbs that publish them.",
    "entities": "The function words the entity rules read around names.",
    "dates": "The function words of dates and the role each plays.",
    "roles": "The function words around titles and the slot each fills.",
    "speech": "Speech verbs with their forms and frames, and the words that complete a frame.",
    "quotes": "The words the quote finders, attributors and the quote dater read.",
    "events": "Event triggers with their type and form, and the word classes the event rules read.",
    "relations": "Relation cues with the relation they give, and the function words around them.",
    "text": "Lists the tokenizer reads: top-level domains.",
}

HEADER = """# models/: the word data

Every rule of the library that tests a word reads it from a file here. The files are embedded in the
library as one resource (`Knowledge.Models.bundle`, written at build time) and read through `LexiconSet` (`LexiconSet.Default`, or
`LexiconSet.Load(name => …)` to replace any file by its name, such as `"english/definite-articles"`).
Three specs keep it so: `WordLiteralSpecs` fails when rule code tests a word that a file here holds,
`LexiconSetSpecs` when a file is not read, and `ModelsReadmeSpecs` when a file is missing from this page,
which `python3 tools/models-readme.py` writes from the files' headers.

## Formats

- **List**: one entry a line (a word or a phrase of words); `#` starts a comment; blank lines are ignored.
  Matched case-insensitively unless the typed property says otherwise.
- **Table**: one row a line, columns separated by tabs; the first column is the entry, the others say how
  a rule uses it. Each table documents its columns in its header.

## Sources and licences

Unless its header says otherwise, a file's entries were written for this project and are under the
project's licence (MIT). Files generated from public data (each by a script in `tools/lexicons/`, named in
the file's header as the command that regenerates it), with their sources and licences:

| file | source | licence | regenerate with |
|---|---|---|---|
"""

def describe(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    head = []
    for line in lines:
        if not line.startswith("#"):
            break
        text = line.lstrip("#").strip()
        if not text:
            if head:
                break
            continue
        head.append(text)
    body = [l for l in lines if l.strip() and not l.startswith("#")]
    desc = " ".join(head)
    source = re.search(r"Source:\s*(.*?)(?:\s*Generated:.*)?$", desc)
    desc = re.sub(r"\s*Written for this project[^.]*\.", "", desc)
    desc = re.sub(r"\s*Source:.*", "", desc)
    desc = re.sub(r"\s*Generated:.*", "", desc)
    if len(desc) > 260:
        desc = desc[: desc.rfind(" ", 0, 250)] + " …"
    kind = f"table, {len(body)} rows" if any("\t" in l for l in body) else f"list, {len(body)} entries"
    return desc.replace("|", "\\|"), kind, source.group(1) if source else None

def source_row(rel, source):
    """A row of the sources table: the file, its source, the licence named after "licence", the command after "Generated:"."""
    text = open(os.path.join(MODELS, rel), encoding="utf-8").read()
    licences = re.findall(r"licence\s+([A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+])", source)
    command = re.search(r"^#\s*Generated:\s*(.*?)(?:\s*\(.*)?$", text, re.M)
    source = re.sub(r";?\s*licence\s+[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]", "", source).replace("|", "\\|")
    return f"| `{rel}` | {source} | {', '.join(licences) or 'see file'} | {'`' + command.group(1) + '`' if command else 'by hand'} |"


def main():
    files = sorted(os.path.relpath(f, MODELS).replace(os.sep, "/") for f in glob.glob(os.path.join(MODELS, "**", "*.txt"), recursive=True))
    rows, sources = {}, []
    for rel in files:
        desc, kind, source = describe(os.path.join(MODELS, rel))
        rows.setdefault(rel.split("/")[0], []).append((rel, kind, desc))
        if source:
            sources.append(source_row(rel, source))
    out = [HEADER + "\n".join(sources) + "\n", "## Files", ""]
    for folder in sorted(rows):
        out += [f"### {folder}/", "", FOLDERS.get(folder, ""), "", "| file | format | what it holds |", "|---|---|---|"]
        out += [f"| `{rel}` | {kind} | {desc} |" for rel, kind, desc in rows[folder]]
        out.append("")
    with open(os.path.join(MODELS, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))

if __name__ == "__main__":
    main()
