"""The Nómina page's reports: summary PDF, payslips and XLSX of the shown run, made by the queue
like any task; the panel lists them with their progress and opens their files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QMenu, QMessageBox, QPushButton

from coati_desk.config import reports_dir
from coati_desk.gui.errors import show_error
from coati_desk.gui.labels import show_status, tr
from coati_desk.gui.table_model import Column
from coati_desk.payroll import reports

if TYPE_CHECKING:
    from coati_desk.gui.pages.nomina import NominaPage


def report_label(value: Any) -> str:
    labels = {
        "resumen_pdf": tr("Resumen (PDF)"),
        "colillas_pdf": tr("Colillas de pago (PDF)"),
        "xlsx": tr("Nómina (XLSX)"),
        "inss": tr("Reporte INSS e INATEC"),
        "ir": tr("Retenciones de IR (DGI)"),
        "banco": tr("Archivo de pago al banco"),
    }
    return labels.get(str(value), str(value or ""))


def _local_minute(ts: float | None) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else ""


def _progress(value: Any) -> str:
    return f"{value['done']:,} / {value['total']:,}" if value else ""


class ReportsPanel(QGroupBox):
    """Reports of the page's run: ask (the buttons, laid out by the page), watch, open."""

    def __init__(self, page: NominaPage) -> None:
        super().__init__(tr("Informes"))
        self.page = page
        # asked in this session, by run: run id -> (task id -> kind)
        self._report_tasks: dict[str, dict[str, str]] = {}
        self._opened: dict[str, list[Path]] = {}  # exported in this session
        self.summary_pdf_button = QPushButton(tr("Resumen PDF"))
        self.payslips_button = QPushButton(tr("Colillas de pago PDF…"))
        self.xlsx_button = QPushButton(tr("Exportar XLSX"))
        self.open_report_button = QPushButton(tr("Abrir informe"))
        # The month's filings and the bank file, of an approved or paid run.
        self.filings_button = QPushButton(tr("Declaraciones…"))
        filings = QMenu(self.filings_button)
        for kind in ("inss", "ir", "banco"):
            action = filings.addAction(report_label(kind))
            action.triggered.connect(lambda _=False, k=kind: self.make_report(k))
        self.filings_button.setMenu(filings)
        self.filings_button.setToolTip(tr("Se hacen de una nómina aprobada o pagada"))
        # (these ask for a report; the page puts them with its other actions)
        self.request_buttons = (
            self.summary_pdf_button,
            self.payslips_button,
            self.xlsx_button,
            self.filings_button,
        )
        self.summary_pdf_button.clicked.connect(lambda: self.make_report("resumen_pdf"))
        self.payslips_button.clicked.connect(self.ask_payslips)
        self.xlsx_button.clicked.connect(lambda: self.make_report("xlsx"))
        self.open_report_button.clicked.connect(lambda: self.open_report())
        self.reports_view, self.reports, _ = page.make_table(
            [
                Column("tipo", tr("Informe"), report_label),
                Column("estado", tr("Estado"), show_status, status=True),
                Column("progreso", tr("Progreso"), _progress),
                Column("archivos", tr("Archivos"), numeric=True),
                Column("creado_en", tr("Hecho")),
                Column("error", tr("Error"), show_error),
            ],
            key="task_id",
        )
        self.reports_view.doubleClicked.connect(lambda _: self.open_report())
        inner = QHBoxLayout(self)
        inner.addWidget(self.reports_view, 1)
        inner.addWidget(self.open_report_button, 0, Qt.AlignmentFlag.AlignTop)

    def enable(self, settled: bool, locked: bool = False) -> None:
        """Reports are made of a run that is settled: calculated, with or without errors; the
        filings of an approved or paid one."""
        for button in self.request_buttons:
            button.setEnabled(settled)
        self.filings_button.setEnabled(locked)

    def rows_reader(self) -> Callable[[str], list[dict[str, Any]]]:
        """What reads a run's reports off the GUI thread: the stored ones, and those asked in
        this session still in the queue (with their progress), newest first."""
        asked_by_run = {run: dict(tasks) for run, tasks in self._report_tasks.items()}
        driver = self.page.host.runtime.driver

        def read(run_id: str) -> list[dict[str, Any]]:
            from coati_desk.jobs.runs import report_rows

            asked = asked_by_run.get(run_id, {})  # (another run's reports are not this one's)
            return [
                {**row, "creado_en": _local_minute(row["creado_en"])}
                for row in report_rows(run_id, asked, driver)
            ]

        return read

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show what ``rows_reader``'s reader answered (on the GUI thread)."""
        self.reports.set_records(rows)

    def make_report(self, kind: str, combined: bool = False) -> str | None:
        """Queue a report of the shown run; its row shows its progress, then *Abrir*."""
        from coati_desk.jobs.runs import request_report

        host = self.page.host
        driver, run_id = host.runtime.driver, self.page.run_id
        if driver is None or not run_id:
            return None
        usuario = host.user_name()

        def sent(task_id: str) -> None:
            self._report_tasks.setdefault(run_id, {})[task_id] = kind
            host.notify(tr("Informe en cola: {0}").format(report_label(kind)))
            host.refresh()

        self.page.run(
            lambda: request_report(driver, run_id, kind, combined, usuario),
            sent,
            report_label(kind),
        )
        return kind

    def ask_payslips(self) -> None:
        """One PDF with every payslip, or one PDF per employee: the user chooses."""
        box = QMessageBox(self.page)
        box.setWindowTitle(tr("Colillas de pago"))
        box.setText(tr("¿Cómo quiere las colillas de pago?"))
        one = box.addButton(tr("Un solo archivo"), QMessageBox.ButtonRole.AcceptRole)
        each = box.addButton(tr("Un archivo por empleado"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() in (one, each):
            self.make_report("colillas_pdf", combined=box.clickedButton() is one)

    def open_report(self, task_id: str | None = None) -> None:
        """Write the report's files to the reports folder (once) and open them: the file, or
        the folder when there are several."""
        if task_id is None:
            chosen = self.page.selected_records(self.reports_view)
            done = [r for r in chosen if r["estado"] == "completed" and r["archivos"]]
            if not done:
                self.page.host.notify(tr("Elija un informe terminado"))
                return
            task_id = str(done[0]["task_id"])
        if task_id in self._opened:
            self._show_files(self._opened[task_id])
            return
        folder = reports_dir()  # (the files are named by planilla and period)

        def opened(paths: list[Path]) -> None:
            self._opened[str(task_id)] = paths
            self._show_files(paths)

        self.page.run(lambda: reports.export_files(str(task_id), folder), opened, tr("Abrir"))

    def _show_files(self, paths: list[Path]) -> None:
        target = paths[0] if len(paths) == 1 else paths[0].parent
        self.page.host.notify(tr("Informe guardado en {0}").format(target))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
