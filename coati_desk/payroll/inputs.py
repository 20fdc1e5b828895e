"""Checks of what a task, the window or the command line hands the payroll: ids, dates, periods.

Each returns the clean value or raises :class:`PayrollInputError` with a message that names the
field and what was given.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from coati_desk.payroll import calculation as calc
from coati_desk.payroll import messages as M
from coati_desk.payroll.errors import PayrollInputError


def parse_id(value: Any, field: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        raise PayrollInputError(M.BAD_ID(field=field, value=value))
    return value.strip()


def parse_date(value: Any, field: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PayrollInputError(M.BAD_DATE(field=field, value=value))


def parse_period(periodicidad: str, inicio: Any, fin: Any) -> tuple[date, date]:
    start, end = parse_date(inicio, "periodo_inicio"), parse_date(fin, "periodo_fin")
    try:
        calc.check_period(start, end, calc.Periodicidad(periodicidad))
    except calc.CalculationError as exc:
        raise PayrollInputError(str(exc)) from None
    return start, end
