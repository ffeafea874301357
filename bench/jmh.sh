#!/usr/bin/env bash
# JMH benchmarks: read+extract+generate on the sample, and each renderer on 40 and 2,000 questions.
#   bench/jmh.sh                       # everything (about 10 minutes)
#   bench/jmh.sh RenderBenchmark -p format=pdf
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install
(cd bench && mvn -q -B package)
cd bench && exec java -jar target/tiku-bench.jar "$@"
