#!/usr/bin/env bash
# The staff CSV import's speed on PostgreSQL (docs/benchmarks.md, "Contacts (issue 5)"), against COPY of the same rows.
# Sends FILE (e.g. import.csv of tools/contacts-synthetic/generate.py: 200,000 companies, each with one experience
# and one person) through the real code path — POST /api/v1/contacts/import?write=true as a signed-in admin: parse,
# check every row, look up duplicates in the database, write all in one transaction (the application log says how
# long each step took; a large import is indexed after the commit in the background, its own log line) — and
# times it; then copies the same file with psql's \copy into a scratch table of the same columns (text), and prints
# rows/s of both and their ratio. The rows written by the import stay: run it on a scratch database (kv_perf), once
# per generated file (a second run reports every row a duplicate, which times the check alone).
# Usage: bench/contacts-import.sh FILE [base-url] [database=kv_perf]. Environment: KV_ADMIN (admin),
# KV_ADMIN_PASSWORD, PGHOST (localhost), PGUSER (kv), PGPASSWORD (kv), APP_PID (prints the app's CPU time; the server's
# CPU for the app's connections is printed too when PostgreSQL runs on this machine).
set -euo pipefail
file=${1:?usage: bench/contacts-import.sh FILE [base-url] [database]}; base=${2:-http://localhost:8080}
db=${3:-kv_perf}
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-kv} PGPASSWORD=${PGPASSWORD:-kv}
: "${KV_ADMIN_PASSWORD:?set KV_ADMIN_PASSWORD}"
rows=$(( $(wc -l < "$file") - 1 ))
jar=$(mktemp); out=$(mktemp); trap 'rm -f "$jar" "$out"' EXIT
token() { curl -s -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=${KV_ADMIN:-admin}" \
  --data-urlencode "password=$KV_ADMIN_PASSWORD" --data-urlencode "_csrf=$(token /kirjaudu)" "$base/kirjaudu"
csrf=$(token /kv-yritykset)
[[ -n $csrf ]] || { echo "no CSRF token: did the sign-in fail?" >&2; exit 1; }
cpu() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
# PostgreSQL's side: the CPU of the server processes serving the application's JDBC connections to the database (when
# the server runs on this machine; their /proc entries).
pgcpu() {
  local t=0 p
  for p in $(psql -At "$db" -c "select pid from pg_stat_activity where datname = current_database()
      and application_name like 'PostgreSQL JDBC%'"); do
    t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) ))
  done
  echo $t
}
[[ -n ${APP_PID:-} ]] && before=$(cpu)
pgbefore=$(pgcpu)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s.%N)
status=$(curl -s -o "$out" -w '%{http_code}' -b "$jar" -H "X-CSRF-TOKEN: $csrf" \
  -F "file=@$file;type=text/csv" -F write=true "$base/api/v1/contacts/import")
took=$(echo "$(date +%s.%N) - $started" | bc)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $status == 200 ]] || { echo "import answered $status: $(head -c 600 "$out")" >&2; exit 1; }
grep -q '"written":true' "$out" || { echo "import wrote nothing: $(head -c 600 "$out")" >&2; exit 1; }
printf 'import (parse, check, write, commit; indexing of more than 5,000 rows follows in the background): %d rows in %.2f s = %.0f rows/s\n' "$rows" "$took" "$(echo "$rows / $took" | bc -l)"
if [[ -n ${APP_PID:-} ]]; then
  awk -v t=$(( $(cpu) - before )) -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "application CPU: %.1f s\n", t / hz}'
fi
awk -v t=$(( $(pgcpu) - pgbefore )) -v hz="$(getconf CLK_TCK)" \
  'BEGIN {printf "PostgreSQL CPU (the application'"'"'s connections; 0 when the server is elsewhere): %.1f s\n", t / hz}'
columns=$(head -1 "$file" | sed 's/,/ text,/g; s/$/ text/')
psql -q -v ON_ERROR_STOP=1 "$db" -c "drop table if exists bench_import_copy" -c "create table bench_import_copy ($columns)"
started=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 "$db" -c "\\copy bench_import_copy from '$file' (format csv, header true)"
copy=$(echo "$(date +%s.%N) - $started" | bc)
psql -q "$db" -c "drop table bench_import_copy"
printf 'COPY into a scratch table: %d rows in %.2f s = %.0f rows/s\n' "$rows" "$copy" "$(echo "$rows / $copy" | bc -l)"
printf 'ratio import / COPY: %.1f (COPY is %.1f times faster)\n' "$(echo "$took / $copy" | bc -l)" \
  "$(echo "$took / $copy" | bc -l)"
