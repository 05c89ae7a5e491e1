"""Site notices: shown from their start to their end, above the masthead of every public page,
as a labelled region; managed by editors in the admin, whose form refuses an end before the start."""

import datetime as dt
import re

import pytest
from django.test import RequestFactory
from django.urls import reverse

from notices.context_processors import notices as notices_context
from notices.models import Notice
from tests.factories import LiveArticleFactory, NoticeFactory
from tests.news.moments import NOW
from tests.news.workflow_helpers import editor, press_officer

CLOSED = "The consular section is closed on 4 November."
HOUR = dt.timedelta(hours=1)


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(NOW, tick=False)
    return time_machine


def banner(content):
    """The notices region, or ``None``."""
    match = re.search(r'<section class="site-notices"[^>]*>.*?</section>', content, re.S)
    return match.group(0) if match else None


def test_current_is_from_the_start_to_the_end(db, frozen):
    shown = NoticeFactory(starts_at=NOW - HOUR, ends_at=NOW + HOUR)
    open_ended = NoticeFactory(starts_at=NOW, ends_at=None)
    NoticeFactory(starts_at=NOW + dt.timedelta(seconds=1), ends_at=NOW + HOUR)  # scheduled
    NoticeFactory(starts_at=NOW - 2 * HOUR, ends_at=NOW)  # ended this second

    assert set(Notice.objects.current()) == {shown, open_ended}
    assert [n.is_current() for n in Notice.objects.order_by("starts_at")] == [False, True, True, False]


def test_a_current_notice_is_on_every_public_page_before_the_masthead(client, db, frozen):
    article = LiveArticleFactory()
    NoticeFactory(text=CLOSED)

    for url in [
        "/",
        "/news/",
        article.category.get_absolute_url(),
        article.get_absolute_url(),
        "/contacts/",
        "/news/search/?q=visa",
        "/news/no-such-page/",
    ]:
        content = client.get(url).content.decode()
        region = banner(content)
        assert region is not None and CLOSED in region, url
        assert content.index("site-notices") < content.index('class="masthead"') < content.index("<main"), url


def test_the_banner_is_a_labelled_region_that_says_its_severity_in_words(client, db, frozen):
    NoticeFactory(text="Passport collection is by appointment.", severity="info", starts_at=NOW - 2 * HOUR)
    NoticeFactory(text=CLOSED, severity="warning")

    region = banner(client.get("/").content.decode())

    assert 'aria-label="Site notices"' in region
    assert "role=" not in region and "aria-live" not in region  # nothing to announce after loading
    texts = [re.sub(r"<[^>]+>", "", p).strip() for p in re.findall(r"<p[^>]*>(.*?)</p>", region, re.S)]
    assert texts == [f"Warning: {CLOSED}", "Information: Passport collection is by appointment."]


def test_a_notice_s_text_is_shown_as_text(client, db, frozen):
    NoticeFactory(text="<script>alert('notice')</script> & closed")

    region = banner(client.get("/").content.decode())

    assert "<script>" not in region
    assert "&lt;script&gt;alert(&#x27;notice&#x27;)&lt;/script&gt; &amp; closed" in region


def test_no_banner_before_the_start_after_the_end_or_without_notices(client, db, frozen):
    assert banner(client.get("/").content.decode()) is None
    NoticeFactory(starts_at=NOW + HOUR, ends_at=NOW + 2 * HOUR)
    NoticeFactory(starts_at=NOW - 2 * HOUR, ends_at=NOW - HOUR)

    assert banner(client.get("/").content.decode()) is None


def test_the_context_processor_reads_nothing_once_warm(db, frozen, django_assert_num_queries):
    NoticeFactory(text=CLOSED)
    request = RequestFactory().get("/")
    with django_assert_num_queries(1):
        assert [n.text for n in notices_context(request)["site_notices"]()] == [CLOSED]
    with django_assert_num_queries(0):
        assert [n.text for n in notices_context(request)["site_notices"]()] == [CLOSED]


def test_a_rendered_page_costs_one_query_more_with_notices_at_most(client, db, frozen, rendered_every_time):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article = LiveArticleFactory()
    client.get(article.get_absolute_url())
    with CaptureQueriesContext(connection) as without:
        client.get(article.get_absolute_url())
    NoticeFactory(text=CLOSED)
    client.get(article.get_absolute_url())
    with CaptureQueriesContext(connection) as warm_notices:
        assert CLOSED in client.get(article.get_absolute_url()).content.decode()

    assert len(warm_notices) == len(without)  # the notices come from the cache


# The admin


def notice_form(**overrides):
    return {
        "text_en": CLOSED,
        "text_ru": "4 ноября консульский отдел не работает.",
        "severity": "warning",
        "starts_at_0": "2020-11-03",
        "starts_at_1": "18:00:00",
        "ends_at_0": "2020-11-05",
        "ends_at_1": "09:00:00",
    } | overrides


def test_an_editor_adds_a_notice_in_london_time(client, db, frozen):
    client.force_login(editor())

    response = client.post(reverse("admin:notices_notice_add"), notice_form())

    assert response.status_code == 302
    notice = Notice.objects.get()
    assert (notice.text_en, notice.text_ru) == (CLOSED, "4 ноября консульский отдел не работает.")
    assert notice.starts_at == dt.datetime(2020, 11, 3, 18, tzinfo=dt.UTC)  # GMT in November
    assert notice.ends_at == dt.datetime(2020, 11, 5, 9, tzinfo=dt.UTC)


@pytest.mark.parametrize("end", [("2020-11-03", "18:00:00"), ("2020-11-01", "09:00:00")])
def test_an_end_not_after_the_start_is_a_form_error_that_keeps_what_was_typed(client, db, frozen, end):
    client.force_login(editor())

    response = client.post(reverse("admin:notices_notice_add"), notice_form(ends_at_0=end[0], ends_at_1=end[1]))

    assert response.status_code == 200
    assert "The end must come after the start." in response.content.decode()
    assert CLOSED in response.content.decode()
    assert not Notice.objects.exists()


def test_the_admin_list_says_which_notices_are_shown_now(client, db, frozen):
    NoticeFactory(text=CLOSED)
    NoticeFactory(text="Later notice", starts_at=NOW + HOUR)
    client.force_login(editor())

    shown = client.get(reverse("admin:notices_notice_changelist"), {"shown": "now"}).content.decode()
    scheduled = client.get(reverse("admin:notices_notice_changelist"), {"shown": "scheduled"}).content.decode()

    assert CLOSED in shown and "Later notice" not in shown
    assert "Later notice" in scheduled and CLOSED not in scheduled


def test_press_officers_cannot_change_notices(client, db, frozen):
    client.force_login(press_officer())

    assert client.get(reverse("admin:notices_notice_add")).status_code == 403


# Languages


def rendered_banner(language):
    from django.template.loader import render_to_string
    from django.utils import translation

    from notices import data

    with translation.override(language):
        return render_to_string("includes/notices.html", {"site_notices": data.current})


def test_a_notice_shows_its_russian_text_on_russian_pages(db, frozen):
    NoticeFactory(text_en=CLOSED, text_ru="4 ноября консульский отдел не работает.")

    assert "4 ноября консульский отдел не работает." in rendered_banner("ru")
    assert 'lang="en"' not in rendered_banner("ru")
    assert CLOSED in rendered_banner("en")


def test_a_notice_without_russian_text_shows_the_english_marked_as_english(db, frozen):
    NoticeFactory(text_en=CLOSED, text_ru="")

    assert f'<span lang="en">{CLOSED}</span>' in rendered_banner("ru")
    assert 'lang="en"' not in rendered_banner("en")


def test_the_admin_form_has_the_text_in_each_language(client, db, frozen):
    client.force_login(editor())

    page = client.get(reverse("admin:notices_notice_add")).content.decode()

    assert 'name="text_en"' in page and 'name="text_ru"' in page
