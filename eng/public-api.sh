#!/usr/bin/env bash
# Adds every public symbol that the build reports as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt, and drops the declarations the build reports as gone (RS0017).
# Review the diff of PublicAPI.*.txt afterwards: that diff is the change to the public API.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet build MarketMetrics.sln --no-incremental >"$log" 2>&1 || true
python3 - "$log" <<'PY'
import re, sys, collections, os
added = collections.defaultdict(set); removed = collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.search(r"(RS0016|RS0017): Symbol '(.+?)' is (?:not part of|part of) the declared (?:public )?API.*\[(.+?\.csproj)\]", line)
    if not m:
        continue
    code, sym, proj = m.groups()
    (added if code == "RS0016" else removed)[os.path.dirname(proj)].add(sym)
for d in set(added) | set(removed):
    path = os.path.join(d, "PublicAPI.Unshipped.txt")
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")] if os.path.exists(path) else ["#nullable enable"]
    body = sorted((set(lines[1:]) | added[d]) - removed[d] - {""})
    open(path, "w", encoding="utf-8").write("\n".join([lines[0]] + body) + "\n")
    print(f"{path}: +{len(added[d])} -{len(removed[d])}")
PY
rm -f "$log"
