from django.db.models import Prefetch
from django.views.generic import ListView

from consular.models import Email, Office, Phone


class ContactListView(ListView):
    """The public contact page: every office with its phones, e-mails and hours."""

    template_name = "consular/contact_list.html"
    queryset = Office.objects.prefetch_related(
        Prefetch("phones", queryset=Phone.objects.all()),
        Prefetch("emails", queryset=Email.objects.all()),
    )
