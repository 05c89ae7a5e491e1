import copy

from django.utils.functional import cached_property
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from news.models import Article, Category, article_urls


# A ModelSerializer whose fields are worked out from the model once per class, not for every
# serializer made (a list makes one per item and nested object): each instance gets copies of
# them, as DRF does with declared fields. (A comment, not a docstring: drf-spectacular would
# put a docstring in the schema.)
class FieldsBuiltOnce:

    def get_fields(self):
        cls = type(self)
        if "_built_fields" not in cls.__dict__:
            cls._built_fields = super().get_fields()
        return copy.deepcopy(cls._built_fields)


def absolute(serializer, path):
    return serializer.context["request"].build_absolute_uri(path)


class CategorySummarySerializer(FieldsBuiltOnce, serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The category's page on the site.")

    class Meta:
        model = Category
        fields = ["name", "slug", "url"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, category):
        return absolute(self, category.get_absolute_url())


class CategorySerializer(CategorySummarySerializer):
    article_count = serializers.IntegerField(
        source="live_count", read_only=True, help_text="How many published items the category has."
    )

    class Meta(CategorySummarySerializer.Meta):
        fields = [*CategorySummarySerializer.Meta.fields, "article_count"]


class LeadImageSerializer(serializers.Serializer):
    url = serializers.SerializerMethodField(help_text="The original file.")
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    alt = serializers.CharField(source="alt_text", help_text="The image's description (alt text).")

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, image):
        return absolute(self, image.file.url)


class ArticleSerializer(FieldsBuiltOnce, serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The item's page on the site.")
    category = CategorySummarySerializer(read_only=True)
    last_modified = serializers.DateTimeField(read_only=True, help_text="Its release or its latest edit.")
    image = LeadImageSerializer(read_only=True, allow_null=True, help_text="The lead image, or null.")

    class Meta:
        model = Article
        fields = ["slug", "title", "url", "category", "lead", "publication_date", "last_modified", "image"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, article):
        return absolute(self, self.article_url(article.publication_date, article.slug))

    @cached_property
    def article_url(self):
        # Once a list: a list serializes every item with the same serializer.
        return article_urls()


class ArticleDetailSerializer(ArticleSerializer):
    body = serializers.CharField(read_only=True, help_text="The text as sanitised HTML.")

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body"]
