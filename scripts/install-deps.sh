#!/usr/bin/env bash
# Installs the Debian packages given as arguments when they are missing (apt-get; sudo when
# not root). Used by the README's commands and by .ci/run, so a fresh machine needs only Swift.
set -euo pipefail
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installeren: ${missing[*]}" >&2
# Another build on the same machine may hold the dpkg lock: wait for it instead of failing.
lock=(-o DPkg::Lock::Timeout=600)
$sudo apt-get "${lock[@]}" update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get "${lock[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
