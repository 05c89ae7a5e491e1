from django.shortcuts import get_object_or_404
from django.views.generic import DateDetailView, ListView, TemplateView

from news.models import Article, Category

LATEST_ON_HOME = 10


class LiveArticleMixin:
    """Every public news view shows ``Article.objects.live()`` and nothing else."""

    model = Article
    date_field = "publication_date"
    month_format = "%m"
    day_format = "%d"
    paginate_by = 20

    def get_queryset(self):
        return Article.objects.live().select_related("category")


class HomeView(TemplateView):
    template_name = "news/home.html"

    def get_context_data(self, **kwargs):
        featured = Article.objects.featured()
        latest = Article.objects.live().select_related("category")
        if featured is not None:
            latest = latest.exclude(pk=featured.pk)
        return super().get_context_data(
            featured=featured, latest=latest[:LATEST_ON_HOME], **kwargs
        )


class ArticleArchiveView(LiveArticleMixin, ListView):
    """All messages, newest first."""

    template_name = "news/article_archive.html"


class CategoryView(LiveArticleMixin, ListView):
    template_name = "news/category_detail.html"

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return super().get_queryset().filter(category=self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


class ArticleDetailView(LiveArticleMixin, DateDetailView):
    template_name = "news/article_detail.html"
