"""Many employees' tasks at once, for a worker that claimed several (issue 19): one read
transaction for all of them, the calculations, then one write transaction for every row, its
lines and the run counters, instead of two transactions per employee.

Each call is answered exactly as :func:`coati_desk.payroll.employee_task.calculate_employee`
would answer it alone; the writes keep the hot path's compare-and-set on the row, so a batch
that runs again (its worker died before the queue heard of it) writes nothing twice. A call the
batch does not handle in bulk (its row is still to be made, or it fails before calculating)
runs the single path, in order, after the batch is written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from coati_desk.payroll import calculation as calc
from coati_desk.payroll.db import connect
from coati_desk.payroll.employee_lookup import Found, find_many
from coati_desk.payroll.employee_task import (
    Job,
    calculate_employee,
    compute,
    fail_row,
    failure,
    make_jobs,
    settled_answer,
    write_results,
)
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_id


def calculate_employees(calls: Sequence[Mapping[str, Any]]) -> list[Any]:
    """The answer to each call (the keyword arguments of ``calculate_employee``), in order: a
    result dict, or the exception the call raised (the queue retries that one alone). A fault
    of the batch's own transactions raises, and nothing of the batch is written."""
    answers: list[Any] = [None] * len(calls)
    groups: dict[tuple[Any, ...], list[tuple[int, str]]] = {}  # same planilla, period, kind
    for i, call in enumerate(calls):
        try:
            emp_id = parse_id(call.get("empleado_id"), "empleado_id")
            pla_id = parse_id(call.get("planilla_id"), "planilla_id")
        except PayrollInputError as exc:
            answers[i] = failure(str(exc), call.get("empleado_id"))
            continue
        key = (pla_id, call.get("periodo_inicio"), call.get("periodo_fin"), call.get("tipo"))
        groups.setdefault(key, []).append((i, emp_id))
    ready: list[tuple[int, Found]] = []
    with connect() as conn:  # every read of the batch in one transaction
        for (pla_id, inicio, fin, tipo), members in groups.items():
            founds = find_many(
                conn, [emp for _, emp in members], pla_id, inicio, fin, tipo or "ordinaria"
            )
            for i, emp_id in members:
                found = founds[emp_id]
                if isinstance(found, PayrollInputError):
                    answers[i] = failure(str(found), calls[i].get("empleado_id"))
                elif found.run is None or found.problem is not None:
                    continue  # its row to be made, or failed with the reason: the single path
                elif (settled := settled_answer(found.run, emp_id)) is not None:
                    answers[i] = settled
                else:
                    ready.append((i, found))
        made = make_jobs(conn, [found for _, found in ready])
    jobs = [(i, job) for (i, _), job in zip(ready, made, strict=True)]
    computed: list[tuple[int, Job, calc.Resultado | calc.CalculationError]] = []
    for i, job in jobs:
        try:
            computed.append((i, job, compute(job)))
        except calc.CalculationError as exc:
            computed.append((i, job, exc))
    if computed:
        results: list[tuple[int, Job, calc.Resultado]] = []
        with connect(write=True) as conn:  # every result of the batch in one transaction
            for i, job, result in computed:
                if isinstance(result, calc.CalculationError):
                    fail_row(conn, job.run_id, job.row_id, str(result))
                    answers[i] = failure(str(result), job.empleado_id)
                else:
                    results.append((i, job, result))
            written = write_results(conn, [(job, result) for _, job, result in results])
        for (i, _, _), answer in zip(results, written, strict=True):
            answers[i] = answer
    for i, call in enumerate(calls):
        if answers[i] is None:
            try:
                answers[i] = calculate_employee(**call)
            except Exception as exc:  # (a database fault: this call is retried alone)
                answers[i] = exc
    return answers
