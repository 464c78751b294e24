"""Plain data and rules: no Qt, no SQLite."""
