#!/usr/bin/env bash
# Clean restart after a crash, on the embedded database (issue #12, "Must be shown"):
#   start the runnable jar on a fresh data dir, wait for UP; kill -9 the JVM (its PostgreSQL lives on, orphaned);
#   start again on the same data dir: the first start must reach UP, having stopped the orphan (logged).
# Prints the time to UP of the cold start (empty dir: initdb + migrations) and of the restart (existing data).
# Embedded mode as the demo profile sets it up (generated keys in the data dir, one database user), but without the
# demo programme (platform.demo.enabled=false): building it is most of a cold start and has nothing to do with what
# a crash leaves behind; and C1 only, as the README advises for the embedded (single-node) mode.
# Usage: ops/restart-after-kill.sh [path/to/jar]   (default: target/society-stations-*.jar; build with ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-$(ls target/society-stations-*.jar | grep -v original | head -1)}
work=$(mktemp -d)
port=${PORT:-18480}
app=""
cleanup() {
  [ -n "$app" ] && kill -TERM "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  # a PostgreSQL still on the temp dir (a failed run) is stopped too
  for pid in $(pgrep -f "postgres -D $work" || true); do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 1; rm -rf "$work"
}
trap cleanup EXIT

start() {  # $1: log file; sets $app (the JVM) and $elapsed (seconds to UP)
  local began=$(date +%s.%N)
  PLATFORM_DATA_DIR="$work/data" PORT=$port setsid java -XX:TieredStopAtLevel=1 -jar "$jar" --spring.profiles.active=demo \
    --platform.demo.enabled=false >"$1" 2>&1 &
  app=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      elapsed=$(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'); return 0
    fi
    kill -0 "$app" 2>/dev/null || { tail -40 "$1"; echo "FATAL: the platform exited during start-up" >&2; return 1; }
    sleep 0.2
  done
  tail -40 "$1"; echo "FATAL: never UP" >&2; return 1
}

start "$work/first.log"; cold=$elapsed
echo "cold start (new data dir) to UP: ${cold} s"
kill -9 "$app"; wait "$app" 2>/dev/null || true; app=""
pgrep -f "postgres -D $work" >/dev/null || { echo "FATAL: no orphaned PostgreSQL after kill -9 (nothing shown)" >&2; exit 1; }
echo "kill -9: the JVM is gone, its PostgreSQL still runs on the data dir"

start "$work/second.log" || { echo "FATAL: the first start after kill -9 failed" >&2; exit 1; }
warm=$elapsed
grep -q 'still runs on' "$work/second.log" || { echo "FATAL: the orphan was not reported in the log" >&2; exit 1; }
grep 'still runs on' "$work/second.log" | sed 's/^/log: /'
echo "restart after kill -9 (existing data) to UP: ${warm} s"
echo "1 passed, 0 failed"
