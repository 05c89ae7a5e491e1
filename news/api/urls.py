from django.urls import include, path
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
]
