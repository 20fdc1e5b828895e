"""Checks of what a task, the window or the command line hands the payroll: ids, dates, periods.

Each returns the clean value or raises :class:`PayrollInputError` with a message that names the
field and what was given.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from coati_desk.payroll import calculation as calc
from coati_desk.payroll import messages as M
from coati_desk.payroll.aguinaldo import check_accrual_period
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


def parse_period(
    periodicidad: str, inicio: Any, fin: Any, tipo: str = "ordinaria"
) -> tuple[date, date]:
    """A run's period: one of the planilla's periods, or for an aguinaldo (``tipo``) its year's
    accrual period (1 December to 30 November)."""
    start, end = parse_date(inicio, "periodo_inicio"), parse_date(fin, "periodo_fin")
    try:
        if tipo == "aguinaldo":
            check_accrual_period(start, end)
        elif tipo == "liquidacion":  # from the day after the last paid period to the exit day
            if end < start:
                raise calc.CalculationError(M.PERIOD_BACKWARDS(fin=end, inicio=start))
        else:
            calc.check_period(start, end, calc.Periodicidad(periodicidad))
    except calc.CalculationError as exc:
        raise PayrollInputError(str(exc)) from None
    return start, end


# 25000, 25000.5, 25,000.00 - but not 1.500,50: a decimal comma is refused, not guessed
AMOUNT = re.compile(r"(\d+|\d{1,3}(,\d{3})+)(\.\d{1,2})?")
MAX_AMOUNT = Decimal("999999999.99")


def parse_decimal(raw: Any, name: str, errors: list[str]) -> Decimal | None:
    """A number of at most two decimals (an amount, hours, days) from text, or None when
    empty; a bad one is added to ``errors``."""
    if isinstance(raw, Decimal | int) and not isinstance(raw, bool):
        raw = str(raw)
    text = str(raw or "").strip()
    if not text:
        return None
    if AMOUNT.fullmatch(text) and Decimal(text.replace(",", "")) <= MAX_AMOUNT:
        return Decimal(text.replace(",", ""))
    errors.append(M.BAD_NUMBER(name=name, value=text))
    return None
