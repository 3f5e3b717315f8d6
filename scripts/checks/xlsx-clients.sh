#!/usr/bin/env bash
# Independent checks of the Excel workbooks with real clients (see scripts/checks/README.md):
# imports the fixture in scripts/checks/xlsx-fixture/ into a temporary store, writes the
# question-492 annex (bijlage), one workbook and one JSON answer per standard question, then
#  - reads every workbook back with Python openpyxl and compares each cell value and number
#    format with the AnswerTable JSON it came from (xlsx_check.py);
#  - recalculates every workbook with LibreOffice headless and checks that every formula
#    evaluates to the cached value that was written (after proving that LibreOffice really
#    recalculates: a deliberately wrong cached value must come back corrected);
#  - checks that the same data give byte-identical files and that SOURCE_DATE_EPOCH sets the
#    creation time;
#  - fills the import template (samenleven sjabloon) with openpyxl and imports it;
#  - uploads a file with errors to the Invoer page of samenleven web (curl) and reads the
#    error workbook it offers with openpyxl.
# Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

source scripts/checks/lib/counting.bash

# Runs a Python check and counts its PASS/FAIL lines.
pycheck() {
  local out
  out=$(python3 scripts/checks/xlsx_check.py "$@" 2>&1)
  local status=$?
  echo "$out"
  passed=$((passed + $(grep -c '^PASS ' <<<"$out")))
  failed=$((failed + $(grep -c '^FAIL ' <<<"$out")))
  if [ $status -ne 0 ] && ! grep -q '^FAIL ' <<<"$out"; then fail "xlsx_check.py $1 stopte met status $status"; fi
}

# What the checks need, installed and checked by package (Writer also brings soffice, so the
# presence of that command says nothing about Calc).
scripts/install-pip.sh "openpyxl==3.1.5" || { fail "openpyxl installeren"; finish; }
scripts/install-deps.sh libreoffice-calc-nogui || { fail "LibreOffice Calc installeren"; finish; }

swift build --product samenleven >/dev/null || { fail "swift build"; finish; }
BIN="$(swift build --show-bin-path)/samenleven"

TMP=$(mktemp -d)
WEB=""
trap '[ -n "$WEB" ] && kill "$WEB" 2>/dev/null; rm -rf "$TMP"' EXIT
DB="$TMP/fixture.sqlite"
OUT="$TMP/werkboeken"
mkdir -p "$OUT/recalc" "$TMP/verstoord/recalc"
unset SOURCE_DATE_EPOCH

if "$BIN" importeer --db "$DB" scripts/checks/xlsx-fixture/*.csv >"$TMP/import.log" 2>&1; then
  pass "fixture ingelezen"
else
  cat "$TMP/import.log"; fail "fixture inlezen"; finish
fi

# The workbooks and the JSON answers they must match.
run() { "$@" >>"$TMP/cli.log" 2>&1 || fail "$*"; }
run "$BIN" bijlage 492 --db "$DB" --uit "$OUT/bijlage.xlsx"
for soort in toekenningen samenwerking weigeringen aanvragen budget mentorschap sio kpi; do
  run "$BIN" vraag "$soort" --db "$DB" --formaat xlsx --uit "$OUT/vraag-$soort.xlsx"
  run "$BIN" vraag "$soort" --db "$DB" --formaat json --uit "$OUT/vraag-$soort.json"
done
for provincie in Antwerpen Vlaams-Brabant West-Vlaanderen Oost-Vlaanderen Limburg Brussel-Hoofdstad; do
  run "$BIN" vraag toekenningen --db "$DB" --provincie "$provincie" --formaat json --uit "$OUT/provincie-$provincie.json"
done
for doelstelling in 1 2 3 4 5 6 7; do
  run "$BIN" vraag toekenningen --db "$DB" --doelstelling "$doelstelling" --formaat json --uit "$OUT/doelstelling-$doelstelling.json"
done

# Determinism: the same data give the same bytes; SOURCE_DATE_EPOCH sets the creation time.
run "$BIN" bijlage 492 --db "$DB" --uit "$TMP/bijlage-opnieuw.xlsx"
if cmp -s "$OUT/bijlage.xlsx" "$TMP/bijlage-opnieuw.xlsx"; then pass "bijlage twee keer geschreven: byte-identiek"; else fail "bijlage twee keer geschreven: verschillend"; fi
run "$BIN" vraag toekenningen --db "$DB" --formaat xlsx --uit "$TMP/toekenningen-opnieuw.xlsx"
if cmp -s "$OUT/vraag-toekenningen.xlsx" "$TMP/toekenningen-opnieuw.xlsx"; then pass "vraag toekenningen twee keer: byte-identiek"; else fail "vraag toekenningen twee keer: verschillend"; fi
SOURCE_DATE_EPOCH=1700000000 run "$BIN" bijlage 492 --db "$DB" --uit "$TMP/bijlage-epoch.xlsx"
pycheck aangemaakt "$TMP/bijlage-epoch.xlsx" 2023-11-14T22:13:20

# LibreOffice recalculates everything ("always recalculate" in a throw-away profile).
PROFILE="$TMP/lo-profiel"
mkdir -p "$PROFILE/user" "$TMP/home"
cat >"$PROFILE/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
soffice_convert() {  # outdir files...
  local outdir=$1; shift
  HOME="$TMP/home" timeout 600 soffice -env:UserInstallation="file://$PROFILE" --headless --norestore \
    --convert-to xlsx --outdir "$outdir" "$@" >>"$TMP/soffice.log" 2>&1
}
python3 scripts/checks/xlsx_check.py verstoor "$OUT/bijlage.xlsx" "$TMP/verstoord/bijlage-verstoord.xlsx" || fail "verstoorde kopie maken"
if soffice_convert "$TMP/verstoord/recalc" "$TMP/verstoord/bijlage-verstoord.xlsx"; then
  pycheck hersteld "$TMP/verstoord/recalc/bijlage-verstoord.xlsx"
else
  cat "$TMP/soffice.log"; fail "LibreOffice kon de verstoorde kopie niet omzetten"
fi
soffice_convert "$OUT/recalc" "$OUT"/*.xlsx || { cat "$TMP/soffice.log"; fail "LibreOffice omzetting"; }

# Every workbook against its JSON, and against LibreOffice's recalculation.
pycheck werkboeken "$OUT"

# The import template, filled in with openpyxl and imported.
run "$BIN" sjabloon --uit "$TMP/sjabloon.xlsx"
python3 scripts/checks/xlsx_check.py vul "$TMP/sjabloon.xlsx" "$TMP/ingevuld.xlsx" || fail "sjabloon invullen"
if "$BIN" importeer --db "$TMP/sjabloon.sqlite" "$TMP/ingevuld.xlsx" >"$TMP/sjabloon-import.log" 2>&1; then
  pass "ingevuld sjabloon: samenleven importeer gelukt"
  run "$BIN" vraag toekenningen --db "$TMP/sjabloon.sqlite" --projectjaar 1 --formaat json --uit "$TMP/ingevuld.json"
  pycheck ingelezen "$TMP/ingevuld.json"
else
  cat "$TMP/sjabloon-import.log"; fail "ingevuld sjabloon: samenleven importeer"
fi

# The error workbook of the Invoer page: a file with errors uploaded to a real server.
printf '%s\n' "projectjaar,bestuur,actie,kpi_huidig_bereik,kpi_vooropgesteld,subsidie,toelichting,provincie" \
  "1,44021,5,100,500,30.000,oefenkansen,Oost-Vlaanderen" "1,Nergensdorp,99,0,1,1.000,," "1,Antwerpen,5,0,1,veel,," \
  >"$TMP/toekenningen-fout.csv"
POORT=$((20000 + RANDOM % 20000))
SAMENLEVEN_STANDAARDGEGEVENS=0 "$BIN" web --poort "$POORT" --db "$TMP/web.sqlite" >"$TMP/web.log" 2>&1 &
WEB=$!
for _ in $(seq 100); do grep -q "draait" "$TMP/web.log" && break; sleep 0.2; done
ADRES="http://127.0.0.1:$POORT"
TOKEN=$(curl -s -c "$TMP/koekjes" -b "$TMP/koekjes" "$ADRES/invoer" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
TAAK=$(curl -s -c "$TMP/koekjes" -b "$TMP/koekjes" -o /dev/null -w '%{redirect_url}' -F "csrf=$TOKEN" \
  -F "bestanden=@$TMP/toekenningen-fout.csv" "$ADRES/invoer")
for _ in $(seq 100); do curl -s -b "$TMP/koekjes" "$TAAK" | grep -q 'http-equiv="refresh"' || break; sleep 0.2; done
if [ -n "$TAAK" ] && curl -sf -b "$TMP/koekjes" -o "$TMP/fouten.xlsx" "$TAAK/fouten.xlsx"; then
  pycheck fouten "$TMP/fouten.xlsx"
else
  cat "$TMP/web.log"; fail "foutenwerkboek van de pagina Invoer downloaden"
fi
kill "$WEB" 2>/dev/null; WEB=""

[ -s "$TMP/cli.log" ] && grep -q "^fout\|interne fout" "$TMP/cli.log" && cat "$TMP/cli.log"
finish
