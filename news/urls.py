from django.urls import path, register_converter

from news import views


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
    path(
        "<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/",
        views.ArticleDetailView.as_view(),
        name="article",
    ),
]
