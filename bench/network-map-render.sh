#!/usr/bin/env bash
# First render of the network map in headless Chromium (Debian's chromium): navigation start to the picture drawn, as
# network.js records it. Start the app first. Usage: bench/network-map-render.sh [map-url=http://localhost:8080/verkosto] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=$(bin/java-home); export JAVA_HOME
mvn -B -q -o test-compile -Dspotless.check.skip=true
cp=$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$cp" \
  fi.kvverkosto.network.NetworkMapRenderBenchmark "${1:-http://localhost:8080/verkosto}" "${2:-5}"
