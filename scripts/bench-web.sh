#!/usr/bin/env bash
# Benchmark of samenleven web (not a test; issue 18). Release build, default data, loopback:
#  1. wrk, 16 connections for 30 s (2 threads) against the Vragen page of a three-year question
#     (toekenningen per provincie, projectjaren 1-3 naast elkaar), with one browser session as
#     a browser keeps it: requests per second and the latency percentiles (goal p99 < 100 ms);
#  2. the same per provincie and bestuur (300 rows x 3 years: the largest page);
#  3. the time for the answer bundle of question 492 (the form posted until its page is complete)
#     alone, and while an import of 21.744 rows runs through the same server
#     (scripts/bench-web-bundel.py).
#   scripts/bench-web.sh            # 30 s per wrk run
#   scripts/bench-web.sh 10         # another duration
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh libxlsxwriter-dev libsqlite3-dev pkg-config wrk curl
swift build -c release --product samenleven >/dev/null
bin=.build/release/samenleven
duur=${1:-30}
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/Vragen" && cp Vragen/*.toml "$work/Vragen/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" web --poort "$port" --db "$work/web.sqlite" --vragen "$work/Vragen" >"$work/web.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q draait "$work/web.log" && break; sleep 0.5; done
base="http://127.0.0.1:$port"
# One session, as a browser keeps its cookie (without it every request would open a new one).
curl -s -c "$work/cookies" -o /dev/null "$base/overzicht"
cookie=$(awk '$6 == "samenleven_sessie" { print $6 "=" $7 }' "$work/cookies")

vraag="$base/vragen?tabel=toekenningen&projectjaren=1&projectjaren=2&projectjaren=3&naast=projectjaar"
for per in provincie provincie,bestuur; do
  url="$vraag&per=$per"
  bytes=$(curl -s -H "Cookie: $cookie" "$url" | wc -c)
  echo "== Vragen-pagina, per $per ($bytes bytes HTML), 16 verbindingen, $duur s"
  wrk -t2 -c16 -d"${duur}s" --latency -H "Cookie: $cookie" "$url" | grep -E "Requests/sec|50%|90%|99%|Non-2xx|Socket errors"
done

gemeenten=Sources/SamenlevenModel/Resources/gemeenten.csv
python3 Benchmarks/import/genereer-toekenningen.py 21744 "$work/toekenningen.csv" "$gemeenten" --uniek >/dev/null
echo "== antwoordbundel van vraag 492 (formulier tot afgewerkte pagina), alleen en tijdens een invoer van 21.744 rijen"
python3 scripts/bench-web-bundel.py "$base" "$cookie" "$work/toekenningen.csv"
