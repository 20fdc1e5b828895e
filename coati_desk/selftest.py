"""``coati-desk --self-test``: does this installation calculate a payroll, start to finish?

Offscreen, in a temporary folder (its own database, queue folder and settings; never the
user's): 200 demo employees, the real window pressing *Calcular* with its in-process workers
on the embedded queue, then checks that every employee completed once, that the run's totals
are the sum of its rows, and one employee worked by hand (25,000.00 a month, nothing else:
INSS 1,750.00, IR 2,566.67, net 20,683.33). Prints one line; exit 0 only if all of it holds.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

EMPLOYEES = 200
PERIOD = (date(2026, 11, 1), date(2026, 11, 30))
HAND_WORKED = {"salario_bruto": "25000.00", "inss_laboral": "1750.00", "ir": "2566.67",
               "salario_neto": "20683.33"}  # fmt: skip
TIMEOUT_S = 300


def _isolate(folder: Path) -> None:
    """Everything the app would touch, inside ``folder``; no Redis, an offscreen window."""
    for name in ("REDIS_URL", "QUEUE_ENABLED", "COATI_TASK_MODULES"):
        os.environ.pop(name, None)
    os.environ.update(
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="default.warning=false;qt.qpa.*=false",  # offscreen chatter
        COATI_DATABASE_URL=f"sqlite:///{folder / 'coati-desk.sqlite3'}",
        COATI_QUEUE_PATH=str(folder / "queue"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_STATE_HOME=str(folder / "state"),
    )


def _prepare() -> tuple[str, str]:
    """The demo planilla, with one employee made the hand-worked example; their ids."""
    from sqlalchemy import delete, select

    from coati_desk.payroll.db import session
    from coati_desk.payroll.demo import create_demo_planilla
    from coati_desk.payroll.models import ConceptoEmpleado, Empleado, planilla_empleado

    planilla_id = create_demo_planilla(EMPLOYEES, seed=7, today=PERIOD[0])
    with session(write=True) as db:
        empleado = db.scalars(
            select(Empleado)
            .join(planilla_empleado)
            .where(planilla_empleado.c.planilla_id == planilla_id)
            .order_by(Empleado.codigo)
        ).first()
        assert empleado is not None
        empleado.salario_mensual = Decimal("25000.00")
        empleado.fecha_ingreso, empleado.fecha_baja = date(2020, 1, 1), None
        empleado.activo = True
        db.execute(delete(ConceptoEmpleado).where(ConceptoEmpleado.empleado_id == empleado.id))
        return planilla_id, empleado.id


def _problems(run_id: str, hand_worked_id: str) -> list[str]:
    from sqlalchemy import func, select

    from coati_desk.payroll import services
    from coati_desk.payroll.db import session
    from coati_desk.payroll.models import EstadoNomina, NominaEmpleado

    summary = services.run_summary(run_id)
    problems = []
    if (summary.estado, summary.completados) != (EstadoNomina.CALCULADA, EMPLOYEES):
        problems.append(
            f"run {summary.estado}: {summary.completados} of {EMPLOYEES} completed, "
            f"{summary.fallidos} failed"
        )
    with session() as db:
        rows, distinct, bruto, neto = db.execute(
            select(
                func.count(),
                func.count(func.distinct(NominaEmpleado.empleado_id)),
                func.sum(NominaEmpleado.salario_bruto),
                func.sum(NominaEmpleado.salario_neto),
            ).where(NominaEmpleado.nomina_id == run_id)
        ).one()
        mine = db.scalars(
            select(NominaEmpleado).where(
                NominaEmpleado.nomina_id == run_id, NominaEmpleado.empleado_id == hand_worked_id
            )
        ).one()
        worked = {field: f"{getattr(mine, field):.2f}" for field in HAND_WORKED}
    if (rows, distinct) != (EMPLOYEES, EMPLOYEES):
        problems.append(f"{rows} rows for {distinct} employees, not {EMPLOYEES}")
    for name, total in (("bruto", bruto), ("neto", neto)):
        if Decimal(str(summary[f"total_{name}"])) != Decimal(str(total)):
            problems.append(f"total {name} {summary[f'total_{name}']} is not the rows' {total}")
    if worked != HAND_WORKED:
        problems.append(f"25,000.00 a month gave {worked}, not {HAND_WORKED}")
    return problems


def run_self_test(keep: bool = False) -> int:
    """Run the whole check; print one line; 0 if it passed, 1 if not."""
    logging.getLogger().setLevel(logging.WARNING)  # the one line says it all
    folder = Path(tempfile.mkdtemp(prefix="coati-selftest-"))
    _isolate(folder)
    started = time.monotonic()
    outcome: dict[str, Any] = {}
    try:
        outcome = _calculate_in_the_window(folder)
        problems = _problems(outcome["run_id"], outcome["hand_worked_id"])
    except Exception as exc:  # anything at all is a failed self-test, said in one line
        problems = [f"{type(exc).__name__}: {exc}"]
    seconds = time.monotonic() - started
    if problems:
        print(f"Self-test FAILED after {seconds:.1f} s: {'; '.join(problems)} (files in {folder})")
        return 1
    print(
        f"Self-test OK: {EMPLOYEES}/{EMPLOYEES} employees calculated in "
        f"{outcome['calculated_s']:.1f} s ({outcome['backend']}, {outcome['threads']} threads), "
        f"total neto {outcome['total_neto']}, totals match the rows, 25,000.00 a month -> "
        f"net 20,683.33; charts drawn; {EMPLOYEES} payslips in one PDF "
        f"({outcome['payslips_kb']:,.0f} KB); {seconds:.1f} s in all"
    )
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _charts_and_a_report(window: Any, run_id: str, wait: Any) -> float:
    """The queue monitor charts the run (pyqtgraph and numpy are there), and the queue makes
    every payslip in one PDF (fpdf2 and the fonts are there): its size in KB."""
    from coati_desk.jobs.names import GENERATE_REPORT
    from coati_desk.payroll import reports

    window.tabs.setCurrentWidget(window.cola_page)
    window.cola_page.tabs.setCurrentIndex(2)
    chart = window.cola_page.throughput_chart

    def charted() -> bool:
        if chart.unavailable:
            raise RuntimeError(f"the queue monitor's charts: {chart.unavailable}")
        return sum(n for _, n in chart.series()["completed"]) >= EMPLOYEES

    wait(charted, "the queue monitor charting the run")
    driver = window.runtime.driver
    task_id = driver.enqueue(GENERATE_REPORT, nomina_id=run_id, tipo="colillas_pdf", combinado=True)
    wait(lambda: driver.get_task_result(task_id)["status"] == "completed", "the payslips PDF")
    files = reports.report_files(task_id)
    if len(files) != 1 or not files[0][1].startswith(b"%PDF"):
        raise RuntimeError(f"the payslips task stored {len(files)} file(s), not one PDF")
    return len(files[0][1]) / 1024


def _calculate_in_the_window(folder: Path) -> dict[str, Any]:
    from coati_desk.gui.app import make_app
    from coati_desk.gui.background import wait_for_background
    from coati_desk.gui.main_window import MainWindow
    from coati_desk.gui.settings import AppSettings
    from coati_desk.payroll import queries, services

    planilla_id, hand_worked_id = _prepare()
    app = make_app(["coati-desk"])
    settings = AppSettings(folder / "config" / "coati-desk.ini")
    prefs = settings.load()
    prefs.worker_threads, prefs.refresh_seconds = 4, 1
    settings.save(prefs)
    window = MainWindow(settings)
    window.show()

    def wait(condition: Any, what: str) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} did not happen within {TIMEOUT_S} s")
            app.processEvents()
            time.sleep(0.01)

    try:
        wait(lambda: window.runtime.workers_running, "the queue and its workers starting")
        started = time.monotonic()
        window.planillas_page.calculate(planilla_id, *PERIOD)
        runs: list[dict[str, Any]] = []

        def settled() -> bool:
            runs[:] = queries.list_runs(planilla_id)
            return bool(runs) and runs[0]["estado"] != "calculando"

        wait(settled, "the run finishing")
        calculated_s = time.monotonic() - started
        info = window.runtime.describe()
        run_id = runs[0]["id"]
        payslips_kb = _charts_and_a_report(window, run_id, wait)
        return {
            "payslips_kb": payslips_kb,
            "run_id": run_id,
            "hand_worked_id": hand_worked_id,
            "calculated_s": calculated_s,
            "backend": info["backend"],
            "threads": info["threads"],
            "total_neto": f"{Decimal(str(services.run_summary(run_id)['total_neto'])):,.2f}",
        }
    finally:
        window.close()
        wait_for_background()
