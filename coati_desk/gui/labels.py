"""The window's words: ``tr`` (Qt's translation, context "coati") and the labels of states,
keyed by the payroll's and the queue's enums (a StrEnum is found by its text too)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from coati_desk.payroll.calculation import Periodicidad
from coati_desk.payroll.models import EstadoNomina, TipoNomina
from coati_desk.queue.status import TaskStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("coati", text)


WORKER_ACTIVE, WORKER_SILENT = "activo", "sin_senal"  # a worker's heartbeat, as the page says it
# Every state a row's status cell can show (a row's status is its task's): sized for up front.
ROW_STATUSES = (
    TaskStatus.PENDING,
    TaskStatus.SCHEDULED,
    TaskStatus.PROCESSING,
    TaskStatus.COMPLETED,
    TaskStatus.FAILED,
    TaskStatus.CANCELLED,
)
_status_labels: dict[str, dict[str, str]] = {}  # per language (keyed by one translation)


def status_labels() -> dict[str, str]:
    """Row and task statuses, run states and worker states, as the office reads them."""
    language = tr("En cola")  # called for every status cell shown: translated once per language
    labels = _status_labels.get(language)
    if labels is None:
        labels = _status_labels[language] = {
            TaskStatus.PENDING: tr("En cola"),
            TaskStatus.SCHEDULED: tr("Programada"),
            TaskStatus.PROCESSING: tr("Calculando"),
            TaskStatus.COMPLETED: tr("Completado"),
            TaskStatus.FAILED: tr("Fallido"),
            TaskStatus.CANCELLED: tr("Cancelado"),
            TaskStatus.UNKNOWN: tr("Desconocida"),
            EstadoNomina.CALCULANDO: tr("Calculando"),
            EstadoNomina.CALCULADA: tr("Calculada"),
            EstadoNomina.CALCULADA_CON_ERRORES: tr("Calculada con errores"),
            EstadoNomina.CANCELADA: tr("Cancelada"),
            EstadoNomina.APROBADA: tr("Aprobada"),
            EstadoNomina.PAGADA: tr("Pagada"),
            WORKER_ACTIVE: tr("Activo"),
            WORKER_SILENT: tr("Sin señal"),
        }
    return labels


def show_status(value: Any) -> str:
    return status_labels().get(str(value), str(value or ""))


def show_time(value: Any) -> str:
    """An epoch (today's clock time) or an ISO timestamp (local date and time)."""
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value)).strftime("%H:%M:%S")
    if isinstance(value, str) and "T" in value:
        return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return str(value or "")


def periodicity_label(value: Any) -> str:
    labels: dict[str, str] = {
        Periodicidad.MENSUAL: tr("Mensual"),
        Periodicidad.QUINCENAL: tr("Quincenal"),
        Periodicidad.SEMANAL: tr("Semanal"),
    }
    return labels.get(str(value), str(value))


def run_period_label(run: dict[str, Any]) -> str:
    """What a run covers, as the window names it: ``2026-11-01 — 2026-11-30`` for a period's
    pay, ``Aguinaldo 2026`` for an aguinaldo (the year it is paid: its period ends 30 November),
    ``Liquidación, baja 2026-03-31`` for a final settlement.
    ``run``: a row of ``queries.list_runs``."""
    if run.get("tipo") == TipoNomina.AGUINALDO:
        return tr("Aguinaldo {0}").format(str(run["periodo_fin"])[:4])
    if run.get("tipo") == TipoNomina.LIQUIDACION:
        return tr("Liquidación, baja {0}").format(run["periodo_fin"])
    return f"{run['periodo_inicio']} — {run['periodo_fin']}"
