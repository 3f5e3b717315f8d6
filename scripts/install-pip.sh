#!/usr/bin/env bash
# Installs the PyPI packages given as NAME==VERSION arguments when that version is not
# installed, checked per package with `pip show` (never by importing a module or finding a
# command that another package may also provide). Used by the checks in scripts/checks/.
set -euo pipefail
python=${PYTHON:-python3}
missing=()
for requirement in "$@"; do
  name=${requirement%%[=<>\[]*}
  version=${requirement##*==}
  # `pip show` fails for a package that is not installed: that is an answer, not an error.
  installed=$({ $python -m pip show "$name" 2>/dev/null || true; } | sed -n 's/^Version: //p')
  [ -n "$installed" ] && { [ "$version" = "$requirement" ] || [ "$installed" = "$version" ]; } && continue
  missing+=("$requirement")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installeren (pip): ${missing[*]}" >&2
$python -m pip install --quiet --disable-pip-version-check "${missing[@]}" 2>/dev/null \
  || $python -m pip install --quiet --disable-pip-version-check --break-system-packages "${missing[@]}"
