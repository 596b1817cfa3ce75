#!/usr/bin/env bash
# Normalises a generated claims file of N rows (default 1,000,000) with the marketmetrics CLI under
# /usr/bin/time -v and prints the rows, the wall time and the peak resident memory. Memory must not grow with N:
# run it with two sizes (e.g. 1000000 and 10000000) and compare the peaks.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/MarketMetrics.Cli -c Release -o "$work/cli" > "$work/build.log" || { cat "$work/build.log"; exit 1; }

# Eight claim shapes from the source article, cycled; every 50th row is broken (a rejection, not a crash).
awk -v n="$rows" 'BEGIN {
  print "id,claimant,subject,basis,value,period,market,aggregation";
  v[0] = "536.7萬億Tokens,2025上半年,cn-public-cloud-llm,total";
  v[1] = "超800億元,2024年,,total";
  v[2] = "46.4%,,cn-public-cloud-llm,";
  v[3] = "\"5-6億元\",2025年,cn-public-cloud-llm,";
  v[4] = "超16.4萬億Tokens,,,daily-average";
  v[5] = "17.7%,2025上半年,cn-llm,daily-average";
  v[6] = "\"RMB 80 billion\",FY2024@alibaba,,";
  v[7] = "1200億Tokens,,,daily-average";
  b[0] = "maas-token-volume"; b[1] = "full-stack-cloud-revenue"; b[2] = "maas-token-volume"; b[3] = "maas-revenue";
  b[4] = "own-products-token-consumption"; b[5] = "self-developed-model-token-share"; b[6] = "full-stack-cloud-revenue"; b[7] = "own-products-token-consumption";
  for (i = 1; i <= n; i++) {
    k = i % 8;
    if (i % 50 == 0) { print "r" i ",火山引擎,火山引擎," b[k] ",46.4% and 17.7%,,,"; }
    else { print "r" i ",火山引擎,火山引擎," b[k] "," v[k]; }
  }
}' > "$work/claims.csv"

/usr/bin/time -v dotnet "$work/cli/MarketMetrics.Cli.dll" normalize "$work/claims.csv" -o "$work/records.csv" --rejects "$work/rejects.csv" ${MEMORY_FLAGS:-} \
  2> "$work/time.txt" || true
grep -E "rows read" "$work/time.txt" || true
wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
peak=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
echo "rows=$rows wall=$wall peak_rss_kb=$peak peak_rss_mb=$((peak / 1024))"
