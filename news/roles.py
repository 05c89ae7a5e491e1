"""
The newsroom's two roles, as groups of permissions.

Press officers write: they create and edit articles, upload images, keep
articles as drafts and submit them for review. Editors do all of that and also publish,
schedule, unpublish, pin and delete (``news.publish_article`` and
``news.delete_article``), and manage categories.

A data migration creates the groups; ``migrate`` then keeps them up to date
(see ``NewsConfig.ready``): a permission listed here that appears later, for
instance with a new model, is granted on the next ``migrate``. Nothing is ever
taken away, so a permission an administrator added by hand stays.

Works with the historical models a migration passes in (``apps``) as well as
with the real ones.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

PRESS_OFFICERS = "Press officers"
EDITORS = "Editors"

PRESS_OFFICER_PERMISSIONS = [
    "news.add_article",
    "news.change_article",
    "news.view_article",
    "news.view_category",
    # "See also" on their items (read-only on a published item, as the item is).
    "news.add_relateditem",
    "news.change_relateditem",
    "news.delete_relateditem",
    "news.view_relateditem",
    # The image library (upload and describe images).
    "images.add_image",
    "images.change_image",
    "images.view_image",
    # The document library, and the documents listed on an item.
    "documents.add_document",
    "documents.change_document",
    "documents.view_document",
    "documents.add_attachment",
    "documents.change_attachment",
    "documents.delete_attachment",
    "documents.view_attachment",
]

# Editors get every permission of these apps (articles, categories, images, documents, site
# notices and whatever the apps gain later)...
EDITOR_APPS = ["news", "images", "documents", "notices"]
# ...and these.
EDITOR_EXTRA_PERMISSIONS = [
    "admin.view_logentry",
]


def wanted_permissions(Permission, using=DEFAULT_DB_ALIAS):
    """{group name: queryset of the permissions it should have}."""

    def by_name(names):
        query = Permission.objects.using(using).none()
        for name in names:
            app_label, codename = name.split(".")
            query |= Permission.objects.using(using).filter(
                content_type__app_label=app_label, codename=codename
            )
        return query

    return {
        PRESS_OFFICERS: by_name(PRESS_OFFICER_PERMISSIONS),
        EDITORS: Permission.objects.using(using).filter(content_type__app_label__in=EDITOR_APPS)
        | by_name(EDITOR_EXTRA_PERMISSIONS),
    }


def sync_roles(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Create the two groups if missing and grant any permission they lack."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in wanted_permissions(Permission, using).items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*permissions.exclude(group=group))


def sync_roles_after_migrate(sender, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """post_migrate receiver: runs after Django has created the permissions."""
    try:
        apps.get_model("auth", "Group")
        apps.get_model("news", "Article")
    except LookupError:  # migrating backwards, or auth/news not migrated yet
        return
    sync_roles(apps, using)
