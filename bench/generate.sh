#!/usr/bin/env bash
# Issue #9: builds the national-scale dataset in PostgreSQL database "bench" (see bench/README.md).
#
#   bench/generate.sh            build it, or do nothing when the same dataset version is already there
#   bench/generate.sh --rebuild  drop the bench database and build it again
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD, BENCH_DB (bench),
# BENCH_JAR (the platform's jar whose Flyway migrations create the schema, run by bench/Migrate.java without starting
# the platform; default target/society-stations-*.jar), PLATFORM_DB_RUNTIME_ROLE (stations_app).
#
# Idempotent: the dataset is deterministic (fixed seeds, fixed dates, a fixed password hash); a finished build is
# marked in bench.dataset and not repeated; an unfinished one (no marker) is dropped and rebuilt.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-bench}
DATASET_VERSION=1
REBUILD=false
[[ ${1:-} == --rebuild ]] && REBUILD=true

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
sql() { psql -X -v ON_ERROR_STOP=1 -q "$@"; }

counts() {
    sql -d "$DB" -P footer=off -c "
        select 'host_unit' as \"table\", count(*) as rows from host_unit
        union all select 'society', count(*) from society
        union all select 'application', count(*) from application
        union all select 'station', count(*) from station
        union all select 'station_evidence', count(*) from station_evidence
        union all select 'evaluation_report', count(*) from evaluation_report
        union all select 'evaluation_result', count(*) from evaluation_result
        union all select 'grant_instalment', count(*) from grant_instalment
        union all select 'grant_payment', count(*) from grant_payment
        union all select 'ledger_entry', count(*) from ledger_entry
        union all select 'audit_event', count(*) from audit_event"
}

exists=$(psql -X -At -d postgres -c "select 1 from pg_database where datname = '$DB'")
if [[ $exists == 1 && $REBUILD == false ]]; then
    done_version=$(psql -X -At -d "$DB" -c "select version from bench.dataset" 2>/dev/null || true)
    if [[ $done_version == "$DATASET_VERSION" ]]; then
        log "database $DB already holds dataset version $DATASET_VERSION (bench/generate.sh --rebuild to build it again)"
        counts
        exit 0
    fi
fi

START=$SECONDS
if [[ $exists == 1 ]]; then
    log "dropping database $DB"
    sql -d postgres -c "drop database \"$DB\" with (force)"
fi
sql -d postgres -c "create database \"$DB\""

# --- the schema: the platform's own Flyway migrations, run by starting the jar once ---------------------------
JAR=${BENCH_JAR:-$(ls "$ROOT"/target/society-stations-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)}
if [[ -z $JAR || ! -f $JAR ]]; then
    echo "no jar: build one (./mvnw -q -B -DskipTests package) or set BENCH_JAR" >&2
    exit 1
fi
WORK=$(mktemp -d)
# The data below is written as the facades wrote it at schema version $DATA_SCHEMA; the platform's own later migrations
# then carry it forward (name copies, search columns, stored balances …), as they carry a city's database on upgrade.
DATA_SCHEMA=26
migrate() {   # [target]: the platform's own Flyway migrations (bench/Migrate.java on the jar's classpath), then stop
    local target=${1:-latest}
    log "migrating $DB with the migrations of $JAR to $target"
    if [[ ! -d $WORK/jar ]]; then
        mkdir -p "$WORK/jar" && unzip -q "$JAR" 'BOOT-INF/*' -d "$WORK/jar"
    fi
    java -Xmx512m -cp "$WORK/jar/BOOT-INF/classes:$WORK/jar/BOOT-INF/lib/*" "$HERE/Migrate.java" \
        "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "${PGPASSWORD:-}" "$target" \
        "${PLATFORM_DB_RUNTIME_ROLE:-stations_app}"
    log "schema at $(psql -X -At -d "$DB" -c "select version from flyway_schema_history where success order by installed_rank desc limit 1") ($((SECONDS - START)) s)"
}
migrate $DATA_SCHEMA

# --- the data ---------------------------------------------------------------------------------------------------
export PGOPTIONS="-c synchronous_commit=off -c work_mem=256MB -c maintenance_work_mem=512MB -c client_min_messages=warning"
for f in "$HERE"/sql/generate/*.sql; do
    t=$SECONDS
    sql -d "$DB" -1 -o /dev/null -f "$f"
    log "$(basename "$f") ($((SECONDS - t)) s)"
done

migrate

t=$SECONDS
sql -d "$DB" -c "vacuum analyze"
log "vacuum analyze ($((SECONDS - t)) s)"

sql -d "$DB" -c "create table bench.dataset (version int not null, generated_at timestamptz not null, seconds int not null);
                 insert into bench.dataset values ($DATASET_VERSION, now(), $((SECONDS - START)));"
rm -rf "$WORK"
log "dataset version $DATASET_VERSION in $DB: $((SECONDS - START)) s"
counts
