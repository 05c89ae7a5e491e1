import pytest

from tests.factories import CategoryFactory
from tests.news.moments import NOW


@pytest.fixture
def frozen(time_machine):
    """The clock stopped at ``tests.news.moments.NOW``."""
    time_machine.move_to(NOW, tick=False)
    return time_machine


@pytest.fixture
def statements(db):
    return CategoryFactory(name="Statements", slug="statements")
