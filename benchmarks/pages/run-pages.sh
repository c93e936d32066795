#!/usr/bin/env bash
# Page benchmark: BoneInfo's public pages against a static-file server holding the very same bytes, on one machine;
# start-up time and resident memory with the real articles and with 10 000 synthetic ones; server time of the
# list pages with 100 000. Writes docs/performance-pages.md.
# Usage: benchmarks/pages/run-pages.sh [DURATION_SECONDS] [OUTPUT_MARKDOWN]
# Environment: PAGES_SIZES (default "10000 100000"; "" for the real articles only), PAGES_LOAD_SECONDS (load before
# reading memory, default 60), PAGES_LIBRARY_DIR (synthetic libraries, made once and reused; default a temp folder).
# Needs wrk (apt-get install -y wrk). Loopback only; every run is bounded by DURATION per measurement.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-10}"
out="${2:-docs/performance-pages.md}"
sizes="${PAGES_SIZES-10000 100000}"
load_seconds="${PAGES_LOAD_SECONDS:-60}"
work="$(mktemp -d)"
library_dir="${PAGES_LIBRARY_DIR:-$work/libraries}"
app_port=5301; static_port=5302
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
source benchmarks/pages/lib.sh
started_at=$(date -u '+%Y-%m-%d %H:%M UTC')

echo "Publishing (Release, ReadyToRun for linux-x64)..."
dotnet publish src/BoneInfo.Web -c Release -r linux-x64 --self-contained false -o "$work/app" -v q --nologo >/dev/null
dotnet publish benchmarks/BoneInfo.StaticBaseline -c Release -o "$work/static-server" -v q --nologo >/dev/null
dotnet build benchmarks/BoneInfo.Benchmarks -c Release -v q --nologo >/dev/null
articles=$(ls "$work/app/content/"*.md | wc -l)

# Start-up with the real articles: a new database (migrations, import, index build), then restarts on it.
start_app "$work/boneinfo.db" "$app_port" "${quiet_logs[@]}"
first_start="| new database | $startup_ms | $startup_cpu_ms | $(load_average) | $(startup_stages) |"
stop_app
restarts=""; restart_ms=()
for run in 1 2 3; do
  start_app "$work/boneinfo.db" "$app_port" "${quiet_logs[@]}"
  restarts+="| restart $run | $startup_ms | $startup_cpu_ms | $(load_average) | $(startup_stages) |"$'\n'
  restart_ms+=("$startup_ms")
  [ "$run" = 3 ] || stop_app
done
echo "Start-up with $articles articles: new database ${first_start}; restarts ${restart_ms[*]} ms"

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
load_at_start=$(load_average)
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
load_at_end=$(load_average)
load_for "$load_seconds" "$app_port"
memory="| $articles (content/) | $(rss_mib "$app_pid") | $(load_average) |"$'\n'
stop_app

# Larger libraries: start-up and memory after a minute of load (10 000), server time of the lists (100 000).
timing_rows=""
for size in $sizes; do
  db=$(library "$size")
  label="$size synthetic + $articles"
  start_app "$db" "$app_port" # the first start of this build on the library: it imports content/ once
  stop_app
  start_app "$db" "$app_port"
  restarts+="| $label: restart | $startup_ms | $startup_cpu_ms | $(load_average) | $(startup_stages) |"$'\n'
  echo "Start-up with $label articles: $startup_ms ms"
  wait_until_idle
  if [ "$size" -le 10000 ]; then
    load_for "$load_seconds" "$app_port"
    memory+="| $label | $(rss_mib "$app_pid") | $(load_average) |"$'\n'
    wait_until_idle
  fi
  for path in / /conditions /conditions/letter/m "/conditions/letter/m?page=2" "/conditions?q=osteoclast+type" /conditions/hypophosphatasia; do
    timing_rows+=$(server_time "$app_port" "$size: \`$path\`" "$path" 20 100)$'\n'
  done
  echo "$timing_rows" | tail -7
  stop_app
done

# What is written by hand below the marker in the report is kept.
marker='<!-- Everything below this line is written by hand and kept when the benchmark rewrites this file. -->'
by_hand=""
[ -f "$out" ] && by_hand=$(sed -n "/^$marker\$/,\$p" "$out")
[ -n "$by_hand" ] || by_hand="$marker"

{
  echo "## Pages: measured $started_at on $(nproc) cores, ${duration} s per measurement"
  echo
  echo "Method: \`benchmarks/pages/run-pages.sh $duration\` (PAGES_SIZES=\"$sizes\"). BoneInfo published in Release (ReadyToRun,"
  echo "linux-x64) on Kestrel with a new SQLite database and the $articles articles of \`content/\`; the exact bytes of"
  echo "\`/conditions/hypophosphatasia\` ($page_bytes bytes) and of each other path, served by \`benchmarks/BoneInfo.StaticBaseline\`"
  echo "(Kestrel's static-file middleware alone) on the same machine; both driven in turns by \`wrk -t2\` at 1, 16 and 64"
  echo "connections, without Accept-Encoding (same bytes on the wire). Ratio = BoneInfo req/s ÷ static req/s for the same bytes."
  echo "The search rate limit is lifted for the run (one client address). The load generator shares the machine's cores."
  echo "Load average (1 minute) when the table started: $load_at_start; when it ended: $load_at_end."
  echo
  echo "| path | connections | req/s | p50 ms | p99 ms | static req/s | static p99 ms | ratio | non-2xx |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf "%s" "$rows"
  echo
  echo "### Start-up"
  echo
  echo "Launch of the published app to its first 200 on \`/health\` (wall), the process's CPU time by then, and the app's"
  echo "own stage timings from its log (\`Start-up stages:\`, see \`Hosting/StartupStages\`). Synthetic libraries come from"
  echo "\`dotnet run -c Release --project benchmarks/BoneInfo.Benchmarks -- library N FOLDER\` (search index built)."
  echo
  echo "| start | wall ms | CPU ms | load average | stages |"
  echo "| --- | ---: | ---: | ---: | --- |"
  echo "$first_start"
  printf "%s" "$restarts"
  echo
  echo "### Memory"
  echo
  echo "Resident memory (VmRSS) of the app after the throughput table (real articles) or on its own (synthetic libraries),"
  echo "then $load_seconds s of \`wrk -c16\` over a mix of pages and searches (\`benchmarks/pages/mix.lua\`)."
  echo
  echo "| articles | RSS MiB | load average |"
  echo "| --- | ---: | ---: |"
  printf "%s" "$memory"
  if [ -n "$timing_rows" ]; then
    echo
    echo "### Server time of the lists"
    echo
    echo "Each request misses the output cache (a query key of its own; the cache varies by query string), so the page"
    echo "is built: the database reads and the render. 20 untimed requests, then 100 one at a time, after the app's"
    echo "start-up work (search catalog) is done. Server ms is the app's request log line (Serilog, from the first"
    echo "middleware to the end of the response); curl ms includes the loopback. The machine is shared: the minimum and"
    echo "p10 are the page's own cost, the median and p90 add the wait for a core (see the load average)."
    echo
    echo "| library: path | requests | server ms min | p10 | p50 | p90 | curl ms p50 | load average |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    printf "%s" "$timing_rows"
  fi
  echo
  echo "$by_hand"
} > "$out"
echo "Wrote $out"
