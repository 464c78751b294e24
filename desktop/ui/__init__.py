"""Qt only: windows, dialogs, table models, background jobs. Never builds SQL."""
