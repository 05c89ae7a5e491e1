"""Users in the newsroom's roles and the admin's article form, for the workflow tests."""

from html.parser import HTMLParser

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from core.clocks import LONDON
from news.roles import EDITORS, PRESS_OFFICERS

CHANGELIST = reverse("admin:news_article_changelist")
ADD = reverse("admin:news_article_add")


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def make_user(username, group_name, **extra):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", f"{username}-demo-2026", is_staff=True, **extra
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def press_officer(username="olga"):
    return make_user(username, PRESS_OFFICERS, first_name="Olga", last_name="Ivanova")


def editor(username="pavel"):
    return make_user(username, EDITORS, first_name="Pavel", last_name="Smirnov")


def article_form(article, **overrides):
    """What the admin's change form posts for ``article`` when nothing is
    edited (fields only editors see are left out; add them to craft a POST)."""
    london = article.publication_date.astimezone(LONDON)
    data = {
        "title": article.title,
        "slug": article.slug,
        "category": article.category_id,
        "lead": article.lead,
        "body": article.body,
        "status": article.status,
        "publication_date_0": london.strftime("%Y-%m-%d"),
        "publication_date_1": london.strftime("%H:%M:%S"),
        "expires_at_0": "",
        "expires_at_1": "",
        "author": article.author_id or "",
    }
    return data | overrides


class FormParser(HTMLParser):
    """The values a browser would submit from the page's main form."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.in_form = False
        self.data = {}
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("id") == self.form_id
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "on")
            else:
                self.data[name] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "textarea" and self._textarea:
            # Browsers drop the newline that follows <textarea>.
            self.data[self._textarea] = self.data[self._textarea].removeprefix("\n")
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def form_on_page(response, form_id="article_form"):
    parser = FormParser(form_id)
    parser.feed(response.content.decode())
    return parser.data
