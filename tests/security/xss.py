"""
The XSS corpus (xss_payloads.txt) and what the tests need around it: storing a
payload through the admin as staff do, and checking that a public page holds
nothing a browser would run.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

from django.urls import reverse

from news.models import Article
from tests.news.workflow_helpers import form_on_page

PAYLOADS = [
    line.rstrip("\n")
    for line in (Path(__file__).with_name("xss_payloads.txt")).read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]

ADD = reverse("admin:news_article_add")


def article_fields(number, payload):
    return {
        "title": f"XSS {number} {payload}"[:200],
        "slug": f"xss-{number}",
        "lead": f"Lead {number} {payload}",
        "body": f"<p>Body {number}</p>{payload}",
        "status": Article.Status.PUBLISHED,
    }


def store_through_admin(staff_client, category, number, payload):
    """
    POST the admin's add form with the payload in the title, the lead and the
    body, published. Returns (article, None), or (None, the form's errors)
    when the admin refuses it: then nothing is saved.
    """
    data = form_on_page(staff_client.get(ADD))
    data.update(
        {
            **article_fields(number, payload),
            "category": category.pk,
            "publication_date_0": "2020-01-01",
            "publication_date_1": "12:00:00",
            "_save": "Save",
        }
    )
    response = staff_client.post(ADD, data)
    if response.status_code == 200:
        errors = re.findall(r'<ul class="errorlist[^>]*>(.*?)</ul>', response.content.decode(), re.S)
        assert errors, "the admin neither saved the article nor said why"
        assert not Article.objects.filter(slug=f"xss-{number}").exists()
        return None, " ".join(errors)
    assert response.status_code == 302, response.status_code
    return Article.objects.get(slug=f"xss-{number}"), None


# Anything here in a page means markup a visitor's browser could act on.
FORBIDDEN_TAGS = {
    "applet", "base", "embed", "frame", "frameset", "iframe", "isindex", "math", "meta", "noscript",
    "object", "portal", "style", "svg", "template", "textarea", "xmp", "listing", "form", "input",
    "button", "select", "animate", "set", "foreignobject",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "background", "poster"}
BAD_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.I)


def _own_font(attrs):
    """A preload of a font among the site's own static files, and nothing else."""
    return attrs.get("as") == "font" and re.match(r"^/static/fonts/[\w.-]+\.woff2$", attrs.get("href") or "")


class _DangerFinder(HTMLParser):
    def __init__(self, allowed_scripts):
        super().__init__(convert_charrefs=True)
        self.allowed_scripts = allowed_scripts
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs_dict = dict(attrs)
        if tag == "script":
            src = attrs_dict.get("src") or ""
            if not any(src.startswith(prefix) for prefix in self.allowed_scripts):
                self.found.append(f"<script src={src!r}>")
            self._in_script = True
        elif tag == "meta":
            if "http-equiv" in attrs_dict:
                self.found.append(f"<meta {attrs_dict}>")
        elif tag == "link":
            if attrs_dict.get("rel") == "preload" and _own_font(attrs_dict):
                pass  # the site's own web font, fetched early
            elif attrs_dict.get("rel") not in ("stylesheet", "icon", "alternate", "canonical", "search"):
                self.found.append(f"<link {attrs_dict}>")
            elif BAD_SCHEME.match(_squash(attrs_dict.get("href") or "")):
                self.found.append(f"<link {attrs_dict}>")
        elif tag in FORBIDDEN_TAGS and not self._allowed_form(tag, attrs_dict):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "style" or name == "srcdoc":
                self.found.append(f"<{tag} {name}={value!r}>")
            elif name in URL_ATTRIBUTES and BAD_SCHEME.match(_squash(value or "")):
                self.found.append(f"<{tag} {name}={value!r}>")

    def _allowed_form(self, tag, attrs):
        # The site's own search box (a GET form to the site) may be on every page.
        return (
            tag in {"form", "input", "button"}
            and attrs.get("action", "/").startswith("/")
            and (tag != "input" or attrs.get("type") in {"search", "text", "submit", "hidden", None})
            and not any(name.startswith("on") for name in attrs)
        )

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append(f"inline script {data.strip()[:60]!r}")


def _squash(url):
    """What a browser makes of a URL's scheme: white space and controls gone."""
    return re.sub(r"[\x00-\x20]+", "", url)


def dangerous_markup(html, allowed_scripts=("/static/",)):
    finder = _DangerFinder(allowed_scripts)
    finder.feed(html)
    finder.close()
    return finder.found
