#!/usr/bin/env bash
# Issue #9: the raw-SQL ceiling — pgbench over bench/sql/pages/*.sql (one file per page: the statements the page's
# list issues), on the bench database, at 1, 16 and 64 clients. See bench/README.md.
#
#   bench/pgbench.sh [label]          (label: default "sql")
#
# Writes bench/results/pgbench-<label>-<date>.txt and bench/results/pgbench-<label>-summary.md.
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (bench), DURATION (15, seconds),
# CONCURRENCY ("1 16 64"), ONLY (a regular expression on the file name).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-bench}
LABEL=${1:-sql}
DURATION=${DURATION:-15}
CONCURRENCY=${CONCURRENCY:-1 16 64}
ONLY=${ONLY:-.}
mkdir -p "$HERE/results"
OUT="$HERE/results/pgbench-$LABEL-$(date +%Y-%m-%d).txt"
SUMMARY="$HERE/results/pgbench-$LABEL-summary.md"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

command -v pgbench >/dev/null || { echo "pgbench is missing (apt-get install -y postgresql-client)" >&2; exit 1; }
max_conn=$(psql -X -At -d "$DB" -c "show max_connections")

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT"; }

# p50 / p99 in ms from pgbench's per-transaction log (column 3: latency in microseconds)
percentiles() {
    cat "$WORK"/log.* | awk '{ print $3 }' | sort -n | awk '
        { v[NR] = $1 }
        END { if (NR == 0) { print "-|-"; exit }
              i50 = int(NR * 0.50); if (i50 < 1) i50 = 1
              i99 = int(NR * 0.99); if (i99 < 1) i99 = 1
              printf "%.2f ms|%.2f ms", v[i50] / 1000, v[i99] / 1000 }'
}

{
    echo "# bench/pgbench.sh $LABEL on $DB — $(date -Is)"
    echo "# $(nproc) cores; pgbench -n -M prepared -T $DURATION; clients: $CONCURRENCY; $(psql -X -At -d "$DB" -c 'select version()')"
    echo
} >"$OUT"

ROWS=()
for f in "$HERE"/sql/pages/*.sql; do
    name=$(basename "$f" .sql)
    [[ $name =~ $ONLY ]] || continue
    row="| $name"
    pgbench -n -M prepared -c 1 -T 2 -f "$f" "$DB" >/dev/null 2>&1 || true   # warm-up
    for c in $CONCURRENCY; do
        if (( c + 5 > max_conn )); then row+=" | - | - | -"; continue; fi
        rm -f "$WORK"/log.*
        j=$(( c < 2 ? 1 : 2 ))
        pgbench -n -M prepared -c "$c" -j "$j" -T "$DURATION" -l --log-prefix="$WORK/log" -f "$f" "$DB" \
            >"$WORK/out.txt" 2>&1 || true
        { echo "-- $name c=$c"; cat "$WORK/out.txt"; echo; } >>"$OUT"
        tps=$(awk '/^tps = / { printf "%.1f", $3 }' "$WORK/out.txt")
        failed=$(awk '/number of failed transactions/ { print $5 }' "$WORK/out.txt")
        IFS='|' read -r p50 p99 <<<"$(percentiles)"
        log "$name c=$c: ${tps:-0} tps, p50 $p50, p99 $p99${failed:+, failed $failed}"
        row+=" | ${tps:-0} | $p50 | $p99"
    done
    ROWS+=("$row |")
done

{
    echo "## pgbench $LABEL — $(date +%Y-%m-%d)"
    echo
    echo "pgbench -n -M prepared -T $DURATION on database $DB, one transaction = every statement of bench/sql/pages/<page>.sql;"
    echo "$(nproc) cores, pgbench on the same machine. Latency per transaction from pgbench's log."
    echo
    header="| page"
    sep="|---"
    for c in $CONCURRENCY; do header+=" | c=$c tps | c=$c p50 | c=$c p99"; sep+="|---:|---:|---:"; done
    echo "$header |"
    echo "$sep|"
    printf '%s\n' "${ROWS[@]}"
} >"$SUMMARY"
log "results: $OUT, $SUMMARY"
