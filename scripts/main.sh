#!/usr/bin/env bash
# The main job: installs what is missing, builds, and runs samenleven on the embedded data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh libxlsxwriter-dev libsqlite3-dev pkg-config
swift build -c release --product samenleven 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
test -x .build/release/samenleven
mkdir -p Exports
.build/release/samenleven besturen --op 2024-10-01 > Exports/besturen-projectjaar-3.txt
tail -n 1 Exports/besturen-projectjaar-3.txt
echo "geschreven: Exports/besturen-projectjaar-3.txt"
# The annex to question 492 and the empty import workbook.
.build/release/samenleven bijlage --uit Exports/vraag-492/bijlage.xlsx
.build/release/samenleven sjabloon --uit Exports/sjabloon-invoer.xlsx
.build/release/samenleven opendata --uit Exports/opendata > /dev/null
echo "geschreven: Exports/opendata/ (open-datapakket)"
