#!/usr/bin/env bash
# Load test: the site under gunicorn on 127.0.0.1 with the demo content,
# 64 concurrent connections (wrk) for 60 s over the home page, articles,
# the archive and the search page. Prints requests/s, latency, errors and the
# workers' memory before and after. Pages come from the page cache after the
# first visit each minute; EMBASSY_PAGE_CACHE=0 bench/load.sh renders every
# request. bench/throughput.py compares page kinds, cached and not, side by side.
#
#   bench/load.sh                         # SQLite demo database in a temp folder
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/embassy_bench bench/load.sh
#   BENCH_DURATION=10s BENCH_CONNECTIONS=16 bench/load.sh   # a quick run
#
# Traffic goes to 127.0.0.1 only. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-60s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-4}
WORKERS=${BENCH_WORKERS:-$(( $(nproc) * 2 + 1 ))}
PORT=${BENCH_PORT:-$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }

# Production settings, plain HTTP on the loopback.
source scripts/demo_site.sh
demo_site_prepare bench

mapfile -t ARTICLES < <($PYTHON manage.py shell --verbosity 0 -c '
from news.models import Article
for article in Article.objects.live()[:10]:
    print(article.get_absolute_url())
')
PATHS=("/" "/news/" "/news/?page=2" "${ARTICLES[@]}")

demo_site_serve "$PORT" "$WORKERS"

if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/news/search/?q=embassy")" = 200 ]; then
  PATHS+=("/news/search/?q=embassy" "/news/search/?q=visa" "/news/search/?q=ambassador")
else
  echo "   (no search page: left out)"
fi
for path in "${PATHS[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")
  [ "$status" = 200 ] || { echo "GET $path answered $status before the run" >&2; exit 1; }
done

worker_rss() {
  local total=0 pid kb
  for pid in $(pgrep -P "$GUNICORN_PID"); do
    kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    printf '   worker %s: %d MiB\n' "$pid" $(( kb / 1024 )) >&2
    total=$(( total + kb ))
  done
  echo $(( total / 1024 ))
}

# wrk walks the paths round-robin and counts every answer that is not 200.
LUA=$WORK/paths.lua
{
  echo "paths = {"
  for path in "${PATHS[@]}"; do echo "  \"$path\","; done
  cat <<'LUA'
}
counter, errors = 0, 0  -- globals: done() reads each thread's errors
local threads = {}
function setup(thread) table.insert(threads, thread) end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end
function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("errors") end
  io.write(string.format("non-200 answers: %d\n", bad))
end
LUA
} >"$LUA"

echo "== warm-up (5 s)"
wrk -t2 -c8 -d5s -s "$LUA" "http://127.0.0.1:$PORT" >/dev/null
echo "== worker memory before"
RSS_BEFORE=$(worker_rss)

echo "== load: $CONNECTIONS connections, $THREADS threads, $DURATION over ${#PATHS[@]} paths"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$LUA" "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"

echo "== worker memory after"
RSS_AFTER=$(worker_rss)

REQS=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
P50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
P99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
NON200=$(awk '/^non-200 answers/ {print $3}' "$WORK/wrk.txt")
SOCKET=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' "$WORK/wrk.txt")
echo
echo "== summary"
echo "requests/s:        $REQS"
echo "latency p50 / p99: $P50 / $P99"
echo "errors:            ${NON200:-0} non-200, ${SOCKET:-0} socket errors"
echo "worker RSS:        ${RSS_BEFORE} MiB before, ${RSS_AFTER} MiB after (all $WORKERS workers)"
[ "${NON200:-0}" = 0 ] && [ "${SOCKET:-0}" = 0 ]
