#!/usr/bin/env bash
# Latency of the network API (GET /api/v1/network) on the running application: bench/finder-wrk.sh's load and
# report, cycling through the requests of bench/network-requests.txt. Start the app first (bin/run, demo data).
# Usage: [APP_PID=...] [CONNECTIONS=20] bench/network-wrk.sh [base-url] [duration=30s]
here=$(cd "$(dirname "$0")" && pwd)
REQUESTS=${REQUESTS:-$here/network-requests.txt} exec "$here/finder-wrk.sh" "$@"
