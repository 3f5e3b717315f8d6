#!/usr/bin/env bash
# All tests: installs what is missing, builds, runs the Swift test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh libxlsxwriter-dev libsqlite3-dev pkg-config
swift build --build-tests
swift test --skip-build
