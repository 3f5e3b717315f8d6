#!/usr/bin/env bash
# The answer's Word document opens in LibreOffice: convert antwoord.docx to text with
# LibreOffice headless and check the text (heading, numbered answers, the figures of answer 2,
# the tables of answers 2 and 7). Also checks the bundle is byte-identical when made twice,
# and the answer with a house style (--huisstijl) made by LibreOffice.
set -uo pipefail
cd "$(dirname "$0")/../.."
scripts/install-deps.sh libreoffice-writer-nogui >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
swift build --product samenleven >/dev/null 2>&1 || swift build --product samenleven
bin=.build/debug/samenleven
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SAMENLEVEN_DB="$work/db.sqlite" HOME="$work/home"
mkdir -p "$HOME"
passed=0 failed=0
check() { # description, command...
  local what=$1; shift
  if "$@"; then echo "PASS $what"; passed=$((passed + 1)); else echo "FAIL $what"; failed=$((failed + 1)); fi
}

$bin antwoord 492 --uit "$work/a" >/dev/null
$bin antwoord 492 --uit "$work/b" >/dev/null
check "antwoord 492 twee keer: dezelfde bestanden, byte voor byte" diff -r "$work/a" "$work/b"

soffice --headless --norestore --convert-to txt:Text --outdir "$work/txt" "$work/a/antwoord.docx" >/dev/null 2>&1
text="$work/txt/antwoord.txt"
check "LibreOffice opent antwoord.docx en zet het om naar tekst" test -s "$text"
contains() { grep -qF -- "$1" "$text"; }
check "kop met minister en vraag" contains "ANTWOORD op vraag nr. 492 van 1 september 2023 van Brecht Warnez"
check "antwoord 2 met beide getallen uit de gegevens" contains "22 projectindieners vertegenwoordigen 78 samenwerkende lokale besturen."
check "antwoord 3" contains "Elke aanvraag kon gehonoreerd worden."
for n in 1 2 3 4 5 6 7 8 9; do check "genummerd antwoord $n" grep -qE "^$n\.[[:space:]]" "$text"; done
check "tabel van antwoord 2 (Harelbeke, samen met)" contains "Kuurne, Waregem, Zwevegem"
check "tabel van antwoord 7 (Omstaanderstrainingen, Gent)" contains "Omstaanderstrainingen"
check "plaats voor het kabinet" contains "[IN TE VULLEN DOOR HET KABINET]"
check "voorbeelddata zichtbaar gemeld" contains "VOORBEELDDATA - geen officiële cijfers"

# Tables are real Word tables: LibreOffice writes their cells on separate lines.
soffice --headless --norestore --convert-to html --outdir "$work/html" "$work/a/antwoord.docx" >/dev/null 2>&1
check "twee Word-tabellen (antwoorden 2 en 7)" test "$(grep -o '<table' "$work/html/antwoord.html" | wc -l)" -eq 2

# The cabinet's house style (--huisstijl), from a style document LibreOffice makes here from
# Tests/Fixtures/Huisstijl/huisstijl.fodt: the answer printed by LibreOffice shows its header,
# footer and page setup, and the text stays the same.
scripts/install-deps.sh poppler-utils >/dev/null || { echo "FAIL poppler-utils installeren"; failed=$((failed + 1)); }
soffice --headless --norestore --convert-to docx --outdir "$work/stijl" Tests/Fixtures/Huisstijl/huisstijl.fodt >/dev/null 2>&1
check "LibreOffice maakt een huisstijldocument" test -s "$work/stijl/huisstijl.docx"
$bin antwoord 492 --uit "$work/huis" --huisstijl "$work/stijl/huisstijl.docx" >/dev/null
check "antwoord 492 --huisstijl: zelfde antwoord.md" cmp -s "$work/a/antwoord.md" "$work/huis/antwoord.md"
soffice --headless --norestore --convert-to pdf --outdir "$work/huis-pdf" "$work/huis/antwoord.docx" >/dev/null 2>&1
pdftotext -layout "$work/huis-pdf/antwoord.pdf" "$work/huis.txt" 2>/dev/null
pagina=$(pdfinfo "$work/huis-pdf/antwoord.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
check "huisstijl: koptekst van het kabinet op elke pagina ($pagina)" \
  test "$(grep -c 'Kabinet van de viceminister-president - huisstijl' "$work/huis.txt")" -eq "${pagina:-0}"
check "huisstijl: voettekst met paginanummer" grep -q 'Vlaamse Regering - pagina 2' "$work/huis.txt"
tr -s ' \n' '  ' <"$work/huis.txt" >"$work/huis-plat.txt"
check "huisstijl: de tekst van het antwoord" grep -qF "22 projectindieners vertegenwoordigen 78 samenwerkende lokale besturen." "$work/huis-plat.txt"
# Left margin 3 cm: the text starts about 85 pt from the left edge (2 cm = 57 pt without).
links=$(pdftotext -bbox -f 1 -l 1 "$work/huis-pdf/antwoord.pdf" - 2>/dev/null | grep -o 'xMin="[0-9.]*"' | cut -d'"' -f2 | sort -n | head -1)
check "huisstijl: linkermarge 3 cm (tekst begint op ${links:-?} pt)" awk -v x="${links:-0}" 'BEGIN { exit !(x > 80 && x < 90) }'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
