from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from news.api import views

app_name = "api"

router = DefaultRouter()
router.register("news", views.ArticleViewSet, basename="article")
router.register("categories", views.CategoryViewSet, basename="category")

urlpatterns = [
    path("v1/", include(router.urls)),
    # The OpenAPI 3 document: YAML, or JSON with ?format=json.
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Anything else under /api/ ending in a slash is the API's JSON 404 (an address without
    # the slash is still redirected to it first).
    re_path(r"^(?:[\s\S]*/)?\Z", views.NotFoundView.as_view(), name="not-found"),
]
