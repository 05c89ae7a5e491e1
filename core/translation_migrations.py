"""
For the migrations that give fields a column per language (django-modeltranslation): the text
written before the site had languages is English, so it is copied into the English columns.
(django-modeltranslation keeps the columns of the original fields.) Kept here, not in each
migration, and unchanging: migrations import it.
"""

from django.db import migrations
from django.db.models import F
from django.db.models.functions import Coalesce


def copy_into_english(app_label, translated):
    """A ``RunPython`` copying each field of ``translated`` (``{model name: [field names]}``)
    into its ``_en`` column, and back when migrating backwards."""

    def forwards(apps, schema_editor):
        for model_name, fields in translated.items():
            manager = apps.get_model(app_label, model_name)._base_manager
            manager.update(**{f"{name}_en": F(name) for name in fields})

    def backwards(apps, schema_editor):
        for model_name, fields in translated.items():
            manager = apps.get_model(app_label, model_name)._base_manager
            manager.update(**{name: Coalesce(f"{name}_en", F(name)) for name in fields})

    return migrations.RunPython(forwards, backwards)
