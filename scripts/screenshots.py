"""Screenshots of every page and of the main dialogs, offscreen, with demo data.

    python scripts/screenshots.py [--out screenshots] [--language es|en] [--employees 60]

Uses a temporary database, queue folder and settings, so it never touches yours.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--language", choices=("es", "en"), default="es")
    parser.add_argument("--employees", type=int, default=60)
    parser.add_argument(
        "--size", help="the window's size, e.g. 1280x800 (default: its own, fitted to the screen)"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="coati-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["COATI_QUEUE_PATH"] = str(tmp / "queue")
    os.environ["COATI_DATABASE_URL"] = f"sqlite:///{tmp / 'coati.sqlite3'}"
    os.environ.pop("REDIS_URL", None)

    from PySide6.QtCore import QTimer
    from sqlalchemy import delete, select

    from coati_desk.gui.app import install_language, make_app
    from coati_desk.gui.main_window import MainWindow
    from coati_desk.gui.settings import AppSettings
    from coati_desk.gui.settings_dialog import SettingsDialog
    from coati_desk.logs import setup_logging
    from coati_desk.payroll.approval import approve_run
    from coati_desk.payroll.db import session
    from coati_desk.payroll.demo_year import create_demo_year
    from coati_desk.payroll.models import ConceptoEmpleado, Empleado, Prestamo

    setup_logging()
    app = make_app([])
    settings = AppSettings(tmp / "coati-desk.ini")
    prefs = settings.load()
    prefs.language, prefs.refresh_seconds = args.language, 1
    settings.save(prefs)
    install_language(app, args.language)
    # January to October approved and paid, November's inputs entered: November to calculate.
    planilla_id = create_demo_year(args.employees, seed=4, today=date(2026, 12, 3))
    with session(write=True) as db:  # one employee with a bad perception, to show a failure
        first = db.query(Empleado).order_by(Empleado.codigo).first()
        assert first is not None
        first_id = first.id
        db.add(
            ConceptoEmpleado(
                empleado_id=first_id,
                codigo="VIATICO",
                descripcion="Viático",
                tipo="percepcion",
                valor=-500,
            )
        )
    window = MainWindow(settings)
    if args.size:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
    window.show()
    saved: list[Path] = []
    reports = window.nomina_page.reports_panel

    def register_exit() -> None:
        """*Registrar baja*, its confirmation answered yes."""
        from PySide6.QtWidgets import QMessageBox

        ask = QMessageBox.question
        QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
        try:
            window.empleados_page.baja_dialog.register()
        finally:
            QMessageBox.question = ask  # type: ignore[method-assign]

    def shot(name: str, widget=None) -> None:  # type: ignore[no-untyped-def]
        path = args.out / f"{args.language}-{name}.png"
        (widget or window).grab().save(str(path))
        saved.append(path)

    def fix_and_retry() -> None:
        with session(write=True) as db:
            db.execute(delete(ConceptoEmpleado).where(ConceptoEmpleado.empleado_id == first_id))
        window.nomina_page.retry_failed()

    def send_payslips() -> None:
        """*Enviar colillas por correo* to a local SMTP server, its question answered yes."""
        from PySide6.QtWidgets import QMessageBox

        from coati_desk import mail
        from coati_desk.payroll import payslip_mail
        from tests.smtp_server import smtp_server

        server_context = smtp_server()
        catcher, port = server_context.__enter__()
        app.aboutToQuit.connect(lambda: server_context.__exit__(None, None, None))
        with session() as db:
            third = db.scalars(select(Empleado.correo).order_by(Empleado.codigo)).all()[2]
        catcher.unknown.add(str(third))
        sender = "planillas@distribuidora-coati.example"
        payslip_mail.save_settings(
            payslip_mail.MailSettings(
                mail.MailServer("127.0.0.1", port, "none", "", "Planillas", sender)
            )
        )
        ask = QMessageBox.question
        QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
        try:
            window.nomina_page.mail_panel.send_button.click()
        finally:
            QMessageBox.question = ask  # type: ignore[method-assign]

    def select_borrower() -> None:
        """The first employee with a loan, so the page shows its balance and history."""
        with session() as db:
            code = db.scalar(
                select(Empleado.codigo)
                .join(Prestamo, Prestamo.empleado_id == Empleado.id)
                .order_by(Empleado.codigo)
            )
        table = window.empleados_page.table
        for row in range(table.model().rowCount()):
            if table.model().index(row, 0).data() == code:
                table.selectRow(row)

    steps = [
        (2500, lambda: shot("planillas")),
        (
            100,
            lambda: window.planillas_page.calculate(
                planilla_id, date(2026, 11, 1), date(2026, 11, 30)
            ),
        ),
        (6000, lambda: window.nomina_page.table.selectRow(0)),
        (100, lambda: reports.make_report("resumen_pdf")),
        (100, lambda: reports.make_report("colillas_pdf", combined=True)),
        (100, lambda: reports.make_report("xlsx")),
        (3500, lambda: reports.reports_view.selectRow(0)),
        (1500, lambda: shot("nomina")),
        (100, window.nomina_page.approval.open_inputs),
        (2000, lambda: shot("novedades", window.nomina_page.approval.inputs_dialog)),
        (100, lambda: window.nomina_page.approval.inputs_dialog.close()),
        (100, fix_and_retry),  # the office corrects the employee and retries
        (5000, lambda: approve_run(window.nomina_page.run_id, "maria")),
        (2500, lambda: shot("nomina-aprobada")),
        (100, send_payslips),  # to a local SMTP server: two have no address, one no mailbox
        (6000, lambda: shot("nomina-correo")),
        (100, window.nomina_page.show_timeline),
        (2500, lambda: shot("linea-de-tiempo", window.nomina_page.timeline_dialog)),
        (100, lambda: window.nomina_page.timeline_dialog.close()),
        (100, lambda: window.tabs.setCurrentWidget(window.cola_page)),
        (2500, lambda: shot("cola")),
        (100, lambda: window.cola_page.tabs.setCurrentIndex(1)),
        (2500, lambda: shot("cola-tareas")),
        (100, lambda: window.cola_page.tasks_view.selectRow(0)),
        (100, window.cola_page.show_detail),
        (1500, lambda: shot("tarea-detalle", window.cola_page.detail_dialog)),
        (100, lambda: window.cola_page.detail_dialog.close()),
        (100, lambda: window.cola_page.tabs.setCurrentIndex(2)),
        (6500, lambda: shot("cola-graficos")),
        (100, lambda: window.tabs.setCurrentWidget(window.empleados_page)),
        (2000, select_borrower),
        (2000, lambda: window.empleados_page.detail.loans_view.selectRow(0)),
        (1000, lambda: shot("empleados")),
        (100, window.open_empresa),
        (1500, lambda: shot("empresa", window.empresa_dialog)),
        (100, lambda: window.empresa_dialog.close()),
        (100, lambda: window.empleados_page.table.selectRow(2)),  # eight years of service
        (500, window.empleados_page.dar_de_baja),
        (500, lambda: window.empleados_page.baja_dialog.set_baja(date(2026, 12, 15))),
        (3000, lambda: shot("liquidacion", window.empleados_page.baja_dialog)),
        (100, register_exit),
        (4000, lambda: shot("liquidacion-registrada", window.empleados_page.baja_dialog)),
        (100, lambda: window.empleados_page.baja_dialog.run_button.click()),
        (2500, lambda: window.nomina_page.table.selectRow(0)),
        (1500, lambda: shot("nomina-liquidacion")),
        (100, lambda: window.planillas_page.calculate_aguinaldo(planilla_id, 2026)),
        (6000, lambda: shot("aguinaldo")),
        (100, lambda: window.tabs.setCurrentWidget(window.planillas_page)),
        (2000, lambda: shot("planillas-con-nomina")),
    ]

    def settings_shot() -> None:
        dialog = SettingsDialog(window, settings, prefs)
        dialog.show()
        QTimer.singleShot(500, lambda: shot("configuracion", dialog))
        QTimer.singleShot(700, lambda: dialog.tabs.setCurrentWidget(dialog.mail))
        QTimer.singleShot(1200, lambda: (shot("configuracion-correo", dialog), dialog.close()))

    steps += [(100, settings_shot), (2000, lambda: (window.close(), app.quit()))]
    delay = 0
    for wait, action in steps:
        delay += wait
        QTimer.singleShot(delay, action)
    app.exec()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
