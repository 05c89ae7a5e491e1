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
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_list(name):
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string in "
            "production, or set DJANGO_DEBUG=1 for local development."
        )
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS is not set. Set it to the site's host names, "
            "comma-separated (e.g. www.example.org), or set DJANGO_DEBUG=1 for "
            "local development."
        )
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]


# Django settings, alphabetical.

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "embassy",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_prose_editor",
    "embassy",
    "news",
    "consular",
]

LANGUAGE_CODE = "en-gb"

LANGUAGES = [("en", _("English"))]

LOCALE_PATHS = [BASE_DIR / "locale"]

MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))

MEDIA_URL = "/media/"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "embassy.urls"

STATIC_ROOT = BASE_DIR / "staticfiles"

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
                "embassy.context_processors.masthead",
            ],
        },
    },
]

TIME_ZONE = "Europe/London"

USE_I18N = True

USE_TZ = True

WSGI_APPLICATION = "embassy.wsgi.application"


# The embassy site.

# Shown in the page header and titles.
EMBASSY_SITE_NAME = os.environ.get(
    "EMBASSY_SITE_NAME", "Embassy of the Russian Federation in the United Kingdom"
)

# How long the masthead's database reads stay cached (seconds). Saving a
# counter or a contact clears the cache at once; the timeout only bounds
# staleness in other processes when the cache is per-process (no REDIS_URL).
EMBASSY_MASTHEAD_CACHE_TIMEOUT = 300


# django-prose-editor: the rich-text body's extensions live with the field
# (news.models.BODY_EXTENSIONS) so the editor and the sanitiser share them.
