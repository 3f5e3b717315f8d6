#!/usr/bin/env bash
# dcat.jsonld checked with SHACL (pyshacl) against scripts/checks/dcat-ap-vl-shapes.ttl, the
# project's shapes from the rules of DCAT-AP Vlaanderen 2.0: the package of the embedded default
# data, the package of project year 1 and one with a publication settings file must have 0
# violations; a control package with a known violation (a distribution without dct:identifier)
# must be reported, so that "0 violations" means the shapes were applied.
set -uo pipefail
cd "$(dirname "$0")/../.."

source scripts/checks/lib/counting.bash

python=python3
# The versions this check was written against, installed by package name when missing.
scripts/install-pip.sh "pyshacl==0.40.1" "rdflib==7.6.0" || { fail "pyshacl installeren"; finish; }

swift build --product samenleven >/dev/null || { fail "swift build --product samenleven"; finish; }
cli="$(swift build --show-bin-path)/samenleven"
shapes=scripts/checks/dcat-ap-vl-shapes.ttl

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export SAMENLEVEN_DB="$tmp/standaard.sqlite"
export SAMENLEVEN_STANDAARDGEGEVENS=1

# shacl.py DCAT SHAPES: prints the violations and "N overtredingen"; exit status 0 when none.
cat >"$tmp/shacl.py" <<'PY'
import sys
import rdflib
from pyshacl import validate
from rdflib.namespace import SH
data = rdflib.Graph().parse(sys.argv[1], format="json-ld")
shapes = rdflib.Graph().parse(sys.argv[2], format="turtle")
conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True)
results = list(report.subjects(rdflib.RDF.type, SH.ValidationResult))
for r in results:
    print(f"  {report.value(r, SH.focusNode)} {report.value(r, SH.resultPath)}: {report.value(r, SH.resultMessage)}")
print(f"  {len(data)} triples, {len(results)} overtredingen")
sys.exit(0 if conforms and not results else 1)
PY

check() { # NAME DIR
  if $python "$tmp/shacl.py" "$2/dcat.jsonld" "$shapes"; then pass "$1: 0 overtredingen van DCAT-AP Vlaanderen 2.0"; else fail "$1: dcat.jsonld voldoet niet aan DCAT-AP Vlaanderen 2.0"; fi
}

if "$cli" opendata --uit "$tmp/standaard" >/dev/null 2>"$tmp/err"; then check "standaardgegevens" "$tmp/standaard"; else cat "$tmp/err"; fail "samenleven opendata"; fi
if "$cli" opendata --uit "$tmp/jaar1" --projectjaar 1 >/dev/null 2>"$tmp/err"; then check "projectjaar 1" "$tmp/jaar1"; else cat "$tmp/err"; fail "samenleven opendata --projectjaar 1"; fi

cat >"$tmp/publicatie.json" <<'JSON'
{"uitgeverURI": "https://data.vlaanderen.be/id/organisatie/OVO000000", "contactEmail": "info@example.org",
 "basisURL": "https://example.org/plan-samenleven/"}
JSON
if "$cli" opendata --uit "$tmp/ingesteld" --publicatie "$tmp/publicatie.json" >/dev/null 2>"$tmp/err"; then
  check "met publicatie-instellingen" "$tmp/ingesteld"
  if grep -q '"@id": "https://example.org/plan-samenleven/toekenningen.csv"' "$tmp/ingesteld/dcat.jsonld"; then
    pass "basisURL: absolute download-URL's"
  else
    fail "basisURL niet gebruikt"
  fi
else
  cat "$tmp/err"; fail "samenleven opendata --publicatie"
fi

# Control: one distribution without its dct:identifier must be reported.
cp -r "$tmp/standaard" "$tmp/kapot"
$python - "$tmp/kapot/dcat.jsonld" <<'PY'
import json, sys
path = sys.argv[1]
d = json.load(open(path))
del d["dcat:distribution"][0]["dct:identifier"]
json.dump(d, open(path, "w"), ensure_ascii=False)
PY
if $python "$tmp/shacl.py" "$tmp/kapot/dcat.jsonld" "$shapes" >"$tmp/kapot.log"; then
  fail "controle: een distributie zonder dct:identifier wordt niet gemeld"
elif grep -q "identifier" "$tmp/kapot.log" && grep -q " 1 overtredingen" "$tmp/kapot.log"; then
  pass "controle: een distributie zonder dct:identifier wordt als 1 overtreding gemeld"
else
  cat "$tmp/kapot.log"; fail "controle: onverwacht rapport"
fi

finish
