#!/usr/bin/env python3
"""Writes models/titles/office-nouns.txt: the nouns that name an office, rank or occupation written as a
person's title ("speaker", "premier", "constable", "commentator"), from WordNet 3.0 as Debian's
wordnet-base installs it in /usr/share/wordnet. Run from the repository root:
    python3 tools/lexicons/office_titles.py
A word is kept when one of its noun senses lies under one of the kinds of office below and is the
word's most frequent sense (so "count", "bull" or "dick" stay out), or, for the kinds marked strict=False,
any of its senses does ("speaker" of an assembly). Given names ("Dean", "Earl") are left out: a list
of titles must not eat the first word of a name.

A minimal reader of the WordNet 3.0 database files that Debian's wordnet-base installs in
/usr/share/wordnet (data.noun, index.noun, ...). Shared by the lexicon scripts in this folder."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common_words  # noqa: E402  (the WordNet tag counts, shared with the common-word list)

WORDNET = os.environ.get("WORDNET_DIR", "/usr/share/wordnet")


class Synset:
    __slots__ = ("offset", "lexfile", "lemmas", "pointers", "gloss")

    def __init__(self, line):
        head, _, gloss = line.partition(" | ")
        f = head.split()
        self.offset, self.lexfile = f[0], int(f[1])
        n = int(f[3], 16)
        self.lemmas = [f[4 + 2 * k] for k in range(n)]
        i = 4 + 2 * n
        count = int(f[i]); i += 1
        self.pointers = []
        for _ in range(count):
            self.pointers.append((f[i], f[i + 1], f[i + 2]))
            i += 4
        self.gloss = gloss.strip()


def synsets(pos="noun"):
    """Every synset of a part of speech, by offset."""
    out = {}
    with open(os.path.join(WORDNET, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            s = Synset(line)
            out[s.offset] = s
    return out


_INDEX = {}


def senses(lemma, pos="noun"):
    """The synset offsets of a lemma, most frequent sense first (index.<pos>, read once)."""
    if pos not in _INDEX:
        index = {}
        with open(os.path.join(WORDNET, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                fields = line.split()
                index[fields[0]] = fields[-int(fields[2]):]
        _INDEX[pos] = index
    return _INDEX[pos].get(lemma.replace(" ", "_").lower(), [])


def lemmas(pos):
    """Every lemma of a part of speech (index.<pos>), with spaces for underscores."""
    with open(os.path.join(WORDNET, "index." + pos), encoding="latin-1") as f:
        return {line.split(" ", 1)[0].replace("_", " ") for line in f if not line.startswith("  ")}


def hyponym_closure(all_synsets, root_offsets, include_instances=False):
    """The synsets under the roots, following hyponym pointers ("~"; "~i" too when asked)."""
    kinds = {"~", "~i"} if include_instances else {"~"}
    seen, stack = set(), list(root_offsets)
    while stack:
        o = stack.pop()
        if o in seen:
            continue
        seen.add(o)
        for sym, target, pos in all_synsets[o].pointers:
            if sym in kinds and pos == "n":
                stack.append(target)
    return seen


# Kinds of person whose names are offices, ranks and occupations written as titles ("Speaker",
# "Premier", "Constable", "commentator"), each a WordNet noun sense: the list holds every word under them.
ROOTS = [
    # (lemma, sense number, first sense only)
    ("official", 1, True), ("legislator", 1, True), ("executive", 1, True), ("military officer", 1, True),
    ("lawman", 1, True), ("journalist", 1, True), ("commentator", 1, True), ("spokesperson", 1, True),
    ("head of state", 1, False), ("diplomat", 1, True), ("lawyer", 1, True), ("judge", 1, True),
    ("administrator", 1, True), ("clergyman", 1, True), ("director", 1, True), ("chairman", 1, True),
    ("minister", 2, True), ("presiding officer", 1, False), ("prosecutor", 1, True), ("editor", 1, True),
    ("nobleman", 1, True), ("prince", 1, True), ("princess", 1, True), ("ruler", 1, True), ("founder", 2, True),
    ("economist", 1, True), ("scientist", 1, True), ("researcher", 1, True), ("analyst", 1, True),
    ("academic", 1, True), ("adviser", 1, True),
]



def given_names(root):
    path = os.path.join(root, "models", "names", "given-names.txt")
    with open(path, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    syn = synsets()
    strict, loose = set(), set()
    for lemma, n, first_only in ROOTS:
        under = hyponym_closure(syn, [senses(lemma)[n - 1]])
        (strict if first_only else loose).update(under)
    names = given_names(root)
    # "provincial", "major": a word used more often as an adjective than as a noun (by WordNet's tagged
    # sense counts) opens names of things ("Provincial Building …") more often than it is a title.
    adjectives = lemmas("adj")
    counts = common_words.counts()
    words = set()
    for o in strict | loose:
        for l in syn[o].lemmas:
            # "Speaker" (of an assembly) is written capitalised in WordNet; the list is lower case.
            word = l.split("(")[0].replace("_", " ").lower()
            if not re.fullmatch(r"[a-z][a-z' -]*", word) or word in names \
                    or word in adjectives and counts[(word, "noun")] < counts[(word, "adjective")]:
                continue
            first = senses(word)[0]
            if first in strict or first in loose or o in loose:
                words.add(word)
    out = os.path.join(root, "models", "titles", "office-nouns.txt")
    header = [
        'Nouns that name an office, rank or occupation a title is made of ("speaker", "premier",',
        '"constable", "commentator"), lower case: the heads a title may end in beyond person-titles.txt.',
        "Source: WordNet 3.0 (Princeton University), Debian package wordnet-base 1:3.0-37; licence WordNet-3.0",
        "(https://wordnet.princeton.edu/license-and-commercial-use); the nouns under kinds of office, ruler,",
        "officer and profession, less given names and words used more often as adjectives.",
        "Generated: python3 tools/lexicons/office_titles.py (do not edit by hand).",
    ]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(f"# {h}\n" for h in header)
        f.writelines(w + "\n" for w in sorted(words))
    print(f"{out}: {len(words)} words")


if __name__ == "__main__":
    main()
