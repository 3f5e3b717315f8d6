#!/usr/bin/env bash
# The main job: installs what is missing, builds, and answers parliamentary question 492 from its
# question file (Vragen/vraag-492.toml) on the embedded data into Exports/vraag-492/ (draft
# answer, Word document, annex workbook, antwoord.json and gegevens/, consistency report,
# sources, open data), then lists what it wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh libxlsxwriter-dev libsqlite3-dev pkg-config
swift build -c release --product samenleven 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
test -x .build/release/samenleven
.build/release/samenleven antwoord 492 --uit Exports/vraag-492
echo
echo "Geschreven bestanden:"
find Exports/vraag-492 -type f | sort | sed 's/^/  /'
