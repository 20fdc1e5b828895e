"""The amounts of one employee's result, in one list, in the order every view shows them.

The calculation fills them (``calculation.Resultado`` has a field of each name), the employee's
row stores them (a ``nomina_empleado`` column each), and the task result, the window's queries,
the CSV, XLSX and PDF reports and the window's run table read them from :data:`AMOUNTS`. Adding
an amount: one entry here, the field the calculation fills, and its column with a migration
(``tests/payroll/test_amounts.py`` checks the three agree).
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TR_NOOP(text: str) -> str:
    """Marks a window label for Qt's lupdate (``scripts/translations.py`` reads this file too);
    the window translates it. No Qt here: it returns ``text``."""
    return text


@dataclass(frozen=True)
class Amount:
    name: str  # the Resultado field and the nomina_empleado column
    title: str  # its heading in the reports (XLSX)
    label: str  # its short heading (window's run table, summary PDF), the translation key
    in_window: bool = True  # a column of the window's run table
    in_summary: bool = False  # a column of the run summary PDF


AMOUNTS: tuple[Amount, ...] = (
    Amount("salario_bruto", "Salario bruto", QT_TR_NOOP("Bruto"), in_summary=True),
    Amount("inss_laboral", "INSS laboral", QT_TR_NOOP("INSS")),
    Amount("ir", "IR", QT_TR_NOOP("IR")),
    Amount("otras_deducciones", "Otras deducciones", QT_TR_NOOP("Otras deducciones")),
    Amount("total_deducciones", "Total deducciones", QT_TR_NOOP("Deducciones"), False, True),
    Amount("salario_neto", "Salario neto", QT_TR_NOOP("Neto"), in_summary=True),
    Amount("inss_patronal", "INSS patronal", QT_TR_NOOP("INSS patronal"), in_window=False),
    Amount("inatec", "INATEC", QT_TR_NOOP("INATEC"), in_window=False),
)
RESULT_FIELDS: tuple[str, ...] = tuple(a.name for a in AMOUNTS)
WINDOW_AMOUNTS: tuple[Amount, ...] = tuple(a for a in AMOUNTS if a.in_window)
SUMMARY_AMOUNTS: tuple[Amount, ...] = tuple(a for a in AMOUNTS if a.in_summary)
