"""
Throughput of every public page kind, all in one run and under the same
gunicorn (2 sync workers, wrk -t2 -c16 by default), side by side:

- the site with its page cache (the second visit on: served from the cache),
- the site with the page cache off (EMBASSY_PAGE_CACHE=0: every request rendered),
- a do-nothing WSGI app answering 12 KB (bench/nothing_wsgi.py),
- nginx serving the same bytes as the site, from files on disk,
- nginx with the configuration of docs/operations.md in front of the cached
  site (home, article, archive, category),

each with requests/s, latency p50/p99, server CPU milliseconds per request and
the workers' memory; then a soak over every page for BENCH_SOAK seconds and
the workers' memory after it. Prints figures; not a test.

    .venv/bin/python bench/throughput.py                     # SQLite demo database in a temp folder
    .venv/bin/python bench/throughput.py --lang ru           # the pages in another language of the site
    BENCH_DURATION=10 .venv/bin/python bench/throughput.py   # seconds per measurement (default 5)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/embassy_bench .venv/bin/python bench/throughput.py

Other knobs: BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_WORKERS (2),
BENCH_SOAK (60 s), BENCH_PORT (8150: five ports from there), BENCH_KINDS
(comma-separated page kinds to measure, default all). Traffic goes to
127.0.0.1 only. Installs wrk and nginx with apt-get when they are missing.
"""

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from nginx_site import Nginx, loopback_config  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DURATION = int(os.environ.get("BENCH_DURATION", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
SOAK = int(os.environ.get("BENCH_SOAK", "60"))
PORT = int(os.environ.get("BENCH_PORT", "8150"))
TICK = os.sysconf("SC_CLK_TCK")
# The kinds the throughput target is about (issue 8: >= 40 % of the do-nothing app, cached).
TARGETED = ("home", "article", "archive", "category")


def ensure_installed(command, package):
    if shutil.which(command) or Path(f"/usr/sbin/{command}").exists():
        return
    print(f"== installing {package} (apt-get)", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
    subprocess.run(
        [*sudo, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", package], check=True
    )


def manage(*args, env):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True)


# Every public page kind (bench/pages.py), listed by the site itself; {lang} is --lang.
PAGES_SCRIPT = """
from bench.pages import public_pages
for kind, path in public_pages({lang!r}):
    print(kind, path)
"""


def process_tree(pid):
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [pid, *map(int, children)]


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICK


def rss_mib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Gunicorn:
    def __init__(self, name, app, port, env, chdir=None):
        self.name, self.port = name, port
        args = [GUNICORN, app, "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--log-level", "warning"]
        if chdir:
            args += ["--chdir", str(chdir)]
        self.process = subprocess.Popen(args, cwd=ROOT, env=env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if (
                subprocess.run(["curl", "-fs", "-o", "/dev/null", f"http://127.0.0.1:{port}/robots.txt"]).returncode
                == 0
            ):
                break
            if (
                app.startswith("nothing")
                and subprocess.run(["curl", "-fs", "-o", "/dev/null", f"http://127.0.0.1:{port}/"]).returncode == 0
            ):
                break
            time.sleep(0.2)
        else:
            raise RuntimeError(f"{name} did not start")

    def pids(self):
        return process_tree(self.process.pid)

    def workers(self):
        return self.pids()[1:]

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, duration=DURATION, script=None):
    args = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{duration}s", "--latency", "--timeout", "10s"]
    if script:
        args += ["-s", str(script)]
    output = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    figures["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    for name, percent in (("p50", "50"), ("p99", "99")):
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        figures[name] = float(value) * UNITS[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["errors"] = int(errors.group(1)) if errors else 0
    return figures


def measure(name, kind, url, pids_of, workers_of):
    before = cpu_seconds(pids_of())
    figures = wrk(url)
    cpu = cpu_seconds(pids_of()) - before
    figures["cpu_ms"] = cpu * 1000 / max(figures["requests"], 1)
    figures["rss"] = max((rss_mib(pid) for pid in workers_of()), default=0.0)
    figures.update(server=name, kind=kind)
    print(
        f"{kind:15} {name:22} {figures['rps']:9.0f} {figures['p50']:8.2f} {figures['p99']:8.2f} "
        f"{figures['cpu_ms']:8.2f} {figures['rss']:8.1f} {figures['errors']:6}",
        flush=True,
    )
    return figures


def parse_args():
    parser = argparse.ArgumentParser(description="Throughput of every public page kind, cached and uncached.")
    parser.add_argument("--lang", help="request the pages in this language of the site (e.g. ru): see bench/pages.py")
    return parser.parse_args()


def main():
    args = parse_args()
    ensure_installed("wrk", "wrk")
    ensure_installed("nginx", "nginx")
    work = Path(tempfile.mkdtemp(prefix="embassy-throughput."))
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_HTTPS": "0",
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{work / 'demo.sqlite3'}",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    servers = []
    nginx_servers = []
    try:
        print(f"== preparing: migrate, demo content, collectstatic ({env['DATABASE_URL']})", flush=True)
        manage("migrate", "--noinput", env=env)
        manage("load_demo", env=env)
        manage("collectstatic", "--noinput", env=env)
        pages = [
            line.split(" ", 1)
            for line in manage(
                "shell", "--verbosity", "0", "-c", PAGES_SCRIPT.format(lang=args.lang), env=env
            ).stdout.split("\n")
            if line
        ]
        wanted = os.environ.get("BENCH_KINDS")
        if wanted:
            pages = [(kind, path) for kind, path in pages if kind in wanted.split(",")]

        print(f"== starting servers on 127.0.0.1:{PORT}-{PORT + 4} ({WORKERS} gunicorn workers each)", flush=True)
        cached = Gunicorn("site, page cache", "embassy.wsgi", PORT, env)
        servers.append(cached)
        uncached = Gunicorn("site, no page cache", "embassy.wsgi", PORT + 1, {**env, "EMBASSY_PAGE_CACHE": "0"})
        servers.append(uncached)
        nothing = Gunicorn("do-nothing WSGI app", "nothing_wsgi:application", PORT + 2, env, chdir=ROOT / "bench")
        servers.append(nothing)

        files = work / "files"
        files.mkdir()
        for kind, path in pages:
            subprocess.run(["curl", "-fs", "-o", str(files / kind), f"http://127.0.0.1:{PORT}{path}"], check=True)
        static_body = f"""server {{
    listen 127.0.0.1:{PORT + 3};
    root {files};
    default_type text/html;
}}"""
        on_disk = Nginx(work / "nginx-files", static_body, PORT + 3).start()
        nginx_servers.append(on_disk)
        proxy = Nginx(
            work / "nginx-proxy",
            loopback_config(PORT + 4, f"127.0.0.1:{PORT}", work / "nginx-proxy", work / "media"),
            PORT + 4,
        ).start()
        nginx_servers.append(proxy)

        print(f"== {DURATION} s per measurement, wrk -t{THREADS} -c{CONNECTIONS}")
        columns = ("req/s", "p50 ms", "p99 ms", "CPU ms", "RSS MiB")
        print(f"{'page':15} {'server':22} {columns[0]:>9} " + " ".join(f"{c:>8}" for c in columns[1:]) + " errors")
        results = []
        base = measure(nothing.name, "12 KB", f"http://127.0.0.1:{nothing.port}/", nothing.pids, nothing.workers)
        for kind, path in pages:
            if kind in TARGETED:  # the do-nothing app again, right before: the ratio compares like with like
                results.append(
                    measure(nothing.name, kind, f"http://127.0.0.1:{nothing.port}/", nothing.pids, nothing.workers)
                )
            for server in (cached, uncached):
                results.append(
                    measure(server.name, kind, f"http://127.0.0.1:{server.port}{path}", server.pids, server.workers)
                )
            results.append(
                measure(
                    "nginx, same bytes",
                    kind,
                    f"http://127.0.0.1:{on_disk.port}/{kind}",
                    on_disk.pids,
                    lambda: on_disk.pids()[1:],
                )
            )
            if kind in TARGETED:
                both = lambda: [*proxy.pids(), *cached.pids()]  # noqa: E731 - nginx and the site behind it
                results.append(
                    measure(
                        "nginx cache in front",
                        kind,
                        f"http://127.0.0.1:{proxy.port}{path}",
                        both,
                        lambda: proxy.pids()[1:],
                    )
                )

        soak = None
        if SOAK:
            script = work / "paths.lua"
            paths = ", ".join(f'"{path}"' for _, path in pages)
            script.write_text(
                f"paths = {{{paths}}}\ncounter = 0\n"
                "function request()\n  counter = counter + 1\n"
                "  return wrk.format('GET', paths[(counter % #paths) + 1])\nend\n"
            )
            print(f"== soak: every page in turn on the cached site for {SOAK} s", flush=True)
            soak = wrk(f"http://127.0.0.1:{cached.port}", duration=SOAK, script=script)
            soak["rss"] = [rss_mib(pid) for pid in cached.workers()]
            soak["rss_uncached"] = [rss_mib(pid) for pid in uncached.workers()]

        print("\n== summary: the site, served from its page cache, beside the do-nothing app (same gunicorn)")
        print(f"do-nothing WSGI app: {base['rps']:.0f} req/s")
        print(
            f"{'page':15} {'cached req/s':>12} {'% of nothing':>12} {'cached CPU ms':>13} {'CPU % of nothing':>16} "
            f"{'uncached req/s':>14} {'uncached CPU ms':>15} {'nginx from disk':>15}"
        )
        by = {(r["kind"], r["server"]): r for r in results}
        for kind, _ in pages:
            c, u, n = by[(kind, cached.name)], by[(kind, uncached.name)], by[(kind, "nginx, same bytes")]
            mark = " *" if kind in TARGETED else ""
            nothing_run = by.get((kind, nothing.name), base)
            print(
                f"{kind:15} {c['rps']:12.0f} {100 * c['rps'] / nothing_run['rps']:11.0f}% {c['cpu_ms']:13.2f} "
                f"{100 * nothing_run['cpu_ms'] / max(c['cpu_ms'], 1e-6):15.0f}% {u['rps']:14.0f} "
                f"{u['cpu_ms']:15.2f} {n['rps']:15.0f}{mark}"
            )
        print("* the kinds the target is about: >= 40 % (goal 50 %) of the do-nothing app, measured just before")
        print(
            "CPU % of nothing: the do-nothing app's server CPU per request over the cached page's, the share of"
            " its req/s the page would reach were the CPU the limit (steadier than req/s on a busy machine)"
        )
        if soak:
            print(
                f"soak {SOAK} s over every page (cached site): {soak['rps']:.0f} req/s, p99 {soak['p99']:.1f} ms, "
                f"{soak['errors']} errors; worker RSS after: "
                + ", ".join(f"{value:.1f}" for value in soak["rss"])
                + " MiB (uncached site's workers: "
                + ", ".join(f"{value:.1f}" for value in soak["rss_uncached"])
                + " MiB)"
            )
        if any(r["errors"] for r in results):
            print("some answers were not 2xx/3xx: see the errors column", file=sys.stderr)
            return 1
        return 0
    finally:
        for server in nginx_servers:
            server.stop()
        for server in servers:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
