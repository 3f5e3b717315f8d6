#!/usr/bin/env bash
# All tests: installs what is missing, builds, runs the Swift test suite, then the checks
# with independent clients in scripts/checks/ (each installs what it needs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh libxlsxwriter-dev libsqlite3-dev pkg-config
swift build --build-tests
swift test --skip-build
for check in scripts/checks/*.sh; do
  [ -e "$check" ] || continue
  echo "== $check"
  bash "$check"
done
