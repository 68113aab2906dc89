"""The policy taxonomy as a rich tree: categories (A) and purposes (B), each under its parent."""

from __future__ import annotations

from rich.tree import Tree

from laci_audit.policy.taxonomy import Taxonomy


def build(taxonomy: Taxonomy, terms: bool) -> Tree:
    """Every item with its label, the policy's own words under sub-items, and its data words when terms."""
    root = Tree(f"[bold]Kebijakan Privasi[/] ({taxonomy.title})")
    nodes = {}
    for item in taxonomy.items.values():
        label = f"[bold]{item.id}[/] {taxonomy.label(item.id)}"
        if item.spesifik:
            label += " [magenta](spesifik)[/]"
        if item.parent and item.label_en:
            label += f"\n[dim]{item.text}[/]"
        if terms and item.terms:
            label += f"\n[green]terms:[/] {', '.join(item.terms)}"
        nodes[item.id] = (nodes[item.parent] if item.parent else root).add(label)
    return root
