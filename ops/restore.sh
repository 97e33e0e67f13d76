#!/usr/bin/env bash
# Restore of a backup made by ops/backup.sh into an EMPTY database and files dir, then the three checks:
#   1. every table's row count equals the backup's (counts.tsv);
#   2. the audit hash chain verifies (the platform's own verifier: java -jar JAR --platform.ops.verify-audit-chain=true);
#   3. every stored file (table stored_file) is present and its SHA-256 is the recorded one; files.sha256 verifies.
#   ops/restore.sh BACKUP_DIR [JAR]       (JAR default: target/society-stations-*.jar)
# The database: PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE (created beforehand: createdb NAME). The files: PLATFORM_FILES_DIR.
# Exit status 0 only if all checks pass.
set -euo pipefail
cd "$(dirname "$0")/.."
backup=${1:?usage: ops/restore.sh BACKUP_DIR [JAR]}
jar=${2:-$(ls target/society-stations-*.jar 2>/dev/null | grep -v original | head -1)}
files=${PLATFORM_FILES_DIR:-${PLATFORM_DATA_DIR:-data}/files}
fail() { echo "RESTORE CHECK FAILED: $*" >&2; exit 1; }

(cd "$backup" && sha256sum --quiet -c MANIFEST.sha256) || fail "the backup's own checksums (MANIFEST.sha256) do not match"
[ "$(psql -X -At -c "select count(*) from information_schema.tables where table_schema = 'public'")" = 0 ] \
  || fail "database $PGDATABASE is not empty; restore into a new one (createdb)"
pg_restore --no-owner --exit-on-error --dbname="$PGDATABASE" "$backup/database.dump"

counts_sql="select table_name, (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from public.%I', table_name),
  false, true, '')))[1]::text from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
  order by table_name"
psql -X -q -At -F $'\t' -c "$counts_sql" > /tmp/restore-counts.$$
diff -u "$backup/counts.tsv" /tmp/restore-counts.$$ || fail "row counts differ from the backup (above)"
rm -f /tmp/restore-counts.$$
echo "row counts: $(wc -l < "$backup/counts.tsv") tables as in the backup"

mkdir -p "$files"
[ -z "$(ls -A "$files")" ] || fail "files dir $files is not empty"
tar -C "$files" -xf "$backup/files.tar"
(cd "$files" && sha256sum --quiet -c "$(cd "$backup" && pwd)/files.sha256") || fail "a file's checksum differs from files.sha256"
missing=0
while read -r sha; do
  f="$files/${sha:0:2}/${sha:2:2}/$sha"
  [ -f "$f" ] && [ "$(sha256sum "$f" | cut -d' ' -f1)" = "$sha" ] || { echo "stored file $sha missing or altered" >&2; missing=$((missing+1)); }
done < <(psql -X -At -c "select distinct sha256 from stored_file order by 1")
[ "$missing" = 0 ] || fail "$missing stored files missing or altered"
echo "files: $(wc -l < "$backup/files.sha256") files verified, every stored_file row has its file"

[ -n "$jar" ] && [ -f "$jar" ] || fail "no platform jar to verify the audit chain with (build: ./mvnw package)"
java -jar "$jar" --server.port=0 --platform.ops.verify-audit-chain=true \
  --spring.datasource.url="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$PGDATABASE" \
  --spring.datasource.username="${PGUSER:-postgres}" --spring.datasource.password="${PGPASSWORD:-}" \
  --platform.files.dir="$files" --logging.level.root=WARN | grep '^AUDIT CHAIN' || fail "the audit chain did not verify"
echo "RESTORE VERIFIED"
