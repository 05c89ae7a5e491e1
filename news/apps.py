from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from news import context_processors
        from news.changes import install_triggers_after_migrate
        from news.roles import sync_roles_after_migrate
        from news.search import register_sqlite_functions

        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="news.sync_roles")
        post_migrate.connect(install_triggers_after_migrate, sender=self, dispatch_uid="news.change_triggers")
        connection_created.connect(register_sqlite_functions, dispatch_uid="news.sqlite_functions")
        context_processors.connect_invalidation()
