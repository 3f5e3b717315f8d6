#!/usr/bin/env bash
# Every JSON the toolkit writes for programs validated with python-jsonschema against its schema
# in schemas/: `samenleven vraag --formaat json` for every soort (schemas/antwoord.schema.json) on
# the embedded default data, and the example publication settings file of the README
# (schemas/opendata-publicatie.schema.json). No JSON of the answer or the open-data package has a
# key "_0". Control: an answer with a cell in Swift's enum encoding must be refused.
set -uo pipefail
cd "$(dirname "$0")/../.."

source scripts/checks/lib/counting.bash

python=python3
scripts/install-pip.sh "jsonschema==4.26.0" || { fail "jsonschema installeren"; finish; }

swift build --product samenleven >/dev/null || { fail "swift build --product samenleven"; finish; }
cli="$(swift build --show-bin-path)/samenleven"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export SAMENLEVEN_DB="$tmp/standaard.sqlite"
export SAMENLEVEN_STANDAARDGEGEVENS=1

# valid.py SCHEMA FILE...: exit status 0 when every file validates (SCHEMA "-": no schema) and
# none has a key "_0" anywhere.
cat >"$tmp/valid.py" <<'PY'
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1])) if sys.argv[1] != "-" else {}
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
def keys(value):
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from keys(v)
    elif isinstance(value, list):
        for v in value:
            yield from keys(v)
ok = True
for path in sys.argv[2:]:
    document = json.load(open(path))
    errors = list(validator.iter_errors(document))
    for e in errors[:5]:
        print(f"  {path}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
    if "_0" in set(keys(document)):
        print(f"  {path}: sleutel _0")
    if errors or "_0" in set(keys(document)):
        ok = False
sys.exit(0 if ok else 1)
PY

files=()
for soort in toekenningen samenwerking weigeringen aanvragen budget mentorschap sio kpi; do
  if "$cli" vraag "$soort" --formaat json >"$tmp/$soort.json" 2>"$tmp/err"; then files+=("$tmp/$soort.json"); else cat "$tmp/err"; fail "vraag $soort --formaat json"; fi
done
if $python "$tmp/valid.py" schemas/antwoord.schema.json "${files[@]}"; then
  pass "vraag --formaat json: ${#files[@]} antwoorden volgen schemas/antwoord.schema.json, geen sleutel _0"
else
  fail "vraag --formaat json volgt schemas/antwoord.schema.json niet"
fi

# The README's example settings file, between the markers.
sed -n '/<!-- publicatie.json -->/,/<!-- \/publicatie.json -->/p' README.md | sed '1,2d;$d' | sed '$d' >"$tmp/publicatie.json"
if [ -s "$tmp/publicatie.json" ] && $python "$tmp/valid.py" schemas/opendata-publicatie.schema.json "$tmp/publicatie.json" \
   && "$cli" opendata --uit "$tmp/pakket" --publicatie "$tmp/publicatie.json" >/dev/null 2>"$tmp/err"; then
  pass "het voorbeeld van publicatie.json in de README volgt zijn schema en wordt aanvaard"
else
  cat "$tmp/err" "$tmp/publicatie.json"; fail "voorbeeld van publicatie.json"
fi
if [ -d "$tmp/pakket" ] && $python "$tmp/valid.py" - "$tmp"/pakket/*.json "$tmp/pakket/dcat.jsonld"
then pass "open-datapakket: geen sleutel _0"; else fail "open-datapakket bevat _0"; fi

# Control: Swift's default enum encoding of a cell must be refused by the schema.
$python - "$tmp/toekenningen.json" "$tmp/kapot.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
first = d["rijen"][0]["waarden"]
key = next(iter(first))
first[key] = {"_0": "Provincie Antwerpen"}
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
if $python "$tmp/valid.py" schemas/antwoord.schema.json "$tmp/kapot.json" >/dev/null; then
  fail "controle: een cel {\"_0\": ...} wordt niet geweigerd"
else
  pass "controle: een cel {\"_0\": ...} wordt door het schema geweigerd"
fi

finish
