# Sourced, not run: the site under gunicorn on 127.0.0.1 with the demo content
# and production settings (debug off, plain HTTP), everything in a temp folder
# that is removed on exit with the server. bench/load.sh and
# scripts/api_contract.sh use it.
#
#   demo_site_prepare NAME        # $WORK, the settings, migrate + load_demo + collectstatic
#   demo_site_serve PORT WORKERS [gunicorn options]   # sets $GUNICORN_PID; waits for /healthz
#
# DATABASE_URL, when set, is used; otherwise SQLite in $WORK.

PYTHON=${PYTHON:-.venv/bin/python}
GUNICORN_PID=

demo_site_cleanup() {
  if [ -n "$GUNICORN_PID" ]; then kill "$GUNICORN_PID" 2>/dev/null || true; wait "$GUNICORN_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}

demo_site_prepare() {
  WORK=$(mktemp -d "/tmp/embassy-$1.XXXXXX")
  trap demo_site_cleanup EXIT
  export DJANGO_DEBUG=0
  DJANGO_SECRET_KEY=$($PYTHON -c 'import secrets; print(secrets.token_urlsafe(50))')
  export DJANGO_SECRET_KEY
  export DJANGO_ALLOWED_HOSTS=127.0.0.1
  export DJANGO_HTTPS=0
  export DJANGO_STATIC_ROOT=$WORK/static
  export DJANGO_MEDIA_ROOT=$WORK/media
  export DATABASE_URL=${DATABASE_URL:-sqlite:///$WORK/demo.sqlite3}
  unset DJANGO_ALLOW_ASYNC_UNSAFE

  echo "== preparing: migrate, demo content, collectstatic ($DATABASE_URL)"
  $PYTHON manage.py migrate --noinput >/dev/null
  $PYTHON manage.py load_demo >/dev/null
  $PYTHON manage.py collectstatic --noinput >/dev/null
}

demo_site_serve() {
  local port=$1 workers=$2
  shift 2
  echo "== starting gunicorn: $workers workers on 127.0.0.1:$port"
  .venv/bin/gunicorn embassy.wsgi --bind "127.0.0.1:$port" --workers "$workers" \
    --log-level warning --error-logfile "$WORK/gunicorn.log" "$@" &
  GUNICORN_PID=$!
  for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "gunicorn did not start" >&2
  cat "$WORK/gunicorn.log" >&2
  return 1
}
