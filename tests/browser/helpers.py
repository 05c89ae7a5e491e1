import re

from playwright.sync_api import expect

PASSWORD = "correct-horse-battery-staple"


def sign_in(page, live_server, username, password=PASSWORD):
    """Sign in to the admin as a person would, starting from a fresh session."""
    page.context.clear_cookies()
    page.goto(live_server.url + "/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out").or_(page.get_by_role("link", name="Log out"))).to_be_visible()


def labelled(page, label):
    """The form field labelled exactly ``label`` (the admin adds a colon): "Title", not its
    Russian version beside it, "Title [ru]"."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$"))


# The English body's editor (the Russian body has its own below it).
BODY_EDITOR = ".field-body .prose-editor"
