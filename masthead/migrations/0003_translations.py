
from django.db import migrations, models

from core.translation_migrations import copy_into_english


# The text written so far is English.
TRANSLATED = {'IncidentCounter': ['sentence']}


class Migration(migrations.Migration):

    dependencies = [
        ('masthead', '0002_incidentcounter_table_and_content_type'),
    ]

    operations = [
        migrations.AddField(
            model_name='incidentcounter',
            name='sentence_en',
            field=models.CharField(help_text='The line shown in the masthead. Write {days} where the number of days goes, e.g. “{days} days have passed since the Salisbury incident”.', max_length=300, null=True, verbose_name='sentence'),
        ),
        migrations.AddField(
            model_name='incidentcounter',
            name='sentence_ru',
            field=models.CharField(help_text='The line shown in the masthead. Write {days} where the number of days goes, e.g. “{days} days have passed since the Salisbury incident”.', max_length=300, null=True, verbose_name='sentence'),
        ),
        copy_into_english("masthead", TRANSLATED),
    ]
