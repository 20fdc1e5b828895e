"""A real office month through the database and the queue: the company's size, employee
details and salary history, opening year-to-date figures, the period's inputs (novedades),
approval and payment, and loans with a balance."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from coati_desk.jobs.dispatcher import QueueDispatcher
from coati_desk.jobs.runs import apply_inputs
from coati_desk.payroll import (
    approval,
    employees,
    empresa,
    novedades,
    prestamos,
    services,
)
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import Empleado, Nomina, NominaEmpleado, planilla_empleado
from coati_desk.queue import get_queue_driver, start_workers
from tests.conftest import wait_until

JAN = ("2024-01-01", "2024-01-31")
FEB = ("2024-02-01", "2024-02-29")
MAR = ("2024-03-01", "2024-03-31")


def run_all(planilla_id: str, period: tuple[str, str], ids: list[str]) -> str:
    run_id = services.create_run(planilla_id, *period, "tester")
    for e in ids:
        assert services.calculate_employee(e, planilla_id, *period)["success"]
    return run_id


def row(run_id: str, empleado_id: str) -> NominaEmpleado:
    with session() as db:
        found = db.scalars(
            select(NominaEmpleado).where(
                NominaEmpleado.nomina_id == run_id, NominaEmpleado.empleado_id == empleado_id
            )
        ).one()
        _ = found.lineas
        return found


def codes(run_id: str, empleado_id: str) -> dict[str, D]:
    return {line.codigo: line.monto for line in row(run_id, empleado_id).lineas}


def csv(*lines: str) -> bytes:
    return ("codigo,tipo,cantidad,monto,descripcion\n" + "\n".join(lines) + "\n").encode()


def code_of(empleado_id: str) -> str:
    with session() as db:
        return db.get(Empleado, empleado_id).codigo  # type: ignore[union-attr]


def test_the_two_examples_of_the_issue_through_an_import(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (a, b) = planilla(["8500", "15000"])
    imported = novedades.import_inputs_csv(
        planilla_id,
        *JAN,
        csv(f"{code_of(a)},horas_extra,5,,", f"{code_of(b)},ausencia,2,,Sin permiso"),
    )
    assert imported.errors == [] and imported.saved == 2 and imported.run_id is None
    run_id = run_all(planilla_id, JAN, [a, b])
    first, second = row(run_id, a), row(run_id, b)
    assert codes(run_id, a)["HORAS_EXTRA"] == D("354.17")
    assert (first.salario_bruto, first.inss_laboral, first.ir, first.salario_neto) == (
        D("8854.17"),
        D("619.79"),
        D("0.00"),
        D("8234.38"),
    )
    assert (second.salario_bruto, second.inss_laboral, second.ir, second.salario_neto) == (
        D("14000.00"),
        D("980.00"),
        D("703.00"),
        D("12317.00"),
    )


def test_an_import_with_a_bad_line_saves_nothing_and_names_each_line(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (a,) = planilla(["8500"])
    result = novedades.import_inputs_csv(
        planilla_id,
        *JAN,
        csv(
            f"{code_of(a)},horas_extra,5,,",
            "NOBODY,bono,,100,",
            f"{code_of(a)},propina,,100,",
            f"{code_of(a)},comision,,1.500,50,",
        ),
    )
    assert result.saved == 0
    assert any(e.startswith("line 3") and "NOBODY" in e for e in result.errors)
    assert any(e.startswith("line 4") and "tipo must be one of" in e for e in result.errors)
    assert novedades.list_inputs(planilla_id, *JAN) == []


def test_overtime_over_the_legal_limits_is_accepted_with_a_warning(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (a,) = planilla(["8500"])
    data = (
        "codigo,tipo,cantidad,monto,descripcion,fecha\n"
        f"{code_of(a)},horas_extra,4,,,2024-01-08\n"
        f"{code_of(a)},horas_extra,3,,,2024-01-09\n"
        f"{code_of(a)},horas_extra,3,,,2024-01-10\n"
    ).encode()
    result = novedades.import_inputs_csv(planilla_id, *JAN, data)
    assert result.errors == [] and result.saved == 3
    assert any("4 overtime hours on 2024-01-08" in w for w in result.warnings)
    assert any("10 overtime hours in the week of 2024-01-08" in w for w in result.warnings)


def test_changing_inputs_after_calcular_recalculates_only_that_employee(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (a, b) = planilla(["8500", "15000"])
    run_id = run_all(planilla_id, JAN, [a, b])
    untouched = row(run_id, b).finalizado_en
    changed = novedades.save_employee_inputs(
        planilla_id, *JAN, a, [{"tipo": "horas_extra", "cantidad": "5"}], "jefa"
    )
    assert changed.run_id == run_id and changed.empleados == [a]
    queue = get_queue_driver()
    assert apply_inputs(queue, changed.run_id, changed.empleados) == 1
    workers = start_workers(1, queue)
    try:
        wait_until(lambda: services.run_summary(run_id).estado == "calculada")
    finally:
        workers.stop(timeout=30)
    assert row(run_id, a).salario_neto == D("8234.38")
    assert row(run_id, b).finalizado_en == untouched
    assert D(services.run_summary(run_id).total_bruto) == D("8854.17") + D("15000.00")


def test_an_approved_run_survives_every_attempt_to_change_it(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (a, b) = planilla(["8500", "15000"])
    run_id = run_all(planilla_id, JAN, [a, b])
    approval.approve_run(run_id, "jefa")
    with session() as db:
        run = db.get(Nomina, run_id)
        assert run is not None and (run.estado, run.aprobada_por) == ("aprobada", "jefa")
        assert run.aprobada_en is not None
    before = services.run_summary(run_id)
    dispatcher = QueueDispatcher(get_queue_driver())
    attempts = [
        lambda: services.recalculate_row(row(run_id, a).id, dispatcher),
        lambda: services.recalculate_employees(run_id, [a], dispatcher),
        lambda: services.retry_failed(run_id, dispatcher),
        lambda: services.cancel_run(run_id, dispatcher),
        lambda: services.start_run(planilla_id, *JAN, "x", dispatcher),
        lambda: services.open_run(planilla_id, *JAN, "x"),
        lambda: novedades.save_employee_inputs(
            planilla_id, *JAN, a, [{"tipo": "bono", "monto": "100"}]
        ),
        lambda: novedades.import_inputs_csv(planilla_id, *JAN, csv(f"{code_of(a)},bono,,100,")),
    ]
    for attempt in attempts:
        with pytest.raises(PayrollInputError, match="is aprobada: it cannot change"):
            attempt()
    # A late or duplicate task answers what is stored and writes nothing.
    late = services.calculate_employee(a, planilla_id, *JAN, "late")
    assert late["success"] and late["salario_neto"] == str(row(run_id, a).salario_neto)
    # A task for an employee added to the planilla after approval gets no row.
    _other, (newcomer_id,) = planilla(["1000"])  # another planilla's employee, moved in
    with session(write=True) as db:
        db.execute(
            planilla_empleado.insert().values(planilla_id=planilla_id, empleado_id=newcomer_id)
        )
    refused = services.calculate_employee(newcomer_id, planilla_id, *JAN)
    assert not refused["success"] and "is aprobada" in refused["error"]
    assert services.run_summary(run_id) == before
    with pytest.raises(PayrollInputError, match="Say why"):
        approval.reopen_run(run_id, "jefa", "  ")
    approval.pay_run(run_id, "tesorería")
    with pytest.raises(PayrollInputError, match="only an approved run can be reopened"):
        approval.reopen_run(run_id, "jefa", "error en horas")
    assert [e["accion"] for e in approval.run_events(run_id)] == ["aprobar", "pagar"]


def test_reopening_an_approved_run_logs_the_reason_and_unlocks_it(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (a,) = planilla(["8500"])
    run_id = run_all(planilla_id, JAN, [a])
    with pytest.raises(PayrollInputError, match="only an approved run can be marked paid"):
        approval.pay_run(run_id, "x")
    approval.approve_run(run_id, "jefa")
    approval.reopen_run(run_id, "contador", "faltaron las horas extra")
    events = approval.run_events(run_id)
    assert [(e["accion"], e["usuario"], e["motivo"]) for e in events][-1] == (
        "reabrir",
        "contador",
        "faltaron las horas extra",
    )
    assert services.run_summary(run_id).estado == "calculada"
    novedades.save_employee_inputs(planilla_id, *JAN, a, [{"tipo": "horas_extra", "cantidad": "5"}])


def test_a_run_with_failures_cannot_be_approved(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, ids = planilla(["8500", "-1"])
    run_id = services.create_run(planilla_id, *JAN, "tester")
    for e in ids:
        services.calculate_employee(e, planilla_id, *JAN)
    with pytest.raises(PayrollInputError, match="only a run calculated without errors"):
        approval.approve_run(run_id, "jefa")


def test_a_loan_is_repaid_by_approved_runs_and_stops_at_zero(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (a,) = planilla(["12000"])
    loan = prestamos.add_loan(a, "Préstamo personal", "2500", "1000", "2024-01-01")
    jan = run_all(planilla_id, JAN, [a])
    assert codes(jan, a)["PRESTAMO"] == D("1000.00")
    # Not approved yet: February deducts the same instalment from the same balance.
    feb = run_all(planilla_id, FEB, [a])
    assert prestamos.list_loans(a)[0]["saldo"] == D("2500.00")
    for run_id in (jan, feb):
        approval.approve_run(run_id, "jefa")
    approval.pay_run(jan, "tesorería")
    mar = run_all(planilla_id, MAR, [a])
    assert codes(mar, a)["PRESTAMO"] == D("500.00")  # cut to what is left
    approval.approve_run(mar, "jefa")
    (state,) = prestamos.list_loans(a)
    assert state["id"] == loan and state["saldo"] == D("0.00")
    assert [h["cuota"] for h in state["historial"]] == [D("1000.00"), D("1000.00"), D("500.00")]
    assert [h["saldo"] for h in state["historial"]] == [D("1500.00"), D("500.00"), D("0.00")]
    apr = run_all(planilla_id, ("2024-04-01", "2024-04-30"), [a])
    assert "PRESTAMO" not in codes(apr, a)
    with pytest.raises(PayrollInputError, match="instalment"):
        prestamos.add_loan(a, "Mal", "100", "200", "2024-01-01")


def test_opening_figures_and_salary_changes_come_from_the_csv(planilla) -> None:  # type: ignore[no-untyped-def]
    data = (
        b"codigo,nombres,apellidos,salario_mensual,fecha_ingreso,inss_numero,cargo,banco,"
        b"cuenta_bancaria,forma_pago,ytd_anio,ytd_periodos,ytd_bruto,ytd_inss,ytd_ir\n"
        b"E-1,Ana,Ruiz,25000,2020-01-01,12345678,Contadora,BANPRO,1001234567,transferencia,"
        b"2024,6,150000,10500,15400.02\n"
    )
    imported = employees.import_employees_csv(data)
    assert imported.errors == [] and imported.created == 1
    (ana,) = [e for e in employees.list_employees() if e["codigo"] == "E-1"]
    assert (ana["inss_numero"], ana["cargo"], ana["banco"]) == ("12345678", "Contadora", "BANPRO")
    assert employees.opening_figures(ana["id"])[0]["periodos"] == 6
    july = ("2024-07-01", "2024-07-31")
    run_id = run_all(imported.planilla_id, july, [ana["id"]])
    # with six months of 25,000 behind: IR due so far 2,566.67 x 7 = 17,966.67 - 15,400.02
    assert row(run_id, ana["id"]).ir == D("2566.65")
    raise_ = (
        b"codigo,nombres,apellidos,salario_mensual,fecha_ingreso,salario_vigente_desde\n"
        b"E-1,Ana,Ruiz,31000,2020-01-01,2024-08-16\n"
    )
    assert employees.import_employees_csv(raise_, imported.planilla_id).errors == []
    history = employees.salary_history(ana["id"])
    assert [(h["vigente_desde"].isoformat(), h["salario_mensual"]) for h in history] == [
        ("2020-01-01", D("25000.00")),
        ("2024-08-16", D("31000.00")),
    ]
    august = run_all(imported.planilla_id, ("2024-08-01", "2024-08-31"), [ana["id"]])
    salary = [line.monto for line in row(august, ana["id"]).lineas if line.codigo == "SALARIO"]
    assert salary == [D("12500.00"), D("15500.00")]  # 15 days at each salary


def test_the_employer_rate_follows_the_companys_size_not_the_runs(planilla) -> None:  # type: ignore[no-untyped-def]
    small_id, (worker,) = planilla(["10000"])
    _big_id, _others = planilla(["1000"] * 49)  # same company: 50 workers in all
    run_id = run_all(small_id, JAN, [worker])
    assert row(run_id, worker).inss_patronal == D("2250.00")  # 22.5 %
    details = empresa.empresa_of(small_id)
    assert details["nombre"] == "Mi empresa" and details["trabajadores_contados"] == 50
    empresa.save_empresa({**details, "trabajadores": "12"}, details["id"])
    feb = run_all(small_id, FEB, [worker])
    assert row(feb, worker).inss_patronal == D("2150.00")  # set by hand: 21.5 %
    with pytest.raises(PayrollInputError, match="PNG or JPEG"):
        empresa.save_empresa({"nombre": "X", "logo": b"GIF89a..."}, details["id"])
