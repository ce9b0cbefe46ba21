#!/usr/bin/env bash
# Writes the Word form (.docx) of every minutes in src/test/resources/corpus/minutes from its
# text, with Apache POI: one paragraph per line, resolved points as Word numbered lists; then
# the PDF form (.pdf) of each Word document, saved by LibreOffice as a council would save it.
# The documents are committed, so the tests need neither this script nor Word nor LibreOffice.
#
# Usage: scripts/make-minutes-corpus.sh        Needs bash, java, mvn and soffice (LibreOffice).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
CLASSPATH_FILE=$(mktemp "${TMPDIR:-/tmp}/oversight-classpath.XXXXXX")
trap 'rm -f "$CLASSPATH_FILE"' EXIT
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" org.oversight.governance.MinutesCorpusDocx \
  src/test/resources/corpus/minutes
PROFILE=$(mktemp -d "${TMPDIR:-/tmp}/oversight-soffice.XXXXXX")
trap 'rm -f "$CLASSPATH_FILE"; rm -rf "$PROFILE"' EXIT
soffice -env:UserInstallation="file://$PROFILE" --headless --convert-to pdf \
  --outdir src/test/resources/corpus/minutes src/test/resources/corpus/minutes/*.docx >/dev/null
