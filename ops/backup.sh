#!/usr/bin/env bash
# Backup of 学会服务站管理平台: the database (pg_dump custom format) and the attachments (the files dir), taken so that
# they belong together, with a manifest of SHA-256 checksums and the row count of every table (README "备份与恢复").
#   ops/backup.sh BACKUP_DIR
# The database: libpq's variables PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE (as for psql).
# The files:    PLATFORM_FILES_DIR (default ${PLATFORM_DATA_DIR:-data}/files). With object storage (platform.files.store=s3)
#               back the bucket up with the storage's own versioning/replication instead and leave this dir empty.
# Writes: database.dump, counts.tsv (table<TAB>rows, from the dump's own snapshot), files.tar, files.sha256 (one line per
#         stored file), MANIFEST.sha256 (the checksums of the four).
set -euo pipefail
out=${1:?usage: ops/backup.sh BACKUP_DIR}
files=${PLATFORM_FILES_DIR:-${PLATFORM_DATA_DIR:-data}/files}
mkdir -p "$out"
out=$(cd "$out" && pwd)

counts_sql="select table_name, (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from public.%I', table_name),
  false, true, '')))[1]::text from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
  order by table_name"

# One snapshot for the counts and the dump: a repeatable-read transaction exports it and stays open meanwhile.
coproc SNAP { psql -X -q -At -v ON_ERROR_STOP=1 2>&1; }
echo "begin isolation level repeatable read; select pg_export_snapshot();" >&"${SNAP[1]}"
read -r snapshot <&"${SNAP[0]}"
[[ $snapshot =~ ^[0-9A-F-]+$ ]] || { echo "FATAL: could not export a snapshot: $snapshot" >&2; exit 1; }
echo "\\o $out/counts.tsv" >&"${SNAP[1]}"
echo "\\pset fieldsep '\\t'" >&"${SNAP[1]}"
echo "$counts_sql;" >&"${SNAP[1]}"
echo "\\o" >&"${SNAP[1]}"
echo "select 'counted';" >&"${SNAP[1]}"
read -r done <&"${SNAP[0]}"
[ "$done" = counted ] || { echo "FATAL: counting the rows failed: $done" >&2; exit 1; }
pg_dump --format=custom --snapshot="$snapshot" --file="$out/database.dump"
echo "commit;" >&"${SNAP[1]}"
exec {SNAP[1]}>&-
wait "$SNAP_PID" 2>/dev/null || true

# Files are content-addressed (ab/cd/<sha256>) and never changed once written, so copying them after the dump
# includes every file the dump refers to (a file uploaded meanwhile is an extra, harmless).
mkdir -p "$files"
tar -C "$files" --exclude=./.incoming -cf "$out/files.tar" .
(cd "$files" && find . -path ./.incoming -prune -o -type f -print0 | sort -z | xargs -0 -r sha256sum) > "$out/files.sha256"
(cd "$out" && sha256sum database.dump counts.tsv files.tar files.sha256 > MANIFEST.sha256)
echo "backup written to $out: $(wc -l < "$out/counts.tsv") tables, $(wc -l < "$out/files.sha256") files"
