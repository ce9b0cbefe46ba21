#!/usr/bin/env bash
# Writes the import layout corpus again from its hand-written descriptions: for each
# src/test/resources/corpus/NN-name.json, the Word document and the pasted text (by the test
# class CorpusWriter), then the PDF that LibreOffice makes from the Word document. The files
# are committed, so the tests need neither this script nor LibreOffice.
#
# Usage: scripts/corpus.sh            Needs java, mvn and soffice (LibreOffice).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=src/test/resources/corpus
mvn -B -q -DskipTests test-compile
CLASSPATH_FILE=$(mktemp)
PROFILE=$(mktemp -d)
trap 'rm -rf "$CLASSPATH_FILE" "$PROFILE"' EXIT
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE"
java -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" org.oversight.importing.formats.CorpusWriter "$CORPUS"
soffice -env:UserInstallation=file://"$PROFILE" --headless --convert-to pdf --outdir "$CORPUS" "$CORPUS"/*.docx >/dev/null
ls "$CORPUS"/*.pdf | wc -l | xargs echo "PDFs written:"
