#!/usr/bin/env bash
# Import benchmark (not a test): rows per second and peak memory of `samenleven importeer`.
#   scripts/bench-import.sh
# Builds in release, generates the files in a temporary folder, prints a table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh libxlsxwriter-dev libsqlite3-dev pkg-config time
swift build -c release --product samenleven >/dev/null
bin=.build/release/samenleven
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gemeenten=Sources/SamenlevenModel/Resources/gemeenten.csv
python3 Benchmarks/import/genereer-toekenningen.py 21744 "$work/toekenningen-uniek.csv" "$gemeenten" --uniek
python3 Benchmarks/import/genereer-toekenningen.py 100000 "$work/toekenningen-100000.csv" "$gemeenten"

measure() { # label rows expected-status command...
  local label=$1 rows=$2 expect=$3; shift 3
  local status=0
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || status=$?
  [ "$status" = "$expect" ] || { echo "onverwachte afsluitcode $status voor $label" >&2; tail -3 "$work/err" >&2; exit 1; }
  read -r seconds kb < <(tail -n 1 "$work/time")
  printf "%-52s %9s %8.2f s %12.0f rijen/s %8.1f MB\n" "$label" "$rows" "$seconds" "$(echo "$rows / $seconds" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
}
printf "%-52s %9s %10s %19s %11s\n" "meting" "rijen" "tijd" "snelheid" "piekgeheugen"
measure "21.744 unieke rijen, lege databank (alles nieuw)" 21744 0 $bin importeer --db "$work/a.sqlite" "$work/toekenningen-uniek.csv"
measure "21.744 rijen, opnieuw (niets verandert)" 21744 0 $bin importeer --db "$work/a.sqlite" "$work/toekenningen-uniek.csv"
measure "100.000 rijen, gevalideerd, geweigerd (dubbele sleutels)" 100000 2 $bin importeer --db "$work/b.sqlite" "$work/toekenningen-100000.csv"
