#!/usr/bin/env bash
# One large document: user CPU and peak RSS of `knowledge extract` on a single .txt made of the shared corpus's
# article texts repeated, at 0.5, 1, 2 and 4 MB (or the sizes given, in MB), and the ratio per doubling. Every
# stage must be linear in a document's length, so each doubling should cost about twice as much.
# Prints a Markdown table for docs/performance.md.
#
#   benchmarks/one-large-document.sh [MB ...]        (from the repository root; about 2 minutes on 2 idle cores)
#
# Needs the shared corpus (../shared/corpus, or KNOWLEDGE_CORPUS=dir), python3 and GNU time (/usr/bin/time).
set -euo pipefail
corpus_dir=${KNOWLEDGE_CORPUS:-../shared/corpus}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(0.5 1 2 4)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Knowledge.Cli -c Release -v quiet -nologo > /dev/null
tool=src/Knowledge.Cli/bin/Release/net10.0/Knowledge.Cli

echo "| Size | User CPU | Peak RSS | CPU ratio to the size before |"
echo "| --- | --- | --- | --- |"
previous=""
for mb in "${sizes[@]}"; do
    # The articles' bodies, blank-line separated, repeated until the file holds MB megabytes (cut at a paragraph).
    python3 - "$corpus_dir/ijm-articles.json" "$mb" "$work/one.txt" <<'PY'
import json, sys
records = json.loads(open(sys.argv[1], encoding="utf-8").read(), strict=False)["records"]
bodies = [r["fields"]["text"] for r in records if r.get("fields", {}).get("text")]
limit = int(float(sys.argv[2]) * 1_000_000)
out, size, i = [], 0, 0
while size < limit:
    body = bodies[i % len(bodies)].strip() + "\n\n"
    out.append(body)
    size += len(body.encode("utf-8"))
    i += 1
open(sys.argv[3], "w", encoding="utf-8").write("".join(out))
PY
    rm -rf "$work/out"
    /usr/bin/time -f "%U %M" -o "$work/time" "$tool" extract "$work/one.txt" --out "$work/out" -q
    read -r user kb < "$work/time"
    ratio="—"
    [ -n "$previous" ] && ratio=$(python3 -c "print(f'{$user / $previous:.1f}')")
    echo "| $mb MB | $user s | $((kb / 1024)) MB | $ratio |"
    previous=$user
done
