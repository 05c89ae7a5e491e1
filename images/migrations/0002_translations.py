
from django.db import migrations, models

from core.translation_migrations import copy_into_english


# The text written so far is English.
TRANSLATED = {'Image': ['alt_text', 'caption', 'credit']}


class Migration(migrations.Migration):

    dependencies = [
        ('images', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='image',
            name='alt_text_en',
            field=models.CharField(help_text='Describes the image for people who cannot see it, e.g. “The Ambassador speaking at the Remembrance Day ceremony”. Required.', max_length=300, null=True, verbose_name='description (alt text)'),
        ),
        migrations.AddField(
            model_name='image',
            name='alt_text_ru',
            field=models.CharField(help_text='Describes the image for people who cannot see it, e.g. “The Ambassador speaking at the Remembrance Day ceremony”. Required.', max_length=300, null=True, verbose_name='description (alt text)'),
        ),
        migrations.AddField(
            model_name='image',
            name='caption_en',
            field=models.CharField(blank=True, max_length=300, null=True, verbose_name='caption'),
        ),
        migrations.AddField(
            model_name='image',
            name='caption_ru',
            field=models.CharField(blank=True, max_length=300, null=True, verbose_name='caption'),
        ),
        migrations.AddField(
            model_name='image',
            name='credit_en',
            field=models.CharField(blank=True, help_text='e.g. “Photo: Embassy press office”', max_length=200, null=True, verbose_name='credit'),
        ),
        migrations.AddField(
            model_name='image',
            name='credit_ru',
            field=models.CharField(blank=True, help_text='e.g. “Photo: Embassy press office”', max_length=200, null=True, verbose_name='credit'),
        ),
        copy_into_english("images", TRANSLATED),
    ]
