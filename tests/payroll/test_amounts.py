"""The one list of result amounts agrees with the calculation, the row and the report's read
model: adding an amount is an entry in ``amounts.AMOUNTS`` plus its column and migration."""

from __future__ import annotations

import dataclasses

import pytest

from coati_desk.payroll import calculation, queries, reports
from coati_desk.payroll.amounts import AMOUNTS, RESULT_FIELDS, SUMMARY_AMOUNTS, WINDOW_AMOUNTS
from coati_desk.payroll.models import NominaEmpleado
from coati_desk.payroll.reports.run_csv import EXPORT_COLUMNS

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # (no database)


def test_every_amount_is_made_stored_and_read(database: str) -> None:
    result_fields = {f.name for f in dataclasses.fields(calculation.Resultado)}
    row_columns = set(NominaEmpleado.__table__.columns.keys())
    report_fields = {f.name for f in dataclasses.fields(reports.Fila)}
    for amount in AMOUNTS:
        assert amount.name in result_fields, amount
        assert amount.name in row_columns, amount
        assert amount.name in report_fields, amount
    assert len(set(RESULT_FIELDS)) == len(AMOUNTS)


def test_views_list_the_amounts_in_order(database: str) -> None:
    assert [c for c in queries.ROW_FIELDS if c in RESULT_FIELDS] == list(RESULT_FIELDS)
    assert [c for c in EXPORT_COLUMNS if c in RESULT_FIELDS] == list(RESULT_FIELDS)
    assert [a.label for a in WINDOW_AMOUNTS] == ["Bruto", "INSS", "IR", "Otras deducciones", "Neto"]
    assert [a.label for a in SUMMARY_AMOUNTS] == ["Bruto", "Deducciones", "Neto"]
