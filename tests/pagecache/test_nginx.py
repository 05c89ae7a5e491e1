"""
The nginx configuration of docs/operations.md, run on the loopback in front of
the site (pytest-django's live server): it keeps what the site marks public,
for as long as the site says and no longer, never keeps or serves a cached
page to staff, and answers 304s. `make test` installs Debian's nginx when it
is missing.
"""

import datetime as dt
import socket
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.utils import timezone

from tests.documents.files import pdf_bytes, upload
from tests.factories import AttachmentFactory, DocumentFactory, DraftArticleFactory, ScheduledArticleFactory
from tests.pagecache.pages import public_content

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from nginx_site import Nginx, loopback_config  # noqa: E402

# nginx listens in this range (the ports this project's tests may use).
PORTS = range(8160, 8200)


def free_port_in_range():
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS}")


@pytest.fixture
def nginx(live_server, tmp_path, settings):
    if not Path(Nginx.executable).exists():
        pytest.fail("nginx is not installed: `make test` installs Debian's nginx (apt-get install nginx)")
    upstream = live_server.url.removeprefix("http://")
    port = free_port_in_range()
    server = Nginx(tmp_path / "nginx", loopback_config(port, upstream, tmp_path / "nginx", settings.MEDIA_ROOT), port)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def get(url, **headers):
    request = urllib.request.Request(url, headers={"Host": "localhost", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.mark.django_db(transaction=True)
def test_nginx_keeps_a_public_page_and_tells_browsers_to_revalidate(nginx):
    article = public_content()

    status, first, body = get(nginx + article.get_absolute_url())
    _, second, again = get(nginx + article.get_absolute_url())

    assert status == 200
    assert first["X-Cache-Status"] == "MISS"
    assert second["X-Cache-Status"] == "HIT"
    assert again == body
    assert second["Cache-Control"] == "public, no-cache"
    assert second["ETag"] and second["Content-Security-Policy"]


@pytest.mark.django_db(transaction=True)
def test_nginx_answers_304_to_an_etag(nginx):
    public_content()
    _, headers, _ = get(nginx + "/news/")

    status, _, body = get(nginx + "/news/", **{"If-None-Match": headers["ETag"]})

    assert status == 304
    assert body == b""


@pytest.mark.django_db(transaction=True)
def test_nginx_never_serves_staff_a_cached_page_nor_keeps_theirs(nginx, client, django_user_model):
    public_content()
    get(nginx + "/news/")
    staff = django_user_model.objects.create_user("olga", password="x-long-pass-phrase", is_staff=True)
    client.force_login(staff)
    cookie = f"sessionid={client.cookies['sessionid'].value}"

    _, headers, _ = get(nginx + "/news/", Cookie=cookie)
    _, anonymous, _ = get(nginx + "/news/")

    assert headers["X-Cache-Status"] == "BYPASS"
    assert "private" in headers["Cache-Control"]
    assert anonymous["X-Cache-Status"] == "HIT"


@pytest.mark.django_db(transaction=True)
def test_nginx_never_keeps_what_the_site_does_not_mark_public(nginx):
    public_content()
    for url in ["/admin/login/", "/healthz", "/news/no-such-thing/"]:
        get(nginx + url)
        _, headers, _ = get(nginx + url)
        assert headers["X-Cache-Status"] != "HIT", url


@pytest.mark.django_db(transaction=True)
def test_nginx_lets_a_scheduled_item_appear_at_its_time(nginx):
    public_content()
    # Far enough ahead for the first request to be answered before it on a busy machine.
    release = timezone.now().replace(microsecond=0) + dt.timedelta(seconds=4)
    ScheduledArticleFactory(title="Released in four seconds", publication_date=release)
    _, headers, body = get(nginx + "/news/")
    assert timezone.now() < release, "the first request took longer than the item's four seconds"
    assert b"Released in four seconds" not in body
    assert headers["X-Cache-Status"] == "MISS"

    time.sleep(max(0.0, (release - timezone.now()).total_seconds()) + 0.05)
    _, headers, body = get(nginx + "/news/")

    assert b"Released in four seconds" in body
    assert headers["X-Cache-Status"] in {"MISS", "EXPIRED"}


@pytest.mark.django_db(transaction=True)
def test_nginx_compresses_and_says_so_in_vary(nginx):
    public_content()

    _, headers, _ = get(nginx + "/news/", **{"Accept-Encoding": "gzip"})

    assert headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in headers["Vary"]


@pytest.mark.django_db(transaction=True)
def test_nginx_sends_a_document_as_a_pdf_under_its_original_name(nginx, settings):
    settings.EMBASSY_DOCUMENTS_ACCEL_REDIRECT = True  # as docs/operations.md has it
    content = pdf_bytes()
    document = DocumentFactory(file=upload(content, name="Заявление \"форма 1\".pdf"))
    AttachmentFactory(article=public_content(), document=document)

    status, headers, body = get(nginx + document.get_absolute_url())
    _, again_headers, again = get(nginx + document.get_absolute_url())  # the site's answer from its page cache
    direct, _, _ = get(f"{nginx}/media/{document.file.name}")

    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Content-Disposition"] == (
        "inline; filename*=utf-8''%D0%97%D0%B0%D1%8F%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5%20"
        "%22%D1%84%D0%BE%D1%80%D0%BC%D0%B0%201%22.pdf"
    )
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "X-Accel-Redirect" not in headers
    assert body == again == content
    assert again_headers["Content-Disposition"] == headers["Content-Disposition"]
    assert direct == 404  # the file is only sent through the site's answer


@pytest.mark.django_db(transaction=True)
def test_nginx_sends_no_document_that_only_a_draft_lists(nginx, settings):
    settings.EMBASSY_DOCUMENTS_ACCEL_REDIRECT = True
    public_content()
    document = DocumentFactory()
    AttachmentFactory(article=DraftArticleFactory(), document=document)

    status, _, body = get(nginx + document.get_absolute_url())

    assert status == 404
    assert not body.startswith(b"%PDF")
