"""The store's own error: every failure the storage layer explains to the
officer in plain Vietnamese is a WorkspaceError. The more particular ones sit
beside what raises them (connection.py, activities.py, backup.py, lock.py)."""


class WorkspaceError(Exception):
    """A workspace cannot be opened or written; the message says why and what to do."""
