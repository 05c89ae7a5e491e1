from django.db.models.signals import post_delete
from django.dispatch import receiver

from images.models import Image, delete_files_on_commit


@receiver(post_delete, sender=Image, dispatch_uid="images_delete_files")
def delete_image_files(sender, instance, **kwargs):
    """A deleted image's original and renditions leave the media folder too
    (bulk deletes from the admin included)."""
    delete_files_on_commit(instance.file.storage, [instance.file.name, *(r["name"] for r in instance.renditions)])
