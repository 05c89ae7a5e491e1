from django.contrib.admin.apps import AdminConfig


class EmbassyAdminConfig(AdminConfig):
    """django.contrib.admin, with the site's own admin site as ``admin.site``:
    every ``@admin.register`` lands on it."""

    default_site = "embassy.admin_site.EmbassyAdminSite"
