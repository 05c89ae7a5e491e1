from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Embassy website administration")
admin.site.site_title = _("Embassy website")
admin.site.index_title = _("Content")
