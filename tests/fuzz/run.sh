#!/usr/bin/env bash
# Fuzzes the quantity and period parsers and the claims CSV reader with AFL++ and SharpFuzz.
#   bash tests/fuzz/run.sh [seconds]      (default 600)
# Installs afl++ (Debian) and the SharpFuzz instrumentation tool if missing. Findings land in tests/fuzz/findings/
# (not committed); each crash found becomes a case in tests/MarketMetrics.Tests/Reliability.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
command -v afl-fuzz >/dev/null || { apt-get update && apt-get install -y afl++; }
tools="$(pwd)/.tools"
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --tool-path "$tools"
out="$(pwd)/.build"
rm -rf "$out" findings
dotnet publish MarketMetrics.Fuzz -c Release -o "$out" > /dev/null
"$tools/sharpfuzz" "$out/MarketMetrics.dll"
"$tools/sharpfuzz" "$out/MarketMetrics.Csv.dll"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
timeout --preserve-status "$seconds" afl-fuzz -i corpus -o findings -t 10000 -m none -- dotnet "$out/MarketMetrics.Fuzz.dll" || true
stats=findings/default/fuzzer_stats
grep -E "^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs)" "$stats"
