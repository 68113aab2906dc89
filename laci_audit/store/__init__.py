"""The inventory database (SQLite, via sqlite-utils): its schema, how a scan is recorded, and
its history read back."""
