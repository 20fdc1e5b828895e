"""Runs on a real SQLite file: idempotent results, run states, bad input, retry, cancel, resume."""

from __future__ import annotations

import re
import sqlite3
import stat
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from coati_desk.jobs.dispatcher import QueueDispatcher
from coati_desk.payroll import (
    approval,
    employee_lookup,
    employee_reads,
    employee_task,
    services,
)
from coati_desk.payroll.db import HEAD_REVISION, database_url, get_engine, reset_engines, session
from coati_desk.payroll.models import Empleado, Nomina, NominaEmpleado, NominaLinea, utcnow
from coati_desk.queue import get_queue_driver
from tests.payroll.conftest import add_loan, make_planilla

JAN = ("2024-01-01", "2024-01-31")


SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


def calc(empleado_id: str, planilla_id: str, period: tuple[str, str] = JAN) -> dict:
    return services.calculate_employee(empleado_id, planilla_id, *period, "tester")


def rows(run_id: str) -> list[NominaEmpleado]:
    with session() as db:
        return list(db.scalars(select(NominaEmpleado).where(NominaEmpleado.nomina_id == run_id)))


@SQLITE_ONLY
def test_database_file_is_private_wal_and_migrated(isolated_env: Path) -> None:
    engine = get_engine()
    path = Path(engine.url.database or "")
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert database_url().endswith("coati.sqlite3")


POSTGRES_ONLY = pytest.mark.parametrize("database", ["postgresql"], indirect=True)


@POSTGRES_ONLY
def test_postgres_sessions_give_up_on_a_silent_worker_machine(database: str) -> None:
    """A worker machine that drops off the network must not hold its row locks for hours: both
    ends of every connection give up after a minute of silence, unless the URL says otherwise."""
    from sqlalchemy import text

    def server_settings(url: str) -> dict[str, str]:
        names = ("idle_in_transaction_session_timeout", "tcp_user_timeout", "tcp_keepalives_idle")
        with get_engine(url).connect() as conn:
            return {name: conn.execute(text(f"SHOW {name}")).scalar() for name in names}

    url = database_url()
    assert server_settings(url) == {
        "idle_in_transaction_session_timeout": "1min",
        "tcp_user_timeout": "60000",
        "tcp_keepalives_idle": "20",
    }
    own = f"{url}?options=-c%20idle_in_transaction_session_timeout%3D5min"
    assert server_settings(own)["idle_in_transaction_session_timeout"] == "5min"
    reset_engines()


@SQLITE_ONLY
def test_a_database_of_the_first_release_is_upgraded_with_its_data(isolated_env: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from coati_desk.payroll.db import MIGRATIONS, database_url

    old = create_engine(database_url())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with old.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.exec_driver_sql(
            "INSERT INTO planilla (id, nombre, periodicidad, reglas, creada_en) "
            "VALUES ('pla_old', 'Antigua', 'mensual', 'NI', '2026-01-01 00:00:00')"
        )
    old.dispose()
    reset_engines()
    engine = get_engine()  # the app starting after an upgrade
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            HEAD_REVISION
        )
        assert conn.exec_driver_sql("SELECT nombre FROM planilla").scalar() == "Antigua"
        indexes = {
            row[1]
            for table in ("nomina_empleado", "concepto_empleado")
            for row in conn.exec_driver_sql(f"PRAGMA index_list({table})")
        }
    assert {
        "nomina_empleado_por_empleado",
        "nomina_empleado_settled",
        "concepto_empleado_por_empleado",
    } <= indexes


def test_data_survives_a_restart(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, _ = planilla(["25000"])
    reset_engines()  # a new process opens the same file and does not migrate again
    with session() as db:
        assert db.get(services.Planilla, planilla_id) is not None


def test_one_employee_by_hand(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (empleado,) = planilla(["25000"])
    result = calc(empleado, planilla_id)
    assert result["success"] is True
    assert (result["salario_bruto"], result["total_deducciones"], result["salario_neto"]) == (
        "25000.00",
        "4316.67",
        "20683.33",
    )
    (row,) = rows(result["nomina_id"])
    assert row.estado == "completed" and row.ir == Decimal("2566.67") and row.intentos == 1
    with session() as db:
        run = db.get(Nomina, result["nomina_id"])
        assert (
            run is not None and run.estado == "calculada" and run.total_neto == Decimal("20683.33")
        )
        codes = db.scalars(select(NominaLinea.codigo).where(NominaLinea.fila_id == row.id)).all()
    assert codes == ["SALARIO", "INSS", "IR", "INSS_PATRONAL", "INATEC"]


def test_running_an_employee_twice_writes_one_row_and_counts_once(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, ids = planilla(["25000", "30000"])
    run_id = services.create_run(planilla_id, *JAN, "tester")
    first = calc(ids[0], planilla_id)
    again = calc(ids[0], planilla_id)
    assert first == again
    assert [r.intentos for r in rows(run_id) if r.empleado_id == ids[0]] == [1]
    summary = services.run_summary(run_id)
    assert summary["completados"] == 1 and summary["estado"] == "calculando"
    calc(ids[1], planilla_id)
    summary = services.run_summary(run_id)
    assert summary["estado"] == "calculada" and summary["completados"] == 2
    assert summary["total_neto"] == str(
        sum((r.salario_neto for r in rows(run_id) if r.salario_neto), Decimal(0))
    )


def test_a_second_run_over_the_same_period_is_refused_until_cancelled(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, _ = planilla(["1000"])
    first = services.create_run(planilla_id, *JAN, "tester")
    with pytest.raises(services.PayrollInputError, match=f"already has run {first}"):
        services.create_run(planilla_id, *JAN, "tester")
    services.cancel_run(first, QueueDispatcher(get_queue_driver()))
    second = services.create_run(planilla_id, *JAN, "tester")
    assert second != first
    assert services.run_summary(first)["estado"] == "cancelada"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope", "PLA", *JAN), "Employee not found"),
        (("EMP", "nope", *JAN), "Planilla not found"),
        ((12.5, "PLA", *JAN), "empleado_id must be an id"),
        (("", "PLA", *JAN), "empleado_id must be an id"),
        (("EMP", None, *JAN), "planilla_id must be an id"),
        (("EMP", "PLA", "01/01/2024", "2024-01-31"), "periodo_inicio must be an ISO date"),
        (("EMP", "PLA", "2024-01-01", "2024-13-45"), "periodo_fin must be an ISO date"),
        (("EMP", "PLA", "2024-01-31", "2024-01-01"), "ends (2024-01-01) before it starts"),
        (("EMP", "PLA", "2024-01-01", "2024-01-15"), "does not fit a mensual payroll"),
        (("EMP'; DROP TABLE empleado; --", "PLA", *JAN), "Employee not found"),
    ],
)
def test_bad_input_is_a_readable_failure(planilla, args, message) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (empleado,) = planilla(["1000"])
    args = tuple(planilla_id if a == "PLA" else empleado if a == "EMP" else a for a in args)
    result = services.calculate_employee(*args, "tester")
    assert result["success"] is False and message in result["error"]
    with session() as db:
        assert db.scalar(select(func.count()).select_from(Empleado)) == 1


def test_an_employee_not_in_the_planilla_or_inactive(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (empleado,) = planilla(["1000"])
    _other_planilla, (stranger,) = planilla(["2000"])
    result = calc(stranger, planilla_id)
    assert result == {
        "success": False,
        "empleado_id": stranger,
        "error": f"Employee {stranger} is not in planilla {planilla_id}",
    }
    run_id = services.create_run(planilla_id, *JAN, "tester")
    with session(write=True) as db:
        db.execute(update(Empleado).where(Empleado.id == empleado).values(activo=False))
    result = calc(empleado, planilla_id)
    assert result["success"] is False and "is inactive" in result["error"]
    (row,) = rows(run_id)
    assert row.estado == "failed" and "is inactive" in (row.error or "")
    assert services.run_summary(run_id)["estado"] == "calculada_con_errores"


def test_invalid_data_fails_that_employee_only(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, ids = planilla(["1000", "-5", "3000"])
    run_id = services.create_run(planilla_id, *JAN, "tester")
    results = [calc(e, planilla_id) for e in ids]
    assert [r["success"] for r in results] == [True, False, True]
    assert "salary cannot be negative" in results[1]["error"]
    summary = services.run_summary(run_id)
    assert (summary["completados"], summary["fallidos"], summary["estado"]) == (
        2,
        1,
        "calculada_con_errores",
    )


def test_retry_failed_recalculates_after_the_data_is_fixed(planilla) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.queue import start_workers

    planilla_id, ids = planilla(["1000", "-5"])
    run_id = services.create_run(planilla_id, *JAN, "tester")
    for e in ids:
        calc(e, planilla_id)
    with session(write=True) as db:
        db.execute(update(Empleado).where(Empleado.id == ids[1]).values(salario_mensual=5000))
    dispatcher = QueueDispatcher(get_queue_driver())
    assert services.retry_failed(run_id, dispatcher) == 1
    assert services.run_summary(run_id)["estado"] == "calculando"
    workers = start_workers(1, dispatcher.queue)
    try:
        from tests.conftest import wait_until

        wait_until(lambda: services.run_summary(run_id)["estado"] == "calculada")
    finally:
        workers.stop(timeout=30)
    summary = services.run_summary(run_id)
    assert (summary["completados"], summary["fallidos"]) == (2, 0)
    assert [r.intentos for r in rows(run_id) if r.empleado_id == ids[1]] == [2]


def test_recalculating_an_employee_replaces_their_result_and_lines(planilla) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.queue import start_workers
    from tests.conftest import wait_until

    planilla_id, ids = planilla(["20000", "30000"])
    run_id = services.create_run(planilla_id, *JAN, "tester")
    for e in ids:
        assert services.calculate_employee(e, planilla_id, *JAN)["success"]
    before = services.run_summary(run_id)
    with session(write=True) as db:
        db.execute(update(Empleado).where(Empleado.id == ids[0]).values(salario_mensual=25000))
    row = next(r for r in rows(run_id) if r.empleado_id == ids[0])
    with session() as db:
        lines_before = db.scalar(select(func.count()).where(NominaLinea.fila_id == row.id))
    dispatcher = QueueDispatcher(get_queue_driver())
    services.recalculate_row(row.id, dispatcher)
    workers = start_workers(1, dispatcher.queue)
    try:
        wait_until(lambda: services.run_summary(run_id)["estado"] == "calculada")
    finally:
        workers.stop(timeout=30)
    after = next(r for r in rows(run_id) if r.empleado_id == ids[0])
    assert after.salario_bruto == Decimal("25000.00") and after.salario_neto == Decimal("20683.33")
    with session() as db:
        assert db.scalar(select(func.count()).where(NominaLinea.fila_id == row.id)) == lines_before
        net = db.scalar(
            select(func.sum(NominaEmpleado.salario_neto)).where(NominaEmpleado.nomina_id == run_id)
        )
    summary = services.run_summary(run_id)
    assert summary["completados"] == 2 and Decimal(summary["total_neto"]) == net
    assert Decimal(summary["total_bruto"]) == Decimal(before["total_bruto"]) + 5000


def test_cancel_stops_the_pending_employees(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, _ids = planilla(["1000", "2000", "3000"])
    dispatcher = QueueDispatcher(get_queue_driver())
    started = services.start_run(planilla_id, *JAN, "tester", dispatcher)
    run_id = started["nomina_id"]
    assert started["encolados"] == 3
    task_ids = [r.task_id for r in rows(run_id)]
    assert services.cancel_run(run_id, dispatcher) == 3
    assert {dispatcher.queue.get_task_result(t)["status"] for t in task_ids} == {"cancelled"}
    summary = services.run_summary(run_id)
    assert summary["estado"] == "cancelada" and summary["cancelados"] == 3


def test_start_run_resumes_and_requeues_what_was_lost(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, ids = planilla(["1000", "2000", "3000"])
    dispatcher = QueueDispatcher(get_queue_driver())
    run_id = services.start_run(planilla_id, *JAN, "tester", dispatcher)["nomina_id"]
    first_tasks = {r.empleado_id: r.task_id for r in rows(run_id)}
    # Nothing new to send while every task is still queued.
    again = services.start_run(planilla_id, *JAN, "tester", dispatcher)
    assert again == {"success": True, "nomina_id": run_id, "total_empleados": 3, "encolados": 0}
    # A worker died holding one employee (its lease ran out) and another task was lost.
    with session(write=True) as db:
        db.execute(
            update(NominaEmpleado)
            .where(NominaEmpleado.empleado_id == ids[0])
            .values(estado="processing", lease_until=utcnow() - timedelta(seconds=1))
        )
    dispatcher.queue.cancel(first_tasks[ids[1]])
    assert services.resume_stale(run_id, dispatcher) == 2
    new_tasks = {r.empleado_id: r.task_id for r in rows(run_id)}
    assert new_tasks[ids[2]] == first_tasks[ids[2]]
    assert new_tasks[ids[0]] != first_tasks[ids[0]] and new_tasks[ids[1]] != first_tasks[ids[1]]


def test_new_hires_join_a_resumed_run(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, _ = planilla(["1000"])
    dispatcher = QueueDispatcher(get_queue_driver())
    run_id = services.start_run(planilla_id, *JAN, "tester", dispatcher)["nomina_id"]
    with session(write=True) as db:
        plan = db.get(services.Planilla, planilla_id)
        assert plan is not None
        plan.empleados.append(
            Empleado(
                codigo="NEW-1",
                nombres="Nueva",
                apellidos="Persona",
                salario_mensual=Decimal(2000),
                fecha_ingreso=plan.creada_en.date().replace(2024, 1, 10),
            )
        )
    result = services.start_run(planilla_id, *JAN, "tester", dispatcher)
    assert result["total_empleados"] == 2 and result["encolados"] == 1
    assert len(rows(run_id)) == 2


def test_year_to_date_uses_earlier_approved_runs(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (empleado,) = planilla(["25000"])
    january = calc(empleado, planilla_id, JAN)
    assert january["salario_neto"] == "20683.33"
    approval.approve_run(january["nomina_id"], "jefa")
    feb = calc(empleado, planilla_id, ("2024-02-01", "2024-02-29"))
    assert Decimal(feb["ir"]) == Decimal("2566.66")  # accumulated average, not 2,566.67 again


def test_a_run_not_approved_does_not_count_toward_the_year(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (empleado,) = planilla(["25000"])
    calc(empleado, planilla_id, JAN)  # calculated, never approved
    feb = calc(empleado, planilla_id, ("2024-02-01", "2024-02-29"))
    assert Decimal(feb["ir"]) == Decimal("2566.67")  # as if February were the first month


def test_a_loan_is_capped_at_what_is_left(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (empleado,) = planilla(["10000"])
    add_loan(empleado, "999999")
    result = calc(empleado, planilla_id)
    assert result["success"] and result["salario_neto"] == "0.00"


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    salaries=st.lists(st.decimals(0, 200_000, places=2), min_size=1, max_size=6),
    repeats=st.integers(1, 3),
)
def test_run_totals_equal_the_sum_of_rows(salaries, repeats) -> None:  # type: ignore[no-untyped-def]
    planilla_id, ids = make_planilla([str(s) for s in salaries])
    run_id = services.create_run(planilla_id, *JAN, "tester")
    for _ in range(repeats):  # every task may run more than once: still one row each
        for e in ids:
            calc(e, planilla_id)
    all_rows = rows(run_id)
    assert len(all_rows) == len(ids)
    summary = services.run_summary(run_id)
    assert summary["completados"] == len(ids)
    assert Decimal(summary["total_bruto"]) == sum((r.salario_bruto for r in all_rows), Decimal(0))
    assert Decimal(summary["total_neto"]) == sum((r.salario_neto for r in all_rows), Decimal(0))
    assert Decimal(summary["total_deducciones"]) == sum(
        (r.total_deducciones for r in all_rows), Decimal(0)
    )


def test_the_queue_driver_is_not_needed_to_calculate(planilla) -> None:  # type: ignore[no-untyped-def]
    """The services run without any queue: the tasks are thin wrappers around them."""
    planilla_id, (empleado,) = planilla(["1000"])
    assert calc(empleado, planilla_id)["success"]
    assert get_queue_driver().get_stats()["tasks_by_status"]["pending"] == 0


def test_a_stale_duplicate_task_does_not_count_a_failure_twice(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, ids = planilla(["-5", "1000"])
    run_id = services.create_run(planilla_id, *JAN, "tester")
    assert calc(ids[0], planilla_id)["success"] is False
    assert calc(ids[0], planilla_id)["success"] is False  # the same task, delivered again
    summary = services.run_summary(run_id)
    assert (summary["fallidos"], summary["estado"]) == (1, "calculando")  # ids[1] still to go
    calc(ids[1], planilla_id)
    summary = services.run_summary(run_id)
    assert (summary["completados"], summary["fallidos"]) == (1, 1)
    assert summary["estado"] == "calculada_con_errores"


def test_cancel_also_stops_rows_that_were_running(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, ids = planilla(["1000", "2000"])
    run_id = services.create_run(planilla_id, *JAN, "tester")
    with session(write=True) as db:  # a worker took this one, then died
        db.execute(
            update(NominaEmpleado)
            .where(NominaEmpleado.empleado_id == ids[0])
            .values(estado="processing", lease_until=utcnow() + timedelta(minutes=5))
        )
    assert services.cancel_run(run_id, QueueDispatcher(get_queue_driver())) == 2
    summary = services.run_summary(run_id)
    assert summary["cancelados"] == 2 and summary["completados"] == 0
    assert summary["filas"]["cancelled"] == 2


@SQLITE_ONLY  # (EXPLAIN QUERY PLAN is SQLite's)
@pytest.mark.parametrize(
    "statement",
    [
        "employee_lookup.FIND_EMPLEADO",
        "employee_lookup.FIND_PLANILLA",  # (FIND_RUN reads nomina: a row per run, not employee)
        "_SETTLE_ROW",
        "_DELETE_LINES",
        "_COUNT_COMPLETED",
        "employee_reads._CONCEPTOS",
        "employee_reads._SALARIOS",
        "employee_reads._NOVEDADES",
        "employee_reads._CUOTAS",
        "employee_reads._YEAR_TO_DATE",
        "employee_reads._OPENING_YTD",
    ],
)
def test_each_employee_task_looks_up_by_index(isolated_env: Path, statement: str) -> None:
    """No step of an employee's task reads a whole table: a run's time grows with its size
    (the reads a worker's batch makes for many employees at once, too)."""
    from sqlalchemy.dialects import sqlite

    module, _, name = statement.rpartition(".")
    source = {"employee_reads": employee_reads, "employee_lookup": employee_lookup}.get(
        module, employee_task
    )
    sql = str(getattr(source, name).compile(dialect=sqlite.dialect()))
    # a list of many rows (a worker's batch reads and writes many at once): three of them
    sql = re.sub(r"__\[POSTCOMPILE_\w+\]", "?, ?, ?", sql)
    with get_engine().connect() as conn:
        plan = [
            r[3]
            for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", (None,) * sql.count("?"))
        ]
    assert not [step for step in plan if step.startswith("SCAN")], plan
