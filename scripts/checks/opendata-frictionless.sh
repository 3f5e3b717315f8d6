#!/usr/bin/env bash
# The open-data package checked with independent clients: frictionless-py validates the Data Package v2
# datapackage.json (types, constraints, primary and foreign keys, sizes and hashes) and rdflib
# reads dcat.jsonld as RDF. Data: the committed fixture Tests/Fixtures/OpenData/ (with a
# toelichting =HYPERLINK("http://x") and a file of voorbeelddata), then the embedded default
# dataset (published year-1 lists and synthetic records).
set -uo pipefail
cd "$(dirname "$0")/../.."

source scripts/checks/lib/counting.bash

python=python3
# The versions this check was written against, installed by package name when missing.
scripts/install-pip.sh "frictionless[json]==5.21.0" "ijson==3.6.0" "rdflib==7.6.0" \
  || { fail "frictionless en rdflib installeren"; finish; }

swift build --product samenleven >/dev/null || { fail "swift build --product samenleven"; finish; }
cli="$(swift build --show-bin-path)/samenleven"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export SAMENLEVEN_DB="$tmp/fixture.sqlite"
export SAMENLEVEN_STANDAARDGEGEVENS=0   # the fixture store holds only the fixture

if "$cli" importeer Tests/Fixtures/OpenData/*.csv >"$tmp/importeer.log" 2>&1; then
  pass "fixture ingevoerd"
else
  cat "$tmp/importeer.log"; fail "fixture invoeren"; finish
fi
if "$cli" opendata --uit "$tmp/pakket" >"$tmp/opendata.log" 2>&1; then
  pass "samenleven opendata"
else
  cat "$tmp/opendata.log"; fail "samenleven opendata"; finish
fi

# validate.py REPORT EXPECTED_TASKS: VALID, every resource checked, no error, no warning.
cat >"$tmp/validate.py" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
tasks = report.get("tasks", [])
errors = [(t.get("name"), e.get("type"), e.get("message")) for t in tasks for e in t.get("errors", [])]
errors += [(None, e.get("type"), e.get("message")) for e in report.get("errors", [])]
warnings = [w for t in tasks for w in t.get("warnings", [])]
for name, kind, message in errors:
    print(f"  {name}: {kind}: {message}")
for w in warnings:
    print(f"  waarschuwing: {w}")
print(f"  {len(tasks)} tabellen gecontroleerd, valid={report.get('valid')}")
ok = report.get("valid") is True and not errors and not warnings and len(tasks) == int(sys.argv[2])
sys.exit(0 if ok else 1)
PY

validate() { # DIR EXPECTED_TASKS
  (cd "$1" && $python -m frictionless validate --json datapackage.json >"$1.report.json" 2>"$1.report.err")
  $python "$tmp/validate.py" "$1.report.json" "$2" || { cat "$1.report.err"; return 1; }
}

# 11 tables, each as CSV and JSON.
if validate "$tmp/pakket" 22; then pass "frictionless validate: VALID, ook de vreemde sleutels"; else fail "frictionless validate"; fi

# Negative control: a bestuur that is not in besturen.csv must be reported as a foreign-key error,
# so a VALID above really means the foreign keys were checked.
cp -r "$tmp/pakket" "$tmp/kapot"
sed -i 's/^1,11002,Antwerpen,/1,99999,Antwerpen,/' "$tmp/kapot/toekenningen.csv"
$python - "$tmp/kapot/datapackage.json" <<'PY'
import json, sys
path = sys.argv[1]
package = json.load(open(path))
for resource in package["resources"]:
    resource.pop("bytes", None); resource.pop("hash", None)
json.dump(package, open(path, "w"), ensure_ascii=False)
PY
(cd "$tmp/kapot" && $python -m frictionless validate --json datapackage.json >"$tmp/kapot.json" 2>/dev/null)
if $python -c "
import json, sys
r = json.load(open('$tmp/kapot.json'))
kinds = [e['type'] for t in r['tasks'] for e in t['errors']]
sys.exit(0 if r['valid'] is False and kinds == ['foreign-key'] else 1)"; then
  pass "controle: een onbekende bestuurscode wordt als foreign-key-fout gemeld"
else
  fail "controle: frictionless meldt de gebroken vreemde sleutel niet"
fi

if grep -qF "\"'=HYPERLINK(\"\"http://x\"\")\"" "$tmp/pakket/toekenningen.csv" \
   && grep -qF '"toelichting": "=HYPERLINK(\"http://x\")"' "$tmp/pakket/toekenningen.json"; then
  pass "=HYPERLINK geneutraliseerd in de CSV, ongewijzigd in de JSON"
else
  fail "neutralisatie van =HYPERLINK"
fi

if $python - "$tmp/pakket" <<'PY'
import os, sys, rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF
directory = sys.argv[1]
g = rdflib.Graph()
g.parse(os.path.join(directory, "dcat.jsonld"), format="json-ld")
datasets = list(g.subjects(RDF.type, DCAT.Dataset))
distributions = list(g.subjects(RDF.type, DCAT.Distribution))
missing = []
for d in distributions:
    url = str(g.value(d, DCAT.downloadURL))
    name = url.rsplit("/", 1)[-1]
    if not os.path.isfile(os.path.join(directory, name)):
        missing.append(url)
license = g.value(datasets[0], DCTERMS.license) if datasets else None
print(f"  {len(g)} triples, {len(datasets)} dataset, {len(distributions)} distributies, licentie {license}")
ok = len(datasets) == 1 and len(distributions) == 23 and not missing and license is not None
sys.exit(0 if ok else 1)
PY
then pass "dcat.jsonld is geldige JSON-LD: 1 dcat:Dataset, een dcat:Distribution per bestand"; else fail "dcat.jsonld"; fi

"$cli" opendata --uit "$tmp/tweede" >/dev/null 2>&1
if diff -r "$tmp/pakket" "$tmp/tweede" >/dev/null; then pass "tweede run: dezelfde bytes"; else fail "tweede run verschilt"; fi

if "$cli" opendata --uit "$tmp/jaar1" --projectjaar 1 --datum 2023-12-31 >/dev/null 2>&1 && validate "$tmp/jaar1" 22; then
  pass "pakket van projectjaar 1 (zonder voorbeelddata): VALID"
else
  fail "pakket van projectjaar 1"
fi
if ! grep -rq "VOORBEELDDATA" "$tmp/jaar1"; then pass "zonder voorbeelddata geen VOORBEELDDATA-label"; else fail "VOORBEELDDATA-label in een officieel pakket"; fi

# The embedded default dataset, as a user gets it on a new store.
if SAMENLEVEN_STANDAARDGEGEVENS=1 SAMENLEVEN_DB="$tmp/standaard.sqlite" "$cli" opendata --uit "$tmp/standaard" >/dev/null 2>&1 \
   && validate "$tmp/standaard" 22 && grep -q '"voorbeelddata": true' "$tmp/standaard/datapackage.json"; then
  pass "pakket van de ingebouwde standaardgegevens: VALID, met VOORBEELDDATA-markering"
else
  fail "pakket van de ingebouwde standaardgegevens"
fi

finish
