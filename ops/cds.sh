#!/usr/bin/env bash
# Faster start-up with Class Data Sharing (AppCDS, JDK 17): extracts the jar into DIR (default target/app) and records
# the classes the platform loads while starting into DIR/app.jsa (a training start that stops once the context is
# refreshed; it starts the embedded database in DIR/training-data unless a SPRING_DATASOURCE_URL is given).
#   ops/cds.sh [JAR] [DIR]
# then start with
#   java -XX:SharedArchiveFile=DIR/app.jsa -jar DIR/society-stations-0.1.0-SNAPSHOT.jar …
# (the same JDK and the same extracted jar; after every new build run this again — a stale archive is ignored by the
# JVM, which then starts as without it).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-$(ls target/society-stations-*.jar | grep -v original | head -1)}
dir=${2:-target/app}
rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
app="$dir/$(basename "$jar")"
training=${PLATFORM_DATA_DIR:-$dir/training-data}
PLATFORM_DATA_DIR=$training \
  java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" \
  --spring.profiles.active=${SPRING_PROFILES_ACTIVE:-demo} --server.port=0 --logging.level.root=WARN >"$dir/training.log" 2>&1 \
  || { tail -30 "$dir/training.log"; echo "FATAL: the training start failed" >&2; exit 1; }
# the training start exits on refresh without stopping its embedded PostgreSQL: stop it (its pid is in postmaster.pid)
pidfile="$training/postgres/postmaster.pid"
[ -f "$pidfile" ] && kill -TERM "$(head -1 "$pidfile")" 2>/dev/null || true
[ -s "$dir/app.jsa" ] || { echo "FATAL: no archive written" >&2; exit 1; }
echo "CDS archive $dir/app.jsa ($(du -h "$dir/app.jsa" | cut -f1)); start: java -XX:SharedArchiveFile=$dir/app.jsa -jar $app"
echo "embedded (single-node) mode, fastest start: java -XX:SharedArchiveFile=$dir/app.jsa -XX:TieredStopAtLevel=1 -jar $app"
