#!/usr/bin/env bash
# The tool built as usual (JIT) against the tool published NativeAOT: peak RSS, user CPU and wall time of
# `knowledge extract` on the 100× corpus with and without a store and on the shared corpus (all formats),
# the median of KNOWLEDGE_RUNS runs each (default 3), and whether the two write byte-identical exports.
# Prints a Markdown table for docs/performance.md.
#
#   benchmarks/native-tool.sh                  (from the repository root; about 3–4 minutes on 2 idle cores)
#
# Needs the shared corpus (../shared/corpus, or KNOWLEDGE_CORPUS=dir), GNU time (/usr/bin/time) and what a
# NativeAOT publish needs on Linux: clang (Debian: apt-get install -y clang; or gcc with
# KNOWLEDGE_AOT_ARGS=-p:CppCompilerAndLinker=gcc); the ILCompiler packages come from NuGet with the restore.
# The native binary is left in KNOWLEDGE_AOT_OUT (default: a temporary folder, deleted afterwards).
set -euo pipefail
corpus_dir=${KNOWLEDGE_CORPUS:-../shared/corpus}
runs=${KNOWLEDGE_RUNS:-3}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
aot_out=${KNOWLEDGE_AOT_OUT:-$work/aot}

dotnet build benchmarks/Knowledge.Benchmarks -c Release -v quiet -nologo > /dev/null
dotnet build src/Knowledge.Cli -c Release -v quiet -nologo > /dev/null
dotnet publish src/Knowledge.Cli -c Release -r linux-x64 -p:PublishAot=true ${KNOWLEDGE_AOT_ARGS:-} -o "$aot_out" -v quiet -nologo > /dev/null
bench=benchmarks/Knowledge.Benchmarks/bin/Release/net10.0/Knowledge.Benchmarks
jit=src/Knowledge.Cli/bin/Release/net10.0/Knowledge.Cli
aot=$aot_out/Knowledge.Cli
corpus=$("$bench" --write-corpus 100 "$work/corpus")

# run NAME BINARY ARGS…: KNOWLEDGE_RUNS fresh runs (output folder and store deleted first); leaves the
# medians "KB wall user" in $work/NAME.median and the last run's exports in $work/NAME.out
run() {
    local name=$1 bin=$2
    shift 2
    : > "$work/$name.times"
    for _ in $(seq "$runs"); do
        rm -rf "$work/$name.out" "$work/$name.db"*
        local args=("$@")
        args=("${args[@]//@OUT@/$work/$name.out}")
        args=("${args[@]//@DB@/$work/$name.db}")
        /usr/bin/time -f "%M %e %U" -o "$work/time" "$bin" "${args[@]}"
        cat "$work/time" >> "$work/$name.times"
    done
    local mid=$(((runs + 1) / 2)) col
    for col in 1 2 3; do
        cut -d' ' -f"$col" "$work/$name.times" | sort -g | sed -n "${mid}p"
    done | tr '\n' ' ' > "$work/$name.median"
    echo >> "$work/$name.median"
    echo "$name (KB wall user): $(tr '\n' ';' < "$work/$name.times")" >&2
}

declare -A label=(
    [store]="100× corpus, \`--format json --store\`"
    [memory]="100× corpus, \`--format json\` (no store)"
    [shared]="shared corpus, \`--format all\`"
)
for build in jit aot; do
    bin=$jit
    [[ $build == aot ]] && bin=$aot
    run "$build-store" "$bin" extract "$corpus" --out @OUT@ --format json -q --store @DB@
    run "$build-memory" "$bin" extract "$corpus" --out @OUT@ --format json -q
    run "$build-shared" "$bin" extract "$corpus_dir" --out @OUT@ --format all -q
done

echo "| run | peak RSS JIT → AOT | user CPU JIT → AOT | wall JIT → AOT | exports |"
echo "|---|---:|---:|---:|---|"
for name in store memory shared; do
    read -r jkb jwall juser < "$work/jit-$name.median"
    read -r akb awall auser < "$work/aot-$name.median"
    same=$(diff -r "$work/jit-$name.out" "$work/aot-$name.out" > /dev/null && echo "byte-identical" || echo "**differ**")
    printf "| %s | %d → %d MB | %s → %s s | %s → %s s | %s |\n" "${label[$name]}" \
        $((jkb / 1024)) $((akb / 1024)) "$juser" "$auser" "$jwall" "$awall" "$same"
done
echo
echo "Medians of $runs runs each; native binary $(du -m "$aot" | cut -f1) MB (plus libe_sqlite3.so)."
