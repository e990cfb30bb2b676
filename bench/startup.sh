#!/usr/bin/env bash
# Start-to-ready time of kv-verkosto on the embedded defaults (H2 + Lucene in a fresh data folder, demo data imported
# on first start): from launching bin/run until GET /actuator/health answers {"status":"UP"}.
# Usage: bench/startup.sh [runs=5]    KV_AOT=false measures the plain `java -jar target/kv-verkosto.jar` instead.
# Prints one line per run ("first start" = empty data folder, "restart" = the same folder again) and the medians.
# The jar, its extracted copy and the AOT cache are built beforehand (bin/run does it once), not timed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
JAVA_HOME=$(bin/java-home); export JAVA_HOME
port=${KV_BENCH_PORT:-18089}
warm=$(mktemp -d /tmp/kv-startup.XXXX)   # one untimed start builds what bin/run needs (jar, AOT cache)
# shellcheck source=bench/wait-up.sh
source bench/wait-up.sh
measure() { # $1 = data dir; prints milliseconds to UP
  local start end pid
  start=$(date +%s%N)
  KV_DATA_DIR=$1 KV_ADMIN_PASSWORD=benchmark-password-123 bin/run --server.port=$port >"$1.log" 2>&1 &
  pid=$!
  wait_up "$port" "$pid" "$1.log" || exit 1
  end=$(date +%s%N)
  # CPU time the JVM used until then (user + system, all threads): steadier than the wall clock on a busy machine.
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $cpu"
}
measure "$warm/data" >/dev/null; rm -rf "$warm"
first=(); again=(); firstcpu=(); againcpu=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/kv-startup.XXXX)
  read -r f fc < <(measure "$dir/data"); read -r r rc < <(measure "$dir/data")
  echo "run $i: first start ${f} ms (CPU ${fc} ms), restart ${r} ms (CPU ${rc} ms), load $(cut -d' ' -f1 /proc/loadavg)"
  first+=("$f"); again+=("$r"); firstcpu+=("$fc"); againcpu+=("$rc")
  rm -rf "$dir"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $runs: first start $(median "${first[@]}") ms (CPU $(median "${firstcpu[@]}") ms)," \
  "restart $(median "${again[@]}") ms (CPU $(median "${againcpu[@]}") ms)" \
  "(KV_AOT=${KV_AOT:-true}, $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1))"
