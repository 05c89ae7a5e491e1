import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0014_article_write_months'),
    ]

    operations = [
        migrations.CreateModel(
            name='RelatedItem',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('order', models.PositiveSmallIntegerField(default=0, help_text='Lowest first. Only live items are shown; without any, the newest live items of the same category are.', verbose_name='order')),
                ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='see_also_links', to='news.article', verbose_name='item')),
                ('item', models.ForeignKey(help_text='Shown under “See also” while it is live.', on_delete=django.db.models.deletion.CASCADE, related_name='linked_from', to='news.article', verbose_name='related item')),
            ],
            options={
                'verbose_name': 'related item',
                'verbose_name_plural': 'related items (“See also”)',
                'ordering': ['order', 'pk'],
                'constraints': [models.UniqueConstraint(fields=('article', 'item'), name='related_item_once'), models.CheckConstraint(condition=models.Q(('article', models.F('item')), _negated=True), name='related_item_not_itself')],
            },
        ),
    ]
