#!/usr/bin/env bash
# Backup then restore on a fresh database, and the restore's checks (counts, audit chain, files' SHA-256); then a
# damaged backup must be refused. Source: database $1 (default: test, what ./mvnw verify leaves) on PGHOST/PGPORT/
# PGUSER, files dir $2 (default: target/test-files). Needs the jar (./mvnw package). Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
# the restore's chain check runs the platform jar, which needs the keys the source database was written with: here
# the test profile's fixed keys (src/test/resources/application-test.yml); in production, the deployment's own
export PLATFORM_INTEGRITY_KEY=${PLATFORM_INTEGRITY_KEY:-dGVzdC1pbnRlZ3JpdHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbi0wMTIzNDU2Nzg5}
export PLATFORM_INTEGRITY_KEY_ID=${PLATFORM_INTEGRITY_KEY_ID:-test}
export PLATFORM_PERSONAL_DATA_KEY=${PLATFORM_PERSONAL_DATA_KEY:-dGVzdC1wZXJzb25hbC1rZQ==}
export PLATFORM_SIGNING_KEYSTORE=${PLATFORM_SIGNING_KEYSTORE:-$PWD/target/test-signing.p12}
export PLATFORM_SIGNING_PASSWORD=${PLATFORM_SIGNING_PASSWORD:-test-signing}
export PLATFORM_SECOND_FACTOR_KEY=${PLATFORM_SECOND_FACTOR_KEY:-dGVzdC1zZWNvbmQtZmFjdG9yLWtleS0zMi1ieXRlcyE=}
export PLATFORM_DB_ALLOW_SINGLE_USER=${PLATFORM_DB_ALLOW_SINGLE_USER:-true}
source_db=${1:-test}
source_files=${2:-target/test-files}
work=$(mktemp -d)
target_db="restore_check_$$"
cleanup() { dropdb --if-exists "${target_db}_src" 2>/dev/null || true; dropdb --if-exists "$target_db" 2>/dev/null || true; dropdb --if-exists "${target_db}_bad" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# The test database is a copy: FileStoreTests deletes a stored file on purpose (a restore rightly refuses such a
# database), so the copy drops the rows whose file the tests removed.
createdb -T "$source_db" "${target_db}_src"
while read -r sha; do
  [ -f "$source_files/${sha:0:2}/${sha:2:2}/$sha" ] || psql -X -q -d "${target_db}_src" -c "delete from stored_file where sha256 = '$sha'"
done < <(psql -X -At -d "${target_db}_src" -c "select distinct sha256 from stored_file")
PGDATABASE=${target_db}_src PLATFORM_FILES_DIR=$source_files ops/backup.sh "$work/backup"
createdb "$target_db"
PGDATABASE=$target_db PLATFORM_FILES_DIR="$work/restored-files" ops/restore.sh "$work/backup"

# a backup damaged after it was written is refused
cp -r "$work/backup" "$work/damaged"
printf 'x' >> "$work/damaged/files.tar"
createdb "${target_db}_bad"
if PGDATABASE=${target_db}_bad PLATFORM_FILES_DIR="$work/bad-files" ops/restore.sh "$work/damaged" >/dev/null 2>&1; then
  echo "FATAL: a damaged backup was restored without complaint" >&2; exit 1
fi
echo "a damaged backup is refused"
echo "2 passed, 0 failed"
