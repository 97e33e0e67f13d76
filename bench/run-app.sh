#!/usr/bin/env bash
# Runs the platform on the bench database for bench/load.sh (issue #9).
#
#   bench/run-app.sh start|stop|restart
#
# The bench signs in with a password only (PLATFORM_SECOND_FACTOR_ROLES empty unless given): it measures the lists,
# not the TOTP step, and wrk cannot type a code.
#
# Environment: BENCH_JAR (default target/society-stations-*.jar), PORT (18080), BENCH_DB (bench), PGHOST, PGPORT,
# PGUSER, PGPASSWORD, BENCH_HEAP (512m), BENCH_APP_DIR (/tmp/bench-app: pid file, log, files directory).
# The nightly jobs are switched off (cron "-") so that none of them runs during a measurement. The bench runs as one
# database user with a generated integrity key in BENCH_APP_DIR (issue #11).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PORT=${PORT:-18080}
DIR=${BENCH_APP_DIR:-/tmp/bench-app}
PIDFILE="$DIR/app.pid"
mkdir -p "$DIR"
BENCH_APP_DIR=$DIR
# shellcheck source=bench/app-env.sh
source "$HERE/app-env.sh"

stop() {
    [[ -f $PIDFILE ]] || return 0
    local pid
    pid=$(cat "$PIDFILE")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"   # a JVM wedged by OutOfMemoryError ignores SIGTERM
    fi
    rm -f "$PIDFILE"
    echo "stopped $pid"
}

start() {
    local jar
    jar=${BENCH_JAR:-$(ls "$ROOT"/target/society-stations-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)}
    [[ -n $jar && -f $jar ]] || { echo "no jar: build one or set BENCH_JAR" >&2; exit 1; }
    SPRING_DATASOURCE_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/${BENCH_DB:-bench}" \
    SPRING_DATASOURCE_USERNAME="${PGUSER:-postgres}" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    PORT=$PORT PLATFORM_DATA_DIR="$DIR/data" \
        nohup java -Xmx"${BENCH_HEAP:-512m}" -jar "$jar" "${BENCH_APP_ARGS[@]}" >>"$DIR/app.log" 2>&1 &
    echo $! >"$PIDFILE"
    # the first start after an upgrade migrates the national-scale data (V29 rewrites 4.8 million ledger lines: minutes)
    for _ in $(seq 1 "${BENCH_START_WAIT:-1200}"); do
        curl -fs -m 2 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && { echo "started $(cat "$PIDFILE") on port $PORT ($jar)"; return 0; }
        kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { echo "the platform stopped; see $DIR/app.log" >&2; exit 1; }
        sleep 1
    done
    echo "not UP after ${BENCH_START_WAIT:-1200} s; see $DIR/app.log" >&2
    exit 1
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    restart) stop; start ;;
    *) echo "usage: bench/run-app.sh start|stop|restart" >&2; exit 2 ;;
esac
