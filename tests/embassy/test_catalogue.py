"""
The Russian catalogue is complete and compiled: every interface string in the code and the
templates is in locale/ru/LC_MESSAGES/django.po, translated and not fuzzy, with Russian plural
rules, and the committed django.mo is that .po compiled. ``manage.py update_catalogue`` brings
the .po up to date and compiles it; each failure below lists the strings to deal with.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
from django.conf import settings
from django.utils import translation

from embassy.management.commands.update_catalogue import MAKEMESSAGES_OPTIONS

ROOT = Path(settings.BASE_DIR)
PO = ROOT / "locale" / "ru" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
RUSSIAN_PLURALS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or None)


def listing(keys):
    return "\n".join(f"  {msgid!r}" + (f" (context {context!r})" if context else "") for context, msgid, _p in keys)


def test_every_string_in_the_catalogue_is_translated_and_none_is_fuzzy():
    po = polib.pofile(str(PO))
    untranslated = [key(e) for e in po.untranslated_entries()]
    fuzzy = [key(e) for e in po.fuzzy_entries()]
    assert not untranslated, f"Untranslated in {PO.relative_to(ROOT)}:\n{listing(untranslated)}"
    assert not fuzzy, f"Fuzzy (check and remove the flag) in {PO.relative_to(ROOT)}:\n{listing(fuzzy)}"
    for entry in po.translated_entries():
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == [0, 1, 2], f"{entry.msgid!r} needs the three Russian forms"


def test_the_catalogue_has_russian_plural_rules():
    po = polib.pofile(str(PO))
    assert po.metadata["Language"] == "ru"
    assert po.metadata["Plural-Forms"] == RUSSIAN_PLURALS


def test_every_string_in_the_code_and_templates_is_in_the_catalogue(tmp_path):
    """makemessages run over a copy of the project finds exactly the strings the catalogue has."""
    copy = tmp_path / "site"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "media", "staticfiles", "backups", "test-results", "*.sqlite3"
        ),
    )
    script = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'embassy.settings'); django.setup();"
        "from django.core.management import call_command;"
        "from embassy.management.commands.update_catalogue import MAKEMESSAGES_OPTIONS;"
        "call_command('makemessages', **MAKEMESSAGES_OPTIONS)"
    )
    subprocess.run(
        [sys.executable, "-c", script],
        cwd=copy,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_DEBUG": "1", "HOME": str(tmp_path)},
        capture_output=True,
    )
    fresh = {key(e) for e in polib.pofile(str(copy / PO.relative_to(ROOT))) if not e.obsolete}
    committed = {key(e) for e in polib.pofile(str(PO)) if not e.obsolete}
    missing, gone = sorted(fresh - committed, key=str), sorted(committed - fresh, key=str)
    assert not missing, (
        f"Strings in the code or templates missing from {PO.relative_to(ROOT)} "
        f"(run manage.py update_catalogue, then translate them):\n{listing(missing)}"
    )
    assert not gone, (
        f"Strings no longer used, still in {PO.relative_to(ROOT)} (run manage.py update_catalogue):\n{listing(gone)}"
    )
    assert MAKEMESSAGES_OPTIONS["locale"] == ["ru"]


def test_the_committed_compiled_catalogue_is_the_po_compiled():
    po = polib.pofile(str(PO))
    mo = polib.mofile(str(MO))

    def messages(catalogue):
        return {
            key(e): (tuple(sorted(e.msgstr_plural.items())) if e.msgid_plural else e.msgstr)
            for e in catalogue
            if e.msgid and (e.translated() if isinstance(catalogue, polib.POFile) else True)
        }

    compiled, source = messages(mo), messages(po)
    stale = sorted(set(compiled.items()) ^ set(source.items()), key=str)
    assert not stale, (
        f"{MO.relative_to(ROOT)} is not {PO.relative_to(ROOT)} compiled (run manage.py update_catalogue); "
        f"it differs in:\n" + "\n".join(f"  {k[1]!r}" for k, _v in stale)
    )
    assert mo.metadata["Plural-Forms"] == RUSSIAN_PLURALS


def test_russian_pages_read_the_compiled_catalogue():
    with translation.override("ru"):
        assert translation.gettext("Search the news") == "Поиск по новостям"
        assert (
            translation.ngettext("%(counter)s item found", "%(counter)s items found", 22)
            == "Найдено %(counter)s материала"
        )
