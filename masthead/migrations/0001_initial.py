"""
The day counters move here from the project package (app "embassy"). Their
table stays, so no row is lost: this migration only tells Django the model is
now this app's (on the old table), 0002 renames the table and moves the
content type, so the admin history and any permissions given to groups stay
with the counters.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("embassy", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='IncidentCounter',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('sentence', models.CharField(help_text='The line shown in the masthead. Write {days} where the number of days goes, e.g. “{days} days have passed since the Salisbury incident”.', max_length=300, verbose_name='sentence')),
                        ('start_date', models.DateField(help_text='Days are counted in calendar days in London from this date.', verbose_name='start date')),
                        ('is_active', models.BooleanField(default=True, help_text='Only active counters are shown.', verbose_name='active')),
                        ('order', models.PositiveSmallIntegerField(default=0, help_text='Lower numbers are shown first.', verbose_name='order')),
                    ],
                    options={
                        'verbose_name': 'incident counter',
                        'verbose_name_plural': 'incident counters',
                        'ordering': ['order', 'start_date', 'pk'],
                        'db_table': 'embassy_incidentcounter',
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
