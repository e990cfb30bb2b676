# Sourced by the start-up benchmarks: wait_up PORT PID LOG waits until the application on PORT reports UP on its health
# endpoint, polling every 20 ms; fails, naming LOG, if the process PID has ended first.
wait_up() {
  local port=$1 pid=$2 log=$3
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "application died, see $log" >&2; return 1; }
    sleep 0.02
  done
}
