# The lead image moves from a file on the article to an image from the image
# library (images.Image), whose alt text replaces Article.image_alt. No site
# had lead images yet, so the old columns are dropped, not copied.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("images", "0001_initial"),
        ("news", "0003_search_vector"),
        ("news", "0004_editorial_roles"),
    ]

    operations = [
        migrations.RemoveField(model_name="article", name="image_alt"),
        migrations.RemoveField(model_name="article", name="image_height"),
        migrations.RemoveField(model_name="article", name="image_width"),
        migrations.RemoveField(model_name="article", name="image"),
        migrations.AddField(
            model_name="article",
            name="image",
            field=models.ForeignKey(
                blank=True,
                help_text="Choose an image from the library or upload a new one with “+” (its alt text is required).",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="articles",
                to="images.image",
                verbose_name="lead image",
            ),
        ),
    ]
