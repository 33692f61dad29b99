#!/usr/bin/env bash
# Throughput of `knowledge work` on PostgreSQL with 1, 2 and 3 worker processes sharing one store: the scaled
# corpus is queued (`knowledge enqueue`, not timed), then N workers start together and the wall time runs until
# the last has exited (the queue drained and the graph resolved by the last worker). Prints a Markdown table
# for docs/performance.md.
#
#   benchmarks/workers-throughput.sh [SCALE] [BATCH]     (default: 30 16; from the repository root)
#
# Uses the server KNOWLEDGE_POSTGRES names, else starts a throwaway cluster (.ci/postgres-start.sh) and stops it
# at exit. Needs the shared corpus (../shared/corpus, or KNOWLEDGE_CORPUS=dir).
set -euo pipefail
scale="${1:-30}"
batch="${2:-16}"

started=""
if [[ -z "${KNOWLEDGE_POSTGRES:-}" ]]; then
    eval "$(.ci/postgres-start.sh)"
    started=1
    trap '.ci/postgres-stop.sh' EXIT
fi

dotnet build benchmarks/Knowledge.Benchmarks -c Release -v quiet -nologo > /dev/null
dotnet build src/Knowledge.Cli -c Release -v quiet -nologo > /dev/null
bench=benchmarks/Knowledge.Benchmarks/bin/Release/net10.0/Knowledge.Benchmarks
cli=src/Knowledge.Cli/bin/Release/net10.0/Knowledge.Cli

work=$(mktemp -d)
trap 'rm -rf "$work"; if [[ -n "$started" ]]; then .ci/postgres-stop.sh; fi' EXIT
corpus=$("$bench" --write-corpus "$scale" "$work/corpus")
mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN { printf "%.1f", b / 1e6 }')

echo "corpus ${scale}×: $mb MB; $(nproc) cores; batch $batch; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "| workers | documents | wall | documents/s | MB/s | speed-up | workers' CPU (user+sys) | documents per CPU second |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
base=""
for workers in 1 2 3; do
    store="${KNOWLEDGE_POSTGRES%;}"
    store="$(sed -E 's/(^|;)Database=[^;]*//' <<< "$store");Database=knowledge_bench_$$_$workers"
    "$cli" enqueue "$corpus" --store "$store" > "$work/enqueue.txt"
    docs=$(awk '{ print $1 }' "$work/enqueue.txt")
    start=$(date +%s.%N)
    pids=()
    for ((w = 1; w <= workers; w++)); do
        /usr/bin/time -f "%U %S" -o "$work/time$w" "$cli" work --store "$store" --batch "$batch" > "$work/worker$w.txt" 2>&1 &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
    wall=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
    [[ -z "$base" ]] && base=$wall
    cpu=$(cat "$work"/time[0-9]* | awk '{ c += $1 + $2 } END { printf "%.1f", c }')
    rm -f "$work"/time[0-9]*
    awk -v w="$workers" -v d="$docs" -v t="$wall" -v mb="$mb" -v b="$base" -v c="$cpu" \
        'BEGIN { printf "| %d | %d | %.1f s | %.1f | %.2f | %.2f× | %.1f s | %.1f |\n", w, d, t, d / t, mb / t, b / t, c, d / c }'
    psql "host=$(sed -E 's/.*Host=([^;]*).*/\1/' <<< "$store") port=$(sed -E 's/.*Port=([^;]*).*/\1/' <<< "$store") user=$(sed -E 's/.*Username=([^;]*).*/\1/' <<< "$store") dbname=postgres" \
        -qc "DROP DATABASE IF EXISTS knowledge_bench_$$_$workers" > /dev/null 2>&1 || true
done
