#!/usr/bin/env bash
# Peak memory of `knowledge extract` against corpus size: without a store (today: every document read and
# analysed in memory, then resolved) and with one (documents streamed into a SQLite store batch by batch, then
# resolved from the store), then the store run's two phases apart (peak after adding, peak after resolving).
# Prints Markdown tables for docs/performance.md.
#
#   benchmarks/memory-by-corpus-size.sh [SCALE…]       (default: 10 100 300; from the repository root)
#
# Needs the shared corpus (../shared/corpus, or KNOWLEDGE_CORPUS=dir) and GNU time (/usr/bin/time).
# The scaled corpora are written to a temporary folder, one JSON Lines file each, and deleted afterwards.
set -euo pipefail
scales=("${@:-10 100 300}")
read -r -a scales <<< "${scales[*]}"

dotnet build benchmarks/Knowledge.Benchmarks -c Release -v quiet -nologo > /dev/null
dotnet build src/Knowledge.Cli -c Release -v quiet -nologo > /dev/null
bench=benchmarks/Knowledge.Benchmarks/bin/Release/net10.0/Knowledge.Benchmarks
cli=src/Knowledge.Cli/bin/Release/net10.0/Knowledge.Cli

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

phases=""
echo "| scale | input | mode | max RSS | wall | user CPU |"
echo "|---:|---:|---|---:|---:|---:|"
for scale in "${scales[@]}"; do
    corpus=$("$bench" --write-corpus "$scale" "$work/corpus$scale")
    mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN { printf "%.1f MB", b / 1e6 }')
    for mode in memory store; do
        rm -rf "$work/out" "$work/store.db"*
        store=()
        [[ $mode == store ]] && store=(--store "$work/store.db")
        /usr/bin/time -f "%M %e %U" -o "$work/time" "$cli" extract "$corpus" --out "$work/out" --format json -q "${store[@]}"
        read -r kb wall user < "$work/time"
        label=$([[ $mode == store ]] && echo "--store (streamed)" || echo "no store (in memory)")
        printf "| %s× | %s | %s | %d MB | %s s | %s s |\n" "$scale" "$mb" "$label" $((kb / 1024)) "$wall" "$user"
    done
    rm -f "$work/store.db"*
    phases+="| ${scale}× | $("$bench" --store-phases "$work/store.db" "$corpus" | tr '\n' '|' | sed 's/|$//; s/|/ | /') |"$'\n'
    rm -f "$corpus"
done
echo
echo "| scale | after adding (stream → analyse → store, batch by batch) | after resolving the store's graph |"
echo "|---:|---|---|"
printf "%s" "$phases"
