#!/usr/bin/env bash
# Benchmark of the query engine (not a test): a question of five table deelvragen over three
# project years (Sources/vraag-benchmark), answered on the default data and on the largest data
# the example-data generator makes (schaal 24). Prints load time and min/median/max per answer.
#   scripts/bench-vraag.sh        # 20 answers per dataset
#   scripts/bench-vraag.sh 50     # another number of repetitions
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product vraag-benchmark >/dev/null
.build/release/vraag-benchmark "${1:-20}"
