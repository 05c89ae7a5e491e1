from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from news.views import HomeView

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("news/", include("news.urls")),
    path("contacts/", include("consular.urls")),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
