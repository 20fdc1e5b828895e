"""``coati-desk``: the window by default, and commands for the terminal.

coati-desk  (o coati-desk gui)                abre la ventana
coati-desk --self-test                       comprueba la instalación (200 empleados)
coati-desk demo --employees 200              crea una planilla de demostración
coati-desk import ARCHIVO.csv [--planilla ID]   importa empleados
coati-desk run --planilla ID --from 2026-11-01 --to 2026-11-30 [--aprobar]
coati-desk import-novedades --planilla ID --from D --to H ARCHIVO.csv   novedades del periodo
coati-desk approve --run ID / pay --run ID / reopen --run ID --motivo TEXTO
coati-desk export --run ID ARCHIVO.csv       exporta una nómina a CSV
coati-desk report --run ID --kind colillas --out CARPETA   informes de una nómina (PDF, XLSX)
coati-desk stats                             estadísticas de la cola (JSON)
coati-desk worker                            workers externos para el backend elegido

The commands are thin: what they share with the window (start a run, the database check of a
queue) lives in ``coati_desk.jobs``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import time
from typing import Any

from coati_desk import __version__

log = logging.getLogger("coati_desk")


def _driver(backend: str | None) -> Any:
    from coati_desk.queue import get_queue_driver

    return get_queue_driver(force_backend=None if backend in (None, "auto") else backend)


# -- commands ----------------------------------------------------------------------------------
def cmd_gui(args: argparse.Namespace) -> int:
    from coati_desk.gui.app import run_app

    return run_app(sys.argv[:1], worker_threads=args.threads)


def cmd_self_test(args: argparse.Namespace) -> int:
    from coati_desk.selftest import run_self_test

    return run_self_test()


def cmd_stats(args: argparse.Namespace) -> int:
    stats: dict[str, Any] = _driver(args.backend).get_stats()
    print(json.dumps(stats, indent=2, default=str))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from coati_desk.payroll.demo import create_demo_planilla

    planilla_id = create_demo_planilla(
        args.employees, args.periodicidad, seed=args.seed, office_month=True
    )
    log.info("Planilla de demostración con %d empleados: %s", args.employees, planilla_id)
    print(planilla_id)
    return 0


def _progress(done: int, total: int, started: float, out: Any) -> None:
    elapsed = max(time.monotonic() - started, 1e-6)
    rate = done / elapsed
    eta = (total - done) / rate if rate > 0 else 0
    width = 30
    filled = int(width * done / total) if total else width
    bar = "█" * filled + "░" * (width - filled)
    pct = done / total * 100 if total else 100
    out.write(
        f"\r[{bar}] {done}/{total} {pct:5.1f}%  {rate:6.1f}/s  ETA {int(eta) // 60}:"
        f"{int(eta) % 60:02d} "
    )
    out.flush()


def _wait_for_run(queue: Any, run_id: str, started: float, task_id: str | None = None) -> Any:
    """Show the run's progress until no employee of it is left calculating; its summary, or
    None when the fan-out task ``task_id`` failed (the error is printed)."""
    from coati_desk.payroll import services
    from coati_desk.payroll.models import EstadoNomina

    summary = services.run_summary(run_id)
    out, last_line = sys.stderr, 0.0
    while summary.estado == EstadoNomina.CALCULANDO:
        if task_id is not None:
            fan_out = queue.get_task_result(task_id)
            if fan_out["status"] == "completed" and not fan_out["result"]["success"]:
                print(f"\nerror: {fan_out['result']['error']}", file=sys.stderr)
                return None
        if out.isatty() or time.monotonic() - last_line > 2:
            _progress(summary.settled, summary.total_empleados, started, out)
            if not out.isatty():
                out.write("\n")
            last_line = time.monotonic()
        time.sleep(0.25)
        summary = services.run_summary(run_id)
    _progress(summary.total_empleados, summary.total_empleados, started, out)
    out.write("\n")
    return summary


def _print_totals(summary: Any, elapsed: float) -> None:
    print(
        f"Estado: {summary.estado} en {elapsed:.1f} s\n"
        f"Empleados: {summary.total_empleados}  completados: {summary.completados}  "
        f"fallidos: {summary.fallidos}  cancelados: {summary.cancelados}\n"
        f"Total bruto: {summary.total_bruto}\n"
        f"Total deducciones: {summary.total_deducciones}\n"
        f"Total neto: {summary.total_neto}\n"
        f"Aportes patronales: {summary.total_aportes}"
    )


def cmd_run(args: argparse.Namespace) -> int:
    from coati_desk.jobs.identity import claim_database
    from coati_desk.jobs.runs import start_payroll
    from coati_desk.payroll import services
    from coati_desk.queue import start_workers

    queue = _driver(args.backend)
    mismatch = claim_database(queue)  # before the run is written: its workers must see it
    if mismatch is not None:
        log.error("%s", mismatch)
        return 2
    workers = None if args.no_workers else start_workers(args.workers, queue)
    started = time.monotonic()
    try:
        try:
            run_id, task_id = start_payroll(
                queue, args.planilla, args.desde, args.hasta, args.usuario
            )
        except services.PayrollInputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"Nómina {run_id} ({queue.backend})", flush=True)
        summary = _wait_for_run(queue, run_id, started, task_id)
        if summary is None:
            return 2
    finally:
        if workers is not None:
            workers.stop(timeout=60)
    _print_totals(summary, time.monotonic() - started)
    if args.aprobar:
        return _approve_after_run(run_id, summary, args.usuario)
    return 1 if summary.fallidos else 0


def _approve_after_run(run_id: str, summary: Any, usuario: str) -> int:
    """``run --aprobar``: approve the run if every employee was calculated; else say why."""
    from coati_desk.payroll.approval import approve_run
    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.models import EstadoNomina

    if summary.estado != EstadoNomina.CALCULADA or summary.fallidos:
        print(
            f"error: no se aprueba la nómina {run_id}: quedó «{summary.estado}» "
            f"({summary.fallidos} fallidos, {summary.cancelados} cancelados); "
            "corrija y recalcule, luego `coati-desk approve`",
            file=sys.stderr,
        )
        return 1
    try:
        approve_run(run_id, usuario)
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Nómina {run_id} aprobada por {usuario}")
    return 0


def cmd_import_novedades(args: argparse.Namespace) -> int:
    """The period's inputs from a CSV (all or nothing); the run's affected employees are then
    calculated again through the queue, if the period's run exists."""
    from pathlib import Path

    from coati_desk.jobs.identity import claim_database
    from coati_desk.jobs.runs import apply_inputs
    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.novedades import import_inputs_csv
    from coati_desk.queue import start_workers

    path = Path(args.file)
    try:
        result = import_inputs_csv(args.planilla, args.desde, args.hasta, path, args.usuario)
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if result.errors:
        print(
            f"error: no se guardó ninguna novedad; {len(result.errors)} problema(s):",
            file=sys.stderr,
        )
        for problem in result.errors:
            print(f"  {problem}", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"aviso: {warning}", file=sys.stderr)
    print(f"{result.saved} novedad(es) guardada(s) para {len(result.empleados)} empleado(s)")
    if result.run_id is None:
        print("La nómina del periodo aún no existe: se calcularán con `coati-desk run`")
        return 0
    queue = _driver(args.backend)
    mismatch = claim_database(queue)
    if mismatch is not None:
        log.error("%s", mismatch)
        return 2
    try:
        sent = apply_inputs(queue, result.run_id, result.empleados)
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.no_workers:
        print(f"Nómina {result.run_id}: {sent} empleado(s) en cola para recalcular")
        return 0
    print(f"Nómina {result.run_id}: recalculando {sent} empleado(s)", flush=True)
    workers = start_workers(args.workers, queue)
    started = time.monotonic()
    try:
        summary = _wait_for_run(queue, result.run_id, started)
    finally:
        workers.stop(timeout=60)
    _print_totals(summary, time.monotonic() - started)
    return 1 if summary.fallidos else 0


def _run_step(args: argparse.Namespace, step: str) -> int:
    from coati_desk.payroll import approval
    from coati_desk.payroll.errors import PayrollInputError

    try:
        if step == "approve":
            approval.approve_run(args.run, args.usuario)
            done = "aprobada"
        elif step == "pay":
            approval.pay_run(args.run, args.usuario)
            done = "pagada"
        else:
            approval.reopen_run(args.run, args.usuario, args.motivo)
            done = "reabierta"
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Nómina {args.run} {done} por {args.usuario}")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    return _run_step(args, "approve")


def cmd_pay(args: argparse.Namespace) -> int:
    return _run_step(args, "pay")


def cmd_reopen(args: argparse.Namespace) -> int:
    return _run_step(args, "reopen")


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from coati_desk.payroll.employees import import_employees_csv

    path = Path(args.file)
    try:
        result = import_employees_csv(path, args.planilla, planilla_nombre=path.stem)
    except OSError as exc:
        print(f"error: {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if result.errors:
        print(f"error: nothing imported; {len(result.errors)} problem(s):", file=sys.stderr)
        for problem in result.errors:
            print(f"  {problem}", file=sys.stderr)
        return 1
    log.info("Importados: %d nuevos, %d actualizados", result.created, result.updated)
    print(result.planilla_id)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.reports import export_run_csv

    try:
        count = export_run_csv(args.run, Path(args.file))
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    log.info("%d empleados exportados a %s", count, args.file)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Make a report of a run here (no queue) and write its files into a folder."""
    from pathlib import Path

    from coati_desk.payroll import reports
    from coati_desk.payroll.errors import PayrollInputError

    out, started = sys.stderr, time.monotonic()

    def progress(done: int, total: int) -> None:
        if out.isatty():
            _progress(done, total, started, out)

    kind = reports.SHORT_KINDS[args.kind]
    try:
        files = reports.build(kind, args.run, args.combined, progress)
        if out.isatty():
            out.write("\n")
        paths = reports.write_files(files, Path(args.out))
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for path in paths:
        print(path)
    size = sum(path.stat().st_size for path in paths)
    log.info(
        "%d archivo(s), %.1f MB, en %.1f s", len(paths), size / 1e6, time.monotonic() - started
    )
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """Replace this process with the consumer of the backend the environment selects."""
    from coati_desk.jobs.identity import claim_database

    queue = _driver(args.backend)
    if queue.backend == "inline":
        print(
            "error: QUEUE_ENABLED=0: tasks run inline, there is nothing to consume", file=sys.stderr
        )
        return 2
    if queue.backend == "dramatiq":
        mismatch = claim_database(queue)  # every process on this Redis: one payroll database
        if mismatch is not None:
            log.error("%s", mismatch)
            return 2
        command = [
            sys.executable,
            "-m",
            "dramatiq",
            "coati_desk.queue.tasks",
            "--threads",
            str(args.worker_threads),
            "--processes",
            str(args.processes),
            "--queues",
            "default",
            "priority",
        ]
    else:
        consumer = shutil.which("huey_consumer") or "huey_consumer"
        command = [
            consumer,
            "coati_desk.queue.drivers.huey_driver.huey",
            "--workers",
            str(args.worker_threads),
        ]
        if args.processes > 1:
            command += ["--worker-type", "process", "--workers", str(args.processes)]
    log.info("Starting: %s", " ".join(command))
    sys.stdout.flush()
    if getattr(sys, "frozen", False):  # the built app: no python or huey_consumer beside it
        return _consume_here(command)
    os.execv(command[0], command)
    return 0  # not reached


def _consume_here(command: list[str]) -> int:
    """Run the consumer ``command`` names inside this process (Dramatiq's worker processes
    are this executable again, through multiprocessing)."""
    if command[1:3] == ["-m", "dramatiq"]:
        from dramatiq.cli import main as dramatiq_main
        from dramatiq.cli import make_argument_parser

        return int(dramatiq_main(make_argument_parser().parse_args(command[3:])) or 0)
    from huey.bin.huey_consumer import consumer_main

    sys.argv = ["huey_consumer", *command[1:]]
    consumer_main()
    return 0


# -- arguments ---------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coati-desk",
        description="Coati Desk: planillas calculadas en segundo plano, una tarea por empleado. "
        "Sin subcomando abre la ventana.",
    )
    parser.add_argument("--version", action="version", version=f"coati-desk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="mostrar líneas de depuración")
    parser.add_argument(
        "--threads", type=int, default=None, help="hilos de trabajo en la ventana (0: ninguno)"
    )
    parser.add_argument(
        "--self-test",
        action="store_const",
        const=cmd_self_test,
        dest="func",
        help="comprobar la instalación: 200 empleados de demostración calculados sin ventana "
        "visible, en una carpeta temporal; una línea de resultado, sale con 0 si todo cuadra",
    )
    parser.set_defaults(func=cmd_gui, backend=None)
    sub = parser.add_subparsers(dest="command", metavar="COMANDO")

    def backend_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--backend",
            choices=("auto", "huey", "dramatiq"),
            default="auto",
            help="cola a usar (auto: Dramatiq si REDIS_URL responde, si no Huey)",
        )

    def usuario_option(p: argparse.ArgumentParser, text: str) -> None:
        p.add_argument(
            "--usuario",
            default=os.environ.get("USER", "coati-desk"),
            help=f"{text} (predeterminado: el usuario del sistema)",
        )

    def workers_options(p: argparse.ArgumentParser) -> None:
        workers = p.add_mutually_exclusive_group()
        workers.add_argument(
            "--workers", type=int, default=4, help="hilos de trabajo en este proceso (4)"
        )
        workers.add_argument(
            "--no-workers",
            action="store_true",
            help="no calcular aquí: lo hacen workers externos",
        )

    sub.add_parser("gui", help="abrir la ventana (lo predeterminado)").set_defaults(func=cmd_gui)

    stats = sub.add_parser("stats", aliases=["info"], help="estadísticas de la cola, en JSON")
    backend_option(stats)
    stats.set_defaults(func=cmd_stats)

    demo = sub.add_parser(
        "demo",
        help="crear una planilla de demostración; imprime su id",
        description="Empleados plausibles de «Distribuidora El Coatí, S.A.» (cargo, número "
        "INSS, banco), algunos con préstamo y, en una planilla mensual, novedades del mes "
        "actual: horas extra, ausencias, comisiones y bonos.",
    )
    demo.add_argument("--employees", type=int, default=200, help="cuántos empleados (200)")
    demo.add_argument(
        "--periodicidad",
        choices=("mensual", "quincenal", "semanal"),
        default="mensual",
        help="periodicidad de la planilla (mensual)",
    )
    demo.add_argument("--seed", type=int, help="semilla, para repetir los mismos datos")
    demo.set_defaults(func=cmd_demo)

    run = sub.add_parser(
        "run",
        help="calcular una nómina con barra de progreso; sale con 1 si algún empleado falló",
        description="Crea (o reanuda) la nómina de la planilla para el periodo, encola una tarea "
        "por empleado activo, muestra el avance e imprime los totales. Sale con 0 si todos "
        "los empleados se calcularon, 1 si alguno falló, 2 si la entrada es inválida.",
    )
    run.add_argument("--planilla", required=True, help="id de la planilla")
    run.add_argument("--from", dest="desde", required=True, help="inicio del periodo, AAAA-MM-DD")
    run.add_argument("--to", dest="hasta", required=True, help="fin del periodo, AAAA-MM-DD")
    usuario_option(run, "quién calcula (queda en la nómina)")
    run.add_argument(
        "--aprobar",
        action="store_true",
        help="aprobar la nómina al terminar si todos los empleados se calcularon sin error "
        "(si no, dice por qué y sale con 1)",
    )
    backend_option(run)
    workers_options(run)
    run.set_defaults(func=cmd_run)

    novedades = sub.add_parser(
        "import-novedades",
        help="importar las novedades del periodo (horas extra, ausencias, comisiones...) de un CSV",
        description="Columnas: codigo, tipo, cantidad, monto, descripcion y, opcional, fecha "
        "(UTF-8, separadas por coma o punto y coma). tipo: horas_extra (cantidad: horas), "
        "ausencia (cantidad: días), comision, bono, deduccion (monto). Reemplaza las novedades "
        "del periodo de los empleados que nombra. Si una línea tiene errores no se guarda nada "
        "y sale con 1. Si la nómina del periodo existe, recalcula los empleados afectados. "
        "Sale con 2 si la planilla no existe o la nómina está aprobada o pagada.",
    )
    novedades.add_argument("file", metavar="ARCHIVO.csv")
    novedades.add_argument("--planilla", required=True, help="id de la planilla")
    novedades.add_argument(
        "--from", dest="desde", required=True, help="inicio del periodo, AAAA-MM-DD"
    )
    novedades.add_argument("--to", dest="hasta", required=True, help="fin del periodo, AAAA-MM-DD")
    usuario_option(novedades, "quién registra las novedades")
    backend_option(novedades)
    workers_options(novedades)
    novedades.set_defaults(func=cmd_import_novedades)

    approve = sub.add_parser(
        "approve",
        help="aprobar una nómina calculada sin errores (queda bloqueada)",
        description="Una nómina aprobada no cambia: ni recálculo ni novedades, hasta reabrirla.",
    )
    approve.add_argument("--run", required=True, help="id de la nómina")
    usuario_option(approve, "quién aprueba")
    approve.set_defaults(func=cmd_approve)

    pay = sub.add_parser("pay", help="marcar como pagada una nómina aprobada")
    pay.add_argument("--run", required=True, help="id de la nómina")
    usuario_option(pay, "quién paga")
    pay.set_defaults(func=cmd_pay)

    reopen = sub.add_parser(
        "reopen", help="reabrir una nómina aprobada (vuelve a «calculada»), con un motivo"
    )
    reopen.add_argument("--run", required=True, help="id de la nómina")
    reopen.add_argument("--motivo", required=True, help="por qué se reabre (queda registrado)")
    usuario_option(reopen, "quién reabre")
    reopen.set_defaults(func=cmd_reopen)

    imp = sub.add_parser(
        "import-employees",
        help="importar empleados de un CSV; imprime el id de la planilla",
        description="Columnas: codigo, nombres, apellidos, identificacion, salario_mensual, "
        "fecha_ingreso, fecha_baja (UTF-8, separadas por coma o punto y coma). Si una línea "
        "tiene errores no se importa nada.",
    )
    imp.add_argument("file", metavar="ARCHIVO.csv")
    imp.add_argument("--planilla", help="agregar a esta planilla (si no, se crea una nueva)")
    imp.set_defaults(func=cmd_import)

    export = sub.add_parser("export", help="exportar una nómina a CSV, un empleado por línea")
    export.add_argument("--run", required=True, help="id de la nómina (lo imprime `run`)")
    export.add_argument("file", metavar="ARCHIVO.csv")
    export.set_defaults(func=cmd_export)

    report = sub.add_parser(
        "report",
        help="informes de una nómina: resumen PDF, colillas de pago PDF o XLSX",
        description="Genera aquí (sin cola) el informe de una nómina terminada y escribe sus "
        "archivos en la carpeta (creada si falta; nunca reemplaza un archivo: agrega «(2)»). "
        "Imprime la ruta de cada archivo. Sale con 2 si la nómina no existe o no ha terminado.",
    )
    report.add_argument("--run", required=True, help="id de la nómina (lo imprime `run`)")
    report.add_argument(
        "--kind",
        required=True,
        choices=("resumen", "colillas", "xlsx"),
        help="resumen (PDF), colillas de pago (PDF) o xlsx",
    )
    report.add_argument(
        "--combined",
        action="store_true",
        help="colillas: un solo PDF con todas (si no, un PDF por empleado)",
    )
    report.add_argument("--out", required=True, metavar="CARPETA", help="carpeta de destino")
    report.set_defaults(func=cmd_report)

    worker = sub.add_parser(
        "worker",
        help="iniciar workers externos (dramatiq o huey_consumer, según el backend)",
        description="Reemplaza este proceso por `dramatiq coati_desk.queue.tasks` o por "
        "`huey_consumer coati_desk.queue.drivers.huey_driver.huey`, según la cola elegida.",
    )
    backend_option(worker)
    worker.add_argument(
        "--threads", dest="worker_threads", type=int, default=8, help="hilos por proceso (8)"
    )
    worker.add_argument("--processes", type=int, default=2, help="procesos (2)")
    worker.set_defaults(func=cmd_worker)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    minimums = {"threads": 0, "workers": 1, "employees": 1, "processes": 1, "worker_threads": 1}
    for name, minimum in minimums.items():
        value = getattr(args, name, None)
        if value is not None and value < minimum:
            option = "--threads" if name == "worker_threads" else f"--{name}"
            parser.error(f"{option} must be {minimum} or more")
    from coati_desk.logs import install_crash_hooks, setup_logging

    setup_logging(args.verbose)
    if args.func is not cmd_gui:  # the window installs its own, which also shows the error
        install_crash_hooks()
    try:
        return int(args.func(args))
    except Exception as exc:
        reason = _unreachable(exc)
        if reason is None:
            raise  # a bug: the crash hook writes a report
        log.error("%s", reason)
        return 2


def _unreachable(exc: Exception) -> str | None:
    """A readable line for a queue or database that cannot be used; None for anything else."""
    import redis
    from sqlalchemy.exc import OperationalError

    from coati_desk.queue import QueueError

    if isinstance(exc, redis.RedisError):
        return f"Redis cannot be used: {exc}"
    if isinstance(exc, QueueError):
        return str(exc)
    if isinstance(exc, OperationalError):
        return f"The payroll database cannot be used: {exc.orig}"
    return None


if __name__ == "__main__":
    sys.exit(main())
