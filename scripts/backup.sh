#!/usr/bin/env bash
# Back up the site: the database (pg_dump for PostgreSQL, SQLite's online
# backup for SQLite) and the uploaded media, into one new folder.
#
#   scripts/backup.sh [PARENT_DIR]      # default PARENT_DIR: ./backups
#
# Reads the same environment as the site (DATABASE_URL, DJANGO_MEDIA_ROOT and
# the DJANGO_* variables production needs). Prints the backup folder's path
# on the last line. docs/operations.md describes backup and restore.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

eval "$($PYTHON scripts/site_storage.py)"

PARENT=${1:-backups}
DEST="$PARENT/embassy-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$PARENT"
mkdir "$DEST"  # fails rather than mix two backups
chmod 700 "$DEST"

case "$DB_ENGINE" in
  postgresql)
    PGPASSWORD="$DB_PASSWORD" pg_dump --format=custom --no-owner --no-privileges \
      ${DB_HOST:+--host="$DB_HOST"} ${DB_PORT:+--port="$DB_PORT"} ${DB_USER:+--username="$DB_USER"} \
      --file="$DEST/database.pgdump" "$DB_NAME"
    ;;
  sqlite3)
    # SQLite's backup API: a consistent copy even while the site writes.
    "$PYTHON" - "$DB_NAME" "$DEST/database.sqlite3" <<'PY'
import sqlite3, sys
source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
with target:
    source.backup(target)
source.close(); target.close()
PY
    ;;
esac

if [ -d "$MEDIA_DIR" ]; then
  tar -C "$MEDIA_DIR" -czf "$DEST/media.tar.gz" .
else
  tar -czf "$DEST/media.tar.gz" -T /dev/null
fi

cat >"$DEST/README.txt" <<EOF
Embassy site backup, made $(date -u +%Y-%m-%dT%H:%M:%SZ)
database engine: $DB_ENGINE
restore with: scripts/restore.sh --yes $DEST
EOF
(cd "$DEST" && sha256sum database.* media.tar.gz >SHA256SUMS)

echo "Backed up the $DB_ENGINE database and $MEDIA_DIR to:" >&2
echo "$DEST"
