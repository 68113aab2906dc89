"""What an audit keeps for the rules, the writer and the answers, kept once."""

from __future__ import annotations

from laci_audit.engine import audit
from laci_audit.keys import KeyGraph
from laci_audit.records import Field


def test_a_registered_fields_key_is_its_registrations_key(inventory):
    """The field and its registration share one key tuple (an estate's 100,000 registered fields
    would otherwise hold two tuples each), and the index is the one the rules read."""
    result = audit(inventory)
    by_key = result.registrations_by_key
    shared = [key for key in result.field_keys if key in by_key]
    assert shared, "the inventory registers some of its fields"
    stored = {id(key) for key in by_key}
    assert all(id(key) in stored for key in shared)


def test_a_compacted_key_graph_gives_its_column_names_again():
    graph = KeyGraph([Field("s", "users", "ID", "INT", primary_key=True), Field("s", "orders", "User_ID", "INT")])
    before = graph.column_names
    graph.compact()
    assert "column_names" not in vars(graph)
    assert graph.column_names == before == {"users": {"id"}, "orders": {"user_id"}}
    assert graph.links["orders"][0].target == "users"
