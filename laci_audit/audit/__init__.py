"""The audit: rules that compare fields, registrations and the policy (rules.py), the CI gate
that judges their findings (gate.py), and baselines of accepted findings (baseline.py)."""
