#!/usr/bin/env bash
# Each request kind alone (docs/benchmarks.md, "Contacts (issue 5)"): starts JAR on a database made afresh from the
# template kv_perf_base and a copy of the index snapshot, with nothing kept (page and count caches off), requests each
# PATH 30 times to warm up, then N times in turn at one connection, and prints the median and p95 of curl's time_total
# and the application's CPU a request (user + system from /proc/PID/stat: what a busy machine disturbs least).
# Usage: bench/contacts-one-request.sh TAG JAR N PATH...
# Environment: DB (kv_one), PORT (8097), SNAPSHOT (/tmp/kvperf/data.base), DATA (/tmp/kvperf/one-data), DUMP=1 (also
# writes the total, the page's ids and the facets of every API path of bench/contacts-requests.txt to dump-TAG.txt, to
# compare two jars' answers).
set -euo pipefail
tag=$1; jar=$2; n=$3; shift 3
here=$(cd "$(dirname "$0")" && pwd)
port=${PORT:-8097}; base=http://localhost:$port; db=${DB:-kv_one}
snapshot=${SNAPSHOT:-/tmp/kvperf/data.base}; data=${DATA:-/tmp/kvperf/one-data}
export PGHOST=localhost PGUSER=kv PGPASSWORD=kv
psql -q postgres -c "drop database if exists $db" -c "create database $db template kv_perf_base strategy file_copy"
rm -rf "$data" && cp -a "$snapshot" "$data"
SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$db SPRING_DATASOURCE_USERNAME=kv SPRING_DATASOURCE_PASSWORD=kv \
  KV_DATA_DIR=$data /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx4g -Dkv.contacts.page-cache-size=0 \
  -Dkv.contacts.count-cache-size=0 -jar "$jar" --server.port=$port --kv.contacts.rebuild-index-on-start=false \
  >"${TMPDIR:-/tmp}/contacts-one-request-$tag.log" 2>&1 &
app=$!; trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 300); do curl -sf -o /dev/null "$base/api/v1/contacts/companies" && break; sleep 1; done
cpu() { awk '{print $14 + $15}' "/proc/$app/stat"; }
echo "== $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg) jar $(basename "$jar")"
if [[ -n ${DUMP:-} ]]; then
  grep '^/api' "$here/contacts-requests.txt" | while read -r p; do
    echo "$p $(curl -s "$base$p" | python3 -c 'import json, sys; d = json.load(sys.stdin)
print(d["total"], [c["id"] for c in d["companies"]], json.dumps(d.get("facets"), sort_keys=True))')"
  done >"dump-$tag.txt"
fi
for p in "$@"; do for _ in $(seq 30); do curl -s -o /dev/null "$base$p"; done; done
hz=$(getconf CLK_TCK)
for p in "$@"; do
  c0=$(cpu)
  ts=$(for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$p"; done | sort -n)
  c1=$(cpu)
  med=$(echo "$ts" | sed -n "$(( (n + 1) / 2 ))p"); p95=$(echo "$ts" | sed -n "$(( (n * 95 + 99) / 100 ))p")
  awk -v tag="$tag" -v p="$p" -v med="$med" -v p95="$p95" -v t=$(( c1 - c0 )) -v hz="$hz" -v n="$n" \
    -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {printf "%-6s %-58s median %6.1f ms p95 %6.1f ms cpu/req %5.1f ms  load %s\n",
    tag, p, med * 1000, p95 * 1000, t * 1000 / hz / n, load}'
done
