#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh: REPLACES the database's content
# and the uploaded media with the backup's.
#
#   scripts/restore.sh --yes BACKUP_DIR
#
# Reads the same environment as the site (DATABASE_URL, DJANGO_MEDIA_ROOT, ...).
# Stop the site (or put it in maintenance) first. docs/operations.md has the
# full procedure.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

if [ "${1:-}" != "--yes" ] || [ -z "${2:-}" ]; then
  echo "usage: $0 --yes BACKUP_DIR   (replaces the current database and media)" >&2
  exit 2
fi
BACKUP=$2

[ -f "$BACKUP/SHA256SUMS" ] || { echo "$BACKUP is not a backup folder (no SHA256SUMS)" >&2; exit 1; }
(cd "$BACKUP" && sha256sum --quiet --check SHA256SUMS) || { echo "The backup is damaged: checksums differ." >&2; exit 1; }

eval "$($PYTHON scripts/site_storage.py)"

case "$DB_ENGINE" in
  postgresql)
    [ -f "$BACKUP/database.pgdump" ] || { echo "This backup holds no PostgreSQL dump." >&2; exit 1; }
    # One transaction: a failed restore leaves the database as it was.
    PGPASSWORD="$DB_PASSWORD" pg_restore --clean --if-exists --no-owner --no-privileges \
      --single-transaction --exit-on-error \
      ${DB_HOST:+--host="$DB_HOST"} ${DB_PORT:+--port="$DB_PORT"} ${DB_USER:+--username="$DB_USER"} \
      --dbname="$DB_NAME" "$BACKUP/database.pgdump"
    ;;
  sqlite3)
    [ -f "$BACKUP/database.sqlite3" ] || { echo "This backup holds no SQLite database." >&2; exit 1; }
    mkdir -p "$(dirname "$DB_NAME")"
    "$PYTHON" - "$BACKUP/database.sqlite3" "$DB_NAME" <<'PY'
import sqlite3, sys
source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
with target:
    source.backup(target)  # replaces every page of the target
source.close(); target.close()
PY
    ;;
esac

# Media: unpack beside the folder, then swap, so a failure leaves it whole.
NEW_MEDIA="$MEDIA_DIR.restoring-$$"
rm -rf "$NEW_MEDIA"
mkdir -p "$NEW_MEDIA"
tar -C "$NEW_MEDIA" -xzf "$BACKUP/media.tar.gz"
if [ -d "$MEDIA_DIR" ]; then
  OLD_MEDIA="$MEDIA_DIR.replaced-$$"
  mv "$MEDIA_DIR" "$OLD_MEDIA"
  mv "$NEW_MEDIA" "$MEDIA_DIR"
  rm -rf "$OLD_MEDIA"
else
  mv "$NEW_MEDIA" "$MEDIA_DIR"
fi

echo "Restored the $DB_ENGINE database and $MEDIA_DIR from $BACKUP." >&2
