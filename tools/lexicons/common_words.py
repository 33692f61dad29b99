#!/usr/bin/env python3
"""Writes models/english/common-words.txt from WordNet 3.0 as Debian's wordnet-base installs it
(/usr/share/wordnet): the single words that WordNet writes in lower case (common words, not proper
names) and that its sense-tagged corpus counts at least MIN_COUNT times, each with its most frequent
part of speech. Run from the repository root (needs `apt-get install wordnet-base`):
    python3 tools/lexicons/common_words.py
"""
import collections, os, re, subprocess, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(ROOT, "models", "english", "common-words.txt")
WORDNET = "/usr/share/wordnet"
MIN_COUNT = 2
POS = {"n": "noun", "v": "verb", "a": "adjective", "s": "adjective", "r": "adverb"}
SS_TYPE = {"1": "noun", "2": "verb", "3": "adjective", "4": "adverb", "5": "adjective"}


def lower_case_words():
    """Words that some synset writes in lower case; "Paris" and "Smith" are only ever capitalised."""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in open(os.path.join(WORDNET, f"data.{pos}"), encoding="latin-1"):
            if line.startswith(" "):
                continue
            parts = line.split()
            for k in range(int(parts[3], 16)):
                word = re.sub(r"\(.*\)$", "", parts[4 + 2 * k])
                if word.isalpha() and word.islower():
                    words.add(word)
    return words


def counts():
    """Tag counts of each (word, part of speech) in the sense-tagged corpus (cntlist.rev)."""
    total = collections.Counter()
    for line in open(os.path.join(WORDNET, "cntlist.rev"), encoding="latin-1"):
        key, _, count = line.split()
        lemma, rest = key.split("%", 1)
        total[(lemma, SS_TYPE[rest[0]])] += int(count)
    return total


def version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wordnet-base"], capture_output=True, text=True).stdout or "3.0"
    except OSError:
        return "3.0"


def main():
    lower, total = lower_case_words(), counts()
    best = {}
    for (lemma, pos), n in total.items():
        if lemma in lower and n >= MIN_COUNT and (lemma not in best or n > best[lemma][1]):
            best[lemma] = (pos, n)
    head = [
        "# Common English words (WordNet lemmas written in lower case), each with its most frequent part of speech:",
        "# a capitalised word that is one of these (or its plural) is a common word, not a name, unless a name list",
        "# says otherwise. Columns: word, part of speech (noun, verb, adjective, adverb).",
        f"# Source: WordNet 3.0 (Princeton University), Debian package wordnet-base {version()}; licence WordNet-3.0",
        f"# (https://wordnet.princeton.edu/license-and-commercial-use); lemmas tagged at least {MIN_COUNT} times in cntlist.rev.",
        "# Generated: python3 tools/lexicons/common_words.py (do not edit by hand).",
    ]
    rows = [f"{w}\t{best[w][0]}" for w in sorted(best)]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head + rows) + "\n")
    print(f"{OUT}: {len(rows)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
