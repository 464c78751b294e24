"""SQLite storage through sqlite-utils: schema, migrations, queries, backups.

Imports no Qt.
"""

from .errors import WorkspaceError
from .workspace import ActivityFilter, Workspace

__all__ = ["ActivityFilter", "Workspace", "WorkspaceError"]
