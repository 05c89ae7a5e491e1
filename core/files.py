"""
Stored files that follow their database rows: deleted once the transaction that
stopped using them commits, or again when the transaction that stored them
fails. Used by every model that stores uploads (images, documents).
"""

import contextvars
from contextlib import contextmanager

from django.db import transaction


def delete_files_on_commit(storage, names):
    """Remove stored files once the transaction that stopped using them commits."""
    names = [name for name in names if name]

    def delete():
        for name in names:
            storage.delete(name)

    if names:
        transaction.on_commit(delete)


def delete_files(stored):
    """Delete each ``(storage, name)``, the newest first."""
    for storage, name in reversed(stored):
        storage.delete(name)


# The (storage, name) of each file a model stored inside the innermost
# ``delete_files_on_rollback()`` block, or None outside any.
_stored_in_block = contextvars.ContextVar("files_stored_in_block", default=None)


def note_stored(stored):
    """Hand the ``(storage, name)`` pairs a save has just stored to the
    enclosing ``delete_files_on_rollback()`` block, if any."""
    if (block := _stored_in_block.get()) is not None:
        block.extend(stored)


@contextmanager
def delete_files_on_rollback():
    """Deletes again the files that a model's ``save()`` stored inside the block
    (``note_stored``) when the block fails. Put it around a ``transaction.atomic()``
    block (``with delete_files_on_rollback(), transaction.atomic():``) so that a
    row that is rolled back leaves no files behind: the database has no rollback
    hook to do it. Files kept by a block that succeeds are handed to the
    enclosing block, if any, which may still fail."""
    stored = []
    outer = _stored_in_block.get()
    token = _stored_in_block.set(stored)
    try:
        yield
    except BaseException:
        delete_files(stored)
        raise
    else:
        if outer is not None:
            outer.extend(stored)
    finally:
        _stored_in_block.reset(token)
