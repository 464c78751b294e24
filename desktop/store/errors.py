"""Errors the storage layer explains to the officer in plain Vietnamese."""


class WorkspaceError(Exception):
    """A workspace cannot be opened or written; the message says why and what to do."""


class DuplicateActivityError(WorkspaceError):
    """An activity with the same date, target, title and link already exists."""
