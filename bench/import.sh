#!/usr/bin/env bash
# Reading and checking a 20,000-row import file with a 256 MB heap (issue #15): the streaming reader, the cell checks
# and an in-file duplicate check, without Spring or a database. Usage: bench/import.sh [rows] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  cn.quzhou.stations.importing.internal.ImportReadBenchmark "${1:-20000}" "${2:-5}"
