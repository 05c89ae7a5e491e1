#!/usr/bin/env bash
# The API's contract check: the site under gunicorn on 127.0.0.1 with the demo
# content and production settings (debug off), its OpenAPI schema checked by
# openapi-spec-validator, then Schemathesis run against it with every check,
# across its examples, coverage, fuzzing and stateful phases, with a fixed seed
# and a bounded number of cases. Exits non-zero on any failure. CI runs it
# (.ci/run).
#
#   scripts/api_contract.sh                          # SQLite demo database in a temp folder
#   API_CONTRACT_PORT=8123 scripts/api_contract.sh   # default: the first free port from 8500
#   API_CONTRACT_EXAMPLES=200 scripts/api_contract.sh   # more cases per operation (default 100)
#
# Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=.venv/bin/python

free_port() {
  $PYTHON - <<'PY'
import socket
for port in range(8500, 8600):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        print(port)
        break
else:
    raise SystemExit("no free port in 8500-8599")
PY
}

PORT=${API_CONTRACT_PORT:-$(free_port)}
EXAMPLES=${API_CONTRACT_EXAMPLES:-100}
SEED=${API_CONTRACT_SEED:-20261201}
BASE=http://127.0.0.1:$PORT

# Production settings, plain HTTP on the loopback; SQLite of its own.
unset DATABASE_URL REDIS_URL
source scripts/demo_site.sh
demo_site_prepare api-contract

# The site's request log (every 4xx Schemathesis provokes) goes to a file; its errors are shown below.
echo "== starting gunicorn on $BASE"
demo_site_serve "$PORT" 2 >"$WORK/server.log" 2>&1 || { cat "$WORK/server.log" >&2; exit 1; }

echo "== openapi-spec-validator"
curl -fsS "$BASE/api/schema/?format=json" -o "$WORK/schema.json"
.venv/bin/openapi-spec-validator "$WORK/schema.json"

echo "== schemathesis: every check, $EXAMPLES examples per operation, seed $SEED"
# From the temp folder, so that Schemathesis's crash cache (and anything
# Hypothesis writes) never lands in the checkout.
status=0
ROOT=$PWD
(cd "$WORK" && "$ROOT/.venv/bin/st" run "$BASE/api/schema/?format=json" \
  --checks all \
  --phases examples,coverage,fuzzing,stateful \
  --max-examples "$EXAMPLES" \
  --seed "$SEED" \
  --generation-database none \
  --workers 2 \
  --request-timeout 10 \
  --no-color) || status=$?

ERRORS='"level": "ERROR"\|Traceback\|\[ERROR\]\|\[CRITICAL\]'
if grep -q "$ERRORS" "$WORK/server.log" "$WORK/gunicorn.log"; then
  echo "== the site's errors"
  grep -h "$ERRORS" "$WORK/server.log" "$WORK/gunicorn.log"
  status=1
fi
exit "$status"
