from django.db.models.signals import post_delete
from django.dispatch import receiver

from core.files import delete_files_on_commit
from documents.models import Document


@receiver(post_delete, sender=Document, dispatch_uid="documents_delete_file")
def delete_document_file(sender, instance, **kwargs):
    """A deleted document's file leaves the media folder too (bulk deletes from the admin included)."""
    delete_files_on_commit(instance.file.storage, [instance.file.name])
