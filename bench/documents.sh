#!/usr/bin/env bash
# Issue #9, targets for documents: the Excel export of 20,000 rows in < 3 s inside a 256 MB heap (streamed), and a
# filled application PDF in < 150 ms warm. Against a platform on the bench dataset (bench/generate.sh), started with
# the heap to be proven:
#
#   BENCH_HEAP=256m bench/run-app.sh restart && bench/documents.sh <label> [base-url]
#
# Each export is fetched RUNS times (default 3) as the city CAST (every row of the city); the PDF of one application
# 20 times after 5 unmeasured ones. Prints each figure (ms, bytes, rows where known) and writes
# bench/results/<label>-documents-<date>.txt. The platform's heap is the one it was started with: an export that
# needed more than that would fail with OutOfMemoryError (the script checks the answer is a complete workbook).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
LABEL=${1:?usage: bench/documents.sh <label> [base-url]}
BASE=${2:-http://localhost:18080}
RUNS=${RUNS:-3}
PASSWORD=${BENCH_PASSWORD:-Bench@2026pw}
APPLICATION=${APPLICATION:-12345}
mkdir -p "$HERE/results"
OUT="$HERE/results/$LABEL-documents-$(date +%F).txt"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
: >"$OUT"
say() { printf '%s\n' "$*" | tee -a "$OUT"; }

jar="$WORK/city.cookies"
csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
code=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=bench-city" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login")
[[ $code == 302* && $code != *error* ]] || { echo "sign-in as bench-city failed: $code" >&2; exit 1; }

# fetch PATH FILE: prints "ms bytes" of one GET, failing on a non-200 answer
fetch() {
    local out
    out=$(curl -sS -b "$jar" -o "$2" -w '%{http_code} %{time_total} %{size_download}' "$BASE$1")
    read -r status seconds bytes <<<"$out"
    [[ $status == 200 ]] || { echo "GET $1 answered $status" >&2; exit 1; }
    echo "$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }') $bytes"
}

say "# $LABEL, $(date -Is), heap of the platform: $(ps -o args= -p "$(cat "${BENCH_APP_DIR:-/tmp/bench-app}/app.pid" 2>/dev/null || echo 0)" 2>/dev/null | grep -o -- '-Xmx[^ ]*' || echo unknown), load: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in /stations/export /applications/export "/evaluations/results/export?year=2025"; do
    for run in $(seq 1 "$RUNS"); do
        read -r ms bytes < <(fetch "$path" "$WORK/export.xlsx")
        rows=$(unzip -p "$WORK/export.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l)
        say "$path run $run: $ms ms, $bytes bytes, $rows rows (header included)"
    done
done
for _ in 1 2 3 4 5; do fetch "/applications/$APPLICATION/pdf" "$WORK/a.pdf" >/dev/null; done
times=()
for _ in $(seq 1 20); do read -r ms _ < <(fetch "/applications/$APPLICATION/pdf" "$WORK/a.pdf"); times+=("$ms"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
say "/applications/$APPLICATION/pdf warm, 20 runs: min $(head -1 <<<"$sorted") ms, median $(sed -n 10p <<<"$sorted") ms, max $(tail -1 <<<"$sorted") ms ($(head -c 5 "$WORK/a.pdf") $(stat -c %s "$WORK/a.pdf") bytes)"
