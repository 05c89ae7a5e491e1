"""
Where the site keeps its data, as the settings say (DATABASE_URL,
DJANGO_MEDIA_ROOT): printed as shell variables for scripts/backup.sh and
scripts/restore.sh, which must save and put back exactly that.

    eval "$(.venv/bin/python scripts/site_storage.py)"
"""

import os
import shlex
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "embassy.settings")

from django.conf import settings  # noqa: E402

database = settings.DATABASES["default"]
engine = database["ENGINE"].rsplit(".", 1)[-1]
if engine not in ("sqlite3", "postgresql"):
    sys.exit(f"Backups support SQLite and PostgreSQL, not {database['ENGINE']}.")

values = {
    "DB_ENGINE": engine,
    "DB_NAME": database["NAME"],
    "DB_HOST": database.get("HOST") or "",
    "DB_PORT": str(database.get("PORT") or ""),
    "DB_USER": database.get("USER") or "",
    "DB_PASSWORD": database.get("PASSWORD") or "",
    "MEDIA_DIR": str(settings.MEDIA_ROOT),
}
for name, value in values.items():
    print(f"{name}={shlex.quote(str(value))}")
