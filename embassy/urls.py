from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import TemplateView

from embassy.views import SitePageView, favicon, healthz
from news.sitemaps import sitemaps
from news.views import HomeView

handler400 = "embassy.views.bad_request"
handler403 = "embassy.views.permission_denied"
handler404 = "embassy.views.page_not_found"
handler500 = "embassy.views.server_error"

# The public pages: in English at today's addresses, in Russian under /ru/ with the same slugs and
# dates (core.languages activates the address's language before these are resolved).
urlpatterns = i18n_patterns(
    path("", HomeView.as_view(), name="home"),
    path("news/", include("news.urls")),
    path("contacts/", include("consular.urls")),
    path("accessibility/", SitePageView.as_view(page="accessibility"), name="accessibility"),
    path("privacy/", SitePageView.as_view(page="privacy"), name="privacy"),
    prefix_default_language=False,
)

# One address for both languages: the API (its ?lang= picks the language), the sitemaps (they
# list both languages' pages), robots.txt, the admin, the health check.
urlpatterns += [
    # A document's file (the proxy sends it, named as it was uploaded): one address for both languages.
    path("documents/", include("documents.urls")),
    path("api/", include("news.api.urls")),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap-section", "template_name": "sitemaps/index.xml"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps, "template_name": "sitemaps/urlset.xml"},
        name="sitemap-section",
    ),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
    path(settings.EMBASSY_ADMIN_URL, admin.site.urls),
    path("healthz", healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages without an icon link (feeds, the API, files).
    path("favicon.ico", favicon, name="favicon"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
