"""``manage.py import_news FILE``: news items from the old site, as JSON (see news/transfer.py)."""

from django.core.management.base import BaseCommand, CommandError

from news.transfer import import_file


class Command(BaseCommand):
    help = (
        "Import news items from a JSON Lines file (or a JSON array), each through the same "
        "validation and sanitising as the admin. Bad records are reported with their line and "
        "reason and the rest are imported; items already imported are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the JSON file; image paths in it are relative to its folder")

    def handle(self, file, **options):
        try:
            report = import_file(file)
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        for where, article in report.imported:
            self.stdout.write(f"{file}:{where}: imported {article.get_absolute_url()}")
        for where, reason in report.skipped:
            self.stdout.write(f"{file}:{where}: skipped, {reason}")
        for where, reason in report.failed:
            self.stderr.write(f"{file}:{where}: not imported: {reason}")
        summary = (
            f"{len(report.imported)} imported, {len(report.skipped)} already there, {len(report.failed)} not imported."
        )
        if report.failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
