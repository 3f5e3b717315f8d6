#!/usr/bin/env bash
# Two more independent clients on every file we hand out (see scripts/checks/README.md):
#  - openxml-audit (PyPI, an Open XML validator: schemas, package structure, relationships)
#    on every generated workbook (the bijlage, one answer per standard question, the import
#    template) and on antwoord.docx (also with the LibreOffice-made house style of
#    Tests/Fixtures/Huisstijl): 0 errors each. First it must find the two errors of a
#    docx without font table and theme (what antwoord.docx was before), so a silent validator
#    cannot pass the check;
#  - python-calamine (PyPI, the Rust calamine reader) reads every sheet of every workbook; its
#    value in every cell equals openpyxl's (xlsx_check.py calamine).
# Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

source scripts/checks/lib/counting.bash

scripts/install-pip.sh "openxml-audit==0.8.0" "python-calamine==0.9.1" "openpyxl==3.1.5" \
  || { fail "openxml-audit, python-calamine en openpyxl installeren"; finish; }

swift build --product samenleven >/dev/null || { fail "swift build"; finish; }
BIN="$(swift build --show-bin-path)/samenleven"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB="$TMP/fixture.sqlite"
OUT="$TMP/bestanden"
mkdir -p "$OUT"
unset SOURCE_DATE_EPOCH

run() { "$@" >>"$TMP/cli.log" 2>&1 || { cat "$TMP/cli.log"; fail "$*"; }; }
run "$BIN" importeer --db "$DB" scripts/checks/xlsx-fixture/*.csv
run "$BIN" bijlage 492 --db "$DB" --uit "$OUT/bijlage.xlsx"
for soort in toekenningen samenwerking weigeringen aanvragen budget mentorschap sio kpi; do
  run "$BIN" vraag "$soort" --db "$DB" --formaat xlsx --uit "$OUT/vraag-$soort.xlsx"
done
run "$BIN" sjabloon --uit "$OUT/sjabloon.xlsx"
# The answer from the built-in data (its own store), as the main task writes it.
run "$BIN" antwoord 492 --db "$TMP/standaard.sqlite" --uit "$TMP/vraag-492"
cp "$TMP/vraag-492/antwoord.docx" "$OUT/antwoord.docx" 2>/dev/null || fail "antwoord.docx ontbreekt"
# And with the house style made by LibreOffice (Tests/Fixtures/Huisstijl).
run "$BIN" antwoord 492 --db "$TMP/standaard.sqlite" --uit "$TMP/vraag-492-huisstijl" --huisstijl Tests/Fixtures/Huisstijl/huisstijl.docx
cp "$TMP/vraag-492-huisstijl/antwoord.docx" "$OUT/antwoord-huisstijl.docx" 2>/dev/null || fail "antwoord.docx met huisstijl ontbreekt"

# openxml-audit: errors of one file as "N<TAB>first messages" (JSON output, read with Python).
audit() {
  python3 -m openxml_audit --output json --max-errors 0 "$1" 2>"$TMP/audit.err" | python3 -c '
import json, sys
verslagen = json.load(sys.stdin)
fouten = ["%s %s: %s" % (e.get("part_uri", ""), e.get("path", ""), e.get("description", "")) for v in verslagen for e in v["errors"]]
print(len(fouten), "; ".join(fouten[:5]), sep="\t")'
}

# The validator must see what Word would repair: antwoord.docx without its font table and theme.
python3 - "$OUT/antwoord.docx" "$TMP/zonder-fonttable.docx" <<'PY' || fail "docx zonder fontTable maken"
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zin, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as zuit:
    for item in zin.infolist():
        if item.filename in ("word/fontTable.xml", "word/theme/theme1.xml"):
            continue
        data = zin.read(item.filename)
        if item.filename in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
            data = re.sub(rb"<(Relationship|Override)[^>]*(fontTable|theme)[^>]*/>", b"", data)
        zuit.writestr(item, data)
PY
uitslag=$(audit "$TMP/zonder-fonttable.docx")
if [ "${uitslag%%$'\t'*}" = 2 ] && grep -q fontTable <<<"$uitslag" && grep -q theme <<<"$uitslag"; then
  pass "openxml-audit vindt de 2 fouten van een docx zonder fontTable en theme"
else
  fail "openxml-audit op een docx zonder fontTable en theme: ${uitslag:-geen uitvoer} $(head -c 300 "$TMP/audit.err")"
fi

for bestand in "$OUT"/*.xlsx "$OUT"/*.docx; do
  uitslag=$(audit "$bestand")
  aantal=${uitslag%%$'\t'*}
  if [ "$aantal" = 0 ]; then
    pass "openxml-audit $(basename "$bestand"): 0 fouten"
  else
    fail "openxml-audit $(basename "$bestand"): ${aantal:-?} fouten: ${uitslag#*$'\t'} $(head -c 300 "$TMP/audit.err")"
  fi
done

# python-calamine against openpyxl, cell by cell.
out=$(python3 scripts/checks/xlsx_check.py calamine "$OUT"/*.xlsx 2>&1)
status=$?
echo "$out"
passed=$((passed + $(grep -c '^PASS ' <<<"$out")))
failed=$((failed + $(grep -c '^FAIL ' <<<"$out")))
[ $status -ne 0 ] && ! grep -q '^FAIL ' <<<"$out" && fail "xlsx_check.py calamine stopte met status $status"

finish
