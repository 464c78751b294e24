"""Reading and writing files: activity lists, previous-year workspaces,
submission packages. Imports no Qt."""
