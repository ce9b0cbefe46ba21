#!/usr/bin/env bash
# Shows that an import is all or nothing even when the process dies: imports a large plan
# through the command line into an H2 file database, kills the process with SIGKILL while the
# import is writing, opens the database again and counts what it holds. Repeated at several
# points of the write; finally the same import runs to completion on the same database.
#
# Usage: scripts/kill-mid-import.sh [ACTIONS]     ACTIONS in the plan, default 3000
# Builds target/oversight.jar first if it is missing. Needs bash, java and unzip.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTIONS=${1:-3000}
PER_RECOMMENDATION=30
JAR=target/oversight.jar
if [ ! -f "$JAR" ]; then
  echo "Building $JAR ..."
  mvn -B -q -DskipTests package
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/oversight-kill-mid-import.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DATA="$WORK/data"
URL="jdbc:h2:file:$DATA/oversight;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"
SETTINGS=("--spring.datasource.url=$URL" "--oversight.data-dir=$DATA" "--oversight.demo.enabled=false")
PLAN="$WORK/large-plan.json"

# H2's own shell, from the jar, counts rows without the application.
unzip -p "$JAR" 'BOOT-INF/lib/h2-*.jar' > "$WORK/h2.jar"
count() {
  java -cp "$WORK/h2.jar" org.h2.tools.Shell -url "$URL" -user sa -password "" -sql \
    "select (select count(*) from action_plan) plans, (select count(*) from plan_action) actions,
            (select count(*) from progress_update) updates, (select count(*) from lead) leads,
            (select count(*) from audit_entry) audit" | sed -n 2p | tr -s ' |' ' ' | sed 's/^ //'
}

echo "Writing a plan of $ACTIONS actions in the exchange format ..."
{
  printf '{"plan":{"title":"Large plan for the kill test","periodStart":"2026-01-01","periodEnd":"2027-12-31","asAt":"2026-03-31"},'
  printf '"workstreams":[],"recommendations":['
  recommendations=$(( (ACTIONS + PER_RECOMMENDATION - 1) / PER_RECOMMENDATION ))
  written=0
  for ((r = 1; r <= recommendations; r++)); do
    [ "$r" -gt 1 ] && printf ','
    printf '{"number":"%d","text":"Recommendation %d: improve the quality of practice","actions":[' "$r" "$r"
    for ((a = 1; a <= PER_RECOMMENDATION && written < ACTIONS; a++)); do
      [ "$a" -gt 1 ] && printf ','
      printf '{"ref":"%d.%d","description":"Action %d.%d: audit case files and act on what the audit finds",' "$r" "$a" "$r" "$a"
      printf '"outcomes":["Children are seen and heard"],"leads":["Head of Service %d"],"priority":"HIGH",' "$r"
      printf '"timescale":{"text":"June 2026","kind":"DATE","due":"2026-06-30","recurrence":null},'
      printf '"progress":[{"asAt":"2026-03-31","text":"Started: first audits done for action %d.%d","rag":"GREEN"}]}' "$r" "$a"
      written=$((written + 1))
    done
    printf ']}'
  done
  printf '],"warnings":[]}\n'
} > "$PLAN"
echo "  $(wc -c < "$PLAN") bytes"

echo "Creating the database (migrations only) ..."
java -jar "$JAR" "${SETTINGS[@]}" import plan "$WORK/missing.json" > /dev/null 2>&1 || true
echo "  before any import: plans actions updates leads audit = $(count)"

# Start the import, wait until the database file has grown by GROWTH bytes (the import is
# writing its rows, not yet committed), then kill it with SIGKILL.
kill_after_growth() {
  local growth=$1 start size pid
  start=$(stat -c %s "$DATA/oversight.mv.db")
  java -jar "$JAR" "${SETTINGS[@]}" import plan "$PLAN" --json > "$WORK/import.out" 2> "$WORK/import.err" &
  pid=$!
  while kill -0 "$pid" 2> /dev/null; do
    size=$(stat -c %s "$DATA/oversight.mv.db" 2> /dev/null || echo "$start")
    if [ $((size - start)) -ge "$growth" ]; then
      kill -KILL "$pid"
      wait "$pid" 2> /dev/null || true
      echo "  killed with SIGKILL once the database file had grown by $((size - start)) bytes"
      return
    fi
    sleep 0.05
  done
  local status=0
  wait "$pid" || status=$?
  echo "  the import ended by itself (exit code $status) before the file grew by $growth bytes: $(cat "$WORK/import.out")"
  if [ "$status" -ne 0 ]; then
    tail -5 "$WORK/import.err" | sed 's/^/    /'
  fi
}

attempt=0
for growth in 65536 524288 2097152 8388608; do
  attempt=$((attempt + 1))
  echo "Attempt $attempt: kill after $growth bytes of growth"
  before=$(count)
  kill_after_growth "$growth"
  after=$(count)
  echo "  opened again: plans actions updates leads audit = $after (before: $before)"
  read -r plans actions _ <<< "$after"
  read -r plans_before actions_before _ <<< "$before"
  if [ "$after" = "$before" ]; then
    echo "  NONE of the import is in the database"
  elif [ $((plans - plans_before)) -eq 1 ] && [ $((actions - actions_before)) -eq "$ACTIONS" ]; then
    echo "  ALL of the import is in the database"
  else
    echo "  PARTIAL IMPORT FOUND: the database holds part of the plan" >&2
    exit 1
  fi
done

echo "Restarting Oversight on the same database and importing the plan to completion ..."
before=$(count)
java -jar "$JAR" "${SETTINGS[@]}" import plan "$PLAN" --json 2> "$WORK/import.err" | cut -c1-120
after=$(count)
echo "  plans actions updates leads audit = $after (before: $before)"
read -r plans actions _ <<< "$after"
read -r plans_before actions_before _ <<< "$before"
if [ $((plans - plans_before)) -ne 1 ] || [ $((actions - actions_before)) -ne "$ACTIONS" ]; then
  echo "The complete import did not hold every action" >&2
  exit 1
fi
echo "Every killed import left nothing behind; the complete import holds all $ACTIONS actions."
