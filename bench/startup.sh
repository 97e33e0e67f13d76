#!/usr/bin/env bash
# Start-up to UP (issue #12): the embedded-database (demo) mode on a data dir that already holds data, measured from
# the launch of the command to the first /actuator/health answering UP, RUNS times each, with the CPU time the JVM had
# used by then (jar mode).
#   bench/startup.sh jar|mvn [RUNS] [extra JVM options …]
# jar: java -jar target/society-stations-*.jar (the packaged jar); mvn: ./mvnw -o -q spring-boot:run.
# JAR: another jar, e.g. the extracted one of ops/cds.sh. DATA (default /tmp/startup-bench) is created by a first, unmeasured start. The machine is shared: run it with nice
# and when nothing else runs, and read the minimum as well as the median. With the kernel's autogroups (Debian's default),
# plain nice does not count against other sessions: give this shell's group a priority instead, as root:
#   echo -10 > /proc/self/autogroup; bench/startup.sh jar 5
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: bench/startup.sh jar|mvn [RUNS] [JVM options]}; runs=${2:-5}; shift $(( $# >= 2 ? 2 : 1 ))
data=${DATA:-/tmp/startup-bench}; port=${PORT:-18480}
jar=${JAR:-$(ls target/society-stations-*.jar | grep -v original | head -1)}
launch() {
  if [ "$mode" = mvn ]; then
    PLATFORM_DATA_DIR=$data PORT=$port ./mvnw -o -q spring-boot:run \
      ${*:+-Dspring-boot.run.jvmArguments="$*"} >"$data.log" 2>&1 &
  else
    PLATFORM_DATA_DIR=$data PORT=$port java "$@" -jar "$jar" --spring.profiles.active=demo >"$data.log" 2>&1 &
  fi
  pid=$!
}
stop() {  # the launched process and, for spring-boot:run, the JVM it forked (by parent id)
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 || return 0; sleep 0.2; done
}
cpu_ms() {  # user + sys milliseconds the JVM has used so far (all threads; jar mode: the launched process is the JVM)
  [ "$mode" = jar ] && awk -v t="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$1/stat" || echo -
}
once() {  # COLD=1: the page cache dropped first (root), so jar, JDK and data are read from disk. Appends the milliseconds from launch to UP to times
  if [ "${COLD:-0}" = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
  local start=$(date +%s%N)
  launch "$@"
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "FATAL: the platform exited during start-up (see $data.log)" >&2; exit 1; }
    sleep 0.05
  done
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  cpus+=($(cpu_ms "$pid"))
  stop
}
mkdir -p "$(dirname "$data")"
times=(); cpus=()
[ -d "$data/postgres" ] || { echo "first start: creating $data" >&2; once "$@"; times=(); cpus=(); }
for _ in $(seq 1 "$runs"); do once "$@"; done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "start-up to UP ($mode${*:+ $*}), $runs runs, ms: ${times[*]}; min ${sorted[0]}, median ${sorted[$(( runs / 2 ))]}"
# CPU time is what a loaded, shared machine changes least: compare it as well as the wall time
if [ "$mode" = jar ]; then
  cpu_sorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
  echo "JVM CPU (user+sys) at UP, ms: ${cpus[*]}; min ${cpu_sorted[0]}, median ${cpu_sorted[$(( runs / 2 ))]}"
fi
