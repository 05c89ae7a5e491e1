from django.urls import reverse

from consular.models import Office
from tests.factories import OfficeFactory


def office_form(**overrides):
    data = {
        "name": "Visa section",
        "slug": "visa-section",
        "order": 0,
        "address": "",
        "opening_hours": "",
        "notes": "",
        "phones-TOTAL_FORMS": 1,
        "phones-INITIAL_FORMS": 0,
        "phones-0-label": "Visas",
        "phones-0-number": "+44 (0) 20 7000 0000",
        "phones-0-order": 0,
        "emails-TOTAL_FORMS": 1,
        "emails-INITIAL_FORMS": 0,
        "emails-0-label": "",
        "emails-0-address": "visa@example.org",
        "emails-0-order": 0,
    }
    return data | overrides


def test_staff_add_an_office_with_phones_and_emails(admin_client):
    response = admin_client.post(reverse("admin:consular_office_add"), office_form())

    assert response.status_code == 302
    office = Office.objects.get()
    assert [p.number for p in office.phones.all()] == ["+44 (0) 20 7000 0000"]
    assert [e.address for e in office.emails.all()] == ["visa@example.org"]


def test_a_bad_email_is_a_form_error(admin_client):
    response = admin_client.post(reverse("admin:consular_office_add"), office_form(**{"emails-0-address": "nope"}))

    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert not Office.objects.exists()


def test_only_one_office_can_be_the_masthead_contact(admin_client):
    OfficeFactory(is_masthead_contact=True)

    response = admin_client.post(reverse("admin:consular_office_add"), office_form(is_masthead_contact="on"))

    assert response.status_code == 200
    assert "Another office is already the masthead contact." in response.content.decode()
    assert Office.objects.count() == 1


def test_masthead_shows_the_new_contact_after_staff_save_it(admin_client, client):
    client.get("/")  # the masthead is cached with no contact
    admin_client.post(reverse("admin:consular_office_add"), office_form(is_masthead_contact="on"))

    content = client.get("/").content.decode()

    assert "Consular queries" in content and "+44 (0) 20 7000 0000" in content
