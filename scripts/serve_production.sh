#!/usr/bin/env bash
# The demo site served as in production, for the audits (docs/operations.md, "Audits"):
# gunicorn (production settings, debug off, 2 workers) behind nginx with the documented
# configuration (gzip, the page cache's headers), on the loopback, until interrupted.
#
#   scripts/serve_production.sh [PORT]     # nginx on PORT (default 8600), gunicorn on PORT+1
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8600}
. scripts/demo_site.sh
demo_site_prepare serve
demo_site_serve $((PORT + 1)) 2
NGINX_FOLDER=$WORK/nginx $PYTHON - "$PORT" "$((PORT + 1))" "$DJANGO_MEDIA_ROOT" <<'PY'
import os, signal, sys
from pathlib import Path
sys.path.insert(0, "scripts")
from nginx_site import Nginx, loopback_config

port, upstream, media = int(sys.argv[1]), sys.argv[2], sys.argv[3]
folder = Path(os.environ["NGINX_FOLDER"])
nginx = Nginx(folder, loopback_config(port, f"127.0.0.1:{upstream}", folder, media), port).start()
print(f"== serving http://127.0.0.1:{port}/ (nginx, gzip, caching headers) -> gunicorn :{upstream}; Ctrl-C stops", flush=True)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
try:
    signal.pause()
except KeyboardInterrupt:
    pass
finally:
    nginx.stop()
PY
