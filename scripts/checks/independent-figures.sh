#!/usr/bin/env bash
# The figures of a question file written from the spec alone (scripts/checks/onafhankelijk/
# vraag-4711.toml: the 2025 geography, outside and inside the centrumsteden, per inhabitant,
# years side by side) against an independent computation in Python from the voorbeelddata CSV
# files and the reference files, without toolkit code (onafhankelijk/reken.py). Control: a
# changed amount in antwoord.json must be reported.
set -uo pipefail
cd "$(dirname "$0")/../.."

source scripts/checks/lib/counting.bash

swift build --product samenleven >/dev/null || { fail "swift build --product samenleven"; finish; }
cli="$(swift build --show-bin-path)/samenleven"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export SAMENLEVEN_DB="$tmp/standaard.sqlite"

"$cli" voorbeelddata --uit "$tmp/voorbeeld" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; fail "voorbeelddata --uit"; finish; }
if "$cli" antwoord 4711 --vragen scripts/checks/onafhankelijk --uit "$tmp/antwoord" >/dev/null 2>"$tmp/err"; then
  pass "antwoord 4711 uit een vraagbestand dat alleen de spec volgt"
else
  cat "$tmp/err"; fail "antwoord 4711"; finish
fi
resources=Sources/SamenlevenModel/Resources
if python3 scripts/checks/onafhankelijk/reken.py "$tmp/voorbeeld" "$resources" "$tmp/antwoord/antwoord.json"; then
  pass "elk cijfer van vraag 4711 klopt met de onafhankelijke berekening"
else
  fail "vraag 4711 wijkt af van de onafhankelijke berekening"
fi

# Control: one amount changed by one euro must be reported.
python3 - "$tmp/antwoord/antwoord.json" "$tmp/kapot.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
d["deelvragen"][0]["gegevens"][0]["subsidie"] += 1
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
if python3 scripts/checks/onafhankelijk/reken.py "$tmp/voorbeeld" "$resources" "$tmp/kapot.json" >"$tmp/out" 2>&1; then
  cat "$tmp/out"; fail "controle: een bedrag dat 1 euro afwijkt, wordt niet gemeld"
else
  pass "controle: een bedrag dat 1 euro afwijkt, wordt gemeld ($(grep -c "^  deelvraag" "$tmp/out") verschil)"
fi
finish
