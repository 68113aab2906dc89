"""The key graph: which table a key known only by name points to (table shapes of real schemas:
Synapse's streams, MyBB's prefixed tables, an Indonesian payroll's perjalanan_dinas)."""

from __future__ import annotations

from laci_audit.keys import KeyGraph
from laci_audit.records import Field


def graph(*tables: tuple[str, list[str]]) -> KeyGraph:
    return KeyGraph(Field("s", table, name, "BIGINT") for table, columns in tables for name in columns)


def targets(built: KeyGraph, table: str) -> dict[str, str]:
    return {link.column: link.target for link in built.links[table]}


def test_a_table_named_after_another_table_is_not_named_by_its_last_word():
    """presence_stream beside presence is presence's stream: a stream_id elsewhere is a position
    in some stream (the streams' own keys share its name), not a key to presence_stream; a
    user_id still keys users."""
    built = graph(("presence", ["state", "user_id"]), ("presence_stream", ["stream_id", "user_id", "state"]),
                  ("push_rules_stream", ["stream_id", "user_id", "rule_id"]), ("users", ["name", "creation_ts"]),
                  ("stream_positions", ["stream_name", "stream_id"]))
    assert targets(built, "stream_positions") == {}
    assert targets(built, "presence_stream")["user_id"] == "users"


def test_an_application_prefix_or_a_word_naming_no_table_is_left_out():
    """mybb_threads is what a thread_id names (every table has the prefix); perjalanan_dinas is
    what id_dinas names (no table is called perjalanan)."""
    built = graph(("mybb_threads", ["tid", "subject"]), ("mybb_posts", ["pid", "thread_id"]),
                  ("mybb_users", ["uid", "username"]))
    assert targets(built, "mybb_posts")["thread_id"] == "mybb_threads"
    payroll = graph(("perjalanan_dinas", ["id", "tujuan"]), ("perjalanan_dinas_berkas", ["id", "id_dinas"]))
    assert targets(payroll, "perjalanan_dinas_berkas")["id_dinas"] == "perjalanan_dinas"


def test_a_name_two_tables_may_be_given_names_neither():
    """school_periods and attendance_period both end in period: a marking_period_id keys neither,
    even though school is a table of its own."""
    built = graph(("school", ["id", "title"]), ("school_periods", ["period_id", "title"]),
                  ("attendance_period", ["student_id", "period_id"]), ("course_periods", ["marking_period_id"]))
    assert "marking_period_id" not in targets(built, "course_periods")


def test_distances_find_the_same_chains_without_walking_where_no_person_is():
    """order_line -> orders -> customers is found alike with the distances; a table whose keys
    lead only to tables that reach nobody gets no chain; a chain never passes a table passes()
    refuses, nor runs longer than longest."""
    built = graph(("customers", ["customer_id", "name"]), ("orders", ["order_id", "customer_id"]),
                  ("order_line", ["line_id", "order_id", "product_id"]), ("products", ["product_id", "warehouse_id"]),
                  ("warehouses", ["warehouse_id", "depot_id"]), ("depots", ["depot_id", "warehouse_id"]),
                  ("shipments", ["shipment_id", "order_line_id"]))
    people = {"customers"}.__contains__

    def passes(table):
        return table != "products"

    distances = built.distances(people, passes=passes)
    assert distances == {"customers": 0, "orders": 1, "order_line": 2, "shipments": 3}
    for table in built.columns:
        walked = built.chain(table, people, passes=passes)
        assert built.chain(table, people, passes=passes, distances=distances) == walked
    found = built.chain("shipments", people, passes=passes, distances=distances)
    assert [link.target for link in found] == ["order_line", "orders", "customers"]
    assert built.chain("depots", people, passes=passes, distances=distances) is None
    assert built.chain("shipments", people, longest=2, distances=built.distances(people, longest=2)) is None


def test_a_key_behind_its_tables_column_prefix_names_the_table_it_keys():
    """Open Hospital prefixes every column with its table's abbreviation: ADMISSION.ADM_PAT_ID is
    PATIENT's key PAT_ID."""
    graph = KeyGraph([Field("s", "PATIENT", "PAT_ID", "INT", primary_key=True), Field("s", "PATIENT", "PAT_NAME", "VARCHAR"),
                      Field("s", "ADMISSION", "ADM_ID", "INT", primary_key=True),
                      Field("s", "ADMISSION", "ADM_PAT_ID", "INT"), Field("s", "ADMISSION", "ADM_NOTE", "TEXT")])
    assert [(link.column, link.target) for link in graph.links["admission"]] == [("ADM_PAT_ID", "patient")]


def test_a_primary_key_of_a_general_name_is_no_key_to_its_table_elsewhere():
    """Kanboard's password_reset is keyed by its token; a project's own token is not a key to
    it, while a primary key with a table's own name (kode_barang) still keys its table."""
    built = KeyGraph([Field("s", "password_reset", "token", "VARCHAR(80)", primary_key=True),
                      Field("s", "password_reset", "user_id", "INT"),
                      Field("s", "projects", "token", "VARCHAR(255)"), Field("s", "projects", "name", "TEXT"),
                      Field("s", "barang", "kode_barang", "VARCHAR(10)", primary_key=True),
                      Field("s", "stok", "kode_barang", "VARCHAR(10)")])
    assert targets(built, "projects") == {}
    assert targets(built, "stok") == {"kode_barang": "barang"}


def test_an_installers_placeholder_is_no_word_of_a_tables_name():
    """HelpDeskZ names its tables {{db_prefix}}tickets, YAF.NET {databaseOwner}.{objectQualifier}User:
    the placeholder becomes the source's own prefix on installation, so a ticket_id keys
    {{db_prefix}}tickets and a UserID {objectQualifier}User."""
    built = graph(("{{db_prefix}}tickets", ["id", "user_id", "subject"]), ("{{db_prefix}}users", ["id", "email"]),
                  ("{{db_prefix}}attachments", ["id", "ticket_id", "msg_id"]))
    assert targets(built, "{{db_prefix}}attachments")["ticket_id"] == "{{db_prefix}}tickets"
    assert targets(built, "{{db_prefix}}tickets")["user_id"] == "{{db_prefix}}users"
    board = graph(("{databaseOwner}.{objectQualifier}User", ["UserID", "Name"]),
                  ("{databaseOwner}.{objectQualifier}Thanks", ["ThanksID", "ThanksFromUserID", "UserID"]))
    assert targets(board, "{databaseowner}.{objectqualifier}thanks")["UserID"] == "{databaseowner}.{objectqualifier}user"


def test_a_column_a_declared_key_references_is_a_key_wherever_it_stands():
    """A motorcycle dealer's t_void declares noso (a sales order's number) a key to
    t_penjualan.noso: the noso of its price, inspection and discount tables is that sale's key too.
    A shop's nomor_faktur, declared a key to the sales in one table and to the returns in another,
    is no one table's key."""
    def field(table, name, references=None):
        return Field("s", table, name, "VARCHAR(25)", references=references)
    built = KeyGraph([field("t_penjualan", "id"), field("t_penjualan", "noso"), field("t_penjualan", "nokonsumen"),
                      field("t_void", "id"), field("t_void", "noso", "t_penjualan.noso"),
                      field("t_harga_motor", "id"), field("t_harga_motor", "noso"), field("t_harga_motor", "dp"),
                      field("master_penjualan", "id"), field("master_penjualan", "no_faktur"),
                      field("master_retur_penjualan", "id"), field("master_retur_penjualan", "nomor_faktur"),
                      field("master_penjualan_detail", "nomor_faktur", "master_penjualan.no_faktur"),
                      field("retur_detail", "nomor_faktur", "master_retur_penjualan.nomor_faktur"),
                      field("master_saldo_awal", "id"), field("master_saldo_awal", "nomor_faktur")])
    assert targets(built, "t_harga_motor") == {"noso": "t_penjualan"}
    assert "noso" not in targets(built, "t_penjualan")
    assert targets(built, "master_saldo_awal") == {}
