"""The entries of the sitemap's pages (``templates/sitemaps/urlset.xml``) and of its index
(``templates/sitemaps/index.xml``), written in Python exactly as Django's own templates write
them: a page lists some 400 addresses with their alternates (the index, at 100,000 items, as
many pages), and those templates spent more than twice as long as all the rest of the request
rendering them."""

import datetime
from html import escape

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe

register = template.Library()

ALTERNATE = '<xhtml:link rel="alternate" hreflang="{lang}" href="{href}"/>'


def _local(moment):
    """``moment`` in the site's time zone, as a template shows a datetime (a date as it is)."""
    if isinstance(moment, datetime.datetime) and timezone.is_aware(moment):
        return timezone.localtime(moment)
    return moment


def _day(lastmod):
    """The day of ``lastmod``, as Django's ``sitemap.xml`` writes it (``date:"Y-m-d"``)."""
    lastmod = _local(lastmod)
    return (lastmod.date() if isinstance(lastmod, datetime.datetime) else lastmod).isoformat()


def _url(url):
    parts = [f"<url><loc>{escape(url['location'])}</loc>"]
    if url.get("lastmod"):
        parts.append(f"<lastmod>{_day(url['lastmod'])}</lastmod>")
    if url.get("changefreq"):
        parts.append(f"<changefreq>{escape(str(url['changefreq']))}</changefreq>")
    if url.get("priority"):
        parts.append(f"<priority>{escape(str(url['priority']))}</priority>")
    parts.extend(
        ALTERNATE.format(lang=escape(alternate["lang_code"]), href=escape(alternate["location"]))
        for alternate in url.get("alternates") or ()
    )
    parts.append("</url>")
    return "".join(parts)


@register.simple_tag
def sitemap_urls(urlset):
    """The ``<url>`` elements of ``urlset`` (the sitemap view's), as Django's ``sitemap.xml``
    template writes them."""
    return mark_safe("".join(_url(url) for url in urlset))


@register.simple_tag
def sitemap_index(sitemaps):
    """The ``<sitemap>`` elements of the index view's ``sitemaps``, as Django's
    ``sitemap_index.xml`` template writes them (``last_mod`` as ``date:"c"``)."""
    return mark_safe(
        "".join(
            f"<sitemap><loc>{escape(site.location)}</loc>"
            + (f"<lastmod>{_local(site.last_mod).isoformat()}</lastmod>" if site.last_mod else "")
            + "</sitemap>"
            for site in sitemaps
        )
    )
