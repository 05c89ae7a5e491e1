"""
Document upload benchmark (not a test): how much CPU does checking an uploaded PDF take
(``documents.validation.inspect``: reading it, parsing it with pypdf, walking every object for
scripts and actions), from a one-page notice up to the 20 MB limit?

    .venv/bin/python bench/document_benchmark.py
    .venv/bin/python bench/document_benchmark.py --pages 1 50 500 --runs 7

For each size it writes a real PDF with text (``demo.documents.text_pdf``), and one padded to
exactly 20 MB, and prints the median CPU milliseconds of the check. Nothing touches a database
or the media folder.
"""

import argparse
import io
import os
import resource
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "embassy.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from demo.documents import text_pdf  # noqa: E402
from documents.validation import MAX_BYTES, inspect  # noqa: E402

LINES = ["Notes for applicants: passport renewal. Bring your current passport and two photographs."] * 40


def cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000


def padded_to_limit():
    """A real one-page PDF padded with a comment to exactly ``MAX_BYTES``."""
    data = text_pdf(LINES[:1])
    head, marker, tail = data.rpartition(b"startxref")
    return head + b"%" + b"x" * (MAX_BYTES - len(data) - 2) + b"\n" + marker + tail


def measure(data, runs):
    times = []
    for _ in range(runs):
        start = cpu_ms()
        inspect(io.BytesIO(data))
        times.append(cpu_ms() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[1, 20, 200])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    cases = [(f"{pages} pages of text", text_pdf(LINES, pages=pages)) for pages in options.pages]
    cases.append(("one page padded to 20 MB", padded_to_limit()))
    for label, data in cases:
        print(f"{label:>28}: {len(data):>12,} bytes, median CPU {measure(data, options.runs):7.1f} ms")


if __name__ == "__main__":
    main()
