#!/usr/bin/env bash
# Makes target/cds/: the jar extracted (Spring Boot's tools jar mode) and a class data sharing
# archive of the classes a start loads, so that later starts map them instead of reading,
# verifying and defining each of them again (Spring Boot's documented CDS support).
#
# Usage: scripts/cds.sh   after `mvn -B -q -DskipTests package`; run again after every build
#   and with the same Java that will run it (another Java ignores the archive and starts as usual).
# Then start with:
#   java -XX:SharedArchiveFile=target/cds/oversight.jsa -jar target/cds/oversight.jar [settings] [command]
# The training start uses the embedded database in a temporary folder, stops as soon as the
# application context is ready (spring.context.exit=onRefresh), and touches no other data.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/oversight.jar ] || { echo "target/oversight.jar is missing: run mvn -B -q -DskipTests package first" >&2; exit 1; }
TRAINING=$(mktemp -d)
trap 'rm -rf "$TRAINING"' EXIT
rm -rf target/cds
java -Djarmode=tools -jar target/oversight.jar extract --destination target/cds
java -XX:ArchiveClassesAtExit=target/cds/oversight.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
  -Dspring.context.exit=onRefresh -jar target/cds/oversight.jar \
  --oversight.data-dir="$TRAINING" --server.port=0 --logging.level.root=WARN > "$TRAINING/training.log" 2>&1 \
  || { tail -40 "$TRAINING/training.log" >&2; exit 1; }
echo "target/cds/oversight.jsa written ($(du -m target/cds/oversight.jsa | cut -f1) MB)"
