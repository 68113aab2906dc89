"""The privacy policy as data: the taxonomy (taxonomy.py), read from the policy text (text.py),
and what changed between two versions (diff.py)."""
