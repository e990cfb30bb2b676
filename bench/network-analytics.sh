#!/usr/bin/env bash
# Time of the network analytics on a synthetic graph: betweenness (the issue's target: ≤ 5 s for 10,000 nodes and
# 100,000 edges), closeness and the whole analysis with communities and bridges. Runs the test-scope main
# fi.kvverkosto.network.NetworkAnalyticsBenchmark on the test class path.
# Usage: [JAVA_OPTS=-Dexact=false] bench/network-analytics.sh [nodes=10000] [edges=100000] [runs=3]
# (-Dexact=false skips the one exact betweenness run that measures the estimate's error.)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=$(bin/java-home); export JAVA_HOME
mvn -B -q -o test-compile -Dspotless.check.skip=true
cp=$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
"$JAVA_HOME/bin/java" -Xmx2g ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$cp" fi.kvverkosto.network.NetworkAnalyticsBenchmark "$@"
