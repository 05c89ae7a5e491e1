# Two commands do everything:
#   make run    install, migrate, load the demo content and serve http://127.0.0.1:8000/
#   make test   install and run the whole test suite (DATABASE_URL picks the database)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Playwright drives Debian's Chromium and never downloads a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: run test install chromium nginx

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# tests/pagecache/test_nginx.py runs the nginx configuration of docs/operations.md on the loopback.
nginx:
	@command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { \
		echo "Installing Debian's nginx for the proxy tests"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; }

run: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_demo --create-superuser
	@echo
	@echo "  The site:  http://127.0.0.1:8000/"
	@echo "  The admin: http://127.0.0.1:8000/admin/  (user admin, password admin)"
	@echo "             press officer: press / press-demo-2026, editor: editor / editor-demo-2026"
	@echo
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:8000

test: install chromium nginx
	$(BIN)/pytest
