#!/usr/bin/env bash
# Two instances of the platform on one PostgreSQL behind nginx (issue #12, "Must be shown"):
#   sign in through the proxy (the sign-in page and its POST may be served by different instances); stop the instance
#   that served the sign-in; the next request, a CSRF-protected POST, succeeds on the other; and the nightly
#   reconciliation, scheduled every 10 s on both, runs once (ShedLock); attachments are in object storage
#   (platform.files.store=s3, each instance with its own files dir): an image uploaded through one instance downloads
#   byte-identical through the other.
# Needs: nginx (Debian package nginx-light or nginx), the jar and the test classes (./mvnw package or verify; the
# S3-compatible server is s3proxy, run from the test classpath: testsupport.ObjectStorage), PostgreSQL at PGHOST
# (default 127.0.0.1) where a scratch database is created and dropped. Usage: ops/two-instances-test.sh [JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
jar=${1:-$(ls target/society-stations-*.jar | grep -v original | head -1)}
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
command -v nginx >/dev/null 2>&1 || { echo "FATAL: nginx is not installed" >&2; exit 1; }
work=$(mktemp -d); db="two_instances_$$"
proxy=${PROXY_PORT:-18590}; ports=(18591 18592); pids=(); s3port=${S3_PORT:-18593}
fail() { echo "FATAL: $*" >&2; for i in 0 1; do tail -20 "$work/instance$i.log" 2>/dev/null || true; done; exit 1; }
cleanup() {
  for p in "${pids[@]}" ${s3pid:-}; do kill -TERM "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill -TERM "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  dropdb --if-exists "$db" 2>/dev/null || true; rm -rf "$work"
}
trap cleanup EXIT
createdb "$db"

# the object storage both instances use: s3proxy (in memory) on the test classpath, bucket stations-test
[ -d target/test-classes ] || fail "no test classes (./mvnw package -DskipTests compiles them)"
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test-classpath.txt" \
  >/dev/null || fail "could not resolve the test classpath"
java -cp "target/test-classes:$(cat "$work/test-classpath.txt")" cn.quzhou.stations.testsupport.ObjectStorage "$s3port" \
  >"$work/s3.log" 2>&1 &
s3pid=$!
for _ in $(seq 1 120); do grep -q "^S3 test server" "$work/s3.log" && break
  kill -0 "$s3pid" 2>/dev/null || { cat "$work/s3.log"; fail "the S3-compatible server did not start"; }; sleep 0.5; done
grep -q "^S3 test server" "$work/s3.log" || fail "the S3-compatible server did not start in time"
echo "object storage (s3proxy) on port $s3port"

start() {  # $1: instance number; one data dir (the demo's generated keys) but each its own files dir: the attachments
  # are shared through the bucket only
  PORT=${ports[$1]} PLATFORM_DATA_DIR="$work/shared" PLATFORM_FILES_DIR="$work/files$1" SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
  SPRING_DATASOURCE_USERNAME=$PGUSER SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} \
    java -jar "$jar" --spring.profiles.active=demo --spring.application.name="instance$1" \
    --platform.funding.reconciliation-cron="*/10 * * * * *" \
    --platform.files.store=s3 --platform.files.s3.endpoint="http://127.0.0.1:$s3port" \
    --platform.files.s3.bucket=stations-test --platform.files.s3.path-style=true \
    --platform.files.s3.access-key=test-access --platform.files.s3.secret-key=test-secret-0123456789 \
    >"$work/instance$1.log" 2>&1 &
  pids[$1]=$!
}
up() {  # $1: instance number
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:${ports[$1]}/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
    kill -0 "${pids[$1]}" 2>/dev/null || fail "instance $1 exited during start-up"
    sleep 0.5
  done
  fail "instance $1 never UP"
}
# one after the other: the first migrates the new database and loads the demo data
start 0; up 0; start 1; up 1
echo "two instances UP on ports ${ports[*]}"

mkdir -p "$work/nginx-tmp"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 64; }
http {
  access_log $work/nginx-access.log;
  client_body_temp_path $work/nginx-tmp/body; proxy_temp_path $work/nginx-tmp/proxy;
  fastcgi_temp_path $work/nginx-tmp/fcgi; uwsgi_temp_path $work/nginx-tmp/uwsgi; scgi_temp_path $work/nginx-tmp/scgi;
  upstream stations { server 127.0.0.1:${ports[0]}; server 127.0.0.1:${ports[1]}; }
  server {
    listen 127.0.0.1:$proxy;
    location / {
      proxy_pass http://stations;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Request-Id \$request_id;
      proxy_next_upstream error timeout http_502 http_503;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
nginx -c "$work/nginx.conf"
base="http://127.0.0.1:$proxy"; jar_c="$work/cookies"

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -fs -c "$jar_c" -b "$jar_c" "$base/login" | csrf)
[ -n "$token" ] || fail "no CSRF token on the sign-in page"
served=$(curl -s -o /dev/null -D - -c "$jar_c" -b "$jar_c" -X POST "$base/login" \
  --data-urlencode username=city-cast --data-urlencode 'password=Demo@2026pw' --data-urlencode "_csrf=$token" \
  | tr -d '\r' | awk -F': ' 'tolower($1)=="x-upstream" {print $2}')
[ -n "$served" ] || fail "the sign-in answer names no upstream"
page=$(curl -fs -c "$jar_c" -b "$jar_c" "$base/account/tokens") || fail "the signed-in page did not answer"
form=$(csrf <<<"$page"); [ -n "$form" ] || fail "not signed in through the proxy"
echo "signed in through nginx; the sign-in was served by $served"

# an office seal image uploaded through instance 0 (directly: the session is in the database), read through instance 1
python3 - "$work/seal.png" <<'PY'
import struct, sys, zlib, os
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
rows = b"".join(b"\0" + os.urandom(3 * 16) for _ in range(16))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
open(sys.argv[1], "wb").write(png)
PY
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar_c" -b "$jar_c" -F "file=@$work/seal.png;type=image/png" \
  -F "_csrf=$form" "http://127.0.0.1:${ports[0]}/applications/seal")
[ "$code" = 302 ] || fail "the seal upload through instance 0 answered $code"
curl -fs -b "$jar_c" -o "$work/seal-back.png" "http://127.0.0.1:${ports[1]}/applications/seal/image" \
  || fail "the seal image did not download through instance 1"
cmp -s "$work/seal.png" "$work/seal-back.png" || fail "the seal downloaded through instance 1 differs from the upload"
[ -z "$(find "$work/files0" "$work/files1" -type f -not -path '*/.incoming/*' 2>/dev/null)" ] \
  || fail "attachment contents were written to a local files dir instead of the bucket"
echo "an image uploaded through instance 0 downloaded byte-identical through instance 1, from object storage"

for i in 0 1; do
  if [ "$served" = "127.0.0.1:${ports[$i]}" ]; then
    kill -TERM "${pids[$i]}"; wait "${pids[$i]}" 2>/dev/null || true; stopped=$i
  fi
done
[ -n "${stopped:-}" ] || fail "the sign-in was served by neither instance ($served)"
echo "stopped instance $stopped (port ${ports[$stopped]})"

name="two-instances-$$"
code=$(curl -s -o "$work/post.html" -w '%{http_code}' -c "$jar_c" -b "$jar_c" -X POST "$base/account/tokens" \
  --data-urlencode "name=$name" --data-urlencode validDays=1 --data-urlencode "_csrf=$form")
[ "$code" = 200 ] || fail "the CSRF-protected POST after the stop answered $code"
[ "$(psql -X -At -d "$db" -c "select count(*) from personal_access_token where name = '$name'")" = 1 ] \
  || fail "the POST was answered but did nothing"
echo "the CSRF-protected POST succeeded on the other instance"

# both instances' schedulers fired every 10 s meanwhile; the lock (held at least 5 min) let one run through
# (on a slow machine the test may outlast one lock window: then each window has one run)
runs=$(psql -X -At -d "$db" -c "select count(*) from reconciliation_run")
twice=$(psql -X -At -d "$db" -c "select count(*) from reconciliation_run a join reconciliation_run b
  on b.id > a.id and b.ran_at < a.ran_at + interval '4 minutes 50 seconds'")
[ "$runs" -ge 1 ] && [ "$twice" = 0 ] || fail "the reconciliation scheduled on both instances ran $runs times ($twice within one lock window)"
echo "the reconciliation scheduled on both instances ran once per lock window: $runs run(s) (locked by $(psql -X -At -d "$db" -c "select locked_by from shedlock where name = 'funding.reconciliation'"))"
echo "4 passed, 0 failed"
