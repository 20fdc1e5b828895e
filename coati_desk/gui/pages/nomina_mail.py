"""The Nómina page's payslips by e-mail: send an approved run's payslips (one queue task per
employee), watch "x de y" sent, see the ones that failed and why, retry them, or send one
employee's again on purpose."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from coati_desk.gui.errors import show_error
from coati_desk.gui.labels import tr
from coati_desk.gui.table_model import Column

if TYPE_CHECKING:
    from coati_desk.gui.pages.nomina import NominaPage

SHOWN = 500  # sends not (yet) sent shown at most: the failed first


def mail_status(value: Any) -> str:
    return {
        "pending": tr("En cola"),
        "sending": tr("Enviando"),
        "sent": tr("Enviada"),
        "failed": tr("Fallida"),
    }.get(str(value), str(value or ""))


def read_mail(run_id: str) -> dict[str, Any]:
    """What the panel shows of a run (off the GUI thread): the counts, and the sends not sent
    yet, the failed first (two queries, whatever the run's size)."""
    from coati_desk.payroll import payslip_mail

    counts = payslip_mail.send_counts(run_id)
    rows = payslip_mail.send_rows(run_id, unsent_only=True, limit=SHOWN)
    return {"counts": counts, "total": counts["total"], "rows": rows}


class MailPanel(QGroupBox):
    """Payslips of the page's run by e-mail (an approved or paid run)."""

    def __init__(self, page: NominaPage) -> None:
        super().__init__(tr("Colillas por correo"))
        self.page = page
        self.progress = QProgressBar()
        self.progress.setFormat(tr("%v de %m enviadas"))
        self.progress.setMaximum(1)
        self.progress.setValue(0)
        self.send_button = QPushButton(tr("Enviar colillas por correo…"))
        self.send_button.setToolTip(
            tr("A cada empleado calculado al que aún no se le envió: nunca dos veces")
        )
        self.retry_button = QPushButton(tr("Reintentar fallidas"))
        self.again_button = QPushButton(tr("Reenviar al seleccionado…"))
        self.again_button.setToolTip(
            tr("Envía de nuevo la colilla del empleado elegido en la tabla de la nómina")
        )
        self.send_button.clicked.connect(self.ask_send)
        self.retry_button.clicked.connect(lambda: self.send(failed_only=True))
        self.again_button.clicked.connect(self.ask_again)
        self.view, self.sends, _ = page.make_table(
            [
                Column("codigo", tr("Código")),
                Column("estado", tr("Estado"), mail_status, status=True),
                Column("destinatario", tr("Correo")),
                Column("intentos", tr("Intentos"), numeric=True),
                Column("error", tr("Error"), show_error),  # (the last: it takes the width left)
            ],
            key="empleado_id",
        )
        watch = QVBoxLayout()
        watch.addWidget(self.progress)
        watch.addWidget(self.view, 1)
        buttons = QVBoxLayout()
        for button in (self.send_button, self.retry_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(watch, 1)
        layout.addLayout(buttons)
        self.enable(False, 0)

    def enable(self, locked: bool, failed: int) -> None:
        """Payslips are e-mailed from an approved or paid run."""
        self.send_button.setEnabled(locked)
        self.again_button.setEnabled(locked)
        self.retry_button.setEnabled(locked and failed > 0)

    def reader(self) -> Callable[[str, bool], dict[str, Any] | None]:
        def read(run_id: str, locked: bool) -> dict[str, Any] | None:
            return read_mail(run_id) if locked else None

        return read

    def show_mail(self, data: dict[str, Any] | None, locked: bool) -> None:
        """Show what ``reader``'s reader answered (on the GUI thread)."""
        if data is None:
            self.progress.setMaximum(1)
            self.progress.setValue(0)
            self.sends.set_records([])
            self.enable(locked, 0)
            return
        counts = data["counts"]
        self.progress.setMaximum(max(data["total"], 1))
        self.progress.setValue(counts["sent"])
        self.progress.setFormat(
            tr("%v de %m enviadas")
            + (tr(" · {0} fallidas").format(counts["failed"]) if counts["failed"] else "")
        )
        self.sends.set_records(data["rows"])
        self.enable(locked, counts["failed"])

    # -- actions ---------------------------------------------------------------------------------
    def ask_send(self) -> None:
        answer = QMessageBox.question(
            self.page,
            tr("Enviar colillas por correo"),
            tr(
                "¿Enviar a cada empleado de esta nómina su colilla de pago por correo? Las que "
                "ya se enviaron no se envían de nuevo."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.send()

    def ask_again(self) -> None:
        chosen = self.page.selected_records(self.page.table)
        if not chosen:
            self.page.host.notify(tr("Elija un empleado en la tabla de la nómina"))
            return
        record = chosen[0]
        answer = QMessageBox.question(
            self.page,
            tr("Reenviar colilla"),
            tr("¿Enviar de nuevo la colilla de {0} {1}, aunque ya se le haya enviado?").format(
                record["codigo"], record["nombre"]
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.send(only=[record["codigo"]], again=True)

    def send(
        self, only: list[str] | None = None, failed_only: bool = False, again: bool = False
    ) -> None:
        from coati_desk.jobs.runs import email_payslips

        host, run_id = self.page.host, self.page.run_id
        driver = host.ready_driver()
        if driver is None or not run_id:
            return
        usuario = host.user_name()

        def queued(task_ids: list[str]) -> None:
            host.notify(
                tr("Colillas en cola para enviar: {0}").format(len(task_ids))
                if task_ids
                else tr(
                    "Nada que enviar: cada colilla ya se envió, va en camino o falló "
                    "(Reintentar fallidas)"
                )
            )
            host.refresh()

        self.page.run(
            lambda: email_payslips(driver, run_id, usuario, only, failed_only, again),
            queued,
            tr("Enviar colillas por correo"),
        )
