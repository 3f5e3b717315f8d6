#!/usr/bin/env bash
# Benchmark of the XlsxWriter target against the libxlsxwriter C program and Python XlsxWriter.
#
# Each writer produces the same N rows x 8 columns (text, 5-digit code as text, 4 whole numbers,
# an amount with a currency format, a text remark) in constant_memory mode. Wall time and peak
# RSS come from /usr/bin/time -v; the best wall and CPU (user+sys) times of REPEAT interleaved runs
# are reported. CPU time is the steadier figure when other jobs share the machine.
#
#   scripts/bench-xlsx.sh                 # 10000 100000 1000000 rows
#   scripts/bench-xlsx.sh 10000 50000     # other sizes
#   REPEAT=5 scripts/bench-xlsx.sh        # more runs per measurement (default 3)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10000 100000 1000000)
REPEAT="${REPEAT:-3}"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench-xlsx.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/tmp"

# --- tools -----------------------------------------------------------------
if ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "installing GNU time ..." >&2
    apt-get install -y -qq time >/dev/null
fi
if ! python3 -c 'import xlsxwriter' 2>/dev/null; then
    echo "installing Python XlsxWriter ..." >&2
    python3 -m pip install --quiet XlsxWriter
fi

echo "building the Swift benchmark (release) ..." >&2
(cd "$ROOT" && swift build -c release --product xlsx-benchmark >/dev/null)
SWIFT_BIN="$(cd "$ROOT" && swift build -c release --show-bin-path)/xlsx-benchmark"

echo "compiling the C benchmark ..." >&2
gcc -O2 -o "$WORK/bench-c" "$ROOT/Benchmarks/xlsx/bench.c" $(pkg-config --cflags --libs xlsxwriter)

# --- measuring -------------------------------------------------------------
# run_once NAME ROWS -> prints "wall_seconds cpu_seconds peak_kilobytes"
run_once() {
    local name="$1" rows="$2" out="$WORK/$1-$2.xlsx" log="$WORK/time.log"
    case "$name" in
        Swift)  /usr/bin/time -v -o "$log" "$SWIFT_BIN" "$rows" "$out" "$WORK/tmp" ;;
        C)      /usr/bin/time -v -o "$log" "$WORK/bench-c" "$rows" "$out" "$WORK/tmp" ;;
        Python) /usr/bin/time -v -o "$log" python3 "$ROOT/Benchmarks/xlsx/bench.py" "$rows" "$out" "$WORK/tmp" ;;
    esac
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (k = 1; k <= n; k++) w = w * 60 + p[k] }
        /User time \(seconds\)/ { u = $2 }
        /System time \(seconds\)/ { s = $2 }
        /Maximum resident set size/ { m = $2 }
        END { printf "%s %.2f %s\n", w, u + s, m }' "$log"
}

WRITERS=(C Swift Python)
printf '\n%-9s %-7s %9s %9s %13s %12s %11s %11s\n' "rows" "writer" "wall (s)" "cpu (s)" "peak RSS MiB" "rows/s" "vs C wall" "vs C cpu"
printf '%s\n' "------------------------------------------------------------------------------------------"
for rows in "${SIZES[@]}"; do
    declare -A wall=() cpu=() peak=()
    # Interleave the writers so that drifting machine load hits all three alike;
    # keep the best wall and CPU time and the highest peak RSS of REPEAT runs.
    for ((i = 0; i < REPEAT; i++)); do
        for w in "${WRITERS[@]}"; do
            read -r t c k < <(run_once "$w" "$rows")
            if [ -z "${wall[$w]:-}" ] || awk -v a="$t" -v b="${wall[$w]}" 'BEGIN { exit !(a < b) }'; then wall[$w]="$t"; fi
            if [ -z "${cpu[$w]:-}" ] || awk -v a="$c" -v b="${cpu[$w]}" 'BEGIN { exit !(a < b) }'; then cpu[$w]="$c"; fi
            if [ -z "${peak[$w]:-}" ] || [ "$k" -gt "${peak[$w]}" ]; then peak[$w]="$k"; fi
        done
    done
    for w in "${WRITERS[@]}"; do
        awk -v r="$rows" -v n="$w" -v t="${wall[$w]}" -v c="${cpu[$w]}" -v k="${peak[$w]}" \
            -v ct="${wall[C]}" -v cc="${cpu[C]}" 'BEGIN {
            printf "%-9d %-7s %9.2f %9.2f %13.1f %12.0f %10.2fx %10.2fx\n",
                r, n, t, c, k / 1024, (t > 0 ? r / t : 0), (t > 0 ? ct / t : 0), (c > 0 ? cc / c : 0) }'
    done
    awk -v st="${wall[Swift]}" -v sc="${cpu[Swift]}" -v ct="${wall[C]}" -v cc="${cpu[C]}" -v pt="${wall[Python]}" -v pc="${cpu[Python]}" 'BEGIN {
        printf "%-9s Swift: %.2fx the C program'"'"'s speed (wall), %.2fx (cpu); %.1fx Python XlsxWriter'"'"'s (wall), %.1fx (cpu)\n",
            "", ct / st, cc / sc, pt / st, pc / sc }'
    # Same cells: the Swift and C files must have the same worksheet XML.
    if cmp -s <(unzip -p "$WORK/Swift-$rows.xlsx" xl/worksheets/sheet1.xml) \
              <(unzip -p "$WORK/C-$rows.xlsx" xl/worksheets/sheet1.xml); then
        printf '%-9s Swift and C worksheets are byte-identical\n' ""
    else
        printf '%-9s WARNING: Swift and C worksheets differ\n' ""
    fi
    rm -f "$WORK"/*.xlsx
    unset wall cpu peak
done
