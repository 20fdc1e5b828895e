"""Nómina's run actions beyond calculating: the period's inputs (*Novedades…*) and the run's
approval, payment and reopening, with who approved or paid it and when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QWidget

from coati_desk.gui.labels import tr
from coati_desk.payroll.models import AccionNomina, EstadoNomina, TipoNomina

if TYPE_CHECKING:
    from coati_desk.gui.novedades_dialog import NovedadesDialog
    from coati_desk.gui.pages.nomina import NominaPage
    from coati_desk.payroll.services import RunSummary


def events_reader() -> Callable[[str, EstadoNomina], list[dict[str, Any]]]:
    """Read in the poll job: a locked run's approval and payment (others need none)."""

    def read(run_id: str, estado: EstadoNomina) -> list[dict[str, Any]]:
        from coati_desk.payroll.approval import run_events

        return run_events(run_id) if estado.locked else []

    return read


def _when(moment: datetime) -> str:
    """A stored time (naive UTC) as the office's local date and time."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class ApprovalBar(QWidget):
    def __init__(self, page: NominaPage) -> None:
        super().__init__(page)
        self.page = page
        self.summary: RunSummary | None = None
        self.inputs_dialog: NovedadesDialog | None = None
        self.inputs_button = QPushButton(tr("Novedades…"))
        self.approve_button = QPushButton(tr("Aprobar"))
        self.pay_button = QPushButton(tr("Marcar pagada"))
        self.reopen_button = QPushButton(tr("Reabrir…"))
        self.inputs_button.clicked.connect(self.open_inputs)
        self.approve_button.clicked.connect(self.approve)
        self.pay_button.clicked.connect(self.pay)
        self.reopen_button.clicked.connect(self.reopen)
        self.info = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.inputs_button,
            self.approve_button,
            self.pay_button,
            self.reopen_button,
        ):
            layout.addWidget(button)
        layout.addWidget(self.info, 1)
        self.show_run(None, [])

    def show_run(self, summary: RunSummary | None, events: list[dict[str, Any]]) -> None:
        self.summary = summary
        estado = summary.estado if summary is not None else None
        # (an aguinaldo or a settlement has no inputs: they are computed from the salary)
        tipo = summary.tipo if summary is not None else None
        self.inputs_button.setEnabled(
            summary is not None and estado != EstadoNomina.CANCELADA and tipo == "ordinaria"
        )
        self.inputs_button.setToolTip(
            tr("El aguinaldo no tiene novedades: se calcula sobre el salario")
            if tipo == TipoNomina.AGUINALDO
            else tr("La liquidación no tiene novedades: se calcula sobre el salario")
            if tipo == TipoNomina.LIQUIDACION
            else ""
        )
        self.approve_button.setEnabled(estado == EstadoNomina.CALCULADA)
        self.pay_button.setEnabled(estado == EstadoNomina.APROBADA)
        self.reopen_button.setEnabled(estado == EstadoNomina.APROBADA)
        parts = []
        approved = [e for e in events if e["accion"] == AccionNomina.APROBAR]
        paid = [e for e in events if e["accion"] == AccionNomina.PAGAR]
        if approved:
            parts.append(
                tr("Aprobada por {0} el {1}").format(
                    approved[-1]["usuario"] or "?", _when(approved[-1]["fecha"])
                )
            )
        if paid and estado == EstadoNomina.PAGADA:
            parts.append(
                tr("pagada por {0} el {1}").format(
                    paid[-1]["usuario"] or "?", _when(paid[-1]["fecha"])
                )
            )
        if parts:
            parts.append(tr("bloqueada: no se recalcula ni cambian sus novedades"))
        self.info.setText(" · ".join(parts))

    # -- actions -----------------------------------------------------------------------------------
    def open_inputs(self) -> None:
        """The editor of the inputs of the run's planilla and period."""
        from coati_desk.gui.novedades_dialog import NovedadesDialog

        s = self.summary
        if s is None:
            return
        if self.inputs_dialog is not None:
            self.inputs_dialog.close()
        self.inputs_dialog = NovedadesDialog(
            self.page, self.page.host, s.planilla_id, s.periodo_inicio, s.periodo_fin
        )
        self.inputs_dialog.open()

    def _confirmed(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self.page, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def approve(self) -> None:
        from coati_desk.payroll.approval import approve_run

        run_id, usuario = self.page.run_id, self.page.host.user_name()
        question = tr(
            "¿Aprobar esta nómina? Una vez aprobada no se recalcula ni se cambian sus "
            "novedades, salvo que se reabra."
        )
        if run_id and self._confirmed(tr("Aprobar nómina"), question):
            self.page.run(
                lambda: approve_run(run_id, usuario),
                lambda _: self._done(tr("Nómina aprobada")),
                tr("Aprobar"),
            )

    def pay(self) -> None:
        from coati_desk.payroll.approval import pay_run

        run_id, usuario = self.page.run_id, self.page.host.user_name()
        question = tr("¿Marcar esta nómina como pagada? Ya no se podrá reabrir.")
        if run_id and self._confirmed(tr("Marcar pagada"), question):
            self.page.run(
                lambda: pay_run(run_id, usuario),
                lambda _: self._done(tr("Nómina marcada como pagada")),
                tr("Marcar pagada"),
            )

    def reopen(self) -> None:
        from coati_desk.payroll.approval import reopen_run

        run_id, usuario = self.page.run_id, self.page.host.user_name()
        if not run_id:
            return
        motivo, ok = QInputDialog.getText(
            self.page,
            tr("Reabrir nómina"),
            tr("Motivo para reabrir la nómina (queda en su historial):"),
        )
        if not ok:
            return
        if not motivo.strip():
            QMessageBox.warning(
                self.page, tr("Reabrir nómina"), tr("Escriba el motivo para reabrir la nómina.")
            )
            return
        self.page.run(
            lambda: reopen_run(run_id, usuario, motivo),
            lambda _: self._done(tr("Nómina reabierta")),
            tr("Reabrir"),
        )

    def _done(self, message: str) -> None:
        self.page.host.notify(message)
        self.page.full_refresh()
