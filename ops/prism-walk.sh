#!/usr/bin/env bash
# The API walk through a validating proxy (issue #18): every call of docs/api-walk.sh and of a survey of the other
# operations (ops/prism-survey.sh: lists, details and their error answers) goes through Stoplight Prism reading
# docs/openapi.json, which checks each request and each answer against the document and logs every "Violation:".
# Prints the violations grouped by operation (requests and responses apart) and exits 1 if there is any.
#
#   ops/prism-walk.sh            build the jar, start the demo on a fresh database, walk, count
#   BUILD=0 ops/prism-walk.sh    reuse target/*.jar
#
# Settings (environment): DB (default test_prism, dropped and created anew), PGHOST (127.0.0.1), PGUSER (postgres,
# trust), PRISM_VERSION, KEEP=1 (leave the logs in the work folder). Needs java 17, node/npx, curl, jq, psql and
# libfaketime (Debian: apt-get install faketime): the application runs under a shifted clock file so that the walk can
# let a notice period end and an evaluation year pass, as the Java walk (ApiWalkTests) does with its test clock.
#
# Two proxies: "walk" carries only requests that are meant to be valid (a violation of the request or of the answer
# counts), "probe" carries the deliberately wrong ones (no token, malformed JSON, a wrong type), where Prism's
# request violation is the point and only the answer is counted.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PRISM_VERSION=${PRISM_VERSION:-5.14.2}
DB=${DB:-test_prism}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
WORK=$(mktemp -d -t prism-walk.XXXXXX)
LIBFAKETIME=${LIBFAKETIME:-$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -1)}
STARTED=$SECONDS
PIDS=()

cd "$ROOT"
for tool in java npx curl jq psql; do
  command -v "$tool" >/dev/null || { echo "prism-walk: $tool is missing" >&2; exit 2; }
done
[[ -n $LIBFAKETIME ]] || { echo "prism-walk: libfaketime is missing (apt-get install faketime)" >&2; exit 2; }

stop() {
  local pid
  for pid in "${PIDS[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  # a JVM still starting does not end on TERM (its shutdown hook waits for the start): KILL after 20 s
  for pid in "${PIDS[@]}"; do
    for _ in {1..20}; do kill -0 "$pid" 2>/dev/null && sleep 1; done
    kill -9 -- "-$pid" 2>/dev/null || true
  done
  [[ ${KEEP:-0} == 1 ]] && echo "logs kept in $WORK" || rm -rf "$WORK"
}
trap stop EXIT

# a port nobody listens on
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# background NAME COMMAND… — in its own process group (npx starts node as a child), logged to $WORK/NAME.log
background() {
  local name=$1; shift
  setsid "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=("$!")
}

wait_for() { # URL SECONDS — until the application has started and answers 2xx
  local i code
  for ((i = 0; i < $2; i++)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)
    [[ $code == 2?? ]] && grep -q "Started StationsApplication" "$WORK/app.log" && return 0
    kill -0 "${PIDS[0]}" 2>/dev/null || break
    sleep 1
  done
  echo "prism-walk: $1 did not answer (within $2 s)" >&2
  tail -n 20 "$WORK"/*.log >&2
  exit 2
}

# Prism's log as lines "PROXY CALL|VIOLATION METHOD OPERATION [request|response WHERE MESSAGE]": each call is the
# operation whose path template matches ("/results/years" before "/results/{year}"), each violation the last call's
observations() {
  jq -r '.paths | to_entries[] | .key as $p | .value | to_entries[] | "\(.key | ascii_upcase) \($p) \(.value.operationId)"' \
      docs/openapi.json | awk '{ print gsub(/\{[^}]*\}/, "&", $2), $0 }' | sort -n | cut -d' ' -f2- >"$WORK/operations"
  local proxy
  for proxy in walk probe; do
    awk -v proxy="$proxy" '
      FILENAME ~ /operations$/ { re = $2; gsub(/\{[^}]*\}/, "[^/]+", re); method[++n] = $1; path[n] = "^" re "$"; op[n] = $3; next }
      /\[HTTP SERVER\]/ {
        m = toupper($0); sub(/.*\[HTTP SERVER\] /, "", m); split(m, w, " "); p = $0; sub(/.*\[HTTP SERVER\] [a-z]+ /, "", p)
        sub(/ .*/, "", p); call = w[1] " unknown:" p
        for (i = 1; i <= n; i++) if (method[i] == w[1] && p ~ path[i]) { call = w[1] " " op[i]; break }
        print proxy, "CALL", call; next }
      /Violation: / { v = $0; sub(/.*Violation: /, "", v); print proxy, "VIOLATION", call, v }
    ' "$WORK/operations" "$WORK/$proxy.log"
  done
}

# calls and operations, then the violations grouped by operation: all of the walk proxy's, the probe proxy's answers
report() {
  local seen violations
  seen=$(observations)
  violations=$(awk '$2 == "VIOLATION" && ($1 == "walk" || $5 ~ /^response/)' <<<"$seen")
  echo
  echo "calls: $(grep -c ' CALL ' <<<"$seen") (walk $(grep -c '^walk CALL' <<<"$seen"), probe $(grep -c '^probe CALL' <<<"$seen")); \
operations: $(awk '$2 == "CALL" && $4 !~ /^unknown:/ { print $4 }' <<<"$seen" | sort -u | wc -l) of \
$(wc -l <"$WORK/operations"); \
run time $((SECONDS - STARTED)) s"
  echo "request violations: $(awk '$5 ~ /^request/' <<<"$violations" | grep -c . || true), \
response violations: $(awk '$5 ~ /^response/' <<<"$violations" | grep -c . || true)"
  (( WALK_STOPPED )) && echo "the walk stopped early (see above): these counts cover only part of it"
  [[ -z $violations ]] && return "$WALK_STOPPED"
  awk '{ kind = $5; sub(/[.].*/, "", kind); $1 = $2 = ""; print kind ":" $0 }' <<<"$violations" | sed 's/:  */: /' |
      sort | uniq -c | sort -k2,2 -k1,1nr
  exit 1
}

if [[ ${BUILD:-1} != 0 ]]; then
  ./mvnw -o -q package -DskipTests
fi
JAR=$(ls target/society-stations-*.jar | grep -v plain | head -1)

psql -qX -d postgres -c "drop database if exists $DB" -c "create database $DB"
APP_PORT=$(free_port) WALK_PORT=$(free_port) PROBE_PORT=$(free_port)
export FAKETIME_FILE=$WORK/faketime
echo "+0d" >"$FAKETIME_FILE"
# the shifted clock for the dates, the real monotonic one for the JVM's waits (faked, it makes the JVM 8 times slower)
background app env SPRING_PROFILES_ACTIVE=demo PORT="$APP_PORT" PLATFORM_DATA_DIR="$WORK/data" \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:5432/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD= LD_PRELOAD="$LIBFAKETIME" FAKETIME_TIMESTAMP_FILE="$FAKETIME_FILE" \
  FAKETIME_CACHE_DURATION=1 DONT_FAKE_MONOTONIC=1 FAKETIME_FORCE_MONOTONIC_FIX=0 java -Xmx512m -jar "$JAR" \
  --spring.datasource.hikari.data-source-properties.connectTimeout=30 \
  --spring.datasource.hikari.data-source-properties.loginTimeout=30 --spring.datasource.hikari.connection-timeout=30000
background walk npx -y "@stoplight/prism-cli@$PRISM_VERSION" proxy docs/openapi.json "http://127.0.0.1:$APP_PORT" \
  --errors=false -p "$WALK_PORT"
background probe npx -y "@stoplight/prism-cli@$PRISM_VERSION" proxy docs/openapi.json "http://127.0.0.1:$APP_PORT" \
  --errors=false -p "$PROBE_PORT"
wait_for "http://127.0.0.1:$APP_PORT/actuator/health" 900
# Prism is ready when it says so (a request to see would be a request to validate, and count)
for proxy in walk probe; do
  for _ in {1..60}; do grep -q "Prism is listening" "$WORK/$proxy.log" && break; sleep 1; done
done
echo "app :$APP_PORT, Prism $PRISM_VERSION walk :$WALK_PORT probe :$PROBE_PORT ($((SECONDS - STARTED)) s)"

export APP="http://127.0.0.1:$APP_PORT" BASE="http://127.0.0.1:$WALK_PORT" PROBE="http://127.0.0.1:$PROBE_PORT"
# shellcheck source=ops/prism-survey.sh
. ops/prism-survey.sh
WALK_STOPPED=0
survey_all || WALK_STOPPED=1

sleep 2 # Prism writes its last lines after answering
report
