"""A column whose name has no word (a pivot view's year columns, "2002") is judged by its record
alone, as every other column of a person's record is, instead of stopping the audit (found on
AdventureWorks' Sales.vSalesPersonSalesByFiscalYears, tests/fixtures/dumps/)."""

from __future__ import annotations

from helpers import classify, source


def test_year_columns_of_a_pivot_view_in_a_persons_record_are_personal(classifier):
    fields = source(("orders", [("id", "INTEGER"), ("customer_id", "INTEGER"), ("total", "NUMERIC")]),
                    ("customers", [("id", "INTEGER"), ("email", "TEXT")]),
                    ("order_totals", [("customer_id", "INTEGER"), ("2002", ""), ("2003", "")]))
    judged = classify(classifier, fields)
    assert judged[("order_totals", "2002")].personal and judged[("order_totals", "2003")].personal
