#!/usr/bin/env bash
# Proves backup and restore: demo content (its images and PDF documents included)
# and an uploaded file are backed up, the database and media are wiped, the
# backup is restored, and everything comes back exactly (same dumpdata, same
# files, the pages and a document answer).
# On SQLite, and on PostgreSQL when a server answers on 127.0.0.1:5432 (a
# throw-away database is created and dropped). CI runs it (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

WORK=$(mktemp -d /tmp/embassy-restore-test.XXXXXX)
PG_DB=
cleanup() {
  if [ -n "$PG_DB" ]; then dropdb --if-exists -h 127.0.0.1 -U postgres "$PG_DB" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

export DJANGO_DEBUG=1
unset DJANGO_ALLOW_ASYNC_UNSAFE

fingerprint() {
  # Every row of the site's content (natural order, pks included) and every media file.
  $PYTHON manage.py dumpdata news images documents notices consular masthead auth.user --indent 0 | sha256sum | cut -d' ' -f1
  (cd "$DJANGO_MEDIA_ROOT" && find . -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1
}

pages_answer() {
  $PYTHON manage.py shell --verbosity 0 -c '
from django.test import Client
from django.test.utils import setup_test_environment
from news.models import Article
setup_test_environment()
article = Article.objects.live().first()
client = Client(SERVER_NAME="localhost")
for url in ("/", "/news/", article.get_absolute_url()):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
assert article.title.encode() in client.get(article.get_absolute_url()).content
# Both languages came back: the Russian versions are public again.
in_russian = Article.objects.live("ru")
assert in_russian.exists(), "no Russian version after the restore"
assert all(a.title_ru and a.lead_ru for a in in_russian)
from documents.models import Document
document = Document.objects.public().first()
assert document is not None, "the demo has no public document"
response = client.get(document.get_absolute_url())
assert response.status_code == 200 and response["Content-Type"] == "application/pdf", response
with document.file.open("rb") as stored:
    assert b"".join(response.streaming_content) == stored.read()
print(f"   pages and documents answer; {Article.objects.count()} articles, {Document.objects.count()} documents, {in_russian.count()} articles in Russian too")
'
}

round_trip() {
  local label=$1
  echo "== backup and restore on $label"
  export DJANGO_MEDIA_ROOT=$WORK/$label-media
  $PYTHON manage.py migrate --noinput >/dev/null
  $PYTHON manage.py load_demo >/dev/null
  mkdir -p "$DJANGO_MEDIA_ROOT/news/2026/11"
  $PYTHON -c "from PIL import Image; Image.new('RGB', (64, 48), 'navy').save('$DJANGO_MEDIA_ROOT/news/2026/11/reception.png')"
  echo "uploaded" >"$DJANGO_MEDIA_ROOT/news/2026/11/notes.txt"
  local before after backup
  before=$(fingerprint)

  backup=$(scripts/backup.sh "$WORK/backups-$label" | tail -n 1)

  # The disaster: the database and the media are gone.
  if [ "$label" = postgresql ]; then
    dropdb -h 127.0.0.1 -U postgres "$PG_DB"
    createdb -h 127.0.0.1 -U postgres "$PG_DB"
  else
    rm -f "$WORK/site.sqlite3"
  fi
  rm -rf "$DJANGO_MEDIA_ROOT"
  if $PYTHON manage.py shell --verbosity 0 -c 'from news.models import Article; Article.objects.count()' 2>/dev/null; then
    echo "the wipe did not wipe" >&2
    exit 1
  fi

  scripts/restore.sh --yes "$backup"

  after=$(fingerprint)
  if [ "$before" != "$after" ]; then
    echo "FAILED: the restored content differs from the backed-up content" >&2
    exit 1
  fi
  echo "   content and media identical after restore"
  pages_answer
}

export DATABASE_URL=sqlite:///$WORK/site.sqlite3
round_trip sqlite3
DONE=sqlite3

if pg_isready -q -h 127.0.0.1 -p 5432; then
  PG_DB=embassy_restore_test_$$
  createdb -h 127.0.0.1 -U postgres "$PG_DB"
  export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$PG_DB
  round_trip postgresql
  DONE="$DONE and postgresql"
else
  echo "== PostgreSQL not running on 127.0.0.1:5432: its round trip is left out"
fi

echo "== backup and restore proven on $DONE"
