"""The inventory folder: what teams declare (declarations.py), the tool's edits of registrations
(registry.py), and where each file lives (layout.py)."""
