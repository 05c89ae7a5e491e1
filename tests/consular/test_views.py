import pytest
from django.urls import reverse

from tests.factories import EmailFactory, OfficeFactory, PhoneFactory


def test_contact_page_lists_every_office_with_its_details(client, db):
    consular = OfficeFactory(
        name="Consular section",
        slug="consular-section",
        address="5 Kensington Palace Gardens\nLondon W8 4QS",
        opening_hours="Monday to Friday: 09:00–12:30\nWednesday: closed",
        notes="Please book an appointment.",
        order=1,
    )
    PhoneFactory(office=consular, label="Enquiries", number="+44 (0) 203 668 7474")
    EmailFactory(office=consular, address="consular@example.org")
    press = OfficeFactory(name="Press office", order=2)
    EmailFactory(office=press, address="press@example.org")

    response = client.get(reverse("consular:contacts"))

    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="consular-section"' in content
    assert 'Enquiries: <a href="tel:+442036687474">+44 (0) 203 668 7474</a>' in content
    assert '<a href="mailto:consular@example.org">consular@example.org</a>' in content
    assert "5 Kensington Palace Gardens<br>London W8 4QS" in content
    assert "<li>Monday to Friday: 09:00–12:30</li><li>Wednesday: closed</li>" in content
    assert "Please book an appointment." in content
    assert content.index("Consular section") < content.index("Press office")
    assert "press@example.org" in content


def test_contact_page_costs_a_fixed_number_of_queries(client, db, django_assert_max_num_queries):
    for _ in range(5):
        office = OfficeFactory()
        PhoneFactory(office=office)
        EmailFactory(office=office)
    client.get(reverse("consular:contacts"))  # warm the masthead cache

    with django_assert_max_num_queries(3):
        client.get(reverse("consular:contacts"))


def test_office_links_to_its_place_on_the_contact_page(db):
    assert OfficeFactory(slug="press-office").get_absolute_url() == "/contacts/#press-office"


@pytest.mark.parametrize(
    ("number", "uri"),
    [("+44 (0) 203 668 7474", "tel:+442036687474"), ("020 7229 6412", "tel:02072296412")],
)
def test_phone_numbers_become_tel_links(number, uri):
    from consular.models import Phone

    assert Phone(number=number).tel_uri == uri
