"""
``manage.py update_catalogue``: the Russian catalogue brought up to date with the code and
templates (``makemessages``: new strings added untranslated, gone ones marked obsolete), then
compiled (``compilemessages``). Both ``locale/ru/LC_MESSAGES/django.po`` and the compiled
``django.mo`` are committed; tests/embassy/test_catalogue.py fails, with the list, while a
string is missing, untranslated or fuzzy, or while the ``.mo`` is not the compiled ``.po``.

The site's script (static/js/clock.js) has no strings of its own (it formats with the
browser's Intl and takes the day counters' words from the page), so there is no djangojs
catalogue.
"""

from django.core.management import BaseCommand, call_command

LANGUAGES = ["ru"]

# What makemessages reads: the apps and templates, not the virtualenv, tests or tools.
MAKEMESSAGES_OPTIONS = {
    "locale": LANGUAGES,
    "add_location": "file",
    "ignore_patterns": [".venv", "tests", "bench", "scripts", "media", "staticfiles", "backups", "test-results"],
    "no_obsolete": True,
    "verbosity": 0,
}


class Command(BaseCommand):
    help = "Update the Russian catalogue from the code and templates, and compile it."

    def handle(self, *args, **options):
        call_command("makemessages", **MAKEMESSAGES_OPTIONS)
        call_command("compilemessages", locale=LANGUAGES, verbosity=0)
        self.stdout.write("locale/ru/LC_MESSAGES/django.po updated and compiled: translate what is new in it.")
