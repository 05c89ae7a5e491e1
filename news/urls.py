from django.urls import path, register_converter

from news import feeds, views


class FourDigitConverter:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


class TwoDigitConverter(FourDigitConverter):
    regex = "[0-9]{2}"

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(FourDigitConverter, "yyyy")
register_converter(TwoDigitConverter, "dd")

app_name = "news"

urlpatterns = [
    path("", views.ArticleArchiveView.as_view(), name="archive"),
    path("category/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("preview/<int:pk>/", views.ArticlePreviewView.as_view(), name="preview"),
    path("feed/rss/", feeds.NewsFeed(), name="feed_rss"),
    path("feed/atom/", feeds.NewsAtomFeed(), name="feed_atom"),
    path("category/<slug:slug>/feed/rss/", feeds.CategoryNewsFeed(), name="category_feed_rss"),
    path("category/<slug:slug>/feed/atom/", feeds.CategoryNewsAtomFeed(), name="category_feed_atom"),
    path("<yyyy:year>/", views.ArticleYearArchiveView.as_view(), name="archive_year"),
    path("<yyyy:year>/<dd:month>/", views.ArticleMonthArchiveView.as_view(), name="archive_month"),
    path(
        "<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/",
        views.ArticleDetailView.as_view(),
        name="article",
    ),
]
