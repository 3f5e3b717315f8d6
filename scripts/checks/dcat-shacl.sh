#!/usr/bin/env bash
# dcat.jsonld checked with SHACL (pyshacl) against scripts/checks/dcat-ap-vl-shapes.ttl, the
# project's shapes that mirror the rules of DCAT-AP Vlaanderen 2.0 as the metadata centre's
# Schematron translation gives them (see README.md here): the package of the embedded default
# data, the package of project year 1 and one with a publication settings file must have 0
# violations. Control packages, each with one known violation, must be reported with exactly
# that violation and the official rule it breaks, so that "0 violations" means the shapes were
# applied. Every rule in the shapes must name where it comes from (an official shape id or a
# comment), shown to fail on a copy with one id taken away.
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

# shacl.py DCAT SHAPES: prints every violation with the official rule it mirrors (rdfs:seeAlso of
# the shape) and "N overtredingen"; exit status 0 when none.
cat >"$tmp/shacl.py" <<'PY'
import sys
import rdflib
from pyshacl import validate
from rdflib.namespace import SH, RDFS
data = rdflib.Graph().parse(sys.argv[1], format="json-ld")
shapes = rdflib.Graph().parse(sys.argv[2], format="turtle")
conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True)
results = list(report.subjects(rdflib.RDF.type, SH.ValidationResult))
for r in results:
    rule = shapes.value(report.value(r, SH.sourceShape), RDFS.seeAlso) or "projectregel"
    print(f"  {report.value(r, SH.focusNode)} {report.value(r, SH.resultPath)}: {report.value(r, SH.resultMessage)} [{rule}]")
print(f"  {len(data)} triples, {len(results)} overtredingen")
sys.exit(0 if conforms and not results else 1)
PY

# herkomst.py SHAPES: every property shape names where its rule comes from: an official shape id
# (rdfs:seeAlso https://data.vlaanderen.be/shacl/DCAT-AP-VL#...) or an rdfs:comment on itself or
# on its node shape; prints the ones that do not and exits 1.
cat >"$tmp/herkomst.py" <<'PY'
import sys
import rdflib
from rdflib.namespace import SH, RDFS
g = rdflib.Graph().parse(sys.argv[1], format="turtle")
missing = [f"{node} {g.value(prop, SH.path)}" for node, prop in g.subject_objects(SH.property)
           if not str(g.value(prop, RDFS.seeAlso) or "").startswith("https://data.vlaanderen.be/shacl/DCAT-AP-VL#")
           and g.value(prop, RDFS.comment) is None and g.value(node, RDFS.comment) is None]
for m in missing:
    print(f"  zonder herkomst: {m}")
print(f"  {len(set(g.objects(None, SH.property)))} eigenschapsvormen, {len(missing)} zonder herkomst")
sys.exit(1 if missing else 0)
PY
if $python "$tmp/herkomst.py" "$shapes"; then pass "elke regel in de vormen noemt haar herkomst"; else fail "regels zonder herkomst in $shapes"; fi
# Control: the same shapes with the official id of one rule (foaf:name min 1) taken away.
grep -v -F 'DCAT-AP-VL#AgentShape/e9d8e42e' "$shapes" >"$tmp/zonder-herkomst.ttl"
$python "$tmp/herkomst.py" "$tmp/zonder-herkomst.ttl" >"$tmp/herkomst.log"
if grep -q "zonder herkomst: .*AgentShape http://xmlns.com/foaf/0.1/name" "$tmp/herkomst.log" && grep -q " 1 zonder herkomst" "$tmp/herkomst.log"; then
  pass "controle: een regel zonder officiële vorm-id of commentaar wordt gemeld"
else
  fail "controle: een regel zonder herkomst wordt niet gemeld"
fi

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

# Controls: a copy of the default package's dcat.jsonld with one known violation each must be
# reported as exactly 1 violation naming the official rule (shape id) or the message it breaks.
cat >"$tmp/kapot.py" <<'PY'
import json, sys
control, source, target = sys.argv[1:]
d = json.load(open(source))
contact, dist = d["dcat:contactPoint"], d["dcat:distribution"][0]
if control == "identificator":    # a distribution without dct:identifier
    del dist["dct:identifier"]
elif control == "naam-zonder-taal":  # foaf:name without a language tag
    d["dct:publisher"]["foaf:name"] = {"@value": d["dct:publisher"]["foaf:name"]}
elif control == "twee-contactpunten":
    d["dcat:contactPoint"] = [contact, dict(contact)]
elif control == "tweede-titel":     # a second title, in English, on a distribution
    dist["dct:title"] = [dist["dct:title"], {"@value": "Grants (CSV)", "@language": "en"}]
elif control == "geen-url-of-email":
    del contact["vcard:hasURL"]
elif control == "email-zonder-mailto":
    contact["vcard:hasEmail"] = {"@id": "https://example.org/contact"}
json.dump(d, open(target, "w"), ensure_ascii=False)
PY
vl=https://data.vlaanderen.be/shacl/DCAT-AP-VL
control() { # NAME DESCRIPTION EXPECTED (shape id or message text)
  $python "$tmp/kapot.py" "$1" "$tmp/standaard/dcat.jsonld" "$tmp/kapot-$1.jsonld"
  if $python "$tmp/shacl.py" "$tmp/kapot-$1.jsonld" "$shapes" >"$tmp/kapot.log"; then
    fail "controle: $2 wordt niet gemeld"
  elif grep -qF "$3" "$tmp/kapot.log" && grep -q " 1 overtredingen" "$tmp/kapot.log"; then
    pass "controle: $2 wordt als 1 overtreding gemeld ($3)"
  else
    cat "$tmp/kapot.log"; fail "controle: $2: onverwacht rapport (verwacht 1 overtreding, $3)"
  fi
}
if [ -f "$tmp/standaard/dcat.jsonld" ]; then
  control identificator "een distributie zonder dct:identifier" "$vl#DistributieShape/972d73e7a13100b66c0c2f44466edac47aa1ab28"
  control naam-zonder-taal "een uitgever met een naam zonder taal" "$vl#AgentShape/1399bd400d4637b15d5fe38202d6572f82150aac"
  control twee-contactpunten "een dataset met twee contactpunten" "$vl#DatasetShape/19ee039173472235e539aea2aa961ff7d3b89f5a"
  control tweede-titel "een distributie met een tweede titel" "$vl#DistributieShape/5c245f65e6c2294cd7079eb566de6fd4e4adb829"
  control geen-url-of-email "een contactpunt zonder URL en e-mail" "geen vcard:hasEmail en geen vcard:hasURL"
  control email-zonder-mailto "een e-mailadres zonder mailto:" "geen URI met het protocol mailto:"
else
  fail "controles: geen dcat.jsonld van de standaardgegevens"
fi

finish
