from django.db import migrations, models

from core.translation_migrations import copy_into_english

# The text written so far is English.
TRANSLATED = {"Notice": ["text"]}


class Migration(migrations.Migration):

    dependencies = [
        ('notices', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='notice',
            name='text_en',
            field=models.CharField(help_text='One or two plain sentences, e.g. “The consular section is closed on 4 November.”', max_length=300, null=True, verbose_name='text'),
        ),
        migrations.AddField(
            model_name='notice',
            name='text_ru',
            field=models.CharField(help_text='One or two plain sentences, e.g. “The consular section is closed on 4 November.”', max_length=300, null=True, verbose_name='text'),
        ),
        copy_into_english("notices", TRANSLATED),
    ]
