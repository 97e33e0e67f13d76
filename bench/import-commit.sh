#!/usr/bin/env bash
# Committing host units and stations with their 2021–2025 history through the import (issue #15): N units, N societies,
# N stations, 5·N results and 2·N payments, in files of at most 20,000 rows, into a scratch database whose schema is
# cleaned and migrated first. Prints each file's upload and commit time and the heap's peak.
# Usage: bench/import-commit.sh [stations] [heap]   (defaults 20000, 1g)
# Environment: BENCH_IMPORT_DB (default bench_import), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_IMPORT_DB:-bench_import}
HOST=${PGHOST:-127.0.0.1}
createdb -h "$HOST" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" "$DB" 2>/dev/null || true
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
SPRING_DATASOURCE_URL="jdbc:postgresql://$HOST:${PGPORT:-5432}/$DB" SPRING_DATASOURCE_USERNAME="${PGUSER:-postgres}" \
SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" LOGGING_LEVEL_ROOT=WARN \
java "-Xmx${2:-1g}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  cn.quzhou.stations.importing.ImportCommitBenchmark "${1:-20000}"
