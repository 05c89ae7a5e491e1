"""
Side by side (not a test): the server's CPU per uncached request of the same page kinds under
two or more revisions of the site, in one run on this machine, so that a figure measured on
another machine (an issue's, last month's) can be set beside today's:

    .venv/bin/python bench/compare_revisions.py ead0ca1 HEAD               # the first version and this one
    .venv/bin/python bench/compare_revisions.py ead0ca1 HEAD --rounds 5
    .venv/bin/python bench/compare_revisions.py 342b2f5 HEAD --kinds home,search

Each revision is checked out into a temporary git worktree (using this checkout's .venv: an older
revision's requirements must be a subset of today's), gets its own SQLite database with the demo
content (``load_demo``), production settings (debug off, the page cache off: every request is
rendered) and its own gunicorn (2 sync workers, as bench/throughput.py). Then, --rounds times,
each page kind is requested for 5 s (wrk -t2 -c16) from each revision in turn, interleaved, and
the workers' CPU time per request is read from /proc. Prints every measurement, then the median
of the rounds per kind and revision, and each revision's ratio to the first one.

The page kinds: home (/), archive (/news/), article (the fourth newest live item, as that
revision links it) and search (/news/search/?q=embassy). Ports from BENCH_PORT (8900).
"""

import argparse
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import throughput  # noqa: E402  (its gunicorn and wrk helpers)

PYTHON = str(ROOT / ".venv" / "bin" / "python")
KINDS = {"home": "/", "archive": "/news/", "article": None, "search": "/news/search/?q=embassy"}
ARTICLE_SCRIPT = (
    "import os, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'embassy.settings'); django.setup()\n"
    "from news.models import Article\n"
    "print(Article.objects.live().order_by('-publication_date')[3].get_absolute_url())\n"
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revisions", nargs="+", help="git revisions, the first one the baseline")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (the median is shown)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated page kinds")
    return parser.parse_args()


def prepare(revision, folder, env):
    """A worktree of ``revision`` in ``folder`` with its demo database and static files; the
    address of its article page."""
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder), revision], check=True)
    (folder / ".venv").symlink_to(ROOT / ".venv")
    debug = dict(env, DJANGO_DEBUG="1")
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=folder, env=debug, check=True)
    subprocess.run([PYTHON, "manage.py", "load_demo"], cwd=folder, env=debug, check=True, capture_output=True)
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=folder, env=env, check=True)
    found = subprocess.run([PYTHON, "-c", ARTICLE_SCRIPT], cwd=folder, env=env, check=True, capture_output=True)
    return found.stdout.decode().strip().splitlines()[-1]


def main():
    args = parse_args()
    kinds = [kind for kind in args.kinds.split(",") if kind]
    work = Path(tempfile.mkdtemp(prefix="embassy-revisions."))
    base = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE")
    }
    base.update(
        DJANGO_DEBUG="0",
        DJANGO_HTTPS="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_ADMIN_OTP="0",
        EMBASSY_PAGE_CACHE="0",
    )
    servers, folders = {}, []
    port = int(os.environ.get("BENCH_PORT", "8900"))
    try:
        for n, revision in enumerate(args.revisions):
            folder = work / f"tree{n}"
            folders.append(folder)
            env = dict(
                base,
                DATABASE_URL=f"sqlite:///{work}/demo{n}.sqlite3",
                DJANGO_STATIC_ROOT=str(work / f"static{n}"),
                DJANGO_MEDIA_ROOT=str(work / f"media{n}"),
            )
            print(f"== {revision}: worktree, demo content, static files", flush=True)
            article = prepare(revision, folder, env)
            name = f"{n + 1}:{revision}"[:20]  # two names for the same revision given twice
            servers[name] = (throughput.Gunicorn(name, "embassy.wsgi", port + n, env, chdir=folder), article)
        print(f"== {args.rounds} rounds, 5 s a measurement, wrk -t2 -c16")
        print("page            server                     req/s   p50 ms   p99 ms   CPU ms  RSS MiB errors")
        cpu = {}
        for _ in range(args.rounds):
            for kind in kinds:
                for name, (server, article) in servers.items():
                    path = KINDS[kind] or article
                    url = f"http://127.0.0.1:{server.port}{path}"
                    figures = throughput.measure(name, kind, url, server.pids, server.workers)
                    cpu.setdefault((kind, name), []).append(figures["cpu_ms"])
    finally:
        for server, _ in servers.values():
            server.stop()
        for folder in folders:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], check=False)
        shutil.rmtree(work, ignore_errors=True)
    names = list(servers)
    print(f"\nCPU ms per request, median of {args.rounds} rounds (ratio to {names[0]}):")
    for kind in kinds:
        first = statistics.median(cpu[(kind, names[0])])
        cells = [f"{name} {statistics.median(cpu[(kind, name)]):5.2f}" for name in names]
        ratios = [f"{statistics.median(cpu[(kind, name)]) / first:.2f}×" for name in names[1:]]
        print(f"{kind:10} " + "   ".join(cells) + ("   " + " ".join(ratios) if ratios else ""))


if __name__ == "__main__":
    main()
