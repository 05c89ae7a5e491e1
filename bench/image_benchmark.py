"""
Image upload benchmark (not a test): how long does storing an upload take, and
how much memory does it need, from a phone photo up to the 40-megapixel limit?

    .venv/bin/python bench/image_benchmark.py
    .venv/bin/python bench/image_benchmark.py --sizes 4032x3024 7744x5164 --runs 3

For each size it makes a JPEG with detail (noise), then times the three steps
an upload goes through (``images.processing``): validation (header check,
verify, full decode), re-encoding the metadata-free original, and the WebP
renditions. It prints the median time of each step, and at the end the
process's peak resident memory (pixel buffers included). Nothing touches a
database or the media folder.
"""

import argparse
import io
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "embassy.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from PIL import Image as PILImage  # noqa: E402

from images import processing  # noqa: E402


def photo(width, height):
    noise = PILImage.effect_noise((width // 8, height // 8), 40).resize((width, height))
    buffer = io.BytesIO()
    PILImage.merge("RGB", [noise, noise.transpose(PILImage.Transpose.FLIP_LEFT_RIGHT), noise]).save(
        buffer, "JPEG", quality=90
    )
    return buffer.getvalue()


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["1600x1067", "4032x3024", "6000x4000", "7744x5164"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    print(f"{'size':>11} {'MP':>5} {'file':>8} {'validate':>9} {'original':>9} {'renditions':>11} {'total':>7}")
    for size in args.sizes:
        width, height = (int(n) for n in size.split("x"))
        data = photo(width, height)
        times = {"validate": [], "original": [], "renditions": []}
        for _ in range(args.runs):
            _, seconds = timed(processing.validate_image_file, SimpleUploadedFile("p.jpg", data))
            times["validate"].append(seconds)
            clean, seconds = timed(processing.clean_original, SimpleUploadedFile("p.jpg", data))
            times["original"].append(seconds)
            _, seconds = timed(processing.renditions, clean)
            times["renditions"].append(seconds)
        medians = {step: statistics.median(values) for step, values in times.items()}
        print(
            f"{size:>11} {width * height / 1e6:>5.1f} {len(data) / 1e6:>6.1f}MB "
            f"{medians['validate']:>8.2f}s {medians['original']:>8.2f}s {medians['renditions']:>10.2f}s "
            f"{sum(medians.values()):>6.2f}s"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
