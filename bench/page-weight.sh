#!/usr/bin/env bash
# Transfer size of a page with everything it loads (stylesheets, scripts, images), gzip-compressed as a browser
# asks for it. Usage: bench/page-weight.sh [base-url=http://localhost:8080] [path=/]
set -euo pipefail
base=${1:-http://localhost:8080}; path=${2:-/}
tmp=$(mktemp)
curl -s --compressed -H 'Accept-Encoding: gzip' -o "$tmp" -w '%{size_download} %{url_effective}\n' "$base$path" > "$tmp.sizes"
grep -oE '(href|src)="/[^"]+\.(css|js|svg|png|woff2?)"' "$tmp" | sed -E 's/^(href|src)="//; s/"$//' | sort -u |
  while read -r asset; do
    curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download} %{url_effective}\n' "$base$asset"
  done >> "$tmp.sizes"
cat "$tmp.sizes"
awk '{s += $1} END {printf "total: %d bytes (%.1f KB) compressed\n", s, s / 1024}' "$tmp.sizes"
rm -f "$tmp" "$tmp.sizes"
