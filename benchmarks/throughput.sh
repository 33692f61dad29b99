#!/usr/bin/env bash
# Issue 18's measurements, end to end: `knowledge extract` on the corpus scaled 10×, 100× and 300× (CPU seconds,
# wall time, peak RSS, MB of text per CPU second, bytes allocated per input byte), the 100×/10× CPU ratio, each
# stage's MB per CPU second and allocations on the 100× corpus (one thread), the native tool's top methods at
# 100× (perf), and compromise (npm compromise + compromise-dates) on the 10× corpus in the same run, with the
# ratio against it. Prints Markdown for docs/performance.md, then each target against its measured value.
#
#   benchmarks/throughput.sh [SCALE…]         (default: 10 100 300; from the repository root)
#
# KNOWLEDGE_RUNS        runs per measurement, the median is printed (default 3)
# KNOWLEDGE_PROCESSORS  DOTNET_PROCESSOR_COUNT for the tool (default 1: one analysis thread, as the issue's MB per
#                       CPU second asks; "all" leaves it unset). CPU seconds are user + system of every thread.
# KNOWLEDGE_AOT_ARGS    extra arguments of the NativeAOT publish (e.g. -p:CppCompilerAndLinker=gcc); without clang
#                       and without this, the native tool is skipped
# KNOWLEDGE_AOT_OUT     where the native tool is published (default: a temporary folder, deleted afterwards)
# KNOWLEDGE_PERF=0      skips the perf profile (it needs perf and the native tool)
# KNOWLEDGE_CORPUS      the shared corpus (default ../shared/corpus; CorpusScaler reads it)
#
# Needs GNU time (/usr/bin/time); node and npm for compromise (`npm ci` in benchmarks/compromise is run when its
# node_modules is missing; without node the comparison is skipped and input MB are the files' sizes). The JIT
# tool's allocations come from benchmarks/AllocationHook (a DOTNET_STARTUP_HOOKS assembly: the whole run's
# GC.GetTotalAllocatedBytes); the native tool has no startup hooks, so its column is empty. About 1 MB of text per
# CPU second means roughly 20 CPU minutes for the defaults with 3 runs; more wall time on a loaded machine.
set -euo pipefail
scales=("${@:-10 100 300}")
read -r -a scales <<< "${scales[*]}"
runs=${KNOWLEDGE_RUNS:-3}
processors=${KNOWLEDGE_PROCESSORS:-1}
root=$(pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
aot_out=${KNOWLEDGE_AOT_OUT:-$work/aot}

dotnet build benchmarks/Knowledge.Benchmarks -c Release -v quiet -nologo > /dev/null
dotnet build src/Knowledge.Cli -c Release -v quiet -nologo > /dev/null
dotnet build benchmarks/AllocationHook -c Release -v quiet -nologo > /dev/null
bench=benchmarks/Knowledge.Benchmarks/bin/Release/net10.0/Knowledge.Benchmarks
hook=$root/benchmarks/AllocationHook/bin/Release/net10.0/AllocationHook.dll
builds=(jit)
declare -A binary=([jit]=src/Knowledge.Cli/bin/Release/net10.0/Knowledge.Cli)
notes=()
if command -v clang > /dev/null || [[ -n ${KNOWLEDGE_AOT_ARGS:-} ]]; then
    # shellcheck disable=SC2086
    dotnet publish src/Knowledge.Cli -c Release -r linux-x64 -p:PublishAot=true ${KNOWLEDGE_AOT_ARGS:-} -o "$aot_out" -v quiet -nologo > /dev/null
    builds+=(aot)
    binary[aot]=$aot_out/Knowledge.Cli
else
    notes+=("No clang (and no KNOWLEDGE_AOT_ARGS): the NativeAOT tool was skipped.")
fi
have_node=$(command -v node > /dev/null && echo 1 || echo 0)

load() { cut -d' ' -f1 /proc/loadavg; }

# median FILE COLUMN: the median of one whitespace-separated column
median() { awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure NAME BUILD CORPUS FORMAT: KNOWLEDGE_RUNS runs into $work/NAME.runs, one line each:
# "wall user sys maxKB load allocated"
measure() {
    local name=$1 build=$2 corpus=$3 format=$4 threads=()
    [[ $processors != all ]] && threads=(env "DOTNET_PROCESSOR_COUNT=$processors")
    : > "$work/$name.runs"
    for _ in $(seq "$runs"); do
        rm -rf "$work/out" "$work/allocated"
        local before hooks=()
        before=$(load)
        [[ $build == jit ]] && hooks=(env "DOTNET_STARTUP_HOOKS=$hook" "KNOWLEDGE_ALLOCATED_FILE=$work/allocated")
        "${threads[@]}" "${hooks[@]}" /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
            "${binary[$build]}" extract "$corpus" --out "$work/out" --format "$format" -q
        echo "$(cat "$work/time") $before $(cat "$work/allocated" 2> /dev/null || echo -)" >> "$work/$name.runs"
    done
    echo "$name (wall user sys KB load allocated): $(tr '\n' ';' < "$work/$name.runs")" >&2
}

declare -A megabytes cpu allocated
rows=""
for scale in "${scales[@]}"; do
    corpus=$("$bench" --write-corpus "$scale" "$work/corpus$scale")
    if [[ $have_node == 1 ]]; then
        megabytes[$scale]=$(node benchmarks/compromise/extract.mjs --bytes "$corpus")
    else
        megabytes[$scale]=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN { printf "%.3f", b / 1e6 }')
    fi
    for build in "${builds[@]}"; do
        for format in json all; do
            name=$build-$scale-$format
            measure "$name" "$build" "$corpus" "$format"
            awk '{ print $2 + $3 }' "$work/$name.runs" > "$work/$name.cpu"
            cpu[$name]=$(median "$work/$name.cpu" 1)
            wall=$(median "$work/$name.runs" 1)
            kb=$(median "$work/$name.runs" 4)
            loads=$(awk '{ print $5 }' "$work/$name.runs" | sort -g | sed -n '1p;$p' | paste -sd- | sed 's/^\(.*\)-\1$/\1/')
            per_byte=–
            if [[ $build == jit ]]; then
                per_byte=$(awk -v a="$(median "$work/$name.runs" 6)" -v m="${megabytes[$scale]}" 'BEGIN { printf "%.0f", a / (m * 1e6) }')
                allocated[$name]=$per_byte
            fi
            rows+=$(awk -v b="${build^^}" -v s="$scale" -v f="$format" -v m="${megabytes[$scale]}" -v c="${cpu[$name]}" \
                -v w="$wall" -v k="$kb" -v p="$per_byte" -v l="$loads" 'BEGIN {
                    printf "| %s | %s× | `%s` | %.2f | %.2f | %.2f | %d MB | %.2f | %s | %s |\n", b, s, f, m, c, w, k / 1024, m / c, p, l }')$'\n'
        done
    done
    [[ $scale != 10 && $scale != 100 ]] && rm -f "$corpus"
done

echo "### The tool, end to end"
echo
echo "| build | scale | \`--format\` | input MB | CPU s | wall s | peak RSS | MB per CPU s | bytes allocated per input byte | load |"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---|"
printf "%s" "$rows"
echo
echo "Medians of $runs runs; DOTNET_PROCESSOR_COUNT=$processors; CPU s = user + system; input MB = 10^6 bytes of"
echo "text (title, description, caption, body); peak RSS in 2^20 bytes; load = the 1-minute load average before each run."
if [[ -n ${cpu[jit-10-json]:-} && -n ${cpu[jit-100-json]:-} ]]; then
    echo
    echo "| build | \`--format\` | CPU 100× ÷ 10× | input 100× ÷ 10× |"
    echo "|---|---|---:|---:|"
    for build in "${builds[@]}"; do
        for format in json all; do
            awk -v b="${build^^}" -v f="$format" -v hi="${cpu[$build-100-$format]}" -v lo="${cpu[$build-10-$format]}" \
                -v mh="${megabytes[100]}" -v ml="${megabytes[10]}" \
                'BEGIN { printf "| %s | `%s` | %.1f | %.1f |\n", b, f, hi / lo, mh / ml }'
        done
    done
fi

if [[ -f $work/corpus100/corpus-100x.jsonl ]]; then
    echo
    # One thread, one untimed round first, and the JIT's optimising compiler from the start: with tiered
    # compilation a one-thread process keeps running tier-0 code well into the timed round (the call-counting
    # delay), which doubles the stage figures; the native tool has no tier 0, so these are the representative ones.
    echo "### Each stage on one thread, 100× corpus (\`DOTNET_TieredCompilation=0 Knowledge.Benchmarks --stage-times --warm\`, load $(load))"
    echo
    DOTNET_TieredCompilation=0 DOTNET_PROCESSOR_COUNT=1 "$bench" --stage-times --warm "$work/corpus100/corpus-100x.jsonl" | tee "$work/stages"
    if [[ ${KNOWLEDGE_PERF:-1} != 0 && -n ${binary[aot]:-} ]] && command -v perf > /dev/null; then
        echo
        echo "### Top 15 methods of the native tool, 100× corpus, \`--format json\` (perf, load $(load))"
        echo
        threads=()
        [[ $processors != all ]] && threads=(env "DOTNET_PROCESSOR_COUNT=$processors")
        rm -rf "$work/out"
        "${threads[@]}" perf record -g -o "$work/perf.data" -- \
            "${binary[aot]}" extract "$work/corpus100/corpus-100x.jsonl" --out "$work/out" --format json -q 2> /dev/null
        echo "| self | | symbol |"
        echo "|---:|---|---|"
        # [k] is the kernel's, [.] the process's own code; no `head`: under pipefail its early exit fails the script
        perf report -i "$work/perf.data" --no-children --sort symbol --stdio -g none 2> /dev/null > "$work/perf.txt"
        awk '/^ +[0-9.]+%/ && n < 15 { pct = $1; kind = $2; $1 = ""; $2 = ""; sub(/^ +/, ""); sub(/ +- +-$/, "");
            gsub(/\|/, "\\|"); print "| " pct " | " kind " | `" $0 "` |"; n++ }' "$work/perf.txt"
    fi
fi

if [[ $have_node == 1 && -f $work/corpus10/corpus-10x.jsonl ]]; then
    [[ -d benchmarks/compromise/node_modules ]] || npm ci --prefix benchmarks/compromise --no-audit --no-fund > /dev/null
    echo
    echo "### compromise on the 10× corpus (load $(load))"
    echo
    read -r docs mb ccpu cwall crate people orgs places quotes dates < <(node benchmarks/compromise/extract.mjs --tsv "$work/corpus10/corpus-10x.jsonl")
    echo "compromise $(node -p "require('./benchmarks/compromise/node_modules/compromise/package.json').version") +" \
        "compromise-dates $(node -p "require('./benchmarks/compromise/node_modules/compromise-dates/package.json').version")," \
        "node $(node --version): $docs documents, $mb MB, $ccpu CPU s of work ($cwall s wall), $crate MB per CPU s;" \
        "found $people people, $orgs organisations, $places places, $quotes quotations, $dates dates."
    echo
    echo "| build | \`--format\` | the tool's MB per CPU s (10×) | ÷ compromise's |"
    echo "|---|---|---:|---:|"
    for build in "${builds[@]}"; do
        for format in json all; do
            [[ -n ${cpu[$build-10-$format]:-} ]] || continue
            awk -v b="${build^^}" -v f="$format" -v m="${megabytes[10]}" -v c="${cpu[$build-10-$format]}" -v r="$crate" \
                'BEGIN { printf "| %s | `%s` | %.2f | %.0f× |\n", b, f, m / c, (m / c) / r }'
        done
    done
else
    notes+=("No node or no 10× corpus: compromise was not run.")
fi

# The targets of issue 18, each against what was measured above (the native tool where there is one).
best=${builds[-1]}
echo
echo "### Targets"
echo
echo "| target | measured | |"
echo "|---|---|---|"
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = op == ">=" ? v >= t : v <= t; print ok ? "met" : "**not met**" }'; }
if [[ -n ${cpu[$best-100-json]:-} ]]; then
    rate=$(awk -v m="${megabytes[100]}" -v c="${cpu[$best-100-json]}" 'BEGIN { printf "%.2f", m / c }')
    echo "| end to end ≥ 20 MB per CPU s at 100×, one thread | ${best^^} \`--format json\`: $rate | $(verdict "$rate" 20 '>=') |"
fi
if [[ -f $work/stages ]]; then
    per_byte=$(sed -n 's/.* \([0-9.]*\) bytes allocated per byte of text/\1/p' "$work/stages")
    tool=""
    [[ -n ${allocated[jit-100-json]:-} ]] && tool="; the JIT tool, whole run, \`--format json\`: ${allocated[jit-100-json]}"
    echo "| ≤ 20 bytes allocated per input byte | the stages at 100×: $per_byte$tool | $(verdict "$per_byte" 20 '<=') |"
fi
if [[ -n ${cpu[$best-100-json]:-} && -n ${cpu[$best-10-json]:-} ]]; then
    ratio=$(awk -v hi="${cpu[$best-100-json]}" -v lo="${cpu[$best-10-json]}" 'BEGIN { printf "%.1f", hi / lo }')
    echo "| CPU 100× ÷ 10× ≤ 11 | ${best^^} \`--format json\`: $ratio | $(verdict "$ratio" 11 '<=') |"
fi
if [[ -n ${crate:-} && -n ${cpu[$best-10-json]:-} ]]; then
    times=$(awk -v m="${megabytes[10]}" -v c="${cpu[$best-10-json]}" -v r="$crate" 'BEGIN { printf "%.0f", (m / c) / r }')
    echo "| ≥ 150× compromise on the 10× corpus | ${best^^} \`--format json\`: ${times}× | $(verdict "$times" 150 '>=') |"
fi
for note in "${notes[@]}"; do echo; echo "$note"; done
