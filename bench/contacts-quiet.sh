#!/usr/bin/env bash
# Issue 5's figures (contacts) on a QUIET machine, in about 6–8 minutes: faceted search (bench/contacts-wrk.sh at 1 and
# 4 connections) and the CSV import of two fresh 200,000-row files (bench/contacts-import.sh: the first import after a
# start, JIT-cold for the import's code, then a second one on the same warm server once the first's background
# indexing has ended), on kv_perf at the issue's size (1,000,000 companies, 2,000,000 people, 3,000,000 experience
# rows) with the index built once in /tmp/kvperf/data.base (docs/benchmarks.md, "Contacts (issue 5)").
#
# Usage: bench/contacts-quiet.sh JAR [REPO]
#   JAR   the application to measure, e.g. /work/main/target/kv-verkosto.jar (copied aside first, so a build meanwhile
#         does not change it)
#   REPO  the checkout whose bench/ scripts are used (default: this checkout)
# Environment: SKIP_SEARCH=1 (the imports only), SKIP_IMPORT=1 (the searches only), PORT (8093), DURATION of each wrk run (20s), KV_JAVA_OPTS (more JVM options, e.g.
# -XX:StartFlightRecording=filename=/tmp/kvperf/q.jfr,settings=profile); DB (kv_perf), SNAPSHOT (/tmp/kvperf/data.base)
# and DATA (/tmp/kvperf/data): the database made from the template, the index snapshot (a branch whose index has other
# fields needs its own, see docs/benchmarks.md) and where it is copied for the run, so that two runs can be apart.
#
# State: kv_perf is made afresh before the run and again after it from the template database kv_perf_base (1,000,000
# companies, 2,000,000 people, 3,000,000 experience rows, 50,000 listings, the demo data's directory for the reference
# codes; `vacuum full analyze`d; `create database kv_perf template kv_perf_base strategy file_copy`, a few seconds), and
# the companies' index is restored from /tmp/kvperf/data.base (the 1M index; the app starts with
# --kv.contacts.rebuild-index-on-start=false and the script checks that the index holds as many companies as the
# database). So every run starts from the same state and imports the same two files, /tmp/kvperf/imports/f1.csv (cold)
# and f2.csv (warm) (import-variant.py, Business IDs below 2000000, new to kv_perf; f3–f8 are spares: COLD=, WARM=).
set -euo pipefail
jar=${1:?usage: contacts-quiet.sh JAR [REPO]}; repo=${2:-$(cd "$(dirname "$0")/.." && pwd)}
port=${PORT:-8093}; base=http://localhost:$port; duration=${DURATION:-20s}
kv=/tmp/kvperf; db=${DB:-kv_perf}; snapshot=${SNAPSHOT:-$kv/data.base}; data=${DATA:-$kv/data}
export PGHOST=localhost PGUSER=kv PGPASSWORD=kv KV_ADMIN=admin KV_ADMIN_PASSWORD=kvperf-admin-1
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
stamp=$(date -u +%Y%m%dT%H%M%SZ); out=$kv/quiet-$stamp; mkdir -p "$out"
exec > >(tee "$out/report.txt") 2>&1
say() { echo "== $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg) — $*"; }

# kv_perf as the template holds it: nothing of earlier imports, the same files and statistics every run.
fresh() {
  say "kv_perf made afresh from kv_perf_base"
  psql -q -v ON_ERROR_STOP=1 postgres -c "drop database if exists $db" \
    -c "create database $db template kv_perf_base strategy file_copy"
}
counts() {
  psql -At $db -c "select (select count(*) from contacts_company) || ' companies, '
    || (select count(*) from contacts_person) || ' people, ' || (select count(*) from contacts_experience)
    || ' experience rows, ' || pg_size_pretty(pg_database_size('$db'))"
}

cold=${COLD:-$kv/imports/f1.csv}; warm=${WARM:-$kv/imports/f2.csv}
[[ -d $snapshot/index ]] || { echo "no index snapshot in $snapshot" >&2; exit 1; }
say "start: $(nproc) cores, $(uptime -p); jar $jar; db $db, index $snapshot; files $(basename "$cold") (cold) and $(basename "$warm") (warm)"
cp "$jar" "$out/app.jar"
fresh
echo "kv_perf: $(counts)"
rm -rf "$data" && cp -a "$snapshot" "$data"

SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$db SPRING_DATASOURCE_USERNAME=kv SPRING_DATASOURCE_PASSWORD=kv \
  KV_DATA_DIR=$data \
  "$java" -Xmx4g ${KV_JAVA_OPTS:-} -jar "$out/app.jar" --server.port=$port --kv.contacts.rebuild-index-on-start=false \
  >"$out/app.log" 2>&1 &
app=$!
stop() { kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true; }
trap 'stop' EXIT
for _ in $(seq 180); do
  curl -sf -o /dev/null "$base/api/v1/contacts/companies" && break
  kill -0 $app 2>/dev/null || { echo "the app stopped: see $out/app.log" >&2; exit 1; }
  sleep 1
done
say "app started (pid $app): $(grep -o 'Started KvVerkostoApplication in [0-9.]* seconds' "$out/app.log")"
indexed=$(curl -s "$base/api/v1/contacts/companies" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
companies=$(psql -At $db -c "select count(*) from contacts_company where archived_at is null")
echo "index: $indexed companies found by an unfiltered search; database: $companies"
[[ $indexed == "$companies" ]] || { echo "the index is not complete: rebuild $snapshot" >&2; exit 1; }

if [[ -z ${SKIP_SEARCH:-} ]]; then
  say "faceted search: bench/contacts-wrk.sh, 1 and 4 connections, $duration each after a 10 s warm-up"
  APP_PID=$app CONNECTIONS="1 4" "$repo/bench/contacts-wrk.sh" "$base" "$duration"
  if [[ -f $repo/bench/contacts-near-requests.txt ]]; then
    say "distance filter: bench/contacts-near-requests.txt, 1 and 4 connections"
    REQUESTS=$repo/bench/contacts-near-requests.txt APP_PID=$app CONNECTIONS="1 4" "$repo/bench/contacts-wrk.sh" "$base" "$duration"
  fi
fi

if [[ -n ${SKIP_IMPORT:-} ]]; then stop; fresh; rm -rf "$data" && cp -a "$snapshot" "$data"; say "done (no import)"; exit 0; fi
say "import 1 (the first import after the start: the import's code JIT-cold): $(basename "$cold")"
APP_PID=$app "$repo/bench/contacts-import.sh" "$cold" "$base" $db
grep 'Import of .* rows checked\|Imported .* rows: checked' "$out/app.log" | tail -2 | sed 's/.*\] [^ ]* *: /  log: /'
say "waiting for import 1's background indexing"
for _ in $(seq 600); do grep -q 'Imported companies indexed' "$out/app.log" && break; sleep 1; done
grep 'Imported companies indexed' "$out/app.log" | sed 's/.*\] [^ ]* *: /  log: /'
# The change of the index makes the application count its recent searches again in the background a second later
# (kv.contacts.warm-searches): let that end before the next import is timed.
sleep 8
say "import 2 (the same server, warm): $(basename "$warm")"
APP_PID=$app "$repo/bench/contacts-import.sh" "$warm" "$base" $db
grep 'Import of .* rows checked\|Imported .* rows: checked' "$out/app.log" | tail -2 | sed 's/.*\] [^ ]* *: /  log: /'
sleep 2
stop
fresh
rm -rf "$data" && cp -a "$snapshot" "$data"
say "done; kv_perf: $(counts); report in $out/report.txt, application log $out/app.log"
