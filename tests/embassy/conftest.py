import pytest

from tests.embassy.staff import PASSWORD, USERNAME


@pytest.fixture
def staff(db, django_user_model, settings):
    """A superuser who signs in with ``tests.embassy.staff.PASSWORD``."""
    # A fast hasher: hashing is not what is under test.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return django_user_model.objects.create_superuser(USERNAME, f"{USERNAME}@example.org", PASSWORD)
