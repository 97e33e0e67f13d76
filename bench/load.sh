#!/usr/bin/env bash
# Issue #9: HTTP load on the most-used lists and their API twins, against a platform running on the bench dataset
# (bench/generate.sh). See bench/README.md.
#
#   bench/load.sh <label> [base-url]        e.g. bench/load.sh before http://localhost:18080
#
# Writes bench/results/<label>-<date>.txt (every wrk run in full) and bench/results/<label>-summary.md.
# Environment: SETTLE_MAX (90: seconds to wait for a quiet machine before each run), DURATION (10s per run, longer for a slow page up to MAX_DURATION=45), WARMUP (3s, at 1 connection), CONCURRENCY ("1 16 64"), TIMEOUT (20s),
# BENCH_PASSWORD (Bench@2026pw), ONLY (a regular expression: run only the entries whose name matches),
# SLOW (2: a page whose single request takes longer is measured at 1 connection only), RESTART (a command run when
# the platform stops answering, e.g. "bench/run-app.sh restart"; without it the remaining entries are skipped).
set -euo pipefail

# --- what is measured: name | who | path ----------------------------------------------------------------------
# who: anon; a session signed in through the login form: city (bench-city), county (bench-county),
# applicant (bench-applicant), audit (bench-audit); or a personal access token: token:city, token:county,
# token:applicant. Add a line to measure another page.
STATION=12345   # an ordinary station: 100 evidence records, 5 results, 2 instalments, ~240 ledger lines
ENTRIES=(
    "stations|city|/stations"
    "applications|city|/applications"
    "results-2025|city|/evaluations/results/2025"
    "public-stations|anon|/public/stations"
    "home|city|/"
    "audit|audit|/audit"
    "audit-search|audit|/audit?q=bench-city2"
    "statistics|city|/reports/statistics"
    "funding|city|/funding"
    "funding-overview|city|/funding/overview"
    "units|city|/units"
    "station-detail|city|/stations/$STATION"
    "ledger-detail|city|/funding/ledgers/$STATION"
    "api-stations|token:city|/api/stations"
    "api-applications|token:city|/api/applications"
    "api-results-2025|token:city|/api/evaluations/results/2025"
    "api-statistics|token:city|/api/reports/statistics"
    "api-funding-instalments|token:city|/api/funding/instalments"
    "api-funding-ledgers|token:city|/api/funding/ledgers"
    "api-funding-overview|token:city|/api/funding/overview"
    "api-units|token:city|/api/units"
    "api-station-detail|token:city|/api/stations/$STATION"
    "api-ledger-detail|token:city|/api/funding/ledgers/$STATION"
    # the floor: a signed-in page with no list (the layout, the session, the security chain) and the sign-in page
    "floor-signed-in|city|/account/password"
    "floor-anonymous|anon|/login"
    # county-scoped variants (one jurisdiction of nine):
    # "stations-county|county|/stations"
    # "api-stations-county|token:county|/api/stations"
)
declare -A TOKENS=(
    [city]=qzst_BenchCityIssue9NationalScaleToken0000000000
    [county]=qzst_BenchCountyIssue9NationalScaleToken00000000
    [applicant]=qzst_BenchApplicantIssue9NationalScaleToken00000
)
declare -A USERS=([city]=bench-city [county]=bench-county [applicant]=bench-applicant [audit]=bench-audit)

LABEL=${1:?usage: bench/load.sh <label> [base-url]}
BASE=${2:-http://localhost:8080}
BASE=${BASE%/}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONCURRENCY=${CONCURRENCY:-1 16 64}
TIMEOUT=${TIMEOUT:-20s}
PASSWORD=${BENCH_PASSWORD:-Bench@2026pw}
ONLY=${ONLY:-.}
SLOW=${SLOW:-2}
MAX_DURATION=${MAX_DURATION:-45}
RESTART=${RESTART:-}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$HERE/results"
OUT="$HERE/results/$LABEL-$(date +%Y-%m-%d).txt"
SUMMARY="$HERE/results/$LABEL-summary.md"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
timeout_s=${TIMEOUT%s}

command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null; }
command -v curl >/dev/null || apt-get install -y curl >/dev/null

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT"; }

# Signs in through the login form: GET /login for the session cookie and the form's _csrf field, then POST the
# credentials with it; keeps the session cookie (JSESSIONID, or SESSION with Spring Session).
declare -A COOKIES=()
sign_in() {
    local who=$1 jar="$WORK/$1.cookies" csrf code
    rm -f "$jar"
    csrf=$(curl -fsS -m 30 -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 \
           | sed 's/.*value="//; s/"$//')
    [[ -n $csrf ]] || { echo "no _csrf field on $BASE/login" >&2; return 1; }
    code=$(curl -sS -m 30 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "username=${USERS[$who]}" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$csrf" "$BASE/login")
    if [[ $code != 302* || $code == *error* || $code == *password* ]]; then
        echo "sign-in as ${USERS[$who]} failed: $code" >&2; return 1
    fi
    COOKIES[$who]=$(awk '{ sub(/^#HttpOnly_/, "") } $0 !~ /^#/ && NF >= 7 && $6 ~ /^(SESSION|JSESSIONID)$/ { print $6 "=" $7 }' "$jar" \
                    | paste -sd ';' -)
    [[ -n ${COOKIES[$who]} ]] || { echo "no session cookie for ${USERS[$who]}" >&2; return 1; }
}

# sets HEADER for an entry's "who" (signs in first when needed)
auth_header() {
    local who=$1
    case $who in
        anon) HEADER="X-Bench: anonymous" ;;
        token:*) HEADER="Authorization: Bearer ${TOKENS[${who#token:}]}" ;;
        *) if [[ -z ${COOKIES[$who]:-} ]]; then sign_in "$who" || return 1; fi
           HEADER="Cookie: ${COOKIES[$who]}" ;;
    esac
}

up() { curl -fs -m 10 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; }

# Whether the platform still answers (60 s of tries); if not and RESTART is set, runs it (sessions are then lost).
alive_or_restart() {
    local i
    for i in $(seq 1 6); do up && return 0; sleep 10; done
    if [[ -n $RESTART ]]; then
        log "   the platform stopped answering: $RESTART"
        bash -c "$RESTART" >>"$OUT" 2>&1 || true
        COOKIES=()
        up && return 1
    fi
    log "   the platform stopped answering and was not restarted: the remaining entries are not measured"
    return 2
}

# CPU busy share of this machine over one second (app, database and wrk run here)
cpu_busy() {
    local a b
    a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
    local idle=$(( (b[4] + b[5]) - (a[4] + a[5]) )) total=0 i
    for i in 1 2 3 4 5 6 7 8; do total=$(( total + b[i] - a[i] )); done
    echo $(( total > 0 ? 100 * (total - idle) / total : 0 ))
}

# Waits until the platform has finished what the previous run left in flight (wrk closes its connections, the server
# still renders those pages): the machine's CPU below 25 % and the health check fast; at most SETTLE_MAX (90) s — less
# when other work shares the machine on purpose and the measured processes run at a higher priority. Fails at once
# when the health check does not answer within 5 s twice in a row (then alive_or_restart decides).
settle() {
    local t end=$((SECONDS + ${SETTLE_MAX:-90})) silent=0
    while (( SECONDS < end )); do
        t=$(curl -s -o /dev/null -m 5 -w '%{time_total}' "$BASE/actuator/health" || echo 9)
        if awk -v t="$t" 'BEGIN { exit !(t >= 5) }'; then
            silent=$((silent + 1)); (( silent >= 2 )) && return 1; continue
        fi
        silent=0
        IDLE_CPU=$(cpu_busy)
        if awk -v t="$t" 'BEGIN { exit !(t < 0.2) }' && (( IDLE_CPU < 25 )); then return 0; fi
    done
    return 1
}

# A run lasts DURATION, longer for a slow page so that some requests finish in it: 2.5 x (one request alone) x
# (connections per core), at most MAX_DURATION seconds.
duration_for() {
    awk -v base="${DURATION%s}" -v s="$1" -v c="$2" -v max="$MAX_DURATION" 'BEGIN {
        per = c / 2; if (per < 1) per = 1
        d = 2.5 * s * per; if (d > max) d = max; if (d < base) d = base
        printf "%ds", d + 0.999 }'
}

# wrk's figures: requests/s, p50, p99, requests, socket errors, non-2xx/3xx
parse() {
    awk '
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
        / requests in / { n = $1 }
        /Socket errors/ { gsub(",", ""); err = "connect " $4 " read " $6 " write " $8 " timeout " $10 }
        /Non-2xx or 3xx/ { non2 = $NF }
        END { if (n == 0) { p50 = "-"; p99 = "-" }
              printf "%s|%s|%s|%s|%s|%s", rps == "" ? 0 : rps, p50, p99, n, err == "" ? "-" : err, non2 == "" ? 0 : non2 }' "$1"
}

{
    echo "# bench/load.sh $LABEL $BASE — $(date -Is)"
    echo "# $(nproc) cores; wrk $DURATION per run or longer for a slow page (warm-up $WARMUP at 1 connection), --timeout $TIMEOUT, concurrency: $CONCURRENCY"
    echo "# platform: $(curl -s -m 10 "$BASE/actuator/health")"
    echo
} >"$OUT"

empty_cells() { local c r=""; for c in $CONCURRENCY; do r+=" | - | - | -"; done; echo "$r"; }

ROWS=()
stopped=false
IDLE_CPU=?
for entry in "${ENTRIES[@]}"; do
    IFS='|' read -r name who path <<<"$entry"
    [[ $name =~ $ONLY ]] || continue
    if $stopped; then ROWS+=("| $name | \`$path\` | not measured$(empty_cells) | platform down |"); continue; fi
    settle || log "warning: the platform is still busy before $name"
    if ! auth_header "$who"; then
        ROWS+=("| $name | \`$path\` | sign-in failed$(empty_cells) | - |"); continue
    fi
    url="$BASE$path"
    # one request first: status, size and time; a page that fails or takes longer than the timeout is not loaded
    probe=$(curl -s -o /dev/null -m "$timeout_s" -H "$HEADER" -w '%{http_code} %{time_total} %{size_download}' "$url" || true)
    read -r code secs size <<<"${probe:-000 $timeout_s 0}"
    log "== $name ($who) $path: HTTP $code in ${secs}s, $size bytes"
    if [[ $code != 200 ]]; then
        if [[ $code == 000 ]]; then reason="timeout > $TIMEOUT"; else reason="HTTP $code"; fi
        ROWS+=("| $name | \`$path\` | $reason$(empty_cells) | not loaded |")
        log "   not loaded: $reason"
        rc=0; alive_or_restart || rc=$?
        if (( rc == 2 )); then stopped=true; fi
        continue
    fi
    single=$(awk -v s="$secs" 'BEGIN { printf "%.2f s", s }')
    kb=$(awk -v b="$size" 'BEGIN { printf "%.0f", b / 1024 }')
    wrk -t1 -c1 -d"$WARMUP" --timeout "$TIMEOUT" -H "$HEADER" "$url" >/dev/null 2>&1 || true
    row="| $name | \`$path\` | $single, $kb KB"
    notes=""
    down=false
    for c in $CONCURRENCY; do
        if $down; then row+=" | - | - | -"; continue; fi
        if (( c > 1 )) && awk -v s="$secs" -v m="$SLOW" 'BEGIN { exit !(s > m) }'; then
            # a page this slow alone only piles up at higher concurrency (and keeps the server busy afterwards)
            row+=" | - | - | -"
            notes+="c=$c not run (one request alone > ${SLOW} s); "
            continue
        fi
        if ! settle; then
            rc=0; alive_or_restart || rc=$?
            if (( rc != 0 )); then
                notes+="platform stopped answering before c=$c${RESTART:+, restarted}; "; row+=" | - | - | -"; down=true
                if (( rc == 2 )); then stopped=true; fi
                continue
            fi
            log "warning: the platform is still busy before $name c=$c"
        fi
        t=$(( c < 2 ? 1 : 2 ))
        d=$(duration_for "$secs" "$c")
        wrk -t"$t" -c"$c" -d"$d" --timeout "$TIMEOUT" --latency -H "$HEADER" "$url" >"$WORK/wrk.txt" 2>&1 || true
        { echo "-- $name c=$c ($d)"; cat "$WORK/wrk.txt"; echo; } >>"$OUT"
        IFS='|' read -r rps p50 p99 n err non2 <<<"$(parse "$WORK/wrk.txt")"
        log "   c=$c ($d): $rps req/s, p50 $p50, p99 $p99, $n requests, socket errors $err, non-2xx $non2 (CPU busy before: ${IDLE_CPU}%, load after: $(cut -d' ' -f1 /proc/loadavg))"
        row+=" | $rps | $p50 | $p99"
        if [[ $err != "-" || $non2 != 0 ]]; then notes+="c=$c: $n requests, socket errors $err, non-2xx $non2; "; fi
        rc=0; alive_or_restart || rc=$?
        if (( rc != 0 )); then
            notes+="platform stopped answering after c=$c${RESTART:+, restarted}; "
            down=true
            if (( rc == 2 )); then stopped=true; fi
        fi
    done
    if ! $down; then
        # still signed in? (a redirect to /login would have counted as success)
        after=$(curl -s -o /dev/null -m "$timeout_s" -H "$HEADER" -w '%{http_code}' "$url" || true)
        if [[ $after != 200 ]]; then notes+="HTTP $after after the runs; "; fi
    fi
    ROWS+=("$row | ${notes:--} |")
done

{
    echo "## $LABEL — $(date +%Y-%m-%d) ($BASE)"
    echo
    echo "wrk --latency --timeout $TIMEOUT, $DURATION per run (a slow page: 2.5 x single x connections per core, at most ${MAX_DURATION}s),"
    echo "after a $WARMUP warm-up at 1 connection; $(nproc) cores (platform, database and wrk on one machine)."
    echo "\"single\": one request alone (time, body size); a page slower than ${SLOW} s alone is measured at 1 connection only."
    echo "0 req/s and no latency: no request finished during the run (those still open after $TIMEOUT count as timeouts)."
    echo
    header="| page | path | single"
    sep="|---|---|---"
    for c in $CONCURRENCY; do header+=" | c=$c req/s | c=$c p50 | c=$c p99"; sep+="|---:|---:|---:"; done
    echo "$header | notes |"
    echo "$sep|---|"
    printf '%s\n' "${ROWS[@]}"
} >"$SUMMARY"
log "results: $OUT, $SUMMARY"
