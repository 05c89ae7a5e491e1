"""
The nginx configuration that docs/operations.md documents, made runnable on
the loopback: the same directives, with TLS left out and the addresses, the
cache folder and the media folder of the caller's choosing. Used by
tests/pagecache/test_nginx.py and bench/throughput.py.
"""

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

OPERATIONS = Path(__file__).resolve().parent.parent / "docs" / "operations.md"
BLOCK = re.compile(r"<!-- nginx-config:.*?-->\s*```nginx\n(.*?)```", re.S)


def documented_config():
    match = BLOCK.search(OPERATIONS.read_text())
    if match is None:
        raise RuntimeError("docs/operations.md has no nginx-config block")
    return match.group(1)


def loopback_config(port, upstream, folder, media_root):
    """The documented site configuration, listening on 127.0.0.1:``port`` over plain HTTP."""
    config = documented_config()
    replacements = [
        ("listen 443 ssl;", f"listen 127.0.0.1:{port};"),
        ("server 127.0.0.1:8000;", f"server {upstream};"),
        ("/var/cache/nginx/embassy", str(folder / "cache")),
        ("/srv/embassy/media/", f"{media_root}/"),
    ]
    for old, new in replacements:
        if old not in config:
            raise RuntimeError(f"the documented nginx configuration no longer has {old!r}")
        config = config.replace(old, new)
    return "\n".join(line for line in config.splitlines() if "ssl_certificate" not in line)


def main_config(folder, http_body):
    """A whole nginx.conf around ``http_body``, everything under ``folder``."""
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"    {name}_temp_path {folder / name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return f"""{user}worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
{temp}
{http_body}
}}
"""


class Nginx:
    """nginx in the foreground on the loopback, with a configuration of its own in ``folder``."""

    executable = shutil.which("nginx") or "/usr/sbin/nginx"

    def __init__(self, folder, http_body, port):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = port
        self.config = self.folder / "nginx.conf"
        self.config.write_text(main_config(self.folder, http_body))
        self.process = None

    def start(self):
        check = subprocess.run([self.executable, "-t", "-c", str(self.config)], capture_output=True, text=True)
        if check.returncode:
            raise RuntimeError(f"nginx refused the configuration:\n{check.stderr}")
        self.process = subprocess.Popen(
            [self.executable, "-c", str(self.config), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
            except OSError:
                time.sleep(0.05)
                continue
            # Something answers on the port: ours, unless our nginx exits because another
            # server took the port between the probe and its start.
            time.sleep(0.1)
            if self.process.poll() is None:
                return self
        self.stop()
        raise RuntimeError(f"nginx did not start: {(self.folder / 'error.log').read_text()}")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def pids(self):
        """The master's and its workers' process ids."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return [self.process.pid, *map(int, children)]
