#!/usr/bin/env bash
# Declares every public symbol of src/Knowledge the PublicApiAnalyzers report as undeclared
# (RS0016) in src/Knowledge/PublicAPI.Unshipped.txt, for both target frameworks. Run it after a
# deliberate change to the public API, then review the diff: it is the API change.
# Removed symbols (RS0017) are listed for you to delete by hand, with a note in the commit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

project=src/Knowledge/Knowledge.csproj
unshipped=src/Knowledge/PublicAPI.Unshipped.txt
log="$(mktemp)"
dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false \
  -p:EnableSourceLink=false -p:EnableSourceControlManagerQueries=false >"$log" 2>&1 || true

python3 - "$log" "$unshipped" <<'PY'
import re, sys
log, unshipped = sys.argv[1], sys.argv[2]
text = open(log, encoding="utf-8").read()
added = set(re.findall(r"warning RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = sorted(set(re.findall(r"warning RS0017: Symbol '(.+?)' is part of the declared API", text)))
lines = [l.rstrip("\n") for l in open(unshipped, encoding="utf-8")]
header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
# Keep the declared symbols in their order and append the new ones, sorted: the diff is the API change only.
declared = [l for l in lines if l and not l.startswith("#")]
body = list(dict.fromkeys(declared)) + sorted(added - set(declared), key=str)
with open(unshipped, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(header + body) + "\n")
print(f"{len(added)} symbols declared in {unshipped}")
for r in removed:
    print(f"removed from the code, still declared: {r}")
errors = [l for l in text.splitlines() if ": error " in l]
if errors:
    print("\n".join(sorted(set(errors))), file=sys.stderr)
    sys.exit(1)
PY
