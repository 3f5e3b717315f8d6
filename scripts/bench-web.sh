#!/usr/bin/env bash
# Benchmark of samenleven web (not a test; issue 18). Release build, default data, loopback:
#  1. wrk, 16 connections for 30 s (2 threads) against the Vragen page of a three-year question
#     (toekenningen per provincie, projectjaren 1-3 naast elkaar), with one browser session as
#     a browser keeps it: requests per second and the latency percentiles (goal p99 < 100 ms),
#     twice: warm (the server's answer cache on, the same URL: every answer but the first is a
#     kept one, the page is still rendered per request) and cold (a second server with
#     --antwoordcache 0: every request computes its answer);
#  2. the same per provincie and bestuur (300 rows x 3 years: the largest page), warm and cold;
#  3. the time for the answer bundle of question 492 (the form posted until its page is complete)
#     alone, and while an import of 21.744 rows runs through the same server
#     (scripts/bench-web-bundel.py).
# Each wrk run prints the machine's load average just before it: on a shared machine the numbers
# are only comparable at a like load.
#   scripts/bench-web.sh            # 30 s per wrk run
#   scripts/bench-web.sh 10         # another duration
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh libxlsxwriter-dev libsqlite3-dev pkg-config wrk curl
swift build -c release --product samenleven >/dev/null
bin=.build/release/samenleven
duur=${1:-30}
work=$(mktemp -d)
servers=()
trap 'for s in "${servers[@]}"; do kill "$s" 2>/dev/null; done; rm -rf "$work"' EXIT
mkdir -p "$work/Vragen" && cp Vragen/*.toml "$work/Vragen/"

# start NAME [OPTIONS...]: a server on a free port, on the one store; sets base and cookie.
start() {
  local naam=$1
  shift
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$bin" web --poort "$port" --db "$work/web.sqlite" --vragen "$work/Vragen" "$@" >"$work/$naam.log" 2>&1 &
  servers+=("$!")
  for _ in $(seq 1 120); do grep -q draait "$work/$naam.log" && break; sleep 0.5; done
  base="http://127.0.0.1:$port"
  # One session, as a browser keeps its cookie (without it every request would open a new one).
  curl -s -c "$work/$naam.cookies" -o /dev/null "$base/overzicht"
  cookie=$(awk '$6 == "samenleven_sessie" { print $6 "=" $7 }' "$work/$naam.cookies")
}

# meet LABEL URL: one wrk run with the load average before it.
meet() {
  local bytes
  bytes=$(curl -s -H "Cookie: $cookie" "$2" | wc -c)
  echo "== Vragen-pagina, $1 ($bytes bytes HTML), 16 verbindingen, $duur s; belasting vooraf: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t2 -c16 -d"${duur}s" --latency -H "Cookie: $cookie" "$2" | grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors"
}

# The default store is made by the first server; the cold one opens it after.
start warm
warmBase=$base warmCookie=$cookie
start koud --antwoordcache 0
koudBase=$base koudCookie=$cookie

vraag="/vragen?tabel=toekenningen&projectjaren=1&projectjaren=2&projectjaren=3&naast=projectjaar"
for per in provincie provincie,bestuur; do
  base=$warmBase cookie=$warmCookie
  meet "per $per, warm (antwoordcache, dezelfde URL)" "$base$vraag&per=$per"
  base=$koudBase cookie=$koudCookie
  meet "per $per, koud (--antwoordcache 0: elk antwoord berekend)" "$base$vraag&per=$per"
done

gemeenten=Sources/SamenlevenModel/Resources/gemeenten.csv
python3 Benchmarks/import/genereer-toekenningen.py 21744 "$work/toekenningen.csv" "$gemeenten" --uniek >/dev/null
echo "== antwoordbundel van vraag 492 (formulier tot afgewerkte pagina), alleen en tijdens een invoer van 21.744 rijen"
python3 scripts/bench-web-bundel.py "$warmBase" "$warmCookie" "$work/toekenningen.csv"
