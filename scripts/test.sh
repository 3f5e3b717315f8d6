#!/usr/bin/env bash
# All tests: installs what is missing, builds, runs the Swift test suite, then the checks
# with independent clients in scripts/checks/ (each installs what it needs).
# Everything the tests and checks put in a temporary folder goes into one folder of this run
# (TMPDIR), removed at the end, so no run leaves anything behind in /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh libxlsxwriter-dev libsqlite3-dev pkg-config
run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/samenleven-test.XXXXXX")
trap 'rm -rf "$run_tmp"' EXIT
export TMPDIR="$run_tmp"
swift build --build-tests
swift test --skip-build
for check in scripts/checks/*.sh; do
  [ -e "$check" ] || continue
  echo "== $check"
  bash "$check"
done
