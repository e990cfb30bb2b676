#!/usr/bin/env bash
# Interleaved restarts of several builds or JVM options (docs/benchmarks.md, issue 2), compared run by run:
#   bench/startup-ab.sh RUNS "name|APP_JAR|AOT_CACHE|JVM_OPTIONS" ...   (AOT_CACHE "-" for none; APP_JAR an extracted jar,
#   target/aot/app/kv-verkosto.jar after bin/run, with its cache target/aot/kv-verkosto.aot)
# Each variant gets its own data folder with the demo data (one untimed first start), then RUNS restarts each, one of
# each in turn. Prints the milliseconds until /actuator/health is UP, the CPU time until then, and the CPU by thread
# group (C2 and C1 compilers, GC and VM threads, request threads, the rest). JAVA selects the java binary.
set -uo pipefail
JAVA=${JAVA:-$(cd "$(dirname "$0")/.." && bin/java-home)/bin/java}
runs=$1; shift
port=18123
hz=$(getconf CLK_TCK)
# shellcheck source=bench/wait-up.sh
source "$(cd "$(dirname "$0")" && pwd)/wait-up.sh"
start_one() { # name jar cache opts datadir -> "wall cpu groups"
  local name=$1 jar=$2 cache=$3 opts=$4 dir=$5 pid s e
  local copt=(); [[ $cache != - ]] && copt=(-XX:AOTCache=$cache)
  s=$(date +%s%N)
  KV_DATA_DIR=$dir KV_ADMIN_PASSWORD=benchmark-password-123 "$JAVA" -Dspring.aot.enabled=true "${copt[@]}" $opts -jar "$jar" --server.port=$port >"$dir.log" 2>&1 &
  pid=$!
  wait_up "$port" "$pid" "$dir.log" || return 1
  e=$(date +%s%N)
  local cpu groups
  cpu=$(awk -v hz=$hz '{print int(($14+$15)*1000/hz)}' /proc/$pid/stat)
  groups=$(for t in /proc/$pid/task/*; do
      n=$(tr ' ' '_' < $t/comm); awk -v n="$n" -v hz=$hz '{sub(/^[^)]*\) /,""); print n, int(($12+$13)*1000/hz)}' $t/stat 2>/dev/null
    done | awk '{n=$1; g="other"; if(n~/^C2_/)g="C2"; else if(n~/^C1_/)g="C1"; else if(n=="main")g="main"; else if(n~/^G1|^GC|VM_Thread|Serial/)g="gc+vm"; else if(n~/exec|http/)g="http"; s[g]+=$2} END{for(g in s) printf "%s=%d ", g, s[g]}')
  kill $pid; wait $pid 2>/dev/null
  echo "$(( (e-s)/1000000 )) $cpu $groups"
}
declare -a names jars caches optss
for v in "$@"; do IFS='|' read -r n j c o <<<"$v"; names+=("$n"); jars+=("$j"); caches+=("$c"); optss+=("$o"); done
for i in "${!names[@]}"; do
  d=/tmp/ab-${names[$i]}; rm -rf $d; mkdir -p $d
  start_one "${names[$i]}" "${jars[$i]}" "${caches[$i]}" "${optss[$i]}" $d/data >/dev/null || exit 1
done
for r in $(seq 1 $runs); do
  for i in "${!names[@]}"; do
    echo "${names[$i]} run $r: $(start_one "${names[$i]}" "${jars[$i]}" "${caches[$i]}" "${optss[$i]}" /tmp/ab-${names[$i]}/data) load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
