"""``coati-desk``: the window by default, and commands for the terminal.

coati-desk  (o coati-desk gui)                abre la ventana
coati-desk --self-test                       comprueba la instalación (200 empleados)
coati-desk demo --employees 200              crea una planilla de demostración
coati-desk import-employees ARCHIVO.csv [--planilla ID]   importa empleados
coati-desk run --planilla ID --from 2026-11-01 --to 2026-11-30 [--aprobar]
coati-desk aguinaldo --planilla ID --year 2026 [--aprobar]   el aguinaldo (décimo tercer mes)
coati-desk import-novedades --planilla ID --from D --to H ARCHIVO.csv   novedades del periodo
coati-desk approve --run ID / pay --run ID / reopen --run ID --motivo TEXTO
coati-desk export --run ID ARCHIVO.csv       exporta una nómina a CSV
coati-desk report --run ID --kind colillas --out CARPETA   informes de una nómina (PDF, XLSX)
coati-desk report --run ID --kind inss|ir|banco --out CARPETA   declaraciones y transferencias
coati-desk report --planilla ID --year 2026 --kind constancias --out CARPETA   constancias de IR
coati-desk stats                             estadísticas de la cola (JSON)
coati-desk liquidacion --planilla ID --codigo C --baja D --motivo M [--out CARPETA] [--registrar]
coati-desk vacaciones [--fecha D] [--csv ARCHIVO]   saldos de vacaciones
coati-desk worker                            workers externos para el backend elegido

Here: the parser, ``main``, and the window and self-test commands. The other commands live in
``coati_desk.commands``, one module per concept (the office month, data in and out, the queue);
they are thin: what they share with the window lives in ``coati_desk.jobs``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from coati_desk import __version__
from coati_desk.commands.data import cmd_demo, cmd_export, cmd_import, cmd_report
from coati_desk.commands.exits import cmd_liquidacion, cmd_vacaciones
from coati_desk.commands.mail import cmd_email_payslips, cmd_mail_settings
from coati_desk.commands.office import (
    cmd_aguinaldo,
    cmd_approve,
    cmd_import_novedades,
    cmd_pay,
    cmd_reopen,
    cmd_run,
)
from coati_desk.commands.workers import cmd_stats, cmd_window_workers, cmd_worker

log = logging.getLogger("coati_desk")


# -- commands (the rest: coati_desk.commands) --------------------------------------------------
def cmd_gui(args: argparse.Namespace) -> int:
    from coati_desk.gui.app import run_app

    return run_app(sys.argv[:1], worker_threads=args.threads)


def cmd_self_test(args: argparse.Namespace) -> int:
    from coati_desk.selftest import run_self_test

    return run_self_test()


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
        "--year",
        action="store_true",
        help="con un año detrás: las nóminas mensuales de los diez meses cerrados aprobadas y "
        "pagadas, vacaciones tomadas y una baja; el mes pasado queda por calcular",
    )
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

    aguinaldo = sub.add_parser(
        "aguinaldo",
        help="calcular el aguinaldo (décimo tercer mes) de un año, con barra de progreso",
        description="Crea (o reanuda) la nómina de aguinaldo de la planilla para el año: "
        "acumulado del 1 de diciembre del año anterior al 30 de noviembre, sin INSS, IR ni "
        "aportes patronales. Una tarea por empleado activo, como `run`; muestra el avance e "
        "imprime los totales. Sale con 0 si todos los empleados se calcularon, 1 si alguno "
        "falló, 2 si la entrada es inválida.",
    )
    aguinaldo.add_argument("--planilla", required=True, help="id de la planilla")
    aguinaldo.add_argument(
        "--year", type=int, required=True, help="año del aguinaldo (se paga en diciembre), AAAA"
    )
    usuario_option(aguinaldo, "quién calcula (queda en la nómina)")
    aguinaldo.add_argument(
        "--aprobar",
        action="store_true",
        help="aprobarla al terminar si todos los empleados se calcularon sin error",
    )
    backend_option(aguinaldo)
    workers_options(aguinaldo)
    aguinaldo.set_defaults(func=cmd_aguinaldo)

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
        description="Columnas: codigo, nombres, apellidos, salario_mensual, fecha_ingreso; "
        "opcionales: identificacion, fecha_baja, inss_numero, cargo, banco, cuenta_bancaria, "
        "forma_pago (transferencia, efectivo, cheque), salario_vigente_desde (un cambio de "
        "salario desde esa fecha) y los acumulados iniciales ytd_anio, ytd_periodos, "
        "ytd_bruto, ytd_inss, ytd_ir (los cinco o ninguno). UTF-8, separadas por coma o punto "
        "y coma. Si una línea tiene errores no se importa nada.",
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
    report.add_argument("--run", help="id de la nómina (lo imprime `run`)")
    report.add_argument(
        "--kind",
        required=True,
        choices=("resumen", "colillas", "xlsx", "inss", "ir", "banco", "constancias"),
        help="resumen (PDF), colillas de pago (PDF) o xlsx; de una nómina aprobada o pagada: "
        "inss (reporte INSS e INATEC), ir (retenciones para la DGI), banco (transferencias); "
        "constancias: de IR del año por empleado (con --planilla y --year)",
    )
    report.add_argument("--planilla", help="constancias: id de la planilla")
    report.add_argument("--year", metavar="AÑO", help="constancias: el año (2026)")
    report.add_argument(
        "--combined",
        action="store_true",
        help="colillas, constancias: un solo PDF con todas (si no, un PDF por empleado)",
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
    sub.add_parser(
        "window-workers",
        help="(lo inicia la ventana) los hilos de trabajo de la ventana, en un proceso aparte",
    ).set_defaults(func=cmd_window_workers)

    email = sub.add_parser(
        "email-payslips",
        help="enviar por correo la colilla de cada empleado de una nómina aprobada",
        description="Una tarea por empleado en la cola: hace su colilla (PDF) y la envía a su "
        "correo con el servidor y el mensaje de Configuración. Sin opciones, a quienes aún no se "
        "les envió; --failed reintenta las fallidas; --again la envía de nuevo aunque ya se "
        "haya enviado. Los errores pasajeros del servidor se reintentan; los definitivos (sin "
        "correo, buzón inexistente) dejan ese empleado fallido con la razón. Sale con 0 si "
        "todas se enviaron, 1 si alguna falló, 2 si la entrada es inválida.",
    )
    email.add_argument("--run", required=True, help="id de la nómina (aprobada o pagada)")
    email.add_argument("--only", help="solo estos códigos de empleado, separados por comas")
    email.add_argument("--failed", action="store_true", help="solo las que fallaron (reintentar)")
    email.add_argument(
        "--again", action="store_true", help="de nuevo, también las ya enviadas o fallidas"
    )
    usuario_option(email, "quién envía (queda en cada envío)")
    backend_option(email)
    workers_options(email)
    email.set_defaults(func=cmd_email_payslips)
    mail_settings = sub.add_parser(
        "mail-settings",
        help="ver o cambiar el servidor de correo y el mensaje de las colillas",
        description="Sin opciones, muestra la configuración (sale con 1 si falta el servidor o "
        "el remitente). Con opciones, cambia solo esas. La contraseña no se da aquí: la guarda "
        "la ventana en el llavero, o un worker la toma de COATI_SMTP_PASSWORD.",
    )
    mail_settings.add_argument("--server", help="servidor SMTP")
    mail_settings.add_argument("--port", type=int, help="puerto (587, 465, 25)")
    mail_settings.add_argument("--security", choices=("starttls", "tls", "none"))
    mail_settings.add_argument("--user", help="usuario del servidor")
    mail_settings.add_argument("--sender-name", help="nombre del remitente")
    mail_settings.add_argument("--sender", help="correo del remitente")
    mail_settings.add_argument("--subject", help="asunto: {nombre} {codigo} {periodo} {empresa}")
    mail_settings.add_argument("--body", help="mensaje, con los mismos campos")
    mail_settings.set_defaults(func=cmd_mail_settings)

    liquidacion = sub.add_parser(
        "liquidacion",
        help="liquidación final de un empleado que deja la empresa (vista previa o registrada)",
        description="Imprime cada parte (salario pendiente, vacaciones no descansadas, "
        "aguinaldo proporcional, indemnización del art. 45 si el motivo la da) con su INSS, IR "
        "y neto, y los totales. Sin --registrar es una vista previa: no cambia nada. Con "
        "--registrar se registra la baja y la liquidación se calcula en la cola como una nómina "
        "propia (tipo liquidación, un empleado), que se aprueba y se paga como las otras; imprime "
        "su id. Sale con 2 si la entrada es inválida.",
    )
    liquidacion.add_argument("--planilla", required=True, help="id de la planilla")
    liquidacion.add_argument("--codigo", required=True, help="código del empleado")
    liquidacion.add_argument("--baja", required=True, help="fecha de baja, AAAA-MM-DD")
    liquidacion.add_argument(
        "--motivo",
        required=True,
        choices=("despido", "renuncia", "justificado"),
        help="despido (sin causa justa), renuncia o justificado (despido con causa justa)",
    )
    liquidacion.add_argument(
        "--out", metavar="CARPETA", help="escribir aquí el PDF para firmar (nunca reemplaza)"
    )
    liquidacion.add_argument(
        "--registrar",
        action="store_true",
        help="registrar la baja (fecha y motivo) y calcular la liquidación en la cola; si no, "
        "solo vista previa",
    )
    liquidacion.add_argument(
        "--aprobar", action="store_true", help="con --registrar: aprobarla si se calculó"
    )
    backend_option(liquidacion)
    workers_options(liquidacion)
    usuario_option(liquidacion, "quien registra la baja")
    liquidacion.set_defaults(func=cmd_liquidacion)

    vacaciones = sub.add_parser(
        "vacaciones",
        help="saldo de vacaciones de cada empleado activo (acumulados, tomados, saldo, valor)",
    )
    vacaciones.add_argument("--fecha", help="saldo a esta fecha, AAAA-MM-DD (hoy)")
    vacaciones.add_argument("--csv", metavar="ARCHIVO.csv", help="escribirlo en un CSV")
    vacaciones.set_defaults(func=cmd_vacaciones)
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
