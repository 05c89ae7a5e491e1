"""``manage.py export_news [FILE]``: news items as JSON Lines, readable by import_news."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from news.models import Article
from news.transfer import export_record


class Command(BaseCommand):
    help = (
        "Export every news item (oldest first) as JSON Lines, in the format import_news reads. "
        "With FILE, lead images and documents are copied into folders beside it (FILE's name + "
        "'-images' and '-documents'); without it, items go to standard output without them."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="where to write; standard output when left out")
        parser.add_argument("--live", action="store_true", help="only the items the public can see now")

    def handle(self, file=None, live=False, **options):
        articles = (Article.objects.live() if live else Article.objects.all()).select_related("category", "image")
        articles = articles.order_by("publication_date", "pk")
        if file:
            path = Path(file)
            image_folder = path.with_name(f"{path.stem}-images")
            document_folder = path.with_name(f"{path.stem}-documents")
            with path.open("w", encoding="utf-8") as output:
                count = self._write(output, articles, image_folder, path.parent, document_folder)
            self.stderr.write(f"{count} items written to {path}.")
        else:
            without_images = articles.exclude(image=None).count()
            without_documents = articles.filter(attachments__isnull=False).distinct().count()
            self._write(self.stdout, articles, None, None)
            if without_images:
                self.stderr.write(f"{without_images} lead images left out: give a FILE to export them beside it.")
            if without_documents:
                self.stderr.write(
                    f"The documents of {without_documents} items left out: give a FILE to export them beside it."
                )

    def _write(self, output, articles, image_folder, relative_to, document_folder=None):
        count = 0
        for article in articles.iterator(chunk_size=200):
            record = export_record(article, image_folder, relative_to, document_folder)
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
