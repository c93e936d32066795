# Functions for run-pages.sh (sourced; expects $work with the published app in $work/app).

load_average() { cut -d' ' -f1 /proc/loadavg; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# start_app DBFILE PORT [NAME=VALUE...]: starts the published app on a SQLite file and waits for the first 200 on
# /health. Sets app_pid, app_log, startup_ms (wall, from launch) and startup_cpu_ms (the process's CPU time by then).
start_app() {
  local db=$1 port=$2 start
  shift 2
  app_log="$work/app-$port-$(date +%s%N).log"
  start=$(date +%s%3N)
  # The search rate limit is per client address and the load generator is one address: lifted for the run.
  env ConnectionStrings__BoneInfo="Data Source=$db" Search__RateLimit__PermitLimit=1000000000 "$@" \
    "$work/app/BoneInfo.Web" --urls "http://127.0.0.1:$port" --contentRoot "$work/app" >"$app_log" 2>&1 &
  app_pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
    kill -0 "$app_pid" 2>/dev/null || { echo "The app exited:"; tail -20 "$app_log"; exit 1; }
    sleep 0.01
  done
  startup_ms=$(( $(date +%s%3N) - start ))
  startup_cpu_ms=$(cpu_ms "$app_pid")
}

stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; }

# The app's own account of its start (Hosting/StartupStages), from the log of the last start_app.
startup_stages() {
  sleep 0.2 # the "Listening" line may be written just after the first response
  echo "$(grep -o 'Start-up stages: .*' "$app_log" | sed 's/^Start-up stages: //'); $(grep -o 'Listening .*' "$app_log" | sed 's/^L/l/')"
}

# Quiet logs for load runs, except the start-up lines of the app itself.
quiet_logs=(Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__BoneInfo.Web=Information)

# wait_until_idle: the app starts loading the search catalog once it is up (seconds at 100 000 articles); waits until
# it uses less than 5 % of a core over 5 s (at most 10 minutes), so that measurements do not include that load.
wait_until_idle() {
  local before after
  for _ in $(seq 120); do
    before=$(cpu_ms "$app_pid"); sleep 5; after=$(cpu_ms "$app_pid")
    (( after - before < 250 )) && return 0
  done
}

# load_for SECONDS PORT: wrk at 16 connections over a mix of pages and searches (mix.lua).
load_for() {
  wrk -t2 -c16 -d"$1s" -s benchmarks/pages/mix.lua "http://127.0.0.1:$2" >/dev/null 2>&1
}

# server_time PORT LABEL PATH WARM N: N sequential GETs that miss the output cache (each with a query key of its own,
# and the cache varies by query) after WARM untimed ones. Prints a table row: minimum, p10, median and p90 of the
# server's own time (Serilog's request line, which needs Information logs) and curl's median. On a shared machine
# the minimum and p10 are the cost of the page; the median and p90 add the wait for a core.
server_time() {
  local port=$1 label=$2 path=$3 warm=$4 n=$5 sep='?' before cpu_before cpu_after server client
  [[ $path == *\?* ]] && sep='&'
  for i in $(seq "$warm"); do curl -s -o /dev/null "http://127.0.0.1:$port$path${sep}uncached=w$i$RANDOM"; done
  client=$(for i in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$path${sep}uncached=t$i$RANDOM"; done)
  sleep 0.5 # the log is written after the response
  server=$(grep -o 'responded [0-9]* in [0-9.]*' "$app_log" | tail -n "$n" | awk '{ print $4 }')
  echo "$server" | sort -n | awk -v label="$label" -v client="$(echo "$client" | awk '{ print $1 * 1000 }' | median)" -v load="$(load_average)" '
    { a[NR] = $1 }
    END { printf "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %s |\n", label, NR, a[1], a[int(NR * 0.1 + 0.5)], a[int((NR + 1) / 2)], a[int(NR * 0.9 + 0.5)], client, load }'
}

# library SIZE: a database of SIZE synthetic articles plus content/, with its search index, made once by the
# benchmark project and kept in $library_dir (set PAGES_LIBRARY_DIR to reuse one across runs). Prints its path.
library() {
  local folder="$library_dir/$1"
  if [ ! -f "$folder/boneinfo.db" ]; then
    rm -rf "$folder"
    dotnet run -c Release --project benchmarks/BoneInfo.Benchmarks -- library "$1" "$folder" >&2
  fi
  echo "$folder/boneinfo.db"
}
