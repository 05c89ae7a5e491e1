from django.urls import path

from consular import views

app_name = "consular"

urlpatterns = [
    path("", views.ContactListView.as_view(), name="contacts"),
]
