"""
What of the news a visitor reads in each language (django-modeltranslation): one row holds
every language, so a django-reversion revision holds them all and each language has its own
search vector (news/search.py). Slugs and dates are one per item, shared by the languages.
"""

from modeltranslation.translator import TranslationOptions, register

from news.models import Article, Category


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    # An item's Russian version is public when the item is live and its Russian title and
    # lead are filled (ArticleQuerySet.live()); the body may stay empty.
    fields = ("title", "lead", "body")


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name",)
    # Names are unique in each language; a category with no Russian name yet stores none
    # (NULL), so that several can wait for theirs.
    empty_values = {"name": None}
