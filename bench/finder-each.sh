#!/usr/bin/env bash
# Time of each request of bench/finder-requests.txt alone (curl, one at a time, after one untimed call): which kinds of
# finder request are slow. Usage: bench/finder-each.sh [base-url] [rounds=5]   Prints median and max in ms per request.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${1:-http://localhost:8080}; rounds=${2:-5}
grep -v '^#' "${REQUESTS:-$here/finder-requests.txt}" | while read -r path; do
  curl -s -o /dev/null "$base$path"
  times=$(for _ in $(seq "$rounds"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$path"; done | sort -n)
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}')
  max=$(echo "$times" | tail -1 | awk '{print $1 * 1000}')
  printf '%8.1f %8.1f  %s\n' "$median" "$max" "$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote_plus(sys.argv[1])[15:120])' "$path")"
done
