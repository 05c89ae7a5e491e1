"""
The news admin, one concern per module:

- ``articles``: the article admin, putting the pieces together;
- ``forms``: the article form (hands each transition to the publishing door, ``news.workflow``);
- ``permissions``: who may change what, and the refusal page;
- ``actions``: the workflow's buttons and list actions;
- ``history``: revisions, compare, restore, and the upcoming releases;
- ``categories``: categories and old addresses.
"""

from news.admin import articles, categories  # noqa: F401 - they register the models
