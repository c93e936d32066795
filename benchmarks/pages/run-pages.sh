#!/usr/bin/env bash
# Page benchmark: BoneInfo's public pages against a static-file server holding the very same bytes, on one machine.
# Usage: benchmarks/pages/run-pages.sh [DURATION_SECONDS] [OUTPUT_MARKDOWN]
# Needs wrk (apt-get install -y wrk). Loopback only; every run is bounded by DURATION per measurement.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
out="${2:-docs/performance-pages.md}"
work="$(mktemp -d)"
app_port=5301; static_port=5302
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

echo "Publishing (Release)..."
dotnet publish src/BoneInfo.Web -c Release -o "$work/app" -v q --nologo >/dev/null
dotnet publish benchmarks/BoneInfo.StaticBaseline -c Release -o "$work/static-server" -v q --nologo >/dev/null

start_ms=$(date +%s%3N)
# The search rate limit is per client address and the load generator is one address: lift it for the run.
ConnectionStrings__BoneInfo="Data Source=$work/boneinfo.db" Serilog__MinimumLevel__Default=Warning \
  Search__RateLimit__PermitLimit=1000000000 \
  "$work/app/BoneInfo.Web" --urls "http://127.0.0.1:$app_port" --contentRoot "$work/app" >"$work/app.log" 2>&1 &
app_pid=$!
until curl -sf "http://127.0.0.1:$app_port/health" >/dev/null; do sleep 0.02; done
startup_ms=$(( $(date +%s%3N) - start_ms ))

# Each page's exact bytes as a file, so every path is compared with a static server sending the same bytes.
paths=(/conditions/hypophosphatasia / /conditions "/search?q=bone+pain" "/api/search?q=low+alp")
mkdir -p "$work/www"
for i in "${!paths[@]}"; do
  curl -sf "http://127.0.0.1:$app_port${paths[$i]}" -o "$work/www/page$i.html"
done
page_bytes=$(stat -c %s "$work/www/page0.html")
"$work/static-server/BoneInfo.StaticBaseline" "$work/www" --urls "http://127.0.0.1:$static_port" >/dev/null 2>&1 &
until curl -sf "http://127.0.0.1:$static_port/page0.html" >/dev/null; do sleep 0.02; done

# One wrk run: prints "req/s p50_ms p99_ms non2xx".
measure() {
  local threads=$(( $2 < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$2" -d"${duration}s" --latency "$1" 2>/dev/null | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 } / 50%/ { p50 = ms($2) } / 99%/ { p99 = ms($2) } /Non-2xx/ { bad = $5 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
}

rows=""
for c in 1 16 64; do
  for i in "${!paths[@]}"; do
    path="${paths[$i]}"
    read -r s_rps s_p50 s_p99 s_bad < <(measure "http://127.0.0.1:$static_port/page$i.html" "$c")
    read -r rps p50 p99 bad < <(measure "http://127.0.0.1:$app_port$path" "$c")
    ratio=$(awk -v a="$rps" -v b="$s_rps" 'BEGIN { printf "%.2f", a / b }')
    rows+="| \`$path\` | $c | $rps | $p50 | $p99 | $s_rps | $s_p99 | $ratio | $bad |"$'\n'
    echo "c=$c $path: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $bad (static $s_rps req/s, p99 $s_p99 ms, ratio $ratio)"
  done
done
rss_mib=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status")

{
  echo "## Pages: measured $(date -u +%Y-%m-%d) on $(nproc) cores, ${duration} s per measurement"
  echo
  echo "Method: \`benchmarks/pages/run-pages.sh $duration\`. BoneInfo published in Release on Kestrel with a new SQLite"
  echo "database and the 20 articles of \`content/\`; the exact bytes of \`/conditions/hypophosphatasia\` ($page_bytes bytes)"
  echo "and of each other path, served by \`benchmarks/BoneInfo.StaticBaseline\` (Kestrel's static-file middleware alone) on the same machine;"
  echo "both driven in turns by \`wrk -t2\` at 1, 16 and 64 connections, without Accept-Encoding (same bytes on the wire)."
  echo "Each path is compared with the static server sending that path's own bytes; ratio = BoneInfo req/s ÷ static req/s."
  echo "The search rate limit is lifted for the run (one client address). The load generator shares the machine's cores."
  echo
  echo "| path | connections | req/s | p50 ms | p99 ms | static req/s | static p99 ms | ratio | non-2xx |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf "%s" "$rows"
  echo
  echo "Start-up to the first 200 on \`/health\` (migrations, import of 20 articles, index build): ${startup_ms} ms."
  echo "Resident memory of the app after the load: ${rss_mib} MiB."
} > "$out"
echo "Wrote $out"
