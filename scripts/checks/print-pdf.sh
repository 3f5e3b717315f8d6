#!/usr/bin/env bash
# The annex prints legibly (see scripts/checks/README.md): LibreOffice headless prints the
# bijlage to PDF (that of the main task, from the built-in data, and that of the fixture in
# xlsx-fixture/), pdftotext -bbox (poppler-utils) gives every word with its box, and on every
# page the smallest text height (yMax - yMin of a word, in pt) must be at least 6 pt. Text that
# spills over empty columns makes "one page wide" shrink the whole sheet; this catches it.
# Prints the numbers per page. Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

MINIMUM=6
source scripts/checks/lib/counting.bash

# Calc prints the workbook; poppler-utils measures the PDF (checked by package, not by command).
scripts/install-deps.sh libreoffice-calc-nogui poppler-utils || { fail "LibreOffice Calc en poppler-utils installeren"; finish; }

swift build --product samenleven >/dev/null || { fail "swift build"; finish; }
BIN="$(swift build --show-bin-path)/samenleven"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/pdf" "$TMP/home"
unset SOURCE_DATE_EPOCH

run() { "$@" >>"$TMP/cli.log" 2>&1 || { cat "$TMP/cli.log"; fail "$*"; }; }
run "$BIN" antwoord 492 --db "$TMP/standaard.sqlite" --uit "$TMP/vraag-492"
cp "$TMP/vraag-492/bijlage.xlsx" "$TMP/bijlage-492.xlsx" 2>/dev/null || fail "bijlage.xlsx van antwoord 492 ontbreekt"
run "$BIN" importeer --db "$TMP/fixture.sqlite" scripts/checks/xlsx-fixture/*.csv
run "$BIN" bijlage 492 --db "$TMP/fixture.sqlite" --uit "$TMP/bijlage-fixture.xlsx"

# The control: a sheet "one page wide" with one line of text that spills over 3.000
# characters must measure far below the minimum, or the measurement proves nothing.
scripts/install-pip.sh "openpyxl==3.1.5" || fail "openpyxl installeren"
python3 - "$TMP/controle-spill.xlsx" <<'PY' || fail "controlewerkboek maken"
import sys
import openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws["A1"] = "Een gewone titel"
ws["A2"] = " ".join(["toekenningen-voorbeelddata.csv:400;"] * 90)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = 9
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
wb.save(sys.argv[1])
PY

HOME="$TMP/home" timeout 600 soffice -env:UserInstallation="file://$TMP/lo-profiel" --headless --norestore \
  --convert-to pdf --outdir "$TMP/pdf" "$TMP"/bijlage-*.xlsx "$TMP/controle-spill.xlsx" >"$TMP/soffice.log" 2>&1 \
  || { cat "$TMP/soffice.log"; fail "LibreOffice kon de bijlage niet naar PDF omzetten"; }

for werkboek in "$TMP"/bijlage-*.xlsx "$TMP/controle-spill.xlsx"; do
  naam=$(basename "$werkboek" .xlsx)
  pdf="$TMP/pdf/$naam.pdf"
  if [ ! -s "$pdf" ]; then fail "$naam.pdf ontbreekt"; continue; fi
  pdftotext -bbox "$pdf" "$TMP/pdf/$naam.html" 2>/dev/null || { fail "pdftotext -bbox $naam.pdf"; continue; }
  # One line per page: number, smallest word height, word count, the sheet (from the footer)
  # and the smallest word; then PASS or FAIL for the whole document.
  python3 - "$TMP/pdf/$naam.html" "$naam.pdf" "$MINIMUM" <<'PY'
import sys
from xml.etree import ElementTree

pad, naam, minimum = sys.argv[1], sys.argv[2], float(sys.argv[3])
controle = naam.startswith("controle")
X = "{http://www.w3.org/1999/xhtml}"
te_klein, pagina_s = [], 0
for nummer, pagina in enumerate(ElementTree.parse(pad).getroot().iter(X + "page"), 1):
    pagina_s += 1
    woorden = [(float(w.get("yMax")) - float(w.get("yMin")), w.text or "", float(w.get("yMin"))) for w in pagina.iter(X + "word")]
    if not woorden:
        print(f"  pagina {nummer}: geen tekst (lege pagina)")
        continue
    hoogte, woord, _ = min(woorden)
    # The footer is the lowest line: "Vraag 492  <blad>  Pagina x van y".
    onderste = max(y for _, _, y in woorden)
    voet = " ".join(t for _, t, y in woorden if abs(y - onderste) < 2)
    blad = (voet.split("Pagina")[0].replace("Vraag 492", "").strip() if "Pagina" in voet else "") or "?"
    print(f"  pagina {nummer}: kleinste tekst {hoogte:.2f} pt ({len(woorden)} woorden, blad {blad}, '{woord[:30]}')")
    if hoogte < minimum:
        te_klein.append(f"pagina {nummer} ({blad}) {hoogte:.2f} pt")
if pagina_s == 0:
    print(f"FAIL {naam}: geen pagina's")
elif controle:
    # Spilled text must be caught.
    if te_klein:
        print(f"PASS {naam}: de meting vangt tekst die over de kolommen loopt (" + ", ".join(te_klein) + ")")
    else:
        print(f"FAIL {naam}: de meting vond geen te kleine tekst in een blad dat verkleind moet zijn")
elif te_klein:
    print(f"FAIL {naam}: tekst kleiner dan {minimum:g} pt op " + ", ".join(te_klein))
else:
    print(f"PASS {naam}: {pagina_s} pagina's, op elke pagina tekst van minstens {minimum:g} pt")
PY
done > "$TMP/meting.txt" 2>&1
cat "$TMP/meting.txt"
passed=$((passed + $(grep -c '^PASS ' "$TMP/meting.txt")))
failed=$((failed + $(grep -c '^FAIL ' "$TMP/meting.txt")))
[ "$(grep -c '^\(PASS\|FAIL\) ' "$TMP/meting.txt")" -eq 3 ] || fail "niet elk document gemeten"

finish
