#!/usr/bin/env bash
# Oversight benchmark: bash bench/run.sh SCALE [SECONDS] [USERS]
#   SCALE   councils to generate (1 = one council; 10; 100 = a national service)
#   SECONDS length of each timed run (default 15), after a 3-second warm-up
#   USERS   concurrency levels (default 1,8,32)
# Environment: BENCH_PAGES=dashboard,action (only those pages, no import; add packs for the report packs; the
#   national view: BENCH_PAGES=overview,overview-as-at,overview-as-at-any-day,compared bash bench/run.sh 153 8 1,8),
#   BENCH_APP_OPTS (more JVM options for the application, e.g. a flight recording),
#   BENCH_WARMUP (seconds each page is asked for by the most users before any is timed; 5),
#   BENCH_HEAP (512m), BENCH_DB_PORT (15432), BENCH_APP_PORT (18080), BENCH_REBUILD=1,
#   BENCH_GENERATE_ONLY=1 (stop once the data is written), BENCH_KEEP_DATA=1 (start on the data
#   an earlier run of the same scale wrote, with whatever that run added, instead of new data),
#   BENCH_CDS=1 (start the application and the commands from target/cds with its class data
#   sharing archive, made by scripts/cds.sh when missing or older than the jar).
# Starts a real PostgreSQL (embedded-postgres binaries from Maven Central), fills it, starts
# target/oversight.jar with the postgres profile in a 512 MB heap, drives it from a second
# process on loopback, times a plan import, and prints every figure. Needs Java 17 and Maven.
set -euo pipefail
SCALE=${1:?usage: bash bench/run.sh SCALE [SECONDS] [USERS]}
SECONDS_PER_RUN=${2:-15}
USERS=${3:-1,8,32}
DB_PORT=${BENCH_DB_PORT:-15432}
APP_PORT=${BENCH_APP_PORT:-18080}
HEAP=${BENCH_HEAP:-512m}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/target/bench/scale-$SCALE"
cd "$ROOT"
mkdir -p "$OUT"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

if [ ! -f target/oversight.jar ] || [ -n "${BENCH_REBUILD:-}" ]; then
  log "building target/oversight.jar"
  mvn -B -q -DskipTests package
fi
if [ ! -f target/bench/classpath.txt ] || [ pom.xml -nt target/bench/classpath.txt ]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
fi
CP="target/bench/classes:target/classes:$(cat target/bench/classpath.txt)"
javac -proc:none -d target/bench/classes -cp "$CP" $(find bench/src -name '*.java')
APP=(-jar target/oversight.jar)
if [ -n "${BENCH_CDS:-}" ]; then
  if [ ! -f target/cds/oversight.jsa ] || [ target/oversight.jar -nt target/cds/oversight.jsa ]; then
    log "making the class data sharing archive (scripts/cds.sh)"
    bash scripts/cds.sh
  fi
  APP=(-XX:SharedArchiveFile=target/cds/oversight.jsa -jar target/cds/oversight.jar)
fi

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

log "starting PostgreSQL on port $DB_PORT"
KEEP=""
if [ -n "${BENCH_KEEP_DATA:-}" ] && [ -f "$OUT/targets.properties" ] && [ -f "$OUT/pgdata/PG_VERSION" ]; then
  KEEP=keep
fi
java -cp "$CP" org.oversight.bench.BenchDatabase "$DB_PORT" "$OUT/pgdata" $KEEP > "$OUT/postgres.log" 2>&1 &
PIDS+=($!)
until grep -q "ready on port" "$OUT/postgres.log"; do
  kill -0 "${PIDS[0]}" 2>/dev/null || { cat "$OUT/postgres.log"; exit 1; }
  sleep 0.5
done
PG_VERSION=$(grep -o 'PostgreSQL [0-9.]*' "$OUT/postgres.log" | head -1)
URL="jdbc:postgresql://localhost:$DB_PORT/postgres"
DB_ARGS=(--spring.profiles.active=postgres "--spring.datasource.url=$URL" --spring.datasource.username=postgres --spring.datasource.password=)

if [ -n "$KEEP" ]; then
  log "keeping the $SCALE council(s) already generated"
  GEN_SECONDS="(kept from an earlier run)"
else
  log "generating $SCALE council(s)"
  GEN_START=$(date +%s)
  java -Xmx1g -cp "$CP" org.oversight.bench.BenchData "$URL" postgres "" "$SCALE" "$OUT/targets.properties" | tee "$OUT/generate.log"
  GEN_SECONDS="$(( $(date +%s) - GEN_START )) s"
fi
if [ -n "${BENCH_GENERATE_ONLY:-}" ]; then
  exit 0
fi
DB_SIZE=$(java -cp "$CP" org.oversight.bench.DatabaseSize "$URL")

log "starting the application (heap $HEAP)"
rm -f "$OUT"/gc.log*
APP_START=$(date +%s%N)
java -Xmx$HEAP -Xlog:gc:file="$OUT/gc.log" ${BENCH_APP_OPTS:-} "${APP[@]}" "${DB_ARGS[@]}" --server.port=$APP_PORT \
  --server.address=127.0.0.1 > "$OUT/app.log" 2>&1 &
APP_PID=$!
PIDS+=($APP_PID)
until curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" > /dev/null; do
  kill -0 $APP_PID 2>/dev/null || { tail -50 "$OUT/app.log"; exit 1; }
  sleep 0.1
done
READY_MS=$(( ($(date +%s%N) - APP_START) / 1000000 ))
rss_mb() { echo $(( $(awk "/^$1:/ {print \$2}" /proc/$APP_PID/status) / 1024 )); }
cpu_ms() { echo $(( ($(awk '{print $14 + $15}' /proc/$1/stat) * 1000) / $(getconf CLK_TCK) )); }
READY_CPU_MS=$(cpu_ms $APP_PID)
READY_RSS="$(rss_mb VmRSS) MB resident ($(rss_mb VmHWM) MB at its peak)"
STARTED=$(grep -o 'Started OversightApplication in [0-9.]* seconds' "$OUT/app.log" | head -1 || true)
SUMMARY="$OUT/summary.md"
note() { echo "$*" | tee -a "$SUMMARY"; }
: > "$SUMMARY"
note ""
note "| scale $SCALE | |"
note "|---|---|"
note "| machine | $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB memory, $(java -version 2>&1 | head -1), $PG_VERSION |"
note "| data | $SCALE council(s); generated in $GEN_SECONDS; database $DB_SIZE |"
note "| start-up to ready | $READY_MS ms (${STARTED:-log line not found}), $READY_CPU_MS ms of processor time; load average $(cut -d' ' -f1-3 /proc/loadavg)${BENCH_CDS:+; class data sharing archive} |"
note "| resident memory once ready | $READY_RSS |"

log "driving the application from a second process"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
SPEED_BEFORE=$(java -cp "$CP" org.oversight.bench.CpuReference)
java -Xmx256m -cp "$CP" org.oversight.bench.LoadDriver "http://127.0.0.1:$APP_PORT" "$OUT/targets.properties" \
  "$SECONDS_PER_RUN" "$USERS" "$APP_PID" | tee "$OUT/load.md"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
SPEED_AFTER=$(java -cp "$CP" org.oversight.bench.CpuReference)
note "| load average (1, 5, 15 min) | $LOAD_BEFORE before the load runs, $LOAD_AFTER after |"
note "| processor speed (CpuReference: one thread hashing 256 MB, lower is faster) | $SPEED_BEFORE before the load runs, $SPEED_AFTER after |"
memory() {
  cat "$OUT"/gc.log* 2>/dev/null | awk '
    /Pause/ && match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) {
      split(substr($0, RSTART, RLENGTH), f, /M->|M\(|M\)/)
      if (f[1] + 0 > before) before = f[1] + 0
      if (/Pause Full/) { full++; if (f[2] + 0 > liveFull) liveFull = f[2] + 0 } else if (f[2] + 0 > after) after = f[2] + 0
      n++ }
    END { printf "at most %d MB in use before a collection, %d MB after a young one; %d collections, %d full (largest live set after a full one %d MB)", before, after, n, full, liveFull }'
}
note "| heap ($HEAP limit), during the load runs | $(memory); OutOfMemoryError: $(grep -c 'OutOfMemoryError' "$OUT/app.log" || true) |"
note "| process peak resident memory | $(( $(grep VmHWM /proc/$APP_PID/status | awk '{print $2}') / 1024 )) MB |"

if [ -n "${BENCH_PAGES:-}" ]; then
  exit 0
fi
log "timing a plan import (command line, 300 actions)"
PLAN=$(grep '^plans=' "$OUT/targets.properties" | cut -d= -f2 | cut -d, -f1)
java -Xmx$HEAP "${APP[@]}" export plan "$PLAN" --format json "${DB_ARGS[@]}" > "$OUT/plan.json" 2> "$OUT/export.log"
sed -i '0,/"title" *: *"/s//"title": "Imported copy of /' "$OUT/plan.json"
t0=$(date +%s%N)
java -Xmx$HEAP "${APP[@]}" import plan "$OUT/plan.json" --dry-run "${DB_ARGS[@]}" > "$OUT/import-dry.log" 2>&1 || log "dry run failed: see $OUT/import-dry.log"
t1=$(date +%s%N)
java -Xmx$HEAP "${APP[@]}" import plan "$OUT/plan.json" "${DB_ARGS[@]}" > "$OUT/import.log" 2>&1 || log "import failed: see $OUT/import.log"
t2=$(date +%s%N)
DRY_MS=$(( (t1 - t0) / 1000000 )); IMPORT_MS=$(( (t2 - t1) / 1000000 ))

note "| plan import, 300 actions (command line, whole JVM) | dry run $DRY_MS ms; import $IMPORT_MS ms |"

log "timing a dry-run import of a 30-action Word plan (command line, whole JVM)"
java -cp "$CP" org.oversight.bench.WordPlan "$OUT/plan30.docx" 30 2> /dev/null
TIMEFORMAT='%R %U %S'
WORD_TIMES=$( { time java -Xmx$HEAP "${APP[@]}" import plan "$OUT/plan30.docx" --dry-run "${DB_ARGS[@]}" \
  > "$OUT/import-word-dry.log" 2>&1; } 2>&1 ) || log "Word dry run failed: see $OUT/import-word-dry.log"
read -r WORD_WALL WORD_USER WORD_SYS <<< "$WORD_TIMES"
note "| dry-run import of a 30-action Word plan (command line, whole JVM) | $WORD_WALL s wall; $WORD_USER s user + $WORD_SYS s system processor time; $(grep -m1 '^Actions:' "$OUT/import-word-dry.log" || echo 'no action count printed') |"
