#!/usr/bin/env bash
# Times `normalize` and `compare` of the same generated claims file of N rows (default 100,000) with the
# marketmetrics CLI under /usr/bin/time -v, and prints wall time and peak resident memory of each and the ratio
# of their times. The claims mix bases, markets, periods and 2,000 entities, so that many comparable sets of
# different sizes exist. CLI=<folder with MarketMetrics.Cli.dll> measures a build made elsewhere (e.g. older code).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cli="${CLI:-}"
if [ -z "$cli" ]; then
  cli="$work/cli"
  dotnet build src/MarketMetrics.Cli -c Release -o "$cli" > "$work/build.log" || { cat "$work/build.log"; exit 1; }
fi

awk -v n="$rows" 'BEGIN {
  print "id,claimant,subject,basis,value,period,market,aggregation";
  p[0] = "2024年"; p[1] = "2025上半年"; p[2] = "2024上半年"; p[3] = "2023年"; p[4] = "";
  for (i = 1; i <= n; i++) {
    e = "vendor-" (i * 7919 % 2000);
    k = i % 10; q = p[int(i / 10) % 5]; x = (i * 31) % 997;
    if (k == 0) line = "maas-token-volume," (x % 50) "." (x % 10) "%," q ",cn-public-cloud-llm,";
    else if (k == 1) line = "self-developed-model-token-share," (x % 20) "." (x % 10) "%," q ",cn-llm,daily-average";
    else if (k == 2) line = "full-stack-cloud-revenue,超" (x + 1) "億元," q ",,total";
    else if (k == 3) line = "serving-latency," (x % 90 + 10) "ms,,,";
    else if (k == 4) line = "model-unit-price,0.00" (x % 9 + 1) "元/千Tokens," q ",,";
    else if (k == 5) line = "own-products-token-consumption," (x + 1) "億Tokens,,,daily-average";
    else if (k == 6) line = "maas-token-volume," (x + 1) "萬億Tokens," q ",cn-public-cloud-llm,total";
    else if (k == 7) line = "ai-public-cloud-services-revenue," (x % 30) "." (x % 10) "%," q ",cn-ai-public-cloud,";
    else if (k == 8) line = "llm-tender-wins,第" (x % 9 + 1) "," q ",cn-llm-tenders,";
    else line = "serving-capacity," (x + 1) "萬TPM,,,";
    print "c" i "," e "," e "," line;
  }
}' > "$work/claims.csv"

measure() {
  local name="$1"; shift
  /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.time" || true
  local wall peak
  wall=$(grep "Elapsed (wall clock)" "$work/$name.time" | awk '{print $NF}')
  peak=$(grep "Maximum resident set size" "$work/$name.time" | awk '{print $NF}')
  echo "$name rows=$rows wall=$wall peak_rss_mb=$((peak / 1024))"
  printf '%s' "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' > "$work/$name.seconds"
}

measure normalize dotnet "$cli/MarketMetrics.Cli.dll" normalize "$work/claims.csv" -o "$work/records.csv" --rejects "$work/rejects.csv" --quiet
measure compare timeout "${COMPARE_TIMEOUT:-900}" dotnet "$cli/MarketMetrics.Cli.dll" compare "$work/claims.csv" ${COMPARE_FLAGS:-}
grep -v "^c[0-9]" "$work/compare.time" | grep -iE "error|exception|killed|signal" | head -n 3 || true
echo "compare output: $(wc -c < "$work/compare.out") bytes; ratio compare/normalize: $(awk -v a="$(cat "$work/compare.seconds")" -v b="$(cat "$work/normalize.seconds")" 'BEGIN { printf "%.2f", a / b }')"
