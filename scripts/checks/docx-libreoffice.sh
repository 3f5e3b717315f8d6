#!/usr/bin/env bash
# The answer's Word document opens in LibreOffice: convert antwoord.docx to text with
# LibreOffice headless and check the text (heading, numbered answers, the figures of answer 2,
# the tables of answers 2 and 7). Also checks the bundle is byte-identical when made twice.
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

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
