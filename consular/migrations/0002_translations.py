
from django.db import migrations, models

from core.translation_migrations import copy_into_english


# The text written so far is English.
TRANSLATED = {'Office': ['name', 'address', 'opening_hours', 'notes'], 'Phone': ['label'], 'Email': ['label']}


class Migration(migrations.Migration):

    dependencies = [
        ('consular', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='email',
            name='label_en',
            field=models.CharField(blank=True, max_length=100, null=True, verbose_name='label'),
        ),
        migrations.AddField(
            model_name='email',
            name='label_ru',
            field=models.CharField(blank=True, max_length=100, null=True, verbose_name='label'),
        ),
        migrations.AddField(
            model_name='office',
            name='address_en',
            field=models.TextField(blank=True, null=True, verbose_name='postal address'),
        ),
        migrations.AddField(
            model_name='office',
            name='address_ru',
            field=models.TextField(blank=True, null=True, verbose_name='postal address'),
        ),
        migrations.AddField(
            model_name='office',
            name='name_en',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='office',
            name='name_ru',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='office',
            name='notes_en',
            field=models.TextField(blank=True, null=True, verbose_name='notes'),
        ),
        migrations.AddField(
            model_name='office',
            name='notes_ru',
            field=models.TextField(blank=True, null=True, verbose_name='notes'),
        ),
        migrations.AddField(
            model_name='office',
            name='opening_hours_en',
            field=models.TextField(blank=True, help_text='One line per day or range of days.', null=True, verbose_name='opening hours'),
        ),
        migrations.AddField(
            model_name='office',
            name='opening_hours_ru',
            field=models.TextField(blank=True, help_text='One line per day or range of days.', null=True, verbose_name='opening hours'),
        ),
        migrations.AddField(
            model_name='phone',
            name='label_en',
            field=models.CharField(blank=True, help_text='E.g. “Enquiries” or “Fax”.', max_length=100, null=True, verbose_name='label'),
        ),
        migrations.AddField(
            model_name='phone',
            name='label_ru',
            field=models.CharField(blank=True, help_text='E.g. “Enquiries” or “Fax”.', max_length=100, null=True, verbose_name='label'),
        ),
        copy_into_english("consular", TRANSLATED),
    ]
