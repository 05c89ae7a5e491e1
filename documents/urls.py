from django.urls import path

from documents.views import document_file

app_name = "documents"

urlpatterns = [
    path("<uuid:key>/<str:name>", document_file, name="file"),
]
