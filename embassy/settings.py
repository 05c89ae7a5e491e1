"""
The one settings module. Every environment reads it; they differ only in what
the environment variables say (credentials and hosts), never in apps or
middleware.

    DJANGO_DEBUG          "1" turns debug on; anything else (or unset) is off
    DJANGO_SECRET_KEY     required when debug is off
    DJANGO_ALLOWED_HOSTS  comma-separated; required when debug is off
    DATABASE_URL          e.g. postgres://user:pass@host:5432/name;
                          a SQLite file next to manage.py when unset
    REDIS_URL             e.g. redis://127.0.0.1:6379/0; optional cache
    DJANGO_HTTPS          "0" serves plain HTTP (no SSL redirect, no HSTS, no
                          Secure cookies); on by default when debug is off
    DJANGO_ADMIN_URL      the admin's path, default "admin/"
    DJANGO_ADMIN_OTP      "1" requires a TOTP second factor for staff; on by
                          default when debug is off
    DJANGO_PROXY_COUNT    reverse proxies in front of the site (for the client
                          address in sign-in throttling); default 0
    EMBASSY_PAGE_CACHE    "0" switches the page cache off; on by default
    EMBASSY_DOCUMENTS_ACCEL_REDIRECT  "1": nginx sends documents' files
                          (X-Accel-Redirect); off by default

docs/operations.md explains each for production.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_list(name):
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def env_flag(name, default):
    """ "1" is on, "0" is off, unset is the default."""
    value = os.environ.get(name, "").strip()
    if value not in ("", "0", "1"):
        raise ImproperlyConfigured(f'{name} must be "1" or "0", not {value!r}.')
    return default if value == "" else value == "1"


DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string in "
            "production, or set DJANGO_DEBUG=1 for local development."
        )
    SECRET_KEY = "django-insecure-local-development-only"
elif not DEBUG and (len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-")):
    # The same rule as Django's deploy check (security.W009), made fatal.
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is too weak for production: use at least 50 random "
        'characters, e.g. the output of: python -c "import secrets; '
        'print(secrets.token_urlsafe(50))".'
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS is not set. Set it to the site's host names, "
            "comma-separated (e.g. www.example.org), or set DJANGO_DEBUG=1 for "
            "local development."
        )
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# Production serves HTTPS only; DJANGO_HTTPS=0 is for plain-HTTP local runs and
# the test server.
https = env_flag("DJANGO_HTTPS", default=not DEBUG)

# Reverse proxies (TLS terminators, load balancers) in front of the site. Each
# appends to X-Forwarded-For and sets X-Forwarded-Proto.
proxy_count = int(os.environ.get("DJANGO_PROXY_COUNT", "0") or 0)


# Django settings, alphabetical.

AUTHENTICATION_BACKENDS = [
    # Refuses sign-ins from locked-out accounts and addresses (django-axes).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]



def redis_cache(location, key_prefix):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            # With Redis down every read is a miss and pages come from the
            # database. A server that does not answer costs a quarter of a
            # second, and then nothing for a few seconds: the breaker
            # (embassy.redis_breaker) stops asking it meanwhile.
            "IGNORE_EXCEPTIONS": True,
            "REDIS_CLIENT_CLASS": "embassy.redis_breaker.BreakerRedis",
            "SOCKET_CONNECT_TIMEOUT": 0.25,
            "SOCKET_TIMEOUT": 0.25,
        },
    }


# "default": the masthead's database reads. "pages": the page cache (pagecache/), shared by
# every worker with Redis, else one per process. "pages_bounded": pages a visitor can vary at
# will (search words, filters), a small cache in each process that a flood of unique query
# strings can fill without pushing anything else out.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": redis_cache(os.environ["REDIS_URL"], "embassy"),
        "pages": redis_cache(os.environ["REDIS_URL"], "embassy-pages"),
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
    }
# Whether every worker shares the cache (then a save clears a cached read for all of them).
EMBASSY_SHARED_CACHE = bool(os.environ.get("REDIS_URL"))
CACHES["pages_bounded"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pages-bounded",
    "OPTIONS": {"MAX_ENTRIES": 200},
}

CSRF_COOKIE_HTTPONLY = True

CSRF_COOKIE_SECURE = https

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

FORMAT_MODULE_PATH = ["embassy.formats"]

INSTALLED_APPS = [
    # django-modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    # django.contrib.admin with the site's own admin site (second factor).
    "embassy.admin_config.EmbassyAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "django_prose_editor",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "drf_spectacular",
    "rest_framework",
    "reversion",
    "core",
    "embassy",
    "masthead",
    "branding",
    "images",
    "news",
    "documents",
    "consular",
    "notices",
    "demo",
    "pagecache",
]

LANGUAGE_CODE = "en-gb"

# The site's languages: English (the default, at today's addresses) and Russian. Each
# translated field of the content (each app's translation.py) has one column per language.
LANGUAGES = [("en", _("English")), ("ru", _("Russian"))]

LOCALE_PATHS = [BASE_DIR / "locale"]

# JSON lines on stderr: errors, and the audit trail of staff sign-ins and
# publishing ("embassy.audit").
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "filters": {
        "request_context": {"()": "core.logs.RequestContextFilter"},
        "foreign_host": {"()": "embassy.foreign_host.ForeignHostFilter"},
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_context"]},
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        "django": {"level": "INFO"},
        "embassy": {"level": "INFO"},
        # A request for a host the site does not serve: one warning line, no traceback.
        "django.security.DisallowedHost": {"filters": ["foreign_host"]},
    },
}

# After sign-in without a usable ?next= (Django's default, /accounts/profile/, is a 404 here).
LOGIN_REDIRECT_URL = reverse_lazy("admin:index")

MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))

MEDIA_URL = "/media/"

MIDDLEWARE = [
    "core.logs.RequestContextMiddleware",
    # The page's language from its address only (/ru/...), never from a header or a cookie, so
    # cached pages vary by path alone; sets Content-Language, cached answers and 304s included.
    "core.languages.LanguageFromPathMiddleware",
    # First after the request's log context: a cached page is served before any other work
    # (sessions, sign-in, CSRF, the database), with the headers the middleware below added
    # when it was rendered.
    "pagecache.middleware.PageCacheMiddleware",
    # Above SecurityMiddleware, so its HTTP -> HTTPS redirect carries them too.
    "embassy.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "embassy.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "embassy.urls"

SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

SECURE_HSTS_INCLUDE_SUBDOMAINS = https

SECURE_HSTS_PRELOAD = https

SECURE_HSTS_SECONDS = 365 * 24 * 3600 if https else 0

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if proxy_count else None

# A load balancer probes /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

SECURE_REFERRER_POLICY = "same-origin"

SECURE_SSL_REDIRECT = https

SESSION_COOKIE_HTTPONLY = True

SESSION_COOKIE_SECURE = https

STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))

STATIC_URL = "/static/"

STATICFILES_DIRS = [BASE_DIR / "static"]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "embassy.context_processors.site",
                "masthead.context_processors.masthead",
                "notices.context_processors.notices",
                "branding.context_processors.branding",
                "news.context_processors.news_categories",
            ],
        },
    },
]

TIME_ZONE = "Europe/London"

USE_I18N = True

USE_TZ = True

WSGI_APPLICATION = "embassy.wsgi.application"

X_FRAME_OPTIONS = "DENY"


# The embassy site.

# Shown in the page header and titles.
EMBASSY_SITE_NAME = os.environ.get(
    "EMBASSY_SITE_NAME", "Embassy of the Russian Federation in the United Kingdom"
)

# How long the masthead's database reads stay cached (seconds) in a shared cache
# (REDIS_URL). Saving a counter or a contact clears the cache at once; in a cache
# of each process's own, the reads last to the end of the minute at most
# (core.cached.read_timeout).
EMBASSY_MASTHEAD_CACHE_TIMEOUT = 300

# The page cache (pagecache/) for every public page; EMBASSY_PAGE_CACHE=0 switches it off (to
# measure uncached pages, or to rule it out).
EMBASSY_PAGE_CACHE = env_flag("EMBASSY_PAGE_CACHE", default=True)

# Documents' bytes are sent by nginx (X-Accel-Redirect to MEDIA_URL, an internal location there:
# docs/operations.md) rather than by the site (EMBASSY_DOCUMENTS_ACCEL_REDIRECT=1); off, the site
# streams them itself.
EMBASSY_DOCUMENTS_ACCEL_REDIRECT = env_flag("EMBASSY_DOCUMENTS_ACCEL_REDIRECT", default=False)

# The admin's path (DJANGO_ADMIN_URL), e.g. "staff-7f3a/"; always ends in "/".
EMBASSY_ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip().strip("/") + "/"
if EMBASSY_ADMIN_URL == "/":
    raise ImproperlyConfigured('DJANGO_ADMIN_URL must not be empty, e.g. "admin/".')

# Staff confirm their sign-in with a TOTP code (DJANGO_ADMIN_OTP); off for the
# local demo, on in production. docs/operations.md says how to enrol.
EMBASSY_ADMIN_OTP = env_flag("DJANGO_ADMIN_OTP", default=not DEBUG)

# Reverse proxies in front of the site (DJANGO_PROXY_COUNT), for the client's
# address in sign-in throttling (core.addresses.client_ip).
EMBASSY_PROXY_COUNT = proxy_count


# django-axes: five wrong passwords for one account from one address lock that
# account at that address for an hour (the username and address together), so
# a stranger guessing an editor's password locks only themselves: the editor
# still signs in from the office, and colleagues behind the stranger's address
# still sign in to their own accounts. Failures count until an hour after the
# last one; a right password does not reset the count. Unlock early with
# `manage.py axes_reset_username NAME` or in the admin's "Access attempts".
AXES_CLIENT_IP_CALLABLE = "core.addresses.client_ip"
AXES_COOLOFF_TIME = datetime.timedelta(hours=1)
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_CALLABLE = "embassy.security.lockout_response"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = False
AXES_VERBOSE = False


# django-csp: scripts, styles, fonts and images from the site itself only; no
# inline script or style, so no nonce and pages stay cacheable. The admin's
# rich-text editor needs an inline import map and Tiptap's base stylesheet,
# allowed by their hashes on its pages only
# (embassy.middleware.ContentSecurityPolicyMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "base-uri": [NONE],
        "connect-src": [SELF],
        "font-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "img-src": [SELF],
        "object-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
    }
}


# django-modeltranslation: one column per language for each translated field (each app's
# translation.py). English is the default; Russian text that staff have not written shows the
# English text (categories, counters, offices). Whether an item's Russian version is public is
# decided by Article.objects.live(), not by this fallback.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",)}


# django-otp: the admin never shows a device's secret key; authenticator apps
# show the site's name next to the code.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
OTP_TOTP_ISSUER = EMBASSY_SITE_NAME


# django-permissions-policy: the site uses none of these browser features.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}


# django-redis (with REDIS_URL): the errors it ignores are not logged one by one (a traceback per
# request while Redis is down); the breaker logs one warning each time it stops asking Redis.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False


# django-prose-editor: the rich-text body's extensions live with the field
# (news.models.BODY_EXTENSIONS) so the editor and the sanitiser share them.


# Django REST framework: the public news API (news/api/) is read-only JSON for
# anyone; it never signs anybody in.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "PAGE_SIZE": 20,
    "UNAUTHENTICATED_USER": None,
}


# drf-spectacular: the API's OpenAPI 3 schema, served at /api/schema/. (No
# Swagger UI: it needs inline styles and data: images that the site's
# Content-Security-Policy refuses, and fails the accessibility audit.)
SPECTACULAR_SETTINGS = {
    "TITLE": "Embassy news API",
    "DESCRIPTION": (
        "Read-only access to the embassy's published news and categories. Lists are paginated "
        "(20 a page, ?page_size= up to 100); dates are London dates (YYYY-MM-DD)."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}
