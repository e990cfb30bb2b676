#!/usr/bin/env bash
# Latency of the kv database's public search (GET /api/v1/contacts/companies and the page /kv-yritykset with facet
# counts) over the request mix of bench/contacts-requests.txt, anonymous, at 1 and at CONNECTIONS connections: runs
# bench/finder-wrk.sh (wrk, p50/p95/p99, application CPU per request with APP_PID) once for each.
# Start the app first on the database to measure (bench/contacts-load.sh). Usage: bench/contacts-wrk.sh [base-url]
# [duration=30s]. Environment: CONNECTIONS (default "1 8"), REQUESTS (default bench/contacts-requests.txt), APP_PID.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${1:-http://localhost:8080}; duration=${2:-30s}
export REQUESTS=${REQUESTS:-$here/contacts-requests.txt}
for c in ${CONNECTIONS:-1 8}; do
  echo "== $(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg)"
  CONNECTIONS=$c THREADS=$(( c < 2 ? c : 2 )) "$here/finder-wrk.sh" "$base" "$duration"
done
echo "== $(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg)"
