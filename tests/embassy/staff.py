"""The superuser whose sign-ins the admin-door and audit-log tests try."""

USERNAME = "olga"
PASSWORD = "a-long-pass-phrase"
