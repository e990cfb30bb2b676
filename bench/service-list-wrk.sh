#!/usr/bin/env bash
# Latency of the service list with a search term at 50 concurrent connections (wrk, Debian package).
# Start the app first (bin/run, demo data loaded). Usage: bench/service-list-wrk.sh [base-url] [duration=30s]
set -euo pipefail
base=${1:-http://localhost:8080}; duration=${2:-30s}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
url="$base/palvelut?q=vientirahoitus"
echo "warm-up"; wrk -t2 -c50 -d10s "$url" >/dev/null
wrk -t2 -c50 -d"$duration" -s "$(dirname "$0")/percentiles.lua" -H "Accept-Encoding: gzip" "$url"
