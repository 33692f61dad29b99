#!/usr/bin/env bash
# The cost of adding 1% new documents to a store against rebuilding it: the corpus scaled SCALE× (default 100)
# is split into its first 99% and last 1% of documents (JSON Lines, one record a line). A store is built from the
# 99%, then the 1% is added to it; the rebuild adds both files to a new store (so the two stores' exports are
# byte-identical, which the script checks). Each step is timed as the tool runs
# it (`extract --store`, with the JSON export) and in its phases (`Knowledge.Benchmarks --store-phases`: adding,
# then resolving). Prints Markdown tables for docs/performance.md.
#
#   benchmarks/incremental-cost.sh [SCALE]       (from the repository root; needs ../shared/corpus and GNU time)
set -euo pipefail
scale=${1:-100}

dotnet build benchmarks/Knowledge.Benchmarks -c Release -v quiet -nologo > /dev/null
dotnet build src/Knowledge.Cli -c Release -v quiet -nologo > /dev/null
bench=benchmarks/Knowledge.Benchmarks/bin/Release/net10.0/Knowledge.Benchmarks
cli=src/Knowledge.Cli/bin/Release/net10.0/Knowledge.Cli

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
all=$("$bench" --write-corpus "$scale" "$work/corpus")
total=$(wc -l < "$all")
new=$(( (total + 99) / 100 ))
head -n $((total - new)) "$all" > "$work/base.jsonl"
tail -n "$new" "$all" > "$work/new.jsonl"

run() { # label, store, inputs…
    local label=$1 store=$2
    shift 2
    /usr/bin/time -f "%e %U %M" -o "$work/time" "$cli" extract "$@" --store "$store" --out "$work/out" --format json -q
    read -r wall user kb < "$work/time"
    printf "| %s | %s s | %s s | %d MB |\n" "$label" "$wall" "$user" $((kb / 1024))
}

echo "Corpus ${scale}×: $total documents; the increment is the last $new."
echo
echo "| \`knowledge extract … --store\` | wall | user CPU | max RSS |"
echo "|---|---:|---:|---:|"
"$cli" extract "$work/base.jsonl" --store "$work/incremental.db" --out "$work/out" --format json -q
run "add the 1% to the store of the 99%" "$work/incremental.db" "$work/new.jsonl"
run "rebuild: all 100% into a new store" "$work/rebuilt.db" "$work/base.jsonl" "$work/new.jsonl"
cp "$work/out/knowledge.json" "$work/rebuilt.json"
run "re-run the 1% (unchanged: nothing analysed)" "$work/incremental.db" "$work/new.jsonl"
echo
if cmp -s "$work/out/knowledge.json" "$work/rebuilt.json"; then
    echo "The incremental store's knowledge.json is byte-identical to the rebuilt one's."
else
    echo "The incremental store's knowledge.json DIFFERS from the rebuilt one's."
fi

echo
echo "| phases (\`--store-phases\`) | adding | resolving |"
echo "|---|---|---|"
rm -f "$work/incremental.db"* "$work/rebuilt.db"*
"$bench" --store-phases "$work/incremental.db" "$work/base.jsonl" > /dev/null
printf "| the 1%% into the 99%% store | %s |\n" "$("$bench" --store-phases "$work/incremental.db" "$work/new.jsonl" | tr '\n' '|' | sed 's/|$//; s/|/ | /')"
printf "| rebuild, all 100%% | %s |\n" "$("$bench" --store-phases "$work/rebuilt.db" "$work/base.jsonl" "$work/new.jsonl" | tr '\n' '|' | sed 's/|$//; s/|/ | /')"
