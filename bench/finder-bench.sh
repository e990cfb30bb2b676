#!/usr/bin/env bash
# The whole finder benchmark on an imported catalogue (docs/benchmarks.md, "Finder (issue 3)"): copies DATA_DIR to a
# fresh folder, starts the application on the copy (no demo data, port 18090), runs bench/finder-wrk.sh (20
# connections, 60 s warm-up, then DURATION) and once more at 1 connection (the latency of a request alone, without
# queueing), stops the application, then runs the raw Lucene baseline on the same index (bench/finder-lucene.sh,
# single-threaded; RAW_THREADS=20 also runs it with 20 threads). The copy is deleted at the end.
# Usage: bench/finder-bench.sh DATA_DIR [duration=30s]      (DATA_DIR: KV_DATA_DIR of an import-hsds run)
# Environment: KV_JAVA_OPTS (e.g. -XX:StartFlightRecording=filename=finder.jfr,settings=profile), PORT (18090),
# LUCENE=false to skip the baseline, WARMUP (60s: a freshly started JVM is still compiling the request path after 10 s
# of wrk, and the compiler threads' CPU — a fifth of the first half-minute's — was counted as the requests').
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 && -d $1/index/service ]] || { sed -n '2,8p' "$0" >&2; exit 2; }
source=$1; duration=${2:-30s}; port=${PORT:-18090}
JAVA_HOME=$(bin/java-home); export JAVA_HOME
[[ -f target/kv-verkosto.jar ]] || mvn -B -q -o -DskipTests package
pid=
data=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; [[ -n $data ]] && rm -rf "$data"; }
trap cleanup EXIT
start() { # $1 = data dir, $2 = java options; returns when the app is up and any index rebuild it began is done
  # shellcheck disable=SC2086
  KV_DATA_DIR=$1 KV_DEMO_DATA=false "$JAVA_HOME/bin/java" $2 -jar target/kv-verkosto.jar --server.port="$port" \
    >"$1.bench.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"' \
      && { ! grep -qE 'indexing them in the background|rebuilding it in the background' "$1.bench.log" \
           || grep -q 'Search index rebuilt' "$1.bench.log"; }; do
    kill -0 "$pid" 2>/dev/null || { echo "application died, see $1.bench.log" >&2; exit 1; }
    sleep 1
  done
  grep -o "Search index rebuilt.*" "$1.bench.log" || true
}
if [[ ! -f $source/index/kv-layout-version ]]; then
  # import-hsds leaves no note of the index layout, so the first start rebuilds the index: do it once, in place.
  echo "first start on $source: the application rebuilds its index"
  start "$source" ""
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
fi
data=$(mktemp -d /tmp/kv-finder-bench.XXXX)
cp -a "$source/." "$data/"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GB, $(uname -r), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start "$data" "${KV_JAVA_OPTS:-}"
echo "services in the catalogue (HSDS API): $(curl -fs "http://localhost:$port/api/hsds/services?per_page=1" | grep -o '"total_items":[0-9]*' || echo '?')"
APP_PID=$pid WARMUP=${WARMUP:-60s} bench/finder-wrk.sh "http://localhost:$port" "$duration"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
APP_PID=$pid CONNECTIONS=1 WARMUP=3s bench/finder-wrk.sh "http://localhost:$port" "$duration" | grep -vE '^ |^Running|^Req|^Trans'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
if [[ ${LUCENE:-true} != false ]]; then
  bench/finder-lucene.sh "$data" --threads 1 2>/dev/null | tee "$data.lucene" | grep -E '^(index|raw Lucene)'
  [[ -n ${KEEP_LUCENE:-} ]] && cp "$data.lucene" "$KEEP_LUCENE"
  rm -f "$data.lucene"
  for t in ${RAW_THREADS:-}; do
    bench/finder-lucene.sh "$data" --threads "$t" --rounds 10 --warmup 5 2>/dev/null | grep -E '^raw Lucene'
  done
fi
rm -f "$data.bench.log"
