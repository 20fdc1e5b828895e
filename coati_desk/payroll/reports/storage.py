"""Report files in the payroll database: made by a report task, read back, pruned.

A report task calls :func:`generate`, which stores the files (``informe_archivo``) all in one
transaction at the end and under the task's id: the task may run on another machine than the
window that asked for it.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select

from coati_desk.payroll import messages as M
from coati_desk.payroll.db import connect
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_id
from coati_desk.payroll.models import InformeArchivo, TipoInforme, utcnow
from coati_desk.payroll.reports.filings import FILING_KINDS, build_filing
from coati_desk.payroll.reports.model import Files, Progress, load_run
from coati_desk.payroll.reports.pdf import payslips, render_summary
from coati_desk.payroll.reports.text import safe_file_name
from coati_desk.payroll.reports.xlsx import render_xlsx

log = logging.getLogger("coati_desk.payroll")

SHORT_KINDS = {  # the command line's words
    "resumen": "resumen_pdf",
    "colillas": "colillas_pdf",
    "xlsx": "xlsx",
}


def build(
    kind: str, run_id: Any, combined: bool = False, progress: Progress | None = None
) -> Files:
    """The files of one report (``kind``: resumen_pdf, colillas_pdf, xlsx, or a filing: inss,
    ir, banco), named."""
    try:
        tipo = TipoInforme(kind)
    except ValueError:
        choices = ", ".join(t.value for t in TipoInforme)
        raise PayrollInputError(M.UNKNOWN_REPORT_KIND(kind=kind, choices=choices)) from None
    if tipo.value in FILING_KINDS:
        return build_filing(tipo.value, run_id)
    if tipo is TipoInforme.COLILLAS_PDF:
        return payslips(run_id, combined, progress)
    run = load_run(run_id, lines=tipo is TipoInforme.XLSX)
    tag = run.tag
    if tipo is TipoInforme.RESUMEN_PDF:
        name = safe_file_name(f"Resumen {run.planilla} {tag}", "pdf")
        return [(name, render_summary(run, progress))]
    return [(safe_file_name(f"Nómina {run.planilla} {tag}", "xlsx"), render_xlsx(run, progress))]


def generate(
    kind: str,
    nomina_id: Any,
    combined: bool = False,
    task_id: str = "",
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Make a report and store its files under ``task_id``, in one transaction at the end: a
    retry of the same task replaces what it stored before. Returns what was stored (JSON)."""
    task_id = parse_id(task_id, "task_id")
    run_id = parse_id(nomina_id, "nomina_id")
    files = build(kind, run_id, combined, progress)
    now = utcnow()
    with connect(write=True) as conn:
        conn.execute(delete(InformeArchivo).where(InformeArchivo.task_id == task_id))
        conn.execute(
            insert(InformeArchivo),
            [
                {
                    "task_id": task_id,
                    "nomina_id": run_id,
                    "tipo": kind,
                    "nombre": name,
                    "contenido": content,
                    "creado_en": now,
                }
                for name, content in files
            ],
        )
    return {
        "success": True,
        "task_id": task_id,
        "nomina_id": run_id,
        "tipo": kind,
        "archivos": [{"nombre": name, "bytes": len(content)} for name, content in files],
    }


def list_reports(nomina_id: str) -> list[dict[str, Any]]:
    """The reports stored for a run, newest first: task id, kind, files, bytes, when made."""
    with connect() as conn:
        rows = conn.execute(
            select(
                InformeArchivo.task_id,
                InformeArchivo.tipo,
                func.count(),
                func.sum(func.length(InformeArchivo.contenido)),
                func.max(InformeArchivo.creado_en),
            )
            .where(InformeArchivo.nomina_id == str(nomina_id))
            .group_by(InformeArchivo.task_id, InformeArchivo.tipo)
            .order_by(func.max(InformeArchivo.creado_en).desc())
        ).all()
    return [
        {"task_id": t, "tipo": tipo, "archivos": n, "bytes": int(size or 0), "creado_en": made}
        for t, tipo, n, size, made in rows
    ]


def prune_reports(days: float) -> int:
    """Forget the report files made more than ``days`` ago (the run can make them again;
    copies already opened stay where they were written); how many."""
    cutoff = utcnow() - timedelta(days=days)
    with connect(write=True) as conn:
        gone = conn.execute(delete(InformeArchivo).where(InformeArchivo.creado_en < cutoff))
    count = int(gone.rowcount or 0)
    if count:
        log.info("Reports: %d file(s) made more than %g day(s) ago forgotten", count, days)
    return count


def report_files(task_id: str) -> Files:
    """The files a report task stored (name, content), in the order it made them; none if the
    task stored nothing (yet)."""
    with connect() as conn:
        rows = conn.execute(
            select(InformeArchivo.nombre, InformeArchivo.contenido)
            .where(InformeArchivo.task_id == str(task_id))
            .order_by(InformeArchivo.id)
        ).all()
    return [(row.nombre, bytes(row.contenido)) for row in rows]
