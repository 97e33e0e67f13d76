#!/usr/bin/env bash
# Issue #9: writes bench/sql/pages/<page>.sql — the SELECT statements one request of each load.sh entry really issues,
# with the parameters it bound — so that bench/pgbench.sh measures the database ceiling of exactly those statements.
#
#   bench/capture-sql.sh            (needs the bench dataset and a built jar; uses port 18098)
#
# How: starts the jar on the bench database with every statement logged (its own connections only:
# -c log_min_duration_statement=0 in the JDBC options), asks each page once between two marker statements, and cuts
# the server log (/var/log/postgresql/postgresql-*-main.log, or PG_LOG) between the markers. Writes are left out
# (pgbench would repeat them); so are the transaction and session statements.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-bench}
PORT=${CAPTURE_PORT:-18098}
PG_LOG=${PG_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log | head -1)}
JAR=${BENCH_JAR:-$(ls "$ROOT"/target/society-stations-*.jar | grep -v '\.original$' | head -1)}
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$PORT"

SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?options=-c%20log_min_duration_statement=0" \
SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" PORT=$PORT \
PLATFORM_DATA_DIR="$WORK/data" PLATFORM_SECOND_FACTOR_ROLES="" java -Xmx512m -jar "$JAR" --platform.evaluation.deadline-cron=- \
    --platform.revocation.no-progress-cron=- --platform.funding.reconciliation-cron=- --platform.reminders.cron=- \
    >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do
    curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 $APP 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
    sleep 1
done

# the entries, users and tokens of load.sh, and its sign-in
eval "$(sed -n '/^STATION=/,/^declare -A USERS/p' "$HERE/load.sh")"
PASSWORD=${BENCH_PASSWORD:-Bench@2026pw}
eval "$(sed -n '/^declare -A COOKIES/,/^}$/p' "$HERE/load.sh")"
eval "$(sed -n '/^auth_header() {/,/^}$/p' "$HERE/load.sh")"

mark() { PGOPTIONS='-c log_min_duration_statement=0' psql -X -q -d "$DB" -c "select 'bench-capture:$1'" >/dev/null; }
for entry in "${ENTRIES[@]}"; do
    IFS='|' read -r name who path <<<"$entry"
    auth_header "$who"
    curl -s -o /dev/null -H "$HEADER" "$BASE$path"           # warm: first-use work is not the page's
    offset=$(stat -c %s "$PG_LOG")
    mark "$name:begin"
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "$HEADER" "$BASE$path")
    sleep 0.3
    mark "$name:end"
    tail -c +"$((offset + 1))" "$PG_LOG" | python3 "$HERE/capture-sql.py" "$name" "$path ($who, HTTP $code)" \
        >"$HERE/sql/pages/$name.sql"
    echo "$name: HTTP $code, $(grep -c '^select\|^with' "$HERE/sql/pages/$name.sql" || true) statements"
done
