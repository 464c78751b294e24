"""SQLite storage: schema, migrations, the workspace and its repositories, backups.

Imports no Qt.
"""

from .errors import WorkspaceError
from .workspace import ActivityFilter, Workspace

__all__ = ["ActivityFilter", "Workspace", "WorkspaceError"]
