#!/usr/bin/env bash
# Every library target of Package.swift has a DocC catalogue (Sources/T/T.docc), built with
# swift-docc-plugin (`swift package generate-documentation`, a dependency in Package.swift) and
# `--warnings-as-errors`: a ``Symbol`` link or <doc:Article> that does not resolve, in a catalogue
# or in a `///` comment, fails the check. Then every landing page must have `## Topics` that list
# every public symbol of the target in one of its groups (DocC adds a generated group for
# anything left out). Controls: the plugin really passed `--warnings-as-errors` to docc; the
# same docc invocation on a copy of a catalogue with one broken link fails, naming the link,
# while the unchanged copy passes; and a copy with one type left out of ## Topics is reported.
set -uo pipefail
cd "$(dirname "$0")/../.."

source scripts/checks/lib/counting.bash

python=python3
targets=()
for catalogue in Sources/*/*.docc; do
  target="$(basename "$catalogue" .docc)"
  [ "$(basename "$(dirname "$catalogue")")" = "$target" ] && targets+=("$target")
done
[ "${#targets[@]}" -gt 0 ] || { fail "geen DocC-catalogus gevonden onder Sources/"; finish; }

# Every library target (`.target(name: ...)` in Package.swift) has its catalogue.
missing="$($python - <<'PY'
import os, re
names = re.findall(r'\.target\(\s*name:\s*"([^"]+)"', open("Package.swift").read())
print(" ".join(n for n in names if not os.path.isdir(f"Sources/{n}/{n}.docc")))
PY
)"
if [ -z "$missing" ]; then
  pass "elke bibliotheek in Package.swift heeft een DocC-catalogus (${#targets[@]})"
else
  fail "bibliotheken zonder DocC-catalogus (Sources/DOEL/DOEL.docc): $missing"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

outputs=.build/plugins/Swift-DocC/outputs
target_args=()
for target in "${targets[@]}"; do
  target_args+=(--target "$target")
  rm -rf "$outputs/$target.doccarchive"   # no stale archive from an earlier run
done
started=$SECONDS
# The plugin's own lines (docc invocation, Finished building) go to stdout, SwiftPM's and docc's
# diagnostics to stderr. Kept apart, so a warning written at the same moment (such as
# ZIPFoundation's unhandled PrivacyInfo.xcprivacy) can never splice into the invocation line.
swift package --disable-sandbox generate-documentation "${target_args[@]}" --warnings-as-errors --verbose \
  >"$tmp/docc.log" 2>"$tmp/docc.err"
status=$?
echo "  generate-documentation voor ${targets[*]}: $((SECONDS - started)) s, exit $status"

# DocC's diagnostics (each names its file and line), then one PASS or FAIL per target. A target
# after a failed one may not be built at all; it fails too, since it was not checked.
[ "$status" -eq 0 ] || grep -hvE "^\[[0-9]+/[0-9]+\]|^docc invocation:|PrivacyInfo.xcprivacy|'zipfoundation': found" "$tmp/docc.err" "$tmp/docc.log" | head -80
for target in "${targets[@]}"; do
  if grep -q "^Finished building documentation for '$target'" "$tmp/docc.log"; then
    pass "$target: documentatie gebouwd zonder waarschuwingen"
  else
    fail "$target: documentatie niet gebouwd met --warnings-as-errors"
  fi
done
if [ "$status" -eq 0 ]; then pass "generate-documentation: exit 0"; else fail "generate-documentation: exit $status"; fi

# Every public symbol curated: DocC puts what no Topics group lists in generated groups
# ("Structures", "Extended Modules", ...) of the landing page. uncurated ARCHIVE TARGET prints them.
uncurated() {
  local page="$1/data/documentation/$(echo "$2" | tr '[:upper:]' '[:lower:]').json"
  [ -f "$page" ] || { echo "  geen landingspagina in het archief: $page"; return 2; }
  $python - "$page" <<'PY'
import json, sys
page = json.load(open(sys.argv[1]))
left = [(s.get("title"), [i.rsplit("/", 1)[-1] for i in s.get("identifiers", [])])
        for s in page.get("topicSections", []) if s.get("generated")]
for title, names in left:
    print(f"  niet in ## Topics ({title}): {', '.join(names)}")
sys.exit(1 if left else 0)
PY
}
for target in "${targets[@]}"; do
  if ! grep -q '^## Topics' "Sources/$target/$target.docc/$target.md" 2>/dev/null; then
    fail "$target: de landingspagina $target.md heeft geen ## Topics"
  elif uncurated "$outputs/$target.doccarchive" "$target"; then
    pass "$target: elk publiek symbool staat in een groep van ## Topics"
  else
    fail "$target: publieke symbolen buiten ## Topics"
  fi
done

# Control 1: the flag reached docc (the plugin passes unknown options through).
# The controls need a catalogue whose ## Topics lists a plain type (``Name``) to take out; a
# macro-only target (Memberwise) has none.
control=""
for target in "${targets[@]}"; do
  if grep -qE '^- ``[A-Za-z]+``$' "Sources/$target/$target.docc/$target.md"; then control="$target"; break; fi
done
control="${control:-${targets[0]}}"
invocation="$(grep -m1 "^docc invocation: '.* convert [^ ]*/$control.docc " "$tmp/docc.log" \
  | sed -e "s/^docc invocation: '\\([^']*\\)'.*\$/\\1/")"
if [[ " $invocation " == *" --warnings-as-errors "* ]]; then
  pass "controle: de plugin geeft --warnings-as-errors door aan docc"
else
  fail "controle: geen docc-aanroep met --warnings-as-errors voor $control"
fi

# Control 2: the same invocation on a copy of the catalogue fails with one broken link and
# passes without it, so a PASS above means the links were checked.
if [ -n "$invocation" ]; then
  read -r -a argv <<<"$invocation"
  run_copy() { # CATALOGUE OUTPUT LOG
    local args=() i
    for ((i = 0; i < ${#argv[@]}; i++)); do
      case "${argv[i]}" in
        */"$control.docc") args+=("$1") ;;
        --output-path) args+=(--output-path "$2"); i=$((i + 1)) ;;
        --emit-lmdb-index) ;;
        *) args+=("${argv[i]}") ;;
      esac
    done
    "${args[@]}" >"$3" 2>&1
  }
  cp -r "Sources/$control/$control.docc" "$tmp/heel.docc"
  cp -r "Sources/$control/$control.docc" "$tmp/kapot.docc"
  printf '\nZie ook ``BestaatNiet``.\n' >>"$tmp/kapot.docc/$control.md"
  if run_copy "$tmp/heel.docc" "$tmp/heel.doccarchive" "$tmp/heel.log"; then
    pass "controle: een kopie van $control.docc bouwt met dezelfde docc-aanroep"
  else
    cat "$tmp/heel.log"; fail "controle: de kopie van $control.docc bouwt niet"
  fi
  if run_copy "$tmp/kapot.docc" "$tmp/kapot.doccarchive" "$tmp/kapot.log"; then
    fail "controle: een gebroken \`\`BestaatNiet\`\`-link wordt niet gemeld"
  elif grep -q "BestaatNiet" "$tmp/kapot.log"; then
    pass "controle: een gebroken \`\`BestaatNiet\`\`-link laat docc falen"
  else
    cat "$tmp/kapot.log"; fail "controle: docc faalt, maar zonder de gebroken link te noemen"
  fi
  # Control 3: a type taken out of ## Topics is reported (the check above can fail).
  cp -r "Sources/$control/$control.docc" "$tmp/onvolledig.docc"
  weg="$(grep -m1 -E '^- ``[A-Za-z]+``$' "$tmp/onvolledig.docc/$control.md")"
  grep -vxF -- "$weg" "Sources/$control/$control.docc/$control.md" >"$tmp/onvolledig.docc/$control.md"
  if [ -z "$weg" ]; then
    fail "controle: geen type in ## Topics van $control om weg te laten"
  elif ! run_copy "$tmp/onvolledig.docc" "$tmp/onvolledig.doccarchive" "$tmp/onvolledig.log"; then
    cat "$tmp/onvolledig.log"; fail "controle: de kopie zonder $weg bouwt niet"
  elif uncurated "$tmp/onvolledig.doccarchive" "$control" >"$tmp/onvolledig.txt"; then
    fail "controle: $weg ontbreekt in ## Topics, maar dat wordt niet gemeld"
  else
    pass "controle: zonder ${weg#- } in ## Topics meldt de controle: $(sed 's/^ *//' "$tmp/onvolledig.txt")"
  fi
else
  fail "controle: geen docc-aanroep gevonden om te herhalen"
fi

finish
