#!/usr/bin/env bash
# The raw Lucene baseline of the finder benchmark: the same request mix as bench/finder-wrk.sh run by plain Lucene on
# the search index of a data folder (src/test/java/fi/kvverkosto/finder/FinderLuceneBaseline.java explains the two
# modes). Stop the application first so that only Lucene runs. Compiles the test classes when needed.
# Usage: bench/finder-lucene.sh DATA_DIR [--mode text|candidates|both] [--threads N] [--rounds N] [--warmup N]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 ]] || { sed -n '2,5p' "$0" >&2; exit 2; }
JAVA_HOME=$(bin/java-home); export JAVA_HOME
cp_file=target/bench-test-classpath.txt
if [[ ! -f target/test-classes/fi/kvverkosto/finder/FinderLuceneBaseline.class || ! -f $cp_file
      || -n $(find src pom.xml -newer target/test-classes/fi/kvverkosto/finder/FinderLuceneBaseline.class -name '*.java' -print -quit) ]]; then
  mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
fi
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  fi.kvverkosto.finder.FinderLuceneBaseline "$@"
