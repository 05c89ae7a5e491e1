
import django.core.validators
from django.db import migrations, models

from core.translation_migrations import copy_into_english


# The text written so far is English.
TRANSLATED = {'Article': ['title', 'lead', 'body'], 'Category': ['name']}


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0011_article_returned_at'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='body_en',
            field=models.TextField(blank=True, help_text='At most 300,000 characters of formatted text (about 40,000 words): split a longer text into several items.', null=True, validators=[django.core.validators.MaxLengthValidator(300000, message='The body can be at most %(limit_value)d characters of formatted text (about 40,000 words); this one has %(show_value)d. Split it into two items, or remove what was pasted by mistake.')], verbose_name='body'),
        ),
        migrations.AddField(
            model_name='article',
            name='body_ru',
            field=models.TextField(blank=True, help_text='At most 300,000 characters of formatted text (about 40,000 words): split a longer text into several items.', null=True, validators=[django.core.validators.MaxLengthValidator(300000, message='The body can be at most %(limit_value)d characters of formatted text (about 40,000 words); this one has %(show_value)d. Split it into two items, or remove what was pasted by mistake.')], verbose_name='body'),
        ),
        migrations.AddField(
            model_name='article',
            name='lead_en',
            field=models.TextField(help_text='Plain text, shown in lists and at the top of the item: at most 600 characters (about 100 words), so that lists stay readable.', null=True, validators=[django.core.validators.MaxLengthValidator(600, message='The lead can be at most %(limit_value)d characters; this one has %(show_value)d. Shorten it: the rest belongs in the body.')], verbose_name='lead paragraph'),
        ),
        migrations.AddField(
            model_name='article',
            name='lead_ru',
            field=models.TextField(help_text='Plain text, shown in lists and at the top of the item: at most 600 characters (about 100 words), so that lists stay readable.', null=True, validators=[django.core.validators.MaxLengthValidator(600, message='The lead can be at most %(limit_value)d characters; this one has %(show_value)d. Shorten it: the rest belongs in the body.')], verbose_name='lead paragraph'),
        ),
        migrations.AddField(
            model_name='article',
            name='title_en',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='article',
            name='title_ru',
            field=models.CharField(max_length=200, null=True, verbose_name='title'),
        ),
        migrations.AddField(
            model_name='category',
            name='name_en',
            field=models.CharField(max_length=100, null=True, unique=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='category',
            name='name_ru',
            field=models.CharField(max_length=100, null=True, unique=True, verbose_name='name'),
        ),
        copy_into_english("news", TRANSLATED),
    ]
