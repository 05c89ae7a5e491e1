"""
``manage.py generate_news N``: N generated news items, for benchmarks at scale
and for staff trying the site with a full newsroom (see ``demo.generator``).

Refuses to run unless ``DJANGO_DEBUG=1``, as ``load_demo`` does: generated
items are published, and must never reach a real site by mistake.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.generator import BATCH_SIZE, generate_articles


class Command(BaseCommand):
    help = "Generate N realistic news items (mostly live, a few drafts, scheduled and expiring ones)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="how many items to create")
        parser.add_argument("--years", type=int, default=12, help="spread them over this many past years (12)")
        parser.add_argument("--seed", type=int, default=20201027, help="the random seed, for the same text again")

    def handle(self, *args, count, years, seed, **options):
        if not settings.DEBUG:
            raise CommandError("generate_news publishes made-up items: it runs only with DJANGO_DEBUG=1.")
        if count < 1 or years < 1:
            raise CommandError("The count and the years must be at least 1.")
        started = time.perf_counter()

        def progress(done):
            if options["verbosity"] and (done % (BATCH_SIZE * 10) == 0 or done == count):
                elapsed = time.perf_counter() - started
                self.stdout.write(f"  {done:,} of {count:,} items ({elapsed:.0f} s)")

        created = generate_articles(count, years=years, seed=seed, progress=progress)
        self.stdout.write(self.style.SUCCESS(f"Created {created:,} items in {time.perf_counter() - started:.0f} s."))
