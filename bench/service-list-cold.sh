#!/usr/bin/env bash
# Latency of the service list when the page cache cannot help: every request a different search (texts and company
# profiles of ../shared/data/queries-dev.json, in their languages), 50 concurrent connections (wrk, Debian package).
# Start the app first (bin/run, demo data loaded). Usage: bench/service-list-cold.sh [base-url] [duration=30s]
set -euo pipefail
base=${1:-http://localhost:8080}; duration=${2:-30s}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
script="$(dirname "$0")/service-list-cold.lua"
echo "warm-up"; wrk -t2 -c50 -d10s -s "$script" "$base" >/dev/null
wrk -t2 -c50 -d"$duration" --timeout 10s -s "$script" "$base"
