#!/usr/bin/env bash
# The web application walked through by a real browser, as a staff member would (issue 18):
# Debian's chromium and chromium-driver, driven headless by selenium from PyPI
# (web/wandeling.py). Upload a file with errors, see the error table, download the error
# workbook (opened with openpyxl), upload the corrected file and import it, look up a question
# per provincie over two project years and download its workbook, draft a question file from
# the text of question 492, produce the answer bundle and check the ZIP, build the open-data
# package. Every page is checked with axe-core (axe-selenium-python): no violation of serious
# or critical impact. A screenshot of every page lands in $SAMENLEVEN_SCHERMAFDRUKKEN
# (default .build/web-schermafdrukken/).
# Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

source scripts/checks/lib/counting.bash

# Installed and checked by package: the browser and its driver are two Debian packages of one
# version; selenium 4.45.0 is the newest whose dependencies this machine's mirror has.
scripts/install-deps.sh chromium chromium-driver fonts-dejavu-core || { fail "chromium installeren"; finish; }
scripts/install-pip.sh "selenium==4.45.0" "axe-selenium-python==2.1.6" "openpyxl==3.1.5" || { fail "selenium installeren"; finish; }

swift build --product samenleven >/dev/null || { fail "swift build"; finish; }
BIN="$(swift build --show-bin-path)/samenleven"

TMP=$(mktemp -d)
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$TMP"' EXIT
SHOTS=${SAMENLEVEN_SCHERMAFDRUKKEN:-.build/web-schermafdrukken}
mkdir -p "$SHOTS" "$TMP/Vragen"
rm -f "$SHOTS"/*.png

# A free port on loopback, chosen by the system.
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" web --poort "$PORT" --db "$TMP/web.sqlite" --vragen "$TMP/Vragen" >"$TMP/web.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  grep -q "draait" "$TMP/web.log" 2>/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || break
  sleep 0.5
done
if grep -q "draait" "$TMP/web.log"; then
  pass "samenleven web draait op poort $PORT"
else
  cat "$TMP/web.log"; fail "samenleven web start niet"; finish
fi

out=$(python3 scripts/checks/web/wandeling.py "http://127.0.0.1:$PORT" "$SHOTS" "$TMP/downloads" 2>&1)
status=$?
echo "$out"
passed=$((passed + $(grep -c '^PASS ' <<<"$out")))
failed=$((failed + $(grep -c '^FAIL ' <<<"$out")))
if [ $status -ne 0 ] && ! grep -q '^FAIL ' <<<"$out"; then fail "wandeling.py stopte met status $status"; fi
echo "schermafdrukken: $SHOTS ($(ls "$SHOTS" | wc -l) bestanden)"
finish
