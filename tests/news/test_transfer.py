"""``import_news`` and ``export_news``: moving items in from the old site as JSON."""

import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from PIL import Image as PILImage

from images.models import Image
from news.models import Article
from tests.factories import ImageFactory, LiveArticleFactory
from tests.images.files import image_bytes, jpeg_with_gps, tall_png


def good(**overrides):
    return {
        "source_id": "1001",
        "title": "Statement on consular access",
        "category": "statements",
        "publication_date": "2020-10-26T18:00:00",
        "lead": "The Embassy's statement.",
        "body": "<p>Text of the statement.</p>",
    } | overrides


@pytest.fixture
def old_site(tmp_path):
    """A folder as the old site's export leaves it: the JSON file and its images."""
    folder = tmp_path / "old-site"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "reception.jpg").write_bytes(jpeg_with_gps(size=(1000, 600)))
    (folder / "images" / "not-a-photo.jpg").write_bytes(b"This is a Word document, honestly.")
    (tmp_path / "secret.jpg").write_bytes(image_bytes((40, 30)))
    return folder


def write_lines(folder, lines):
    path = folder / "news.jsonl"
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    )
    return path


def run_import(path):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_news", str(path), stdout=out, stderr=err)
        failed = None
    except CommandError as error:
        failed = str(error)
    return out.getvalue(), err.getvalue(), failed


MIXED = [
    good(image="images/reception.jpg", image_alt="Guests at the reception", image_credit="Embassy press office"),
    good(source_id="1002", title="Лавров: заявление", body='<p onclick="x()">Hi</p><script>alert(1)</script>'),
    good(title="The same item again, by its source id"),  # line 3: a duplicate of line 1
    '{"source_id": "1003", "title": "Broken',
    good(source_id="1004", category="no-such-category"),
    good(source_id="1005", lead=""),
    good(source_id="1006", image="images/not-a-photo.jpg", image_alt="A photo"),
    good(source_id="1007", image="../secret.jpg", image_alt="A photo"),
    good(source_id="1008", publication_date="last Tuesday"),
    good(source_id="1009", image="images/reception.jpg"),  # no alt text
    good(source_id="1010", titel="typo"),
    good(source_id="1011", slug="a-given-slug", status="draft", publication_date="2020-10-27"),
]


def test_good_records_are_imported_and_bad_ones_reported_with_their_line_and_reason(statements, old_site):
    out, err, failed = run_import(write_lines(old_site, MIXED))

    assert sorted(Article.objects.values_list("source_id", flat=True)) == ["1001", "1002", "1011"]
    assert "news.jsonl:line 3: skipped, already imported (same source_id '1001')" in out
    reports = {line.split(": not imported: ")[0].rsplit(":", 1)[1]: line for line in err.splitlines()}
    assert set(reports) == {"line 4", "line 5", "line 6", "line 7", "line 8", "line 9", "line 10", "line 11"}
    assert "not valid JSON" in reports["line 4"]
    assert "category: no category 'no-such-category' (known: statements)" in reports["line 5"]
    assert "missing: lead" in reports["line 6"]
    assert "image not-a-photo.jpg: file: Upload a JPEG, PNG, WebP or GIF image" in reports["line 7"]
    assert "outside the folder of the JSON file" in reports["line 8"]
    assert "'last Tuesday' is not a date and time" in reports["line 9"]
    assert "image reception.jpg: alt_text: This field cannot be blank." in reports["line 10"]
    assert "unknown field(s): titel" in reports["line 11"]
    assert failed == "3 imported, 1 already there, 8 not imported."
    assert Image.objects.count() == 1  # the bad image left nothing behind


def test_imported_items_go_through_the_admins_sanitising_and_image_rules(statements, old_site):
    run_import(write_lines(old_site, MIXED))

    with_image = Article.objects.get(source_id="1001")
    assert with_image.is_live()
    assert with_image.get_absolute_url() == "/news/2020/10/26/statement-on-consular-access/"  # London time
    assert with_image.image.alt_text == "Guests at the reception"
    assert with_image.image.credit == "Embassy press office"
    assert [r["width"] for r in with_image.image.renditions] == [480, 800, 1000]
    with default_storage.open(with_image.image.file.name) as file, PILImage.open(file) as stored:
        assert not stored.getexif()  # no GPS from the old site's photo either

    cyrillic = Article.objects.get(source_id="1002")
    assert cyrillic.slug == "lavrov-zaiavlenie"
    assert cyrillic.body == "<p>Hi</p>"

    draft = Article.objects.get(source_id="1011")
    assert (draft.slug, draft.status) == ("a-given-slug", "draft")


def test_running_the_same_import_twice_creates_nothing_twice(statements, old_site):
    path = write_lines(old_site, MIXED)
    run_import(path)

    out, _err, failed = run_import(path)

    assert Article.objects.count() == 3 and Image.objects.count() == 1
    assert failed == "0 imported, 4 already there, 8 not imported."
    assert "line 2: skipped, already imported (same source_id '1002')" in out


def test_records_without_a_source_id_are_matched_by_slug_or_by_title_and_time(statements, old_site):
    records = [
        {k: v for k, v in good(title="Без идентификатора").items() if k != "source_id"},
        {k: v for k, v in good(slug="with-a-slug").items() if k != "source_id"},
    ]
    path = write_lines(old_site, records)
    run_import(path)
    out, _err, failed = run_import(path)

    assert failed is None
    assert Article.objects.count() == 2
    assert "line 1: skipped, already imported (same title and publication time)" in out
    assert "line 2: skipped, already imported (same slug 'with-a-slug')" in out


def test_a_json_array_is_read_too_and_errors_name_the_item(statements, old_site):
    path = old_site / "news.json"
    path.write_text(json.dumps([good(), good(source_id="2", category="nope")]))
    _out, err, failed = run_import(path)
    assert Article.objects.count() == 1
    assert "news.json:item 2: not imported: category: no category 'nope'" in err


def test_a_file_that_is_not_there_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_news", str(tmp_path / "missing.jsonl"))


def test_export_then_import_into_an_empty_site_gives_the_same_items(
    statements, tmp_path, django_capture_on_commit_callbacks
):
    image = ImageFactory(alt_text="The Ambassador", caption="At the memorial")
    LiveArticleFactory(title="Wreath laying", slug="wreath-laying", category=statements, image=image)
    LiveArticleFactory(
        title="Visa notice", slug="visa-notice", category=statements, body="<p><strong>Note</strong></p>"
    )
    before = sorted(Article.objects.values_list("slug", "title", "lead", "body", "publication_date", "status"))
    path = tmp_path / "export" / "news.jsonl"
    path.parent.mkdir()

    call_command("export_news", str(path), stderr=io.StringIO())
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert [r["slug"] for r in records] == ["wreath-laying", "visa-notice"]
    assert records[0]["image"] == f"news-images/{image.key.hex}.jpg"
    assert (path.parent / records[0]["image"]).exists()

    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.all().delete()
        Image.objects.all().delete()
    _out, err, failed = run_import(path)

    assert failed is None, err
    assert sorted(Article.objects.values_list("slug", "title", "lead", "body", "publication_date", "status")) == before
    imported = Article.objects.get(slug="wreath-laying").image
    assert (imported.alt_text, imported.caption, imported.width) == ("The Ambassador", "At the memorial", 2000)


def test_export_to_standard_output(statements):
    LiveArticleFactory(title="Visa notice", slug="visa-notice", category=statements, image=ImageFactory())
    out, err = io.StringIO(), io.StringIO()
    call_command("export_news", stdout=out, stderr=err)
    [record] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert record["title"] == "Visa notice" and "image" not in record
    assert "1 lead images left out" in err.getvalue()


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())


def stored_files_of_all_images():
    return sorted(
        name for image in Image.objects.all() for name in [image.file.name, *(r["name"] for r in image.renditions)]
    )


CRASHERS = [
    good(source_id="3001", title="Before the trouble"),
    good(source_id="3002", image="images/loop.jpg", image_alt="A photo"),  # a symlink loop
    good(source_id="3003", image="images/reception\x00.jpg", image_alt="A photo"),  # a NUL byte in the path
    good(source_id="3004", publication_date="0001-01-01T00:00+05:00"),  # before year 1 in UTC
    good(source_id="3005", publication_date="9999-12-31T23:30-01:00"),  # after year 9999 in UTC
    good(source_id="3006", image="images/infographic.png", image_alt="Visa steps, one under the other"),
    good(source_id="3007", image="images/strip.png", image_alt="A strip"),  # 1 × 200: too narrow to show
    good(source_id="3008", title="After the trouble", image="images/reception.jpg", image_alt="Guests"),
]


@pytest.fixture
def troublesome_folder(old_site):
    (old_site / "images" / "loop.jpg").symlink_to("loop.jpg")
    (old_site / "images" / "infographic.png").write_bytes(tall_png(300, 20_000))
    (old_site / "images" / "strip.png").write_bytes(image_bytes((1, 200), "PNG", mode="1"))
    return old_site


def test_records_that_used_to_crash_the_import_are_reported_and_the_rest_imported(statements, troublesome_folder):
    out, err, failed = run_import(write_lines(troublesome_folder, CRASHERS))

    assert sorted(Article.objects.values_list("source_id", flat=True)) == ["3001", "3006", "3008"]
    tall = Article.objects.get(source_id="3006").image
    assert (tall.width, tall.height) == (300, 20_000)
    assert all(r["height"] <= 16383 for r in tall.renditions)
    reports = {line.split(": not imported: ")[0].rsplit(":", 1)[1]: line for line in err.splitlines()}
    assert set(reports) == {"line 2", "line 3", "line 4", "line 5", "line 7"}
    assert "image: cannot read 'images/loop.jpg'" in reports["line 2"]
    assert "image: cannot read 'images/reception\\x00.jpg'" in reports["line 3"]
    assert "publication_date: '0001-01-01T00:00+05:00' is out of range" in reports["line 4"]
    assert "publication_date: '9999-12-31T23:30-01:00' is out of range" in reports["line 5"]
    assert "image strip.png: file: The image is 1 × 200 pixels: too long and narrow" in reports["line 7"]
    assert "Traceback" not in err + out
    assert failed == "3 imported, 0 already there, 5 not imported."
    assert media_files() == stored_files_of_all_images()  # the refused images left nothing behind


def test_an_unexpected_error_in_one_record_is_reported_briefly_and_its_image_files_are_removed(
    statements, old_site, monkeypatch
):
    save = Article.save

    def save_failing_for_one_title(article, *args, **kwargs):
        if article.title == "Unlucky":
            raise RuntimeError("the disk is on fire\n" + "details " * 100)
        return save(article, *args, **kwargs)

    monkeypatch.setattr(Article, "save", save_failing_for_one_title)
    records = [
        good(source_id="1", title="Lucky", image="images/reception.jpg", image_alt="Guests"),
        good(source_id="2", title="Unlucky", image="images/reception.jpg", image_alt="Guests"),
        good(source_id="3", title="Lucky again"),
    ]
    _out, err, failed = run_import(write_lines(old_site, records))

    assert sorted(Article.objects.values_list("source_id", flat=True)) == ["1", "3"]
    [report] = err.splitlines()
    assert report.endswith("news.jsonl:line 2: not imported: unexpected error (RuntimeError): the disk is on fire")
    assert len(report) < 300 and "Traceback" not in err
    assert failed == "2 imported, 0 already there, 1 not imported."
    assert Image.objects.count() == 1
    assert media_files() == stored_files_of_all_images()


# Both languages.


def test_export_then_import_keeps_the_russian_versions(statements, tmp_path, django_capture_on_commit_callbacks):
    image = ImageFactory(
        alt_text="The Ambassador", alt_text_ru="Посол", caption="At the memorial", caption_ru="У мемориала"
    )
    LiveArticleFactory(
        title="Wreath laying",
        slug="wreath-laying",
        category=statements,
        image=image,
        title_ru="Возложение венков",
        lead_ru="Посол возложил венок.",
        body_ru="<p>Текст <strong>сообщения</strong>.</p>",
    )
    LiveArticleFactory(title="Visa notice", slug="visa-notice", category=statements)
    texts = ("slug", "title_en", "lead_en", "body_en", "title_ru", "lead_ru", "body_ru")

    def stored():
        return sorted((*row[:4], *(text or "" for text in row[4:])) for row in Article.objects.values_list(*texts))

    before = stored()
    path = tmp_path / "export" / "news.jsonl"
    path.parent.mkdir()

    call_command("export_news", str(path), stderr=io.StringIO())
    records = {r["slug"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    assert records["wreath-laying"]["title_ru"] == "Возложение венков"
    assert records["wreath-laying"]["image_alt_ru"] == "Посол"
    assert "title_ru" not in records["visa-notice"]  # nothing Russian to carry

    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.all().delete()
        Image.objects.all().delete()
    _out, err, failed = run_import(path)

    assert failed is None, err
    assert stored() == before
    assert [a.slug for a in Article.objects.live("ru")] == ["wreath-laying"]
    imported = Article.objects.get(slug="wreath-laying").image
    assert (imported.alt_text_en, imported.alt_text_ru, imported.caption_ru) == (
        "The Ambassador",
        "Посол",
        "У мемориала",
    )


def test_import_accepts_the_russian_fields_and_sanitises_and_limits_them(statements, old_site):
    statements.name_ru = "Заявления"
    statements.save()
    out, err, _failed = run_import(
        write_lines(
            old_site,
            [
                good(
                    title_ru="Заявление о консульском доступе",
                    lead_ru="Заявление Посольства.",
                    body_ru='<p onclick="x()">Текст</p><script>alert(1)</script>',
                ),
                good(source_id="1002", lead_ru="Слишком длинно. " * 50),
                good(source_id="1003", category="Заявления"),  # a category by its Russian name
            ],
        )
    )

    article = Article.objects.get(source_id="1001")
    assert article.title_ru == "Заявление о консульском доступе"
    assert article.body_ru == "<p>Текст</p>"
    assert article.is_live("ru")
    assert "line 2" in err and "lead_ru" in err and "at most 600 characters" in err
    assert not Article.objects.filter(source_id="1002").exists()
    assert Article.objects.filter(source_id="1003", category=statements).exists()
