#!/usr/bin/env bash
# Latency of the finder API (GET /api/v1/finder) at 20 concurrent connections (wrk, Debian package), cycling through
# the 30 requests of bench/finder-requests.txt (the texts, languages and company profiles of queries-dev.json).
# Start the app first on the catalogue to measure. Usage: bench/finder-wrk.sh [base-url] [duration=30s]
# Environment: CONNECTIONS (20), THREADS (2), WARMUP (10s), REQUESTS (a file of paths, one a line), TIMEOUT (30s:
# a slower answer counts as an error, and wrk leaves errors out of the percentiles), APP_PID (the application's
# process: also prints the CPU time it spent per request, a figure that a busy machine disturbs less than latency).
# Prints requests, errors, req/s and p50/p95/p99 of the measured run (the warm-up is not counted).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${1:-http://localhost:8080}; duration=${2:-30s}
connections=${CONNECTIONS:-20}; threads=${THREADS:-2}; warmup=${WARMUP:-10s}; timeout=${TIMEOUT:-30s}
(( threads > connections )) && threads=$connections
requests=${REQUESTS:-$here/finder-requests.txt}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
first=$(grep -v '^#' "$requests" | head -1)
status=$(curl -s -o /dev/null -w '%{http_code}' "$base$first")
[[ $status == 200 ]] || { echo "GET $base$first answered $status, not 200: is the app running?" >&2; exit 1; }
echo "warm-up $warmup"
wrk -t"$threads" -c"$connections" -d"$warmup" --timeout "$timeout" -s "$here/finder.lua" "$base" -- "$requests" \
  >/dev/null
cpu() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; } # user + system clock ticks
[[ -n ${APP_PID:-} ]] && before=$(cpu)
echo "$(basename "$requests" .txt): $connections connections, $threads threads, $duration, $(grep -vc '^#' "$requests") request kinds"
wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" -s "$here/finder.lua" -H "Accept-Encoding: gzip" \
  "$base" -- "$requests" | tee "${TMPDIR:-/tmp}/finder-wrk.$$"
if [[ -n ${APP_PID:-} ]]; then
  requests_done=$(awk '/^requests:/ {print $2}' "${TMPDIR:-/tmp}/finder-wrk.$$" | tr -d ,)
  awk -v t=$(( $(cpu) - before )) -v hz="$(getconf CLK_TCK)" -v n="$requests_done" \
    'BEGIN {printf "application CPU: %.1f ms per request (%d requests)\n", t * 1000 / hz / n, n}'
fi
rm -f "${TMPDIR:-/tmp}/finder-wrk.$$"
