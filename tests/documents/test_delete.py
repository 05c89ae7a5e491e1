"""A document a live (or scheduled) item lists cannot be deleted: its file would go and the
item's page, feed and readers would link to nothing. The admin (its delete page and "Delete
selected") and the model and queryset refuse, naming the items; once no such item lists it,
it can be deleted, and its file goes with it."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from documents.models import Attachment, Document, DocumentInUse
from tests.factories import (
    AttachmentFactory,
    DocumentFactory,
    DraftArticleFactory,
    ExpiredArticleFactory,
    LiveArticleFactory,
    ScheduledArticleFactory,
)

CHANGELIST = reverse("admin:documents_document_changelist")


def delete_url(document):
    return reverse("admin:documents_document_delete", args=[document.pk])


@pytest.mark.parametrize("make_item", [LiveArticleFactory, ScheduledArticleFactory], ids=["live", "scheduled"])
def test_the_admin_refuses_to_delete_a_document_a_live_item_lists_and_names_the_item(
    editing, make_item, django_capture_on_commit_callbacks
):
    document = DocumentFactory()
    article = make_item(title="Passport renewal")
    AttachmentFactory(article=article, document=document)

    page = editing.get(delete_url(document))
    with django_capture_on_commit_callbacks(execute=True):
        refused = editing.post(delete_url(document), {"post": "yes"})

    for response in (page, refused):
        content = response.content.decode()
        assert "Passport renewal" in content
        assert reverse("admin:news_article_change", args=[article.pk]) in content
        assert "Yes, I’m sure" not in content
    assert Document.objects.filter(pk=document.pk).exists()
    assert default_storage.exists(document.file.name)


def test_delete_selected_refuses_too(editing):
    kept, free = DocumentFactory(), DocumentFactory(title="Old form")
    AttachmentFactory(article=LiveArticleFactory(title="Consular fees"), document=kept)

    response = editing.post(
        CHANGELIST, {"action": "delete_selected", "_selected_action": [kept.pk, free.pk], "post": "yes"}
    )

    assert "Consular fees" in response.content.decode()
    assert Document.objects.count() == 2


@pytest.mark.django_db
def test_code_cannot_delete_it_either_and_the_message_names_the_items():
    document = DocumentFactory()
    AttachmentFactory(article=LiveArticleFactory(title="Passport renewal"), document=document)
    AttachmentFactory(article=LiveArticleFactory(title="Visa applications"), document=document)

    with pytest.raises(DocumentInUse) as refused:
        document.delete()
    with pytest.raises(DocumentInUse):
        Document.objects.all().delete()

    assert str(refused.value.args[0]) == (
        "This document cannot be deleted: these live or scheduled items list it: “Passport renewal”, "
        "“Visa applications”. Take it off them first (or unpublish them)."
    )
    assert Document.objects.exists()


@pytest.mark.parametrize("make_item", [DraftArticleFactory, ExpiredArticleFactory], ids=["draft", "expired"])
def test_once_no_live_item_lists_it_the_document_and_its_file_are_deleted(
    editing, make_item, django_capture_on_commit_callbacks
):
    document = DocumentFactory()
    AttachmentFactory(article=make_item(), document=document)

    with django_capture_on_commit_callbacks(execute=True):
        response = editing.post(delete_url(document), {"post": "yes"})

    assert response.status_code == 302
    assert not Document.objects.exists()
    assert not Attachment.objects.exists()
    assert not default_storage.exists(document.file.name)


@pytest.mark.django_db
def test_unpublishing_the_item_lets_the_document_go(django_capture_on_commit_callbacks):
    document = DocumentFactory()
    article = LiveArticleFactory()
    AttachmentFactory(article=article, document=document)
    with pytest.raises(DocumentInUse):
        document.delete()

    article.status = article.Status.DRAFT
    article.save()
    document.delete()

    assert not Document.objects.exists()
